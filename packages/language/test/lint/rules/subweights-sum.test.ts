import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('subweights-sum', () => {
    test('fires on the parent\'s title when sub-criteria add up to less, naming the one with no weight', async () => {
        const { text, ranges } = marked(`tender T {
    award-criteria {
        technical <|"Quality"|> weight 30% {
            sub "Approach" weight 20%
            sub "Staffing"
        }
        social-value "Social value" weight 10%
        price "Price" weight 60%
    }
}`);
        const { diagnostics } = await lint(text);
        const found = withCode(diagnostics, 'subweights-sum');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Sub-criteria of "Quality" add up to 20% ("Staffing" has no weight), not its 30%: make them add up to the parent\'s weight.');
        expect(found[0].severity).toBe(1);
        // the missing weight is missing-weighting's own finding as well
        expect(withCode(diagnostics, 'missing-weighting')).toHaveLength(1);
    });

    test('fires when sub-criteria add up to more, in a lot\'s own award criteria too', async () => {
        const { text, ranges } = marked(`tender T {
    lot A "A" {
        award-criteria {
            social-value <|"Social value"|> weight 10% { sub "Jobs" weight 8% sub "Volunteering" weight 4.5% }
            price "Price" weight 90%
        }
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'subweights-sum');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('add up to 12.5%, not its 10%');
    });

    test('stays quiet when sub-criteria add up to the parent\'s weight (decimals included)', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria {
        technical "Quality" weight 55% { sub "A" weight 20% sub "B" weight 20% sub "C" weight 15% }
        social-value "Social value" weight 15% { sub "Jobs" weight 12.5% sub "Peers" weight 2.5% }
        price "Price" weight 30%
    }
}`);
        expect(withCode(diagnostics, 'subweights-sum')).toEqual([]);
    });

    test('stays quiet while there is nothing to add up: no sub weighs anything yet, or the parent has no weight', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria {
        technical "Quality" weight 70% { sub "A" sub "B" }
        other "Other" { sub "C" weight 5% }
        price "Price" weight 30%
    }
}`);
        expect(withCode(diagnostics, 'subweights-sum')).toEqual([]);
    });

    test('an unweighted sub-criterion counts as nothing: given weights that already add up are quiet', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria { technical "Quality" weight 70% { sub "A" weight 70% sub "B" } price "Price" weight 30% }
}`);
        expect(withCode(diagnostics, 'subweights-sum')).toEqual([]);
        expect(withCode(diagnostics, 'missing-weighting')).toHaveLength(1);
    });
});
