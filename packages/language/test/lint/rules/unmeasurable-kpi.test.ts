import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('unmeasurable-kpi', () => {
    test('fires on the name of a KPI with no indicator, no target, or neither', async () => {
        const { text, ranges } = marked(`tender T {
    kpi <|A|> "Response" { target 95% }
    kpi <|B|> "Occupancy" { indicator "Share of places occupied" }
    kpi <|C|> "Quality"
    kpi D "Fine" { indicator "Share seen within 5 days" target 90% reported every 3 months }
}`);
        const found = withCode((await lint(text)).diagnostics, 'unmeasurable-kpi');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.map(d => d.message)).toEqual([
            'KPI A has no indicator: say what is measured, e.g. indicator "Share of referrals seen within 5 working days".',
            'KPI B has no target: say the level expected, e.g. target 95%.',
            'KPI C has no indicator and no target: say what is measured (indicator "...") and the level expected (target ...).'
        ]);
        expect(found[0].severity).toBe(2);
    });

    test('checks KPIs in lots too; a blank indicator is no indicator', async () => {
        const { diagnostics } = await lint('tender T { lot L "L" { kpi A "a" { indicator " " target 5 } } }');
        expect(withCode(diagnostics, 'unmeasurable-kpi').map(d => d.message)).toEqual([
            'KPI A has no indicator: say what is measured, e.g. indicator "Share of referrals seen within 5 working days".'
        ]);
    });

    test('a number target counts as well as a percentage', async () => {
        const { diagnostics } = await lint('tender T { kpi A "a" { indicator "Days to first visit" target 5 } }');
        expect(withCode(diagnostics, 'unmeasurable-kpi')).toEqual([]);
    });
});
