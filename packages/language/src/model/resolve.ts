/**
 * Resolves a tender's AST once into the plain TenderDocument that every writer reads. Never throws
 * on a half-written tender: whatever is missing, malformed or unresolved becomes null (or an empty
 * list), and the lint rules say what to do about it.
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import type {
    Assessment, AwardCriteria, Baseline, Capacity, Cohort, Contract, Cpv, Criterion, Duration, Extension, Framework, Kpi, Lot, Measure, Need,
    OrganisationDetails, Outcome, PopulationOutcome, Service, SupplierCount, Target, Tender, Timeline
} from '../generated/ast.js';
import { isFramework } from '../generated/ast.js';
import type { CalendarDate } from '../values/dates.js';
import { addDays, addMonths, dateOf, daysBetween, displayDate, isoDate, longDate } from '../values/dates.js';
import type { DurationValue } from '../values/duration.js';
import { durationInDays, durationInMonths, durationUnit, formatDuration, horizonOf } from '../values/duration.js';
import type { Money } from '../values/money.js';
import { formatMoney, moneyOf, shareOf, sumMoney } from '../values/money.js';
import { formatPercent } from '../values/percent.js';
import { isInSkippedHour, parseTimeOfDay, ukOffset } from '../values/uk-time.js';
import { contractThreshold, isBelowThreshold } from '../law/thresholds.js';
import type {
    AssessmentModel, AwardCriteriaModel, BaselineModel, BuyerTypeName, CapacityModel, CohortModel, CohortRef, ContractModel, CpvCode,
    CriterionModel, DateValue, DurationValueModel, EffectiveFrom, ExtensionModel, FrameworkRef, HorizonLabel, KpiModel, LotModel, LotRef,
    MeasureValue, MilestoneModel, MilestoneName, MoneyValue, NeedRef, OrganisationModel, OutcomeModel, OutcomeRef, PercentValue,
    PopulationOutcomeRef, ServiceModel, ServiceRef, SourceRange, SupplierCountModel, TargetModel, TenderDocument, TimelineModel,
    TimeOfDayModel
} from './tender-document.js';

/**
 * The resolved model of `tender`. `document` is accepted for callers that hold it (the source
 * positions come from the tender's own syntax nodes, so it is not needed for them).
 */
export function resolveTender(tender: Tender, document?: LangiumDocument): TenderDocument {
    void document;
    return new Resolver(tender).resolve();
}

// ------------------------------------------------------------------ value conversions

export function moneyValue(money: Money | undefined): MoneyValue | null {
    return money ? { minor: money.minor, currency: money.currency, display: formatMoney(money) } : null;
}

export function durationValue(duration: DurationValue | undefined): DurationValueModel | null {
    if (!duration) return null;
    return {
        amount: duration.amount,
        unit: duration.unit,
        days: round(durationInDays(duration), 4),
        months: round(durationInMonths(duration), 4),
        display: formatDuration(duration)
    };
}

export function dateValue(date: CalendarDate | undefined): DateValue | null {
    return date ? { iso: isoDate(date), display: displayDate(date), long: longDate(date) } : null;
}

export function percentValue(value: number | undefined): PercentValue | null {
    if (value === undefined || !Number.isFinite(value)) return null;
    const rounded = round(value, 4);
    return { value: rounded, display: formatPercent(rounded) };
}

/** Rounds away binary noise (55 + 15 + 30.000000001) so that totals compare and serialise cleanly. */
function round(value: number, decimals: number): number {
    const factor = 10 ** decimals;
    const result = Math.round(value * factor) / factor;
    return Object.is(result, -0) ? 0 : result;
}

function durationOf(node: Duration | undefined): DurationValue | undefined {
    if (!node || typeof node.amount !== 'number' || !Number.isFinite(node.amount)) return undefined;
    const unit = durationUnit(node.unit);
    return unit ? { amount: node.amount, unit } : undefined;
}

/** The extensions of a contract at their longest: `up-to D` is one of D; `D, D` two in turn. */
function extensionPeriods(extension: Extension | undefined): DurationValue[] {
    if (!extension) return [];
    if (extension.upTo) return [durationOf(extension.upTo)].filter((d): d is DurationValue => d !== undefined);
    return (extension.periods ?? []).map(durationOf).filter((d): d is DurationValue => d !== undefined);
}

function extensionModel(extension: Extension | undefined): ExtensionModel | null {
    if (!extension) return null;
    const periods = extensionPeriods(extension);
    const step = extension.upTo ? durationOf(extension.step) : undefined;
    const condition = text(extension.condition);
    const written = extension.upTo
        ? [periods[0] ? `up to ${formatDuration(periods[0])}` : 'up to a period not given', step ? `in steps of ${formatDuration(step)}` : undefined]
        : [periods.map(formatDuration).join(' + ')];
    return {
        kind: extension.upTo ? 'up-to' : 'successive',
        periods: periods.map(d => durationValue(d)!),
        step: durationValue(step),
        condition,
        display: [...written, condition ? `if ${condition}` : undefined].filter((s): s is string => Boolean(s)).join(' ')
    };
}

