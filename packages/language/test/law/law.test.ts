/**
 * The legal facts the rules rely on: figures match docs/domain.md, and the decision functions
 * follow its tables (section 2.5 for time limits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Jurisdiction, PeriodKind, Procedure, Regime } from '../../src/law/time-limits.js';
import {
    checkPlanningNotice, earliestDeadline, PARTICIPATION_PERIOD, periodRequirement, QUALIFYING_PLANNED_PROCUREMENT_NOTICE,
    SCOTLAND_OPEN_PROCEDURE, SCOTLAND_PRIOR_INFORMATION_NOTICE, TENDERING_PERIOD
} from '../../src/law/time-limits.js';
import { CENTRAL_SERVICES, contractThreshold, isBelowThreshold, LIGHT_TOUCH, SCOTLAND_REGULATED_SERVICES, SUB_CENTRAL_SERVICES } from '../../src/law/thresholds.js';
import { cpvDigits, namesIntegratedCareBoard, SCHEDULE_1_CODES, scheduleOneCode } from '../../src/law/provider-selection-regime.js';
import { formatMoney } from '../../src/values/money.js';
import type { CalendarDate } from '../../src/values/dates.js';
import { isoDate, parseDate } from '../../src/values/dates.js';
import { REPO_ROOT } from '../helpers.js';

const domain = readFileSync(join(REPO_ROOT, 'docs', 'domain.md'), 'utf8');
const section = (n: string) => domain.slice(domain.indexOf(`## ${n}.`), domain.indexOf('\n## ', domain.indexOf(`## ${n}.`) + 1));

function date(text: string): CalendarDate {
    const parsed = parseDate(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.date;
}

describe('figures come from docs/domain.md', () => {
    test('thresholds', () => {
        for (const threshold of [LIGHT_TOUCH, SUB_CENTRAL_SERVICES, CENTRAL_SERVICES, SCOTLAND_REGULATED_SERVICES]) {
            expect(domain, threshold.name).toContain(formatMoney(threshold.amount));
        }
        const table = section('3');
        expect(table).toMatch(/Light touch, not utilities\/concession \(8\) \| £663,540/);
        expect(table).toMatch(/sub-central incl\. local authorities \(12\) \| £207,720/);
        expect(table).toMatch(/central government \(11\) \| £135,018/);
        expect(section('8')).toContain('£50,000 (goods/services)');
    });

    test('time limits, row by row', () => {
        const table = section('2');
        const rows: [number, number][] = [[3, TENDERING_PERIOD.preSelectedSuppliers.days], [4, TENDERING_PERIOD.qualifyingPlannedProcurementNotice.days],
            [5, TENDERING_PERIOD.urgency.days], [6, TENDERING_PERIOD.dynamicMarket.days], [7, TENDERING_PERIOD.electronicAllDocuments.days],
            [8, TENDERING_PERIOD.electronicNotAllDocuments.days], [9, TENDERING_PERIOD.notElectronicAllDocuments.days], [10, TENDERING_PERIOD.notElectronicNotAllDocuments.days]];
        for (const [row, days] of rows) {
            expect(table, `row ${row}`).toMatch(new RegExp(`\\n\\| ${row} \\|[^\\n]*\\| ${days} days \\|`));
        }
        expect(table).toContain('| Otherwise | 25 days |');
        expect(PARTICIPATION_PERIOD.otherwise.days).toBe(25);
        expect(table).toContain('impractical | 10 days |');
        expect(PARTICIPATION_PERIOD.urgency.days).toBe(10);
        expect(table).toContain(`at least ${QUALIFYING_PLANNED_PROCUREMENT_NOTICE.minDays} days and at most ${QUALIFYING_PLANNED_PROCUREMENT_NOTICE.maxMonths} months before the tender notice [PA s15(3)]`);
        const scotland = section('8');
        expect(scotland).toContain(`Open procedure: ${SCOTLAND_OPEN_PROCEDURE.standard.days} days`);
        expect(scotland).toContain(`${SCOTLAND_OPEN_PROCEDURE.priorInformationNotice.days} with a prior information notice sent ${SCOTLAND_PRIOR_INFORMATION_NOTICE.minDays} days–${SCOTLAND_PRIOR_INFORMATION_NOTICE.maxMonths} months earlier`);
        expect(scotland).toContain(`up to ${SCOTLAND_OPEN_PROCEDURE.electronicReduction.days} days less for electronic tenders`);
        expect(SCOTLAND_OPEN_PROCEDURE.electronic.days).toBe(30);
    });

    test('every Provider Selection Regime code is one domain.md lists in section 7, and none is a whole division', () => {
        const psr = section('7');
        for (const entry of SCHEDULE_1_CODES) {
            expect(psr, entry.code).toContain(entry.code);
            expect(entry.code.endsWith('000000'), entry.code).toBe(false);
        }
        expect(psr).toContain('**85312500 rehabilitation, only for tackling substance misuse or mental/physical rehabilitation**');
    });
});

describe('planned procurement notices', () => {
    const publish = date('2027-03-01');
    test('qualify from 40 days to 12 months before, both ends included', () => {
        expect(checkPlanningNotice(date('2027-01-20'), publish, QUALIFYING_PLANNED_PROCUREMENT_NOTICE)).toEqual({ qualifies: true, daysBefore: 40 });
        expect(checkPlanningNotice(date('2027-01-21'), publish, QUALIFYING_PLANNED_PROCUREMENT_NOTICE)).toMatchObject({ qualifies: false, daysBefore: 39 });
        expect(checkPlanningNotice(date('2026-03-01'), publish, QUALIFYING_PLANNED_PROCUREMENT_NOTICE).qualifies).toBe(true);
        expect(checkPlanningNotice(date('2026-02-28'), publish, QUALIFYING_PLANNED_PROCUREMENT_NOTICE)).toMatchObject({
            qualifies: false, why: 'it was published more than 12 months before the tender notice'
        });
    });

    test('12 months before a 29 February is the 28 February a year earlier', () => {
        expect(checkPlanningNotice(date('2027-02-28'), date('2028-02-29'), QUALIFYING_PLANNED_PROCUREMENT_NOTICE).qualifies).toBe(true);
        expect(checkPlanningNotice(date('2027-02-27'), date('2028-02-29'), QUALIFYING_PLANNED_PROCUREMENT_NOTICE).qualifies).toBe(false);
    });

    test('a notice on or after the tender notice does not qualify', () => {
        expect(checkPlanningNotice(publish, publish, QUALIFYING_PLANNED_PROCUREMENT_NOTICE)).toMatchObject({
            qualifies: false, why: 'it was published not before the tender notice, and must be at least 40 days before it'
        });
    });

    test('in Scotland a prior information notice qualifies from 35 days', () => {
        expect(checkPlanningNotice(date('2027-01-25'), publish, SCOTLAND_PRIOR_INFORMATION_NOTICE).qualifies).toBe(true);
        expect(checkPlanningNotice(date('2027-01-26'), publish, SCOTLAND_PRIOR_INFORMATION_NOTICE).qualifies).toBe(false);
    });
});

describe('earliest deadlines', () => {
    test('the invitation date plus the minimum (notice on 1 March, 25 days: 26 March)', () => {
        expect(isoDate(earliestDeadline(date('2027-03-01'), { days: 25, endsOnWorkingDay: false }))).toBe('2027-03-26');
        // a Saturday stays a Saturday where the law counts calendar days only
        expect(isoDate(earliestDeadline(date('2027-03-02'), { days: 25, endsOnWorkingDay: false }))).toBe('2027-03-27');
    });

    test('a period that must end on a working day moves from Saturday or Sunday to Monday', () => {
        expect(isoDate(earliestDeadline(date('2027-03-02'), { days: 25, endsOnWorkingDay: true }))).toBe('2027-03-29');
        expect(isoDate(earliestDeadline(date('2027-03-03'), { days: 25, endsOnWorkingDay: true }))).toBe('2027-03-29');
        expect(isoDate(earliestDeadline(date('2027-03-04'), { days: 25, endsOnWorkingDay: true }))).toBe('2027-03-29');
    });
});

describe('periodRequirement follows the decision table of domain.md 2.5 (council buyer)', () => {
    const base = { jurisdiction: 'england' as Jurisdiction, regime: 'standard' as Regime };
    const minimum = (procedure: Procedure, period: PeriodKind, extra: object = {}) => {
        const requirement = periodRequirement({ ...base, procedure, ...extra }, period);
        return requirement.kind === 'minimum' ? [requirement.days, requirement.source] : requirement.kind;
    };
    const notice = { qualifyingNotice: { date: date('2026-12-01') } };

    test('open tendering and CFP first round: 25, or 10 with a qualifying notice', () => {
        expect(minimum('open', 'tendering')).toEqual([25, 'Procurement Act 2023 s54(4) row 7']);
        expect(minimum('competitive-flexible', 'tendering')).toEqual([25, 'Procurement Act 2023 s54(4) row 7']);
        expect(minimum('open', 'tendering', notice)).toEqual([10, 'Procurement Act 2023 s54(4) row 4']);
        expect(minimum('competitive-flexible', 'tendering', notice)).toEqual([10, 'Procurement Act 2023 s54(4) row 4']);
    });

    test('CFP participation: 25 whether or not there is a notice; after the shortlist: 10', () => {
        expect(minimum('competitive-flexible', 'participation')).toEqual([25, 'Procurement Act 2023 s54(3)']);
        expect(minimum('competitive-flexible', 'participation', notice)).toEqual([25, 'Procurement Act 2023 s54(3)']);
        expect(minimum('competitive-flexible', 'tendering-after-shortlist')).toEqual([10, 'Procurement Act 2023 s54(4) row 3']);
    });

    test('light touch, direct award, framework call-off and below threshold: none', () => {
        for (const period of ['tendering', 'participation', 'tendering-after-shortlist'] as PeriodKind[]) {
            expect(periodRequirement({ ...base, regime: 'light-touch', procedure: 'competitive-flexible' }, period).kind).toBe('none');
        }
        expect(minimum('direct-award', 'tendering')).toBe('none');
        expect(minimum('framework-call-off', 'tendering')).toBe('none');
        expect(minimum('open', 'tendering', { belowThreshold: { reason: 'below', source: 'PA s3(2)' } })).toBe('none');
    });

    test('Wales and Northern Ireland as England; Scotland its own figures', () => {
        for (const jurisdiction of ['wales', 'northern-ireland'] as Jurisdiction[]) {
            expect(periodRequirement({ ...base, jurisdiction, procedure: 'open' }, 'tendering')).toMatchObject({ kind: 'minimum', days: 25 });
        }
        const scotland = { ...base, jurisdiction: 'scotland' as Jurisdiction };
        expect(periodRequirement({ ...scotland, procedure: 'open' }, 'tendering')).toMatchObject({ kind: 'minimum', days: 30, endsOnWorkingDay: true });
        expect(periodRequirement({ ...scotland, procedure: 'open', ...notice }, 'tendering')).toMatchObject({ kind: 'minimum', days: 15 });
        expect(periodRequirement({ ...scotland, procedure: 'open', regime: 'light-touch' }, 'tendering').kind).toBe('none');
        expect(periodRequirement({ ...scotland, procedure: 'direct-award' }, 'tendering').kind).toBe('none');
        expect(periodRequirement({ ...scotland, procedure: 'competitive-flexible' }, 'tendering').kind).toBe('not-covered');
    });
});

describe('thresholds', () => {
    test('by jurisdiction and regime', () => {
        expect(contractThreshold('england', 'light-touch')).toBe(LIGHT_TOUCH);
        expect(contractThreshold('wales', 'standard')).toBe(SUB_CENTRAL_SERVICES);
        expect(contractThreshold('scotland', 'light-touch')).toBe(SCOTLAND_REGULATED_SERVICES);
    });

    test('below means strictly below; other currencies cannot be compared', () => {
        expect(isBelowThreshold({ minor: 20_772_000, currency: 'GBP' }, SUB_CENTRAL_SERVICES)).toBe(false);
        expect(isBelowThreshold({ minor: 20_771_999, currency: 'GBP' }, SUB_CENTRAL_SERVICES)).toBe(true);
        expect(isBelowThreshold({ minor: 100, currency: 'EUR' }, SUB_CENTRAL_SERVICES)).toBeUndefined();
    });
});

describe('Provider Selection Regime codes', () => {
    test('CPV codes are read with or without their check digit', () => {
        expect(cpvDigits('85323000-9')).toBe('85323000');
        expect(cpvDigits(' 85323000 ')).toBe('85323000');
        expect(cpvDigits('85323000 - 9')).toBe('85323000');
        expect(cpvDigits('8532300')).toBeUndefined();
        expect(cpvDigits('85323000-99')).toBeUndefined();
        expect(cpvDigits('community health')).toBeUndefined();
    });

    test('only the listed codes match, never their division', () => {
        expect(scheduleOneCode('85312500-4')?.only).toBe('for tackling substance misuse or for mental or physical rehabilitation');
        expect(scheduleOneCode('85000000-9')).toBeUndefined();
        expect(scheduleOneCode('85300000')).toBeUndefined();
    });

    test('integrated care boards by name', () => {
        expect(namesIntegratedCareBoard('Anyshire Integrated Care Board')).toBe(true);
        expect(namesIntegratedCareBoard('NHS Anyshire ICB')).toBe(true);
        expect(namesIntegratedCareBoard('Anyshire Police and Crime Commissioner')).toBe(false);
        expect(namesIntegratedCareBoard('Picb Ltd')).toBe(false);
    });
});
