/**
 * The resolved tender: one plain, fully linked, JSON-serialisable model that every writer (DOCX,
 * HTML preview, OCDS, pack JSON) reads. Writers never see the AST.
 *
 * Conventions, so that templates and writers need no guesswork:
 * - every key is always present; a value the tender does not (yet) give is `null`, a list it does
 *   not give is `[]`. A half-written tender resolves to a half-filled model, never an exception;
 * - references are resolved to the referenced element's name plus its title or text (`{ name, text }`);
 *   a reference that does not resolve keeps its name and has `text: null`;
 * - money is integer minor units plus currency plus display text; durations carry days and months;
 *   dates carry ISO and display text; percentages carry a number and display text;
 * - `source` is where the element starts and ends in the tender's file (1-based lines and columns),
 *   for review comments and preview scrolling.
 *
 * Field names are the commissioner's vocabulary (lot, cohort, outcome, weighting, horizon). Change
 * this file only additively: writers by other hands depend on it, and the pack JSON schema
 * (schemas/tender-pack.schema.json) mirrors it.
 */
import type { Currency } from '../values/money.js';
import type { TimeUnit } from '../values/duration.js';

/** Version of this model's shape; the pack JSON carries it as `formatVersion`. */
export const TENDER_DOCUMENT_FORMAT_VERSION = '1.0';

// ------------------------------------------------------------------ values

export interface SourceRange {
    /** 1-based. */
    readonly line: number;
    /** 1-based. */
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}

export interface MoneyValue {
    /** Integer minor units (pence, cents). */
    readonly minor: number;
    readonly currency: Currency;
    /** `£2,400,000` */
    readonly display: string;
}

export interface DurationValueModel {
    readonly amount: number;
    readonly unit: TimeUnit;
    /** Length in days (months and years by their average length, so possibly fractional). */
    readonly days: number;
    /** Length in months (days and weeks by the average month, so possibly fractional). */
    readonly months: number;
    /** `6 weeks`, `1 year` */
    readonly display: string;
}

export interface DateValue {
    /** `2027-03-01` */
    readonly iso: string;
    /** `1 March 2027` */
    readonly display: string;
    /** `Monday 1 March 2027` */
    readonly long: string;
}

export interface PercentValue {
    /** In percent: 55 for 55%. */
    readonly value: number;
    /** `55%`, `12.5%` (at most two decimals). */
    readonly display: string;
}

/** A baseline or target figure: a plain number (64) or a percentage (30%). */
export interface MeasureValue {
    readonly kind: 'number' | 'percent';
    readonly value: number;
    /** `64`, `30%` */
    readonly display: string;
}

// ------------------------------------------------------------------ references

export interface NeedRef {
    readonly name: string;
    /** The need's text in the framework; null when the reference does not resolve or the need has none. */
    readonly text: string | null;
}

export interface CohortRef {
    readonly name: string;
    readonly description: string | null;
}

export interface OutcomeRef {
    readonly name: string;
    readonly statement: string | null;
}

export interface ServiceRef {
    readonly name: string;
    readonly title: string | null;
}

export interface LotRef {
    readonly name: string;
    readonly title: string | null;
}

export interface FrameworkRef {
    readonly name: string;
    readonly title: string | null;
    readonly owner: string | null;
}

/** A population-level outcome of the place's framework. */
export interface PopulationOutcomeRef {
    readonly name: string;
    readonly text: string | null;
    readonly indicators: readonly string[];
    /** The framework that declares it; null when the reference does not resolve. */
    readonly framework: FrameworkRef | null;
}

// ------------------------------------------------------------------ the tender

export type StageName = 'analyse' | 'plan' | 'do' | 'review';
export type JurisdictionName = 'england' | 'wales' | 'northern-ireland' | 'scotland';
export type ProcedureName = 'open' | 'competitive-flexible' | 'direct-award' | 'framework-call-off';
export type RegimeName = 'standard' | 'light-touch';
export type EngagementLevelName = 'inform' | 'consult' | 'involve' | 'collaborate' | 'empower';
export type CohortUnitName = 'people' | 'households' | 'families' | 'places';
export type CriterionKindName = 'technical' | 'social-value' | 'price' | 'other';
export type JointBidsName = 'welcome' | 'accepted' | 'not-accepted';
export type CollaborationModelName = 'co-location' | 'informal-network' | 'alliance-contract' | 'joint-venture'
    | 'lead-provider' | 'prime-subcontractor' | 'external-lead' | 'new-legal-entity';