/** The sum of durations, in their unit when they share one, else in months (or days below a month). */
function totalDuration(durations: readonly DurationValue[]): DurationValue | undefined {
    if (durations.length <= 1) return durations[0];
    const unit = durations[0]!.unit;
    if (durations.every(d => d.unit === unit)) return { amount: durations.reduce((sum, d) => sum + d.amount, 0), unit };
    if (durations.every(d => d.unit === 'year' || d.unit === 'month')) return { amount: durations.reduce((sum, d) => sum + durationInMonths(d), 0), unit: 'month' };
    return { amount: Math.round(durations.reduce((sum, d) => sum + durationInDays(d), 0)), unit: 'day' };
}

/** A time of day written after a date, with its UK offset; null when absent, unreadable or in the skipped hour. */
export function timeOfDay(dateText: string | undefined, timeText: string | undefined): TimeOfDayModel | null {
    if (timeText === undefined) return null;
    const date = dateOf(dateText);
    const parsed = parseTimeOfDay(timeText);
    if (!date || !parsed.ok || isInSkippedHour(date, parsed.time)) return null;
    const offset = ukOffset(date, parsed.time);
    const hhmm = timeText.trim();
    return { time: hhmm, offset, dateTime: `${isoDate(date)}T${hhmm}:00${offset}`, display: `${hhmm} ${offset === '+01:00' ? 'BST' : 'GMT'}` };
}

function supplierCount(node: SupplierCount | undefined): SupplierCountModel | null {
    if (!node?.kind) return null;
    if (node.kind === 'up-to') {
        const upTo = typeof node.upTo === 'number' && Number.isFinite(node.upTo) ? node.upTo : null;
        return { kind: 'up-to', upTo, display: upTo === null ? 'a limited number of suppliers' : `up to ${upTo} supplier${upTo === 1 ? '' : 's'}` };
    }
    return node.kind === 'single'
        ? { kind: 'single', upTo: null, display: 'a single supplier' }
        : { kind: 'unlimited', upTo: null, display: 'any number of suppliers' };
}

function cpvCode(c: Cpv): CpvCode {
    const digits = /^(\d{8})(-\d)?$/.exec((c.code ?? '').trim());
    return { code: c.code ?? '', digits: digits ? digits[1] : null, label: text(c.label), source: cpvSource(c) };
}

