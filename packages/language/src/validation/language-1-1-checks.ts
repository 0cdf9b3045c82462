/**
 * The small language errors of language 1.1 (the reference's sections 2 and *Other details*): what
 * was written parses, so that a tender can be typed top to bottom, but cannot mean anything. Each has
 * a stable code. They are errors, like an impossible date, not lint advice.
 *
 * - `badly-grouped-number`: `1,2000` (digits grouped by commas, not in threes)
 * - `invalid-time`: `24:00`, `12:60`
 * - `time-not-on-timeline`: a time of day after a date that is not a timeline date (`issued`)
 * - `time-in-skipped-hour`: 01:00–01:59 on the day the clocks go forward, a time that never happens
 * - `procedure-block-mismatch`: a block after a procedure it does not belong to
 * - `notice-and-no-notice`: an engagement that names its notice and gives a reason for none
 * - `invalid-cpv`: a `cpv` code that is not eight digits with an optional check digit
 * - `framework-lot-without-agreement`: `kind framework` without a `framework-agreement`
 * - `framework-agreement-in-call-off`: a `framework-agreement` with `procedure framework-call-off`
 * - `not-a-whole-number`: a count, supplier number, mark, scale or pass mark with decimals (in the
 *   constructs of 1.1 only, so that no 1.0 file gains an error)
 */
import type { AstNode, CstNode, ValidationAcceptor } from 'langium';
import { GrammarUtils } from 'langium';
import type { Model, ProcedureDetails, Tender, Timeline } from '../generated/ast.js';
import { isCpv, isTender } from '../generated/ast.js';
import { parseDate } from '../values/dates.js';
import { isWellGrouped } from '../values/number.js';
import { forEachAstNode, forEachLeaf } from '../ast-walk.js';
import { isInSkippedHour, parseTimeOfDay } from '../values/uk-time.js';

export const LANGUAGE_1_1_CODES = {
    badlyGroupedNumber: 'badly-grouped-number',
    invalidTime: 'invalid-time',
    timeNotOnTimeline: 'time-not-on-timeline',
    timeInSkippedHour: 'time-in-skipped-hour',
    procedureBlockMismatch: 'procedure-block-mismatch',
    noticeAndNoNotice: 'notice-and-no-notice',
    invalidCpv: 'invalid-cpv',
    frameworkLotWithoutAgreement: 'framework-lot-without-agreement',
    frameworkAgreementInCallOff: 'framework-agreement-in-call-off',
    notAWholeNumber: 'not-a-whole-number'
} as const;

/** The checks' descriptions and the section of the reference that explains each (anchors of docs/language.md). */
export const LANGUAGE_1_1_CHECKS: readonly { readonly id: string; readonly description: string; readonly section: string }[] = [
    { id: LANGUAGE_1_1_CODES.badlyGroupedNumber, description: 'A number whose digits are grouped by commas other than in threes, such as 1,2000.', section: '2-lexical-rules' },
    { id: LANGUAGE_1_1_CODES.invalidTime, description: 'A time of day outside 00:00 to 23:59.', section: '2-lexical-rules' },
    { id: LANGUAGE_1_1_CODES.timeNotOnTimeline, description: 'A time of day after a date that is not a timeline date.', section: '2-lexical-rules' },
    { id: LANGUAGE_1_1_CODES.timeInSkippedHour, description: 'A time in the hour skipped when the clocks go forward (01:00 to 01:59 on the last Sunday of March).', section: '2-lexical-rules' },
    { id: LANGUAGE_1_1_CODES.procedureBlockMismatch, description: 'A block after a procedure it does not belong to: the process after competitive-flexible, the justification after direct-award.', section: 'notice-facts-language-11' },
    { id: LANGUAGE_1_1_CODES.noticeAndNoNotice, description: 'An engagement that names its preliminary market engagement notice and also gives a reason for publishing none.', section: 'notice-facts-language-11' },
    { id: LANGUAGE_1_1_CODES.invalidCpv, description: 'A cpv code that is not a CPV code (eight digits, an optional check digit: 85311000-2).', section: 'notice-facts-language-11' },
    { id: LANGUAGE_1_1_CODES.frameworkLotWithoutAgreement, description: 'A lot of kind framework in a tender with no framework-agreement.', section: 'notice-facts-language-11' },
    { id: LANGUAGE_1_1_CODES.frameworkAgreementInCallOff, description: 'A framework-agreement in a tender whose procedure is framework-call-off (which calls off an existing framework).', section: 'notice-facts-language-11' },
    { id: LANGUAGE_1_1_CODES.notAWholeNumber, description: 'A count, supplier number, mark, scale or pass mark with decimals: they are whole numbers.', section: 'notice-facts-language-11' }
];

