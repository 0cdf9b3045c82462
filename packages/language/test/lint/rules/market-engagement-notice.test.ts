import { describe, expect, test } from 'vitest';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

async function engagementNotice(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'market-engagement-notice'), ranges };
}

describe('market-engagement-notice', () => {
    test('providers engaged, no notice and no reasons: a warning on the providers line', async () => {
        const { found, ranges } = await engagementNotice(`tender T {
    procedure open
    engagement {
        providers <|"An event with 12 providers"|>
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Providers were engaged before publication, but no preliminary market engagement notice is named: add notice "..." '
            + 'or no-notice because "..." (Procurement Act 2023 s17(1)).');
    });

    test('a market-engagement date alone is engagement too: the warning sits on the date', async () => {
        const { found, ranges } = await engagementNotice('tender T {\n    timeline { market-engagement <|2027-01-11|> publish 2027-03-01 }\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('Market engagement was held before publication');
    });

    test('quiet with the notice or the reasons for none', async () => {
        expect((await engagementNotice('tender T { engagement { providers "An event" notice "2027/S 000-031415" } }')).found).toEqual([]);
        expect((await engagementNotice('tender T { engagement { providers "An event" no-notice because "Only two providers exist; both were invited" } }')).found).toEqual([]);
    });

    test('quiet without engagement, for a private utility (s17(3)), a direct award, a call-off and in Scotland', async () => {
        expect((await engagementNotice('tender T { engagement { service-users "Interviews" } }')).found).toEqual([]);
        for (const line of ['buyer "Water plc" { type private-utility }', 'procedure direct-award', 'procedure framework-call-off', 'jurisdiction scotland']) {
            expect((await engagementNotice(`tender T { ${line} engagement { providers "An event" } }`)).found, line).toEqual([]);
        }
    });

    test('quick fixes add an empty notice line, or an empty reason, to the engagement block', async () => {
        const source = 'tender T {\n    engagement {\n        providers "An event"\n    }\n}\n';
        const notice = await applyQuickFix(source, 'market-engagement-notice');
        expect(notice.title).toBe('Name the preliminary market engagement notice (fill in its identifier)');
        expect(notice.text).toBe('tender T {\n    engagement {\n        providers "An event"\n        notice ""\n    }\n}\n');
        expect(languageErrors(notice.diagnostics)).toEqual([]);
        const reason = await applyQuickFix(source, 'market-engagement-notice', { fixIndex: 1 });
        expect(reason.text).toContain('        no-notice because ""\n');
    });
});
