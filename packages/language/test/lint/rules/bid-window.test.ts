import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LintConfig } from '../../../src/lint/config.js';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

const ERROR = 1;
const WARNING = 2;

interface Shape {
    readonly procedure?: string;
    readonly regime?: string;
    readonly jurisdiction?: string;
    readonly value?: string;
    readonly collaboration?: string;
}

/** A tender with the given procedure line(s) and a timeline body (which may carry range markers). */
function tender(shape: Shape, timeline: string): string {
    const lines = [
        shape.jurisdiction && `jurisdiction ${shape.jurisdiction}`,
        shape.procedure && `procedure ${shape.procedure}`,
        shape.regime && `regime ${shape.regime}`,
        shape.value && `value ${shape.value}`,
        shape.collaboration && `collaboration { ${shape.collaboration} }`
    ].filter(Boolean).map(l => `    ${l}\n`).join('');
    return `tender T {\n${lines}    timeline {\n${timeline.trim().split('\n').map(l => `        ${l.trim()}`).join('\n')}\n    }\n}\n`;
}

async function bidWindow(source: string, config?: Partial<LintConfig>) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text, { config });
    return { found: withCode(diagnostics, 'bid-window'), ranges, diagnostics };
}

const OPEN = { procedure: 'open' };
const CFP = { procedure: 'competitive-flexible' };

