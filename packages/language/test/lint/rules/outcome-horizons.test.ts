import { describe, expect, test } from 'vitest';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('outcome-horizons', () => {
    test('fires on the outcome name and lists the missing horizons', async () => {
        const { text, ranges } = marked(`tender T {
    outcome <|Referrals|> "Referrals are processed" {
        indicator "Share of people referred who are housed"
        target 2 years 500
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'outcome-horizons');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Outcome Referrals has no target at 6 months or 5 years: add a target for each horizon (6 months, 2 years, 5 years).');
        expect(found[0].severity).toBe(2);
    });

    test('a target at another horizon does not stand in for one of the three', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { indicator "i" target 6 months 10% target 1 year 20% target 2 years 30% }
}`);
        expect(withCode(diagnostics, 'outcome-horizons').map(d => d.message)).toEqual([
            'Outcome A has no target at 5 years: add a target for each horizon (6 months, 2 years, 5 years).'
        ]);
    });

    test('stays quiet when every horizon is covered, in any unit (26 weeks, 24 months, 60 months)', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { indicator "i" target 26 weeks 10% target 24 months 30% target 60 months 50% }
}`);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
    });

    test('stays quiet with no target at all: unmeasurable-outcome reports that once', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { indicator "i" }
}`);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
        expect(withCode(diagnostics, 'unmeasurable-outcome')).toHaveLength(1);
    });

    test('the fix inserts the missing targets in horizon order, indented like their neighbours', async () => {
        const source = `tender T {
    outcome Referrals "Referrals are processed" {
        indicator "Share of people referred who are housed"
        target 2 years 500 // agreed with the board
    }
}`;
        const { text, diagnostics, title } = await applyQuickFix(source, 'outcome-horizons');
        expect(title).toBe('Add targets at 6 months, 5 years (fill in the values)');
        expect(text).toBe(`tender T {
    outcome Referrals "Referrals are processed" {
        indicator "Share of people referred who are housed"
        target 6 months 0
        target 2 years 500 // agreed with the board
        target 5 years 0
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
    });

    test('the fix puts two missing targets after the last one in order, with percentages like the others', async () => {
        const source = `tender T {
    outcome A "a" {
        indicator "i"
        baseline 10% in 2026
        target 6 months 12%
    }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'outcome-horizons');
        expect(text).toContain(`        target 6 months 12%
        target 2 years 0%
        target 5 years 0%
    }`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
    });

    test('the fix works on a one-line outcome', async () => {
        const source = `tender T {
    outcome A "a" { indicator "i" target 5 years 40% }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'outcome-horizons');
        expect(text).toContain('{ indicator "i" target 6 months 0% target 2 years 0% target 5 years 40% }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
    });
});
