/**
 * Syntax errors a commissioner can act on. Chevrotain's own messages name token types
 * (`Expecting token of type 'MONEY' but found `3000000``) and offsets (`unexpected character:
 * ->“<- at offset: 246`); these providers say what was found in plain words and what to write
 * instead: the keyword a misspelt word was meant to be, money written as money, a stray character
 * by its name. What needs the text around an error (a date written 01/07/2027, a hyphenated word)
 * is worded by `refineSyntaxMessage`, which the document validator calls with the text.
 */
import type { IParserErrorMessageProvider, ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { AstUtils, GrammarAST } from 'langium';

/** What each terminal is, in the words of the language reference. */
const TERMINALS: Readonly<Record<string, string>> = {
    DATE: 'a date, e.g. 2027-03-01',
    TIME: 'a time of day, e.g. 12:00',
    MONEY: 'an amount of money, e.g. £2,400,000',
    PERCENT: 'a percentage, e.g. 15%',
    NUMBER: 'a number',
    ID: 'a name',
    STRING: 'a text in quotes, e.g. "..."',
    EOF: 'the end of the file'
};

/** Characters by name, for the stray ones the lexer cannot read. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
    '\u201C': 'left double quotation mark',
    '\u201D': 'right double quotation mark',
    '\u2018': 'left single quotation mark',
    '\u2019': 'right single quotation mark',
    '\u201E': 'low double quotation mark',
    '\u00AB': 'left-pointing double angle quotation mark',
    '\u00BB': 'right-pointing double angle quotation mark',
    '"': 'straight double quotation mark',
    '\'': 'apostrophe',
    '`': 'backtick',
    '\u2013': 'en dash',
    '\u2014': 'em dash',
    '\u2212': 'minus sign',
    '-': 'hyphen',
    ':': 'colon',
    ';': 'semicolon',
    '.': 'full stop',
    '!': 'exclamation mark',
    '?': 'question mark',
    '/': 'slash',
    '\\': 'backslash',
    '@': 'at sign',
    '#': 'hash sign',
    '&': 'ampersand',
    '*': 'asterisk',
    '+': 'plus sign',
    '=': 'equals sign',
    '<': 'less-than sign',
    '>': 'greater-than sign',
    '|': 'vertical bar',
    '^': 'caret',
    '~': 'tilde',
    '%': 'percent sign',
    ',': 'comma',
    '(': 'opening bracket',
    ')': 'closing bracket',
    '[': 'opening square bracket',
    ']': 'closing square bracket',
    '\u2026': 'ellipsis',
    '\u2022': 'bullet',
    '\u00B7': 'middle dot',
    '\u00A3': 'pound sign',
    '\u20AC': 'euro sign',
    '$': 'dollar sign',
    '\u00A0': 'non-breaking space',
    '\u200B': 'zero-width space',
    '\uFEFF': 'byte order mark',
    '\u00AD': 'soft hyphen'
};

/** A character as the user would name it: `“ (left double quotation mark)`, `U+2603 ☃`. */
export function describeCharacter(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    const name = CHARACTER_NAMES[char];
    const visible = /[\s\u200B\uFEFF\u00AD]/u.test(char) ? '' : `${char} `;
    if (name) return `${visible}(${name})`;
    return `${visible}(U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Edit distance with transpositions (Damerau-Levenshtein, optimal string alignment). */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}

/** The keyword a misspelt word was most likely meant to be, among candidates; undefined when none is close. */
export function closestKeyword(word: string, candidates: Iterable<string>): string | undefined {
    const lower = word.toLowerCase();
    const allowed = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (!/^[a-z]/.test(candidate)) continue;
        if (Math.abs(candidate.length - lower.length) > allowed) continue;
        const distance = candidate === lower ? 0 : editDistance(lower, candidate);
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}

/** The keywords of the grammar, and those each parser rule (with the rules it calls) accepts. */
export class GrammarKeywords {
    private all?: Set<string>;
    private readonly byRule = new Map<string, Set<string>>();

    constructor(private readonly grammar: () => Grammar) {}

    keywords(): ReadonlySet<string> {
        if (!this.all) {
            this.all = new Set();
            for (const node of AstUtils.streamAllContents(this.grammar())) {
                if (GrammarAST.isKeyword(node) && /^[a-z][a-z-]*$/.test(node.value)) this.all.add(node.value);
            }
        }
        return this.all;
    }

    /** Keywords valid inside a rule, a rule it calls, or one more level down (a block's properties). */
    ofRule(ruleName: string): ReadonlySet<string> {
        const name = ruleName.replace(/[^A-Za-z0-9_]/g, '');
        let found = this.byRule.get(name);
        if (!found) {
            found = new Set();
            const rule = this.grammar().rules.find(r => r.name === name);
            if (rule) this.collect(rule, found, 2);
            this.byRule.set(name, found);
        }
        return found;
    }

    private collect(rule: GrammarAST.AbstractRule, into: Set<string>, depth: number): void {
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node) && /^[a-z][a-z-]*$/.test(node.value)) into.add(node.value);
            else if (depth > 0 && GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref)) this.collect(node.rule.ref, into, depth - 1);
        }
    }
}

const CLOSES_NOTHING = 'This `}` closes nothing: remove it, or check the braces above.';
const OUTSIDE_EVERY_ELEMENT = 'is outside every element';

/**
 * Whether a syntax error is one an earlier error in the file most likely caused: after a mistake
 * inside an element, the parser's recovery often closes the element early, and the rest of it then
 * reads as text outside every element or a brace that closes nothing.
 */
export function isFollowOnMessage(message: string): boolean {
    return message === CLOSES_NOTHING || message.includes(` ${OUTSIDE_EVERY_ELEMENT}: `);
}

/** A keyword or terminal as the user reads it. */
function describeExpected(type: TokenType): string {
    return TERMINALS[type.name] ?? `\`${type.name}\``;
}

