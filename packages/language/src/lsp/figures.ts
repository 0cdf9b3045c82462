/**
 * The figures the editor shows while a commissioner types: how award criteria weights add up, how
 * lot values add up against the tender value, each lot's share. Computed from the same tender facts
 * the lint rules use, and worded for the code lenses and inlay hints (never for a diagnostic: the
 * rules say what is wrong, these only show the whole).
 */
import type { AwardCriteria, Criterion, Lot, Tender, Timeline } from '../generated/ast.js';
import type { TimelineProperty } from '../law/timeline.js';
import type { PeriodKind } from '../law/time-limits.js';
import { legalSituation } from '../law/situation.js';
import { daysBetween } from '../values/dates.js';
import type { Money } from '../values/money.js';
import { formatMoney, shareOf, sumMoney } from '../values/money.js';
import { formatPercent } from '../values/percent.js';
import { tenderFacts, weightOfKind } from '../lint/tender-facts.js';

export interface CriteriaFigures {
    /** Sum of the weights given so far. */
    readonly total: number;
    /** Criteria still without a weight. */
    readonly unweighted: number;
    /** Weight of each kind present, in a fixed order; undefined when one of that kind has no weight. */
    readonly kinds: readonly { readonly kind: Criterion['kind']; readonly weight: number | undefined }[];
}

const KIND_ORDER: readonly Criterion['kind'][] = ['price', 'social-value', 'technical', 'other'];

const KIND_WORDS: Record<Criterion['kind'], string> = {
    'price': 'price',
    'social-value': 'social value',
    'technical': 'quality',
    'other': 'other'
};

export function criteriaFigures(block: AwardCriteria): CriteriaFigures {
    let total = 0;
    let unweighted = 0;
    for (const criterion of block.criteria) {
        if (criterion.weight === undefined) {
            unweighted++;
        } else {
            total += criterion.weight;
        }
    }
    const kinds = KIND_ORDER
        .filter(kind => block.criteria.some(c => c.kind === kind))
        .map(kind => ({ kind, weight: weightOfKind(block, kind)?.total }));
    return { total, unweighted, kinds };
}

/** `Total weight 95%, 5% short of 100% · price 60% · social value 5% · quality 30%` */
export function criteriaSummary(figures: CriteriaFigures): string {
    if (figures.kinds.length === 0) {
        return 'No award criteria yet: add price, quality and social value criteria with weights adding up to 100%';
    }
    let total = `Total weight ${formatPercent(figures.total)}`;
    if (figures.unweighted > 0) {
        total += ` so far (${figures.unweighted} ${figures.unweighted === 1 ? 'criterion' : 'criteria'} without a weight)`;
    } else if (Math.abs(figures.total - 100) > 1e-9) {
        const gap = Math.abs(100 - figures.total);
        total += figures.total < 100 ? `, ${formatPercent(gap)} short of 100%` : `, ${formatPercent(gap)} over 100%`;
    }
    const parts = figures.kinds.map(({ kind, weight }) =>
        weight === undefined ? `${KIND_WORDS[kind]} without a weight` : `${KIND_WORDS[kind]} ${formatPercent(weight)}`);
    if (!figures.kinds.some(k => k.kind === 'social-value')) {
        parts.push('no social value criterion');
    }
    if (!figures.kinds.some(k => k.kind === 'price')) {
        parts.push('no price criterion');
    }
    return [total, ...parts].join(' · ');
}

export type LotTotals =
    | { readonly kind: 'complete'; readonly count: number; readonly total: Money; readonly tenderValue: Money | undefined }
    | { readonly kind: 'partial'; readonly count: number; readonly valued: number; readonly total: Money | undefined; readonly tenderValue: Money | undefined }
    | { readonly kind: 'mixed-currencies'; readonly count: number };

/** How the tender's lots add up; undefined when it has no lots. */
export function lotTotals(tender: Tender): LotTotals | undefined {
    const facts = tenderFacts(tender);
    if (facts.lots.length === 0) {
        return undefined;
    }
    const values = facts.lots.map(l => l.value).filter((v): v is Money => v !== undefined);
    const count = facts.lots.length;
    const currencies = new Set([...values.map(v => v.currency), ...(facts.value ? [facts.value.currency] : [])]);
    if (currencies.size > 1) {
        return { kind: 'mixed-currencies', count };
    }
    const total = sumMoney(values);
    if (values.length < count || !total) {
        return { kind: 'partial', count, valued: values.length, total, tenderValue: facts.value };
    }
    return { kind: 'complete', count, total, tenderValue: facts.value };
}

/** `3 lots add up to £2,300,000 of the tender value £2,400,000 (£100,000 short)` */
export function lotSummary(totals: LotTotals): string {
    const lots = `${totals.count} ${totals.count === 1 ? 'lot' : 'lots'}`;
    switch (totals.kind) {
        case 'mixed-currencies':
            return `${lots} in more than one currency: they cannot be added up against the tender value`;
        case 'partial': {
            const soFar = totals.total ? `${formatMoney(totals.total)} so far` : 'nothing so far';
            const of = totals.tenderValue ? ` of the tender value ${formatMoney(totals.tenderValue)}` : '';
            return `${totals.valued} of ${lots} have a value: ${soFar}${of}`;
        }
        case 'complete': {
            const { total, tenderValue } = totals;
            if (!tenderValue) {
                return `${lots} add up to ${formatMoney(total)}; the tender has no value yet`;
            }
            if (total.minor === tenderValue.minor) {
                return `${lots} add up to ${formatMoney(total)}, the whole tender value`;
            }
            const gap = formatMoney({ minor: Math.abs(tenderValue.minor - total.minor), currency: total.currency });
            return `${lots} add up to ${formatMoney(total)} of the tender value ${formatMoney(tenderValue)} (${gap} ${total.minor < tenderValue.minor ? 'short' : 'over'})`;
        }
    }
}

