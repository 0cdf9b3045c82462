import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('outcome-baseline', () => {
    test('fires on the name of an outcome with no baseline, as info', async () => {
        const { text, ranges } = marked(`tender T {
    outcome <|Referrals|> "Referrals are processed" {
        indicator "Share of people referred who are housed"
        target 2 years 50%
    }
    outcome <|BetterLives|> "Service users have better lives"
}`);
        const found = withCode((await lint(text)).diagnostics, 'outcome-baseline');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Outcome Referrals has no baseline: say where things stand now, e.g. baseline 18% in 2026, so its targets can be judged against it.');
        expect(found[0].severity).toBe(3);
    });

    test('does not repeat what unmeasurable-outcome says on the same outcome: only the baseline, no advice on indicators or targets', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome NoIndicator "Service users have better lives"
    outcome NoTarget "People are housed" { indicator "Share of the cohort housed" }
}`);
        const baseline = withCode(diagnostics, 'outcome-baseline').map(d => d.message);
        expect(baseline).toEqual([
            'Outcome NoIndicator has no baseline either: with its indicator, say where things stand now, e.g. baseline 18% in 2026.',
            'Outcome NoTarget has no baseline: say where its indicator stands now, e.g. baseline 18% in 2026.'
        ]);
        // unmeasurable-outcome gives the advice on indicator and targets, once
        const measurable = withCode(diagnostics, 'unmeasurable-outcome').map(d => d.message);
        expect(measurable).toHaveLength(2);
        for (const message of baseline) {
            expect(message).not.toMatch(/indicator "|target \d|how it will be measured|targets can be judged/);
        }
    });

    test('stays quiet on an outcome with a baseline, with or without its year', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { baseline 18% in 2026 }
    outcome B "b" { baseline 64 }
}`);
        expect(withCode(diagnostics, 'outcome-baseline')).toEqual([]);
    });

    test('stays quiet on an outcome still being typed (a name, nothing else yet)', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A
}`);
        expect(withCode(diagnostics, 'outcome-baseline')).toEqual([]);
    });

    test('follows the configured severity', async () => {
        const { diagnostics } = await lint(`tender T { outcome A "a" }`, { config: { rules: { 'outcome-baseline': 'warning' } } });
        expect(withCode(diagnostics, 'outcome-baseline').map(d => d.severity)).toEqual([2]);
    });
});
