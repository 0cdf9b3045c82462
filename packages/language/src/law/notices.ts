/**
 * Which notice a procedure publishes first (docs/domain.md 12.1) and what that notice must state
 * (12.2; the reference's table *Which facts each notice needs*), as data: each fact, whether the
 * regulations require it (citing the letter of the Procurement Regulations 2024 read in their text
 * as made, SI 2024/692 regs 13, 14, 18, 19, 20 and 26) or only Find a Tender's form asks for it,
 * and where in a tender it is written. `noticeGaps` (notice-gaps.ts) checks a tender against it.
 */
import type { Procedure } from './time-limits.js';

const PA = 'Procurement Act 2023';
const PR = 'Procurement Regulations 2024';
/** Find a Tender's tender notice form (UK4), which asks for more than the regulations. */
export const FIND_A_TENDER_FORM = "Find a Tender's UK4 form";

export type NoticeKind = 'tender-notice' | 'transparency-notice' | 'none';

export interface NoticeRequirement {
    readonly kind: NoticeKind;
    /** Find a Tender's form: UK4 tender notice, UK5 transparency notice. */
    readonly form?: 'UK4' | 'UK5';
    /** `a tender notice (UK4)`, for messages. */
    readonly name: string;
    readonly source: string;
}

/**
 * Whether a direct award's justification names the user choice ground (PA Sch 5 paras 15–17: the
 * person, or their carer, has chosen the provider), which publishes no transparency notice (s44(3)).
 * The justification is free text, so this reads it for "user choice" or "Schedule 5 paragraph 15".
 */
export function isUserChoice(justification: string | undefined): boolean {
    return justification !== undefined
        && (/\buser[- ]choice\b/i.test(justification) || /schedule\s*5,?\s*(?:paragraphs?|paras?\.?)\s*15\b/i.test(justification));
}

/** The notice a procedure starts with [PA s21(1), s44(1) and (3), s45–46; domain.md 12.1]. */
export function noticeFor(procedure: Procedure, justification?: string): NoticeRequirement {
    switch (procedure) {
        case 'open':
        case 'competitive-flexible':
            return { kind: 'tender-notice', form: 'UK4', name: 'a tender notice (UK4)', source: `${PA} s21(1)` };
        case 'direct-award':
            if (isUserChoice(justification)) {
                return { kind: 'none', name: 'no transparency notice before a user choice contract', source: `${PA} s44(3)` };
            }
            return { kind: 'transparency-notice', form: 'UK5', name: 'a transparency notice (UK5)', source: `${PA} s44(1)` };
        case 'framework-call-off':
            return { kind: 'none', name: 'no notice before a call-off', source: `${PA} s45–46` };
    }
}

/** Whether the regulations require a fact (it blocks `--for-publication`) or only the form asks for it. */
export type FactBasis = 'regulation' | 'form';

/** The element of a tender that would hold a fact: the finding is placed there. */
export type FactPlace =
    | 'buyer' | 'joint-buyer' | 'tender' | 'lot' | 'contract' | 'timeline' | 'submission'
    | 'procedure' | 'framework-agreement' | 'lots' | 'engagement';

/** Which notices ask for a fact (the rows of the reference's table). */
export type FactScope =
    /** Every procedure with a notice: open, competitive flexible, direct award. */
    | 'notice'
    /** A tender notice: open and competitive flexible. */
    | 'tender-notice'
    | 'competitive-flexible'
    | 'framework'
    | 'direct-award';

export interface NoticeFactSpec {
    /** Stable id, also carried in the finding's data: `buyer-id`. */
    readonly id: string;
    /** What is missing, in plain words: `the buyer's organisation identifier`. */
    readonly fact: string;
    readonly basis: FactBasis;
    /** The letter or the form: `Procurement Regulations 2024 reg 13(d)`. */
    readonly citation: string;
    readonly scope: FactScope;
    readonly place: FactPlace;
    /**
     * What the quick fix inserts: the keyword and an empty value (`id ""`, `value £0`). A trailing
     * space marks a construct with no empty value (a date, a time, a duration, a choice such as
     * `electronic yes|no`): any value would be a fact nobody gave, so no fix is offered.
     */
    readonly construct?: string;
}

const REG13 = `${PR} reg 13`;

/**
 * The facts, in the order a notice gives them. Letters checked against the text of SI 2024/692 as
 * made; reg 19(2)(a) takes reg 18(2)'s list except (d) and (j), reg 20(2)(a)–(b) takes reg 18 or
 * reg 19's, and a transparency notice (reg 26) asks for the authority, subject-matter and value
 * but not for payment terms or a date for tenders.
 */
