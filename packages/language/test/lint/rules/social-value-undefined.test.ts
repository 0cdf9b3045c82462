import { describe, expect, test } from 'vitest';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('social-value-undefined', () => {
    test('fires once, on the first social value criterion, when the tender has no social-value block', async () => {
        const { text, ranges } = marked(`tender T {
    award-criteria {
        technical "Quality" weight 60%
        social-value <|"Social value"|> weight 10%
        price "Price" weight 30%
    }
    lot A "A" {
        award-criteria { technical "Q" weight 80% social-value "Local jobs" weight 20% }
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'social-value-undefined');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('"Social value" scores social value, but the tender does not say what it means: add a social-value block with the policy and the requirements bidders are scored against.');
    });

    test('fires when the social-value block is empty', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria { technical "Q" weight 90% social-value "S" weight 10% }
    social-value { }
}`);
        const found = withCode(diagnostics, 'social-value-undefined');
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('the social-value block is empty');
    });

    test('finds a social value criterion that only a lot has', async () => {
        const { diagnostics } = await lint(`tender T {
    lot A "A" { award-criteria { technical "Q" weight 80% social-value "Local jobs" weight 20% } }
}`);
        expect(withCode(diagnostics, 'social-value-undefined')).toHaveLength(1);
    });

    test('stays quiet with a policy or a requirement, and when no criterion scores social value', async () => {
        for (const body of [
            'award-criteria { technical "Q" weight 90% social-value "S" weight 10% } social-value { policy "Anyborough Social Value Policy 2025" }',
            'award-criteria { technical "Q" weight 90% social-value "S" weight 10% } social-value { requirement "At least 2 apprenticeships" }',
            'award-criteria { technical "Q" weight 70% price "P" weight 30% }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'social-value-undefined'), body).toEqual([]);
        }
    });

    test('the fix adds a social-value block to fill in; the file parses and the finding is gone', async () => {
        const source = `tender T {
    award-criteria {
        technical "Quality" weight 90%
        social-value "Social value" weight 10%
    }
}`;
        const { text, diagnostics, title } = await applyQuickFix(source, 'social-value-undefined');
        expect(title).toBe('Add a social-value block (fill in the policy and requirements)');
        expect(text).toBe(`tender T {
    award-criteria {
        technical "Quality" weight 90%
        social-value "Social value" weight 10%
    }
    social-value {
        policy ""
        requirement ""
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'social-value-undefined')).toEqual([]);
    });
});
