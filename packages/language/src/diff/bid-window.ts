/**
 * Whether a version's bid window is lawful, for a redline's summary: the periods and the law of
 * the tender's legal situation (law/situation.ts), the same the bid-window rule reads, said as
 * facts rather than findings. Nothing here restates a legal figure.
 */
import type { Tender } from '../generated/ast.js';
import type { PeriodKind } from '../law/time-limits.js';
import { earliestDeadline } from '../law/time-limits.js';
import { legalSituation } from '../law/situation.js';
import { compareDates, daysBetween, isoDate } from '../values/dates.js';

export interface BidWindowPeriod {
    readonly period: PeriodKind;
    /** `2027-03-01` */
    readonly from: string;
    readonly to: string;
    /** Days as the Act counts them: from the day after the invitation to the deadline day. */
    readonly days: number;
    /** `lawful`, `too short`, or `no minimum` where no statutory minimum applies (or the procedure is not given). */
    readonly status: 'lawful' | 'too-short' | 'no-minimum';
    /** The statutory minimum, when one applies. */
    readonly minimumDays: number | null;
    /** The earliest lawful deadline, when a minimum applies. */
    readonly earliestDeadline: string | null;
    /** Where the minimum (or its absence) comes from, e.g. `Procurement Act 2023 s54(4) row 7`. */
    readonly source: string | null;
    /** Why, in words: what the minimum is for, or why there is none. */
    readonly basis: string;
}

export const PERIOD_LABELS: Record<PeriodKind, string> = {
    'tendering': 'Tendering period',
    'participation': 'Participation period',
    'tendering-after-shortlist': 'Tendering period after the shortlist'
};

/** The participation and tendering periods the tender's timeline shows, each against the law. */
export function bidWindowOf(tender: Tender): BidWindowPeriod[] {
    return legalSituation(tender).periods.map(period => {
        const base = { period: period.kind, from: isoDate(period.from), to: isoDate(period.to), days: daysBetween(period.from, period.to) };
        const requirement = period.requirement;
        if (!requirement) {
            return { ...base, status: 'no-minimum' as const, minimumDays: null, earliestDeadline: null, source: null, basis: 'the procedure is not given, so which minimum applies is not known' };
        }
        if (requirement.kind === 'minimum') {
            const earliest = earliestDeadline(period.from, requirement);
            return {
                ...base,
                status: compareDates(period.to, earliest) >= 0 ? 'lawful' as const : 'too-short' as const,
                minimumDays: requirement.days,
                earliestDeadline: isoDate(earliest),
                source: requirement.source,
                basis: `the minimum for ${requirement.circumstance}`
            };
        }
        return {
            ...base,
            status: 'no-minimum' as const,
            minimumDays: null,
            earliestDeadline: null,
            source: requirement.kind === 'none' ? requirement.source ?? null : null,
            basis: requirement.kind === 'none' ? `no statutory minimum: ${requirement.reason}` : `the statutory minimum is not covered: ${requirement.reason}`
        };
    });
}

/** `Tendering period 49 days (1 March 2027 to 19 April 2027): lawful, the minimum is 25 days (source)`. */
export function describePeriod(period: BidWindowPeriod): string {
    const length = `${PERIOD_LABELS[period.period]} of ${period.days} ${period.days === 1 ? 'day' : 'days'} (${period.from} to ${period.to})`;
    const source = period.source ? ` (${period.source})` : '';
    switch (period.status) {
        case 'lawful':
            return `${length}: lawful; ${period.basis} is ${period.minimumDays} days${source}.`;
        case 'too-short':
            return `${length}: shorter than the law allows; ${period.basis} is ${period.minimumDays} days${source}, so the earliest lawful deadline is ${period.earliestDeadline}.`;
        case 'no-minimum':
            return `${length}: ${period.basis}${source}.`;
    }
}
