import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('funding-mismatch', () => {
    test('fires as an error on the funding keyword when contributions fall short of the tender value', async () => {
        const { text, ranges } = marked(`tender T {
    value £2,400,000 over 5 years
    <|funding|> {
        contributor "Anyborough Borough Council" £1,500,000
        contributor "Anyshire Integrated Care Board" £600,000
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'funding-mismatch');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe('Funding contributions add up to £2,100,000, not the tender value £2,400,000 (£300,000 short): make the contributions cover the whole value.');
    });

    test('says when contributions go over, reading short forms of money', async () => {
        const { diagnostics } = await lint('tender T { value £2.4m funding { contributor "A" £1.5m contributor "B" £1m } }');
        expect(withCode(diagnostics, 'funding-mismatch')[0].message).toContain('add up to £2,500,000, not the tender value £2,400,000 (£100,000 over)');
    });

    test('fires on a contribution in another currency than the tender', async () => {
        const { text, ranges } = marked(`tender T {
    value £2,000,000
    funding { contributor "A" £1,000,000 contributor "B" <|€1,000,000|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'funding-mismatch');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('B gives € but the tender value is in £: give contributions in the tender\'s currency so they can be added up.');
    });

    test('stays quiet when the contributions add up, on an empty block, and while an amount or the value is missing', async () => {
        for (const body of [
            'value £2,400,000 funding { contributor "A" £1,500,000 contributor "B" £600,000 contributor "C" £300,000 }',
            'value £2,400,000 funding { }',
            'value £2,400,000 funding { contributor "A" £1,500,000 contributor "B" }',
            'funding { contributor "A" £1,500,000 }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'funding-mismatch'), body).toEqual([]);
        }
    });
});
