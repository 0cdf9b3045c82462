/**
 * Token values as the parser hands them over (tender-value-converter.ts), and the language errors
 * the validator raises for amounts and dates that cannot be read.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model, Tender } from '../../src/generated/ast.js';
import { moneyOf } from '../../src/values/money.js';
import { lint, marked, withCode } from '../helpers.js';

async function tender(body: string): Promise<{ tender: Tender; diagnostics: Diagnostic[]; parseErrors: string[] }> {
    const { document, diagnostics } = await lint(`tender T {\n${body}\n}`);
    const model = document.parseResult.value as Model;
    return {
        tender: model.elements[0] as Tender,
        diagnostics,
        parseErrors: [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message)
    };
}

describe('money through the parser', () => {
    test.each([
        ['£2.4m', 240_000_000, 'GBP'],
        ['£950k', 95_000_000, 'GBP'],
        ['€1,000,000.50', 100_000_050, 'EUR'],
        ['$3bn', 300_000_000_000, 'USD'],
        ['£2,400,000', 240_000_000, 'GBP']
    ])('value %s over 5 years is %d minor units of %s', async (amount, minor, currency) => {
        const { tender: t, diagnostics, parseErrors } = await tender(`value ${amount} over 5 years`);
        expect(parseErrors).toEqual([]);
        expect(t.value?.amount).toBe(amount); // kept as written, read by values/money.ts
        expect(moneyOf(t.value?.amount)).toEqual({ minor, currency });
        expect(t.value?.term).toMatchObject({ amount: 5, unit: 'years' });
        expect(withCode(diagnostics, 'invalid-money')).toEqual([]);
    });

    test('an amount more precise than a penny is a warning on the amount, read rounded', async () => {
        const { text, ranges } = marked('tender T {\n    value <|£1.005|> over 1 year\n}');
        const { document, diagnostics } = await lint(text);
        const found = withCode(diagnostics, 'invalid-money');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('£1.005 is more precise than a penny or cent; it is read as rounded to the nearest one.');
        expect(moneyOf(((document.parseResult.value as Model).elements[0] as Tender).value?.amount)).toEqual({ minor: 101, currency: 'GBP' });
    });

    test.each(['£1,00', '£1,0000', '£12,34,567'])('malformed thousands %s are an error on the amount, with the form to use', async (amount) => {
        const { text, ranges } = marked(`tender T {\n    value <|${amount}|> over 5 years\n}`);
        const { diagnostics } = await lint(text);
        const found = withCode(diagnostics, 'invalid-money');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe(`'${amount}' is not an amount of money: write it as £2,400,000, £2.4m or €950k.`);
    });

    test('malformed thousands are caught wherever money is written', async () => {
        const { diagnostics } = await lint(`market M { provider P "P" { income £4,50 } }
tender T {
    funding { contributor "Council" £1,0000 }
    lot A "A" { value £3,00,000 }
    participation { minimum-turnover £25,0000 }
}`);
        expect(withCode(diagnostics, 'invalid-money').map(d => d.range.start.line)).toEqual([0, 2, 3, 4]);
    });

    test('an absurdly large amount is an error, not a crash or a silent infinity', async () => {
        const { text, ranges } = marked('tender T {\n    value <|£99999999999999999999bn|> over 5 years\n    lot A { value <|$1,000,000,000,000,000|> }\n}');
        const { diagnostics } = await lint(text);
        const found = withCode(diagnostics, 'invalid-money');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.map(d => d.message)).toEqual([
            '£99999999999999999999bn is too large an amount to work with.',
            '$1,000,000,000,000,000 is too large an amount to work with.'
        ]);
    });
});

describe('numbers, percentages and durations through the parser', () => {
    test('percentages become numbers', async () => {
        const { tender: t, parseErrors } = await tender(`award-criteria { technical "Q" weight 12.5% price "P" weight 87.5% }
    contract { payment block 80% payment outcomes 20% }
    collaboration { subcontract-share minimum 25% }`);
        expect(parseErrors).toEqual([]);
        expect(t.awardCriteria?.criteria.map(c => c.weight)).toEqual([12.5, 87.5]);
        expect(t.contract?.payments.map(p => [p.mechanism, p.share])).toEqual([['block', 80], ['outcomes', 20]]);
        expect(t.collaboration?.subcontractShare).toBe(25);
    });

    test('a baseline and targets hold a number or a percentage, never both', async () => {
        const { tender: t } = await tender(`outcome O "o" {
        baseline 18% in 2026
        target 6 months 30%
        target 2 years 45
        target 5 years 12.5
    }`);
        const outcome = t.outcomes[0];
        expect(outcome.baseline?.measure).toMatchObject({ percent: 18 });
        expect(outcome.baseline?.measure.number).toBeUndefined();
        expect(outcome.baseline?.year).toBe(2026);
        expect(outcome.targets.map(x => [x.horizon.amount, x.horizon.unit, x.measure?.number, x.measure?.percent]))
            .toEqual([[6, 'months', undefined, 30], [2, 'years', 45, undefined], [5, 'years', 12.5, undefined]]);
    });

    test.each([['1 year', 1, 'year'], ['2 years', 2, 'years'], ['6 weeks', 6, 'weeks'], ['26 weeks', 26, 'weeks'], ['10 days', 10, 'days'], ['1 month', 1, 'month']])
    ('the duration %s', async (text, amount, unit) => {
        const { tender: t, parseErrors } = await tender(`contract { duration ${text} }`);
        expect(parseErrors).toEqual([]);
        expect(t.contract?.duration).toMatchObject({ amount, unit });
    });

    test('a number too large for a double is an error, not Infinity downstream', async () => {
        const { diagnostics } = await tender(`lots { max-per-bidder ${'9'.repeat(400)} }`);
        expect(withCode(diagnostics, 'invalid-number').map(d => d.message)).toEqual(['This number is too large to work with.']);
    });
});

describe('dates through the parser', () => {
    test('a leap day in a leap year is a date', async () => {
        const { tender: t, diagnostics } = await tender('timeline { publish 2028-02-29 }\n    issued 2028-02-29');
        expect(t.timeline?.publish).toBe('2028-02-29');
        expect(t.issued).toBe('2028-02-29');
        expect(withCode(diagnostics, 'invalid-date')).toEqual([]);
    });

    test('impossible dates are errors on the date, each saying why', async () => {
        const { text, ranges } = marked(`tender T {
    issued <|2027-02-29|>
    timeline {
        publish <|2027-02-30|>
        bid-deadline <|2027-13-01|>
        award <|9999-99-99|>
        contract-start 2027-10-01
    }
}`);
        const { diagnostics } = await lint(text);
        const found = withCode(diagnostics, 'invalid-date');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.every(d => d.severity === 1)).toBe(true);
        expect(found.map(d => d.message)).toEqual([
            '2027-02-29 is not a date: February 2027 has 28 days.',
            '2027-02-30 is not a date: February 2027 has 28 days.',
            '2027-13-01 is not a date: there is no month 13.',
            '9999-99-99 is not a date: there is no month 99.'
        ]);
    });
});

describe('text through the parser', () => {
    test('escapes are read, other backslashes kept, line breaks kept', async () => {
        const { tender: t, parseErrors } = await tender(String.raw`title "The \"Good Lives\" model"
    buyer "Council \\ Board"
    version "v1\2"
    purpose "First line
        second line"`);
        expect(parseErrors).toEqual([]);
        expect(t.title).toBe('The "Good Lives" model');
        expect(t.buyer).toBe(String.raw`Council \ Board`);
        expect(t.version).toBe(String.raw`v1\2`);
        expect(t.purpose).toBe('First line\n        second line');
    });

    test('a string ending in an escaped backslash closes where it should', async () => {
        const { tender: t, parseErrors } = await tender(String.raw`title "ends with \\" reference "REF-1"`);
        expect(parseErrors).toEqual([]);
        expect(t.title).toBe('ends with \\');
        expect(t.reference).toBe('REF-1');
    });
});
