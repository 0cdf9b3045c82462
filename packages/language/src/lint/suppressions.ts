/**
 * Inline suppression, as in ESLint and Vale:
 *   // tender-disable-next-line vague-language, bid-window -- why
 *   /* tender-disable vague-language *\/ ... /* tender-enable vague-language *\/
 * With no rule ids a comment covers every rule. A suppression that silences nothing is itself
 * reported, so stale ones do not pile up.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

export interface Suppression {
    readonly kind: 'next-line' | 'region';
    /** Rule ids; empty means every rule. */
    readonly ruleIds: readonly string[];
    readonly justification?: string;
    /** Where the comment is. */
    readonly range: Range;
    /** Offsets covered: [start, end). For next-line, the whole next line. */
    readonly start: number;
    readonly end: number;
    used: boolean;
}

/**
 * A directive comment: `// tender-<kind> <ids> -- why` or the same between `/*` and `*\/`; the
 * body (ids and justification) holds no `*` and ends before the closing `*\/` or the trailing
 * spaces. Read by hand after the leading words: a single regular expression for the whole comment
 * backtracked over trailing spaces, quadratic in a long comment (900 KB of spaces: minutes).
 */
const DIRECTIVE_HEAD = /^(?:\/\/|\/\*)\s*tender-(disable-next-line|disable|enable)\b/;
const ONLY_SPACES = /^\s*$/;

/** The kind and body of a directive comment, as [kind, body], or undefined. */
export function parseDirective(comment: string): [string, string] | undefined {
    const head = DIRECTIVE_HEAD.exec(comment);
    if (!head) return undefined;
    const rest = comment.slice(head[0].length);
    const star = rest.indexOf('*');
    if (star < 0) return [head[1], rest.trimEnd()];
    return rest.startsWith('*/', star) && ONLY_SPACES.test(rest.slice(star + 2)) ? [head[1], rest.slice(0, star)] : undefined;
}

export function collectSuppressions(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const text = document.textDocument.getText();
    if (!text.includes('tender-')) {
        return [];
    }
    const result: Suppression[] = [];
    const open = new Map<string, OpenRegion>();
    const directives: { comment: { start: number; end: number }; kind: string; ids: string[]; justification?: string }[] = [];
    // How many enables name each id: an open region is filed under its id the fewest name.
    const enabling = new Map<string, number>();
    for (const comment of commentTokens(text)) {
        const match = parseDirective(comment.text);
        if (!match) {
            continue;
        }
        const [ids, justification] = splitJustification(match[1]);
        directives.push({ comment, kind: match[0], ids, justification });
        if (match[0] === 'enable') for (const id of new Set(ids)) enabling.set(id, (enabling.get(id) ?? 0) + 1);
    }
    // An enable naming some ids closes the regions all of whose ids it names, found from their
    // witnesses (namedWhole) instead of by going through every open region.
    const byWitness = new Map<string, Set<OpenRegion>>();
    let opened = 0;
    const close = (region: OpenRegion): void => {
        open.delete(region.key);
        if (region.witness !== undefined) byWitness.get(region.witness)?.delete(region);
    };
    for (const { comment, kind, ids, justification } of directives) {
        const range = { start: document.textDocument.positionAt(comment.start), end: document.textDocument.positionAt(comment.end) };
        if (kind === 'disable-next-line') {
            const line = range.end.line + 1;
            const start = document.textDocument.offsetAt({ line, character: 0 });
            const end = document.textDocument.offsetAt({ line: line + 1, character: 0 });
            result.push({ kind: 'next-line', ruleIds: ids, justification, range, start, end: end === start ? text.length : end, used: false });
        } else if (kind === 'disable') {
            const key = regionKey(ids);
            if (!open.has(key)) {
                // A second disable of rules already disabled changes nothing: the first one still covers them.
                let witness: string | undefined;
                for (const id of ids) if (witness === undefined || (enabling.get(id) ?? 0) < (enabling.get(witness) ?? 0)) witness = id;
                const region: OpenRegion = { key, opened: opened++, ids: new Set(ids), witness, start: comment.end, comment: range, justification, ruleIds: ids };
                open.set(key, region);
                if (witness !== undefined) {
                    const filed = byWitness.get(witness);
                    if (filed) filed.add(region);
                    else byWitness.set(witness, new Set([region]));
                }
            }
        } else {
            // As in ESLint: an enable with no ids ends every open region; with ids, the region that
            // disabled exactly those rules, or else every region whose rules it names them all.
            const key = regionKey(ids);
            const closing = ids.length === 0 ? [...open.values()]
                : open.has(key) ? [open.get(key)!]
                : namedWhole(byWitness, ids);
            for (const opened of closing) {
                result.push({ kind: 'region', ruleIds: opened.ruleIds, justification: opened.justification, range: opened.comment, start: opened.start, end: comment.start, used: false });
                close(opened);
            }
        }
    }
    for (const opened of open.values()) {
        result.push({ kind: 'region', ruleIds: opened.ruleIds, justification: opened.justification, range: opened.comment, start: opened.start, end: text.length, used: false });
    }
    return result;
}

