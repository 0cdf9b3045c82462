import type { Collaboration, Tender, Timeline } from '../../generated/ast.js';
import type { CalendarDate } from '../../values/dates.js';
import { addDays, addMonths, compareDates, daysBetween, isoDate, parseDate, weekday } from '../../values/dates.js';
import type { DurationValue } from '../../values/duration.js';
import { durationInDays, durationUnit, formatDuration } from '../../values/duration.js';
import type { RuleContext } from '../define-rule.js';
import { defineRule } from '../define-rule.js';
import type { PeriodKind, PeriodRequirement } from '../../law/time-limits.js';
import { earliestDeadline } from '../../law/time-limits.js';
import { legalSituation } from '../../law/situation.js';
import type { TimelineProperty } from '../../law/timeline.js';
import { timelineDate } from '../../law/timeline.js';
import { capitalise, days } from '../words.js';

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

function checkStatutoryPeriods(context: RuleContext, tender: Tender, timeline: Timeline): void {
    const situation = legalSituation(tender);
    const procedure = situation.procedure;
    if (!procedure) {
        return; // no default procedure: which minimum applies is not known yet
    }
    const advisory = procedure === 'open' || procedure === 'competitive-flexible';
    for (const period of situation.periods) {
        const requirement = period.requirement;
        if (!requirement) {
            continue;
        }
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
            const assumed = requirement.assumed ? `, assuming ${requirement.assumed.join(' and ')}` : '';
            const notes = [
                requirement.note ? ` ${capitalise(requirement.note)}.` : '',
                period.kind === 'tendering' && situation.planningNoticeProblem ? ` ${situation.planningNoticeProblem}` : ''
            ].join('');
            context.report({
                node: timeline,
                property: period.deadline,
                message: `${found}; the minimum for ${requirement.circumstance} is ${days(requirement.days)} (${requirement.source}${assumed}); `
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
