import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';

describe('no-market-engagement', () => {
    test('an info on the timeline keyword when the timeline has no market-engagement date', async () => {
        const { text, ranges } = marked(`tender T {
    <|timeline|> {
        publish 2027-03-01
        bid-deadline 2027-04-19
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-market-engagement');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('The timeline has no market-engagement date: talk to providers before publishing, so lots, conditions and dates '
            + 'suit the local market, then add market-engagement with its date.');
    });

    test('fires on an empty timeline too', async () => {
        expect(withCode((await lint('tender T { timeline { } }')).diagnostics, 'no-market-engagement')).toHaveLength(1);
    });

    test('stays quiet with a market-engagement date, with no timeline yet, and for a framework call-off', async () => {
        for (const source of [
            'tender T { timeline { market-engagement 2027-01-11 publish 2027-03-01 } }',
            'tender T { procedure open }',
            'tender T { procedure framework-call-off timeline { publish 2027-03-01 } }'
        ]) {
            expect(withCode((await lint(source)).diagnostics, 'no-market-engagement'), source).toEqual([]);
        }
    });

    test('an impossible market engagement date is the language\'s to report, not this rule\'s', async () => {
        const { diagnostics } = await lint('tender T { timeline { market-engagement 2027-02-30 } }');
        expect(withCode(diagnostics, 'no-market-engagement')).toEqual([]);
        expect(withCode(diagnostics, 'invalid-date')).toHaveLength(1);
    });

    test('first-draft.tender fires; multiple-disadvantage.tender does not', async () => {
        const draft = withCode((await lintWithFramework(readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8'))).diagnostics, 'no-market-engagement');
        expect(draft.map(d => d.range.start.line + 1)).toEqual([67]);
        const clean = withCode((await lintWithFramework(readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8'))).diagnostics, 'no-market-engagement');
        expect(clean).toEqual([]);
    });
});
