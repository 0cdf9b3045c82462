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
export const TENDER_DOCUMENT_FORMAT_VERSION = '1.1';

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
export type BuyerTypeName = 'sub-central-government' | 'central-government' | 'public-undertaking' | 'private-utility';
export type ReservationName = 'supported-employment' | 'public-service-mutual';
export type SuitabilityName = 'sme' | 'vcse';
export type CapacityUnitName = 'people' | 'households' | 'families' | 'places' | 'units' | 'beds' | 'hours';
export type LotKindName = 'framework' | 'contract';
export type CallOffMethodName = 'direct-award' | 'competitive-selection';
export type TupeName = 'likely' | 'unlikely' | 'not-applicable';
/** Where a lot's effective value comes from: its own statement, the tender's, or a default of the language. */
export type EffectiveFrom = 'lot' | 'tender' | 'default';

export interface TenderDocument {
    /** The tender's name in the source (`MultipleDisadvantage2027`). */
    readonly name: string;
    readonly title: string | null;
    /** Names the generated files. */
    readonly reference: string | null;
    readonly buyer: string | null;
    /** The buyer's contracting authority details (`buyer "..." { ... }`), null without the block. */
    readonly buyerDetails: OrganisationModel | null;
    /** The buyer's type: as stated in its details, else `sub-central-government` (a council). */
    readonly buyerType: BuyerTypeName;
    readonly buyerTypeStated: boolean;
    /** Other contracting authorities procuring together with the buyer (`joint-buyer`). */
    readonly jointBuyers: readonly OrganisationModel[];
    readonly version: string | null;
    readonly stage: StageName | null;
    /** Whose procurement law applies: as written, else `england`. */
    readonly jurisdiction: JurisdictionName;
    /** False when the tender does not say and `england` is assumed. */
    readonly jurisdictionStated: boolean;
    readonly procedure: ProcedureName | null;
    /** The competitive flexible procedure's process (`procedure competitive-flexible { ... }`); null when none is written. */
    readonly procedureProcess: ProcedureProcessModel | null;
    /** The ground for a direct award (`procedure direct-award { justification "..." }`). */
    readonly justification: string | null;
    /** As written, else `standard`. */
    readonly regime: RegimeName;
    /** False when the tender does not say and `standard` is assumed. */
    readonly regimeStated: boolean;
    readonly cpv: readonly CpvCode[];
    /** ITL 2021 codes of where the services are delivered (the tender's own; lots may replace them). */
    readonly regions: readonly string[];
    readonly reserved: ReservationName | null;
    /** The buyer's own statement of suitability; never inferred. */
    readonly suitableFor: readonly SuitabilityName[];
    readonly capacities: readonly CapacityModel[];
    /** Specification lines that apply to every service (`requirement` in the tender). */
    readonly requirements: readonly string[];
    readonly kpis: readonly KpiModel[];
    readonly noKpis: NoKpisModel | null;
    readonly frameworkAgreement: FrameworkAgreementModel | null;
    readonly submission: SubmissionModel | null;
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
    /** The same estimate net of VAT (`excluding-vat`). */
    readonly excludingVat: MoneyValue | null;
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
    /** The preliminary market engagement notice's identifier (`notice`). */
    readonly notice: string | null;
    /** The reason no preliminary market engagement notice was published (`no-notice because`). */
    readonly noNoticeReason: string | null;
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
    /** `baseline pending "..."`: not known yet; `pendingText` says how it will be measured. */
    readonly pending: boolean;
    readonly pendingText: string | null;
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
    /** Specification lines: what the provider must do. */
    readonly requirements: readonly string[];
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
    /** Where the effective award criteria's `assessment` comes from: the lot's own block, else the tender's. */
    readonly assessmentFrom: 'lot' | 'tender' | null;
    /** The lot's value net of VAT (`value £... excluding-vat £...`). */
    readonly valueExcludingVat: MoneyValue | null;
    /** The period the lot's value is stated over (`value £... over D`), when given; else see `contract`. */
    readonly valueTerm: DurationValueModel | null;
    /** Effective ITL codes: the lot's own `region`, else the tender's. */
    readonly regions: readonly string[];
    readonly regionsFrom: 'lot' | 'tender' | null;
    /** Effective CPV codes: the lot's own, else the tender's. */
    readonly cpv: readonly CpvCode[];
    readonly cpvFrom: 'lot' | 'tender' | null;
    /** `framework` in a tender with a framework-agreement unless the lot says `kind contract`; else `contract`. */
    readonly kind: LotKindName;
    readonly kindStated: boolean;
    /** Effective: the lot's own, else the tender's. */
    readonly reserved: ReservationName | null;
    readonly reservedFrom: 'lot' | 'tender' | null;
    readonly suitableFor: readonly SuitabilityName[];
    readonly suitableForFrom: 'lot' | 'tender' | null;
    /** Effective: stated, else `single` for a contract lot, else the framework-agreement's `suppliers` for a framework lot. */
    readonly suppliers: SupplierCountModel | null;
    readonly suppliersFrom: EffectiveFrom | null;
    readonly capacities: readonly CapacityModel[];
    /** The lot's own KPIs (the tender's apply to every lot as well). */
    readonly kpis: readonly KpiModel[];
    /** Effective contract terms: the lot's `contract` property by property over the tender's (payment lines as one group). */
    readonly contract: ContractModel | null;
    readonly contractFrom: 'lot' | 'tender' | 'both' | null;
    readonly source: SourceRange | null;
}

