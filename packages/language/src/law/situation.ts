/**
 * The legal situation of a tender, worked out once per tender per linking pass and read by the
 * rules, the editor's hints and lenses, the writers and `tender diff` alike: whose law applies, the
 * regime, the buyer's type, the threshold and whether the value reaches it, which notice the
 * procedure needs, the participation and tendering periods with the minimum each must meet, and
 * the duties that follow (KPIs, what the estimated value covers). Every figure comes from the
 * other files of this folder, each with its source; nothing here restates one.
 */
import type { Tender, Timeline } from '../generated/ast.js';
import { memoisePerLinkingPass } from '../memo.js';
import type { CalendarDate } from '../values/dates.js';
import { compareDates, isoDate } from '../values/dates.js';
import type { Money } from '../values/money.js';
import { formatMoney, moneyOf } from '../values/money.js';
import type { NoticeRequirement } from './notices.js';
import { noticeFor } from './notices.js';
import type { Threshold } from './thresholds.js';
import { contractThreshold, isBelowThreshold, PUBLIC_CONTRACT } from './thresholds.js';
import type {
    BuyerType, Jurisdiction, PeriodKind, PeriodRequirement, Procedure, Regime, SubmissionFacts, TimeLimitSituation
} from './time-limits.js';
import { ASSUMED_SUBMISSION, checkPlanningNotice, periodRequirement, planningNoticeWindow } from './time-limits.js';
import type { TimelineProperty } from './timeline.js';
import { timelineDate } from './timeline.js';
import { wholeTermMonths } from './contracts.js';
import { ESTIMATED_VALUE } from './duties.js';
import type { KpiDuty } from './kpi-duty.js';
import { kpiDutyOf } from './kpi-duty.js';
import type { NoticeGap } from './notice-gaps.js';
import { missingNoticeFacts } from './notice-gaps.js';

/** A period the timeline shows: from an invitation to a deadline. */
export interface Period {
    readonly kind: PeriodKind;
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    /** The deadline's property: findings and hints sit on its date. */
    readonly deadline: TimelineProperty;
}

/** A period with the minimum the law sets for it (undefined while the procedure is not given). */
export interface PeriodAtLaw extends Period {
    readonly requirement: PeriodRequirement | undefined;
}

export interface LegalSituation {
    /** `england` when the tender does not say (docs/language.md section 3). */
    readonly jurisdiction: Jurisdiction;
    /** `standard` when the tender does not say. */
    readonly regime: Regime;
    /** No default: which procedure is a choice the tender must make. */
    readonly procedure: Procedure | undefined;
    /** `sub-central-government` (a council) when the buyer's `type` is not given. */
    readonly buyerType: BuyerType;
    readonly buyerTypeAssumed: boolean;
    /** The estimated value, VAT included; undefined when missing or unreadable. */
    readonly value: Money | undefined;
    /**
     * The value the threshold is compared with: the VAT-inclusive estimate (PA s123(2)), except in
     * Scotland, whose thresholds exclude VAT (Procurement Reform (Scotland) Act 2014 s5(1); domain.md 8):
     * there the `excluding-vat` figure when given, else the value as written (`excludingVat` false).
     */
    readonly thresholdValue: { readonly amount: Money; readonly excludingVat: boolean } | undefined;
    readonly threshold: Threshold;
    /** True at or above the threshold, false below, undefined when there is no value or the currencies differ. */
    readonly reachesThreshold: boolean | undefined;
    /** The notice the procedure publishes first (UK4, UK5 or none); undefined while the procedure is not given. */
    readonly notice: NoticeRequirement | undefined;
    /** How tenders are submitted, with what was assumed. */
    readonly submission: SubmissionFacts;
    /** The time-limit situation the periods are measured against; undefined while the procedure is not given. */
    readonly timeLimits: TimeLimitSituation | undefined;
    /** Why a planned procurement notice on the timeline does not shorten the tendering period. */
    readonly planningNoticeProblem: string | undefined;
    /** The participation and tendering periods the timeline shows, each with its minimum. */
    readonly periods: readonly PeriodAtLaw[];
    /** The duty to set key performance indicators, as it falls on each contract (PA s52; kpi-duty.ts). */
    readonly kpiDuty: KpiDuty;
    /** What the estimated value must cover (PA s4, Sch 3, s123(2)). */
    readonly valueCover: ValueCover;
    /** The facts the notice must state that the tender does not give (notice-gaps.ts). */
    readonly noticeGaps: readonly NoticeGap[];
}

export interface ValueCover {
    /** `sum-of-call-offs` for a framework (Sch 3 para 2), else `whole-term`. */
    readonly basis: 'whole-term' | 'sum-of-call-offs';
    /** The whole possible term in months, extensions at their longest; undefined when not known. */
    readonly termMonths: number | undefined;
    /** The estimated value includes VAT (s123(2)); `excluding-vat` is the form's second figure. */
    readonly vatIncluded: true;
    readonly source: string;
}

/** The tender's jurisdiction; England when absent (docs/language.md section 3; domain.md sections 1, 8). */
export function jurisdictionOf(tender: Tender): Jurisdiction {
    return tender.jurisdiction ?? 'england';
}

/** The tender's regime; standard when absent (docs/language.md section 3). */
export function regimeOf(tender: Tender): Regime {
    return tender.regime ?? 'standard';
}

