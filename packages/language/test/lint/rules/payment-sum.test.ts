import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

async function paymentSum(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'payment-sum'), ranges };
}

describe('payment-sum', () => {
    test('fires on the payment lines of a contract whose shares add up to 99.5%', async () => {
        const { found, ranges } = await paymentSum(`tender T {
    contract {
        duration 3 years
        <|payment block 80%
        payment outcomes 19.5%|>
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe('The payment shares add up to 99.5% (block 80% + outcomes 19.5%), not 100%: correct the shares so that every part of the price is paid one way.');
    });

    test('exactly 100% is quiet, decimals included', async () => {
        expect((await paymentSum('tender T { contract { payment block 80% payment outcomes 20% } }')).found).toEqual([]);
        expect((await paymentSum('tender T { contract { payment block 80.5% payment outcomes 19.5% } }')).found).toEqual([]);
        expect((await paymentSum('tender T { contract { payment block 100% } }')).found).toEqual([]);
    });

    test('over 100% fires too', async () => {
        expect((await paymentSum('tender T { contract { payment block 80% payment outcomes 30% } }')).found[0].message).toContain('add up to 110%');
    });

    test('checks only when every payment line gives its share', async () => {
        expect((await paymentSum('tender T { contract { payment block 80% payment spot-purchase "per night" } }')).found).toEqual([]);
        expect((await paymentSum('tender T { contract { duration 2 years } }')).found).toEqual([]);
    });

    test('each lot\'s own contract is checked on its own, and named', async () => {
        const { found } = await paymentSum('tender T { contract { payment block 100% } lot A "A" { contract { payment block 70% payment spot-purchase 20% } } }');
        expect(found.map(d => d.message)).toEqual(['Lot A\'s payment shares add up to 90% (block 70% + spot-purchase 20%), not 100%: correct the shares so that every part of the price is paid one way.']);
    });
});
