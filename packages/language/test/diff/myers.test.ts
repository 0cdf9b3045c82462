import { describe, expect, test } from 'vitest';
import { diffKeys, diffOps, intern, matches } from '../../src/diff/myers.js';

/** Length of a longest common subsequence by the textbook table (small inputs only). */
function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
            diagonal = above;
        }
    }
    return row[b.length];
}

function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}

/** The matches must be a valid common subsequence: in order, without overlaps, elements equal. */
function checkMatches(a: ArrayLike<number>, b: ArrayLike<number>): number {
    let i = 0;
    let j = 0;
    let total = 0;
    for (const m of matches(a, b)) {
        if (m.aStart < i || m.bStart < j || m.length <= 0) throw new Error(`run out of order: ${JSON.stringify(m)}`);
        for (let t = 0; t < m.length; t++) {
            if (a[m.aStart + t] !== b[m.bStart + t]) throw new Error(`unequal elements in ${JSON.stringify(m)}`);
        }
        i = m.aStart + m.length;
        j = m.bStart + m.length;
        total += m.length;
    }
    return total;
}

describe('Myers diff', () => {
    test('finds a longest common subsequence on random small inputs', () => {
        const next = random(7);
        for (let round = 0; round < 400; round++) {
            const alphabet = 1 + Math.floor(next() * 5);
            const a = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * alphabet));
            const b = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * alphabet));
            expect(checkMatches(a, b), `${a} / ${b}`).toBe(lcsLength(a, b));
        }
    });

    test('edits of a long sequence: the script covers both sides and keeps every untouched element', () => {
        const next = random(11);
        const a = Array.from({ length: 50_000 }, (_, i) => i);
        const b = a.filter(() => next() > 0.002);
        for (let k = 0; k < 100; k++) b.splice(Math.floor(next() * b.length), 0, -1 - k);
        const ops = diffOps(a, b);
        let aCovered = 0;
        let bCovered = 0;
        let equal = 0;
        for (const op of ops) {
            expect(op.aStart).toBe(aCovered);
            expect(op.bStart).toBe(bCovered);
            aCovered = op.aEnd;
            bCovered = op.bEnd;
            if (op.kind === 'equal') equal += op.aEnd - op.aStart;
        }
        expect(aCovered).toBe(a.length);
        expect(bCovered).toBe(b.length);
        expect(equal).toBe(b.length - 100);
    });

    test('a long text with scattered edits is fast (linear-ish, not quadratic)', () => {
        const next = random(3);
        const a = Array.from({ length: 400_000 }, () => Math.floor(next() * 1000));
        const b = [...a];
        for (let k = 0; k < 200; k++) b[Math.floor(next() * b.length)] = 5000 + k;
        const started = performance.now();
        const found = matches(a, b);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(found.length).toBeLessThanOrEqual(201);
        const total = checkMatches(a, b);
        expect(total).toBeGreaterThanOrEqual(a.length - 200);
    });

    test('wholly different long inputs stay within the budget and report a replacement', () => {
        const a = Array.from({ length: 200_000 }, (_, i) => i);
        const b = Array.from({ length: 200_000 }, (_, i) => -1 - i);
        const started = performance.now();
        const ops = diffOps(a, b, { budget: 100_000 });
        expect(performance.now() - started).toBeLessThan(2000);
        expect(ops).toEqual([{ kind: 'change', aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }]);
    });

    test('string keys', () => {
        expect(diffKeys(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
            { kind: 'equal', aStart: 0, aEnd: 1, bStart: 0, bEnd: 1 },
            { kind: 'change', aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 },
            { kind: 'equal', aStart: 2, aEnd: 3, bStart: 2, bEnd: 3 }
        ]);
        expect(diffKeys([], [])).toEqual([]);
        expect(diffKeys([], ['a'])).toEqual([{ kind: 'change', aStart: 0, aEnd: 0, bStart: 0, bEnd: 1 }]);
        const ids = intern(['x', 'y'], ['y', 'z']);
        expect([...ids.a, ...ids.b]).toEqual([0, 1, 1, 2]);
    });
});
