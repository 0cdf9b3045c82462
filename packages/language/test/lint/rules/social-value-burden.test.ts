import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/lint/config.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('social-value-burden', () => {
    test('fires on the mandatory keyword of a requirement on a tender below £100,000', async () => {
        const { text, ranges } = marked(`tender T {
    value £60,000 over 1 year
    social-value {
        requirement "At least 2 apprenticeships for local residents" <|mandatory|>
        requirement "Volunteering by staff"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'social-value-burden');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('A mandatory social value requirement is a heavy burden below £100,000, and the tender is worth £60,000: score it as a commitment bidders may offer instead, in proportion to the contract.');
    });

    test('fires when the requirement applies to a lot below the threshold', async () => {
        const { diagnostics } = await lint(`tender T {
    value £1,060,000
    lot Main "Main" { value £1,000,000 }
    lot Arts "Arts" { value £60,000 }
    social-value { requirement "A local apprenticeship" mandatory }
}`);
        const [finding] = withCode(diagnostics, 'social-value-burden');
        expect(finding.message).toContain('it applies to lot Arts, worth £60,000');
    });

    test('stays quiet on a scored requirement, at or above the threshold, and with no value yet', async () => {
        for (const body of [
            'value £60,000 social-value { requirement "A local apprenticeship" }',
            'value £100,000 social-value { requirement "A local apprenticeship" mandatory }',
            'social-value { requirement "A local apprenticeship" mandatory }',
            'value £500,000 lot A "A" { value £0 } social-value { requirement "A local apprenticeship" mandatory }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'social-value-burden'), body).toEqual([]);
        }
    });

    test('reads the threshold from the configuration', async () => {
        const config = { thresholds: { ...DEFAULT_THRESHOLDS, grantThreshold: { minor: 5_000_000, currency: 'GBP' as const } } };
        const { diagnostics } = await lint('tender T { value £60,000 social-value { requirement "A local apprenticeship" mandatory } }', { config });
        expect(withCode(diagnostics, 'social-value-burden')).toEqual([]);
    });

    test('the fix makes it a scored requirement; the file parses and the finding is gone', async () => {
        const source = `tender T {
    value £60,000
    social-value {
        requirement "A local apprenticeship" mandatory
    }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'social-value-burden');
        expect(text).toContain('        requirement "A local apprenticeship"\n    }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'social-value-burden')).toEqual([]);
    });
});