/** The whole-number properties of the 1.1 constructs, by node type. */
const WHOLE_NUMBERS: Readonly<Record<string, readonly string[]>> = {
    SupplierCount: ['upTo'],
    ProcedureDetails: ['shortlistUpTo', 'minimumSuppliers'],
    LotRules: ['maxAwarded'],
    Capacity: ['count'],
    Assessment: ['scaleFrom', 'scaleTo'],
    Mark: ['mark'],
    Criterion: ['passMark'],
    SubCriterion: ['passMark']
};

/** A CPV code: eight digits, optionally a hyphen and the check digit. */
export const CPV_CODE = /^\d{8}(-\d)?$/;

const TIMELINE_DATES = ['marketEngagement', 'plannedProcurementNotice', 'publish', 'participationDeadline', 'clarificationDeadline', 'bidDeadline', 'award', 'contractStart'] as const;

/** The process properties of a competitive flexible procedure block, with their keywords. */
const PROCESS_PROPERTIES: readonly (readonly [keyof ProcedureDetails, string])[] = [
    ['negotiation', 'negotiation'], ['refineCriteria', 'refine-criteria'], ['shortlistUpTo', 'shortlist'],
    ['minimumSuppliers', 'minimum-suppliers'], ['rounds', 'rounds']
];

export function checkLanguage11(model: Model, accept: ValidationAcceptor): void {
    const root = model.$cstNode;
    if (root) {
        // Plain loops over the trees (ast-walk.ts): these walks run on every edit.
        forEachLeaf(root, leaf => {
            const type = leaf.tokenType.name;
            if ((type === 'NUMBER' || type === 'PERCENT') && leaf.text.includes(',') && !isWellGrouped(leaf.text)) {
                accept('error', `'${leaf.text}' is not a number as written: group digits in threes (1,200 or 12,000), or leave the commas out.`,
                    { node: leaf.astNode, range: leaf.range, code: LANGUAGE_1_1_CODES.badlyGroupedNumber });
            }
        });
    }
    for (const element of model.elements) {
        if (!isTender(element)) continue;
        checkTimes(element, accept);
        checkProcedureBlock(element, accept);
        checkEngagement(element, accept);
        checkFramework(element, accept);
    }
    forEachAstNode(model, node => {
        for (const property of WHOLE_NUMBERS[node.$type] ?? []) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
                accept('error', `${value} is not a whole number: counts, supplier numbers, marks, scales and pass marks are whole numbers.`,
                    { node, property, code: LANGUAGE_1_1_CODES.notAWholeNumber });
            }
        }
        if (isCpv(node) && node.code !== undefined && !CPV_CODE.test(node.code.trim())) {
            accept('error', `"${node.code}" is not a CPV code: write the eight digits, with the check digit if you have it (e.g. "85311000-2"); a label goes after the code, without a comma.`,
                { node, property: 'code', code: LANGUAGE_1_1_CODES.invalidCpv });
        }
    });
}

