/**
 * The difference between two sequences, by Myers' O(ND) algorithm in linear space (E. W. Myers,
 * "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1986, section 4b): find the
 * middle snake of the shortest edit script, then solve the two halves on either side of it.
 * Time is O((N+M)·D) with D the number of edits, so two long texts with a few changes compare in
 * close to linear time; memory is O(N+M).
 *
 * Sequences are given as integers (see `intern`), so comparing two elements is one `===`.
 * A work budget keeps pathological inputs (two long, wholly different texts) bounded: when it
 * runs out, what is left is reported as replaced, which is a correct if not a minimal diff.
 */

/** A run of equal elements: `a[aStart + i] === b[bStart + i]` for `i < length`. */
export interface Match {
    readonly aStart: number;
    readonly bStart: number;
    readonly length: number;
}

/** One step of an edit script: equal elements, or a replacement of `a[aStart, aEnd)` by `b[bStart, bEnd)`. */
export interface DiffOp {
    readonly kind: 'equal' | 'change';
    readonly aStart: number;
    readonly aEnd: number;
    readonly bStart: number;
    readonly bEnd: number;
}

export interface DiffOptions {
    /**
     * Roughly how many steps the search may take before it stops looking for a shorter script:
     * 4 million by default, well under a second.
     */
    readonly budget?: number;
    /** Adds the steps this search took to `used` (a whole run's budget is kept by the caller). */
    readonly meter?: { used: number };
}

const DEFAULT_BUDGET = 4_000_000;

/** Maps string keys to small integers, shared between the sequences. */
export function intern(a: readonly string[], b: readonly string[]): { a: Int32Array; b: Int32Array } {
    const ids = new Map<string, number>();
    const map = (list: readonly string[]) => {
        const out = new Int32Array(list.length);
        for (let i = 0; i < list.length; i++) {
            let id = ids.get(list[i]);
            if (id === undefined) {
                id = ids.size;
                ids.set(list[i], id);
            }
            out[i] = id;
        }
        return out;
    };
    return { a: map(a), b: map(b) };
}

/** The runs of equal elements of a longest common subsequence, in order. */
export function matches(a: ArrayLike<number>, b: ArrayLike<number>, options: DiffOptions = {}): Match[] {
    const initial = options.budget ?? DEFAULT_BUDGET;
    const state = { budget: initial };
    const found: Match[] = [];
    // Work on ranges with an explicit stack, so no input is deep enough to overflow the call stack.
    const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
    while (stack.length > 0) {
        let [aLo, aHi, bLo, bHi] = stack.pop()!;
        let start = 0;
        while (aLo + start < aHi && bLo + start < bHi && a[aLo + start] === b[bLo + start]) start++;
        if (start > 0) found.push({ aStart: aLo, bStart: bLo, length: start });
        aLo += start;
        bLo += start;
        let end = 0;
        while (aHi - end > aLo && bHi - end > bLo && a[aHi - end - 1] === b[bHi - end - 1]) end++;
        if (end > 0) found.push({ aStart: aHi - end, bStart: bHi - end, length: end });
        aHi -= end;
        bHi -= end;
        if (aLo === aHi || bLo === bHi) continue;
        const split = splitPoint(a, aLo, aHi, b, bLo, bHi, state);
        // Out of budget (or, defensively, no progress): the rest counts as replaced.
        if (!split || (split.x === aLo && split.y === bLo) || (split.x === aHi && split.y === bHi)) continue;
        stack.push([aLo, split.x, bLo, split.y], [split.x, aHi, split.y, bHi]);
    }
    if (options.meter) options.meter.used += initial - Math.max(0, state.budget) + a.length + b.length;
    found.sort((p, q) => p.aStart - q.aStart);
    // Adjacent runs (a prefix next to a snake) become one.
    const merged: Match[] = [];
    for (const m of found) {
        const last = merged[merged.length - 1];
        if (last && last.aStart + last.length === m.aStart && last.bStart + last.length === m.bStart) {
            merged[merged.length - 1] = { aStart: last.aStart, bStart: last.bStart, length: last.length + m.length };
        } else {
            merged.push(m);
        }
    }
    return merged;
}

