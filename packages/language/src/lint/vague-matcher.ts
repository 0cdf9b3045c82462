/**
 * Finds vague words and phrases in text in one pass. The vocabulary is data
 * (`vocabulary/vague-language.json`); a project's tender.config.json adds phrases and allows
 * others. Every phrase and every term of art is compiled into one alternation, longest first, so
 * at each place in the text a term of art ("key worker", "reasonable endeavours") wins over a vague
 * word inside it ("key", "reasonable"), and the scan is linear in the length of the text. A
 * matcher is built once per configuration, and remembers the matches of each text it has scanned.
 *
 * A qualifier ("timely", "regular", "high quality") is let pass only when a measure attaches to it:
 * a time, frequency, amount, date or named standard right after it or after the noun it qualifies
 * ("a timely response within 5 working days", "high quality, rated good by the CQC", "regular
 * contact at least 3 times a week"), or a comparison with a stated object ("faster than the
 * contract can fund"). A number that merely stands nearby ("robust advice and support from one
 * team") is not a measure. A word that is part of a name or a defined term written with capitals
 * ("the Tackling Homelessness Transformation Programme") is not flagged, nor an allocation stated
 * exactly ("6 units ring-fenced for standard support needs"), nor "joined-up" where the text says
 * what is joined up is one thing ("one joined-up offer").
 */
import vocabulary from './vocabulary/vague-language.json' with { type: 'json' };
import type { LintConfig } from './config.js';

export type VagueKind = 'avoid' | 'wordy' | 'metaphor' | 'qualifier' | 'buzzword' | 'project';
export type MeasureKind = 'time' | 'frequency' | 'amount' | 'standard';

export interface VagueEntry {
    /** The phrase as listed. */
    readonly phrase: string;
    readonly kind: VagueKind;
    /** What to do instead: an instruction in plain words, without a full stop. */
    readonly suggestion: string;
    /** The word this is a form of ("utilised" of "utilise"): allowing that word allows every form. */
    readonly of?: string;
    /** The plain alternative a quick fix writes in. */
    readonly replacement?: string;
    /**
     * The replacement cannot change the meaning of any sentence the phrase fits, a contract's
     * included ("utilise" → "use"): only such a fix is safe for `tender lint --fix` and "fix all".
     * Every other replacement is a suggestion offered in the editor.
     */
    readonly dropIn?: boolean;
    /** The sentence reads naturally with the phrase left out. */
    readonly removable?: boolean;
    /**
     * For a qualifier, what kind of measure makes it checkable: a time limit for "timely", a
     * frequency for "regular", an amount for "sufficient", a standard for "high quality" (the default).
     */
    readonly measure?: MeasureKind;
    /** A word for setting money or places aside ("ring-fenced"): exact when a number stands next to it. */
    readonly allocation?: boolean;
    /** A word for services brought together ("joined-up"): concrete when the text says they are one ("one joined-up offer"). */
    readonly single?: boolean;
    readonly source: string;
}

export interface TermOfArt {
    readonly phrase: string;
    readonly source: string;
    /** A term of legal drafting ("shall ensure", "reasonable endeavours"): never flagged, never rewritten. */
    readonly legal?: boolean;
}

export interface Vocabulary {
    /** Words that name a standard or a document ("standards", "Schedule", "CQC"): "to CQC standards" measures a qualifier. */
    readonly measures: readonly string[];
    readonly phrases: readonly VagueEntry[];
    readonly termsOfArt: readonly TermOfArt[];
}

/** The vocabulary shipped with the linter. */
export const DEFAULT_VOCABULARY: Vocabulary = vocabulary as Vocabulary;

export interface VagueMatch {
    /** Offsets in the scanned text, end exclusive. */
    readonly start: number;
    readonly end: number;
    /** The words as written. */
    readonly text: string;
    readonly entry: VagueEntry;
}

export interface VagueMatcher {
    /** Every vague phrase in `text`, in order, none overlapping. */
    scan(text: string): VagueMatch[];
}

