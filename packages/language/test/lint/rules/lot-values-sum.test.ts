import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('lot-values-sum', () => {
    test('fires on the tender value when lot values add up to less', async () => {
        const { text, ranges } = marked(`tender T {
    value <|£2,400,000|> over 5 years
    lot A "A" { value £1,100,000 }
    lot B "B" { value £800,000 }
    lot C "C" { value £400,000 }
}`);
        const found = withCode((await lint(text)).diagnostics, 'lot-values-sum');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Lot values add up to £2,300,000, not the tender value £2,400,000 (£100,000 short): make the lots add up to the whole value.');
    });

    test('reads every way of writing money, and says when lots add up to more', async () => {
        const { diagnostics } = await lint(`tender T {
    value £2.4m
    lot A "A" { value £1.5m }
    lot B "B" { value £950k }
}`);
        expect(withCode(diagnostics, 'lot-values-sum')[0].message).toContain('add up to £2,450,000, not the tender value £2,400,000 (£50,000 over)');
    });

    test('fires on a lot valued in another currency than the tender', async () => {
        const { text, ranges } = marked(`tender T {
    value £2,000,000
    lot A "A" { value £1,000,000 }
    lot B "B" { value <|€1,000,000|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'lot-values-sum');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Lot B is valued in € but the tender in £: give every lot in the tender\'s currency so they can be added up.');
    });

    test('stays quiet when the lots add up, with no lots, and while a value is missing', async () => {
        for (const body of [
            'value £2,400,000 lot A "A" { value £1,100,000 } lot B "B" { value £1.3m }',
            'value £2,400,000',
            'value £2,400,000 lot A "A" { value £1,100,000 } lot B "B"',
            'lot A "A" { value £1,100,000 }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'lot-values-sum'), body).toEqual([]);
        }
    });
});
