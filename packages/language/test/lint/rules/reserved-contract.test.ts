import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

async function reserved(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'reserved-contract'), ranges };
}

describe('reserved-contract', () => {
    test('a reserved contract not awarded by a competitive flexible procedure is an error on the reservation', async () => {
        const { found, ranges } = await reserved('tender T {\n    procedure open\n    reserved <|supported-employment|>\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe('A contract reserved to supported employment providers must be awarded by a competitive flexible procedure, not an open procedure (Procurement Act 2023 s32(1)).');
        const mutual = await reserved('tender T { procedure direct-award reserved public-service-mutual }');
        expect(mutual.found[0].message).toContain('public service mutuals must be awarded by a competitive flexible procedure, not a direct award (Procurement Act 2023 s33(2))');
    });

    test('a mutual reservation with a code that is not reservable (PR 2024 Sch 1 has no "R" for it) fires on that code', async () => {
        const { found, ranges } = await reserved(`tender T {
    procedure competitive-flexible
    reserved public-service-mutual
    cpv "85312000-9", <|"75231240-8"|>
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('CPV 75231240 is not a service that may be reserved to public service mutuals (Procurement Regulations 2024 Sch 1 (column 3, "R"); Procurement Act 2023 s33(1)): remove the reservation or the code.');
    });

    test('reservable codes pass; job search and education, light touch but not reservable, do not', async () => {
        expect((await reserved('tender T { procedure competitive-flexible reserved public-service-mutual cpv "85311000", "85323000-9", "80110000" }')).found).toEqual([]);
        expect((await reserved('tender T { procedure competitive-flexible reserved public-service-mutual cpv "79611000" }')).found).toHaveLength(1);
        expect((await reserved('tender T { procedure competitive-flexible reserved public-service-mutual cpv "80000000-4" }')).found).toHaveLength(1);
    });

    test('codes are not checked for a supported employment reservation (s32 has no service list)', async () => {
        expect((await reserved('tender T { procedure competitive-flexible reserved supported-employment cpv "75231240-8" }')).found).toEqual([]);
    });

    test('a mutual contract over five years with its extensions fires on the duration; exactly five is quiet', async () => {
        const { found, ranges } = await reserved(`tender T {
    procedure competitive-flexible
    reserved public-service-mutual
    contract {
        duration <|3 years|>
        extension up-to 2 years, 1 year
    }
}`.replace('up-to 2 years, 1 year', '2 years, 1 year'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('The contract is reserved to public service mutuals but may run 6 years with its extensions, over the five years allowed (Procurement Act 2023 s33(1)(b)): shorten the term or the extensions.');
        expect((await reserved('tender T { procedure competitive-flexible reserved public-service-mutual contract { duration 3 years extension up-to 2 years } }')).found).toEqual([]);
    });

    test('a lot takes the tender\'s reservation and codes unless it states its own', async () => {
        const { found } = await reserved(`tender T {
    procedure competitive-flexible
    cpv "85312000"
    lot A "A" { reserved public-service-mutual cpv "79611000" }
    lot B "B" { reserved public-service-mutual }
}`);
        expect(found.map(d => d.message.slice(0, 13))).toEqual(['CPV 79611000 ']);
    });

    test('quiet without a reservation, and while the procedure is not given', async () => {
        expect((await reserved('tender T { procedure open cpv "75231240" }')).found).toEqual([]);
        expect((await reserved('tender T { reserved supported-employment }')).found).toEqual([]);
    });
});
