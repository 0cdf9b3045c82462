/**
 * The OCDS JSON (`<reference>.ocds.json`): an OCDS 1.1 release package holding one release tagged
 * `tender`, shaped as the UK4 tender notice that Find a Tender publishes for a Procurement Act
 * procurement. The mapping, and every decision where OCDS or the UK profile leaves a choice, is in
 * docs/outputs.md; the reference it follows is test/fixtures/ocds (copied from the OCDS standard
 * and extension repositories, see SOURCES.md there).
 *
 * Deterministic: every date comes from the tender (never the clock), ids derive from the reference
 * and positions, keys are written in a fixed order.
 */
import type { CalendarDate } from '../../values/dates.js';
import { dateOf } from '../../values/dates.js';
import type { LocalTime } from '../../values/uk-time.js';
import { END_OF_DAY, START_OF_DAY, ukDateTime } from '../../values/uk-time.js';
import type {
    AwardCriteriaModel, BuyerTypeName, ContractModel, CpvCode, CriterionModel, DateValue, MoneyValue, OrganisationModel, ProcedureName,
    ReservationName, StageName, TenderDocument
} from '../../model/tender-document.js';
import type { Writer, WriterOptions } from '../writers.js';
import { canonicalJson, canonicalJsonBytes } from '../canonical-json.js';
import { isInternal, publicModel } from '../publication/audience.js';
import type {
    OcdsAwardCriterion, OcdsClassification, OcdsDocument, OcdsItem, OcdsLot, OcdsParty, OcdsPeriod, OcdsRelease,
    OcdsReleasePackage, OcdsTender, OcdsValue
} from './ocds-types.js';

/** The prefix the OCDS documentation uses for examples; a publisher registers its own with the Open Contracting Partnership. */
export const DEFAULT_OCID_PREFIX = 'ocds-213czf';

/** `ocds-` and six lower-case letters or digits, as the Open Contracting Partnership issues them. */
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;

/**
 * The extensions whose fields the release uses, in the order the reference schema merged them
 * (test/fixtures/ocds/SOURCES.md): all fifteen are listed so that a reader can rebuild the exact
 * schema the output was validated against (the UK extension needs the others to be coherent).
 */
export const OCDS_EXTENSIONS: readonly string[] = [
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_submissionTerms_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_legalBasis_extension/1.1/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_organizationClassification_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_communication_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/1.1/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_performance_failures_extension/master/extension.json',
    'https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json',
    // Find a Tender declares the EU profile for lots' renewals (`hasRenewal`, `renewal`): so do we.
    'https://standard.open-contracting.org/profiles/eu/latest/en/extension.json'
];

/** The Procurement Act 2023, as Find a Tender gives it on Procurement Act notices. */
export const PROCUREMENT_ACT_LEGAL_BASIS: OcdsClassification = {
    scheme: 'UKPGA',
    id: '2023/54',
    uri: 'https://www.legislation.gov.uk/ukpga/2023/54/contents'
};

/** The code written to `tender.specialRegime` for a light touch contract (the UK extension defines no codes). */
export const LIGHT_TOUCH_REGIME_CODE = 'lightTouch';

/** The licence Find a Tender publishes its releases under (Open Government Licence v3.0). */
export const OPEN_GOVERNMENT_LICENCE = 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/**
 * The notice each procedure calls for (docs/domain.md 12.1): a tender notice (UK4) before a
 * competitive procedure, a transparency notice (UK5) before a direct award, none for a call-off
 * under a framework (the release then carries no notice document).
 */
export function noticeTypeFor(procedure: ProcedureName | null): 'UK4' | 'UK5' | null {
    if (procedure === 'direct-award') return 'UK5';
    if (procedure === 'framework-call-off') return null;
    return 'UK4';
}

/** A tender the OCDS writer cannot express as a valid release: the message says what to add. */
export class OcdsError extends Error {}