/** The edit script: equal runs and the changes between them, covering both sequences in order. */
export function diffOps(a: ArrayLike<number>, b: ArrayLike<number>, options: DiffOptions = {}): DiffOp[] {
    const ops: DiffOp[] = [];
    let i = 0;
    let j = 0;
    for (const m of matches(a, b, options)) {
        if (m.aStart > i || m.bStart > j) ops.push({ kind: 'change', aStart: i, aEnd: m.aStart, bStart: j, bEnd: m.bStart });
        ops.push({ kind: 'equal', aStart: m.aStart, aEnd: m.aStart + m.length, bStart: m.bStart, bEnd: m.bStart + m.length });
        i = m.aStart + m.length;
        j = m.bStart + m.length;
    }
    if (i < a.length || j < b.length) ops.push({ kind: 'change', aStart: i, aEnd: a.length, bStart: j, bEnd: b.length });
    return ops;
}

/** The edit script of two lists of string keys. */
export function diffKeys(a: readonly string[], b: readonly string[], options: DiffOptions = {}): DiffOp[] {
    const ids = intern(a, b);
    return diffOps(ids.a, ids.b, options);
}

/**
 * A point on a shortest edit path of `a[aLo, aHi)` and `b[bLo, bHi)` (both non-empty, with no
 * common first or last element), strictly inside it: found by searching from both ends at once
 * until the furthest forward and backward paths overlap (the middle snake). The loop follows
 * diff-match-patch's bisect, which prunes diagonals that leave the grid. Undefined when the
 * budget runs out.
 */
function splitPoint(a: ArrayLike<number>, aLo: number, aHi: number, b: ArrayLike<number>, bLo: number, bHi: number, state: { budget: number }): { x: number; y: number } | undefined {
    const n = aHi - aLo;
    const m = bHi - bLo;
    const maxD = Math.ceil((n + m) / 2);
    const offset = maxD;
    const length = 2 * maxD + 2;
    // forward[offset + k]: furthest x reached on diagonal k (x - y = k), relative to (aLo, bLo);
    // backward likewise from the far corner; -1 where not reached yet.
    const forward = new Int32Array(length).fill(-1);
    const backward = new Int32Array(length).fill(-1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const delta = n - m;
    // With an odd delta the paths meet on a forward step, else on a backward one.
    const front = (delta & 1) !== 0;
    let kStart = 0;
    let kEnd = 0;
    let cStart = 0;
    let cEnd = 0;
    for (let d = 0; d < maxD; d++) {
        state.budget -= 2 * d + 2;
        if (state.budget < 0) return undefined;
        for (let k = -d + kStart; k <= d - kEnd; k += 2) {
            const at = offset + k;
            let x = k === -d || (k !== d && forward[at - 1] < forward[at + 1]) ? forward[at + 1] : forward[at - 1] + 1;
            let y = x - k;
            const x0 = x;
            while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
            state.budget -= x - x0;
            forward[at] = x;
            if (x > n) {
                kEnd += 2; // off the right edge
            } else if (y > m) {
                kStart += 2; // off the bottom edge
            } else if (front) {
                const back = offset + delta - k;
                if (back >= 0 && back < length && backward[back] !== -1 && x >= n - backward[back]) {
                    return { x: aLo + x, y: bLo + y };
                }
            }
        }
        for (let c = -d + cStart; c <= d - cEnd; c += 2) {
            const at = offset + c;
            let x = c === -d || (c !== d && backward[at - 1] < backward[at + 1]) ? backward[at + 1] : backward[at - 1] + 1;
            let y = x - c;
            const x0 = x;
            while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) { x++; y++; }
            state.budget -= x - x0;
            backward[at] = x;
            if (x > n) {
                cEnd += 2;
            } else if (y > m) {
                cStart += 2;
            } else if (!front) {
                const fore = offset + delta - c;
                if (fore >= 0 && fore < length && forward[fore] !== -1) {
                    const fx = forward[fore];
                    const fy = fx - (fore - offset);
                    if (fx >= n - x) {
                        return { x: aLo + fx, y: bLo + fy };
                    }
                }
            }
        }
    }
    return undefined; // no overlap found: cannot happen for valid input, but never loop forever
}