function isTerminal(type: TokenType): boolean {
    return type.name in TERMINALS;
}

/** What was found, quoted: a long text is shortened. */
function found(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    const image = token.image.length > 40 ? `${token.image.slice(0, 37)}...` : token.image;
    return `\`${image.replace(/\s+/g, ' ')}\``;
}

/**
 * A word right after an amount or a number that belongs to it: `£2.4 million` (write £2.4m),
 * `50 percent` (write 50%); and a name after a name with no comma between (`Homelessness Offending`).
 */
function wordAfterAmount(previous: IToken | undefined, actual: IToken): string | undefined {
    const before = previous?.tokenType?.name;
    const word = actual.image;
    if (before === 'MONEY' && /^(?:millions?|mn|billions?|thousands?|k|m|bn)$/i.test(word)) {
        return `Write \`${previous!.image} ${word}\` as ${previous!.image}${sizeSuffix(word)}, with no space.`;
    }
    if (before === 'NUMBER' && /^(?:per ?cent|pc)$/i.test(word)) {
        return `Write \`${previous!.image} ${word}\` as ${previous!.image}%.`;
    }
    if (before === 'ID' && actual.tokenType?.name === 'ID' && /^[A-Z]/.test(word) && /^[A-Z]/.test(previous!.image)) {
        return `A comma is missing between \`${previous!.image}\` and \`${word}\`: separate the names in a list with commas.`;
    }
    return undefined;
}

/** The money suffix of a size written in words: `million` m, `thousand` k, `billion` bn. */
function sizeSuffix(word: string): 'bn' | 'k' | 'm' {
    return /^b/i.test(word) ? 'bn' : /^(?:t|k)/i.test(word) ? 'k' : 'm';
}