export type LeadOrganisationName = 'required' | 'optional';
export type RiskSharingName = 'jointly-and-severally-liable' | 'memorandum-of-understanding' | 'partnership-agreement'
    | 'non-disclosure-agreement' | 'service-level-agreement';
export type PaymentMechanismName = 'block' | 'outcomes' | 'spot-purchase';
export type RiskLevelName = 'low' | 'medium' | 'high';

export interface TenderDocument {
    /** The tender's name in the source (`MultipleDisadvantage2027`). */
    readonly name: string;
    readonly title: string | null;
    /** Names the generated files. */
    readonly reference: string | null;
    readonly buyer: string | null;
    readonly version: string | null;
    readonly stage: StageName | null;
    /** Whose procurement law applies: as written, else `england`. */
    readonly jurisdiction: JurisdictionName;
    /** False when the tender does not say and `england` is assumed. */
    readonly jurisdictionStated: boolean;
    readonly procedure: ProcedureName | null;
    /** As written, else `standard`. */
    readonly regime: RegimeName;
    /** False when the tender does not say and `standard` is assumed. */
    readonly regimeStated: boolean;
    readonly cpv: readonly CpvCode[];
    readonly value: EstimatedValueModel | null;
    /** The document's date; generated files take their timestamps from it. */
    readonly issued: DateValue | null;
    readonly funding: FundingModel | null;
    /** Contributors to the funding other than the buyer, in the order written. */
    readonly coFunders: readonly string[];
    readonly purpose: string | null;
    /** Where the purpose text is, so review comments on it land on the purpose clause. */
    readonly purposeSource: SourceRange | null;
    readonly engagement: EngagementModel | null;
    readonly cohorts: readonly CohortModel[];
    readonly outcomes: readonly OutcomeModel[];
    readonly services: readonly ServiceModel[];
    readonly lots: readonly LotModel[];
    readonly lotRules: LotRulesModel | null;
    readonly noLots: NoLotsModel | null;
    /** The tender's own award criteria (lots may replace them: see `LotModel.awardCriteria`). */
    readonly awardCriteria: AwardCriteriaModel | null;
    readonly socialValue: SocialValueModel | null;
    readonly collaboration: CollaborationTermsModel | null;
    readonly participation: ParticipationModel | null;
    readonly timeline: TimelineModel | null;
    readonly contract: ContractModel | null;
    readonly risks: readonly RiskModel[];
    /** The frameworks whose needs or population outcomes the tender refers to, by first use. */
    readonly frameworks: readonly FrameworkRef[];
    readonly totals: TotalsModel;
    readonly source: SourceRange | null;
}

export interface CpvCode {
    /** As written, e.g. `85000000-9`. */
    readonly code: string;
    /** The eight digits without the check digit, e.g. `85000000`; null when the code is not 8 digits. */
    readonly digits: string | null;
    readonly label: string | null;
    readonly source: SourceRange | null;
}

export interface EstimatedValueModel {
    /** Null when the amount cannot be read. */
    readonly amount: MoneyValue | null;
    readonly term: DurationValueModel | null;
    /** `£2,400,000 over 5 years` */
    readonly display: string;
    readonly source: SourceRange | null;
}

export interface FundingModel {
    readonly contributors: readonly ContributorModel[];
    /** Sum of the contributions; null when there are none or they mix currencies. */
    readonly total: MoneyValue | null;
    /** Whether the total equals the tender value; null when either is missing. */
    readonly matchesValue: boolean | null;
    readonly source: SourceRange | null;
}

export interface ContributorModel {
    readonly who: string;
    readonly amount: MoneyValue | null;
    /** Share of the funding total. */
    readonly share: PercentValue | null;
    /** True when the contributor is the tender's buyer. */
    readonly isBuyer: boolean;
    readonly source: SourceRange | null;
}

export interface EngagementModel {
    readonly level: EngagementLevelName | null;
    readonly serviceUsers: string | null;
    readonly providers: string | null;
    readonly commissioners: string | null;
    readonly source: SourceRange | null;
}

export interface CohortModel {
    readonly name: string;
    readonly description: string | null;
    readonly size: CohortSizeModel | null;
    readonly areas: readonly string[];
    readonly needs: readonly NeedRef[];
    readonly assets: readonly string[];
    readonly personas: readonly PersonaModel[];
    /** The tender's outcomes that serve this cohort. */
    readonly outcomes: readonly OutcomeRef[];
    readonly source: SourceRange | null;
}