const PROJECT_SUGGESTION = 'say exactly what is meant';
/** Texts whose matches a matcher remembers (a large tender has a few thousand), and their total length. */
const REMEMBERED_TEXTS = 20_000;
const REMEMBERED_CHARACTERS = 8_000_000;

/** The key a phrase is looked up by: lower case, with runs of spaces and hyphens as one space. */
export function phraseKey(phrase: string): string {
    return phrase.trim().toLowerCase().replace(/[\s-]+/g, ' ');
}

const cache = new WeakMap<LintConfig['vague'], VagueMatcher>();

/** The matcher for a configuration's `vague` settings, built once per configuration. */
export function matcherFor(vague: LintConfig['vague']): VagueMatcher {
    let matcher = cache.get(vague);
    if (!matcher) {
        matcher = buildMatcher(DEFAULT_VOCABULARY, vague);
        cache.set(vague, matcher);
    }
    return matcher;
}

/** Builds a matcher: the vocabulary, plus `vague.add`, minus `vague.remove`. */
export function buildMatcher(vocab: Vocabulary, vague: LintConfig['vague'] = { add: [], remove: [] }): VagueMatcher {
    const removed = new Set(vague.remove.map(phraseKey));
    const entries = new Map<string, VagueEntry>();
    for (const entry of vocab.phrases) {
        if (!removed.has(phraseKey(entry.phrase)) && !(entry.of && removed.has(phraseKey(entry.of)))) {
            entries.set(phraseKey(entry.phrase), entry);
        }
    }
    for (const addition of vague.add) {
        const key = phraseKey(addition.phrase);
        if (key && !removed.has(key)) {
            entries.set(key, {
                phrase: addition.phrase,
                kind: 'project',
                suggestion: addition.suggestion?.trim().replace(/\.$/, '') || PROJECT_SUGGESTION,
                source: 'this project\'s tender.config.json (vague.add)'
            });
        }
    }
    if (entries.size === 0) {
        return { scan: () => [] };
    }
    // The pattern is made at the first scan: a run that scans no text (a file with no prose, or
    // `tender lint` of a market alone) does not pay for it.
    let scanText: ((text: string) => VagueMatch[]) | undefined;
    // While a commissioner types, one text changes and every other is scanned again: remember the
    // matches of each text (the scan is pure), up to a bound, so an edit costs one text's scan.
    const remembered = new Map<string, VagueMatch[]>();
    let rememberedCharacters = 0;
    return {
        scan(text: string): VagueMatch[] {
            const known = remembered.get(text);
            if (known) {
                return known;
            }
            scanText ??= textScanner(vocab, entries);
            const result = scanText(text);
            if (remembered.size >= REMEMBERED_TEXTS || rememberedCharacters + text.length > REMEMBERED_CHARACTERS) {
                remembered.clear();
                rememberedCharacters = 0;
            }
            remembered.set(text, result);
            rememberedCharacters += text.length;
            return result;
        }
    };
}

/** A word's characters: a phrase neither starts nor ends next to one. */
const WORD_CHARACTER = '[\\p{L}\\p{N}_-]';

/** The scan of one text for the phrases in `entries` (keyed by phraseKey). */
function textScanner(vocab: Vocabulary, entries: ReadonlyMap<string, VagueEntry>): (text: string) => VagueMatch[] {
    // a phrase the project adds is flagged even where the vocabulary calls it a term of art
    const terms = vocab.termsOfArt.map(t => phraseKey(t.phrase)).filter(key => !entries.has(key));
    const measure = measurePattern(vocab.measures);
    // a term of art also stands in the plural ("key workers")
    const keys = [...entries.keys(), ...terms, ...terms.map(key => `${key}s`).filter(key => !entries.has(key))];
    const phrases = triePattern(keys);
    const nextMatch = phraseFinder(phrases);
    return (text: string): VagueMatch[] => {
        const result: VagueMatch[] = [];
        let titleCase: boolean | undefined;
        for (let match = nextMatch(text, 0); match; match = nextMatch(text, match.end)) {
            const entry = entries.get(phraseKey(match.text));
            if (!entry) {
                continue; // a term of art: never flagged, nor anything inside it
            }
            const { start, end } = match;
            if (isUpper(text.charCodeAt(start)) && partOfName(text, start, end) && !(titleCase ??= isTitleCase(text))) {
                continue;
            }
            if (entry.kind === 'qualifier' && measuredAfter(text, end, measure[entry.measure ?? 'standard'])) {
                continue;
            }
            if (entry.allocation && exactAllocation(text, start, end)) {
                continue;
            }
            if (entry.single && /(?:^|[^\p{L}])(?:one|a\s+single|single)\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) {
                continue;
            }
            result.push({ start, end, text: match.text, entry });
        }
        return Object.freeze(result) as VagueMatch[];
    };
}