/** Procedure → OCDS method (closed codelist `method`) and the label Find a Tender shows. */
const PROCEDURES: Record<ProcedureName, { method: 'open' | 'selective' | 'limited' | 'direct'; details: string }> = {
    'open': { method: 'open', details: 'Open procedure' },
    'competitive-flexible': { method: 'selective', details: 'Competitive flexible procedure' },
    // Only suppliers already on the framework (so already qualified) may compete for a call-off.
    'framework-call-off': { method: 'selective', details: 'Call-off from a framework (competitive selection)' },
    'direct-award': { method: 'direct', details: 'Direct award' }
};

/** Below the threshold, Find a Tender labels the procedure as such. */
const BELOW_THRESHOLD_DETAILS: Partial<Record<ProcedureName, string>> = {
    'open': 'Below threshold - open competition',
    'direct-award': 'Below threshold - without competition'
};

/** Commissioning stage → tender status (closed codelist `tenderStatus`). */
const STATUS: Record<StageName, 'planning' | 'active' | 'complete'> = {
    analyse: 'planning', // still working out needs: early information about a future procurement
    plan: 'active', // the tender notice this release stands for is being published
    do: 'active',
    review: 'complete' // the contract is in delivery and being reviewed
};

const DEVOLVED: Partial<Record<TenderDocument['jurisdiction'], string>> = {
    'wales': 'GB-WLS',
    'northern-ireland': 'GB-NIR',
    'scotland': 'GB-SCT'
};

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface OcdsOptions {
    readonly ocidPrefix?: string;
    /** Absolute http(s) URL of the folder the outputs will be published in; gives the package its `uri` and documents their `url`. */
    readonly baseUrl?: string;
    /** Base name of the output files (`ANY-ASC-2027-003`). */
    readonly baseName?: string;
}

/** The tender's identifier in OCDS: its reference, else its name. */
export function ocdsTenderId(model: TenderDocument): string {
    const reference = model.reference?.trim();
    return reference ? reference : model.name;
}

export function ocid(model: TenderDocument, prefix: string = DEFAULT_OCID_PREFIX): string {
    if (!OCID_PREFIX_PATTERN.test(prefix)) {
        throw new OcdsError(`ocidPrefix "${prefix}" is not an OCDS prefix: it should be "ocds-" and six letters or digits, as registered with the Open Contracting Partnership (e.g. ocds-213czf).`);
    }
    return `${prefix}-${ocdsTenderId(model)}`;
}

