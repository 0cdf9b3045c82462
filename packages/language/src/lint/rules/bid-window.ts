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
    'tendering': 'The tendering period',
    'participation': 'The participation period',
    'tendering-after-shortlist': 'Tendering after the shortlist'
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
        // Short enough to read in a problems list (about 200 characters); the rule's page has the law in full.
        const found = `${PERIOD_NAMES[period.kind]} (${days(length)} from ${isoDate(period.from)})`;
        const deadlineName = DEADLINE_NAMES[period.deadline]!;
        if (requirement.kind === 'minimum') {
            const earliest = earliestDeadline(period.from, requirement);
            if (compareDates(period.to, earliest) >= 0) {
                continue;
            }
            const lastDay = addDays(period.from, requirement.days);
            const workingDay = compareDates(earliest, lastDay) === 0 ? ''
                : ` (${isoDate(lastDay)} is a ${weekday(lastDay)}: the last day must be a working day)`;
            const assumed = requirement.assumed ? `, ${requirement.assumed.join(' and ')} assumed` : '';
            const note = requirement.note ? ` ${capitalise(requirement.note)}.` : '';
            // The full circumstance is on the rule's page and in the editor's hint; the row names it here.
            context.report({
                node: timeline,
                property: period.deadline,
                message: `${found} is under the ${requirement.days}-day minimum (${short(requirement.source)}${assumed}): `
                    + `earliest lawful ${deadlineName} ${isoDate(earliest)}${workingDay}.${note}`,
                data: { date: isoDate(earliest), deadline: deadlineName, reason: 'lawful' }
            });
            if (period.kind === 'tendering' && situation.planningNoticeProblem && timeline.plannedProcurementNotice !== undefined) {
                context.report({
                    node: timeline,
                    property: 'plannedProcurementNotice',
                    severity: 'warning',
                    message: situation.planningNoticeProblem.replace('does not shorten it', 'does not shorten the tendering period')
                        .replace('Procurement Act 2023', 'PA 2023')
                });
            }
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
                message: `${found} is under the advised ${days(minimum)}; ${noMinimum(requirement)}. `
                    + `A ${deadlineName} of ${isoDate(earliest)} or later gives time to prepare.`,
                data: { date: isoDate(earliest), deadline: deadlineName, reason: 'advisory' }
            });
        }
    }
}

/** Sources as short as the message needs; the rule's page gives them in full. */
function short(source: string): string {
    return source
        .replace(/Procurement Act 2023/g, 'PA 2023')
        .replace(/Public Contracts \(Scotland\) Regulations 2015/g, 'PCSR 2015');
}

function noMinimum(requirement: Exclude<PeriodRequirement, { kind: 'minimum' }>): string {
    if (requirement.kind === 'not-covered') {
        return `the legal minimum is not covered (${requirement.brief ?? 'see the rule\'s page'})`;
    }
    return `no legal minimum applies (${requirement.brief ?? requirement.reason})`;
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
        ? `the ${formatDuration(formation.duration)} assumed (no formation-period)`
        : `its ${formatDuration(formation.duration)} formation period`;
    context.report({
        node: timeline,
        property: deadline,
        severity: 'warning',
        message: `Joint bids are ${jointBids}, but providers have ${days(length)} from ${isoDate(publish)} to form a consortium, `
            + `under ${which}: a ${deadlineName} of ${isoDate(earliest)} gives them time.`,
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
