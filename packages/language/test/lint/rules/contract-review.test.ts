import { describe, expect, test } from 'vitest';
import { applyEdits, fixesFor, safeFixEdits } from '../../../src/lint/fixes.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('contract-review', () => {
    test('fires on the contract keyword when there is no review point, as info', async () => {
        const { text, ranges } = marked(`tender T {
    <|contract|> {
        duration 5 years
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'contract-review');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('The contract has no review point: add one, e.g. review every 12 months, to look at outcomes, costs and terms with the provider.');
        expect(found[0].severity).toBe(3);
    });

    test('stays quiet with a review point, and when there is no contract block yet', async () => {
        const { diagnostics } = await lint(`tender T { contract { duration 3 years review every 6 months } }
tender U { title "u" }`);
        expect(withCode(diagnostics, 'contract-review')).toEqual([]);
    });

    test('the fix inserts the review after the term and before the payments, indented like them', async () => {
        const source = `tender T {
    contract {
        duration 3 years
        extension up-to 2 years // one plus one
        payment block 80%
    }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'contract-review');
        expect(text).toBe(`tender T {
    contract {
        duration 3 years
        extension up-to 2 years // one plus one
        review every 12 months
        payment block 80%
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'contract-review')).toEqual([]);
    });

    test('the fix works in an empty contract block', async () => {
        const { text, diagnostics } = await applyQuickFix(`tender T {
  contract {
  }
}`, 'contract-review');
        expect(text).toBe(`tender T {
  contract {
    review every 12 months
  }
}`);
        expect(withCode(diagnostics, 'contract-review')).toEqual([]);
    });

    test('the fix is safe, so tender lint --fix applies it', async () => {
        const { document, services, diagnostics } = await lint(`tender T { contract { duration 5 years } }`);
        expect(fixesFor(services, document, withCode(diagnostics, 'contract-review')[0]).map(f => f.safe)).toEqual([true]);
        const fixed = applyEdits(document, safeFixEdits(services, document));
        expect(fixed).toContain('contract { duration 5 years review every 12 months }');
        expect(withCode((await lint(fixed)).diagnostics, 'contract-review')).toEqual([]);
    });
});