export interface LotRulesModel {
    readonly maxPerBidder: number | null;
    /** The most lots one supplier may win (`max-awarded N`). */
    readonly maxAwarded: number | null;
    /** The objective way of choosing which lots a supplier wins when the limit bites (`by "..."`). */
    readonly maxAwardedBy: string | null;
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
    /** How tenders are assessed (PA s23(3)(a)); for a lot, its own or else the tender's. */
    readonly assessment: AssessmentModel | null;
    readonly source: SourceRange | null;
}

export interface CriterionModel {
    readonly kind: CriterionKindName;
    readonly title: string | null;
    readonly weight: PercentValue | null;
    readonly passMark: number | null;
    readonly subCriteria: readonly SubCriterionModel[];
    /** Sum of the sub-criteria weights given; null when there are no sub-criteria. */
    readonly subWeightsTotal: PercentValue | null;
    readonly source: SourceRange | null;
}

export interface SubCriterionModel {
    readonly title: string | null;
    readonly weight: PercentValue | null;
    readonly passMark: number | null;
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
    /** Times of day written after the dates (UK civil time on that date); null when none is written. */
    readonly marketEngagementTime: TimeOfDayModel | null;
    readonly plannedProcurementNoticeTime: TimeOfDayModel | null;
    readonly publishTime: TimeOfDayModel | null;
    readonly participationDeadlineTime: TimeOfDayModel | null;
    readonly clarificationDeadlineTime: TimeOfDayModel | null;
    readonly bidDeadlineTime: TimeOfDayModel | null;
    readonly awardTime: TimeOfDayModel | null;
    readonly contractStartTime: TimeOfDayModel | null;
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
    readonly time: TimeOfDayModel | null;
}

export interface ContractModel {
    readonly duration: DurationValueModel | null;
    readonly extension: DurationValueModel | null;
    /** How the extensions are written: one of at most a length (in steps), or successive ones; and their condition. */
    readonly extensions: ExtensionModel | null;
    readonly review: ContractReviewModel | null;
    readonly payments: readonly PaymentModel[];
    /** Sum of the payment shares given; null when there are no payments. */
    readonly paymentsTotal: PercentValue | null;
    readonly reporting: ReportingModel | null;
    readonly tupe: TupeModel | null;
    /** The terms and conditions bidders sign. */
    readonly terms: string | null;
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
    /** How the share is earned. */
    readonly text: string | null;
}