/** The release package for `model`. Throws OcdsError when the tender lacks what every release must have (a date). */
export function ocdsReleasePackage(model: TenderDocument, options: OcdsOptions = {}): OcdsReleasePackage {
    const releaseDate = dateOf(model.issued?.iso) ?? dateOf(model.timeline?.publish?.iso);
    if (!releaseDate) {
        throw new OcdsError('The OCDS release needs a date: add `issued YYYY-MM-DD` to the tender (or a `publish` date to its timeline).');
    }
    const baseUrl = options.baseUrl === undefined ? undefined : checkedBaseUrl(options.baseUrl);
    const tenderId = ocdsTenderId(model);
    const theOcid = ocid(model, options.ocidPrefix ?? DEFAULT_OCID_PREFIX);
    const releaseId = `${tenderId}-tender-${model.version?.trim() || isoOf(releaseDate)}`.replace(/#/g, '-');
    const baseName = options.baseName ?? tenderId;
    const date = ukDateTime(releaseDate, START_OF_DAY);
    const parties = partiesOf(model);
    const buyerParty = parties.find(p => p.roles.includes('buyer'));
    const release: OcdsRelease = {
        ocid: theOcid,
        id: releaseId,
        date,
        tag: ['tender'],
        initiationType: 'tender',
        language: 'en',
        parties,
        ...(buyerParty ? { buyer: { id: buyerParty.id, name: buyerParty.name } } : {}),
        ...optional('planning', planningOf(model, undefined)),
        tender: tenderOf(model, tenderId, baseUrl, baseName, buyerParty, releaseDate)
    };
    return {
        uri: baseUrl ? `${baseUrl}${encodeURIComponent(baseName)}.ocds.json` : `urn:tender:ocds:${encodeURIComponent(theOcid)}:${encodeURIComponent(releaseId)}`,
        version: '1.1',
        extensions: [...OCDS_EXTENSIONS],
        publishedDate: date,
        publisher: { name: model.buyer?.trim() || 'Buyer not stated in the tender' },
        license: OPEN_GOVERNMENT_LICENCE,
        releases: [release]
    };
}

function checkedBaseUrl(url: string): string {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        throw new OcdsError(`The base URL "${url}" is not an absolute URL (e.g. https://data.example.gov.uk/tenders/).`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new OcdsError(`The base URL "${url}" should start with https:// (or http://).`);
    }
    const text = parsed.toString();
    return text.endsWith('/') ? text : `${text}/`;
}

/**
 * A website as the release may publish it: an absolute http(s) URL, else nothing. Readers of the
 * release make its URLs links, so `javascript:...`, `data:...` or `file:...` from a tender never
 * reaches one.
 */
export function webAddress(text: string | null | undefined): string | undefined {
    const trimmed = text?.trim();
    if (!trimmed) return undefined;
    try {
        const url = new URL(trimmed);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? trimmed : undefined;
    } catch {
        return undefined;
    }
}

function isoOf(date: CalendarDate): string {
    return `${date.year.toString().padStart(4, '0')}-${date.month.toString().padStart(2, '0')}-${date.day.toString().padStart(2, '0')}`;
}

/** A party id local to the release: the organisation's name in lower case, words joined by hyphens. */
export function partyId(name: string): string {
    const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug || 'organisation';
}

/** The buyer's type as Find a Tender classifies it (`UK_CA_TYPE`). */
const BUYER_TYPES: Record<BuyerTypeName, { id: string; description: string }> = {
    'sub-central-government': { id: 'publicAuthoritySubCentralGovernment', description: 'Public authority - sub-central government' },
    'central-government': { id: 'publicAuthorityCentralGovernment', description: 'Public authority - central government' },
    'public-undertaking': { id: 'publicUndertaking', description: 'Public undertaking' },
    'private-utility': { id: 'privateUtility', description: 'Private utility' }
};

/**
 * A contracting authority as Find a Tender publishes it: id `<scheme>-<id>` with `identifier`,
 * the address with its ITL code, a contact point, the organisation type and the website. Only
 * what the tender states: without an id the party is known by its name alone.
 */
function authorityParty(name: string, details: OrganisationModel | null, type: BuyerTypeName | null, roles: string[], devolved: string | undefined): OcdsParty {
    const classifications: OcdsClassification[] = [];
    if (type) classifications.push({ scheme: 'UK_CA_TYPE', ...BUYER_TYPES[type] });
    if (devolved) classifications.push({ scheme: 'UK_CA_DEVOLVED_REGULATIONS', id: devolved });
    const lines = details?.address ?? [];
    // The last line is the postcode, the one before it the town (docs/language.md, Notice facts).
    const street = lines.length > 2 ? lines.slice(0, -2).join(', ') : '';
    const address = details && (lines.length > 0 || details.region) ? {
        ...optional('streetAddress', street || undefined),
        ...optional('locality', details.town ?? undefined),
        ...optional('postalCode', details.postcode ?? undefined),
        ...(lines.length > 0 ? { countryName: 'United Kingdom' } : {}),
        ...optional('region', details.region ?? undefined)
    } : undefined;
    const contactPoint = details && (details.contact || details.email || details.telephone) ? {
        ...optional('name', details.contact ?? undefined),
        ...optional('email', details.email ?? undefined),
        ...optional('telephone', details.telephone ?? undefined)
    } : undefined;
    const hasId = Boolean(details?.id && details.scheme && details.identifier);
    const website = webAddress(details?.website);
    return {
        id: hasId ? details!.id! : partyId(name),
        name,
        ...(hasId ? { identifier: { scheme: details!.scheme!, id: details!.identifier! } } : {}),
        ...optional('address', address),
        ...optional('contactPoint', contactPoint),
        roles,
        ...(classifications.length > 0 || website ? {
            details: { ...(classifications.length > 0 ? { classifications } : {}), ...optional('url', website) }
        } : {})
    };
}

function partiesOf(model: TenderDocument): OcdsParty[] {
    const parties: OcdsParty[] = [];
    const buyer = model.buyer?.trim();
    const funds = (name: string) => model.funding?.contributors.some(c => c.who?.trim() === name || (c.isBuyer && name === buyer)) ?? false;
    const devolved = DEVOLVED[model.jurisdiction];
    if (buyer) {
        // Find a Tender marks the buyer `buyer` only; `procuringEntity` is for an agent buying for it.
        // The type is the stated one, else the documented default (a council: sub-central government).
        parties.push(authorityParty(buyer, model.buyerDetails, model.buyerType, funds(buyer) ? ['buyer', 'funder'] : ['buyer'], devolved));
    }
    for (const joint of model.jointBuyers) {
        const name = joint.name?.trim();
        if (!name || parties.some(p => p.name === name)) continue;
        parties.push(authorityParty(name, joint, joint.type, funds(name) ? ['buyer', 'funder'] : ['buyer'], devolved));
    }
    for (const funder of model.coFunders) {
        const name = funder.trim();
        if (!name) continue;
        const existing = parties.find(p => p.name === name || p.id === partyId(name));
        if (existing) {
            if (!existing.roles.includes('funder')) existing.roles.push('funder');
            continue;
        }
        parties.push({ id: partyId(name), name, roles: ['funder'] });
    }
    return parties;
}

/** `amountGross` (VAT included, as the Act estimates value) and, when the tender states it, `amount` (excluding VAT). */
function value(money: MoneyValue | null, excludingVat: MoneyValue | null = null): OcdsValue | undefined {
    if (!money) return undefined;
    const net = excludingVat && excludingVat.currency === money.currency ? { amount: excludingVat.minor / 100 } : {};
    return { ...net, amountGross: money.minor / 100, currency: money.currency };
}

function at(date: DateValue | null | undefined, time: LocalTime): string | undefined {
    const calendar = dateOf(date?.iso);
    return calendar ? ukDateTime(calendar, time) : undefined;
}

function period(fields: OcdsPeriod): OcdsPeriod | undefined {
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries) as OcdsPeriod;
}

