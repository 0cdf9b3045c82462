import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('turnover-cap', () => {
    test('fires on a minimum turnover above twice the tender value when there are no lots', async () => {
        const { text, ranges } = marked(`tender T {
    value £2,400,000 over 5 years
    participation { minimum-turnover <|£6,000,000|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'turnover-cap');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Minimum turnover £6,000,000 is over twice the tender value (£2,400,000), shutting out small providers: lower it to £4,800,000 or less, or say why it is proportionate (Procurement Act 2023 s22).');
        // advisory: never says it is unlawful
        expect(found[0].message).not.toMatch(/unlawful|breach|illegal/i);
    });

    test('compares with the smallest lot when there are lots', async () => {
        const { text, ranges } = marked(`tender T {
    value £2,400,000
    lot Big "Big" { value £1.9m }
    lot Small "Small" { value £500k }
    participation { minimum-turnover <|£1,000,001|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'turnover-cap');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('over twice the smallest lot (Small, £500,000)');
    });

    test('stays quiet at exactly twice the value, and while a value or amount is missing', async () => {
        for (const body of [
            'value £2,400,000 participation { minimum-turnover £4,800,000 }',
            'participation { minimum-turnover £4,800,000 }',
            'value £2,400,000 participation { insurance "Public liability cover of £5,000,000" }',
            'value £2,400,000 lot A "A" { value £2m } lot B "B" participation { minimum-turnover £6m }',
            'value £2,400,000 lot A "A" { value £2.4m } lot B "B" { value £0 } participation { minimum-turnover £6m }',
            'value £2,400,000 participation { minimum-turnover €6m }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'turnover-cap'), body).toEqual([]);
        }
    });
});