/**
 * The first phrase at or after `from` that starts and ends on a word boundary, the longest where
 * several start at one place. The pattern is the phrases and the boundary after them; the boundary
 * before a phrase is checked here, on the few places the pattern matches. As a look-behind at the
 * start of the pattern, the engine tried it at every character of the text, and that took five
 * times as long as the whole scan does now. Nothing changes in what is found: a match whose start
 * is inside a word is passed over, and the search goes on from the next character, as the
 * look-behind would have made it.
 */
function phraseFinder(phrases: string): (text: string, from: number) => { start: number; end: number; text: string } | undefined {
    const pattern = new RegExp(`${phrases}(?!${WORD_CHARACTER})`, 'giu');
    const wordCharacterBefore = new RegExp(`${WORD_CHARACTER}$`, 'u');
    return (text, from) => {
        pattern.lastIndex = from;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
            const start = match.index;
            // the character before (two code units when it is a surrogate pair) must not be a word's
            if (start === 0 || !wordCharacterBefore.test(text.slice(Math.max(0, start - 2), start))) {
                return { start, end: start + match[0].length, text: match[0] };
            }
            // on from the next character (a surrogate pair is one)
            pattern.lastIndex = start + (isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1);
        }
        return undefined;
    };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

interface TrieNode {
    readonly children: Map<string, TrieNode>;
    terminal: boolean;
}

/**
 * Every phrase as one pattern, shaped as a tree of their letters ("key" and "key worker" share
 * "key"), so that at each place in the text the engine follows the letters there instead of
 * trying every phrase in turn: with some 450 phrases and terms this halves the time of a scan.
 * Longer phrases are tried before shorter ones, so the longest phrase that ends on a word boundary
 * wins, as a term of art ("key worker") over a vague word inside it ("key"). Between the words of
 * a phrase, any run of spaces, line breaks or hyphens.
 */
function triePattern(keys: Iterable<string>): string {
    const root: TrieNode = { children: new Map(), terminal: false };
    for (const key of keys) {
        let node = root;
        for (const char of key) {
            let next = node.children.get(char);
            if (!next) {
                next = { children: new Map(), terminal: false };
                node.children.set(char, next);
            }
            node = next;
        }
        node.terminal = true;
    }
    const emit = (node: TrieNode): string => {
        const branches = [...node.children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([char, child]) => (char === ' ' ? '[\\s-]+' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) + emit(child));
        if (branches.length === 0) {
            return '';
        }
        if (node.terminal) {
            branches.push(''); // stopping here is the last, shortest choice
        }
        return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    };
    return `(?:${emit(root)})`;
}