/** `3000000` as money: £3,000,000. */
function asMoney(image: string): string {
    const [whole, fraction] = image.replace(/,/g, '').split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `£${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

function humanRule(ruleName: string): string {
    return ruleName.replace(/[^A-Za-z0-9]/g, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function listOf(types: readonly TokenType[]): string {
    // A name may be a word that is also a keyword: where a name fits, the keywords add nothing.
    const shownTypes = types.some(t => t.name === 'ID') ? types.filter(t => isTerminal(t)) : types;
    const words = [...new Set(shownTypes.map(describeExpected))];
    if (words.length <= 1) return words[0] ?? 'something else';
    const shown = words.slice(0, 5);
    const more = words.length > shown.length ? ' or another' : '';
    return `${shown.slice(0, -1).join(', ')}${more ? ', ' + shown[shown.length - 1] + more : ' or ' + shown[shown.length - 1]}`;
}

/**
 * The message for a word the parser did not expect: the keyword it was probably meant to be
 * (among those valid in the rule being parsed first, then all), else what was expected.
 */
export function unknownWordMessage(fullWord: string, keywords: GrammarKeywords, ruleName: string | undefined, expected?: string): string {
    // a word of thousands of characters (pasted text) is shown shortened, and is no misspelt keyword
    const word = fullWord.length > 40 ? `${fullWord.slice(0, 37)}...` : fullWord;
    if (ruleName !== undefined && /^Model\W*$/.test(ruleName)) {
        const suggestion = keywords.keywords().has(word) ? undefined : closestKeyword(word, ['import', 'framework', 'market', 'tender', 'grant']);
        if (suggestion) return `Unknown word \`${word}\`: did you mean \`${suggestion}\`?`;
        return `\`${word}\` ${OUTSIDE_EVERY_ELEMENT}: check the braces above it.`;
    }
    if (keywords.keywords().has(word)) {
        const where = ruleName ? ` in ${humanRule(ruleName)}` : '';
        return `\`${word}\` does not belong here${where}${expected ? `: expected ${expected}` : ''}.`;
    }
    // Keywords are lower case: a capitalised word is a name, not a misspelt keyword.
    const lowerCase = /^[a-z]/.test(word);
    const local = lowerCase && ruleName ? closestKeyword(word, keywords.ofRule(ruleName)) : undefined;
    const suggestion = local ?? (lowerCase ? closestKeyword(word, keywords.keywords()) : undefined);
    if (suggestion) return `Unknown word \`${word}\`: did you mean \`${suggestion}\`?`;
    return `Unknown word \`${word}\`${expected ? `: expected ${expected}` : ''}.`;
}

export class TenderParserErrorMessageProvider implements IParserErrorMessageProvider {
    constructor(private readonly keywords: GrammarKeywords) {}

