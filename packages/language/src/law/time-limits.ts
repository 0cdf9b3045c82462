/**
 * Minimum participation and tendering periods: Procurement Act 2023 s54 (docs/domain.md section 2)
 * and, for Scotland, the Public Contracts (Scotland) Regulations 2015 (section 8). Every figure
 * carries its source, and only figures that domain.md states (or the statute text it cites, read
 * for s54(4)) appear here. `periodRequirement` follows the decision table of domain.md 2.5, with
 * the tendering row chosen from how tenders are submitted (rows 7–10) and the buyer's type
 * deciding whether the rows for pre-selected suppliers (2–3) are open to it.
 */
import type { CalendarDate } from '../values/dates.js';
import { addDays, addMonths, compareDates, daysBetween, weekday } from '../values/dates.js';

export type Jurisdiction = 'england' | 'wales' | 'northern-ireland' | 'scotland';
export type Procedure = 'open' | 'competitive-flexible' | 'direct-award' | 'framework-call-off';
export type Regime = 'standard' | 'light-touch';
/** The contracting authority's type (PA s2, Sch 1 para 5); a council is sub-central government. */
export type BuyerType = 'sub-central-government' | 'central-government' | 'public-undertaking' | 'private-utility';

/**
 * How tenders are submitted, which picks the row of s54(4) among 7 to 10. `assumed` names the facts
 * the tender does not give (then electronic submission with every document provided with the notice,
 * row 7, is assumed).
 */
export interface SubmissionFacts {
    readonly electronic: boolean;
    readonly documentsWithNotice: boolean;
    readonly assumed: readonly ('electronic' | 'documents')[];
}

export const ASSUMED_SUBMISSION: SubmissionFacts = { electronic: true, documentsWithNotice: true, assumed: ['electronic', 'documents'] };

export interface LegalPeriod {
    readonly days: number;
    readonly source: string;
}

export interface NoticeWindow {
    /** What the notice is called where it applies. */
    readonly notice: string;
    /** Published at least this many days before the tender (contract) notice ... */
    readonly minDays: number;
    /** ... and at most this many months before it. */
    readonly maxMonths: number;
    readonly source: string;
}

const PA = 'Procurement Act 2023';
const PCSR = 'Public Contracts (Scotland) Regulations 2015 reg 28(3)–(6)';

/** Participation period of a competitive flexible procedure [PA s54(3); domain.md 2.2]. Light touch: none. */
export const PARTICIPATION_PERIOD = {
    urgency: { days: 10, source: `${PA} s54(3)` },
    otherwise: { days: 25, source: `${PA} s54(3)` }
} as const satisfies Record<string, LegalPeriod>;

/**
 * Tendering period minimums by the rows of PA s54(4), numbered as in PR 2024 reg 18(2)(s)
 * [domain.md 2.3]. Row 1 (light touch) and row 2 (a negotiated tendering period: one agreed with
 * the pre-selected suppliers who alone may tender, for a utilities contract or a buyer that is not
 * central government, s54(5)) set none. Rows 7 to 10 follow `submission { electronic; documents }`.
 */
export const TENDERING_PERIOD = {
    negotiatedTenderingPeriod: { days: 0, source: `${PA} s54(4) row 2` },
    preSelectedSuppliers: { days: 10, source: `${PA} s54(4) row 3` },
    qualifyingPlannedProcurementNotice: { days: 10, source: `${PA} s54(4) row 4` },
    urgency: { days: 10, source: `${PA} s54(4) row 5` },
    dynamicMarket: { days: 10, source: `${PA} s54(4) row 6` },
    electronicAllDocuments: { days: 25, source: `${PA} s54(4) row 7` },
    electronicNotAllDocuments: { days: 30, source: `${PA} s54(4) row 8` },
    notElectronicAllDocuments: { days: 30, source: `${PA} s54(4) row 9` },
    notElectronicNotAllDocuments: { days: 35, source: `${PA} s54(4) row 10` }
} as const satisfies Record<string, LegalPeriod>;

/** A planned procurement notice qualifies when published 40 days to 12 months before the tender notice [PA s15(3); domain.md 2.4]. */
export const QUALIFYING_PLANNED_PROCUREMENT_NOTICE: NoticeWindow = {
    notice: 'planned procurement notice',
    minDays: 40,
    maxMonths: 12,
    source: `${PA} s15(3)`
};

