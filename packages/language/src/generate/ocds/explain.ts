/**
 * `tender generate --explain-ocds`: which fields of a UK4 tender notice the OCDS output cannot
 * fill for this tender, and how to fill them. Three kinds: the tender leaves something out (add
 * it); the language has no way to say it (fill it in on the publishing platform); or a setting of
 * the run (ocidPrefix, --base-url). The UK4 layout follows test/fixtures/ocds (the reference's
 * table of UK4 items and their OCDS paths).
 */
import type { TenderDocument } from '../../model/tender-document.js';
import { DEFAULT_OCID_PREFIX } from './ocds-writer.js';

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
    if (model.totals.value && !model.value?.excludingVat) {
        missing('Scope: total value excluding VAT', 'tender.value.amount', 'Add `excluding-vat £...` after the value (Find a Tender\'s form asks for both).');
    }
    if (!timeline?.contractStart) missing('Scope: contract start date', 'tender.contractPeriod.startDate', 'Add `contract-start YYYY-MM-DD` to the timeline.');
    if (!model.contract?.duration) missing('Scope: contract duration', 'tender.contractPeriod.durationInMonths, endDate', 'Add `duration N years` to the contract block.');
    const cpvMissing = model.lots.length === 0 ? model.cpv.length === 0 : model.lots.some(l => l.cpv.length === 0);
    if (cpvMissing) missing('Scope: CPV classifications', 'tender.items[].additionalClassifications', 'Add `cpv "85000000-9" "Health and social work services"` to the tender (or to each lot).');
    const regionMissing = model.lots.length === 0 ? model.regions.length === 0 : model.lots.some(l => l.regions.length === 0);
    if (regionMissing) missing('Scope: contract locations', 'tender.items[].deliveryAddresses[].region', 'Add `region "UKD72"` (ITL codes) to the tender or to each lot.');

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

    if (model.suitableFor.length === 0 && model.lots.every(l => l.suitableFor.length === 0)) {
        missing('Participation: particular suitability (SME, VCSE)', 'tender.suitability',
            'Add `suitable-for sme, vcse` if the contract suits them: the output never infers it.');
    }
    if (!model.participation) {
        missing('Participation: conditions of participation', 'tender.eligibilityCriteria', 'Add a `participation { ... }` block (turnover, insurance, accreditation, other requirements), or say there are none on the publishing platform.');
    }

    if (competitive || model.procedure === null) {
        if (!timeline?.clarificationDeadline) missing('Submission: enquiry deadline', 'tender.enquiryPeriod.endDate', 'Add `clarification-deadline YYYY-MM-DD HH:MM` to the timeline.');
        else if (!timeline.clarificationDeadlineTime) missing('Submission: time of the enquiry deadline', 'tender.enquiryPeriod.endDate', 'Write the time after the date: `clarification-deadline 2027-03-29 12:00` (no time is ever assumed).');
        if (!timeline?.bidDeadline) missing('Submission: tender submission deadline', 'tender.tenderPeriod.endDate', 'Add `bid-deadline YYYY-MM-DD HH:MM` to the timeline.');
        else if (!timeline.bidDeadlineTime) missing('Submission: time of the tender submission deadline', 'tender.tenderPeriod.endDate', 'Write the time after the date: `bid-deadline 2027-04-19 12:00` (no time is ever assumed).');
        if (!timeline?.publish) missing('Submission: publication of the tender notice', 'tender.tenderPeriod.startDate', 'Add `publish YYYY-MM-DD` to the timeline.');
    }
    if (model.procedure === 'competitive-flexible' && model.procedureProcess?.shortlist && !timeline?.participationDeadline) {
        missing('Submission: deadline for requests to participate (if there is a shortlist)', 'tender.expressionOfInterestDeadline',
            'Add `participation-deadline YYYY-MM-DD HH:MM` to the timeline if suppliers must first ask to take part.');
    } else if (timeline?.participationDeadline && !timeline.participationDeadlineTime) {
        missing('Submission: time of the deadline for requests to participate', 'tender.expressionOfInterestDeadline', 'Write the time after the date (no time is ever assumed).');
    }
    if (competitive && (!model.submission?.via || model.submission.electronic === null)) {
        missing('Submission: address and electronic submission', 'tender.submissionMethod, submissionMethodDetails', 'Add `submission { via "https://..." electronic yes }`.');
    }
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
            'A call-off publishes no notice (docs/outputs.md): the framework it is made under was described in its own tender notice.');
    }
    if (competitive && model.engagement && !model.engagement.notice && !model.engagement.noNoticeReason && model.timeline?.marketEngagement) {
        missing('Planning: preliminary market engagement notice, or the reason for none', 'planning.documents, planning.noEngagementNoticeRationale',
            'Add `notice "2027/S 000-000000"` or `no-notice because "..."` to the engagement block (Procurement Act 2023 s17).');
    }

    if (!model.buyer?.trim()) {
        missing('Contracting authority: name', 'parties[], buyer', 'Add `buyer "..."`.');
    }
    const authorities = [{ name: model.buyer ?? 'the buyer', details: model.buyerDetails, lead: true }, ...model.jointBuyers.map(j => ({ name: j.name ?? 'a joint buyer', details: j, lead: false }))];
    for (const { name, details, lead } of authorities) {
        const absent = [
            !details?.id ? '`id` (PPON)' : '',
            !details || details.address.length === 0 ? '`address`' : '',
            !details?.region ? '`region`' : '',
            !details?.email ? '`email`' : '',
            lead && !details?.contact ? '`contact`' : ''
        ].filter(Boolean);
        if (absent.length > 0 && (model.buyer || !lead)) {
            missing(`Contracting authority: ${name}`, 'parties[].identifier, address, contactPoint', `Add ${absent.join(', ')} to the ${lead ? 'buyer' : 'joint-buyer'} block: \`buyer "${name}" { id "GB-PPON-..." ... }\`.`);
        }
    }

    if (!options.baseUrl) {
        setting('Documents: where the tender documents are', 'uri, tender.documents[].url',
            'Run with `--base-url https://...` (the folder the files will be published in) to give the package and the invitation to tender their URLs.');
    }
    if (!options.ocidPrefix || options.ocidPrefix === DEFAULT_OCID_PREFIX) {
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
