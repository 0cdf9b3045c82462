import { describe, expect, test } from 'vitest';
import { fixesFor } from '../../../src/lint/fixes.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('service-not-in-lot', () => {
    test('fires on the name of each service no lot names', async () => {
        const { text, ranges } = marked(`tender T {
    service Support "Support"
    service <|Outreach|> "Outreach"
    service <|Housing|> "Housing"
    lot A "A" { value £100,000 services Support }
}`);
        const found = withCode((await lint(text)).diagnostics, 'service-not-in-lot');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Service Outreach is in no lot: add it to the lot that should deliver it, or to a lot of its own.');
    });

    test('stays quiet with no lots, and while no lot names a service yet', async () => {
        for (const body of [
            'service Support "Support"',
            'service Support "Support" lot A "A" { value £100,000 }'
        ]) {
            const { diagnostics } = await lint(`tender T { ${body} }`);
            expect(withCode(diagnostics, 'service-not-in-lot'), body).toEqual([]);
        }
    });

    test('offers one fix per lot', async () => {
        const first = await lint(`tender T {
    service Support "Support"
    service Outreach "Outreach"
    lot A "A" { services Support }
    lot B "B" { value £10,000 }
    lot C "C"
}`);
        const [finding] = withCode(first.diagnostics, 'service-not-in-lot');
        expect(fixesFor(first.services, first.document, finding).map(p => p.title))
            .toEqual(['Add Outreach to lot A', 'Add Outreach to lot B', 'Add Outreach to lot C']);
    });

    const source = `tender T {
    service Support "Support"
    service Outreach "Outreach"
    lot A "A" { services Support }
    lot B "B" {
        value £10,000
    }
    lot C "C"
}`;

    test('the fix adds the service after the lot\'s last service; the file parses and the finding is gone', async () => {
        const { text, diagnostics } = await applyQuickFix(source, 'service-not-in-lot');
        expect(text).toContain('lot A "A" { services Support, Outreach }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'service-not-in-lot')).toEqual([]);
    });

    test('the fix adds a services line to a lot that has none', async () => {
        const { text, diagnostics } = await applyQuickFix(source, 'service-not-in-lot', { fixIndex: 1 });
        expect(text).toContain('    lot B "B" {\n        value £10,000\n        services Outreach\n    }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'service-not-in-lot')).toEqual([]);
    });

    test('the fix gives a lot with no block a block', async () => {
        const { text, diagnostics } = await applyQuickFix(source, 'service-not-in-lot', { fixIndex: 2 });
        expect(text).toContain('lot C "C" { services Outreach }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'service-not-in-lot')).toEqual([]);
    });
});
