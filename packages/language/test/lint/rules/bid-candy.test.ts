import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('bid-candy', () => {
    test('fires on prime-subcontractor in the models list when no subcontract share is set, as info', async () => {
        const { text, ranges } = marked(`tender T {
    collaboration {
        joint-bids welcome
        models lead-provider, <|prime-subcontractor|>
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'bid-candy');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Prime-subcontractor bids are allowed with no minimum subcontract share: add subcontract-share minimum (e.g. 25%), so the small organisations named in a bid are given work and not used as bid candy.');
        expect(found[0].severity).toBe(3);
    });

    test('a minimum of 0% protects no one', async () => {
        const { diagnostics } = await lint(`tender T { collaboration { models prime-subcontractor subcontract-share minimum 0% } }`);
        expect(withCode(diagnostics, 'bid-candy').map(d => d.message)).toEqual([
            'Prime-subcontractor bids are allowed with a minimum subcontract share of 0%: set a real minimum (e.g. 25%), so the small organisations named in a bid are given work and not used as bid candy.'
        ]);
    });

    test('stays quiet with a real minimum share, and when prime-subcontractor is not allowed', async () => {
        const { diagnostics } = await lint(`tender T { collaboration { models prime-subcontractor subcontract-share minimum 25% } }
tender U { collaboration { models lead-provider, alliance-contract } }`);
        expect(withCode(diagnostics, 'bid-candy')).toEqual([]);
    });
});
