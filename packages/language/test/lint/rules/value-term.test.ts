import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

async function valueTerm(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'value-term'), ranges };
}

describe('value-term', () => {
    test('fires on the value\'s period when it is shorter than the term with its extensions', async () => {
        const { found, ranges } = await valueTerm(`tender T {
    value £2.4m over <|3 years|>
    contract {
        duration 3 years
        extension up-to 2 years
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('The value is estimated over 3 years, but the contract may run 5 years with its extensions: estimate the value over 5 years (Procurement Act 2023 Sch 3 para 1(2)(c)).');
    });

    test('successive, stepped and conditional extensions count at their longest', async () => {
        expect((await valueTerm('tender T { value £1m over 4 years contract { duration 3 years extension 1 year, 1 year if "funding is available" } }')).found[0].message)
            .toContain('may run 5 years');
        expect((await valueTerm('tender T { value £1m over 5 years contract { duration 3 years extension up-to 2 years in-steps-of 12 months } }')).found).toEqual([]);
    });

    test('half a month\'s tolerance: 59.5 months against 60 is quiet, 59 fires', async () => {
        expect((await valueTerm('tender T { value £1m over 259 weeks contract { duration 5 years } }')).found).toEqual([]);
        expect((await valueTerm('tender T { value £1m over 59 months contract { duration 5 years } }')).found).toHaveLength(1);
    });

    test('the tender\'s whole term is the longest of its own and its lots\' effective terms', async () => {
        const { found } = await valueTerm(`tender T {
    value £1m over 5 years
    contract { duration 3 years extension up-to 2 years }
    lot A "A" { value £500k contract { duration 4 years extension 1 year, 1 year } }
}`);
        expect(found.map(d => d.message)).toEqual([
            'The value is estimated over 5 years, but the contract may run 6 years with its extensions: estimate the value over 6 years (Procurement Act 2023 Sch 3 para 1(2)(c)).'
        ]);
    });

    test('a lot with its own contract and a value over a period is checked against its own term', async () => {
        const { found, ranges } = await valueTerm(`tender T {
    value £1m over 6 years
    contract { duration 3 years extension up-to 2 years }
    lot A "A" { value £500k over <|4 years|> contract { duration 4 years extension 1 year, 1 year } }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('Lot A\'s value is estimated over 4 years, but the contract may run 6 years');
    });

    test('quiet when the value gives no period, without a duration, and for a framework-agreement (Sch 3 para 2)', async () => {
        expect((await valueTerm('tender T { value £1m contract { duration 3 years extension up-to 2 years } }')).found).toEqual([]);
        expect((await valueTerm('tender T { value £1m over 1 year contract { extension up-to 2 years } }')).found).toEqual([]);
        expect((await valueTerm('tender T { value £1m over 1 year framework-agreement { term 4 years } contract { duration 3 years extension up-to 2 years } }')).found).toEqual([]);
    });
});