function tenderOf(model: TenderDocument, tenderId: string, baseUrl: string | undefined, baseName: string,
    buyer: OcdsParty | undefined, releaseDate: CalendarDate): OcdsTender {
    const timeline = model.timeline;
    const contract = model.contract;
    const status = model.stage ? STATUS[model.stage] : 'active';
    const threshold = model.totals.threshold;
    const procedure = model.procedure ? PROCEDURES[model.procedure] : undefined;
    const belowThreshold = threshold?.reached === false && model.procedure ? BELOW_THRESHOLD_DETAILS[model.procedure] : undefined;
    const underAct = model.jurisdiction !== 'scotland';
    const months = contract?.duration ? Math.round(contract.duration.months) : undefined;
    const contractPeriod = period({
        startDate: at(timeline?.contractStart, START_OF_DAY),
        endDate: at(contract?.end, END_OF_DAY),
        maxExtentDate: at(contract?.maxEnd, END_OF_DAY),
        durationInMonths: months !== undefined && months > 0 ? months : undefined
    });
    const suitability = suitabilityOf(model.suitableFor);
    const lots = lotsOf(model, status, contractPeriod, suitability);
    const published = at(timeline?.publish, START_OF_DAY);
    const maxPerBidder = model.lotRules?.maxPerBidder;
    const maxAwarded = model.lotRules?.maxAwarded;
    const lotDetails = {
        ...(model.lots.length > 0 && maxPerBidder !== null && maxPerBidder !== undefined && Number.isInteger(maxPerBidder) ? { maximumLotsBidPerSupplier: maxPerBidder } : {}),
        ...(model.lots.length > 0 && maxAwarded !== null && maxAwarded !== undefined && Number.isInteger(maxAwarded) ? { maximumLotsAwardedPerSupplier: maxAwarded } : {}),
        ...(model.lots.length > 0 && model.lotRules?.maxAwardedBy?.trim() ? { awardCriteriaDetails: `Where a tenderer would win more lots than it may be awarded: ${model.lotRules.maxAwardedBy.trim().replace(/[.]+$/, '')}.` } : {}),
        ...(model.lots.length === 0 && model.noLots?.reason?.trim() ? { noLotsDivisionRationale: model.noLots.reason.trim() } : {})
    };
    const eligibility = eligibilityOf(model);
    const tender: OcdsTender = {
        id: tenderId,
        ...(model.title?.trim() ? { title: model.title.trim() } : {}),
        ...(model.purpose?.trim() ? { description: model.purpose.trim() } : {}),
        status,
        ...(underAct ? { legalBasis: { ...PROCUREMENT_ACT_LEGAL_BASIS } } : {}),
        ...(procedure ? { procurementMethod: procedure.method, procurementMethodDetails: belowThreshold ?? procedure.details } : {}),
        ...(model.procedure === 'direct-award' && model.justification?.trim() ? { procurementMethodRationale: model.justification.trim() } : {}),
        mainProcurementCategory: 'services',
        ...(model.regime === 'light-touch' ? { specialRegime: [LIGHT_TOUCH_REGIME_CODE] } : {}),
        ...(threshold && threshold.reached !== null ? { aboveThreshold: threshold.reached } : {}),
        ...optional('value', value(model.totals.value, model.value?.excludingVat ?? null)),
        items: itemsOf(model, lots),
        // A deadline is a date-time only when the tender writes its time: no time is invented.
        ...optional('tenderPeriod', period({ startDate: published, endDate: timeline?.bidDeadline ? timeline.bidDeadlineTime?.dateTime : undefined })),
        ...optional('enquiryPeriod', timeline?.clarificationDeadline ? period({ startDate: published, endDate: timeline.clarificationDeadlineTime?.dateTime }) : undefined),
        ...optional('expressionOfInterestDeadline', timeline?.participationDeadline ? timeline.participationDeadlineTime?.dateTime ?? undefined : undefined),
        ...submissionOf(model),
        ...optional('awardPeriod', period({ startDate: at(timeline?.award, START_OF_DAY), endDate: at(timeline?.award, END_OF_DAY) })),
        ...optional('contractPeriod', contractPeriod),
        ...optional('eligibilityCriteria', eligibility),
        ...(lots.some(l => l.awardCriteria) ? {
            awardCriteria: 'ratedCriteria',
            awardCriteriaDetails: 'Each lot is awarded to the most advantageous tender against the weighted criteria given for it in tender.lots[].awardCriteria.'
        } : {}),
        ...optional('suitability', suitability),
        ...optional('otherRequirements', otherRequirementsOf(model.reserved, model.procedureProcess?.shortlist?.by)),
        ...optional('techniques', techniquesOf(model)),
        ...optional('riskDetails', riskDetailsOf(model)),
        ...(Object.keys(lotDetails).length > 0 ? { lotDetails } : {}),
        lots,
        documents: documentsOf(model, tenderId, baseUrl, baseName, published ?? ukDateTime(releaseDate, START_OF_DAY), underAct)
    };
    return tender;
}

