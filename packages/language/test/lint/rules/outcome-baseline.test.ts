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
