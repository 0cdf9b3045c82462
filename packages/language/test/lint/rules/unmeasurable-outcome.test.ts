import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('unmeasurable-outcome', () => {
    test('fires on the name of an outcome with neither indicator nor target', async () => {
        const { text, ranges } = marked(`tender T {
    outcome <|BetterLives|> "Service users have better lives" {
        baseline 10% in 2026
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'unmeasurable-outcome');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Outcome BetterLives has no indicator and no target: say how it will be measured (indicator "...") and the change expected by when (target 6 months ...).');
        expect(found[0].severity).toBe(2);
    });

    test('says which one is missing', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { target 2 years 50% }
    outcome B "b" { indicator "Share of the cohort in work" }
    outcome C "c" { indicator "Share of the cohort in work" target 2 years }
    outcome D "d" { indicator "" target 2 years 40% }
}`);
        expect(withCode(diagnostics, 'unmeasurable-outcome').map(d => d.message)).toEqual([
            'Outcome A has no indicator: say how it will be measured, e.g. indicator "Share of the cohort in settled accommodation".',
            'Outcome B has no target: say the change expected by when, e.g. target 2 years 55%.',
            'Outcome C has no target value: give each target a value, e.g. target 2 years 55%.',
            'Outcome D has no indicator: say how it will be measured, e.g. indicator "Share of the cohort in settled accommodation".'
        ]);
    });

    test('stays quiet on an outcome with an indicator and a valued target', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { indicator "Share of the cohort in work" target 2 years 50% }
}`);
        expect(withCode(diagnostics, 'unmeasurable-outcome')).toEqual([]);
    });

    test('stays quiet while the outcome is still being typed (no statement and no block yet)', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome Half
}`);
        expect(withCode(diagnostics, 'unmeasurable-outcome')).toEqual([]);
    });

    test('an outcome with a block but no statement is checked: the user is past its first line', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A { serves X }
}`);
        expect(withCode(diagnostics, 'unmeasurable-outcome')).toHaveLength(1);
    });
});
