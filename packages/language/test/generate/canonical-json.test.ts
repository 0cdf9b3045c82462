/**
 * canonicalJson writes in one pass (keys sorted as each object is written, repeated objects
 * written once) the same text as JSON.stringify of a copy with sorted keys, two-space indented,
 * which is how it used to be written: compared here on values with every kind of JSON part.
 */
import { describe, expect, test } from 'vitest';
import { canonicalJson, canonicalJsonBytes, type KeyOrder } from '../../src/generate/canonical-json.js';

/** The former implementation: a sorted copy, then JSON.stringify. */
function reference(value: unknown, order: KeyOrder = {}): string {
    const everywhere = order.everywhere ?? [];
    const sortKeys = (item: unknown, first: readonly string[]): unknown => {
        if (Array.isArray(item)) return item.map(element => sortKeys(element, everywhere));
        if (item !== null && typeof item === 'object') {
            const record = item as Record<string, unknown>;
            const keys = Object.keys(record).filter(k => record[k] !== undefined);
            const leading = first.filter(k => keys.includes(k));
            const rest = keys.filter(k => !first.includes(k)).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
            const sorted: Record<string, unknown> = {};
            for (const key of [...leading, ...rest]) sorted[key] = sortKeys(record[key], everywhere);
            return sorted;
        }
        return item;
    };
    return `${JSON.stringify(sortKeys(value, order.top ?? []), null, 2)}\n`;
}

const same = (value: unknown, order?: KeyOrder) => {
    const expected = reference(value, order);
    expect(canonicalJson(value, order)).toBe(expected);
    expect(Buffer.from(canonicalJsonBytes(value, order)).toString('utf8')).toBe(expected);
};

describe('canonicalJson', () => {
    test('every kind of value, keys sorted, undefined and functions left out as JSON.stringify does', () => {
        same({
            zeta: 1, alpha: 'a', mid: [1, 'two', null, true, false, undefined, () => 1, Symbol('s'), -0, 1e21, 0.1],
            empty: {}, none: [], nested: { b: { d: [], c: {} }, a: undefined, f: () => 2 },
            text: 'quote " backslash \\ newline \n tab \t control \u0001 line sep \u2028 pound £ emoji 😀 lone \ud800 end',
            'key "quoted"': 1, 'é': 2, 'Z': 3, 'a b': 4
        });
        same([]);
        same({});
        same('just a string');
        same(42);
        same(null);
        same([[[]], [{}], [{ a: [{ b: 1 }] }]]);
    });

    test('keys that are array indices come first in numeric order, as in any JavaScript object', () => {
        same({ b: 1, 10: 'ten', 2: 'two', a: 0, '01': 'not an index', 4294967295: 'not an index either', 4294967294: 'index' });
        same({ x: { 3: 1, 1: 2, id: 'i' } }, { everywhere: ['id', '1'] });
    });

    test('keys in top lead the outermost object, keys in everywhere lead every object below', () => {
        same({ tender: { name: 'n', id: 'x', scheme: 's', a: [{ z: 1, id: 2 }] }, formatVersion: '1', $schema: 's', other: 1 },
            { top: ['$schema', 'formatVersion', 'missing'], everywhere: ['id', 'scheme'] });
        same({ id: 'top', b: { id: 'inner', a: 1 } }, { everywhere: ['id'] });
    });

    test('an object held in several places, at several depths, is written the same in each', () => {
        const shared = { name: 'shared', list: Array.from({ length: 300 }, (_, i) => ({ n: i, text: `item ${i} with some words` })) };
        const small = { a: 1 };
        same({ lots: [{ criteria: shared, small }, { criteria: shared, small }, { deeper: { criteria: shared } }], criteria: shared, small, again: [small, small] },
            { top: ['lots'], everywhere: ['name'] });
    });

    test('long output, over many pieces, is whole', () => {
        const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, text: `row ${i} £ 😀`, nested: { even: i % 2 === 0 } })) };
        same(value);
    });

    test('Infinity and NaN are refused rather than written as null', () => {
        expect(() => canonicalJson({ a: Infinity })).toThrow(/not a JSON number/);
        expect(() => canonicalJsonBytes([NaN])).toThrow(/not a JSON number/);
    });
});