function optional<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
    return (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}

/**
 * Suitability for SMEs and VCSEs only as the buyer states it (`suitable-for`); never inferred
 * from lots or joint bids. Left out when the tender does not say.
 */
function suitabilityOf(stated: readonly string[]): { sme: boolean; vcse: boolean } | undefined {
    if (stated.length === 0) return undefined;
    return { sme: stated.includes('sme'), vcse: stated.includes('vcse') };
}

/** How tenders are submitted: electronically or in writing, and where (the portal's or postal address). */
function submissionOf(model: TenderDocument): { submissionMethod?: string[]; submissionMethodDetails?: string } {
    const submission = model.submission;
    if (!submission) return {};
    return {
        ...(submission.electronic === null ? {} : { submissionMethod: [submission.electronic ? 'electronicSubmission' : 'written'] }),
        ...optional('submissionMethodDetails', submission.via?.trim() || undefined)
    };
}

/** Reservation under PA s32 (supported employment) or s33 (public service mutuals), as the UK extension names them. */
const RESERVATIONS: Record<ReservationName, string> = {
    'supported-employment': 'shelteredWorkshop',
    'public-service-mutual': 'publicServiceMissionOrganization'
};

function otherRequirementsOf(reserved: ReservationName | null, reduction?: string | null): { reservedParticipation?: string[]; reductionCriteria?: string } | undefined {
    const out = {
        ...(reserved ? { reservedParticipation: [RESERVATIONS[reserved]] } : {}),
        ...optional('reductionCriteria', reduction?.trim() || undefined)
    };
    return Object.keys(out).length > 0 ? out : undefined;
}

