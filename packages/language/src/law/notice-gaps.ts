/**
 * The facts the notice for a tender's procedure must state that the tender does not give, checked
 * against the table of notices.ts (the reference's *Which facts each notice needs*). Read by the
 * `notice-incomplete` rule and by `tender generate --for-publication`, which refuses while a fact
 * the regulations require is missing, whatever severity the rule has.
 */
import type { AstNode } from 'langium';
import type { JointBuyer, Lot, Tender, Timeline } from '../generated/ast.js';
import { durationInDays } from '../values/duration.js';
import { moneyOf } from '../values/money.js';
import { durationValue, effectiveContract } from './contracts.js';
import { FRAMEWORK_TERM } from './duties.js';
import type { FactScope, NoticeFactSpec } from './notices.js';
import { NOTICE_FACTS_BY_ID } from './notices.js';
import { legalSituation } from './situation.js';
import type { TimelineProperty } from './timeline.js';

/** How a quick fix would add the missing construct (the rule turns this into an edit). */
export type InsertPlan =
    /** A new line at the end of `node`'s block. */
    | { readonly mode: 'line'; readonly node: AstNode; readonly text: string }
    /** Text right after `node`'s `property` on the same line. */
    | { readonly mode: 'inline'; readonly node: AstNode; readonly property: string; readonly text: string }
    /** A new `{ ... }` block holding `text`, right after `node`'s `property`. */
    | { readonly mode: 'open-block'; readonly node: AstNode; readonly property: string; readonly text: string }
    /** A new element `keyword { text }` at the end of the tender. */
    | { readonly mode: 'new-block'; readonly node: Tender; readonly keyword: string; readonly text: string };

export interface NoticeGap extends NoticeFactSpec {
    /** The element that would hold the fact, and the property the finding sits on. */
    readonly node: AstNode;
    readonly property?: string;
    /** What holds it, in words: `buyer "Anyborough Borough Council"`, `lot KeyWorkerLot`. */
    readonly where: string;
    /** The notice that asks for it, in words: `a tender notice (UK4)`. */
    readonly notice: string;
    readonly insert?: InsertPlan;
    /** One line for the editor and the CLI. */
    readonly message: string;
}

/**
 * `The tender notice (UK4) must give the buyer's organisation identifier (PR 2024 reg 13(d)): add ...`
 * About 200 characters at most; the rule's page has the law in full.
 */
function messageOf(spec: NoticeFactSpec, notice: string, citation: string, hint: string): string {
    const todo = hint.charAt(0).toLowerCase() + hint.slice(1);
    if (spec.basis === 'regulation') {
        const the = notice.replace(/^an? /, 'the ');
        return `${the.charAt(0).toUpperCase()}${the.slice(1)} must give ${spec.fact} (${shortCitation(citation)}): ${todo}`;
    }
    return `${citation} asks for ${spec.fact}, though no regulation does: ${todo}`;
}

/** `Procurement Regulations 2024 reg 13(d)` as `PR 2024 reg 13(d)`, for messages. */
function shortCitation(citation: string): string {
    return citation.replace(/Procurement Regulations 2024/g, 'PR 2024').replace(/Procurement Act 2023/g, 'PA 2023');
}

/** The one-line text of a gap, for the CLI's `--for-publication` listing. */
export function formatNoticeGap(gap: NoticeGap): string {
    return `${gap.fact} (${gap.where}): ${gap.basis === 'regulation' ? 'required by' : 'asked for by'} ${gap.citation}`;
}

function scopesFor(tender: Tender): Set<FactScope> {
    const { procedure, notice, jurisdiction } = legalSituation(tender);
    const scopes = new Set<FactScope>();
    // The table is the Procurement Act's; a devolved Scottish authority publishes under other rules.
    if (!procedure || !notice || notice.kind === 'none' || jurisdiction === 'scotland') {
        return scopes;
    }
    scopes.add('notice');
    if (notice.kind === 'tender-notice') {
        scopes.add('tender-notice');
        if (procedure === 'competitive-flexible') scopes.add('competitive-flexible');
        if (tender.frameworkAgreement) scopes.add('framework');
    } else {
        scopes.add('direct-award');
    }
    return scopes;
}

/**
 * Every fact the notice for the tender's procedure needs and the tender does not give, in the
 * order a notice states them. Empty for a framework call-off (no notice), while the procedure is
 * not given, and in Scotland.
 */