export interface CohortSizeModel {
    readonly count: number;
    readonly unit: CohortUnitName;
    readonly perYear: boolean;
    /** `420 people`, `120 households per year` */
    readonly display: string;
}

export interface PersonaModel {
    readonly name: string;
    readonly age: number | null;
    readonly area: string | null;
    readonly story: string | null;
    readonly says: string | null;
    readonly source: SourceRange | null;
}

export interface OutcomeModel {
    readonly name: string;
    readonly statement: string | null;
    readonly serves: readonly CohortRef[];
    readonly contributesTo: readonly PopulationOutcomeRef[];
    readonly indicator: string | null;
    readonly baseline: BaselineModel | null;
    /** Every target, ordered by horizon (shortest first; equal horizons keep their written order). */
    readonly targets: readonly TargetModel[];
    /** The three standard horizons, each filled by the first target at that horizon, else null. */
    readonly horizons: OutcomeHorizons;
    readonly evidence: string | null;
    /** Services that deliver this outcome. */
    readonly deliveredBy: readonly ServiceRef[];
    /** Award sub-criteria (tender's or any lot's) that measure this outcome, by title. */
    readonly measuredBy: readonly string[];
    readonly source: SourceRange | null;
}

export interface BaselineModel {
    readonly measure: MeasureValue | null;
    readonly year: number | null;
    /** `18% in 2026` */
    readonly display: string;
}

export type HorizonLabel = '6 months' | '2 years' | '5 years';

export interface TargetModel {
    readonly horizon: DurationValueModel | null;
    /** The standard horizon this target stands for (26 weeks counts as 6 months), if any. */
    readonly standardHorizon: HorizonLabel | null;
    readonly measure: MeasureValue | null;
    readonly source: SourceRange | null;
}

export interface OutcomeHorizons {
    readonly sixMonths: TargetModel | null;
    readonly twoYears: TargetModel | null;
    readonly fiveYears: TargetModel | null;
}

export interface ServiceModel {
    readonly name: string;
    readonly title: string | null;
    readonly description: string | null;
    readonly addresses: readonly NeedRef[];
    readonly delivers: readonly OutcomeRef[];
    /** The lots this service is in. */
    readonly lots: readonly LotRef[];
    readonly source: SourceRange | null;
}

export interface LotModel {
    readonly name: string;
    /** 1-based position among the tender's lots. */
    readonly number: number;
    readonly title: string | null;
    readonly value: MoneyValue | null;
    /** The lot's value as a share of the tender value; null when either is missing. */
    readonly share: PercentValue | null;
    readonly services: readonly ServiceRef[];
    /** Needs addressed by the lot's services, without repeats, in first-seen order. */
    readonly needs: readonly NeedRef[];
    /** Outcomes delivered by the lot's services, without repeats, in first-seen order. */
    readonly outcomes: readonly OutcomeRef[];
    readonly areas: readonly string[];
    /** The award criteria that apply to this lot: its own, else the tender's, else null. */
    readonly awardCriteria: AwardCriteriaModel | null;
    /** Where `awardCriteria` comes from. */
    readonly awardCriteriaFrom: 'lot' | 'tender' | null;
    readonly source: SourceRange | null;
}

export interface LotRulesModel {
    readonly maxPerBidder: number | null;
    readonly source: SourceRange | null;
}

export interface NoLotsModel {
    readonly reason: string | null;
    readonly source: SourceRange | null;
}

export interface AwardCriteriaModel {
    readonly criteria: readonly CriterionModel[];
    /** Sum of the criteria weights that are given. */
    readonly totalWeight: PercentValue;
    /** True when every criterion has a weight and they add up to 100%. */
    readonly weightsComplete: boolean;
    /** Sum of the price criteria's weights; null when there is no price criterion. */
    readonly priceWeight: PercentValue | null;
    /** Sum of the social value criteria's weights; null when there is no social value criterion. */
    readonly socialValueWeight: PercentValue | null;
    /** Sum of the technical (quality) criteria's weights; null when there is none. */
    readonly technicalWeight: PercentValue | null;
    readonly source: SourceRange | null;
}

export interface CriterionModel {
    readonly kind: CriterionKindName;
    readonly title: string | null;
    readonly weight: PercentValue | null;
    readonly subCriteria: readonly SubCriterionModel[];
    /** Sum of the sub-criteria weights given; null when there are no sub-criteria. */
    readonly subWeightsTotal: PercentValue | null;
    readonly source: SourceRange | null;
}

