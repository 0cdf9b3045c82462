import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/lint/config.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

const SERVICES = `
    service Support "Support service" {
        description "One named worker for each person."
    }
    service Outreach "Outreach"`;

describe('unsplit-lots', () => {
    test('fires on the value of a tender at or above £250,000 with no lots and no reason', async () => {
        const { text, ranges } = marked(`tender T {
    value <|£250,000|> over 2 years
}`);
        const found = withCode((await lint(text)).diagnostics, 'unsplit-lots');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('£250,000 is at or above the £250,000 lots threshold, with no lots: split it into lots small providers can bid for, or say why not: no-lots because "..." (Procurement Act 2023 s18).');
    });

    test('fires for a light touch contract too, saying only the publication of the reason is lifted', async () => {
        const { diagnostics } = await lint('tender T { regime light-touch value £2.4m over 5 years }');
        const [finding] = withCode(diagnostics, 'unsplit-lots');
        expect(finding.message).toContain('(Procurement Act 2023 s18; light touch need not publish it).');
        expect(finding.message.length).toBeLessThanOrEqual(200);
    });

    test('stays quiet with lots, with a reason, below the threshold, and with no value yet', async () => {
        for (const body of [
            'value £2,400,000 lot A "A" { value £2,400,000 }',
            'value £2,400,000 no-lots because "One integrated service: splitting it would break the single named worker"',
            'value £249,999.99',
            'title "Support"'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'unsplit-lots'), body).toEqual([]);
        }
    });

    test('compares only in the threshold\'s currency, and reads the threshold from the configuration', async () => {
        expect(withCode((await lint('tender T { value €900,000 }')).diagnostics, 'unsplit-lots')).toEqual([]);
        const config = { thresholds: { ...DEFAULT_THRESHOLDS, lotsThreshold: { minor: 100_000_000, currency: 'GBP' as const } } };
        expect(withCode((await lint('tender T { value £900,000 }', { config })).diagnostics, 'unsplit-lots')).toEqual([]);
    });

    test('fix 1 adds one lot per service, with values to fill in; the file parses and the finding is gone', async () => {
        const source = `tender T {
    value £400,000 over 2 years
${SERVICES}
}`;
        const { text, diagnostics, title } = await applyQuickFix(source, 'unsplit-lots');
        expect(title).toBe('Add one lot per service (then fill in each lot\'s value)');
        expect(text).toContain(`    service Outreach "Outreach"

    lot SupportLot "Support service" {
        value £0
        services Support
    }

    lot OutreachLot "Outreach" {
        value £0
        services Outreach
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unsplit-lots')).toEqual([]);
        // the placeholder values leave the lots adding up to less than the tender: a prompt to fill them in
        expect(withCode(diagnostics, 'lot-values-sum')).toHaveLength(1);
    });

    test('fix 2 adds a no-lots reason to fill in; the file parses and the finding is gone', async () => {
        const source = `tender T {
    value £400,000 over 2 years
${SERVICES}
}`;
        const { text, diagnostics, title } = await applyQuickFix(source, 'unsplit-lots', { fixIndex: 1 });
        expect(title).toBe('Give the reason for not dividing into lots (fill it in)');
        expect(text).toContain('    value £400,000 over 2 years\n    no-lots because ""\n');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unsplit-lots')).toEqual([]);
    });

    test('lot names do not clash with names already taken', async () => {
        const source = `tender T {
    value £400,000
    outcome SupportLot "Taken"
    service Support "Support"
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'unsplit-lots');
        expect(text).toContain('lot SupportLot2 "Support"');
        expect(languageErrors(diagnostics)).toEqual([]);
    });
});
