import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Tender } from '../../generated/ast.js';
import type { InsertPlan } from '../../law/notice-gaps.js';
import { legalSituation } from '../../law/situation.js';
import { defineRule } from '../define-rule.js';
import { findNodeForProperty } from '../cst-lookup.js';
import { detectIndentUnit, endOfBlock, indentOf, insertAfterNode, isPosition, linesForBlock } from '../fix-utils.js';

/**
 * Facts with a rule of their own, which says more about them: the finding would be said twice.
 * `tender generate --for-publication` still lists them (law/notice-gaps.ts).
 */
const REPORTED_ELSEWHERE = new Set(['engagement-notice', 'framework-longer-term']);

/** A fact the notice for the tender's procedure must state that the tender does not give. */
export default defineRule({
    meta: {
        id: 'notice-incomplete',
        severity: 'info',
        category: 'law',
        absence: 'element',
        description: 'A fact the notice for this procedure must state (a tender notice, UK4, or a transparency notice, UK5) is missing: required by the regulations, or asked for by Find a Tender\'s form.',
        source: 'Procurement Regulations 2024 reg 13 (contracting authority information), reg 14 (contract subject-matter), reg 18(2), 19(2) and 20(2) (tender notices), reg 26(2) (transparency notices); Procurement Act 2023 s47(3) and s17(1)(b); Find a Tender\'s UK4 form for the fields beyond them (domain.md 12.2).',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                if (tender.stage === 'analyse') {
                    return; // still analysing needs: no notice is being drafted yet
                }
                for (const gap of legalSituation(tender).noticeGaps) {
                    if (REPORTED_ELSEWHERE.has(gap.id)) {
                        continue;
                    }
                    const insert = gap.insert && planEdit(context.document, gap.insert);
                    context.report({
                        node: gap.node,
                        property: gap.property,
                        message: gap.message,
                        data: {
                            fact: gap.id,
                            basis: gap.basis,
                            ...(insert ? { at: insert.at, text: insert.text, construct: gap.construct } : {})
                        }
                    });
                }
            }
        };
    },
    fix({ data }) {
        if (!isPosition(data.at) || typeof data.text !== 'string') {
            return [];
        }
        const construct = typeof data.construct === 'string' ? data.construct.trim() : 'it';
        return [{
            title: `Add ${construct} (then fill it in)`,
            edits: [{ range: { start: data.at, end: data.at }, newText: data.text }],
            safe: false,
            preferred: true
        }];
    }
});

/** Where and what to insert for a missing construct, worked out while the tree is at hand. */
function planEdit(document: LangiumDocument, plan: InsertPlan): { at: Position; text: string } | undefined {
    // A date, a time, a duration, a count or a choice has no empty value that parses, and any value
    // would be a fact the commissioner has not given: no fix for those.
    if (/\s$/.test(plan.text) || /^\d\d:\d\d$/.test(plan.text)) {
        return undefined;
    }
    switch (plan.mode) {
        case 'line': {
            const at = endOfBlock(document, plan.node);
            return at && { at: at.position, text: linesForBlock(at, [plan.text]) };
        }
        case 'inline': {
            const at = insertAfterNode(plan.node, plan.property);
            return at && { at, text: ` ${plan.text}` };
        }
        case 'open-block': {
            const cst = plan.node.$cstNode;
            const property = cst && findNodeForProperty(cst, plan.property);
            if (!property) return undefined;
            const indent = indentOf(document, property.range.start.line);
            const unit = detectIndentUnit(document);
            return { at: property.range.end, text: ` {\n${indent}${unit}${plan.text}\n${indent}}` };
        }
        case 'new-block': {
            const at = endOfBlock(document, plan.node);
            if (!at) return undefined;
            const unit = detectIndentUnit(document);
            return { at: at.position, text: linesForBlock(at, [`${plan.keyword} {`, `${unit}${plan.text}`, '}']) };
        }
    }
}
