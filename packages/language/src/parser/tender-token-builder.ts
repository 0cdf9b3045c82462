/**
 * Tokens, made linear and forgiving where the grammar's patterns are neither.
 *
 * - Text. The grammar's text terminal, `/"(\\.|[^"\\])*"/`, makes the regular expression engine
 *   keep one backtracking entry per character: a text of a few megabytes overflows its stack and
 *   the whole document fails to lex ("Maximum call stack size exceeded"). The same language,
 *   written as an unrolled loop, matches in linear time with constant stack, so it replaces the
 *   grammar's pattern here. If the grammar's text terminal ever changes, the replacement stands down.
 * - A text with no closing quote. Without help the lexer reports the quote, reads the rest of the
 *   file as code (dozens of errors) and tries every later quote again to the end of the file
 *   (quadratic: 80,000 `\"` took seconds). Here an opening quote that no text closes starts one
 *   hidden UNCLOSED_TEXT token that runs to the end of the file; the document validator reports it
 *   once, at the quote ("This text has no closing quote").
 * - Block comments. `/\/\*[\s\S]*?\*\//` rescans to the end of the file from every `/*` that is not
 *   closed (480 KB of `/* ` took 35 s). Here a comment is found with indexOf, and one that is not
 *   closed runs to the end of the file as one token, reported once by the validator.
 * - Characters no token starts with (`@`, `#`, `~`...). On a character it cannot read, Chevrotain's
 *   lexer tries every pattern (250 of them) at each following character until one matches: a run
 *   of 480,000 `@` took 2 s. Here a run of characters that start no token is one STRAY token
 *   (found with a table of such characters), which TenderLexer reports as the same error
 *   Chevrotain would have ("A stray @ (at sign) (and 3 more characters after it)").
 */
import type { GrammarAST, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, GrammarUtils, RegExpUtils } from 'langium';
import type { CustomPatternMatcherReturn, TokenType, TokenVocabulary } from 'chevrotain';

/** The grammar's STRING terminal, as written in tender.langium. */
export const GRAMMAR_STRING_SOURCE = String.raw`"(\\.|[^"\\])*"|“[^”"]*[”"]`;

/**
 * The same strings: a quote, runs of plain characters separated by escapes, a quote; or Word's
 * curly quotes, which have no escapes (a negated class, linear already).
 */
