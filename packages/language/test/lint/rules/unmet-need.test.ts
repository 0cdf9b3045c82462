import { describe, expect, test } from 'vitest';
import { lintWithFramework, marked, withCode } from '../../helpers.js';

describe('unmet-need', () => {
    test('fires once per unmet need, on its reference in the cohort’s needs list', async () => {
        const { text, ranges } = marked(`import "framework.tender"
tender T {
    cohort Adults {
        needs Homelessness, SubstanceMisuse, <|MentalHealth|>, <|Anyborough.Offending|>
    }
    service Support "Support" { addresses Homelessness, SubstanceMisuse }
}`);
        const found = withCode((await lintWithFramework(text)).diagnostics, 'unmet-need');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.map(d => d.message)).toEqual([
            'No service addresses the need MentalHealth of cohort Adults: add it to the addresses line of a service, or add a service for it.',
            'No service addresses the need Offending of cohort Adults: add it to the addresses line of a service, or add a service for it.'
        ]);
        expect(found[0].severity).toBe(2);
    });

    test('a need listed twice is reported once, on its first mention', async () => {
        const { text, ranges } = marked(`import "framework.tender"
tender T {
    cohort Adults {
        needs <|MentalHealth|>
        needs MentalHealth
    }
}`);
        const found = withCode((await lintWithFramework(text)).diagnostics, 'unmet-need');
        expect(found.map(d => d.range)).toEqual(ranges);
    });

    test('stays quiet when services address every need, whichever way the need is named', async () => {
        const { diagnostics } = await lintWithFramework(`import "framework.tender"
tender T {
    cohort Adults { needs Homelessness, Anyborough.MentalHealth }
    service A "a" { addresses Anyborough.Homelessness }
    service B "b" { addresses MentalHealth }
}`);
        expect(withCode(diagnostics, 'unmet-need')).toEqual([]);
    });

    test('stays quiet on a need that does not resolve (the linking error says so)', async () => {
        const { diagnostics } = await lintWithFramework(`import "framework.tender"
tender T { cohort Adults { needs Loneliness } }`);
        expect(withCode(diagnostics, 'unmet-need')).toEqual([]);
    });

    test('a grant addressing the need does not meet it: grants fund work outside the tender', async () => {
        const { diagnostics } = await lintWithFramework(`import "framework.tender"
tender T { cohort Adults { needs SocialIsolation } }
grant Arts "Arts" { addresses SocialIsolation }`);
        expect(withCode(diagnostics, 'unmet-need')).toHaveLength(1);
    });
});