interface OpenRegion {
    readonly key: string;
    /** The how-manieth region opened: the open map's order, the order the regions were opened in. */
    readonly opened: number;
    readonly ids: ReadonlySet<string>;
    /** The id it is filed under among the open regions (namedWhole). */
    readonly witness?: string;
    readonly start: number;
    readonly comment: Range;
    readonly justification?: string;
    readonly ruleIds: string[];
}

/**
 * The open regions (with ids) whose every id is among `ids`, in the order they were opened.
 * Each open region is filed under one of its ids, its witness (the one the fewest enables of the
 * file name), and only the regions filed under one of `ids` are looked at: a region is looked at
 * only by enables naming its rarest id, whatever else the file holds.
 */
function namedWhole(byWitness: ReadonlyMap<string, ReadonlySet<OpenRegion>>, ids: readonly string[]): OpenRegion[] {
    const named = new Set(ids);
    const closing: OpenRegion[] = [];
    for (const id of named) {
        for (const region of byWitness.get(id) ?? []) {
            let whole = true;
            for (const own of region.ids) if (!named.has(own)) { whole = false; break; }
            if (whole) closing.push(region);
        }
    }
    return closing.sort((a, b) => a.opened - b.opened);
}

/**
 * Which suppression covers each finding: the first in the list whose lines (or region) hold the
 * finding's start and that names its rule (or every rule), marked used, for all the
 * findings at once. Going through the list for each finding was quadratic (50,000 suppressed
 * findings); here the findings are taken in the order of the text, and the suppressions that
 * have begun are kept in heaps by their place in the list, one per rule id and one for those
 * that name none, so each finding takes the first of two heaps (dropping those that have ended).
 */
export class SuppressionIndex {
    constructor(private readonly suppressions: readonly Suppression[]) {}

    /** For each finding, its suppression (marked used) or undefined. */
    find(findings: ReadonlyArray<{ readonly ruleId: string; readonly offset: number }>): Array<Suppression | undefined> {
        const found: Array<Suppression | undefined> = new Array(findings.length).fill(undefined);
        if (this.suppressions.length === 0) return found;
        const byStart = this.suppressions.map((_, i) => i).sort((a, b) => this.suppressions[a].start - this.suppressions[b].start || a - b);
        const order = findings.map((_, i) => i).sort((a, b) => findings[a].offset - findings[b].offset || a - b);
        const heaps = new Map<string, IndexHeap>();
        const everyRule = new IndexHeap();
        let next = 0;
        for (const f of order) {
            const { ruleId, offset } = findings[f];
            while (next < byStart.length && this.suppressions[byStart[next]].start <= offset) {
                const index = byStart[next++];
                const ids = this.suppressions[index].ruleIds;
                if (ids.length === 0) everyRule.push(index);
                for (const id of new Set(ids)) {
                    let heap = heaps.get(id);
                    if (!heap) heaps.set(id, heap = new IndexHeap());
                    heap.push(index);
                }
            }
            const a = this.firstCovering(heaps.get(ruleId), offset);
            const b = this.firstCovering(everyRule, offset);
            const first = a === undefined ? b : b === undefined ? a : Math.min(a, b);
            if (first !== undefined) {
                const suppression = this.suppressions[first];
                suppression.used = true;
                found[f] = suppression;
            }
        }
        return found;
    }

    /** The first suppression (by place in the list) of the heap that still covers `offset`; the ended ones are dropped (the offsets only grow). */
    private firstCovering(heap: IndexHeap | undefined, offset: number): number | undefined {
        if (!heap) return undefined;
        for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
            if (offset < this.suppressions[top].end) return top;
            heap.pop();
        }
        return undefined;
    }
}

/** A binary min-heap of list positions. */
class IndexHeap {
    private readonly items: number[] = [];

    peek(): number | undefined {
        return this.items[0];
    }

    push(value: number): void {
        const items = this.items;
        let i = items.push(value) - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent] <= value) break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }

    pop(): void {
        const items = this.items;
        const last = items.pop()!;
        if (items.length === 0) return;
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= items.length) break;
            if (child + 1 < items.length && items[child + 1] < items[child]) child++;
            if (items[child] >= last) break;
            items[i] = items[child];
            i = child;
        }
        items[i] = last;
    }
}

/** Regions are matched by their set of rule ids, whatever the order they are listed in. */
function regionKey(ids: readonly string[]): string {
    return [...ids].sort().join(',');
}

function splitJustification(body: string): [string[], string | undefined] {
    const [idsPart, ...rest] = body.split('--');
    const ids = idsPart.split(/[\s,]+/).map(s => s.trim()).filter(Boolean);
    const justification = rest.join('--').trim();
    return [ids, justification || undefined];
}

/** Comments in the text, skipping strings: the same lexical rules as the grammar. */
export function* commentTokens(text: string): Generator<{ start: number; end: number; text: string }> {
    let i = 0;
    const n = text.length;
    while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === 34 /* " */) {
            i++;
            while (i < n && text.charCodeAt(i) !== 34) {
                i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
            }
            i++;
        } else if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            const start = i;
            while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
            yield { start, end: i, text: text.slice(start, i) };
        } else if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            const start = i;
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 2;
            yield { start, end: i, text: text.slice(start, i) };
        } else {
            i++;
        }
    }
}
