import type { Collaboration, Tender, Timeline } from '../../generated/ast.js';
import type { CalendarDate } from '../../values/dates.js';
import { addDays, addMonths, compareDates, daysBetween, isoDate, parseDate, weekday } from '../../values/dates.js';
import type { DurationValue } from '../../values/duration.js';
import { durationInDays, durationUnit, formatDuration } from '../../values/duration.js';
import { formatMoney, moneyOf } from '../../values/money.js';
import type { RuleContext } from '../define-rule.js';
import { defineRule } from '../define-rule.js';
import type { PeriodKind, PeriodRequirement, Procedure, TimeLimitSituation } from '../law/time-limits.js';
import { checkPlanningNotice, earliestDeadline, periodRequirement, planningNoticeWindow } from '../law/time-limits.js';
import { contractThreshold, isBelowThreshold, PUBLIC_CONTRACT } from '../law/thresholds.js';
import type { TimelineProperty } from '../timeline.js';
import { capitalise, days, jurisdictionOf, procedureOf, regimeOf, timelineDate } from '../timeline.js';

/** A period the timeline shows: from an invitation to a deadline. */
export interface Period {
    readonly kind: PeriodKind;
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    /** The deadline's property: the finding sits on its date. */
    readonly deadline: TimelineProperty;
}

const PERIOD_NAMES: Record<PeriodKind, string> = {
    'tendering': 'Tendering period',
    'participation': 'Participation period',
    'tendering-after-shortlist': 'Tendering period after the shortlist'
};

const DEADLINE_NAMES: Partial<Record<TimelineProperty, string>> = {
    participationDeadline: 'participation deadline',
    bidDeadline: 'bid deadline'
};

type FixReason = 'lawful' | 'advisory' | 'formation';

const FIX_REASONS: Record<FixReason, string> = {
    lawful: 'the earliest lawful',
    advisory: 'the advisory minimum',
    formation: 'after the consortium formation period'
};

/** Participation and tendering periods shorter than the law's minimum, or than advice. */
export default defineRule({
    meta: {
        id: 'bid-window',
        severity: 'error',
        category: 'law',
        description: 'A participation or tendering period is shorter than the statutory minimum (error) or, where none applies, than the advisory minimum or the consortium formation period (warning).',
        source: 'Procurement Act 2023 s54(3)–(5) and s15(3) (domain.md section 2); in Scotland, Public Contracts (Scotland) Regulations 2015 reg 28(3)–(6) (domain.md section 8).',
        options: ['advisoryTenderingDays', 'defaultFormationPeriod'],
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const timeline = tender.timeline;
                if (!timeline) {
                    return;
                }
                checkStatutoryPeriods(context, tender, timeline);
                checkFormationPeriod(context, tender, timeline);
            }
        };
    },
    fix({ range, data }) {
        const date = typeof data.date === 'string' && parseDate(data.date).ok ? data.date : undefined;
        const deadline = typeof data.deadline === 'string' ? data.deadline : undefined;
        const reason = typeof data.reason === 'string' && data.reason in FIX_REASONS ? FIX_REASONS[data.reason as FixReason] : undefined;
        if (!date || !deadline || !reason) {
            return [];
        }
        return [{
            title: `Move the ${deadline} to ${date} (${reason})`,
            edits: [{ range, newText: date }],
            safe: false,
            preferred: true
        }];
    }
});

