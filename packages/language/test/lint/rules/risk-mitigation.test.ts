import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('risk-mitigation', () => {
    test('fires on the name of a risk without a mitigation, with its rating', async () => {
        const { text, ranges } = marked(`tender T {
    risk <|ProviderFailure|> "The provider goes bust" {
        likelihood high
        impact high
    }
    risk <|Staffing|> "Recruitment is slow" { mitigation " " }
}`);
        const found = withCode((await lint(text)).diagnostics, 'risk-mitigation');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.map(d => d.message)).toEqual([
            'Risk ProviderFailure (likelihood high, impact high) has no mitigation: say what will be done to make it less likely or less harmful, e.g. mitigation "Step-in arrangements named in the contract".',
            'Risk Staffing has no mitigation: say what will be done to make it less likely or less harmful, e.g. mitigation "Step-in arrangements named in the contract".'
        ]);
        expect(found[0].severity).toBe(2);
    });

    test('stays quiet on a mitigated risk', async () => {
        const { diagnostics } = await lint(`tender T { risk R "r" { mitigation "Step-in arrangements" } }`);
        expect(withCode(diagnostics, 'risk-mitigation')).toEqual([]);
    });

    test('stays quiet on a risk still being typed (a name, no text or block yet)', async () => {
        const { diagnostics } = await lint(`tender T { risk R }`);
        expect(withCode(diagnostics, 'risk-mitigation')).toEqual([]);
    });
});