describe('bid-window: the standard regime (Procurement Act 2023 s54)', () => {
    test('open procedure: 14 days is an error on the bid deadline, with the period, the minimum, its source and the earliest lawful deadline', async () => {
        const { found, ranges } = await bidWindow(tender(OPEN, `
            publish 2027-03-01
            bid-deadline <|2027-03-15|>`));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(ERROR);
        expect(found[0].message).toBe('The tendering period (14 days from 2027-03-01) is under the 25-day minimum (PA 2023 s54(4) row 7, '
            + 'e-tendering with all documents assumed): earliest lawful bid deadline 2027-03-26.');
    });

    test('counting: the period starts the day after publication and ends on the deadline day, so exactly 25 days passes and 24 fails', async () => {
        const exact = await bidWindow(tender(OPEN, 'publish 2027-03-01\nbid-deadline 2027-03-26'));
        expect(exact.found).toEqual([]);
        const short = await bidWindow(tender(OPEN, 'publish 2027-03-01\nbid-deadline 2027-03-25'));
        expect(short.found).toHaveLength(1);
        expect(short.found[0].message).toContain('The tendering period (24 days from 2027-03-01)');
    });

    test('counting crosses months and leap years by the calendar', async () => {
        // 2028 is a leap year: 2028-02-10 + 25 days = 2028-03-06
        const short = await bidWindow(tender(OPEN, 'publish 2028-02-10\nbid-deadline 2028-03-05'));
        expect(short.found[0].message).toContain('earliest lawful bid deadline 2028-03-06');
        expect((await bidWindow(tender(OPEN, 'publish 2028-02-10\nbid-deadline 2028-03-06'))).found).toEqual([]);
    });

    test('a regime left out is the standard regime', async () => {
        const { found } = await bidWindow(tender({ procedure: 'open', regime: 'standard' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(found).toHaveLength(1);
    });

    test('with a qualifying planned procurement notice (40 days to 12 months before) the minimum is 10 days', async () => {
        // 2027-01-20 is exactly 40 days before 2027-03-01
        const ok = await bidWindow(tender(OPEN, 'planned-procurement-notice 2027-01-20\npublish 2027-03-01\nbid-deadline 2027-03-11'));
        expect(ok.found).toEqual([]);
        const short = await bidWindow(tender(OPEN, 'planned-procurement-notice 2027-01-20\npublish 2027-03-01\nbid-deadline 2027-03-10'));
        expect(short.found[0].message).toBe('The tendering period (9 days from 2027-03-01) is under the 10-day minimum (PA 2023 s54(4) row 4): '
            + 'earliest lawful bid deadline 2027-03-11.');
        // exactly 12 months before still qualifies
        expect((await bidWindow(tender(OPEN, 'planned-procurement-notice 2026-03-01\npublish 2027-03-01\nbid-deadline 2027-03-11'))).found).toEqual([]);
    });

    test('a planned procurement notice published less than 40 days before gives no cut, and the message says why', async () => {
        const { found } = await bidWindow(tender(OPEN, 'planned-procurement-notice 2027-01-21\npublish 2027-03-01\nbid-deadline 2027-03-11'));
        expect(found.map(d => d.severity)).toEqual([WARNING, ERROR]);
        expect(found[1].message).toContain('is under the 25-day minimum (PA 2023 s54(4) row 7');
        // why the notice gives no cut: a second finding, on the notice's date
        const notice = found[0];
        expect(notice.range.start.line).toBe(3);
        expect(notice.message).toBe('The planned procurement notice of 2027-01-21 does not shorten the tendering period: it was published only 39 days before the tender notice, '
            + 'and must be at least 40 days before it (PA 2023 s15(3)).');
    });

    test('a planned procurement notice published more than 12 months before gives no cut', async () => {
        const { found } = await bidWindow(tender(OPEN, 'planned-procurement-notice 2026-02-28\npublish 2027-03-01\nbid-deadline 2027-03-11'));
        expect(found).toHaveLength(2);
        expect(found[1].message).toContain('is under the 25-day minimum');
        expect(found[0].message).toContain('it was published more than 12 months before the tender notice');
    });

    test('competitive flexible, first tender round with no shortlist: 25 days, or 10 with a qualifying notice', async () => {
        const short = await bidWindow(tender(CFP, 'publish 2027-03-01\nbid-deadline <|2027-03-20|>'));
        expect(short.found.map(d => d.range)).toEqual(short.ranges);
        expect(short.found[0].message).toContain('is under the 25-day minimum (PA 2023 s54(4) row 7, e-tendering with all documents assumed)');
        const notice = await bidWindow(tender(CFP, 'planned-procurement-notice 2026-12-01\npublish 2027-03-01\nbid-deadline 2027-03-11'));
        expect(notice.found).toEqual([]);
    });

    test('competitive flexible with a shortlist: a participation period under 25 days is an error on the participation deadline', async () => {
        const { found, ranges } = await bidWindow(tender(CFP, `
            publish 2027-03-01
            participation-deadline <|2027-03-20|>
            bid-deadline 2027-04-30`));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('The participation period (19 days from 2027-03-01) is under the 25-day minimum (PA 2023 s54(3)): '
            + 'earliest lawful participation deadline 2027-03-26.');
        expect((await bidWindow(tender(CFP, 'publish 2027-03-01\nparticipation-deadline 2027-03-26\nbid-deadline 2027-04-30'))).found).toEqual([]);
    });

    test('a qualifying planned procurement notice does not shorten the participation period', async () => {
        const { found } = await bidWindow(tender(CFP, 'planned-procurement-notice 2026-12-01\npublish 2027-03-01\nparticipation-deadline 2027-03-20\nbid-deadline 2027-04-30'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('is under the 25-day minimum (PA 2023 s54(3))');
        expect(found[0].message).toContain('A planned procurement notice gives no cut here.');
    });

    test('tendering after the shortlist: 10 days for a council buyer, from the participation deadline', async () => {
        const ok = await bidWindow(tender(CFP, 'publish 2027-03-01\nparticipation-deadline 2027-03-26\nbid-deadline 2027-04-05'));
        expect(ok.found).toEqual([]);
        const { found, ranges } = await bidWindow(tender(CFP, 'publish 2027-03-01\nparticipation-deadline 2027-03-26\nbid-deadline <|2027-04-04|>'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Tendering after the shortlist (9 days from 2027-03-26) is under the 10-day minimum (PA 2023 s54(4) row 3, '
            + 'a council assumed): earliest lawful bid deadline 2027-04-05. Row 2: none if agreed with them.');
    });

    test('Wales and Northern Ireland follow the Procurement Act like England', async () => {
        for (const jurisdiction of ['england', 'wales', 'northern-ireland']) {
            const { found } = await bidWindow(tender({ ...OPEN, jurisdiction }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
            expect(found.map(d => d.severity), jurisdiction).toEqual([ERROR]);
        }
    });
});

describe('bid-window: where no statutory minimum applies', () => {
    test('light touch: no statutory minimum, but a tendering period under the advisory 25 days is a warning', async () => {
        const { found, ranges } = await bidWindow(tender({ ...OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline <|2027-03-15|>'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(WARNING);
        expect(found[0].message).toBe('The tendering period (14 days from 2027-03-01) is under the advised 25 days; no legal minimum applies '
            + '(a light touch contract). A bid deadline of 2027-03-26 or later gives time to prepare.');
        expect((await bidWindow(tender({ ...OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline 2027-03-26'))).found).toEqual([]);
    });

    test('light touch competitive flexible with a shortlist: no error on the participation period; advice on tendering after the shortlist', async () => {
        const { found } = await bidWindow(tender({ ...CFP, regime: 'light-touch' }, 'publish 2027-03-01\nparticipation-deadline 2027-03-05\nbid-deadline 2027-03-20'));
        expect(found.map(d => d.severity)).toEqual([WARNING]);
        expect(found[0].message).toContain('Tendering after the shortlist (15 days from 2027-03-05) is under the advised 25 days');
    });

    test('the advisory minimum is configurable', async () => {
        const source = tender({ ...OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline 2027-03-26');
        const { found } = await bidWindow(source, { thresholds: { advisoryTenderingDays: 30 } as LintConfig['thresholds'] });
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('is under the advised 30 days');
        expect(found[0].message).toContain('A bid deadline of 2027-03-31 or later');
    });

    test('direct award and framework call-off: no statutory minimum and no advice', async () => {
        for (const procedure of ['direct-award', 'framework-call-off']) {
            for (const regime of ['standard', 'light-touch']) {
                const { found } = await bidWindow(tender({ procedure, regime }, 'publish 2027-03-01\nbid-deadline 2027-03-03'));
                expect(found, `${procedure} ${regime}`).toEqual([]);
            }
        }
    });

    test('below the threshold it is not a public contract, so s54 does not bind: advice, not an error', async () => {
        const { found } = await bidWindow(tender({ ...OPEN, value: '£150,000 over 2 years' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(found.map(d => d.severity)).toEqual([WARNING]);
        expect(found[0].message).toContain('no legal minimum applies (below the £207,720 threshold)');
        // at the threshold it is a public contract
        const at = await bidWindow(tender({ ...OPEN, value: '£207,720' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(at.found.map(d => d.severity)).toEqual([ERROR]);
        // a value in another currency cannot be compared, so the statutory minimum stands
        const euro = await bidWindow(tender({ ...OPEN, value: '€100,000' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(euro.found.map(d => d.severity)).toEqual([ERROR]);
    });
});

describe('bid-window: consortium formation period', () => {
    const LIGHT_CFP = { ...CFP, regime: 'light-touch' };

    test('joint bids welcome with less time than the default 6 weeks: a warning on the bid deadline', async () => {
        const { found, ranges } = await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline <|2027-04-11|>'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(WARNING);
        expect(found[0].message).toBe('Joint bids are welcome, but providers have 41 days from 2027-03-01 to form a consortium, under the 6 weeks assumed '
            + '(no formation-period): a bid deadline of 2027-04-12 gives them time.');
        expect((await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline 2027-04-12'))).found).toEqual([]);
    });

    test('an explicit formation period, in weeks or months, replaces the default', async () => {
        const weeks = await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids accepted formation-period 8 weeks' }, 'publish 2027-03-01\nbid-deadline 2027-04-19'));
        expect(weeks.found).toHaveLength(1);
        expect(weeks.found[0].message).toContain('Joint bids are accepted, but providers have 49 days from 2027-03-01 to form a consortium, under its 8 weeks formation period: a bid deadline of 2027-04-26 gives');
        const months = await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome formation-period 2 months' }, 'publish 2027-03-01\nbid-deadline 2027-04-30'));
        expect(months.found[0].message).toContain('a bid deadline of 2027-05-01 gives');
        expect((await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome formation-period 4 weeks' }, 'publish 2027-03-01\nbid-deadline 2027-03-29'))).found).toEqual([]);
    });

    test('the default formation period is configurable', async () => {
        const { found } = await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline 2027-04-19'),
            { thresholds: { defaultFormationPeriod: { amount: 8, unit: 'week' } } as LintConfig['thresholds'] });
        expect(found[0].message).toContain('under the 8 weeks assumed (no formation-period)');
    });

    test('whatever the regime or procedure: a direct award welcoming joint bids is warned too, beside any error', async () => {
        const direct = await bidWindow(tender({ procedure: 'direct-award', collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline 2027-03-20'));
        expect(direct.found.map(d => d.severity)).toEqual([WARNING]);
        const open = await bidWindow(tender({ ...OPEN, collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(open.found.map(d => d.severity).sort()).toEqual([ERROR, WARNING]);
    });

    test('with a shortlist the consortium must be formed by the participation deadline', async () => {
        const { found, ranges } = await bidWindow(tender({ ...LIGHT_CFP, collaboration: 'joint-bids welcome' },
            'publish 2027-03-01\nparticipation-deadline <|2027-03-29|>\nbid-deadline 2027-05-31'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('a participation deadline of');
    });

    test('quiet when joint bids are not accepted or not mentioned', async () => {
        for (const collaboration of ['joint-bids not-accepted', 'lead-organisation required']) {
            const { found } = await bidWindow(tender({ ...LIGHT_CFP, collaboration }, 'publish 2027-03-01\nbid-deadline 2027-03-29'));
            expect(found, collaboration).toEqual([]);
        }
    });
});

describe('bid-window: Scotland (Public Contracts (Scotland) Regulations 2015)', () => {
    const SCOTTISH_OPEN = { ...OPEN, jurisdiction: 'scotland' };

    test('open procedure, electronic tenders: 30 days', async () => {
        const { found } = await bidWindow(tender(SCOTTISH_OPEN, 'publish 2027-03-01\nbid-deadline 2027-03-30'));
        expect(found[0].message).toBe('The tendering period (29 days from 2027-03-01) is under the 30-day minimum (PCSR 2015 reg 28(3)–(6)): '
            + 'earliest lawful bid deadline 2027-03-31.');
        expect((await bidWindow(tender(SCOTTISH_OPEN, 'publish 2027-03-01\nbid-deadline 2027-03-31'))).found).toEqual([]);
    });

    test('the final day must be a working day: a minimum ending on a Sunday runs to the Monday', async () => {
        // 2027-03-05 is a Friday; 30 days later is Sunday 2027-04-04
        const { found } = await bidWindow(tender(SCOTTISH_OPEN, 'publish 2027-03-05\nbid-deadline 2027-04-04'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('earliest lawful bid deadline 2027-04-05 (2027-04-04 is a Sunday: the last day must be a working day)');
        expect((await bidWindow(tender(SCOTTISH_OPEN, 'publish 2027-03-05\nbid-deadline 2027-04-05'))).found).toEqual([]);
    });

    test('with a prior information notice published 35 days to 12 months before: 15 days', async () => {
        // 2027-01-25 is 35 days before 2027-03-01
        const ok = await bidWindow(tender(SCOTTISH_OPEN, 'planned-procurement-notice 2027-01-25\npublish 2027-03-01\nbid-deadline 2027-03-16'));
        expect(ok.found).toEqual([]);
        const short = await bidWindow(tender(SCOTTISH_OPEN, 'planned-procurement-notice 2027-01-25\npublish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(short.found[0].message).toContain('is under the 15-day minimum (PCSR 2015');
        // 34 days before does not qualify in Scotland (and 40 would be needed in England)
        const late = await bidWindow(tender(SCOTTISH_OPEN, 'planned-procurement-notice 2027-01-26\npublish 2027-03-01\nbid-deadline 2027-03-16'));
        expect(late.found[1].message).toContain('is under the 30-day minimum');
        expect(late.found[0].message).toContain('The prior information notice of 2027-01-26 does not shorten the tendering period: it was published only 34 days before');
    });

    test('light touch and direct award: no statutory minimum; light touch gets the advice', async () => {
        const light = await bidWindow(tender({ ...SCOTTISH_OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(light.found.map(d => d.severity)).toEqual([WARNING]);
        expect(light.found[0].message).toContain('no legal minimum applies (light touch services in Scotland)');
        expect(light.found[0].message).not.toContain('s54(1)');
        const direct = await bidWindow(tender({ procedure: 'direct-award', jurisdiction: 'scotland' }, 'publish 2027-03-01\nbid-deadline 2027-03-02'));
        expect(direct.found).toEqual([]);
    });

    test('below the £50,000 regulated contract threshold: advice only', async () => {
        const { found } = await bidWindow(tender({ ...SCOTTISH_OPEN, value: '£40,000' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(found.map(d => d.severity)).toEqual([WARNING]);
        expect(found[0].message).toContain('no legal minimum applies (below the £50,000 threshold)');
    });

    test('a competitive flexible procedure is the Procurement Act\'s: no Scottish figure, so advice that says so', async () => {
        const { found } = await bidWindow(tender({ ...CFP, jurisdiction: 'scotland' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'));
        expect(found.map(d => d.severity)).toEqual([WARNING]);
        expect(found[0].message).toContain('the legal minimum is not covered (no Scottish rule for this procedure)');
    });
});

describe('bid-window: half-typed timelines and other rules\' ground', () => {
    test('quiet without a publish date, without a deadline, or without a timeline', async () => {
        for (const timeline of ['bid-deadline 2027-03-15', 'publish 2027-03-01', 'clarification-deadline 2027-03-10']) {
            expect((await bidWindow(tender(OPEN, timeline))).found, timeline).toEqual([]);
        }
        expect((await bidWindow('tender T { procedure open }')).found).toEqual([]);
    });

    test('quiet on an impossible date, which the language validator reports', async () => {
        const { found, diagnostics } = await bidWindow(tender(OPEN, 'publish 2027-03-01\nbid-deadline 2027-02-30'));
        expect(found).toEqual([]);
        expect(withCode(diagnostics, 'invalid-date')).toHaveLength(1);
    });

    test('quiet on a deadline on or before publication: timeline-order reports that', async () => {
        const { found, diagnostics } = await bidWindow(tender(OPEN, 'publish 2027-03-01\nbid-deadline 2027-02-20'));
        expect(found).toEqual([]);
        expect(withCode(diagnostics, 'timeline-order')).toHaveLength(1);
    });

    test('no statutory check until the procedure is given (it has no default)', async () => {
        const { found } = await bidWindow(tender({}, 'publish 2027-03-01\nbid-deadline 2027-03-05'));
        expect(found).toEqual([]);
    });

    test('an open procedure has no participation stage: a participation deadline does not change the tendering period', async () => {
        const { found } = await bidWindow(tender(OPEN, 'publish 2027-03-01\nparticipation-deadline 2027-03-10\nbid-deadline 2027-03-20'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('The tendering period (19 days from 2027-03-01)');
    });

    test('the configured severity replaces both levels', async () => {
        const source = tender({ ...OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline 2027-03-15');
        const { found } = await bidWindow(source, { rules: { 'bid-window': 'info' } });
        expect(found.map(d => d.severity)).toEqual([3]);
    });
});

describe('bid-window: quick fix', () => {
    test('moves the bid deadline to the earliest lawful date; the finding is gone', async () => {
        const source = tender(OPEN, 'publish 2027-03-01\nbid-deadline 2027-03-15');
        const { text, diagnostics, title } = await applyQuickFix(source, 'bid-window');
        expect(title).toBe('Move the bid deadline to 2027-03-26 (the earliest lawful)');
        expect(text).toContain('bid-deadline 2027-03-26');
        expect(withCode(diagnostics, 'bid-window')).toEqual([]);
    });

    test('moves the participation deadline', async () => {
        const source = tender(CFP, 'publish 2027-03-01\nparticipation-deadline 2027-03-20\nbid-deadline 2027-04-30');
        const { text, title } = await applyQuickFix(source, 'bid-window');
        expect(title).toBe('Move the participation deadline to 2027-03-26 (the earliest lawful)');
        expect(text).toContain('participation-deadline 2027-03-26');
    });

    test('advice and formation warnings offer their own dates', async () => {
        const advisory = await applyQuickFix(tender({ ...OPEN, regime: 'light-touch' }, 'publish 2027-03-01\nbid-deadline 2027-03-15'), 'bid-window');
        expect(advisory.title).toBe('Move the bid deadline to 2027-03-26 (the advisory minimum)');
        // 31 days: enough for the advice, not for the 6-week formation period
        const formation = await applyQuickFix(tender({ ...CFP, regime: 'light-touch', collaboration: 'joint-bids welcome' }, 'publish 2027-03-01\nbid-deadline 2027-04-01'), 'bid-window');
        expect(formation.title).toBe('Move the bid deadline to 2027-04-12 (after the consortium formation period)');
        expect(formation.text).toContain('bid-deadline 2027-04-12');
        expect(withCode(formation.diagnostics, 'bid-window')).toEqual([]);
    });
});

describe('bid-window: the Anyborough examples', () => {
    test('first-draft.tender: an error on its bid deadline (open procedure, 14 days)', async () => {
        const text = readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8');
        const found = withCode((await lintWithFramework(text)).diagnostics, 'bid-window');
        expect(found.map(d => [d.severity, d.range.start.line + 1])).toEqual([[ERROR, 69]]);
        expect(found[0].message).toContain('The tendering period (14 days from 2027-03-01)');
    });

    test('multiple-disadvantage.tender: no error and no warning (light touch, joint bids welcome, 49 days against 6 weeks)', async () => {
        const text = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8');
        expect(withCode((await lintWithFramework(text)).diagnostics, 'bid-window')).toEqual([]);
    });
});

describe('bid-window: the row of s54(4) from how tenders are submitted and who the buyer is (language 1.1)', () => {
    const submission = (electronic: string, documents: string) => `    submission {\n        electronic ${electronic}\n        documents ${documents}\n    }\n`;
    const openWith = (extra: string, deadline: string) =>
        `tender T {\n    procedure open\n${extra}    timeline {\n        publish 2027-03-01\n        bid-deadline ${deadline}\n    }\n}\n`;

    for (const [row, electronic, documents, days] of [
        [7, 'yes', 'with-notice', 25],
        [8, 'yes', 'later', 30],
        [9, 'no', 'with-notice', 30],
        [10, 'no', 'later', 35]
    ] as const) {
        test(`row ${row}: electronic ${electronic}, documents ${documents}: ${days} days`, async () => {
            const earliest = `2027-03-${String(1 + days).padStart(2, '0')}`.replace('2027-03-32', '2027-04-01').replace('2027-03-36', '2027-04-05');
            const exact = await bidWindow(openWith(submission(electronic, documents), earliest));
            expect(exact.found, `${days} days is enough`).toEqual([]);
            const { found } = await bidWindow(openWith(submission(electronic, documents), '2027-03-20'));
            expect(found).toHaveLength(1);
            expect(found[0].message).toContain(`is under the ${days}-day minimum (PA 2023 s54(4) row ${row})`);
            expect(found[0].message).toContain(`earliest lawful bid deadline ${earliest}`);
            expect(found[0].message).not.toContain('assumed');
        });
    }

    test('without a submission block, row 7 is assumed and the message says so; with one fact given, the other is assumed', async () => {
        const none = await bidWindow(openWith('', '2027-03-20'));
        expect(none.found[0].message).toContain('(PA 2023 s54(4) row 7, e-tendering with all documents assumed)');
        const half = await bidWindow(openWith('    submission { electronic no }\n', '2027-03-20'));
        expect(half.found[0].message).toContain('is under the 30-day minimum (PA 2023 s54(4) row 9, all documents with the notice assumed)');
    });

    const shortlist = (buyer: string, deadline: string) => `tender T {\n${buyer}    procedure competitive-flexible\n    timeline {\n        publish 2027-03-01\n        participation-deadline 2027-03-26\n        bid-deadline ${deadline}\n    }\n}\n`;

    test('row 3: a sub-central buyer\'s shortlisted suppliers have at least 10 days', async () => {
        const buyer = '    buyer "Anyborough Borough Council" { type sub-central-government }\n';
        expect((await bidWindow(shortlist(buyer, '2027-04-05'))).found).toEqual([]);
        const { found } = await bidWindow(shortlist(buyer, '2027-04-04'));
        expect(found[0].message).toBe('Tendering after the shortlist (9 days from 2027-03-26) is under the 10-day minimum (PA 2023 s54(4) row 3): '
            + 'earliest lawful bid deadline 2027-04-05. Row 2: none if agreed with them.');
    });

    test('row 2: the message says a period agreed with the shortlisted suppliers has no minimum; a utilities buyer has rows 2–3 too', async () => {
        const utility = await bidWindow(shortlist('    buyer "Harbour Authority" { type public-undertaking }\n', '2027-04-04'));
        expect(utility.found[0].message).toContain('is under the 10-day minimum (PA 2023 s54(4) row 3)');
        expect(utility.found[0].message).toContain('Row 2: none if agreed with them.');
    });

    test('a central government buyer cannot use rows 2–3: tendering after its shortlist takes the open rows (25 days)', async () => {
        const buyer = '    buyer "Department for Work and Pensions" { type central-government }\n';
        const { found } = await bidWindow(shortlist(buyer, '2027-04-05'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('is under the 25-day minimum (PA 2023 s54(4) row 7, e-tendering with all documents assumed)');
        expect(found[0].message).toContain('earliest lawful bid deadline 2027-04-20');
        expect(found[0].message).not.toContain('Row 2');
        expect((await bidWindow(shortlist(buyer, '2027-04-20'))).found).toEqual([]);
    });

    test('central government: the services threshold is its own (PA Sch 1 row 11), so a below-threshold council value may be above it', async () => {
        const text = (type: string) => `tender T {\n    buyer "B" { type ${type} }\n    procedure open\n    value £150,000\n    timeline { publish 2027-03-01 bid-deadline 2027-03-15 }\n}\n`;
        const council = await bidWindow(text('sub-central-government'));
        expect(council.found.every(d => d.severity !== ERROR)).toBe(true);
        const central = await bidWindow(text('central-government'));
        expect(central.found[0].severity).toBe(ERROR);
    });
});
