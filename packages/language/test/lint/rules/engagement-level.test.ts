import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('engagement-level', () => {
    test('fires on level inform, as info', async () => {
        const { text, ranges } = marked(`tender T {
    engagement {
        level <|inform|>
        service-users "A newsletter item"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'engagement-level');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Engagement level is inform: telling people about a service is not engaging them. Consult, involve or collaborate with the people who use the services and with providers before the tender is fixed.');
        expect(found[0].severity).toBe(3);
    });

    test.each(['consult', 'involve', 'collaborate', 'empower'])('stays quiet at level %s: people had a say', async level => {
        const { diagnostics } = await lint(`tender T { engagement { level ${level} } }`);
        expect(withCode(diagnostics, 'engagement-level')).toEqual([]);
    });

    test('stays quiet with no level given (nothing to judge yet)', async () => {
        const { diagnostics } = await lint(`tender T { engagement { service-users "Workshops" } }`);
        expect(withCode(diagnostics, 'engagement-level')).toEqual([]);
    });
});
