import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('missing-weighting', () => {
    test('fires on the title of an unweighted criterion and sub-criterion', async () => {
        const { text, ranges } = marked(`tender T {
    award-criteria {
        technical <|"Quality"|> {
            sub "Approach" weight 20%
            sub <|"Staffing"|>
        }
        price "Price" weight 60%
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'missing-weighting');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[1].message).toBe('Sub-criterion "Staffing" has no weight: add one, e.g. weight 20%.');
    });

    test('stays quiet when every criterion is weighted, and on a criterion with no title yet', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria { technical "Q" weight 70% { sub "A" weight 70% } price "P" weight 30% other }
}`);
        expect(withCode(diagnostics, 'missing-weighting')).toEqual([]);
    });

    test('the fix inserts a weight to fill in; the file still parses and the finding is gone', async () => {
        const source = `tender T {
    award-criteria { technical "Q" weight 70% { sub "A" weight 70% sub "B" } price "P" weight 30% }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'missing-weighting');
        expect(text).toContain('sub "B" weight 0%');
        expect(diagnostics.filter(d => d.severity === 1 && !d.codeDescription)).toEqual([]);
        expect(withCode(diagnostics, 'missing-weighting')).toEqual([]);
    });
});