/** A framework agreement (reg 20): its term, suppliers, call-off method, whether it is open and who may use it. */
function techniquesOf(model: TenderDocument): OcdsTender['techniques'] | undefined {
    const framework = model.frameworkAgreement;
    if (!framework) return undefined;
    const months = framework.term ? Math.round(framework.term.months) : undefined;
    const description = [
        framework.callOffText?.trim() ? `Call-off: ${framework.callOffText.trim().replace(/[.]+$/, '')}.` : '',
        framework.users.length > 0 ? `May be used by: ${framework.users.map(u => u.trim().replace(/[.]+$/, '')).join('; ')}.` : '',
        framework.fee ? `Fee: ${framework.fee.display} (Procurement Act 2023 s45(7)).` : ''
    ].filter(Boolean).join(' ');
    return {
        hasFrameworkAgreement: true,
        frameworkAgreement: {
            ...(framework.suppliers?.kind === 'up-to' && framework.suppliers.upTo !== null ? { maximumParticipants: framework.suppliers.upTo } : {}),
            ...(framework.suppliers?.kind === 'single' ? { maximumParticipants: 1 } : {}),
            ...(framework.callOff ? { method: framework.callOff === 'competitive-selection' ? 'withReopeningCompetition' : 'withoutReopeningCompetition' } : {}),
            isOpenFrameworkScheme: framework.open,
            ...(months !== undefined && months > 0 ? { period: { durationInMonths: months } } : {}),
            ...optional('periodRationale', framework.longerTermBecause?.trim() || undefined),
            ...optional('description', description || undefined)
        }
    };
}

/** The preliminary market engagement notice (UK2) the tender names, or the reason it gives for none (PA s17). */
function planningOf(model: TenderDocument, published: string | undefined): OcdsRelease['planning'] | undefined {
    const notice = model.engagement?.notice?.trim();
    const reason = model.engagement?.noNoticeReason?.trim();
    if (notice) {
        return { documents: [{ id: notice, documentType: 'marketEngagementNotice', noticeType: 'UK2', title: `Preliminary market engagement notice ${notice}`, language: 'en' }] };
    }
    if (reason) return { noEngagementNoticeRationale: reason };
    void published;
    return undefined;
}

/** The risks that could jeopardise performance, as the notice's risk details: never an `internal` one. */
function riskDetailsOf(model: TenderDocument): string | undefined {
    const published = model.risks.filter(r => !isInternal(r));
    const lines = published.map(r => {
        const text = (r.text ?? r.name).trim().replace(/[.;]+$/, '');
        const mitigation = r.mitigation?.trim().replace(/[.;]+$/, '');
        return `${text}${mitigation ? ` (mitigation: ${mitigation})` : ''}.`;
    });
    return lines.length > 0 ? lines.join(' ') : undefined;
}

function eligibilityOf(model: TenderDocument): string | undefined {
    const p = model.participation;
    if (!p) return undefined;
    const parts: string[] = [];
    if (p.minimumTurnover) parts.push(`Minimum turnover: ${p.minimumTurnover.display}.`);
    const list = (label: string, items: readonly string[]) => {
        const clean = items.map(i => i.trim()).filter(Boolean);
        if (clean.length > 0) parts.push(`${label}: ${clean.map(i => i.replace(/[.;]+$/, '')).join('; ')}.`);
    };
    list('Insurance', p.insurance);
    list('Accreditation', p.accreditations);
    list('Other requirements', p.requirements);
    return parts.length > 0 ? parts.join(' ') : undefined;
}