export function missingNoticeFacts(tender: Tender): NoticeGap[] {
    const scopes = scopesFor(tender);
    if (scopes.size === 0) {
        return [];
    }
    const situation = legalSituation(tender);
    const notice = situation.notice!.name;
    const cfp = situation.procedure === 'competitive-flexible';
    const gaps: NoticeGap[] = [];
    const add = (id: string, at: { node: AstNode; property?: string; where: string; insert?: InsertPlan }, hint: string, citation?: string) => {
        const spec = NOTICE_FACTS_BY_ID.get(id)!;
        if (!scopes.has(spec.scope)) {
            return;
        }
        // The form is the one for the notice: UK4 for a tender notice, UK5 for a transparency notice.
        const cited = citation ?? (spec.basis === 'form' ? spec.citation.replace('UK4', situation.notice!.form ?? 'UK4') : spec.citation);
        gaps.push({ ...spec, citation: cited, ...at, notice, message: messageOf(spec, notice, cited, hint) });
    };
    const tenderAt = { node: tender as AstNode, property: 'name', where: `tender ${tender.name}` };
    const topLine = (text: string): InsertPlan => ({ mode: 'line', node: tender, text });

    // Contracting authority information (reg 13) and the form's organisation type.
    const buyerAt = tender.buyer !== undefined
        ? { node: tender as AstNode, property: 'buyer', where: `buyer "${tender.buyer}"` }
        : tenderAt;
    const details = tender.buyerDetails;
    const buyerInsert = (text: string): InsertPlan | undefined => details
        ? { mode: 'line', node: details, text }
        : tender.buyer !== undefined ? { mode: 'open-block', node: tender, property: 'buyer', text } : undefined;
    const buyerHint = (construct: string) => details || tender.buyer !== undefined
        ? `Add ${construct} to the buyer's details.`
        : `Add buyer "..." { ${construct} }.`;
    for (const [id, property, construct] of [
        ['buyer-id', 'id', 'id "..."'],
        ['buyer-address', 'address', 'address "...", "postcode"'],
        ['buyer-email', 'email', 'email "..."'],
        ['buyer-contact', 'contact', 'contact "..."'],
        ['buyer-type', 'type', 'type sub-central-government']
    ] as const) {
        const value = details?.[property];
        if (given(value)) {
            continue;
        }
        // Written but empty (a starter, or a quick fix not yet filled in): the finding sits on it.
        add(id, value !== undefined ? { node: details!, property, where: buyerAt.where } : { ...buyerAt, insert: buyerInsert(NOTICE_FACTS_BY_ID.get(id)!.construct!) }, buyerHint(construct));
    }
    tender.jointBuyers.forEach((joint: JointBuyer) => {
        const at = { node: joint as AstNode, property: joint.buyer !== undefined ? 'buyer' : undefined, where: `joint-buyer "${joint.buyer ?? ''}"` };
        const insert = (text: string): InsertPlan | undefined => joint.details
            ? { mode: 'line', node: joint.details, text }
            : joint.buyer !== undefined ? { mode: 'open-block', node: joint, property: 'buyer', text } : undefined;
        const jd = joint.details;
        for (const [id, property, construct] of [
            ['joint-buyer-id', 'id', 'id "..."'],
            ['joint-buyer-address', 'address', 'address "...", "postcode"'],
            ['joint-buyer-email', 'email', 'email "..."']
        ] as const) {
            const value = jd?.[property];
            if (given(value)) {
                continue;
            }
            add(id, value !== undefined ? { node: jd!, property, where: at.where } : { ...at, insert: insert(NOTICE_FACTS_BY_ID.get(id)!.construct!) },
                `Add ${construct} to this joint buyer's details.`);
        }
    });

    // Contract subject-matter: where (ITL codes), CPV codes; the estimated value.
    const lots = tender.lots;
    const everyLot = (has: (lot: Lot) => boolean) => lots.length > 0 && lots.every(has);
    if (!given(tender.regions) && !everyLot(lot => given(lot.regions))) {
        add('region', { ...tenderAt, insert: topLine('region ""') }, 'Add region "..." (e.g. "UKF13") to the tender or every lot.');
    }
    // `value £0` (a starter, or the quick fix not yet filled in) is still to be given: the finding sits on it.
    const valueCitation = situation.notice!.kind === 'transparency-notice' ? 'Procurement Regulations 2024 reg 26(2)(q)' : undefined;
    if (!tender.value) {
        add('value', { ...tenderAt, insert: topLine('value £0') }, 'Add value £... for the whole term, VAT included.', valueCitation);
    } else if (isZero(tender.value.amount)) {
        add('value', { node: tender.value, property: 'amount', where: `tender ${tender.name}` }, 'Fill in the value for the whole term, VAT included.', valueCitation);
    } else if (!given(tender.value.excludingVat)) {
        add('value-excluding-vat', { node: tender.value, property: 'amount', where: `tender ${tender.name}`, insert: { mode: 'inline', node: tender.value, property: tender.value.term ? 'term' : 'amount', text: 'excluding-vat £0' } },
            'Add excluding-vat £... after the value.');
    } else if (isZero(tender.value.excludingVat)) {
        add('value-excluding-vat', { node: tender.value, property: 'excludingVat', where: `tender ${tender.name}` }, 'Fill in the value excluding VAT.');
    }
    if (!tender.cpvs.some(c => given(c.code)) && !everyLot(lot => lot.cpvs.some(c => given(c.code)))) {
        add('cpv', { ...tenderAt, insert: topLine('cpv ""') }, 'Add cpv "..." with the code.');
    }

    // Payment terms on every contract (reg 18(2)(y)).
    const contracts = lots.length > 0 ? lots : [undefined];
    for (const lot of contracts) {
        if (effectiveContract(tender, lot).payments.length > 0) {
            continue;
        }
        const block = lot?.contract ?? (lot ? undefined : tender.contract);
        const at = lot
            ? { node: lot as AstNode, property: 'name', where: `lot ${lot.name}` }
            : tender.contract ? { node: tender.contract as AstNode, where: `the contract of tender ${tender.name}` } : tenderAt;
        const insert: InsertPlan | undefined = block
            ? { mode: 'line', node: block, text: 'payment ' }
            : !lot ? { mode: 'new-block', node: tender, keyword: 'contract', text: 'payment ' } : undefined;
        add('payment', { ...at, insert }, lot
            ? 'Add payment lines to the tender\'s contract or to this lot\'s own.'
            : 'Add payment lines (block, outcomes, spot-purchase) to the contract.');
    }

    // Dates, and how tenders are submitted.
    const timeline = tender.timeline;
    const timelineAt = timeline ? { node: timeline as AstNode, where: 'the timeline' } : tenderAt;
    const dateInsert = (keyword: string): InsertPlan => timeline
        ? { mode: 'line', node: timeline, text: `${keyword} ` }
        : { mode: 'new-block', node: tender, keyword: 'timeline', text: `${keyword} ` };
    if (!timeline?.publish) {
        add('publish', { ...timelineAt, insert: dateInsert('publish') }, 'Add publish YYYY-MM-DD to the timeline.');
    }
    if (!timeline?.bidDeadline) {
        add('bid-deadline', { ...timelineAt, insert: dateInsert('bid-deadline') }, 'Add bid-deadline YYYY-MM-DD HH:MM to the timeline.',
            cfp ? 'Procurement Regulations 2024 reg 19(2)(g)' : undefined);
    } else if (!timeTextOf(timeline, 'bidDeadline')) {
        add('bid-deadline-time', { node: timeline!, property: 'bidDeadline', where: 'the bid deadline', insert: { mode: 'inline', node: timeline!, property: 'bidDeadline', text: '12:00' } },
            'Add the time after the date, e.g. 2027-04-19 12:00.');
    }
    const rules = tender.lotRules;
    if (rules?.maxAwarded !== undefined && !given(rules.maxAwardedBy)) {
        add('max-awarded-by', { node: rules, property: 'maxAwarded', where: 'lots', insert: { mode: 'inline', node: rules, property: 'maxAwarded', text: 'by ""' } },
            'Say how the limit is applied: max-awarded N by "...".');
    }
    const submission = tender.submission;
    const submissionAt = submission ? { node: submission as AstNode, where: 'submission' } : tenderAt;
    const submissionInsert = (text: string): InsertPlan => submission
        ? { mode: 'line', node: submission, text }
        : { mode: 'new-block', node: tender, keyword: 'submission', text };
    if (!given(submission?.via)) {
        add('submission-via', { ...submissionAt, insert: submissionInsert('via ""') },
            submission ? 'Add via "..." (the portal\'s address) to the submission block.' : 'Add submission { via "..." } with the portal\'s address.');
    }
    if (!submission?.electronic) {
        add('submission-electronic', { ...submissionAt, insert: submissionInsert('electronic ') },
            submission ? 'Add electronic yes or no to the submission block.' : 'Add submission { electronic yes } (or no).');
    }

    // The competitive flexible procedure's process (reg 19(2)).
    const process = tender.procedureDetails;
    const procedureAt = { node: tender as AstNode, property: 'procedure', where: `procedure ${tender.procedure}` };
    const processInsert = (text: string): InsertPlan => process
        ? { mode: 'line', node: process, text }
        : { mode: 'open-block', node: tender, property: 'procedure', text };
    if (!process?.negotiation) {
        add('negotiation', { ...procedureAt, insert: processInsert('negotiation ') }, 'Add negotiation may or none to the procedure\'s block.');
    }
    if (!given(process?.rounds)) {
        add('rounds', { ...procedureAt, insert: processInsert('rounds ""') }, 'Add rounds "..." describing the stages in order.');
    }
    const shortlist = process?.shortlistUpTo !== undefined;
    if (shortlist && !given(process!.shortlistBy)) {
        add('shortlist-by', { node: process!, property: 'shortlistUpTo', where: 'the shortlist', insert: { mode: 'inline', node: process!, property: 'shortlistUpTo', text: 'by ""' } },
            'Say how the shortlist is chosen: shortlist up-to N by "...".');
    }
    if (shortlist && !timeline?.participationDeadline) {
        add('participation-deadline', { ...timelineAt, insert: dateInsert('participation-deadline') }, 'Add participation-deadline YYYY-MM-DD HH:MM to the timeline.');
    }
    if (cfp && timeline?.participationDeadline && !timeTextOf(timeline, 'participationDeadline')) {
        add('participation-deadline-time', { node: timeline, property: 'participationDeadline', where: 'the participation deadline', insert: { mode: 'inline', node: timeline, property: 'participationDeadline', text: '12:00' } },
            'Add the time after the date, e.g. 2027-03-26 12:00.');
    }

    // A framework (reg 20(2); PA s47(3)).
    const framework = tender.frameworkAgreement;
    if (framework) {
        const at = { node: framework as AstNode, where: 'framework-agreement' };
        const line = (text: string): InsertPlan => ({ mode: 'line', node: framework, text });
        if (!framework.term) add('framework-term', { ...at, insert: line('term ') }, 'Add term N years to the framework-agreement.');
        if (!framework.suppliers) add('framework-suppliers', { ...at, insert: line('suppliers ') }, 'Add suppliers single|up-to N|unlimited.');
        if (!framework.callOff) add('framework-call-off', { ...at, insert: line('call-off ') }, 'Add call-off direct-award|competitive-selection "...".');
        if (!given(framework.users)) add('framework-users', { ...at, insert: line('users ""') }, 'Add users "..." naming the authorities that may use it.');
        if (frameworkTermOverMaximum(tender) && !given(framework.longerTermBecause)) {
            add('framework-longer-term', { node: framework, property: 'term', where: 'framework-agreement', insert: line('longer-term because ""') },
                'Add longer-term because "..." with the reasons.');
        }
    }

    // A direct award's justification (reg 26(2)(i)).
    if (!given(process?.justification)) {
        add('justification', { ...procedureAt, insert: processInsert('justification ""') }, 'Add justification "..." naming the ground in Schedule 5.');
    }

    // The reasons for no preliminary market engagement notice (PA s17(1)(b)).
    if (situation.buyerType !== 'private-utility' && showsMarketEngagement(tender) && !given(tender.engagement?.notice) && !given(tender.engagement?.noNotice)) {
        const engagement = tender.engagement;
        add('engagement-notice', {
            node: engagement ?? tender.timeline ?? tender,
            property: engagement ? undefined : tender.timeline ? 'marketEngagement' : 'name',
            where: 'engagement',
            insert: engagement ? { mode: 'line', node: engagement, text: 'no-notice because ""' } : undefined
        }, 'Add notice "..." (its identifier) or no-notice because "..." to the engagement.');
    }
    return gaps;
}