/** Where a code is written: from its `cpv` keyword when it is the first of the line (as in 1.0), else the code itself. */
function cpvSource(c: Cpv): SourceRange | null {
    const cst = c.$cstNode;
    if (!cst) return null;
    const previous = CstUtils.getPreviousNode(cst, false);
    const start = previous && previous.text === 'cpv' ? previous.range.start : cst.range.start;
    const end = cst.range.end;
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function capacity(c: Capacity): CapacityModel | null {
    if (typeof c.count !== 'number' || !c.unit) return null;
    return {
        count: c.count,
        unit: c.unit,
        per: c.per ?? null,
        description: text(c.description),
        display: `${c.count.toLocaleString('en-GB')} ${c.unit}${c.per ? ` per ${c.per}` : ''}`,
        source: sourceOf(c)
    };
}

function kpi(k: Kpi): KpiModel {
    return {
        name: k.name ?? '',
        statement: text(k.statement),
        indicator: text(k.indicator),
        target: measureValue(k.target),
        reportedEvery: durationValue(durationOf(k.reportedEvery)),
        source: sourceOf(k)
    };
}

function organisation(name: string | undefined, details: OrganisationDetails | undefined, at: AstNode | undefined): OrganisationModel {
    const id = details?.id?.trim();
    const parts = id ? id.split('-') : [];
    const address = [...(details?.address ?? [])];
    return {
        name: text(name),
        id: id ?? null,
        scheme: parts.length >= 3 ? `${parts[0]}-${parts[1]}` : null,
        identifier: parts.length >= 3 ? parts.slice(2).join('-') : null,
        type: details?.type ?? null,
        address,
        postcode: address.length >= 1 ? address[address.length - 1]! : null,
        town: address.length >= 2 ? address[address.length - 2]! : null,
        region: text(details?.region),
        email: text(details?.email),
        telephone: text(details?.telephone),
        website: text(details?.website),
        contact: text(details?.contact),
        source: sourceOf(at)
    };
}

function assessment(node: Assessment | undefined): AssessmentModel | null {
    if (!node) return null;
    const finite = (n: number | undefined) => typeof n === 'number' && Number.isFinite(n);
    return {
        scale: finite(node.scaleFrom) && finite(node.scaleTo) ? { from: node.scaleFrom!, to: node.scaleTo! } : null,
        marks: (node.marks ?? []).filter(m => finite(m.mark)).map(m => ({
            mark: m.mark,
            texts: [...(m.texts ?? [])],
            description: (m.texts ?? []).join(' '),
            source: sourceOf(m)
        })),
        price: text(node.price),
        noPassMarks: Boolean(node.noPassMarks),
        source: sourceOf(node)
    };
}

function measureValue(node: Measure | undefined): MeasureValue | null {
    if (!node) return null;
    if (typeof node.percent === 'number') {
        return { kind: 'percent', value: node.percent, display: formatPercent(node.percent) };
    }
    if (typeof node.number === 'number') {
        return { kind: 'number', value: node.number, display: String(node.number) };
    }
    return null;
}

function sourceOf(node: AstNode | undefined): SourceRange | null {
    const range = node?.$cstNode?.range;
    if (!range) return null;
    return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Where one property of a node is written (its value, e.g. a multi-line text). */
function propertySourceOf(node: AstNode, property: string): SourceRange | null {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst) return null;
    const range = cst.range;
    return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function text(value: string | undefined): string | null {
    return value === undefined ? null : value;
}

/** The referenced node, or undefined when the reference does not resolve (never throws). */
function target<T extends AstNode>(reference: Reference<T>): T | undefined {
    try {
        return reference.ref;
    } catch {
        return undefined;
    }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
    const seen = new Set<string>();
    return items.filter(item => {
        const k = key(item);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
    });
}

type TimelineDateKey = 'marketEngagement' | 'plannedProcurementNotice' | 'publish' | 'participationDeadline' | 'clarificationDeadline' | 'bidDeadline' | 'award' | 'contractStart';

/** A council is a sub-central government authority: the type when the buyer's is not stated. */
const DEFAULT_BUYER_TYPE: BuyerTypeName = 'sub-central-government';

const MILESTONES: readonly { readonly name: MilestoneName; readonly label: string; readonly key: TimelineDateKey }[] = [
    { name: 'market-engagement', label: 'Market engagement', key: 'marketEngagement' },
    { name: 'planned-procurement-notice', label: 'Planned procurement notice', key: 'plannedProcurementNotice' },
    { name: 'publish', label: 'Tender notice published', key: 'publish' },
    { name: 'participation-deadline', label: 'Deadline for requests to participate', key: 'participationDeadline' },
    { name: 'clarification-deadline', label: 'Clarification deadline', key: 'clarificationDeadline' },
    { name: 'bid-deadline', label: 'Bid deadline', key: 'bidDeadline' },
    { name: 'award', label: 'Award decision', key: 'award' },
    { name: 'contract-start', label: 'Contract start', key: 'contractStart' }
];

// ------------------------------------------------------------------ the resolver

/**
 * For a node, the items of `items()` (in their order, each once) with a reference in `refs` to
 * it; the index is built on the first question.
 */
function lazyReferrers<F>(items: () => readonly F[], refs: (item: F) => readonly Reference[] | undefined): (node: AstNode) => readonly F[] {
    let index: Map<AstNode, F[]> | undefined;
    return (node) => {
        if (!index) {
            index = new Map();
            for (const item of items()) {
                for (const ref of refs(item) ?? []) {
                    const to = target(ref);
                    if (to === undefined) continue;
                    let list = index.get(to);
                    if (!list) index.set(to, list = []);
                    if (list[list.length - 1] !== item) list.push(item);
                }
            }
        }
        return index.get(node) ?? [];
    };
}

class Resolver {
    private readonly frameworks = new Map<string, FrameworkRef>();
    private readonly value: Money | undefined;

    constructor(private readonly tender: Tender) {
        this.value = moneyOf(tender.value?.amount);
    }

    /**
     * Who refers to what, each list built once for the whole tender: asking every outcome which
     * services deliver it by scanning every service was quadratic, and took most of a second on
     * the 20,000-line synthetic tender.
     */
    private readonly servedBy = lazyReferrers(() => this.tender.outcomes ?? [], o => o.serves);
    private readonly measuredBy = lazyReferrers(
        () => [this.tender.awardCriteria, ...(this.tender.lots ?? []).map(l => l.awardCriteria)]
            .flatMap(block => (block?.criteria ?? []).flatMap(c => c.subCriteria ?? [])),
        s => s.measures);
    private readonly deliveredBy = lazyReferrers(() => this.tender.services ?? [], s => s.delivers);
    private readonly inLots = lazyReferrers(() => this.tender.lots ?? [], l => l.services);

    resolve(): TenderDocument {
        const t = this.tender;
        const regime = t.regime ?? 'standard';
        const jurisdiction = t.jurisdiction ?? 'england';
        const cohorts = (t.cohorts ?? []).map(c => this.cohort(c));
        const outcomes = (t.outcomes ?? []).map(o => this.outcome(o));
        const services = (t.services ?? []).map(s => this.service(s));
        const lots = (t.lots ?? []).map((l, i) => this.lot(l, i));
        const awardCriteria = this.tenderAwardCriteria();
        const funding = this.funding();
        const lotValues = sumMoney(lots.flatMap(l => l.value ? [{ minor: l.value.minor, currency: l.value.currency }] : []));
        // The buyer's type decides the threshold (a council's when not stated).
        const threshold = contractThreshold(jurisdiction, regime, t.buyerDetails?.type ?? DEFAULT_BUYER_TYPE);
        const value = moneyValue(this.value);
        return {
            name: t.name ?? '',
            title: text(t.title),
            reference: text(t.reference),
            buyer: text(t.buyer),
            buyerDetails: t.buyerDetails ? organisation(t.buyer, t.buyerDetails, t.buyerDetails) : null,
            buyerType: t.buyerDetails?.type ?? DEFAULT_BUYER_TYPE,
            buyerTypeStated: t.buyerDetails?.type !== undefined,
            jointBuyers: (t.jointBuyers ?? []).map(j => organisation(j.buyer, j.details, j)),
            version: text(t.version),
            stage: t.stage ?? null,
            jurisdiction,
            jurisdictionStated: t.jurisdiction !== undefined,
            procedure: t.procedure ?? null,
            procedureProcess: this.procedureProcess(),
            justification: text(t.procedureDetails?.justification),
            regime,
            regimeStated: t.regime !== undefined,
            cpv: (t.cpvs ?? []).map(cpvCode),
            regions: [...(t.regions ?? [])],
            reserved: t.reserved ?? null,
            suitableFor: uniqueBy([...(t.suitableFor ?? [])], s => s),
            capacities: (t.capacities ?? []).map(capacity).filter((c): c is CapacityModel => c !== null),
            requirements: [...(t.requirements ?? [])],
            kpis: (t.kpis ?? []).map(kpi),
            noKpis: t.noKpis ? { reason: text(t.noKpis.reason), source: sourceOf(t.noKpis) } : null,
            frameworkAgreement: this.frameworkAgreement(),
            submission: t.submission ? {
                via: text(t.submission.via),
                electronic: t.submission.electronic === undefined ? null : t.submission.electronic === 'yes',
                documents: t.submission.documents ?? null,
                languages: [...(t.submission.languages ?? [])],
                source: sourceOf(t.submission)
            } : null,
            value: t.value ? {
                amount: value,
                term: durationValue(durationOf(t.value.term)),
                excludingVat: moneyValue(moneyOf(t.value.excludingVat)),
                display: [value?.display ?? t.value.amount, t.value.term && durationOf(t.value.term) ? `over ${formatDuration(durationOf(t.value.term)!)}` : undefined]
                    .filter((s): s is string => Boolean(s)).join(' '),
                source: sourceOf(t.value)
            } : null,
            issued: dateValue(dateOf(t.issued)),
            funding,
            coFunders: funding ? uniqueBy(funding.contributors.filter(c => !c.isBuyer), c => c.who).map(c => c.who) : [],
            purpose: text(t.purpose),
            purposeSource: propertySourceOf(t, 'purpose'),
            engagement: t.engagement ? {
                level: t.engagement.level ?? null,
                serviceUsers: text(t.engagement.serviceUsers),
                providers: text(t.engagement.providers),
                commissioners: text(t.engagement.commissioners),
                notice: text(t.engagement.notice),
                noNoticeReason: text(t.engagement.noNotice),
                source: sourceOf(t.engagement)
            } : null,
            cohorts,
            outcomes,
            services,
            lots,
            lotRules: t.lotRules ? {
                maxPerBidder: t.lotRules.maxPerBidder ?? null,
                maxAwarded: t.lotRules.maxAwarded ?? null,
                maxAwardedBy: text(t.lotRules.maxAwardedBy),
                source: sourceOf(t.lotRules)
            } : null,
            noLots: t.noLots ? { reason: text(t.noLots.reason), source: sourceOf(t.noLots) } : null,
            awardCriteria,
            socialValue: t.socialValue ? {
                policy: text(t.socialValue.policy),
                // `requirement "a", "b" mandatory`: one requirement per text, `mandatory` applying to each.
                requirements: (t.socialValue.requirements ?? []).flatMap(r => [r.text ?? '', ...(r.moreTexts ?? [])]
                    .map(requirement => ({ text: requirement, mandatory: Boolean(r.mandatory), source: sourceOf(r) }))),
                source: sourceOf(t.socialValue)
            } : null,
            collaboration: t.collaboration ? {
                jointBids: t.collaboration.jointBids ?? null,
                models: [...(t.collaboration.models ?? [])],
                leadOrganisation: t.collaboration.leadOrganisation ?? null,
                riskSharing: [...(t.collaboration.riskSharing ?? [])],
                formationPeriod: durationValue(durationOf(t.collaboration.formationPeriod)),
                subcontractShare: percentValue(t.collaboration.subcontractShare),
                source: sourceOf(t.collaboration)
            } : null,
            participation: t.participation ? {
                minimumTurnover: moneyValue(moneyOf(t.participation.minimumTurnover)),
                insurance: [...(t.participation.insurance ?? [])],
                accreditations: [...(t.participation.accreditations ?? [])],
                requirements: [...(t.participation.requirements ?? [])],
                source: sourceOf(t.participation)
            } : null,
            timeline: t.timeline ? this.timeline(t.timeline) : null,
            contract: t.contract ? this.contract([t.contract], dateOf(t.timeline?.contractStart)) : null,
            risks: (t.risks ?? []).map(r => ({
                name: r.name ?? '',
                text: text(r.text),
                likelihood: r.likelihood ?? null,
                impact: r.impact ?? null,
                mitigation: text(r.mitigation),
                internal: Boolean(r.internal),
                source: sourceOf(r)
            })),
            frameworks: [...this.frameworks.values()],
            totals: {
                value,
                funding: funding?.total ?? null,
                lotValues: moneyValue(lotValues),
                lotValuesShare: lotValues && this.value ? percentValue(shareOf(lotValues, this.value)) : null,
                priceWeight: awardCriteria?.priceWeight ?? null,
                socialValueWeight: awardCriteria?.socialValueWeight ?? null,
                threshold: {
                    name: threshold.name,
                    amount: moneyValue(threshold.amount)!,
                    source: threshold.source,
                    reached: this.value ? invert(isBelowThreshold(this.value, threshold)) : null
                }
            },
            source: sourceOf(t)
        };
    }

    // -------------------------------------------------------------- references

    private framework(node: Framework | undefined): FrameworkRef | null {
        if (!node) return null;
        const key = node.name ?? '';
        let ref = this.frameworks.get(key);
        if (!ref) {
            ref = { name: key, title: text(node.title), owner: text(node.owner) };
            this.frameworks.set(key, ref);
        }
        return ref;
    }

    private need(reference: Reference<Need>): NeedRef {
        const need = target(reference);
        if (need && isFramework(need.$container)) this.framework(need.$container);
        return { name: need?.name ?? reference.$refText, text: text(need?.text) };
    }

    private populationOutcome(reference: Reference<PopulationOutcome>): PopulationOutcomeRef {
        const outcome = target(reference);
        return {
            name: outcome?.name ?? reference.$refText,
            text: text(outcome?.text),
            indicators: [...(outcome?.indicators ?? [])],
            framework: outcome && isFramework(outcome.$container) ? this.framework(outcome.$container) : null
        };
    }

    private cohortRef(reference: Reference<Cohort>): CohortRef {
        const cohort = target(reference);
        return { name: cohort?.name ?? reference.$refText, description: text(cohort?.description) };
    }

    private outcomeRef(reference: Reference<Outcome>): OutcomeRef {
        const outcome = target(reference);
        return { name: outcome?.name ?? reference.$refText, statement: text(outcome?.statement) };
    }

    private serviceRef(reference: Reference<Service>): ServiceRef {
        const service = target(reference);
        return { name: service?.name ?? reference.$refText, title: text(service?.title) };
    }

    // -------------------------------------------------------------- elements

    private cohort(c: Cohort): CohortModel {
        const size = c.size && typeof c.size.count === 'number' && c.size.unit ? c.size : undefined;
        return {
            name: c.name ?? '',
            description: text(c.description),
            size: size ? {
                count: size.count,
                unit: size.unit,
                perYear: Boolean(size.perYear),
                display: `${size.count} ${size.unit}${size.perYear ? ' per year' : ''}`
            } : null,
            areas: [...(c.areas ?? [])],
            needs: (c.needs ?? []).map(n => this.need(n)),
            assets: [...(c.assets ?? [])],
            personas: (c.personas ?? []).map(p => ({
                name: p.name ?? '',
                age: typeof p.age === 'number' ? p.age : null,
                area: text(p.area),
                story: text(p.story),
                says: text(p.says),
                source: sourceOf(p)
            })),
            outcomes: this.servedBy(c)
                .map(o => ({ name: o.name ?? '', statement: text(o.statement) })),
            source: sourceOf(c)
        };
    }

    private outcome(o: Outcome): OutcomeModel {
        const targets = (o.targets ?? []).map(t => this.target(t));
        const ordered = targets
            .map((t, index) => ({ t, index }))
            .sort((a, b) => (a.t.horizon?.days ?? Infinity) - (b.t.horizon?.days ?? Infinity) || a.index - b.index)
            .map(e => e.t);
        const at = (label: HorizonLabel) => ordered.find(t => t.standardHorizon === label) ?? null;
        const measuredBy = this.measuredBy(o).map(s => s.title ?? '');
        return {
            name: o.name ?? '',
            statement: text(o.statement),
            serves: (o.serves ?? []).map(r => this.cohortRef(r)),
            contributesTo: (o.contributesTo ?? []).map(r => this.populationOutcome(r)),
            indicator: text(o.indicator),
            baseline: o.baseline ? this.baseline(o.baseline) : null,
            targets: ordered,
            horizons: { sixMonths: at('6 months'), twoYears: at('2 years'), fiveYears: at('5 years') },
            evidence: text(o.evidence),
            deliveredBy: this.deliveredBy(o)
                .map(s => ({ name: s.name ?? '', title: text(s.title) })),
            measuredBy: uniqueBy(measuredBy.filter(Boolean), s => s),
            source: sourceOf(o)
        };
    }

    private baseline(b: Baseline): BaselineModel {
        const measure = measureValue(b.measure);
        const year = typeof b.year === 'number' ? b.year : null;
        const pending = Boolean(b.pending);
        const pendingText = text(b.pendingText);
        const display = pending
            ? `To be measured${pendingText ? `: ${pendingText}` : ''}`
            : [measure?.display, year !== null ? `in ${year}` : undefined].filter(Boolean).join(' ');
        return { measure, year, pending, pendingText, display };
    }

    private target(t: Target): TargetModel {
        const horizon = durationOf(t.horizon);
        const standard = horizon ? horizonOf(horizon) : undefined;
        return {
            horizon: durationValue(horizon),
            standardHorizon: standard ? standard.label as HorizonLabel : null,
            measure: measureValue(t.measure),
            source: sourceOf(t)
        };
    }

    private service(s: Service): ServiceModel {
        return {
            name: s.name ?? '',
            title: text(s.title),
            description: text(s.description),
            addresses: (s.addresses ?? []).map(r => this.need(r)),
            delivers: (s.delivers ?? []).map(r => this.outcomeRef(r)),
            lots: this.inLots(s)
                .map((l): LotRef => ({ name: l.name ?? '', title: text(l.title) })),
            requirements: [...(s.requirements ?? [])],
            source: sourceOf(s)
        };
    }

    private lot(l: Lot, index: number): LotModel {
        const value = moneyOf(l.value);
        const services = (l.services ?? []).map(r => target(r)).filter((s): s is Service => s !== undefined);
        const t = this.tender;
        const own = l.awardCriteria ? this.awardCriteria(l.awardCriteria, t.awardCriteria?.assessment) : null;
        const inherited = own ? null : this.tenderAwardCriteria();
        const criteria = own ?? inherited;
        const assessmentFrom = l.awardCriteria?.assessment ? 'lot' : criteria?.assessment ? 'tender' : null;
        const ownRegions = (l.regions ?? []).length > 0;
        const ownCpv = (l.cpvs ?? []).length > 0;
        const ownSuitable = (l.suitableFor ?? []).length > 0;
        const kind = t.frameworkAgreement ? (l.kind === 'contract' ? 'contract' : 'framework') : 'contract';
        const statedSuppliers = supplierCount(l.suppliers);
        const frameworkSuppliers = kind === 'framework' ? supplierCount(t.frameworkAgreement?.suppliers) : null;
        const suppliers = statedSuppliers ?? (kind === 'contract' ? supplierCount({ kind: 'single' } as SupplierCount) : frameworkSuppliers);
        const suppliersFrom: EffectiveFrom | null = statedSuppliers ? 'lot' : kind === 'contract' ? 'default' : frameworkSuppliers ? 'tender' : null;
        const contracts = [t.contract, l.contract].filter((c): c is Contract => c !== undefined);
        return {
            name: l.name ?? '',
            number: index + 1,
            title: text(l.title),
            value: moneyValue(value),
            share: value && this.value ? percentValue(shareOf(value, this.value)) : null,
            services: (l.services ?? []).map(r => this.serviceRef(r)),
            needs: uniqueBy(services.flatMap(s => (s.addresses ?? []).map(r => this.need(r))), n => n.name),
            outcomes: uniqueBy(services.flatMap(s => (s.delivers ?? []).map(r => this.outcomeRef(r))), o => o.name),
            areas: [...(l.areas ?? [])],
            awardCriteria: criteria,
            awardCriteriaFrom: own ? 'lot' : inherited ? 'tender' : null,
            assessmentFrom,
            valueExcludingVat: moneyValue(moneyOf(l.valueExcludingVat)),
            valueTerm: durationValue(durationOf(l.valueTerm)),
            regions: ownRegions ? [...(l.regions ?? [])] : [...(t.regions ?? [])],
            regionsFrom: ownRegions ? 'lot' : (t.regions ?? []).length > 0 ? 'tender' : null,
            cpv: ownCpv ? (l.cpvs ?? []).map(cpvCode) : (t.cpvs ?? []).map(cpvCode),
            cpvFrom: ownCpv ? 'lot' : (t.cpvs ?? []).length > 0 ? 'tender' : null,
            kind,
            kindStated: l.kind !== undefined,
            reserved: l.reserved ?? t.reserved ?? null,
            reservedFrom: l.reserved ? 'lot' : t.reserved ? 'tender' : null,
            suitableFor: uniqueBy(ownSuitable ? [...(l.suitableFor ?? [])] : [...(t.suitableFor ?? [])], s => s),
            suitableForFrom: ownSuitable ? 'lot' : (t.suitableFor ?? []).length > 0 ? 'tender' : null,
            suppliers,
            suppliersFrom,
            capacities: (l.capacities ?? []).map(capacity).filter((c): c is CapacityModel => c !== null),
            kpis: (l.kpis ?? []).map(kpi),
            contract: contracts.length > 0 ? this.contract(contracts, dateOf(t.timeline?.contractStart)) : null,
            contractFrom: l.contract && t.contract ? 'both' : l.contract ? 'lot' : t.contract ? 'tender' : null,
            source: sourceOf(l)
        };
    }

    private tenderCriteria: AwardCriteriaModel | null | undefined;

    /**
     * The tender's award criteria, resolved once: the tender and every lot that takes them share
     * one model (resolved again for each lot, 3,000 lots of 3,000 criteria made 9 million objects).
     */
    private tenderAwardCriteria(): AwardCriteriaModel | null {
        if (this.tenderCriteria === undefined) this.tenderCriteria = this.awardCriteria(this.tender.awardCriteria);
        return this.tenderCriteria;
    }

    /** `fallback`: the tender's assessment, which a lot's criteria take when they have none of their own. */
    private awardCriteria(block: AwardCriteria | undefined, fallback?: Assessment): AwardCriteriaModel | null {
        if (!block) return null;
        const criteria = (block.criteria ?? []).map(c => this.criterion(c));
        const sumOf = (kind: CriterionModel['kind']) => {
            const matching = criteria.filter(c => c.kind === kind);
            return matching.length === 0 ? null : percentValue(matching.reduce((sum, c) => sum + (c.weight?.value ?? 0), 0));
        };
        const total = criteria.reduce((sum, c) => sum + (c.weight?.value ?? 0), 0);
        return {
            criteria,
            totalWeight: percentValue(total)!,
            weightsComplete: criteria.length > 0 && criteria.every(c => c.weight !== null) && Math.abs(round(total, 4) - 100) < 1e-9,
            priceWeight: sumOf('price'),
            socialValueWeight: sumOf('social-value'),
            technicalWeight: sumOf('technical'),
            assessment: assessment(block.assessment ?? fallback),
            source: sourceOf(block)
        };
    }

    private criterion(c: Criterion): CriterionModel {
        const subCriteria = (c.subCriteria ?? []).map(s => ({
            title: text(s.title),
            weight: percentValue(s.weight),
            passMark: typeof s.passMark === 'number' && Number.isFinite(s.passMark) ? s.passMark : null,
            measures: (s.measures ?? []).map(r => this.outcomeRef(r)),
            source: sourceOf(s)
        }));
        return {
            kind: c.kind,
            title: text(c.title),
            weight: percentValue(c.weight),
            passMark: typeof c.passMark === 'number' && Number.isFinite(c.passMark) ? c.passMark : null,
            subCriteria,
            subWeightsTotal: subCriteria.length === 0 ? null : percentValue(subCriteria.reduce((sum, s) => sum + (s.weight?.value ?? 0), 0)),
            source: sourceOf(c)
        };
    }

    private procedureProcess(): TenderDocument['procedureProcess'] {
        const block = this.tender.procedureDetails;
        if (!block) return null;
        const process = block.negotiation !== undefined || block.refineCriteria !== undefined || block.shortlistUpTo !== undefined
            || block.minimumSuppliers !== undefined || block.rounds !== undefined;
        if (!process) return null;
        return {
            negotiation: block.negotiation ?? null,
            refineCriteria: text(block.refineCriteria),
            shortlist: block.shortlistUpTo !== undefined || block.shortlistBy !== undefined
                ? { upTo: typeof block.shortlistUpTo === 'number' && Number.isFinite(block.shortlistUpTo) ? block.shortlistUpTo : null, by: text(block.shortlistBy) }
                : null,
            minimumSuppliers: typeof block.minimumSuppliers === 'number' && Number.isFinite(block.minimumSuppliers) ? block.minimumSuppliers : null,
            rounds: text(block.rounds),
            source: sourceOf(block)
        };
    }

    private frameworkAgreement(): TenderDocument['frameworkAgreement'] {
        const f = this.tender.frameworkAgreement;
        if (!f) return null;
        return {
            term: durationValue(durationOf(f.term)),
            longerTermBecause: text(f.longerTermBecause),
            suppliers: supplierCount(f.suppliers),
            open: Boolean(f.open),
            callOff: f.callOff ?? null,
            callOffText: text(f.callOffText),
            users: [...(f.users ?? [])],
            fee: percentValue(f.fee),
            source: sourceOf(f)
        };
    }

    private funding() {
        const node = this.tender.funding;
        if (!node) return null;
        const amounts = (node.contributors ?? []).map(c => moneyOf(c.amount));
        const total = sumMoney(amounts.filter((m): m is Money => m !== undefined));
        const buyer = normalise(this.tender.buyer);
        return {
            contributors: (node.contributors ?? []).map((c, i) => {
                const amount = amounts[i];
                return {
                    who: c.who ?? '',
                    amount: moneyValue(amount),
                    share: amount && total ? percentValue(shareOf(amount, total)) : null,
                    isBuyer: buyer !== '' && normalise(c.who) === buyer,
                    source: sourceOf(c)
                };
            }),
            total: moneyValue(total),
            matchesValue: total && this.value ? total.currency === this.value.currency && total.minor === this.value.minor : null,
            source: sourceOf(node)
        };
    }

    private timeline(node: Timeline): TimelineModel {
        const date = (key: keyof Timeline & string) => dateOf(node[key] as string | undefined);
        const time = (key: TimelineDateKey) => timeOfDay(node[key], node[`${key}Time`]);
        const milestones: MilestoneModel[] = MILESTONES.flatMap(m => {
            const d = dateValue(date(m.key));
            return d ? [{ name: m.name, label: m.label, date: d, time: time(m.key) }] : [];
        });
        const publish = date('publish');
        const between = (to: CalendarDate | undefined) => publish && to ? daysBetween(publish, to) : null;
        return {
            marketEngagement: dateValue(date('marketEngagement')),
            plannedProcurementNotice: dateValue(date('plannedProcurementNotice')),
            publish: dateValue(publish),
            participationDeadline: dateValue(date('participationDeadline')),
            clarificationDeadline: dateValue(date('clarificationDeadline')),
            bidDeadline: dateValue(date('bidDeadline')),
            award: dateValue(date('award')),
            contractStart: dateValue(date('contractStart')),
            marketEngagementTime: time('marketEngagement'),
            plannedProcurementNoticeTime: time('plannedProcurementNotice'),
            publishTime: time('publish'),
            participationDeadlineTime: time('participationDeadline'),
            clarificationDeadlineTime: time('clarificationDeadline'),
            bidDeadlineTime: time('bidDeadline'),
            awardTime: time('award'),
            contractStartTime: time('contractStart'),
            milestones,
            tenderingPeriodDays: between(date('bidDeadline')),
            participationPeriodDays: between(date('participationDeadline')),
            source: sourceOf(node)
        };
    }

    /**
     * The contract terms of `layers`, the tender's first then a lot's: a later layer overrides an
     * earlier one property by property, its `payment` lines as one group.
     */
    private contract(layers: readonly Contract[], start: CalendarDate | undefined): ContractModel {
        const pick = <K extends keyof Contract>(key: K): Contract[K] | undefined => {
            for (let i = layers.length - 1; i >= 0; i--) {
                if (layers[i]![key] !== undefined) return layers[i]![key];
            }
            return undefined;
        };
        const withPayments = [...layers].reverse().find(l => (l.payments ?? []).length > 0);
        const node = layers[layers.length - 1]!;
        const duration = durationOf(pick('duration'));
        const extensionNode = pick('extension');
        const extensions = extensionPeriods(extensionNode);
        const extension = totalDuration(extensions);
        const payments = (withPayments?.payments ?? []).map(p => ({ mechanism: p.mechanism, share: percentValue(p.share), text: text(p.text) }));
        const review = pick('review');
        const reporting = pick('reporting');
        const tupe = pick('tupe');
        const tupeLayer = [...layers].reverse().find(l => l.tupe !== undefined);
        const end = start && duration ? addDuration(start, [duration], -1) : undefined;
        const maxEnd = start && duration && extension ? addDuration(start, [duration, ...extensions], -1) : undefined;
        return {
            duration: durationValue(duration),
            extension: durationValue(extension),
            extensions: extensionModel(extensionNode),
            review: review ? { every: durationValue(durationOf(review.every)), text: text(review.text) } : null,
            payments,
            paymentsTotal: payments.length === 0 ? null : percentValue(payments.reduce((sum, p) => sum + (p.share?.value ?? 0), 0)),
            reporting: reporting ? { every: durationValue(durationOf(reporting.every)), text: text(reporting.text) } : null,
            tupe: tupe ? { likelihood: tupe, text: text(tupeLayer?.tupeText) } : null,
            terms: text(pick('terms')),
            end: dateValue(end),
            maxEnd: dateValue(maxEnd),
            source: sourceOf(node)
        };
    }
}

function invert(value: boolean | undefined): boolean | null {
    return value === undefined ? null : !value;
}

function normalise(value: string | undefined): string {
    return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * `start` moved on by the durations (calendar months for months and years, so 1 October plus
 * 3 years is 1 October three years on), then by `days`. Fractional months fall back to days.
 */
export function addDuration(start: CalendarDate, durations: readonly DurationValue[], days = 0): CalendarDate {
    let months = 0;
    let extraDays = days;
    for (const d of durations) {
        if (d.unit === 'year' || d.unit === 'month') {
            const m = d.unit === 'year' ? d.amount * 12 : d.amount;
            if (Number.isInteger(m)) {
                months += m;
            } else {
                extraDays += Math.round(durationInDays(d));
            }
        } else {
            extraDays += Math.round(durationInDays(d));
        }
    }
    return addDays(addMonths(start, months), extraDays);
}