    buildMismatchTokenMessage({ expected, actual, previous, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const actualType = actual.tokenType?.name;
        const glued = wordAfterAmount(previous, actual);
        if (glued) return glued;
        if (actualType === 'NUMBER' && expected.name === 'MONEY') {
            return `\`${actual.image}\` is a plain number: write it as money, e.g. ${asMoney(actual.image)}.`;
        }
        if (actualType === 'NUMBER' && expected.name === 'PERCENT') {
            return `\`${actual.image}\` is a plain number: write it as a percentage, e.g. ${actual.image}%.`;
        }
        if ((actualType === 'NUMBER' || actualType === 'ID') && expected.name === 'DATE') {
            return `${found(actual)} is not a date: write dates as year-month-day, e.g. 2027-07-01.`;
        }
        if (expected.name === 'EOF') {
            return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName });
        }
        if (actualType === 'EOF' || actual.image === '') {
            return expected.name === '}' ? 'The file ends while a block is still open: add the missing `}`.' : `The file ends too early: expected ${describeExpected(expected)}.`;
        }
        if (expected.name === '{') {
            return `Expected \`{\` here to open the block, but found ${found(actual)}.`;
        }
        const wanted = expected.name === '}' ? '`}` to close the block' : describeExpected(expected);
        if (actualType === 'ID' || (actualType !== undefined && !isTerminal(actual.tokenType) && /^[a-z]/.test(actual.image))) {
            return unknownWordMessage(actual.image, this.keywords, ruleName, wanted);
        }
        return `Found ${found(actual)} here: expected ${wanted}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        if (firstRedundant.tokenType?.name === 'ID') {
            const suggestion = closestKeyword(firstRedundant.image, ['import', 'framework', 'market', 'tender', 'grant']);
            if (suggestion) return `Unknown word \`${firstRedundant.image}\`: did you mean \`${suggestion}\`?`;
        }
        if (firstRedundant.image === '}') {
            return CLOSES_NOTHING;
        }
        return `${found(firstRedundant)} ${OUTSIDE_EVERY_ELEMENT}: a file holds imports, then framework, market, tender and grant elements.`;
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter((t): t is TokenType => t !== undefined);
        return this.unexpected(actual[0], firsts, ruleName, previous);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => t !== undefined);
        return this.unexpected(actual[0], firsts, ruleName, previous);
    }

    private unexpected(actual: IToken | undefined, expected: readonly TokenType[], ruleName: string, previous?: IToken): string {
        const wanted = listOf(expected);
        if (!actual) return `Expected ${wanted} here.`;
        const glued = previous && wordAfterAmount(previous, actual);
        if (glued) return glued;
        const actualType = actual.tokenType?.name;
        if (actualType === 'NUMBER' && expected.some(t => t.name === 'MONEY')) {
            return `\`${actual.image}\` is a plain number: write it as money, e.g. ${asMoney(actual.image)}.`;
        }
        if (actualType === 'ID' || (actualType !== undefined && !isTerminal(actual.tokenType) && /^[a-z]/.test(actual.image))) {
            const local = closestKeyword(actual.image, expected.filter(t => !isTerminal(t)).map(t => t.name));
            if (local && !this.keywords.keywords().has(actual.image)) return `Unknown word \`${actual.image}\`: did you mean \`${local}\`?`;
            return unknownWordMessage(actual.image, this.keywords, ruleName, wanted);
        }
        return `Found ${found(actual)} here: expected ${wanted}.`;
    }
}