/** `£0`: a placeholder, not an estimate. */
function isZero(amount: string | undefined): boolean {
    const money = moneyOf(amount);
    return money !== undefined && money.minor === 0;
}

/** A fact is given when written and not blank: `id ""` in a starter is still to be filled in. */
function given(value: string | readonly string[] | undefined): boolean {
    if (value === undefined) return false;
    if (typeof value === 'string') return value.trim() !== '';
    return value.some(line => line.trim() !== '');
}

/** A preliminary market engagement the tender shows: a `market-engagement` date or an `engagement` `providers` line. */
export function showsMarketEngagement(tender: Tender): boolean {
    return tender.timeline?.marketEngagement !== undefined || tender.engagement?.providers !== undefined;
}

/** Whether a framework's term is over the statutory maximum that applies to it (PA s47(1), (5)). */
export function frameworkTermOverMaximum(tender: Tender): boolean {
    const framework = tender.frameworkAgreement;
    const term = durationValue(framework?.term);
    if (!framework || !term) {
        return false;
    }
    const situation = legalSituation(tender);
    if (framework.open || situation.regime === 'light-touch' || situation.buyerType === 'private-utility') {
        return false;
    }
    const years = situation.buyerType === 'public-undertaking' ? FRAMEWORK_TERM.utilitiesYears : FRAMEWORK_TERM.years;
    return durationInDays(term) > years * 365.25 + 1e-9;
}

/** The time of day written after a timeline date, if any. */
function timeTextOf(timeline: Timeline, property: TimelineProperty): string | undefined {
    const value = (timeline as unknown as Record<string, unknown>)[`${property}Time`];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
