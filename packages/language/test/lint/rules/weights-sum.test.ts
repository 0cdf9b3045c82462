import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('weights-sum', () => {
    test('fires on the award-criteria keyword when weights add up to 95%', async () => {
        const { text, ranges } = marked(`tender T {
    <|award-criteria|> {
        technical "Quality" weight 30%
        social-value "Social value" weight 5%
        price "Price" weight 60%
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'weights-sum');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Award criteria weights add up to 95%, not 100%.');
        expect(found[0].severity).toBe(1);
    });

    test('checks a lot\'s own award criteria too', async () => {
        const { diagnostics } = await lint(`tender T {
    lot A "A" { award-criteria { technical "Q" weight 50% price "P" weight 40% } }
}`);
        expect(withCode(diagnostics, 'weights-sum')).toHaveLength(1);
    });

    test('stays quiet at exactly 100%, with decimals', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria { technical "Q" weight 62.5% social-value "S" weight 12.5% price "P" weight 25% }
}`);
        expect(withCode(diagnostics, 'weights-sum')).toEqual([]);
    });

    test('stays quiet while a weight is missing (missing-weighting says so)', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria { technical "Q" weight 50% price "P" }
}`);
        expect(withCode(diagnostics, 'weights-sum')).toEqual([]);
        expect(withCode(diagnostics, 'missing-weighting')).toHaveLength(1);
    });

    test('can be turned off in the configuration', async () => {
        const { diagnostics } = await lint(`tender T { award-criteria { technical "Q" weight 50% price "P" weight 10% } }`,
            { config: { rules: { 'weights-sum': 'off' } } });
        expect(withCode(diagnostics, 'weights-sum')).toEqual([]);
    });
});
