/**
 * Commissioners type a tender top to bottom: every property is optional and may come in any
 * order, so a half-written tender parses; only what the grammar cannot read is a syntax error.
 */
import { describe, expect, test } from 'vitest';
import type { Tender } from '../../src/generated/ast.js';
import { only, parse } from './parse-helpers.js';

describe('a half-written tender', () => {
    test('empty elements and blocks parse', async () => {
        const parsed = await parse(`framework F { }
market M { }
tender T { }
grant G { }
tender U {
    funding { }
    engagement { }
    cohort C { }
    outcome O { }
    service S { }
    lot L { }
    lots { }
    award-criteria { }
    social-value { }
    collaboration { }
    participation { }
    timeline { }
    contract { }
    risk R { }
}`);
        expect(parsed.syntaxErrors).toEqual([]);
        expect(parsed.languageErrors).toEqual([]);
    });

    test('headings without their content parse: the lint rules say what is missing', async () => {
        const parsed = await parse(`tender T {
    outcome Bare
    outcome NoBlock "statement only"
    outcome Targets "t" { target 6 months target 2 years 40% baseline 12 }
    service Bare
    service Titled "title only"
    lot Bare
    lot Titled "title only"
    risk Bare
    risk Described "text only"
    no-lots because
    award-criteria {
        technical
        technical "Quality"
        price "Price" { }
        other "Other" weight 10% { sub sub "Named" sub "Weighted" weight 5% }
    }
    value £1m
    contract { review every 1 year }
    cpv "85000000-9"
}`);
        expect(parsed.syntaxErrors).toEqual([]);
        const t = only<Tender>(parsed, 'Tender');
        expect(t.outcomes[2].targets.map(x => x.measure)).toEqual([undefined, expect.objectContaining({ percent: 40 })]);
        expect(t.outcomes[2].baseline?.year).toBeUndefined();
        expect(t.noLots?.reason).toBeUndefined();
        expect(t.awardCriteria?.criteria.map(c => [c.kind, c.title, c.weight])).toEqual([
            ['technical', undefined, undefined], ['technical', 'Quality', undefined], ['price', 'Price', undefined], ['other', 'Other', 10]
        ]);
        expect(t.awardCriteria?.criteria[3].subCriteria.map(s => [s.title, s.weight])).toEqual([[undefined, undefined], ['Named', undefined], ['Weighted', 5]]);
    });

    test('properties in any order', async () => {
        const lines = [
            'timeline { bid-deadline 2027-04-19 publish 2027-03-01 }',
            'risk R "r" { mitigation "m" impact low likelihood high }',
            'award-criteria { price "P" weight 100% }',
            'contract { payment block 100% review every 1 year duration 2 years }',
            'outcome O "o" { evidence "e" target 5 years 3 baseline 1 in 2026 indicator "i" serves C }',
            'cohort C { persona P { says "s" age 40 } assets "a" description "d" }',
            'service S { delivers O description "d" }',
            'lot L { award-criteria { price "P" weight 100% } services S value £1m }',
            'purpose "p"',
            'value £1m over 2 years',
            'title "t"',
            'collaboration { subcontract-share minimum 20% joint-bids welcome }',
            'reference "r"'
        ];
        const forwards = await parse(`tender T {\n${lines.join('\n')}\n}`);
        const backwards = await parse(`tender T {\n${[...lines].reverse().join('\n')}\n}`);
        for (const parsed of [forwards, backwards]) {
            expect(parsed.syntaxErrors).toEqual([]);
            expect(parsed.languageErrors).toEqual([]);
            const t = only<Tender>(parsed, 'Tender');
            expect(t).toMatchObject({ title: 't', reference: 'r', purpose: 'p', value: { amount: '£1m' } });
            expect(t.timeline).toMatchObject({ publish: '2027-03-01', bidDeadline: '2027-04-19' });
            expect(t.outcomes[0].serves[0].ref).toBe(t.cohorts[0]);
            expect(t.lots[0].services[0].ref).toBe(t.services[0]);
        }
    });

    test('after a line the grammar cannot read, the rest of the tender is still there', async () => {
        const parsed = await parse(`tender T {
    title "Support"
    outcome O "o" { serves }
    service S "s" { delivers O }
    timeline { publish 2027-03-01 }
}`);
        expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
        const t = only<Tender>(parsed, 'Tender');
        expect(t.title).toBe('Support');
        expect(t.timeline?.publish).toBe('2027-03-01');
    });

    test('a tender cut off mid-way parses what is there and reports the missing brace', async () => {
        const parsed = await parse('tender T {\n    title "Support"\n    value £1m over');
        expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
        expect(only<Tender>(parsed, 'Tender').title).toBe('Support');
    });

    test('an unterminated string is one error at its opening quote, not a crash', async () => {
        const parsed = await parse('tender T {\n    title "Support\n}');
        const errors = parsed.diagnostics.filter(d => d.code === 'syntax-error');
        expect(errors.map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([[1, 10, 'This text has no closing quote: add one where the text ends.']]);
    });
});

describe('names', () => {
    test('element keywords are not names: one where a name belongs is a syntax error', async () => {
        for (const keyword of ['tender', 'framework', 'market', 'grant', 'import']) {
            const parsed = await parse(`tender T { outcome ${keyword} "x" }`);
            expect(parsed.syntaxErrors.length, keyword).toBeGreaterThan(0);
        }
    });

    test('other keywords may be names, and references to them link (language 1.1)', async () => {
        const parsed = await parse(`framework F { need region "Lives somewhere without services" need value }
tender T {
    cohort people { needs region, value }
    outcome outcome "x" { serves people }
    service lot { addresses F.region delivers outcome }
    lot kpi { services lot }
}`);
        expect(parsed.syntaxErrors).toEqual([]);
        expect(parsed.languageErrors).toEqual([]);
    });

    test('names that contain or resemble keywords are names', async () => {
        const parsed = await parse(`framework Outcomes { need Tender need tenders need lot_1 need Value }
tender tender_2027 { cohort Lots { needs Tender, tenders, lot_1, Value } outcome Outcome { serves Lots } }`);
        expect(parsed.syntaxErrors).toEqual([]);
        expect(parsed.languageErrors).toEqual([]);
    });

    test('names are case-sensitive', async () => {
        const parsed = await parse('framework F { need Housing }\ntender T { cohort C { needs housing } }');
        expect(parsed.diagnostics.some(d => d.message.includes("'housing'"))).toBe(true);
    });
});
