import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('unserved-outcome', () => {
    test('fires on the name of an outcome no service delivers', async () => {
        const { text, ranges } = marked(`tender T {
    outcome Housed "People are housed" { indicator "i" }
    outcome <|BetterLives|> "Service users have better lives"
    service Support "Support" { delivers Housed }
}`);
        const found = withCode((await lint(text)).diagnostics, 'unserved-outcome');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('No service delivers outcome BetterLives: add it to the delivers line of the service that will achieve it, or add a service.');
        expect(found[0].severity).toBe(2);
    });

    test('fires for every outcome when the tender has no services yet', async () => {
        const { diagnostics } = await lint(`tender T { outcome A "a" outcome B "b" }`);
        expect(withCode(diagnostics, 'unserved-outcome')).toHaveLength(2);
    });

    test('stays quiet when a service delivers the outcome, by plain or qualified name, written before or after it', async () => {
        const { diagnostics } = await lint(`tender T {
    service Early "Early" { delivers B }
    outcome A "a"
    outcome B "b"
    service Late "Late" { delivers T.A }
}`);
        expect(withCode(diagnostics, 'unserved-outcome')).toEqual([]);
    });

    test('stays quiet on an outcome still being typed', async () => {
        const { diagnostics } = await lint(`tender T { outcome A }`);
        expect(withCode(diagnostics, 'unserved-outcome')).toEqual([]);
    });

    test('a service in another tender does not deliver this tender’s outcome', async () => {
        const { diagnostics } = await lint(`tender T { outcome A "a" }
tender U { service S "s" { delivers T.A } }`);
        expect(withCode(diagnostics, 'unserved-outcome')).toHaveLength(1);
    });
});