export interface RiskModel {
    readonly name: string;
    readonly text: string | null;
    readonly likelihood: RiskLevelName | null;
    readonly impact: RiskLevelName | null;
    readonly mitigation: string | null;
    /** For the council's eyes only: never published (only review outputs, marked not for publication). */
    readonly internal: boolean;
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

// ------------------------------------------------------------------ language 1.1: notice facts

/** A time of day on a date, UK civil time: +01:00 while British Summer Time is in force, else +00:00. */
export interface TimeOfDayModel {
    /** As written: `12:00`. */
    readonly time: string;
    readonly offset: '+00:00' | '+01:00';
    /** RFC 3339: `2027-04-19T12:00:00+01:00`. */
    readonly dateTime: string;
    /** `12:00 BST` or `12:00 GMT`. */
    readonly display: string;
}

export interface AssessmentModel {
    readonly scale: { readonly from: number; readonly to: number } | null;
    readonly marks: readonly MarkModel[];
    /** How price is scored. */
    readonly price: string | null;
    /** Failing no criterion disqualifies a tender. */
    readonly noPassMarks: boolean;
    readonly source: SourceRange | null;
}

export interface MarkModel {
    readonly mark: number;
    readonly texts: readonly string[];
    /** The texts joined with spaces. */
    readonly description: string;
    readonly source: SourceRange | null;
}

export interface ExtensionModel {
    readonly kind: 'up-to' | 'successive';
    /** `up-to`: the one longest extension; `successive`: each in turn. */
    readonly periods: readonly DurationValueModel[];
    /** `in-steps-of`: the longest step an up-to extension is taken in. */
    readonly step: DurationValueModel | null;
    /** `if "..."`: the condition on the extensions. */
    readonly condition: string | null;
    /** `up to 2 years in steps of 12 months`, `1 year + 1 year`. */
    readonly display: string;
}

export interface ReportingModel {
    readonly every: DurationValueModel | null;
    readonly text: string | null;
}

export interface TupeModel {
    readonly likelihood: TupeName;
    readonly text: string | null;
}

export interface OrganisationModel {
    readonly name: string | null;
    /** As written, e.g. `GB-PPON-PMRV-7341-TLNB`. */
    readonly id: string | null;
    /** The first two hyphen-separated parts of the id: `GB-PPON`, `GB-COH`, `GB-CHC`. */
    readonly scheme: string | null;
    /** The rest of the id after the scheme. */
    readonly identifier: string | null;
    readonly type: BuyerTypeName | null;
    /** Address lines as written; the last is the postcode, the one before it the town. */
    readonly address: readonly string[];
    readonly postcode: string | null;
    readonly town: string | null;
    /** ITL 2021 code of the address. */
    readonly region: string | null;
    readonly email: string | null;
    readonly telephone: string | null;
    readonly website: string | null;
    readonly contact: string | null;
    readonly source: SourceRange | null;
}

export interface ProcedureProcessModel {
    readonly negotiation: 'may' | 'none' | null;
    readonly refineCriteria: string | null;
    readonly shortlist: { readonly upTo: number | null; readonly by: string | null } | null;
    readonly minimumSuppliers: number | null;
    readonly rounds: string | null;
    readonly source: SourceRange | null;
}

export interface CapacityModel {
    readonly count: number;
    readonly unit: CapacityUnitName;
    readonly per: 'week' | 'year' | null;
    readonly description: string | null;
    /** `6 units`, `40 hours per week`. */
    readonly display: string;
    readonly source: SourceRange | null;
}

export interface KpiModel {
    readonly name: string;
    readonly statement: string | null;
    readonly indicator: string | null;
    readonly target: MeasureValue | null;
    readonly reportedEvery: DurationValueModel | null;
    readonly source: SourceRange | null;
}

export interface NoKpisModel {
    readonly reason: string | null;
    readonly source: SourceRange | null;
}

export interface SupplierCountModel {
    readonly kind: 'single' | 'up-to' | 'unlimited';
    readonly upTo: number | null;
    /** `a single supplier`, `up to 4 suppliers`, `any number of suppliers`. */
    readonly display: string;
}

export interface FrameworkAgreementModel {
    readonly term: DurationValueModel | null;
    readonly longerTermBecause: string | null;
    readonly suppliers: SupplierCountModel | null;
    readonly open: boolean;
    readonly callOff: CallOffMethodName | null;
    readonly callOffText: string | null;
    readonly users: readonly string[];
    readonly fee: PercentValue | null;
    readonly source: SourceRange | null;
}

export interface SubmissionModel {
    readonly via: string | null;
    readonly electronic: boolean | null;
    readonly documents: 'with-notice' | 'later' | null;
    readonly languages: readonly string[];
    readonly source: SourceRange | null;
}
