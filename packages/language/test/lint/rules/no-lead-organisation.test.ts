import { describe, expect, test } from 'vitest';
import { fixesFor } from '../../../src/lint/fixes.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('no-lead-organisation', () => {
    test('fires on the joint-bids value when joint bids are welcome and no lead organisation is required', async () => {
        const { text, ranges } = marked(`tender T {
    collaboration {
        joint-bids <|welcome|>
        models lead-provider
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-lead-organisation');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Joint bids are welcome but no lead organisation is required: add lead-organisation required, so that one member of each consortium holds the contract and answers for the whole bid.');
        expect(found[0].severity).toBe(2);
    });

    test('fires on optional when joint bids are accepted with an optional lead', async () => {
        const { text, ranges } = marked(`tender T {
    collaboration { joint-bids accepted lead-organisation <|optional|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-lead-organisation');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('Joint bids are accepted but a lead organisation is optional');
    });

    test('stays quiet when a lead organisation is required, when joint bids are not accepted, and when joint-bids is not yet said', async () => {
        const { diagnostics } = await lint(`tender T { collaboration { joint-bids welcome lead-organisation required } }
tender U { collaboration { joint-bids not-accepted } }
tender V { collaboration { models lead-provider } }`);
        expect(withCode(diagnostics, 'no-lead-organisation')).toEqual([]);
    });

    test('the fix adds lead-organisation required under joint-bids, and is not safe (a policy choice)', async () => {
        const source = `tender T {
    collaboration {
        joint-bids welcome // from the market event
        models lead-provider
    }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'no-lead-organisation');
        expect(text).toBe(`tender T {
    collaboration {
        joint-bids welcome // from the market event
        lead-organisation required
        models lead-provider
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'no-lead-organisation')).toEqual([]);
        const first = await lint(source);
        expect(fixesFor(first.services, first.document, withCode(first.diagnostics, 'no-lead-organisation')[0]).map(f => f.safe)).toEqual([false]);
    });

    test('the fix turns optional into required', async () => {
        const { text, diagnostics } = await applyQuickFix(`tender T { collaboration { joint-bids accepted lead-organisation optional } }`, 'no-lead-organisation');
        expect(text).toBe(`tender T { collaboration { joint-bids accepted lead-organisation required } }`);
        expect(withCode(diagnostics, 'no-lead-organisation')).toEqual([]);
    });
});