/** A lot's share of the tender value, in percent; undefined when either value is missing or they differ in currency. */
export function lotShare(lot: Lot, tender: Tender): number | undefined {
    const facts = tenderFacts(tender);
    const value = facts.lots.find(l => l.lot === lot)?.value;
    if (!value || !facts.value) {
        return undefined;
    }
    return shareOf(value, facts.value);
}

/** `33.33% of the tender` */
export function lotShareLabel(share: number): string {
    return `${formatPercent(share)} of the tender`;
}

export interface PeriodFigure {
    readonly kind: PeriodKind;
    /** The timeline date the period ends on. */
    readonly deadline: TimelineProperty;
    /** Days from the day after the invitation to the deadline, deadline included. */
    readonly days: number;
    /** The statutory minimum in days; `none` where none applies; undefined while the procedure is not given. */
    readonly minimum: { readonly days: number; readonly source: string; readonly circumstance: string } | 'none' | 'not-covered' | undefined;
    /** Why there is no minimum, or what the minimum is for, for a tooltip. */
    readonly explanation?: string;
    /** The advisory minimum where no statutory one applies to an open or competitive flexible procedure. */
    readonly advisoryDays?: number;
}

const PERIOD_WORDS: Record<PeriodKind, string> = {
    'tendering': 'to bid',
    'participation': 'to ask to take part',
    'tendering-after-shortlist': 'to bid after the shortlist'
};

/**
 * The participation and tendering periods the timeline shows, each against its legal minimum, as
 * the bid-window rule works them out (the same periods, the same law).
 */
export function periodFigures(tender: Tender, timeline: Timeline, advisoryTenderingDays: number): PeriodFigure[] {
    const situation = legalSituation(tender);
    const procedure = situation.procedure;
    // The situation's periods are the tender's own timeline; a caller passing another block gets none.
    if (tender.timeline !== timeline) {
        return [];
    }
    return situation.periods.map(period => {
        const days = daysBetween(period.from, period.to);
        const requirement = period.requirement;
        if (!requirement || !procedure) {
            return { kind: period.kind, deadline: period.deadline, days, minimum: undefined, explanation: 'Give the procedure to see the legal minimum.' };
        }
        if (requirement.kind === 'minimum') {
            const assumed = requirement.assumed ? ` Assumed: ${requirement.assumed.join(' and ')}.` : '';
            return {
                kind: period.kind, deadline: period.deadline, days,
                minimum: { days: requirement.days, source: requirement.source, circumstance: requirement.circumstance },
                explanation: `The minimum for ${requirement.circumstance} is ${requirement.days} days (${requirement.source}).${assumed}`
            };
        }
        const advisory = (procedure === 'open' || procedure === 'competitive-flexible') && period.kind !== 'participation' ? advisoryTenderingDays : undefined;
        if (requirement.kind === 'not-covered') {
            return { kind: period.kind, deadline: period.deadline, days, minimum: 'not-covered', explanation: `The statutory minimum is not covered: ${requirement.reason}.`, advisoryDays: advisory };
        }
        const source = requirement.source ? ` (${requirement.source})` : '';
        return { kind: period.kind, deadline: period.deadline, days, minimum: 'none', explanation: `No statutory minimum: ${requirement.reason}${source}.`, advisoryDays: advisory };
    });
}

/** `49 days to bid · legal minimum 25 days` */
export function periodLabel(figure: PeriodFigure): string {
    const length = `${figure.days} ${figure.days === 1 ? 'day' : 'days'} ${PERIOD_WORDS[figure.kind]}`;
    const minimum = figure.minimum;
    if (minimum === undefined) {
        return length;
    }
    if (minimum === 'none' || minimum === 'not-covered') {
        const none = minimum === 'none' ? 'no legal minimum' : 'legal minimum not covered';
        return figure.advisoryDays !== undefined ? `${length} · ${none} (advice: ${figure.advisoryDays} days)` : `${length} · ${none}`;
    }
    return `${length} · legal minimum ${minimum.days} days`;
}

/**
 * `Tender notice (UK4): 3 facts the regulations require and 2 Find a Tender asks for are missing`:
 * how far the tender is from the notice its procedure publishes (the reference's table, as
 * notice-incomplete and --for-publication apply it). Undefined while the procedure is not given,
 * and in Scotland, where the table does not apply.
 */
export function noticeSummary(tender: Tender): string | undefined {
    const situation = legalSituation(tender);
    const notice = situation.notice;
    if (!notice || situation.jurisdiction === 'scotland') {
        return undefined;
    }
    if (notice.kind === 'none') {
        return `${notice.name.charAt(0).toUpperCase()}${notice.name.slice(1)} (${notice.source})`;
    }
    const name = notice.kind === 'tender-notice' ? `Tender notice (${notice.form})` : `Transparency notice (${notice.form})`;
    const gaps = situation.noticeGaps;
    const required = gaps.filter(g => g.basis === 'regulation').length;
    const form = gaps.length - required;
    if (gaps.length === 0) {
        return `${name}: every fact it needs is given`;
    }
    const parts = [
        required > 0 ? `${required} ${required === 1 ? 'fact' : 'facts'} the regulations require` : '',
        form > 0 ? `${form} ${form === 1 ? 'field' : 'fields'} Find a Tender asks for` : ''
    ].filter(Boolean);
    return `${name}: ${parts.join(' and ')} still missing`;
}
