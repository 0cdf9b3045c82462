import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/lint/config.js';
import { lint, marked, withCode } from '../../helpers.js';

describe('price-dominates', () => {
    test('fires on the price weight above 50%', async () => {
        const { text, ranges } = marked(`tender T {
    award-criteria {
        technical "Quality" weight 30%
        social-value "Social value" weight 10%
        price "Price" weight <|60%|>
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'price-dominates');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Price weighs 60%, more than 50%: weight quality, outcomes and social value more. The award goes to the most advantageous tender, which need not be the cheapest.');
    });

    test('adds up several price criteria, and checks a lot\'s own block', async () => {
        const { text, ranges } = marked(`tender T {
    lot A "A" {
        award-criteria {
            technical "Quality" weight 40%
            social-value "Social value" weight 10%
            <|price|> "Price" weight 30%
            price "Whole-life cost" weight 20.5%
        }
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'price-dominates');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('Price weighs 50.5% for lot A');
    });

    test('stays quiet at exactly the maximum, with no price criterion, and while a price weight is missing', async () => {
        for (const criteria of [
            'technical "Q" weight 40% social-value "S" weight 10% price "P" weight 50%',
            'technical "Q" weight 90% social-value "S" weight 10%',
            'technical "Q" weight 30% price "P"'
        ]) {
            const { diagnostics } = await lint(`tender T { award-criteria { ${criteria} } }`);
            expect(withCode(diagnostics, 'price-dominates'), criteria).toEqual([]);
        }
    });

    test('reads the maximum from the configuration', async () => {
        const text = 'tender T { award-criteria { technical "Q" weight 50% social-value "S" weight 10% price "P" weight 40% } }';
        expect(withCode((await lint(text)).diagnostics, 'price-dominates')).toEqual([]);
        const found = withCode((await lint(text, { config: { thresholds: { ...DEFAULT_THRESHOLDS, maxPriceWeight: 30 } } })).diagnostics, 'price-dominates');
        expect(found[0].message).toContain('more than 30%');
    });
});
