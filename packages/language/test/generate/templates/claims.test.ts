/**
 * Every sentence the writers compose is true of the tender (issue 11): a sentence that asserts a
 * relation is written only when the resolved model shows it, and otherwise the facts are stated
 * plainly. One test per composed assertion, each with the case where it holds and where it does not.
 */
import { describe, expect, test } from 'vitest';
import { documentContent } from '../../../src/generate/content/document-content.js';
import { plainText } from '../../../src/generate/content/blocks.js';
import { formationFit, valueCoverage } from '../../../src/generate/content/claims.js';
import { resolveText } from '../generate-helpers.js';

/** The document's text, one block a line. */
async function documentText(body: string): Promise<string> {
    const model = await resolveText(`import "framework.tender"\ntender T {\n    title "Claims"\n    buyer "Anyborough Borough Council"\n${body}\n}\n`);
    return documentContent(model, {}).blocks.map(b => (b.kind === 'table' ? `[table ${b.table.name}]` : plainText(b.runs))).join('\n');
}

describe('the value covers the extensions', () => {
    test('said when the value is estimated over the initial term and every extension', async () => {
        const text = await documentText('    value £2,400,000 over 5 years\n    contract { duration 3 years extension up-to 2 years }');
        expect(text).toContain('The estimated value of the contract is £2,400,000 over 5 years: its whole possible term, an initial 3 years and up to 2 years of extensions, VAT included where payable.');
    });

    test('not said when the value covers only part of the term: the facts instead', async () => {
        const text = await documentText('    value £2,400,000 over 3 years\n    contract { duration 3 years extension up-to 2 years }');
        expect(text).not.toMatch(/including any extensions|whole possible term/);
        expect(text).toContain('The estimated value of the contract is £2,400,000 over 3 years, VAT included where payable. The contract runs for 3 years and may be extended by up to 2 years: the estimate does not cover all of that term.');
    });

    test('a contract without extensions: the value covers its whole term', async () => {
        const text = await documentText('    value £900,000 over 3 years\n    contract { duration 3 years }');
        expect(text).toContain('The estimated value of the contract is £900,000 over 3 years, the whole term of the contract, VAT included where payable.');
    });

    test('no contract term: nothing is claimed about extensions', async () => {
        const text = await documentText('    value £900,000 over 3 years');
        expect(text).toContain('The estimated value of the contract is £900,000 over 3 years, VAT included where payable.');
        expect(text).not.toMatch(/extension/i);
    });

    test('valueCoverage', () => {
        const d = (months: number) => ({ amount: months, unit: 'months' as const, days: months * 30.4375, months, display: `${months} months` });
        const contract = (duration: number, extension?: number) => ({ duration: d(duration), extension: extension ? d(extension) : null, review: null, payments: [], paymentsTotal: null, end: null, maxEnd: null, source: null });
        expect(valueCoverage({ term: d(60) }, contract(36, 24))).toBe('whole-term');
        expect(valueCoverage({ term: d(59.8) }, contract(36, 24))).toBe('whole-term');
        expect(valueCoverage({ term: d(36) }, contract(36, 24))).toBe('short');
        expect(valueCoverage({ term: d(36) }, contract(36))).toBe('no-extension');
        expect(valueCoverage({ term: null }, contract(36))).toBe('unknown');
        expect(valueCoverage({ term: d(36) }, null)).toBe('unknown');
    });
});

describe('the timetable allows the formation period', () => {
    const timeline = (deadline: string) => `    timeline { publish 2027-03-01 bid-deadline ${deadline} }`;

    test('said when the tendering period is at least the formation period', async () => {
        const text = await documentText(`    collaboration { joint-bids welcome formation-period 6 weeks }\n${timeline('2027-04-19')}`);
        expect(text).toContain('Consortia are expected to need 6 weeks to form; the timetable allows 49 days from publication to the deadline for tenders, which leaves that time.');
    });

    test('not said when the bid window is shorter: both facts plainly', async () => {
        const text = await documentText(`    collaboration { joint-bids welcome formation-period 8 weeks }\n${timeline('2027-04-12')}`);
        expect(text).toContain('Consortia are expected to need 8 weeks to form; the timetable allows 42 days from publication to the deadline for tenders.');
        expect(text).not.toMatch(/timetable allows 8 weeks|which leaves that time/);
    });

    test('no timeline: only the formation period', async () => {
        const text = await documentText('    collaboration { joint-bids welcome formation-period 8 weeks }');
        expect(text).toContain('Consortia are expected to need 8 weeks to form a partnership.');
        expect(text).not.toMatch(/timetable allows/);
    });

    test('formationFit', () => {
        const weeks = (n: number) => ({ amount: n, unit: 'weeks' as const, days: n * 7, months: (n * 7) / 30.4375, display: `${n} weeks` });
        expect(formationFit(weeks(6), 42)).toBe('fits');
        expect(formationFit(weeks(6), 41)).toBe('short');
        expect(formationFit(weeks(6), null)).toBe('unknown');
        expect(formationFit(null, 42)).toBe('unknown');
    });
});

