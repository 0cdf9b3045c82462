import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/lint/config.js';
import { lint, marked, withCode } from '../../helpers.js';

describe('small-lot-grant', () => {
    test('fires as info on the value of a lot below £100,000', async () => {
        const { text, ranges } = marked(`tender T {
    value £1,060,000
    lot Main "Main" { value £1,000,000 }
    lot Arts "Arts and sport" { value <|£60,000|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'small-lot-grant');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('Lot Arts is worth £60,000, below £100,000: consider funding this work by a grant instead, which small community organisations can apply for without a full tender.');
    });

    test('stays quiet at the threshold, on a £0 placeholder, with no value, and in another currency', async () => {
        for (const lot of ['value £100,000', 'value £0', '', 'value €60,000']) {
            const { diagnostics } = await lint(`tender T { lot A "A" { ${lot} } }`);
            expect(withCode(diagnostics, 'small-lot-grant'), lot).toEqual([]);
        }
    });

    test('reads the threshold from the configuration', async () => {
        const config = { thresholds: { ...DEFAULT_THRESHOLDS, grantThreshold: { minor: 5_000_000, currency: 'GBP' as const } } };
        expect(withCode((await lint('tender T { lot A "A" { value £60,000 } }', { config })).diagnostics, 'small-lot-grant')).toEqual([]);
    });
});