/**
 * Open procedure in Scotland [PCSR 2015 reg 28(3)–(6); domain.md 8]: 35 days from the contract
 * notice; up to 5 days less for electronic tenders; 15 with a prior information notice sent 35 days
 * to 12 months earlier; 15 if urgent. Calendar days, the final day a Scottish working day.
 */
export const SCOTLAND_OPEN_PROCEDURE = {
    standard: { days: 35, source: PCSR },
    electronicReduction: { days: 5, source: PCSR },
    electronic: { days: 35 - 5, source: PCSR },
    priorInformationNotice: { days: 15, source: PCSR },
    urgency: { days: 15, source: PCSR }
} as const satisfies Record<string, LegalPeriod>;

export const SCOTLAND_PRIOR_INFORMATION_NOTICE: NoticeWindow = {
    notice: 'prior information notice',
    minDays: 35,
    maxMonths: 12,
    source: PCSR
};

/** Where a final day must fall on a working day, and on whose authority. */
export const SCOTLAND_FINAL_DAY_WORKING_DAY = { source: 'Procurement Journey, "Open Procedure"' } as const;

/** The time limit duty that applies even where no minimum does [PA s54(1); domain.md 2.1, 2.7]. */
export const TIME_LIMIT_FACTORS = {
    text: 'the authority must still consider the nature and complexity of the contract when setting time limits',
    source: `${PA} s54(1)`
} as const;

/** The periods a timeline can show. */
export type PeriodKind =
    /** Open procedure, or a competitive flexible procedure's first tender round with no shortlist. */
    | 'tendering'
    /** Competitive flexible procedure: publication to the deadline for requests to participate. */
    | 'participation'
    /** Competitive flexible procedure: tendering by the suppliers shortlisted. */
    | 'tendering-after-shortlist';

export interface TimeLimitSituation {
    readonly jurisdiction: Jurisdiction;
    readonly procedure: Procedure;
    readonly regime: Regime;
    /** The buyer's type; a sub-central buyer (a council) when not given. */
    readonly buyerType?: BuyerType;
    /** True when the tender does not give the buyer's type. */
    readonly buyerTypeAssumed?: boolean;
    /** How tenders are submitted; electronic with every document provided when not given. */
    readonly submission?: SubmissionFacts;
    /** A planned procurement notice (prior information notice in Scotland) that qualifies. */
    readonly qualifyingNotice?: { readonly date: CalendarDate };
    /**
     * Set when the value is below the threshold: then there is no public contract (or, in
     * Scotland, no regulated contract), and no minimum period binds.
     */
    readonly belowThreshold?: { readonly reason: string; readonly source: string; readonly brief?: string };
}

export type PeriodRequirement =
    | {
        readonly kind: 'minimum';
        readonly days: number;
        readonly source: string;
        /** For the message: "the minimum for <circumstance> is N days". */
        readonly circumstance: string;
        /** The last day of the period must be a working day (Scotland). */
        readonly endsOnWorkingDay: boolean;
        /** A fact worth adding, e.g. that a planned procurement notice gives no cut here. */
        readonly note?: string;
        /** What was assumed because the tender does not say it, e.g. `electronic submission`. */
        readonly assumed?: readonly string[];
    }
    | {
        readonly kind: 'none';
        /** A few words for a short message: `a light touch contract`. */
        readonly brief?: string;
        /** Why no minimum applies, for the message. */
        readonly reason: string;
        readonly source?: string;
        /** A duty that still governs the period, e.g. PA s54(1). */
        readonly stillApplies?: { readonly text: string; readonly source: string };
    }
    | {
        readonly kind: 'not-covered';
        readonly brief?: string;
        /** Why domain.md gives no figure. */
        readonly reason: string;
    };

const PROCEDURE_WORDS: Record<Procedure, string> = {
    'open': 'an open procedure',
    'competitive-flexible': 'a competitive flexible procedure',
    'direct-award': 'a direct award',
    'framework-call-off': 'a framework call-off'
};

/**
 * The statutory minimum of a period, for a council buyer. The caller decides which periods the
 * timeline shows: `tendering` for an open procedure or a competitive flexible procedure without a
 * shortlist, `participation` and `tendering-after-shortlist` for one with a shortlist.
 */
