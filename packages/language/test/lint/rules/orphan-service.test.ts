import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('orphan-service', () => {
    test('fires on the name of a service that delivers no outcome', async () => {
        const { text, ranges } = marked(`tender T {
    outcome A "a"
    service Support "Support" { delivers A }
    service <|Outreach|> "Outreach" {
        description "Outreach to people on the streets."
    }
    service <|Drop|> "Drop-in"
}`);
        const found = withCode((await lint(text)).diagnostics, 'orphan-service');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Service Outreach delivers no outcome: add delivers with the outcomes it achieves, or remove the service.');
        expect(found[0].severity).toBe(2);
    });

    test('stays quiet on a service that delivers an outcome', async () => {
        const { diagnostics } = await lint(`tender T { outcome A "a" service S "s" { delivers A } }`);
        expect(withCode(diagnostics, 'orphan-service')).toEqual([]);
    });

    test('stays quiet while the delivers line names an outcome that does not resolve (a linking error says so)', async () => {
        const { diagnostics } = await lint(`tender T { service S "s" { delivers Nothing } }`);
        expect(withCode(diagnostics, 'orphan-service')).toEqual([]);
        expect(diagnostics.some(d => d.severity === 1 && d.message.includes('Nothing'))).toBe(true);
    });

    test('stays quiet on a service still being typed (a name, no title or block yet)', async () => {
        const { diagnostics } = await lint(`tender T { service S }`);
        expect(withCode(diagnostics, 'orphan-service')).toEqual([]);
    });
});