const KIND_NAMES: Record<CriterionModel['kind'], string> = {
    'technical': 'Quality',
    'social-value': 'Social value',
    'price': 'Price',
    'other': 'Other'
};

function criteriaOf(block: AwardCriteriaModel | null): { criteria: OcdsAwardCriterion[] } | undefined {
    if (!block || block.criteria.length === 0) return undefined;
    // The award criteria extension requires unique criteria: a repeated name gets its position.
    const used = new Set<string>();
    const uniqueName = (name: string, index: number) => {
        const unique = used.has(name) ? `${name} (criterion ${index + 1})` : name;
        used.add(unique);
        return unique;
    };
    const criteria = block.criteria.map((c, index): OcdsAwardCriterion => {
        const subs = c.subCriteria
            .filter(s => s.title?.trim())
            .map(s => s.weight ? `${s.title!.trim()} (${s.weight.display})` : s.title!.trim());
        return {
            type: c.kind === 'price' ? 'price' : 'quality',
            name: uniqueName(c.title?.trim() || KIND_NAMES[c.kind], index),
            ...(subs.length > 0 ? { description: `${subs.join('; ')}.` } : {}),
            ...(c.weight ? { numbers: [{ number: c.weight.value, weight: 'percentageExact' as const }] } : {})
        };
    });
    return { criteria };
}

/** A contract's period as Find a Tender gives it on lots: start, end of the initial term, latest end with every extension, months. */
function contractPeriodOf(contract: ContractModel | null, start: DateValue | null | undefined): OcdsPeriod | undefined {
    const months = contract?.duration ? Math.round(contract.duration.months) : undefined;
    return period({
        startDate: at(start, START_OF_DAY),
        endDate: at(contract?.end, END_OF_DAY),
        maxExtentDate: at(contract?.maxEnd, END_OF_DAY),
        durationInMonths: months !== undefined && months > 0 ? months : undefined
    });
}

/** Renewals (`hasRenewal`, `renewal.description`) from the contract's extensions, as on Find a Tender's lots. */
function renewalOf(contract: ContractModel | null): { hasRenewal?: boolean; renewal?: { description: string } } {
    const extensions = contract?.extensions;
    if (!extensions && !contract?.extension) return contract?.duration ? { hasRenewal: false } : {};
    // The display already carries any condition (`1 year + 1 year if funding is available`).
    const display = extensions?.display ?? `up to ${contract!.extension!.display}`;
    return { hasRenewal: true, renewal: { description: `The contract may be extended ${display.replace(/[.]+$/, '')}.` } };
}

function lotsOf(model: TenderDocument, status: string, contractPeriod: OcdsPeriod | undefined,
    suitability: { sme: boolean; vcse: boolean } | undefined): OcdsLot[] {
    if (model.lots.length === 0) {
        // The lots extension: a tender not divided into lots still has one (virtual) lot.
        return [{
            id: '1',
            ...optional('title', model.title?.trim() || undefined),
            status,
            ...optional('contractPeriod', contractPeriod ? { ...contractPeriod } : undefined),
            ...renewalOf(model.contract),
            ...optional('suitability', suitability ? { ...suitability } : undefined),
            ...optional('value', value(model.totals.value, model.value?.excludingVat ?? null)),
            ...optional('awardCriteria', criteriaOf(model.awardCriteria))
        }];
    }
    return model.lots.map(lot => {
        const services = lot.services.map(ref => model.services.find(s => s.name === ref.name)).filter(s => s !== undefined);
        const description = services.map(s => s.description?.trim()).filter((d): d is string => Boolean(d)).join(' ');
        const lotPeriod = contractPeriodOf(lot.contract, model.timeline?.contractStart);
        const lotSuitability = suitabilityOf(lot.suitableFor);
        return {
            id: String(lot.number),
            ...optional('title', lot.title?.trim() || undefined),
            ...optional('description', description || undefined),
            status,
            ...optional('contractPeriod', lotPeriod),
            ...renewalOf(lot.contract),
            ...optional('suitability', lotSuitability),
            ...optional('otherRequirements', lot.reservedFrom === 'lot' ? otherRequirementsOf(lot.reserved) : undefined),
            ...optional('value', value(lot.value, lot.valueExcludingVat)),
            ...optional('awardCriteria', criteriaOf(lot.awardCriteria))
        };
    });
}