/** The periods the procedure has, as far as the timeline gives both their ends (also shown by the editor's inlay hints). */
export function periodsOf(tender: Tender, timeline: Timeline): Period[] {
    const publish = timelineDate(timeline, 'publish');
    const participation = timelineDate(timeline, 'participationDeadline');
    const bid = timelineDate(timeline, 'bidDeadline');
    const candidates: { kind: PeriodKind; from?: CalendarDate; to?: CalendarDate; deadline: TimelineProperty }[] = [];
    // A participation deadline in a competitive flexible procedure means a shortlist; in an open
    // procedure there is no participation stage, so it does not change the tendering period.
    if (tender.procedure === 'competitive-flexible' && timeline.participationDeadline !== undefined) {
        candidates.push({ kind: 'participation', from: publish, to: participation, deadline: 'participationDeadline' });
        candidates.push({ kind: 'tendering-after-shortlist', from: participation, to: bid, deadline: 'bidDeadline' });
    } else {
        candidates.push({ kind: 'tendering', from: publish, to: bid, deadline: 'bidDeadline' });
    }
    // A deadline on or before its start is out of order: timeline-order reports that.
    return candidates.filter((p): p is Period => p.from !== undefined && p.to !== undefined && compareDates(p.to, p.from) > 0);
}

export function situationOf(tender: Tender, timeline: Timeline, procedure: Procedure): TimeLimitSituation & { noticeProblem?: string } {
    const jurisdiction = jurisdictionOf(tender);
    const regime = regimeOf(tender);
    const publish = timelineDate(timeline, 'publish');
    const notice = timelineDate(timeline, 'plannedProcurementNotice');
    let qualifyingNotice: TimeLimitSituation['qualifyingNotice'];
    let noticeProblem: string | undefined;
    if (notice && publish) {
        const window = planningNoticeWindow(jurisdiction);
        const check = checkPlanningNotice(notice, publish, window);
        if (check.qualifies) {
            qualifyingNotice = { date: notice };
        } else {
            noticeProblem = `The ${window.notice} of ${isoDate(notice)} does not shorten it: ${check.why} (${window.source}).`;
        }
    }
    const value = moneyOf(tender.value?.amount);
    const threshold = contractThreshold(jurisdiction, regime);
    const below = value ? isBelowThreshold(value, threshold) : undefined;
    const belowThreshold = below
        ? {
            reason: `the value ${formatMoney(value!)} is below the ${threshold.name} of ${formatMoney(threshold.amount)}, so this is not a ${jurisdiction === 'scotland' ? 'regulated' : 'public'} contract`,
            source: jurisdiction === 'scotland' ? threshold.source : `${PUBLIC_CONTRACT.source}; ${threshold.source}`
        }
        : undefined;
    return { jurisdiction, regime, procedure, qualifyingNotice, belowThreshold, noticeProblem };
}

function checkStatutoryPeriods(context: RuleContext, tender: Tender, timeline: Timeline): void {
    const procedure = procedureOf(tender);
    if (!procedure) {
        return; // no default procedure: which minimum applies is not known yet
    }
    const situation = situationOf(tender, timeline, procedure);
    const advisory = procedure === 'open' || procedure === 'competitive-flexible';
    for (const period of periodsOf(tender, timeline)) {
        const requirement = periodRequirement(situation, period.kind);
        const length = daysBetween(period.from, period.to);
        const found = `${PERIOD_NAMES[period.kind]} is ${days(length)} (${isoDate(period.from)} to ${isoDate(period.to)})`;
        const deadlineName = DEADLINE_NAMES[period.deadline]!;
        if (requirement.kind === 'minimum') {
            const earliest = earliestDeadline(period.from, requirement);
            if (compareDates(period.to, earliest) >= 0) {
                continue;
            }
            const lastDay = addDays(period.from, requirement.days);
            const workingDay = compareDates(earliest, lastDay) === 0 ? ''
                : ` (the period must end on a working day and ${isoDate(lastDay)} is a ${weekday(lastDay)})`;
            const notes = [
                requirement.note ? ` ${capitalise(requirement.note)}.` : '',
                period.kind === 'tendering' && situation.noticeProblem ? ` ${situation.noticeProblem}` : ''
            ].join('');
            context.report({
                node: timeline,
                property: period.deadline,
                message: `${found}; the minimum for ${requirement.circumstance} is ${days(requirement.days)} (${requirement.source}); `
                    + `the earliest lawful ${deadlineName} is ${isoDate(earliest)}${workingDay}.${notes}`,
                data: { date: isoDate(earliest), deadline: deadlineName, reason: 'lawful' }
            });
        } else if (advisory && period.kind !== 'participation') {
            const minimum = context.config.thresholds.advisoryTenderingDays;
            if (length >= minimum) {
                continue;
            }
            const earliest = addDays(period.from, minimum);
            context.report({
                node: timeline,
                property: period.deadline,
                severity: 'warning',
                message: `${found}, shorter than the advisory minimum of ${days(minimum)}. ${noMinimum(requirement)}; `
                    + `a ${deadlineName} of ${isoDate(earliest)} or later gives providers time to prepare a good tender.`,
                data: { date: isoDate(earliest), deadline: deadlineName, reason: 'advisory' }
            });
        }
    }
}

