/**
 * No finding from a parser's guess: while a file has syntax errors, findings that something is
 * absent are dropped on the elements an error touched, unused-suppression is not reported, and
 * findings on elements that parsed whole stay (the editor does not flicker as the user types).
 */
import { describe, expect, test } from 'vitest';
import { lint, withCode } from '../helpers.js';
import { rules } from '../../src/lint/rules/index.js';

/** A tender with an engagement block, justified suppressions, and findings elsewhere. */
function tender(engagement: string): string {
    return `tender Support {
    title "Support for adults"
    ${engagement}

    cohort Adults {
        description "Adults with several needs"
    }

    // tender-disable-next-line outcome-baseline -- measured in the first quarter
    outcome Settled "People have a settled home" {
        serves Adults
        indicator "Share of the cohort in settled accommodation for 6 months"
        target 6 months 30%
        target 2 years 55%
        target 5 years 75%
    }

    outcome Well "People are well" {
        serves Adults
        indicator "Share of the cohort reporting good health"
        target 6 months 30%
        target 2 years 55%
        target 5 years 75%
    }

    contract {
        duration 2 years
        review every 12 months
    }
}
`;
}

const WHOLE = `engagement {
        level involve
        service-users "We asked 40 people who use the services"
    }`;

/** A misspelt keyword inside the engagement block: the parser drops the service-users line. */
const BROKEN = `engagement {
        servise-users "We asked 40 people who use the services"
        level involve
    }`;

describe('a syntax error inside the engagement block', () => {
    test('gives no no-service-user-engagement and no unused-suppression', async () => {
        const { diagnostics } = await lint(tender(BROKEN));
        expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
        expect(withCode(diagnostics, 'no-service-user-engagement')).toEqual([]);
        expect(withCode(diagnostics, 'unused-suppression')).toEqual([]);
    });

    test('findings on elements that parsed whole stay', async () => {
        const { diagnostics } = await lint(tender(BROKEN));
        // the cohort and the second outcome parsed whole: their findings stay
        expect(withCode(diagnostics, 'cohort-assets')).toHaveLength(1);
        const baseline = withCode(diagnostics, 'outcome-baseline');
        expect(baseline.map(d => d.message)).toEqual([expect.stringContaining('Outcome Well')]);
    });

    test('the same tender written whole: the finding is right, and so is a suppression that silences nothing', async () => {
        const unused = tender(WHOLE).replace('outcome-baseline -- measured', 'cohort-assets -- measured');
        const { diagnostics } = await lint(unused);
        expect(diagnostics.filter(d => d.code === 'syntax-error')).toEqual([]);
        expect(withCode(diagnostics, 'unused-suppression')).toHaveLength(1);
        const missing = await lint(tender(WHOLE.replace(/\n\s*service-users .*/, '')));
        expect(withCode(missing.diagnostics, 'no-service-user-engagement')).toHaveLength(1);
    });
});

describe('elements cut short by an error', () => {
    test('an outcome whose block the error closed early reports nothing missing; the others do', async () => {
        const text = tender(WHOLE).replace(
            'indicator "Share of the cohort reporting good health"',
            'indicator "Share of the cohort reporting good health" £'
        );
        const { diagnostics } = await lint(text);
        expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
        const onWell = diagnostics.filter(d => /\bWell\b/.test(d.message) && d.code !== 'syntax-error');
        expect(onWell.filter(d => ['unmeasurable-outcome', 'outcome-horizons', 'outcome-baseline'].includes(String(d.code)))).toEqual([]);
        expect(withCode(diagnostics, 'cohort-assets')).toHaveLength(1);
    });

    test('a finding that something is absent elsewhere in the element is dropped too (unserved-outcome reads the services)', async () => {
        const text = tender(WHOLE).replace('    contract {', '    service Housing "Housing" {\n        deliver-s Settled, Well\n    }\n\n    contract {');
        const { diagnostics } = await lint(text);
        expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
        expect(withCode(diagnostics, 'unserved-outcome')).toEqual([]);
    });
});

describe('rule metadata', () => {
    test('the rules that say something is missing declare it', () => {
        const declared = new Map(rules.map(rule => [rule.meta.id, rule.meta.absence]));
        for (const id of ['no-service-user-engagement', 'outcome-baseline', 'unmeasurable-outcome', 'cohort-assets', 'contract-review', 'missing-weighting', 'weights-sum']) {
            expect(declared.get(id), id).toBe('node');
        }
        for (const id of ['unserved-outcome', 'unmet-need', 'service-not-in-lot']) {
            expect(declared.get(id), id).toBe('element');
        }
        // a finding about what is written, not about what is missing, stands whatever the errors
        expect(declared.get('vague-language')).toBeUndefined();
    });
});