function checkTimes(tender: Tender, accept: ValidationAcceptor): void {
    if (tender.issuedTime !== undefined) {
        accept('error', `A time of day means something only on a timeline date; 'issued' is the document's date: remove ${tender.issuedTime}.`,
            { node: tender, property: 'issuedTime', code: LANGUAGE_1_1_CODES.timeNotOnTimeline });
    }
    const timeline: Timeline | undefined = tender.timeline;
    if (!timeline) return;
    for (const field of TIMELINE_DATES) {
        const timeProperty = `${field}Time` as const;
        const written = timeline[timeProperty];
        if (written === undefined) continue;
        const parsed = parseTimeOfDay(written);
        if (!parsed.ok) {
            accept('error', parsed.message, { node: timeline, property: timeProperty, code: LANGUAGE_1_1_CODES.invalidTime });
            continue;
        }
        const dateText = timeline[field];
        const date = dateText === undefined ? undefined : parseDate(dateText);
        if (date?.ok && isInSkippedHour(date.date, parsed.time)) {
            accept('error', `${dateText} ${written} does not happen in the UK: the clocks go forward from 01:00 to 02:00 that night. Choose a time outside 01:00 to 01:59.`,
                { node: timeline, property: timeProperty, code: LANGUAGE_1_1_CODES.timeInSkippedHour });
        }
    }
}

function checkProcedureBlock(tender: Tender, accept: ValidationAcceptor): void {
    const block = tender.procedureDetails;
    if (!block) return;
    const procedure = tender.procedure;
    const process = PROCESS_PROPERTIES.filter(([property]) => block[property] !== undefined);
    if (procedure !== 'competitive-flexible') {
        for (const [property, keyword] of process) {
            accept('error', `'${keyword}' describes a competitive flexible procedure, not ${procedure ?? 'this procedure'}: remove it, or make the procedure competitive-flexible.`,
                { node: block, range: propertyRange(block, property, keyword), code: LANGUAGE_1_1_CODES.procedureBlockMismatch });
        }
    }
    if (procedure !== 'direct-award' && block.justification !== undefined) {
        accept('error', `'justification' gives the ground for a direct award, not ${procedure ?? 'this procedure'}: remove it, or make the procedure direct-award.`,
            { node: block, range: propertyRange(block, 'justification', 'justification'), code: LANGUAGE_1_1_CODES.procedureBlockMismatch });
    }
    if ((procedure === 'open' || procedure === 'framework-call-off') && process.length === 0 && block.justification === undefined) {
        accept('error', `The ${procedure} procedure takes no block: remove the braces after it.`,
            { node: block, code: LANGUAGE_1_1_CODES.procedureBlockMismatch });
    }
}

function checkEngagement(tender: Tender, accept: ValidationAcceptor): void {
    const engagement = tender.engagement;
    if (engagement?.notice === undefined || engagement.noNotice === undefined) return;
    accept('error', `The engagement names its notice (${engagement.notice}) and also gives a reason for publishing none: keep the one that is true.`,
        { node: engagement, range: propertyRange(engagement, 'noNotice', 'no-notice'), code: LANGUAGE_1_1_CODES.noticeAndNoNotice });
}

function checkFramework(tender: Tender, accept: ValidationAcceptor): void {
    if (!tender.frameworkAgreement) {
        for (const lot of tender.lots) {
            if (lot.kind === 'framework') {
                accept('error', `Lot ${lot.name} is a framework lot, but the tender establishes no framework: add framework-agreement { ... }, or make it kind contract.`,
                    { node: lot, range: propertyRange(lot, 'kind', 'kind'), code: LANGUAGE_1_1_CODES.frameworkLotWithoutAgreement });
            }
        }
    } else if (tender.procedure === 'framework-call-off') {
        const keyword = tender.frameworkAgreement.$cstNode ? GrammarUtils.findNodeForKeyword(tender.frameworkAgreement.$cstNode, 'framework-agreement') : undefined;
        accept('error', `A framework call-off awards a contract under an existing framework; it cannot establish one: remove framework-agreement, or change the procedure.`,
            { node: tender.frameworkAgreement, range: keyword?.range, code: LANGUAGE_1_1_CODES.frameworkAgreementInCallOff });
    }
}

/** The range of a property with its keyword (`kind framework`), or of the node when not found. */
function propertyRange(node: AstNode, property: string, keyword: string): CstNode['range'] | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const value = GrammarUtils.findNodeForProperty(cst, property);
    const key = GrammarUtils.findNodesForKeyword(cst, keyword).find(k => !value || k.offset <= value.offset);
    const start = key ?? value;
    const end = value ?? key;
    if (!start || !end) return cst.range;
    return { start: start.range.start, end: end.range.end };
}