export const STRING_PATTERN = /"[^"\\]*(?:\\.[^"\\]*)*"|“[^”"]*[”"]/;

/** The grammar's block comment terminal. */
export const GRAMMAR_ML_COMMENT_SOURCE = String.raw`\/\*[\s\S]*?\*\/`;

/** The hidden token of a text whose opening quote nothing closes: from the quote to the end of the file. */
export const UNCLOSED_TEXT = 'UNCLOSED_TEXT';

/** True when a text token is closed (straight quotes with escapes, or curly quotes). */
export function isClosedText(token: string): boolean {
    const match = new RegExp(STRING_PATTERN.source, 'y').exec(token);
    return match !== null && match[0].length === token.length;
}

/** True when a block comment token ends with its `*` `/`. */
export function isClosedComment(token: string): boolean {
    return token.length >= 4 && token.endsWith('*/');
}

/** `/*` to the next `*` `/`, or to the end of the text when there is none: linear in what it reads. */
function matchBlockComment(text: string, offset: number): CustomPatternMatcherReturn | null {
    if (text.charCodeAt(offset) !== 47 /* / */ || text.charCodeAt(offset + 1) !== 42 /* * */) return null;
    const close = text.indexOf('*/', offset + 2);
    const end = close < 0 ? text.length : close + 2;
    return [text.slice(offset, end)];
}

/** The group of the tokens of characters that start no token (TenderLexer makes them errors). */
export const STRAY_GROUP = 'stray';

/**
 * The characters (codes under 256) that no token's pattern can start with, or undefined when a
 * pattern's first characters are not known (a custom pattern without its hint).
 */
export function charactersStartingNoToken(tokens: readonly TokenType[]): boolean[] | undefined {
    const starts = new Array<boolean>(256).fill(false);
    for (const token of tokens) {
        const pattern = token.PATTERN;
        if (typeof pattern === 'string') {
            if (pattern.length === 0) return undefined;
            const code = pattern.charCodeAt(0);
            if (code < 256) starts[code] = true;
        } else if (pattern instanceof RegExp) {
            if (pattern.flags.includes('i')) return undefined;
            const partial = RegExpUtils.partialRegExp(`^(?:${pattern.source})$`);
            for (let code = 0; code < 256; code++) {
                if (!starts[code] && partial.test(String.fromCharCode(code))) starts[code] = true;
            }
        } else if (pattern && token.START_CHARS_HINT) {
            for (const hint of token.START_CHARS_HINT) {
                const code = typeof hint === 'number' ? hint : hint.charCodeAt(0);
                if (code < 256) starts[code] = true;
            }
        } else {
            return undefined;
        }
    }
    return starts.map(start => !start);
}

/** A run of characters that start no token (`dead[code]`), from `offset`; characters from U+0100 end it. */
function strayMatcher(dead: readonly boolean[]): (text: string, offset: number) => CustomPatternMatcherReturn | null {
    return (text, offset) => {
        let end = offset;
        for (let code = text.charCodeAt(end); code < 256 && dead[code]; code = text.charCodeAt(++end)) { /* next */ }
        return end === offset ? null : [text.slice(offset, end)];
    };
}

export class TenderTokenBuilder extends DefaultTokenBuilder {
    /** Each terminal's pattern made partial once: Langium makes it again for every keyword (a tenth of building the parser). */
    private readonly partialPatterns = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        if (Array.isArray(tokens)) {
            const text = tokens.findIndex(t => t.name === 'STRING');
            if (text >= 0 && tokens[text]!.PATTERN === STRING_PATTERN) {
                const unclosed: TokenType = {
                    name: UNCLOSED_TEXT,
                    // Tried only after a closed text failed to match at this quote.
                    PATTERN: /["“][\s\S]*/,
                    GROUP: 'hidden',
                    LINE_BREAKS: true
                };
                tokens.splice(text + 1, 0, unclosed);
            }
            const dead = charactersStartingNoToken(tokens);
            if (dead) {
                // last: it never matches where another token could start
                tokens.push({
                    name: 'STRAY',
                    PATTERN: { exec: strayMatcher(dead) },
                    GROUP: STRAY_GROUP,
                    LINE_BREAKS: false,
                    START_CHARS_HINT: dead.flatMap((isDead, code) => (isDead ? [String.fromCharCode(code)] : []))
                });
            }
        }
        return tokens;
    }

    /** Langium's: the terminals a keyword could be the start of (`valued` of ID after `value`). */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts: TokenType[] = [];
        for (const token of terminalTokens) {
            const source = (token?.PATTERN as { source?: string } | undefined)?.source;
            if (!source) continue;
            const whole = `^${source}$`;
            let partial = this.partialPatterns.get(whole);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(whole);
                this.partialPatterns.set(whole, partial);
            }
            const match = keyword.value.match(partial);
            if (match && match[0].length > 0) longerAlts.push(token);
        }
        return longerAlts;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const source = GrammarUtils.terminalRegex(terminal).source;
        if (terminal.name === 'STRING' && source === GRAMMAR_STRING_SOURCE) {
            token.PATTERN = STRING_PATTERN;
        }
        if (terminal.name === 'ML_COMMENT' && source === GRAMMAR_ML_COMMENT_SOURCE) {
            token.PATTERN = { exec: matchBlockComment };
            token.LINE_BREAKS = true;
            token.START_CHARS_HINT = ['/'];
        }
        return token;
    }
}
