/**
 * Word-level differences of prose, as a lawyer reads a redline: whole words struck out and put in,
 * spaces kept as they are, punctuation apart from the word it follows (so "outcomes." against
 * "outcomes;" changes only the stop). Emphasis and strong text count: a word that becomes bold is
 * a change. Built on the O(ND) diff of myers.ts, so long clauses compare in close to linear time.
 */
import type { Inline, Revision } from '../generate/content/blocks.js';
import { diffOps } from './myers.js';

/** A word, a run of spaces or a punctuation mark, with the style of the run it came from. */
export interface Token {
    readonly text: string;
    readonly emphasis: boolean;
    readonly strong: boolean;
}

const LEADING = /^[(\[{“‘"'«]+/;
const TRAILING = /[)\]}.,;:!?”’"'»…]+$/;

/** Splits text into words, whitespace runs and the punctuation at either end of a word. */
export function words(text: string): string[] {
    const out: string[] = [];
    for (const part of text.split(/(\s+)/)) {
        if (part === '') continue;
        if (/^\s/.test(part)) {
            out.push(part);
            continue;
        }
        let word = part;
        const lead = LEADING.exec(word)?.[0] ?? '';
        word = word.slice(lead.length);
        const trail = word.length > 0 ? TRAILING.exec(word)?.[0] ?? '' : '';
        word = word.slice(0, word.length - trail.length);
        for (const ch of lead) out.push(ch);
        if (word) out.push(word);
        for (const ch of trail) out.push(ch);
    }
    return out;
}

export function tokenize(runs: readonly Inline[]): Token[] {
    const tokens: Token[] = [];
    for (const run of runs) {
        for (const text of words(run.text)) tokens.push({ text, emphasis: run.emphasis === true, strong: run.strong === true });
    }
    return tokens;
}

function tokenKey(token: Token): string {
    return `${token.strong ? 's' : '-'}${token.emphasis ? 'e' : '-'}${token.text}`;
}

export interface RunsDiff {
    /** The new runs with the old text that is gone put back in as deleted runs. */
    readonly runs: Inline[];
    /** Whether anything differs. */
    readonly changed: boolean;
    /** Share of the words (not spaces) that are the same on both sides, 0 to 1. */
    readonly similarity: number;
}

/**
 * The redline of one piece of prose: the new runs, unchanged text as it is, new words as inserted
 * runs and words that are gone as deleted runs just before the insertions that replace them.
 */
/**
 * The word-level work a whole redline may do, in steps of the diff search (about 25 million:
 * a few seconds). Each text's search gets what is left; once it is spent, the remaining texts
 * are compared whole (paragraph by paragraph: the old text struck, the new put in) and counted,
 * so that two 6.7 MB versions with every long text reworded still compare in seconds.
 */
export const RUN_BUDGET = 25_000_000;
const TEXT_BUDGET = 4_000_000;

export interface DiffBudget {
    /** Steps left for word-level comparison. */
    remaining: number;
    /** How many texts were compared whole because the budget had run out. */
    coarse: number;
}

let runBudget: DiffBudget | undefined;

/** Runs `work` (synchronous) with every diffRuns inside it drawing on one budget. */
export function withDiffBudget<T>(budget: DiffBudget, work: () => T): T {
    const outer = runBudget;
    runBudget = budget;
    try {
        return work();
    } finally {
        runBudget = outer;
    }
}

export function diffRuns(oldRuns: readonly Inline[], newRuns: readonly Inline[]): RunsDiff {
    if (runBudget && runBudget.remaining <= 0 && !sameRuns(oldRuns, newRuns)) {
        // Past the budget: no words are looked at, the texts are compared whole.
        runBudget.coarse++;
        return wholeTextChange(oldRuns, newRuns);
    }
    const a = tokenize(oldRuns);
    const b = tokenize(newRuns);
    const keysA = a.map(tokenKey);
    const keysB = b.map(tokenKey);
    const ids = new Map<string, number>();
    const idOf = (key: string) => {
        let id = ids.get(key);
        if (id === undefined) {
            id = ids.size;
            ids.set(key, id);
        }
        return id;
    };
    const meter = { used: 0 };
    const budget = runBudget ? Math.min(TEXT_BUDGET, runBudget.remaining) : TEXT_BUDGET;
    const ops = slideLeft(diffOps(Int32Array.from(keysA, idOf), Int32Array.from(keysB, idOf), { budget, meter }), keysA, keysB);
    if (runBudget) runBudget.remaining -= meter.used;
    const pieces: { token: Token; revision?: Revision }[] = [];
    let same = 0;
    let changed = false;
    // A stretch of spaces between two changes reads better as part of one change: "the quick
    // brown" to "a slow brown" shows "the quick" struck and "a slow" put in, not word by word.
    const merged = absorbSpaces(ops, a);
    for (const op of merged) {
        if (op.kind === 'equal') {
            for (let j = op.bStart; j < op.bEnd; j++) {
                pieces.push({ token: b[j] });
                if (!/^\s+$/.test(b[j].text)) same++;
            }
        } else {
            changed = true;
            for (let i = op.aStart; i < op.aEnd; i++) pieces.push({ token: a[i], revision: 'deleted' });
            for (let j = op.bStart; j < op.bEnd; j++) pieces.push({ token: b[j], revision: 'inserted' });
        }
    }
    const countWords = (list: readonly Token[]) => list.filter(t => !/^\s+$/.test(t.text)).length;
    const total = countWords(a) + countWords(b);
    return { runs: joinPieces(pieces), changed, similarity: total === 0 ? 1 : (2 * same) / total };
}

/** The same text with the same emphasis, run by run (texts split differently compare as different, which only costs words). */
function sameRuns(a: readonly Inline[], b: readonly Inline[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].text !== b[i].text || (a[i].emphasis === true) !== (b[i].emphasis === true) || (a[i].strong === true) !== (b[i].strong === true)) return false;
    }
    return true;
}