export interface SubCriterionModel {
    readonly title: string | null;
    readonly weight: PercentValue | null;
    readonly measures: readonly OutcomeRef[];
    readonly source: SourceRange | null;
}

export interface SocialValueModel {
    readonly policy: string | null;
    readonly requirements: readonly SocialValueRequirementModel[];
    readonly source: SourceRange | null;
}

export interface SocialValueRequirementModel {
    readonly text: string;
    readonly mandatory: boolean;
    readonly source: SourceRange | null;
}

export interface CollaborationTermsModel {
    readonly jointBids: JointBidsName | null;
    readonly models: readonly CollaborationModelName[];
    readonly leadOrganisation: LeadOrganisationName | null;
    readonly riskSharing: readonly RiskSharingName[];
    readonly formationPeriod: DurationValueModel | null;
    readonly subcontractShare: PercentValue | null;
    readonly source: SourceRange | null;
}

export interface ParticipationModel {
    readonly minimumTurnover: MoneyValue | null;
    readonly insurance: readonly string[];
    readonly accreditations: readonly string[];
    readonly requirements: readonly string[];
    readonly source: SourceRange | null;
}

export interface TimelineModel {
    readonly marketEngagement: DateValue | null;
    readonly plannedProcurementNotice: DateValue | null;
    readonly publish: DateValue | null;
    readonly participationDeadline: DateValue | null;
    readonly clarificationDeadline: DateValue | null;
    readonly bidDeadline: DateValue | null;
    readonly award: DateValue | null;
    readonly contractStart: DateValue | null;
    /** Every date given, in the order of the procurement (the order `timeline-order` checks). */
    readonly milestones: readonly MilestoneModel[];
    /** Days from publication to the bid deadline, counted as the Act counts them (day after publication to deadline day); null when either is missing. */
    readonly tenderingPeriodDays: number | null;
    /** Days from publication to the participation deadline; null when either is missing. */
    readonly participationPeriodDays: number | null;
    readonly source: SourceRange | null;
}

export type MilestoneName = 'market-engagement' | 'planned-procurement-notice' | 'publish' | 'participation-deadline'
    | 'clarification-deadline' | 'bid-deadline' | 'award' | 'contract-start';

export interface MilestoneModel {
    /** The timeline keyword. */
    readonly name: MilestoneName;
    /** `Bid deadline` */
    readonly label: string;
    readonly date: DateValue;
}

export interface ContractModel {
    readonly duration: DurationValueModel | null;
    readonly extension: DurationValueModel | null;
    readonly review: ContractReviewModel | null;
    readonly payments: readonly PaymentModel[];
    /** Sum of the payment shares given; null when there are no payments. */
    readonly paymentsTotal: PercentValue | null;
    /** Last day of the initial term (contract start + duration − 1 day); null when either is missing. */
    readonly end: DateValue | null;
    /** Last day with every extension taken; null when there is no extension or no end. */
    readonly maxEnd: DateValue | null;
    readonly source: SourceRange | null;
}

export interface ContractReviewModel {
    readonly every: DurationValueModel | null;
    readonly text: string | null;
}

export interface PaymentModel {
    readonly mechanism: PaymentMechanismName;
    readonly share: PercentValue | null;
}

export interface RiskModel {
    readonly name: string;
    readonly text: string | null;
    readonly likelihood: RiskLevelName | null;
    readonly impact: RiskLevelName | null;
    readonly mitigation: string | null;
    readonly source: SourceRange | null;
}

/** Whole-tender figures, computed once. */
export interface TotalsModel {
    /** The tender's estimated value (same as `value.amount`). */
    readonly value: MoneyValue | null;
    readonly funding: MoneyValue | null;
    readonly lotValues: MoneyValue | null;
    /** Lot values total as a share of the tender value. */
    readonly lotValuesShare: PercentValue | null;
    /** The tender's own award criteria: price and social value weights (see `AwardCriteriaModel`). */
    readonly priceWeight: PercentValue | null;
    readonly socialValueWeight: PercentValue | null;
    /** The procurement threshold that applies (domain.md 3.1) and whether the value reaches it. */
    readonly threshold: ThresholdModel | null;
}

export interface ThresholdModel {
    /** e.g. `light touch contract threshold`. */
    readonly name: string;
    readonly amount: MoneyValue;
    /** Where the figure comes from, e.g. `Procurement Act 2023 Sch 1 row 8`. */
    readonly source: string;
    /** True when the tender value is at or above the threshold; null when the value is unknown or in another currency. */
    readonly reached: boolean | null;
}