export const NOTICE_FACTS: readonly NoticeFactSpec[] = [
    { id: 'buyer-id', fact: "the buyer's organisation identifier", basis: 'regulation', citation: `${REG13}(d)`, scope: 'notice', place: 'buyer', construct: 'id ""' },
    { id: 'buyer-address', fact: "the buyer's postal address", basis: 'regulation', citation: `${REG13}(c)`, scope: 'notice', place: 'buyer', construct: 'address ""' },
    { id: 'buyer-email', fact: "the buyer's email address", basis: 'regulation', citation: `${REG13}(c)`, scope: 'notice', place: 'buyer', construct: 'email ""' },
    { id: 'buyer-contact', fact: 'a contact for enquiries about the notice', basis: 'regulation', citation: `${REG13}(f)`, scope: 'notice', place: 'buyer', construct: 'contact ""' },
    { id: 'buyer-type', fact: "the buyer's organisation type", basis: 'form', citation: `${FIND_A_TENDER_FORM} (UK_CA_TYPE)`, scope: 'notice', place: 'buyer', construct: 'type ' },
    { id: 'joint-buyer-id', fact: "the joint buyer's organisation identifier", basis: 'regulation', citation: `${REG13}(d)`, scope: 'notice', place: 'joint-buyer', construct: 'id ""' },
    { id: 'joint-buyer-address', fact: "the joint buyer's postal address", basis: 'regulation', citation: `${REG13}(c)`, scope: 'notice', place: 'joint-buyer', construct: 'address ""' },
    { id: 'joint-buyer-email', fact: "the joint buyer's email address", basis: 'regulation', citation: `${REG13}(c)`, scope: 'notice', place: 'joint-buyer', construct: 'email ""' },
    { id: 'region', fact: 'where the services are delivered (ITL codes)', basis: 'regulation', citation: `${PR} reg 14(1)(g)`, scope: 'notice', place: 'tender', construct: 'region ""' },
    { id: 'value', fact: 'the estimated value', basis: 'regulation', citation: `${PR} reg 18(2)(g)`, scope: 'notice', place: 'tender', construct: 'value £0' },
    { id: 'value-excluding-vat', fact: 'the value excluding VAT', basis: 'form', citation: FIND_A_TENDER_FORM, scope: 'notice', place: 'tender', construct: 'excluding-vat £0' },
    { id: 'cpv', fact: 'a CPV code', basis: 'regulation', citation: `${PR} reg 14(1)(f)`, scope: 'notice', place: 'tender', construct: 'cpv ""' },
    { id: 'payment', fact: 'the payment terms', basis: 'regulation', citation: `${PR} reg 18(2)(y)`, scope: 'tender-notice', place: 'contract', construct: 'payment ' },
    { id: 'publish', fact: 'the publication date', basis: 'regulation', citation: `${PR} reg 18(2)(j); ${PA} s54(5)`, scope: 'tender-notice', place: 'timeline', construct: 'publish ' },
    { id: 'bid-deadline', fact: 'the bid deadline', basis: 'regulation', citation: `${PR} reg 18(2)(j)`, scope: 'tender-notice', place: 'timeline', construct: 'bid-deadline ' },
    { id: 'bid-deadline-time', fact: 'the time of day of the bid deadline', basis: 'form', citation: FIND_A_TENDER_FORM, scope: 'tender-notice', place: 'timeline', construct: ' 12:00' },
    { id: 'max-awarded-by', fact: 'how the limit on lots won is applied', basis: 'regulation', citation: `${PR} reg 18(2)(p)(iii)`, scope: 'tender-notice', place: 'lots', construct: ' by ""' },
    { id: 'submission-via', fact: 'how and where tenders are submitted', basis: 'form', citation: FIND_A_TENDER_FORM, scope: 'tender-notice', place: 'submission', construct: 'via ""' },
    { id: 'submission-electronic', fact: 'whether tenders are submitted electronically', basis: 'form', citation: FIND_A_TENDER_FORM, scope: 'tender-notice', place: 'submission', construct: 'electronic ' },
    { id: 'negotiation', fact: 'whether the procedure may include negotiation', basis: 'regulation', citation: `${PR} reg 19(2)(c)(i)`, scope: 'competitive-flexible', place: 'procedure', construct: 'negotiation ' },
    { id: 'rounds', fact: 'the stages of the procedure (rounds)', basis: 'regulation', citation: `${PR} reg 19(2)(c)`, scope: 'competitive-flexible', place: 'procedure', construct: 'rounds ""' },
    { id: 'shortlist-by', fact: 'how the shortlist is chosen', basis: 'regulation', citation: `${PR} reg 19(2)(d)`, scope: 'competitive-flexible', place: 'procedure', construct: ' by ""' },
    { id: 'participation-deadline', fact: 'the participation deadline', basis: 'regulation', citation: `${PR} reg 19(2)(f)`, scope: 'competitive-flexible', place: 'timeline', construct: 'participation-deadline ' },
    { id: 'participation-deadline-time', fact: 'the time of day of the participation deadline', basis: 'form', citation: FIND_A_TENDER_FORM, scope: 'competitive-flexible', place: 'timeline', construct: ' 12:00' },
    { id: 'framework-term', fact: "the framework's term", basis: 'regulation', citation: `${PR} reg 20(2)(d)`, scope: 'framework', place: 'framework-agreement', construct: 'term ' },
    { id: 'framework-suppliers', fact: 'how many suppliers the framework appoints', basis: 'regulation', citation: `${PR} reg 20(2)(i)–(j)`, scope: 'framework', place: 'framework-agreement', construct: 'suppliers ' },
    { id: 'framework-call-off', fact: 'how contracts are awarded under the framework', basis: 'regulation', citation: `${PR} reg 20(2)(c)`, scope: 'framework', place: 'framework-agreement', construct: 'call-off ' },
    { id: 'framework-users', fact: 'which authorities may use the framework', basis: 'regulation', citation: `${PR} reg 20(2)(e)`, scope: 'framework', place: 'framework-agreement', construct: 'users ""' },
    { id: 'framework-longer-term', fact: 'the reasons for a framework term over the maximum', basis: 'regulation', citation: `${PA} s47(3)`, scope: 'framework', place: 'framework-agreement', construct: 'longer-term because ""' },
    { id: 'justification', fact: 'the direct award justification', basis: 'regulation', citation: `${PR} reg 26(2)(i); ${PA} Sch 5`, scope: 'direct-award', place: 'procedure', construct: 'justification ""' },
    { id: 'engagement-notice', fact: 'the preliminary market engagement notice, or the reasons for publishing none', basis: 'regulation', citation: `${PA} s17(1)(b)`, scope: 'tender-notice', place: 'engagement', construct: 'no-notice because ""' }
];

export const NOTICE_FACTS_BY_ID: ReadonlyMap<string, NoticeFactSpec> = new Map(NOTICE_FACTS.map(f => [f.id, f]));