describe('lots: the limit is on bids, as the tender says', () => {
    const lots = '    service A "A" { description "a" }\n    service B "B" { description "b" }\n    lot LotA "A" { value £1 services A }\n    lot LotB "B" { value £1 services B }';

    test('max-per-bidder limits the lots bid for, never the lots awarded; no purpose is invented', async () => {
        const text = await documentText(`${lots}\n    lots { max-per-bidder 1 }`);
        expect(text).toContain('The contract is divided into 2 lots. A tenderer may bid for up to 1 lot.');
        expect(text).not.toMatch(/awarded more than|so that organisations/);
    });

    test('without a limit, any number', async () => {
        const text = await documentText(lots);
        expect(text).toContain('The contract is divided into 2 lots. A tenderer may bid for one lot or several.');
    });
});

describe('outcomes, services and people: "each" only when each does', () => {
    test('every outcome contributes to a population outcome and has an indicator: said', async () => {
        const text = await documentText('    outcome A "A happens" { contributes-to SettledAccommodation indicator "share" }');
        expect(text).toContain('The Council commissions these services for the outcome below: changes in people’s lives, each measured by an indicator. Each outcome contributes to a population-level outcome shared across the place.');
    });

    test('an outcome without them: not said', async () => {
        const text = await documentText('    outcome A "A happens" { contributes-to SettledAccommodation indicator "share" }\n    outcome B "B happens" { }');
        expect(text).toContain('The Council commissions these services for the outcomes below: changes in people’s lives. Where an outcome contributes to a population-level outcome shared across the place, its section says which.');
        expect(text).not.toMatch(/Each outcome contributes|each measured by/);
    });

    test('services: "each addresses needs and delivers outcomes" only when each does', async () => {
        const both = await documentText('    outcome A "A happens" { }\n    service S "S" { addresses Homelessness delivers A }');
        expect(both).toContain('The services below make up the contract. Each addresses needs of the people at the centre and delivers one or more of the outcomes.');
        const bare = await documentText('    service S "S" { description "d" }');
        expect(bare).toContain('The services below make up the contract.');
        expect(bare).not.toMatch(/Each addresses/);
    });

    test('people: "what they bring" only when a cohort has assets; needs never "often several at once"', async () => {
        const withAssets = await documentText('    cohort C { needs Homelessness assets "Friends" }');
        expect(withAssets).toContain('The services are for the people described in this section, described by what they need and by what they bring.');
        const without = await documentText('    cohort C { needs Homelessness }');
        expect(without).toContain('The services are for the people described in this section.');
        expect(without).not.toMatch(/what they bring|often several at once/);
        expect(without).toContain('Their needs are:');
    });
});

describe('social value commitments are reported at contract reviews only when there are reviews', () => {
    const sv = '    social-value { requirement "Local jobs" }';
    test('with a review', async () => {
        expect(await documentText(`${sv}\n    contract { duration 1 year review every 12 months }`)).toContain('Commitments form part of the contract and are reported on at each contract review.');
    });
    test('without', async () => {
        const text = await documentText(sv);
        expect(text).toContain('Commitments form part of the contract.');
        expect(text).not.toMatch(/contract review/);
    });
});

describe('collaboration and participation say only what the tender says', () => {
    test('risk sharing is named, not said to be described elsewhere; conditions are not called proportionate', async () => {
        const text = await documentText('    collaboration { joint-bids welcome risk-sharing partnership-agreement }\n    participation { minimum-turnover £100,000 }');
        expect(text).toContain('Members of a joint bid share risk through a partnership agreement.');
        expect(text).not.toMatch(/which the tender describes|in proportion to/);
    });
});