function cpvClassifications(codes: readonly CpvCode[]): OcdsClassification[] {
    return codes
        .filter(c => c.code.trim())
        .map((c): OcdsClassification => ({ scheme: 'CPV', id: c.digits ?? c.code.trim(), ...optional('description', c.label?.trim() || undefined) }));
}

/**
 * One item per lot, as Find a Tender publishes them: every CPV code in `additionalClassifications`
 * and the delivery regions (ITL codes) in `deliveryAddresses`, the lot's own where it has them.
 */
function itemsOf(model: TenderDocument, lots: readonly OcdsLot[]): OcdsItem[] {
    return lots.map((lot, index): OcdsItem => {
        const source = model.lots[index];
        const codes = cpvClassifications(source ? source.cpv : model.cpv);
        const regions = (source ? source.regions : model.regions).map(r => r.trim()).filter(Boolean);
        return {
            id: String(index + 1),
            ...optional('description', lot.title),
            ...(codes.length > 0 ? { additionalClassifications: codes } : {}),
            ...(regions.length > 0 ? { deliveryAddresses: regions.map(region => ({ region })) } : {}),
            relatedLot: lot.id
        };
    });
}

function documentsOf(model: TenderDocument, tenderId: string, baseUrl: string | undefined, baseName: string,
    published: string, underAct: boolean): OcdsDocument[] {
    const notice = noticeTypeFor(model.procedure);
    return [
        ...(notice === null ? [] : [{
            id: `${tenderId}-${notice === 'UK5' ? 'transparency' : 'tender'}-notice`,
            documentType: 'tenderNotice',
            ...(underAct ? { noticeType: notice } : {}),
            title: notice === 'UK5' ? 'Transparency notice' : 'Tender notice',
            language: 'en' as const,
            datePublished: published
        } satisfies OcdsDocument]),
        {
            id: `${tenderId}-invitation-to-tender`,
            documentType: 'biddingDocuments',
            title: model.title?.trim() ? `Invitation to tender: ${model.title.trim()}` : 'Invitation to tender',
            ...(baseUrl ? { url: `${baseUrl}${encodeURIComponent(baseName)}.docx` } : {}),
            format: DOCX_MEDIA_TYPE,
            language: 'en',
            datePublished: published
        }
    ];
}

/** The package as text: the package's keys in the schema's order, then `ocid` and `id` leading each object and the rest sorted; two-space indent. */
export function ocdsJson(model: TenderDocument, options: OcdsOptions = {}): string {
    return canonicalJson(ocdsReleasePackage(model, options), OCDS_ORDER);
}

const OCDS_ORDER = {
    top: ['uri', 'version', 'extensions', 'publishedDate', 'publisher', 'license', 'releases'],
    everywhere: ['ocid', 'id', 'scheme']
};

export const ocdsWriter: Writer = {
    id: 'ocds',
    description: 'OCDS 1.1 release package (tag tender) for open-data publication, as the notice the procedure calls for (UK4 tender notice, UK5 transparency notice)',
    extension: '.ocds.json',
    write(model: TenderDocument, options: WriterOptions): Promise<Uint8Array> {
        try {
            return Promise.resolve(canonicalJsonBytes(ocdsReleasePackage(publicModel(model), { ocidPrefix: options.ocidPrefix, baseUrl: options.baseUrl, baseName: options.baseName }), OCDS_ORDER));
        } catch (error) {
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
    }
};