/** How far after a qualifier its measure may stand, in characters, and how many words of the noun it qualifies may come first. */
const MEASURE_REACH = 240;
const NOUN_WORDS = 3;
/** Words that end the noun a qualifier qualifies: a measure after them belongs to something else. */
const BREAKS = new Set(['and', 'or', 'but', 'nor', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whilst', 'so',
    'because', 'if', 'to', 'from', 'with', 'by', 'for', 'in', 'on', 'at', 'of', 'as', 'into', 'is', 'are', 'was', 'were', 'be', 'will',
    'must', 'shall', 'should', 'can', 'may', 'would', 'could', 'including', 'such']);

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred';
const NUMBER = `(?:£\\s?)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|bn|million|billion)\\b)?|(?:${NUMBER_WORDS})\\b`;
const UNIT = '(?:(?:working|business|calendar|clear|school|office)\\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|quarters?|sessions?|visits?|shifts?)\\b';
const PERIOD = '(?:day|night|week|fortnight|month|quarter|year|term|shift|session|visit)s?\\b';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b';
const TIME = '(?:\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}\\s?[ap]\\.?m\\.?|noon|midday|midnight)';
const LOWER_BOUND = '(?:at\\s+least|no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than|a\\s+minimum\\s+of|minimum\\s+of|more\\s+than)';
const BOUND = `(?:${LOWER_BOUND}|no\\s+more\\s+than|not\\s+more\\s+than|up\\s+to|a\\s+maximum\\s+of|maximum\\s+of|fewer\\s+than|less\\s+than|under|over|approximately|approx\\.?|around|about)`;
const DOCUMENT_NAMES = '(?:Standards?|Regulations?|Act|Framework|Guidance|Guidelines?|Code|Schedule|Specification|Policy|Plan|Strategy|Charter|Protocol|Order|Directions?)\\b';

/** Sticky patterns for "a measure starts here": most in any case, names and acronyms with their capitals. */
interface Measure {
    readonly any: RegExp;
    readonly cased: RegExp;
}

const ALL_KINDS: readonly MeasureKind[] = ['time', 'frequency', 'amount', 'standard'];

/**
 * The patterns for "a measure starts here", for each kind of qualifier: a time limit or a date
 * for "timely", a frequency for "regular", a number, share, sum or duration for "sufficient", a
 * named standard or rating for "high quality". A span of times, a document that defines the term
 * ("as set out in Schedule 2") and a comparison with a stated object ("than ...") measure any kind.
 * So "regular visits every 4 weeks" passes but "regular visits for 12 months" does not, and
 * "flexible support for up to 2 years" is still flagged: how long says nothing of how flexible.
 */