/** The coarse change: the old text struck as a whole and the new put in. */
function wholeTextChange(a: readonly Inline[], b: readonly Inline[]): RunsDiff {
    const runs: Inline[] = [
        ...a.filter(run => run.text.length > 0).map(run => ({ ...run, revision: 'deleted' as Revision })),
        ...b.filter(run => run.text.length > 0).map(run => ({ ...run, revision: 'inserted' as Revision }))
    ];
    return { runs, changed: true, similarity: 0 };
}

type Op = { kind: 'equal' | 'change'; aStart: number; aEnd: number; bStart: number; bEnd: number };

/**
 * Moves each pure insertion or deletion as far left as it can go while saying the same thing, so
 * "Price (30%)" to "Price and value (30%)" inserts " and value" after "Price", not "and value "
 * before "(": an edit then starts with the space that separates it, as a reader expects.
 */
function slideLeft(input: readonly Op[], keysA: readonly string[], keysB: readonly string[]): Op[] {
    const ops = input.map(op => ({ ...op }));
    for (let i = 1; i < ops.length; i++) {
        const op = ops[i];
        const previous = ops[i - 1];
        if (op.kind !== 'change' || previous.kind !== 'equal') continue;
        const inserted = op.aStart === op.aEnd;
        const deleted = op.bStart === op.bEnd;
        if (inserted === deleted) continue;
        const same = () => inserted ? keysB[op.bEnd - 1] === keysB[previous.bEnd - 1] : keysA[op.aEnd - 1] === keysA[previous.aEnd - 1];
        let moved = 0;
        while (previous.aEnd > previous.aStart && same()) {
            previous.aEnd--; previous.bEnd--;
            op.aStart--; op.aEnd--; op.bStart--; op.bEnd--;
            moved++;
        }
        if (moved === 0) continue;
        const next = ops[i + 1];
        if (next && next.kind === 'equal') {
            next.aStart -= moved;
            next.bStart -= moved;
        } else {
            ops.splice(i + 1, 0, { kind: 'equal', aStart: op.aEnd, aEnd: op.aEnd + moved, bStart: op.bEnd, bEnd: op.bEnd + moved });
        }
        if (previous.aEnd === previous.aStart) {
            ops.splice(i - 1, 1);
            i--;
        }
    }
    return ops;
}

function absorbSpaces(ops: readonly Op[], a: readonly Token[]): Op[] {
    const out: Op[] = [];
    for (let i = 0; i < ops.length; i++) {
        const op = ops[i];
        const between = op.kind === 'equal' && i > 0 && i < ops.length - 1
            && ops[i - 1].kind === 'change' && ops[i + 1].kind === 'change';
        const spaces = between && a.slice(op.aStart, op.aEnd).every(t => /^\s+$/.test(t.text));
        if (spaces) {
            const previous = out.pop()!;
            const next = ops[++i];
            out.push({ kind: 'change', aStart: previous.aStart, aEnd: next.aEnd, bStart: previous.bStart, bEnd: next.bEnd });
            continue;
        }
        const last = out[out.length - 1];
        if (last && last.kind === 'change' && op.kind === 'change') {
            out[out.length - 1] = { kind: 'change', aStart: last.aStart, aEnd: op.aEnd, bStart: last.bStart, bEnd: op.bEnd };
        } else {
            out.push({ ...op });
        }
    }
    return out;
}

/** Joins neighbouring pieces of the same style and revision into runs. */
function joinPieces(pieces: readonly { token: Token; revision?: Revision }[]): Inline[] {
    const runs: Inline[] = [];
    let current: { text: string; emphasis: boolean; strong: boolean; revision?: Revision } | undefined;
    const flush = () => {
        if (!current) return;
        runs.push({
            text: current.text,
            ...(current.emphasis ? { emphasis: true } : {}),
            ...(current.strong ? { strong: true } : {}),
            ...(current.revision ? { revision: current.revision } : {})
        });
        current = undefined;
    };
    for (const { token, revision } of pieces) {
        if (current && current.emphasis === token.emphasis && current.strong === token.strong && current.revision === revision) {
            current.text += token.text;
        } else {
            flush();
            current = { text: token.text, emphasis: token.emphasis, strong: token.strong, ...(revision ? { revision } : {}) };
        }
    }
    flush();
    return runs;
}

/** The runs, every one marked with the revision (a block that is wholly new or wholly gone). */
export function markRuns(runs: readonly Inline[], revision: Revision): Inline[] {
    return runs.filter(r => r.text.length > 0).map(r => ({ ...r, revision }));
}

/** The text a redline reads as once every change is accepted: deleted runs left out. */
export function acceptedText(runs: readonly Inline[]): string {
    return runs.filter(r => r.revision !== 'deleted').map(r => r.text).join('');
}

/** The text a redline reads as once every change is rejected: inserted runs left out. */
export function rejectedText(runs: readonly Inline[]): string {
    return runs.filter(r => r.revision !== 'inserted').map(r => r.text).join('');
}