export function periodRequirement(situation: TimeLimitSituation, period: PeriodKind): PeriodRequirement {
    if (situation.jurisdiction === 'scotland') {
        return scottishRequirement(situation, period);
    }
    const { procedure, regime } = situation;
    if (procedure === 'direct-award') {
        return { kind: 'none', brief: 'a direct award', reason: 'a direct award has no competitive tendering period', source: `${PA} s41, s43 and s54(5)` };
    }
    if (procedure === 'framework-call-off') {
        return { kind: 'none', brief: 'a framework call-off', reason: 'competitive selection under a framework has no statutory minimum period', source: `${PA} s45–46 and s54(5)` };
    }
    if (situation.belowThreshold) {
        return { kind: 'none', brief: situation.belowThreshold.brief, reason: situation.belowThreshold.reason, source: situation.belowThreshold.source };
    }
    if (regime === 'light-touch') {
        return {
            kind: 'none',
            brief: 'a light touch contract',
            reason: 'a light touch contract has no minimum participation or tendering period',
            source: period === 'participation' ? `${PA} s54(3)` : `${PA} s54(4) row 1`,
            stillApplies: TIME_LIMIT_FACTORS
        };
    }
    const standard = `${PROCEDURE_WORDS[procedure]} under the standard regime`;
    switch (period) {
        case 'participation':
            return {
                kind: 'minimum',
                ...PARTICIPATION_PERIOD.otherwise,
                circumstance: `the participation period of ${standard}`,
                endsOnWorkingDay: false,
                note: situation.qualifyingNotice ? 'a planned procurement notice gives no cut here' : undefined
            };
        case 'tendering-after-shortlist': {
            const buyerType = situation.buyerType ?? 'sub-central-government';
            if (buyerType !== 'central-government') {
                // Rows 2 and 3: a utilities contract, or a buyer that is not central government.
                const who = buyerType === 'sub-central-government'
                    ? (situation.buyerTypeAssumed === false ? ', sub-central buyer' : '')
                    : ', a utilities contract';
                return {
                    kind: 'minimum',
                    ...TENDERING_PERIOD.preSelectedSuppliers,
                    circumstance: `tendering by shortlisted (pre-selected) suppliers in ${standard}${who}`,
                    endsOnWorkingDay: false,
                    note: 'row 2: none if agreed with them',
                    assumed: situation.buyerTypeAssumed === false ? undefined : ['a council']
                };
            }
            // Central government cannot use rows 2 and 3: the rows for any tendering period apply.
            return tenderingRow(situation, `tendering by shortlisted suppliers in ${standard}, central government buyer (rows 2–3 not open to it)`);
        }
        case 'tendering': {
            const firstRound = procedure === 'competitive-flexible' ? `the first tender round (no shortlist) of ${standard}` : standard;
            return tenderingRow(situation, firstRound);
        }
    }
}

/** Rows 4 and 7–10 of s54(4): a qualifying planned procurement notice, else how tenders are submitted. */
function tenderingRow(situation: TimeLimitSituation, circumstance: string): PeriodRequirement {
    if (situation.qualifyingNotice) {
        return {
            kind: 'minimum',
            ...TENDERING_PERIOD.qualifyingPlannedProcurementNotice,
            circumstance: `${circumstance} with a qualifying planned procurement notice`,
            endsOnWorkingDay: false
        };
    }
    const submission = situation.submission ?? ASSUMED_SUBMISSION;
    const row = submission.electronic
        ? (submission.documentsWithNotice ? TENDERING_PERIOD.electronicAllDocuments : TENDERING_PERIOD.electronicNotAllDocuments)
        : (submission.documentsWithNotice ? TENDERING_PERIOD.notElectronicAllDocuments : TENDERING_PERIOD.notElectronicNotAllDocuments);
    const how: string[] = [];
    if (!submission.electronic) how.push('tenders not submitted electronically');
    if (!submission.documentsWithNotice) how.push('documents not all provided with the notice');
    const described = how.length > 0 ? `${circumstance}, ${how.join(' and ')}` : circumstance;
    const assumed: string[] = [];
    if (submission.assumed.length === 2) assumed.push('e-tendering with all documents');
    else if (submission.assumed.includes('electronic')) assumed.push('e-tendering');
    else if (submission.assumed.includes('documents')) assumed.push('all documents with the notice');
    return { kind: 'minimum', ...row, circumstance: described, endsOnWorkingDay: false, assumed: assumed.length > 0 ? assumed : undefined };
}

