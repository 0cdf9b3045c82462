/**
 * `tender generate --explain-ocds`: which fields of a UK4 tender notice the OCDS output cannot
 * fill for this tender, and how to fill them. Three kinds: the tender leaves something out (add
 * it); the language has no way to say it (fill it in on the publishing platform); or a setting of
 * the run (ocidPrefix, --base-url). The UK4 layout follows test/fixtures/ocds (the reference's
 * table of UK4 items and their OCDS paths).
 */
import type { TenderDocument } from '../../model/tender-document.js';

export type OcdsGapKind = 'missing' | 'not-in-language' | 'setting';

export interface OcdsGap {
    /** The UK4 notice section and item, e.g. `Submission: enquiry deadline`. */
    readonly field: string;
    /** Where it goes in the release, e.g. `tender.enquiryPeriod.endDate`. */
    readonly path: string;
    readonly kind: OcdsGapKind;
    /** What to do. */
    readonly fix: string;
}

export interface ExplainOptions {
    readonly ocidPrefix?: string;
    readonly baseUrl?: string;
}

/** The UK4 fields `model` cannot fill, in the order of the notice. */
export function explainOcds(model: TenderDocument, options: ExplainOptions = {}): OcdsGap[] {
    const gaps: OcdsGap[] = [];
    const missing = (field: string, path: string, fix: string) => gaps.push({ field, path, kind: 'missing', fix });
    const language = (field: string, path: string, fix: string) => gaps.push({ field, path, kind: 'not-in-language', fix });
    const setting = (field: string, path: string, fix: string) => gaps.push({ field, path, kind: 'setting', fix });
    const timeline = model.timeline;
    const competitive = model.procedure === 'open' || model.procedure === 'competitive-flexible';

    if (!model.issued) {
        missing('Notice: publication date', 'publishedDate, releases[0].date', model.timeline?.publish
            ? 'Add `issued YYYY-MM-DD` (the publish date of the timeline stands in for it meanwhile).'
            : 'Add `issued YYYY-MM-DD`: without a date no OCDS release can be written.');
    }
    if (!model.reference?.trim()) {
        missing('Scope: reference', 'ocid, tender.id', `Add \`reference "..."\` (the tender's name, ${model.name}, stands in for it meanwhile).`);
    }
    if (!model.title?.trim()) missing('Scope: title', 'tender.title', 'Add `title "..."`.');
    if (!model.purpose?.trim()) missing('Scope: description', 'tender.description', 'Add `purpose "..."`: the description of the notice is the purpose.');
    if (!model.totals.value) {
        missing('Scope: total value including VAT', 'tender.value.amountGross', 'Add `value £... over N years` (the whole term, extensions and VAT included).');
    }
    language('Scope: total value excluding VAT', 'tender.value.amount',
        'The language holds the value including VAT, as the Procurement Act estimates value; give the value excluding VAT on the publishing platform.');
    if (!timeline?.contractStart) missing('Scope: contract start date', 'tender.contractPeriod.startDate', 'Add `contract-start YYYY-MM-DD` to the timeline.');
    if (!model.contract?.duration) missing('Scope: contract duration', 'tender.contractPeriod.durationInMonths, endDate', 'Add `duration N years` to the contract block.');
    if (model.cpv.length === 0) missing('Scope: CPV classifications', 'tender.items[].classification', 'Add `cpv "85000000-9" "Health and social work services"` (one line per code).');
    language('Scope: contract locations', 'tender.items[].deliveryAddresses[].region',
        'Notices give places as ITL codes (e.g. UKD72); the language\'s `areas` are local names, so give the ITL codes on the publishing platform.');

    if (model.lots.length === 0) {
        if (!model.noLots?.reason?.trim()) {
            missing('Lots: reasons for not dividing into lots', 'tender.lotDetails.noLotsDivisionRationale', model.regime === 'light-touch'
                ? 'Add `no-lots because "..."` or lots; a light touch contract need not publish the reason (Procurement Regulations 2024 reg 18(2)(q)), but must still consider lots (Procurement Act 2023 s18).'
                : 'Add lots, or `no-lots because "..."` (Procurement Act 2023 s18).');
        }
    } else {
        for (const lot of model.lots) {
            if (!lot.value) missing(`Lots: value of lot ${lot.number} (${lot.name})`, `tender.lots[${lot.number - 1}].value`, `Add \`value £...\` to lot ${lot.name}.`);
            if (!lot.title?.trim()) missing(`Lots: title of lot ${lot.number} (${lot.name})`, `tender.lots[${lot.number - 1}].title`, `Give lot ${lot.name} a title: \`lot ${lot.name} "..."\`.`);
        }
    }

    const jointBids = model.collaboration?.jointBids;
    if (model.lots.length === 0 && jointBids !== 'welcome' && jointBids !== 'accepted') {
        missing('Participation: particular suitability (SME, VCSE)', 'tender.suitability',
            'The output says a contract suits SMEs and VCSEs when it is divided into lots or welcomes joint bids (`collaboration { joint-bids welcome }`); otherwise it says nothing.');
    }
    if (!model.participation) {
        missing('Participation: conditions of participation', 'tender.eligibilityCriteria', 'Add a `participation { ... }` block (turnover, insurance, accreditation, other requirements), or say there are none on the publishing platform.');
    }

    if (competitive || model.procedure === null) {
        if (!timeline?.clarificationDeadline) missing('Submission: enquiry deadline', 'tender.enquiryPeriod.endDate', 'Add `clarification-deadline YYYY-MM-DD` to the timeline.');
        if (!timeline?.bidDeadline) missing('Submission: tender submission deadline', 'tender.tenderPeriod.endDate', 'Add `bid-deadline YYYY-MM-DD` to the timeline.');
        if (!timeline?.publish) missing('Submission: publication of the tender notice', 'tender.tenderPeriod.startDate', 'Add `publish YYYY-MM-DD` to the timeline.');
    }
    if (model.procedure === 'competitive-flexible' && !timeline?.participationDeadline) {
        missing('Submission: deadline for requests to participate (if there is a shortlist)', 'tender.expressionOfInterestDeadline',
            'Add `participation-deadline YYYY-MM-DD` to the timeline if suppliers must first ask to take part.');
    }
    language('Submission: address, instructions, electronic submission and languages', 'tender.submissionMethod, submissionMethodDetails, submissionTerms.languages',
        'Say how and where tenders are submitted on the publishing platform (the language does not hold the e-tendering portal).');
    if (!timeline?.award) missing('Submission: award decision date', 'tender.awardPeriod', 'Add `award YYYY-MM-DD` to the timeline.');

    const blocks = model.lots.length === 0 ? [model.awardCriteria] : model.lots.map(l => l.awardCriteria);
    if (blocks.every(b => b === null || b.criteria.length === 0)) {
        missing('Award criteria: name, type, weighting', 'tender.lots[].awardCriteria', 'Add `award-criteria { ... }` with a weight for each criterion.');
    } else if (blocks.some(b => b !== null && !b.weightsComplete)) {
        missing('Award criteria: weighting', 'tender.lots[].awardCriteria.criteria[].numbers', 'Give every criterion a weight, the weights adding up to 100% (rules missing-weighting and weights-sum).');
    }

    if (!model.procedure) missing('Procedure: procedure type', 'tender.procurementMethod, procurementMethodDetails', 'Add `procedure open` (or competitive-flexible, direct-award, framework-call-off).');
    if (!model.regimeStated) {
        missing('Procedure: special regime', 'tender.specialRegime', 'Say `regime light-touch` for social, health and education services (or `regime standard`); standard is assumed.');
    }
    if (model.procedure === 'framework-call-off') {
        language('Procedure: framework details', 'tender.techniques.frameworkAgreement',
            'The language does not describe the framework a call-off is made under; give it on the publishing platform.');
    }

    if (!model.buyer?.trim()) {
        missing('Contracting authority: name', 'parties[], buyer', 'Add `buyer "..."`.');
    }
    language('Contracting authority: identifier (PPON), address, contact, email, region', 'parties[].identifier, address, contactPoint',
        'The language names the buyer only; its Public Procurement Organisation Number and contact details come from the publishing platform\'s organisation record.');
    for (const funder of model.coFunders) {
        language(`Funder: identifier of ${funder}`, 'parties[].identifier', 'Only the funder\'s name is in the language; its PPON comes from the publishing platform.');
    }

    if (!options.baseUrl) {
        setting('Documents: where the tender documents are', 'uri, tender.documents[].url',
            'Run with `--base-url https://...` (the folder the files will be published in) to give the package and the invitation to tender their URLs.');
    }
    if (!options.ocidPrefix) {
        setting('Notice: OCDS identifier', 'ocid',
            'The ocid uses the documentation prefix ocds-213czf; set `ocidPrefix` in tender.config.json to your own prefix from the Open Contracting Partnership.');
    }
    return gaps;
}

const KIND_LABEL: Record<OcdsGapKind, string> = {
    'missing': 'add to the tender',
    'not-in-language': 'not in the language',
    'setting': 'setting'
};

/** The gaps as text for a terminal. */
export function formatOcdsGaps(name: string, gaps: readonly OcdsGap[]): string {
    if (gaps.length === 0) {
        return `${name}: the OCDS output fills every UK4 tender notice field the language knows of.\n`;
    }
    const lines = [`${name}: UK4 tender notice fields the OCDS output cannot fill yet (${gaps.length})`];
    for (const gap of gaps) {
        lines.push(`  ${gap.field}  [${KIND_LABEL[gap.kind]}]  ${gap.path}`);
        lines.push(`      ${gap.fix}`);
    }
    return `${lines.join('\n')}\n`;
}
