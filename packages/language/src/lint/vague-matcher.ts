/**
 * Finds vague words and phrases in text in one pass. The vocabulary is data
 * (`vocabulary/vague-language.json`); a project's tender.config.json adds phrases and allows
 * others. Every phrase and every term of art is compiled into one alternation, longest first, so
 * at each place in the text a term of art ("key worker") wins over a vague word inside it ("key"),
 * and the scan is linear in the length of the text. A matcher is built once per configuration.
 */
import vocabulary from './vocabulary/vague-language.json' with { type: 'json' };
import type { LintConfig } from './config.js';

export type VagueKind = 'avoid' | 'wordy' | 'metaphor' | 'qualifier' | 'buzzword' | 'project';

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
    /** The replacement fits any sentence the phrase fits: the fix is safe for `tender lint --fix`. */
    readonly dropIn?: boolean;
    /** The sentence reads naturally with the phrase left out. */
    readonly removable?: boolean;
    readonly source: string;
}

export interface TermOfArt {
    readonly phrase: string;
    readonly source: string;
}

export interface Vocabulary {
    /** Words that make a qualifier measurable when they follow it (besides digits and amounts). */
    readonly measures: readonly string[];
    /** Small words not counted in the window after a qualifier ("within", "of", "as set out in"). */
    readonly fillers?: readonly string[];
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

/** How many words after a qualifier (small words aside) a number, unit or standard makes it measurable. */
const MEASURE_WINDOW_WORDS = 4;
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
    // a phrase the project adds is flagged even where the vocabulary calls it a term of art
    const terms = vocab.termsOfArt.map(t => phraseKey(t.phrase)).filter(key => !entries.has(key));
    const measures = new Set(vocab.measures.map(m => m.toLowerCase()));
    const fillers = new Set((vocab.fillers ?? []).map(f => f.toLowerCase()));
    if (entries.size === 0) {
        return { scan: () => [] };
    }
    const alternatives = [
        ...[...entries.keys()].map(key => ({ key, term: false })),
        ...terms.map(key => ({ key, term: true }))
    ].sort((a, b) => b.key.length - a.key.length || Number(b.term) - Number(a.term) || a.key.localeCompare(b.key))
        // a term of art also stands in the plural ("key workers")
        .map(a => pattern(a.key) + (a.term ? 's?' : ''));
    const regex = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
    // While a commissioner types, one text changes and every other is scanned again: remember the
    // matches of each text (the scan is pure), up to a bound, so an edit costs one text's scan.
    const remembered = new Map<string, VagueMatch[]>();
    let rememberedCharacters = 0;
    const scanText = (text: string): VagueMatch[] => {
        const result: VagueMatch[] = [];
        for (const match of text.matchAll(regex)) {
            const entry = entries.get(phraseKey(match[0]));
            if (!entry) {
                continue; // a term of art: never flagged, nor anything inside it
            }
            const start = match.index;
            const end = start + match[0].length;
            if (entry.kind === 'qualifier' && measuredAfter(text, end, measures, fillers)) {
                continue;
            }
            result.push({ start, end, text: match[0], entry });
        }
        return Object.freeze(result) as VagueMatch[];
    };
    return {
        scan(text: string): VagueMatch[] {
            const known = remembered.get(text);
            if (known) {
                return known;
            }
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

/** A phrase as a pattern: its words in order, separated by any run of spaces, line breaks or hyphens. */
function pattern(key: string): string {
    return key.split(' ').map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+');
}

/**
 * Whether a number, unit or standard follows within a few words in the same sentence, as in
 * "regular visits every 4 weeks" or "high quality, rated good by the CQC".
 */
function measuredAfter(text: string, from: number, measures: ReadonlySet<string>, fillers: ReadonlySet<string>): boolean {
    const rest = text.slice(from, from + 160);
    const sentenceEnd = rest.search(/[.;!?](?:\s|$)/);
    const clause = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest;
    const words = clause.split(/[^\p{L}\p{N}£€$%.]+/u)
        .map(word => word.replace(/\.+$/, ''))
        .filter(word => word !== '' && !fillers.has(word.toLowerCase()))
        .slice(0, MEASURE_WINDOW_WORDS);
    return words.some(word => /[\d£€$%]/.test(word) || measures.has(word.toLowerCase()));
}