function scottishRequirement(situation: TimeLimitSituation, period: PeriodKind): PeriodRequirement {
    const { procedure, regime } = situation;
    if (procedure === 'direct-award') {
        return { kind: 'none', brief: 'a direct award', reason: 'a direct award has no tendering period' };
    }
    if (situation.belowThreshold) {
        return { kind: 'none', brief: situation.belowThreshold.brief, reason: situation.belowThreshold.reason, source: situation.belowThreshold.source };
    }
    if (regime === 'light-touch') {
        return {
            kind: 'none',
            brief: 'light touch services in Scotland',
            reason: 'no Scottish minimum period is known for light touch services; health or social care contracts may even be awarded without seeking offers',
            source: 'Procurement Reform (Scotland) Act 2014 s12'
        };
    }
    if (procedure === 'competitive-flexible') {
        return {
            kind: 'not-covered',
            brief: 'no Scottish rule for this procedure',
            reason: 'the competitive flexible procedure belongs to the Procurement Act 2023, which does not apply to devolved Scottish authorities (s2(5)(a)), and the Scottish time limits of other procedures are not covered'
        };
    }
    if (procedure === 'framework-call-off') {
        return { kind: 'not-covered', brief: 'Scottish call-offs are not covered', reason: 'the Scottish time limits of framework call-offs are not covered' };
    }
    if (period !== 'tendering') {
        return { kind: 'not-covered', brief: 'no participation stage', reason: 'an open procedure has no participation stage' };
    }
    if (situation.qualifyingNotice) {
        return {
            kind: 'minimum',
            ...SCOTLAND_OPEN_PROCEDURE.priorInformationNotice,
            circumstance: 'an open procedure in Scotland with a qualifying prior information notice',
            endsOnWorkingDay: true
        };
    }
    return {
        kind: 'minimum',
        ...SCOTLAND_OPEN_PROCEDURE.electronic,
        circumstance: 'an open procedure in Scotland with electronic tenders',
        endsOnWorkingDay: true
    };
}

/** The notice that can shorten the tendering period where the tender's law applies. */
export function planningNoticeWindow(jurisdiction: Jurisdiction): NoticeWindow {
    return jurisdiction === 'scotland' ? SCOTLAND_PRIOR_INFORMATION_NOTICE : QUALIFYING_PLANNED_PROCUREMENT_NOTICE;
}

export type NoticeCheck =
    | { readonly qualifies: true; readonly daysBefore: number }
    | { readonly qualifies: false; readonly daysBefore: number; readonly why: string };

/**
 * Whether a planned procurement (or prior information) notice published on `notice` qualifies for
 * a tender notice published on `publish`: at least `minDays` days and at most `maxMonths` months
 * before it, both ends included.
 */
export function checkPlanningNotice(notice: CalendarDate, publish: CalendarDate, window: NoticeWindow): NoticeCheck {
    const daysBefore = daysBetween(notice, publish);
    if (daysBefore < window.minDays) {
        const when = daysBefore <= 0 ? 'not before the tender notice' : `only ${daysBefore} day${daysBefore === 1 ? '' : 's'} before the tender notice`;
        return { qualifies: false, daysBefore, why: `it was published ${when}, and must be at least ${window.minDays} days before it` };
    }
    if (compareDates(notice, addMonths(publish, -window.maxMonths)) < 0) {
        return { qualifies: false, daysBefore, why: `it was published more than ${window.maxMonths} months before the tender notice` };
    }
    return { qualifies: true, daysBefore };
}

/**
 * The earliest lawful deadline: a period starts the day after the invitation and ends on the
 * deadline day [PA s54(5); domain.md 2.4], so it is the invitation date plus the minimum; where the
 * final day must be a working day, a Saturday or Sunday moves it to the Monday.
 */
export function earliestDeadline(invitation: CalendarDate, minimum: { readonly days: number; readonly endsOnWorkingDay: boolean }): CalendarDate {
    let deadline = addDays(invitation, minimum.days);
    if (minimum.endsOnWorkingDay) {
        while (isWeekend(deadline)) {
            deadline = addDays(deadline, 1);
        }
    }
    return deadline;
}

export function isWeekend(date: CalendarDate): boolean {
    const day = weekday(date);
    return day === 'Saturday' || day === 'Sunday';
}
