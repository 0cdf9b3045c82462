import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

function timeline(body: string): string {
    return `tender T {\n    timeline {\n${body.trim().split('\n').map(l => `        ${l.trim()}`).join('\n')}\n    }\n}\n`;
}

async function order(source: string) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text);
    return { found: withCode(diagnostics, 'timeline-order'), ranges, diagnostics };
}

describe('timeline-order', () => {
    test('a contract start before the award: an error on the contract start, naming both dates', async () => {
        const { found, ranges } = await order(timeline(`
            publish 2027-03-01
            bid-deadline 2027-03-26
            contract-start <|2027-04-01|>
            award 2027-04-20`));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe('The contract start (2027-04-01) comes before the award (2027-04-20): it must come on or after it. '
            + 'Move the contract start to 2027-04-20 or later, or correct the award.');
    });

    test('the contract may start on the day of the award; no other pair may share a day', async () => {
        expect((await order(timeline('award 2027-06-01\ncontract-start 2027-06-01'))).found).toEqual([]);
        const same = await order(timeline('publish 2027-03-01\nbid-deadline <|2027-03-01|>'));
        expect(same.found.map(d => d.range)).toEqual(same.ranges);
        expect(same.found[0].message).toBe('The bid deadline (2027-03-01) is on the same day as publication (2027-03-01): it must come after it. '
            + 'Move the bid deadline to 2027-03-02 or later, or correct publication.');
        expect((await order(timeline('bid-deadline 2027-04-19\naward 2027-04-19'))).found).toHaveLength(1);
        expect((await order(timeline('clarification-deadline 2027-04-19\nbid-deadline 2027-04-19'))).found).toHaveLength(1);
        expect((await order(timeline('publish 2027-03-01\nparticipation-deadline 2027-03-26\nclarification-deadline 2027-03-26'))).found).toHaveLength(1);
    });

    test('market engagement and the planned procurement notice come before publication, in either order; the finding sits on publication', async () => {
        expect((await order(timeline('planned-procurement-notice 2026-12-01\nmarket-engagement 2027-01-11\npublish 2027-03-01'))).found).toEqual([]);
        expect((await order(timeline('market-engagement 2026-11-01\nplanned-procurement-notice 2026-12-01\npublish 2027-03-01'))).found).toEqual([]);
        const late = await order(timeline('market-engagement 2027-03-05\npublish <|2027-03-01|>'));
        expect(late.found.map(d => d.range)).toEqual(late.ranges);
        expect(late.found[0].message).toContain('Publication (2027-03-01) comes before the market engagement (2027-03-05)');
        const sameDay = await order(timeline('planned-procurement-notice 2027-03-01\npublish 2027-03-01'));
        expect(sameDay.found[0].message).toContain('is on the same day as the planned procurement notice');
    });

    test('a date is compared with the latest date given before it, skipping dates not given', async () => {
        // no publish: market engagement must still come before the bid deadline
        const noPublish = await order(timeline('market-engagement 2027-05-01\nbid-deadline <|2027-04-19|>'));
        expect(noPublish.found.map(d => d.range)).toEqual(noPublish.ranges);
        // one misplaced date is reported once, against the date it clashes with
        const one = await order(timeline(`
            publish 2027-03-01
            participation-deadline <|2027-02-20|>
            clarification-deadline 2027-03-29
            bid-deadline 2027-04-19
            award 2027-06-01`));
        expect(one.found.map(d => d.range)).toEqual(one.ranges);
        expect(one.found[0].message).toContain('The participation deadline (2027-02-20) comes before publication (2027-03-01)');
    });

    test('a date that is too late makes every following date that is earlier than it out of order', async () => {
        const { found } = await order(timeline(`
            publish 2027-03-01
            bid-deadline 2028-04-19
            award 2027-06-01
            contract-start 2027-10-01`));
        expect(found.map(d => d.message.slice(0, 24))).toEqual(['The award (2027-06-01) c', 'The contract start (2027']);
        expect(found[1].message).toContain('comes before the bid deadline (2028-04-19)');
    });

    test('stays quiet on an ordered timeline, a single date, and dates that do not exist', async () => {
        expect((await order(timeline(`
            market-engagement 2027-01-11
            planned-procurement-notice 2026-12-01
            publish 2027-03-01
            participation-deadline 2027-03-29
            clarification-deadline 2027-04-05
            bid-deadline 2027-04-19
            award 2027-06-01
            contract-start 2027-10-01`))).found).toEqual([]);
        expect((await order(timeline('publish 2027-03-01'))).found).toEqual([]);
        const impossible = await order(timeline('publish 2027-03-01\nbid-deadline 2027-02-30'));
        expect(impossible.found).toEqual([]);
        expect(withCode(impossible.diagnostics, 'invalid-date')).toHaveLength(1);
    });

    test('the fix moves the date to the earliest that keeps the order; the file parses and the finding is gone', async () => {
        const { text, diagnostics, title } = await applyQuickFix(timeline('publish 2027-03-01\naward 2027-04-20\ncontract-start 2027-04-01'), 'timeline-order');
        expect(title).toBe('Move the contract start to 2027-04-20 (the earliest that keeps the order)');
        expect(text).toContain('contract-start 2027-04-20');
        expect(diagnostics.filter(d => d.severity === 1 && !d.codeDescription)).toEqual([]);
        expect(withCode(diagnostics, 'timeline-order')).toEqual([]);
    });

    test('first-draft.tender fires on its contract start; multiple-disadvantage.tender is in order', async () => {
        const draft = withCode((await lintWithFramework(readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8'))).diagnostics, 'timeline-order');
        expect(draft.map(d => d.range.start.line + 1)).toEqual([70]);
        expect(draft[0].message).toContain('The contract start (2027-04-01) comes before the award (2027-04-20)');
        const clean = withCode((await lintWithFramework(readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8'))).diagnostics, 'timeline-order');
        expect(clean).toEqual([]);
    });
});

describe('timeline-order: times of day and the issued date (language 1.1)', () => {
    test('on the same date, times written on both decide: a bid deadline before the clarification deadline fires', async () => {
        const { found, ranges } = await order(timeline(`
            publish 2027-03-01
            clarification-deadline 2027-04-19 17:00
            bid-deadline <|2027-04-19|> 12:00`));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('The bid deadline (2027-04-19 12:00) comes before the clarification deadline (2027-04-19 17:00): it must come after it. '
            + 'Move the bid deadline later than 2027-04-19 17:00, or correct the clarification deadline.');
    });

    test('the same date in the right order of times is quiet; the same time, or a time on one only, is not', async () => {
        expect((await order(timeline('publish 2027-03-01\nclarification-deadline 2027-04-19 10:00\nbid-deadline 2027-04-19 12:00'))).found).toEqual([]);
        const same = await order(timeline('publish 2027-03-01\nclarification-deadline 2027-04-19 12:00\nbid-deadline 2027-04-19 12:00'));
        expect(same.found[0].message).toContain('is at the same time as');
        const one = await order(timeline('publish 2027-03-01\nclarification-deadline 2027-04-19\nbid-deadline 2027-04-19 12:00'));
        expect(one.found[0].message).toContain('is on the same day as');
    });

    test('a tender issued after its bid deadline is an error on the issued date', async () => {
        const { found, ranges } = await order('tender T {\n    issued <|2027-04-20|>\n    timeline { publish 2027-03-01 bid-deadline 2027-04-19 12:00 }\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(1);
        expect(found[0].message).toBe('The tender is issued on 2027-04-20, after its bid deadline (2027-04-19 12:00): providers could not bid on it. Correct the issued date or the bid deadline.');
    });

    test('issued before or on the deadline day is quiet; on the day, a later time fires', async () => {
        expect((await order('tender T { issued 2027-03-01 timeline { bid-deadline 2027-04-19 } }')).found).toEqual([]);
        expect((await order('tender T { issued 2027-04-19 timeline { bid-deadline 2027-04-19 12:00 } }')).found).toEqual([]);
        const late = await order('tender T { issued 2027-04-19 13:00 timeline { bid-deadline 2027-04-19 12:00 } }');
        expect(late.found[0].message).toBe('The tender is issued on 2027-04-19 at 13:00, after its bid deadline (2027-04-19 12:00): providers could not bid on it. Correct the issued date or the bid deadline.');
        expect((await order('tender T { issued 2027-04-20 }')).found).toEqual([]);
    });
});