function measurePattern(standardWords: readonly string[]): Record<MeasureKind, Measure> {
    const standard = `(?:${standardWords.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;
    const acronym = '\\p{Lu}{2,}[\\p{Lu}\\d]*\\b';
    const named = `[\\p{Lu}\\d][\\p{L}\\d'’&.-]*(?:\\s+(?:of|and|for|the|\\([\\p{L}\\s]+\\))?\\s*[\\p{Lu}(\\d][\\p{L}\\d'’()&.-]*){0,7}\\s+${DOCUMENT_NAMES}`;
    const compliance = '(?:to|at|against|meeting|meets|meet|under|in\\s+line\\s+with|in\\s+accordance\\s+with|compliant\\s+with|complying\\s+with|registered\\s+(?:with|by|under)|accredited\\s+(?:by|to|under)|certified\\s+(?:to|by)|approved\\s+by)\\s+(?:the\\s+|a\\s+|an\\s+)?';
    const amount = `(?:(?:${NUMBER})(?:\\s*(?:-|–|to)\\s*(?:${NUMBER}))?\\s*|a\\s+|an\\s+)`;
    const patterns: { readonly kinds: readonly MeasureKind[]; readonly cased?: boolean; readonly source: string }[] = [
        // within 5 working days, in 2 weeks, before a month has passed
        { kinds: ['time'], source: `(?:within|in|under|after|before)\\s+(?:${BOUND}\\s+)?${amount}${UNIT}` },
        // for 10 hours, lasting 12 weeks, of 3 sessions
        { kinds: ['amount'], source: `(?:for|over|lasting|of|per)\\s+(?:${BOUND}\\s+)?${amount}${UNIT}` },
        // 3 times a week, once a fortnight, at least twice per month, daily, 24/7, every 4 weeks
        { kinds: ['frequency', 'amount'], source: `(?:${BOUND}\\s+)?(?:${NUMBER}|once|twice)\\s+(?:times?\\s+)?(?:a|an|per|each|every)\\s+${PERIOD}` },
        { kinds: ['frequency', 'amount'], source: '(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|24\\s*\\/\\s*7|24 hours a day|round the clock)\\b' },
        { kinds: ['frequency', 'amount'], source: `(?:every|each|per)\\s+(?:(?:${NUMBER})\\s*)?${PERIOD}` },
        // at least 3, no fewer than 10 staff, a minimum of two
        { kinds: ['amount'], source: `${LOWER_BOUND}\\s+(?:${NUMBER})` },
        // 95%, 10 per cent, by 20 percentage points
        { kinds: ['amount', 'standard'], source: `(?:(?:by|of|to|at|from|reach|reaching|above|below|in)\\s+)?(?:${BOUND}\\s+)?\\d[\\d.,]*\\s*(?:%|per\\s*cent\\b|percent\\b|percentage\\s+points?\\b)` },
        // of £5m, worth £200,000
        { kinds: ['amount'], source: `(?:(?:of|at|worth|totalling|to\\s+the\\s+value\\s+of)\\s+)?(?:${BOUND}\\s+)?£\\s?\\d` },
        // by 31 March 2027, no later than 2027-07-01
        { kinds: ['time'], source: `(?:by|before|no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|until|from)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{4}\\b)` },
        // between the times of 06:00 and 23:00, between 9am and 5pm
        { kinds: ALL_KINDS, source: `between\\s+(?:the\\s+(?:times|hours|ages)\\s+of\\s+)?(?:${TIME}|${NUMBER})\\s*(?:and|-|–|to)\\s*(?:${TIME}|${NUMBER})` },
        // from 500 to 1,500 hours, 5 to 20 hours per week
        { kinds: ['amount', 'frequency'], source: `(?:from\\s+)?(?:${NUMBER})\\s*(?:-|–|to)\\s*(?:${NUMBER})\\s+(?:${UNIT}|per\\b|a\\s+${PERIOD})` },
        // to the standards in Schedule 2, rated good
        { kinds: ['standard', 'amount'], source: `${compliance}${standard}` },
        { kinds: ['standard'], source: '(?:rated|graded|a\\s+rating\\s+of|rating\\s+of)\\s+(?:as\\s+)?(?:good|outstanding|requires\\s+improvement|\\d)' },
        // faster than the contract can fund
        { kinds: ALL_KINDS, source: 'than\\s+[\\p{L}\\d£]' },
        // Names and acronyms need their capitals, so these are matched case by case (the words before them are lower case mid-sentence).
        // as set out in Schedule 2, as defined by ISO 9001, as agreed with the Authority
        { kinds: ALL_KINDS, cased: true, source: '(?:as\\s+)?(?:defined|set\\s+out|specified|described|required|listed|detailed|stated|agreed)\\s+(?:in|by|under|at|within|with)\\s+(?:the\\s+)?[\\p{Lu}\\d]' },
        // to CQC standards, in line with NICE guideline NG58, in accordance with the Supported Accommodation (England) Regulations 2023
        { kinds: ['standard', 'amount'], cased: true, source: `${compliance}(?:${acronym}|${named})` },
        // rated B, graded A
        { kinds: ['standard'], cased: true, source: '(?:rated|graded)\\s+\\p{Lu}\\b' }
    ];
    const build = (kind: MeasureKind, cased: boolean) => {
        const sources = patterns.filter(p => p.kinds.includes(kind) && (p.cased === true) === cased).map(p => p.source);
        return new RegExp(`\\(?\\s*(?:${sources.join('|')})`, cased ? 'uy' : 'iuy');
    };
    return Object.fromEntries(ALL_KINDS.map(kind => [kind, { any: build(kind, false), cased: build(kind, true) }])) as Record<MeasureKind, Measure>;
}

/**
 * Whether a measure attaches to the qualifier ending at `from`: right after it, or after the
 * few words of the noun it qualifies ("regular visits every 4 weeks"), in the same sentence. A
 * comma may stand before the measure ("high quality, rated good by the CQC", "regular visits,
 * weekly"); a word such as "and", "for" or "to" ends the noun, and what follows it is not the
 * qualifier's measure ("robust advice and support from one team").
 */
function measuredAfter(text: string, from: number, measure: Measure): boolean {
    const rest = text.slice(from, from + MEASURE_REACH);
    const sentenceEnd = rest.search(/[.;!?](?:\s|$)/);
    const clause = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest;
    const at = (position: number) => {
        measure.any.lastIndex = position;
        measure.cased.lastIndex = position;
        return measure.any.test(clause) || measure.cased.test(clause);
    };
    let position = skipSpace(clause, 0);
    if (clause[position] === ',' || clause[position] === ':') {
        return at(skipSpace(clause, position + 1));
    }
    for (let words = 0; ; words++) {
        if (at(position)) {
            return true;
        }
        if (words === NOUN_WORDS) {
            return false;
        }
        const word = /^[\p{L}\p{N}'’-]+/u.exec(clause.slice(position, position + 60));
        if (!word || BREAKS.has(word[0].toLowerCase())) {
            return false;
        }
        position = skipSpace(clause, position + word[0].length);
        if (clause[position] === ',') {
            return at(skipSpace(clause, position + 1)); // "regular visits, weekly"
        }
        if (position >= clause.length || !/[\p{L}\p{N}(£]/u.test(clause[position])) {
            return false;
        }
    }
}

function skipSpace(text: string, from: number): number {
    let i = from;
    while (i < text.length && /\s/.test(text[i])) i++;
    return i;
}

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase());

/** How far back to look for the start of a sentence, or the word before a phrase. */
const LOOK_BACK = 40;

/**
 * Whether the phrase at `start` (which starts with a capital) is a word of a name or a defined
 * term: it does not open a sentence, and the word next to it is capitalised too ("the Tackling
 * Homelessness Transformation Programme", "the Prevention and Innovation Fund").
 */
function partOfName(text: string, start: number, end: number): boolean {
    if (opensSentence(text, start)) {
        return false;
    }
    const next = /^\s+(\p{L})/u.exec(text.slice(end, end + 8));
    if (next && isUpper(next[1].charCodeAt(0))) {
        return true;
    }
    const previous = /(\p{L}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
    if (!previous) {
        return false;
    }
    const previousStart = start - previous[0].length;
    return isUpper(previous[1].charCodeAt(0)) && !opensSentence(text, previousStart);
}

/** Whether the word at `index` opens the text, a sentence, a list item or a bracket. */
function opensSentence(text: string, index: number): boolean {
    const before = text.slice(Math.max(0, index - LOOK_BACK), index);
    if (/(?:[.!?:;•*(\n–—]|\s-)[\s"'“‘]*$/u.test(before)) {
        return true;
    }
    return index <= LOOK_BACK && /^[\s"'“‘]*$/u.test(before);
}

/** Whether most of the longer words of a text are capitalised, as in a heading: then capitals mark no name. */
function isTitleCase(text: string): boolean {
    let words = 0;
    let capitals = 0;
    for (const word of text.matchAll(/[\p{L}]{4,}/gu)) {
        words++;
        if (isUpper(word[0].charCodeAt(0))) capitals++;
    }
    return words >= 2 && capitals / words > 0.6;
}

/** "6 units ring-fenced for ...", "£2m ring-fenced", "ring-fence 20 beds": a number next to it makes it exact. */
function exactAllocation(text: string, start: number, end: number): boolean {
    const before = text.slice(Math.max(0, start - LOOK_BACK), start);
    const clause = before.slice(before.search(/[^.;,:(]*$/));
    const words = clause.trim().split(/\s+/).filter(w => w !== '').slice(-3);
    if (words.some(w => /\d/.test(w) || new RegExp(`^(?:${NUMBER_WORDS})$`, 'i').test(w))) {
        return true;
    }
    return /^\s+(?:£\s?)?\d/.test(text.slice(end, end + 12));
}