export class TenderLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return strayCharacterMessage(fullText, startOffset, length);
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected ${found(token)}.`;
    }
}

/** The message for characters the lexer could not read, named in words. */
export function strayCharacterMessage(text: string, offset: number, length: number): string {
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
    if (char === '"' || char === '\u201C') {
        return 'This text has no closing quote: add one where the text ends.';
    }
    const name = describeCharacter(char);
    const more = length > char.length ? ` (and ${length - char.length} more character${length - char.length === 1 ? '' : 's'} after it)` : '';
    const advice = char === '%' && /\d\s+$/.test(text.slice(Math.max(0, offset - 8), offset)) ? 'write a percentage with no space before %, e.g. 15%'
        : char === ':' ? 'a property takes no colon, e.g. title "Support for adults"'
        : char === '\u201D' || char === '\u2018' || char === '\u2019' || char === '\'' ? 'texts go between "straight quotes" or “curly quotes”'
        : char === '\u00A3' || char === '\u20AC' || char === '$' ? 'write money with its digits right after the sign, e.g. £2,400,000'
        : char === '(' || char === ')' || char === '[' || char === ']' ? 'put notes in a // comment or inside a text'
        : 'remove it, or put it inside a text';
    return `A stray ${name}${more}: ${advice}.`;
}

/** Day-first dates as people write them: 01/07/2027, 1.7.27, 01-07-2027. */
const WRITTEN_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
/** Money with its size in words: £2.4 million, £950 thousand. */
const AMOUNT_IN_WORDS = /([£€$]\d[\d,]*(?:\.\d+)?)\s+(millions?|mn|billions?|thousands?|bn|k|m)\b/gi;
/** Dates with the month in words: 19 April 2027, 19th Apr 2027. */
const MONTH_NAME_DATE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Year first, without the leading zeros: 2027-3-1. */
const LOOSE_ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;

/**
 * The message and range of a syntax error, made specific with the text around it: a date written
 * 01/07/2027 gets "write dates as 2027-07-01" over the whole date; a hyphenated word that is no
 * keyword (`servise-users`) gets the keyword it was meant to be, over the whole word.
 * Undefined when the text says nothing more than the message already does.
 */
export function refineSyntaxMessage(text: string, offset: number, keywords: GrammarKeywords): { message: string; start: number; end: number } | undefined {
    // Only a window of the line around the error: dates and words are short, and a line of
    // megabytes with thousands of errors must not be scanned once per error.
    const from = Math.max(0, offset - WINDOW);
    const to = Math.min(text.length, offset + WINDOW);
    const before = text.slice(from, offset);
    const after = text.slice(offset, to);
    const lineStart = from + before.lastIndexOf('\n') + 1;
    const lineBreak = after.search(/\r?\n/);
    const line = text.slice(lineStart, lineBreak < 0 ? to : offset + lineBreak);
    const column = offset - lineStart;
    for (const match of line.matchAll(WRITTEN_DATE)) {
        const start = match.index;
        const end = start + match[0].length;
        if (column < start || column > end) continue;
        const iso = isoDate(match[1], match[3], match[4]);
        if (!iso) continue;
        return { message: `\`${match[0]}\` is not a date the language reads: write dates as ${iso}.`, start: lineStart + start, end: lineStart + end };
    }
    for (const match of line.matchAll(AMOUNT_IN_WORDS)) {
        const start = match.index;
        const end = start + match[0].length;
        if (column < start || column > end) continue;
        return { message: `Write \`${match[0]}\` as ${match[1]}${sizeSuffix(match[2])}, with no space.`, start: lineStart + start, end: lineStart + end };
    }
    for (const match of line.matchAll(MONTH_NAME_DATE)) {
        const start = match.index;
        const end = start + match[0].length;
        if (column < start || column > end) continue;
        const month = MONTHS.indexOf(match[2].toLowerCase().slice(0, 3)) + 1;
        const iso = isoDate(match[1], String(month), match[3]);
        if (!iso) continue;
        return { message: `\`${match[0]}\` is not a date the language reads: write dates as ${iso}.`, start: lineStart + start, end: lineStart + end };
    }
    for (const match of line.matchAll(LOOSE_ISO_DATE)) {
        const start = match.index;
        const end = start + match[0].length;
        if (column < start || column > end) continue;
        const iso = isoDate(match[3], match[2], match[1]);
        if (!iso) continue;
        return { message: `\`${match[0]}\` is not a date the language reads: write dates as ${iso}.`, start: lineStart + start, end: lineStart + end };
    }
    const word = /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+/g;
    for (const match of line.matchAll(word)) {
        const start = match.index;
        const end = start + match[0].length;
        if (column < start || column > end) continue;
        // a word cut by the window's edge is not known whole: leave the message as it is
        if (lineStart + start === from && from > 0 || lineStart + end === to && to < text.length) return undefined;
        if (keywords.keywords().has(match[0])) return undefined;
        const suggestion = closestKeyword(match[0], keywords.keywords());
        const message = suggestion ? `Unknown word \`${match[0]}\`: did you mean \`${suggestion}\`?` : `Unknown word \`${match[0]}\`.`;
        return { message, start: lineStart + start, end: lineStart + end };
    }
    return undefined;
}

/** How far either side of an error its text is read (a refined error starts at most this far before it). */
export const WINDOW = 80;

/** Day/month/year (or month/day/year where only that reads) as YYYY-MM-DD; undefined when neither is a date. */
function isoDate(first: string, second: string, year: string): string | undefined {
    const y = year.length === 2 ? 2000 + Number(year) : Number(year);
    const valid = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    const a = Number(first);
    const b = Number(second);
    if (valid(a, b)) return `${y}-${pad(b)}-${pad(a)}`;
    if (valid(b, a)) return `${y}-${pad(a)}-${pad(b)}`;
    return undefined;
}