/** The procedure, when given: it has no default. */
export function procedureOf(tender: Tender): Procedure | undefined {
    return tender.procedure;
}

/** The legal situation of a tender, computed once per parse and link of its document. */
export const legalSituation: (tender: Tender) => LegalSituation = memoisePerLinkingPass(computeSituation);

function computeSituation(tender: Tender): LegalSituation {
    const jurisdiction = jurisdictionOf(tender);
    const regime = regimeOf(tender);
    const procedure = procedureOf(tender);
    const { buyerType, buyerTypeAssumed } = buyerTypeOf(tender);
    const value = moneyOf(tender.value?.amount);
    const threshold = contractThreshold(jurisdiction, regime, buyerType);
    const net = jurisdiction === 'scotland' ? moneyOf(tender.value?.excludingVat) : undefined;
    const thresholdValue = net ? { amount: net, excludingVat: true } : value ? { amount: value, excludingVat: false } : undefined;
    const below = thresholdValue ? isBelowThreshold(thresholdValue.amount, threshold) : undefined;
    const submission = submissionOf(tender);
    const timeline = tender.timeline;
    const { qualifyingNotice, problem } = planningNotice(timeline, jurisdiction);
    const timeLimits: TimeLimitSituation | undefined = procedure && {
        jurisdiction, regime, procedure, buyerType, buyerTypeAssumed, submission, qualifyingNotice,
        belowThreshold: below && thresholdValue ? belowThresholdReason(thresholdValue.amount, threshold, jurisdiction) : undefined
    };
    const periods = timeline
        ? periodsOf(tender, timeline).map(period => ({ ...period, requirement: timeLimits && periodRequirement(timeLimits, period.kind) }))
        : [];
    // The duties read the situation itself, so they are worked out when first asked for, once.
    let kpiDuty: KpiDuty | undefined;
    let noticeGaps: readonly NoticeGap[] | undefined;
    let valueCover: ValueCover | undefined;
    return {
        jurisdiction, regime, procedure, buyerType, buyerTypeAssumed, value, thresholdValue, threshold,
        reachesThreshold: below === undefined ? undefined : !below,
        notice: procedure && noticeFor(procedure, tender.procedureDetails?.justification),
        submission, timeLimits, planningNoticeProblem: problem, periods,
        get kpiDuty() {
            return kpiDuty ??= kpiDutyOf(tender);
        },
        get noticeGaps() {
            return noticeGaps ??= missingNoticeFacts(tender);
        },
        get valueCover() {
            return valueCover ??= tender.frameworkAgreement
                ? { basis: 'sum-of-call-offs', termMonths: undefined, vatIncluded: true, source: ESTIMATED_VALUE.frameworkSource }
                : { basis: 'whole-term', termMonths: wholeTermMonths(tender), vatIncluded: true, source: `${ESTIMATED_VALUE.wholeTermSource}; ${ESTIMATED_VALUE.vatSource}` };
        }
    };
}

/**
 * The buyer's type as the tender states it (`buyer "..." { type ... }`), else a council:
 * sub-central government.
 */
function buyerTypeOf(tender: Tender): { buyerType: BuyerType; buyerTypeAssumed: boolean } {
    const stated = tender.buyerDetails?.type;
    return stated ? { buyerType: stated, buyerTypeAssumed: false } : { buyerType: 'sub-central-government', buyerTypeAssumed: true };
}

/** How tenders are submitted as `submission { electronic; documents }` states it; electronic with every document provided otherwise. */
function submissionOf(tender: Tender): SubmissionFacts {
    const stated = tender.submission;
    const assumed: ('electronic' | 'documents')[] = [];
    if (stated?.electronic === undefined) assumed.push('electronic');
    if (stated?.documents === undefined) assumed.push('documents');
    if (assumed.length === 2) {
        return ASSUMED_SUBMISSION;
    }
    return {
        electronic: stated?.electronic !== 'no',
        documentsWithNotice: stated?.documents !== 'later',
        assumed
    };
}

function planningNotice(timeline: Timeline | undefined, jurisdiction: Jurisdiction): { qualifyingNotice?: { date: CalendarDate }; problem?: string } {
    const publish = timelineDate(timeline, 'publish');
    const notice = timelineDate(timeline, 'plannedProcurementNotice');
    if (!notice || !publish) {
        return {};
    }
    const window = planningNoticeWindow(jurisdiction);
    const check = checkPlanningNotice(notice, publish, window);
    if (check.qualifies) {
        return { qualifyingNotice: { date: notice } };
    }
    return { problem: `The ${window.notice} of ${isoDate(notice)} does not shorten it: ${check.why} (${window.source}).` };
}

function belowThresholdReason(value: Money, threshold: Threshold, jurisdiction: Jurisdiction): { reason: string; source: string; brief: string } {
    return {
        brief: `below the ${formatMoney(threshold.amount)} threshold`,
        reason: `the value ${formatMoney(value)} is below the ${threshold.name} of ${formatMoney(threshold.amount)}, so this is not a ${jurisdiction === 'scotland' ? 'regulated' : 'public'} contract`,
        source: jurisdiction === 'scotland' ? threshold.source : `${PUBLIC_CONTRACT.source}; ${threshold.source}`
    };
}

/** The periods the procedure has, as far as the timeline gives both their ends. */
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