function noMinimum(requirement: Exclude<PeriodRequirement, { kind: 'minimum' }>): string {
    if (requirement.kind === 'not-covered') {
        return `The statutory minimum is not covered here: ${requirement.reason}`;
    }
    const source = requirement.source ? `; ${requirement.source}` : '';
    const still = requirement.stillApplies ? `, but ${requirement.stillApplies.text} (${requirement.stillApplies.source})` : '';
    return `No statutory minimum applies (${requirement.reason}${source})${still}`;
}

function checkFormationPeriod(context: RuleContext, tender: Tender, timeline: Timeline): void {
    const collaboration = tender.collaboration;
    const jointBids = collaboration?.jointBids;
    if (jointBids !== 'welcome' && jointBids !== 'accepted') {
        return;
    }
    const formation = formationPeriodOf(collaboration!, context);
    if (!formation) {
        return;
    }
    const publish = timelineDate(timeline, 'publish');
    // A consortium requests to participate as one, so with a shortlist it must be formed by the
    // participation deadline; otherwise by the bid deadline.
    const shortlist = tender.procedure === 'competitive-flexible' && timeline.participationDeadline !== undefined;
    const deadline: TimelineProperty = shortlist ? 'participationDeadline' : 'bidDeadline';
    const to = timelineDate(timeline, deadline);
    if (!publish || !to || compareDates(to, publish) <= 0) {
        return;
    }
    const earliest = after(publish, formation.duration);
    if (compareDates(to, earliest) >= 0) {
        return;
    }
    const deadlineName = DEADLINE_NAMES[deadline]!;
    const length = daysBetween(publish, to);
    const which = formation.assumed
        ? `the ${formatDuration(formation.duration)} assumed when the tender gives none (set formation-period under collaboration)`
        : `the formation period of ${formatDuration(formation.duration)}`;
    context.report({
        node: timeline,
        property: deadline,
        severity: 'warning',
        message: `Joint bids are ${jointBids}, but providers have ${days(length)} (${isoDate(publish)} to ${isoDate(to)}) to form a consortium and `
            + `${shortlist ? 'request to participate' : 'bid'}, less than ${which}; a ${deadlineName} of ${isoDate(earliest)} or later gives them time.`,
        data: { date: isoDate(earliest), deadline: deadlineName, reason: 'formation' }
    });
}

function formationPeriodOf(collaboration: Collaboration, context: RuleContext): { duration: DurationValue; assumed: boolean } | undefined {
    const given = collaboration.formationPeriod;
    if (!given) {
        return { duration: context.config.thresholds.defaultFormationPeriod, assumed: true };
    }
    const unit = durationUnit(given.unit);
    if (unit === undefined || typeof given.amount !== 'number' || !Number.isFinite(given.amount)) {
        return undefined; // still being typed
    }
    return { duration: { amount: given.amount, unit }, assumed: false };
}

/** The date a duration after `start`: whole months and years by the calendar, the rest in days rounded up. */
function after(start: CalendarDate, duration: DurationValue): CalendarDate {
    const months = duration.unit === 'year' ? duration.amount * 12 : duration.unit === 'month' ? duration.amount : undefined;
    if (months !== undefined && Number.isInteger(months)) {
        return addMonths(start, months);
    }
    return addDays(start, Math.ceil(durationInDays(duration) - 1e-9));
}
