import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

describe('no-service-user-engagement', () => {
    test('fires on the engagement keyword when the block has no service-users line', async () => {
        const { text, ranges } = marked(`tender T {
    <|engagement|> {
        level inform
        providers "Notice on the council website"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-service-user-engagement');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Engagement has no service-users line: say how people who use the services, or have lived experience of them, shaped the tender.');
        expect(found[0].severity).toBe(2);
    });

    test('fires on the tender name when there is no engagement block at all', async () => {
        const { text, ranges } = marked(`tender <|T|> {
    title "Support"
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-service-user-engagement');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Tender T says nothing about engaging service users: add an engagement block with a service-users line saying how people who use the services shaped it.');
    });

    test('fires on an empty service-users line', async () => {
        const { text, ranges } = marked(`tender T {
    engagement { service-users <|"  "|> }
}`);
        const found = withCode((await lint(text)).diagnostics, 'no-service-user-engagement');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('The service-users line is empty');
    });

    test('stays quiet when service users were engaged, and on grants, which have no engagement', async () => {
        const { diagnostics } = await lint(`tender T {
    engagement { service-users "Four co-design workshops with 24 people with lived experience" }
}
grant G "g" { buyer "Council" }`);
        expect(withCode(diagnostics, 'no-service-user-engagement')).toEqual([]);
    });
});
