import type { SubCriterion } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { insertAfterNode, isPosition } from '../fix-utils.js';
import { tenderFacts, tenderOf } from '../tender-facts.js';

/** How many outcomes the fix offers to link, so the menu stays short. */
const MAX_SUGGESTED_OUTCOMES = 5;

/** A technical sub-criterion measures no outcome. */
export default defineRule({
    meta: {
        id: 'criterion-not-linked',
        severity: 'info',
        category: 'award-criteria',
        absence: 'node',
        description: 'A technical sub-criterion measures no outcome of the tender.',
        source: 'Procurement Act 2023 s23(2): award criteria relate to the subject-matter of the contract; in outcome-based commissioning that subject-matter is the outcomes (domain.md sections 5.2 and 10).',
        hasFix: true
    },
    create(context) {
        return {
            SubCriterion(node: SubCriterion) {
                if (node.$container.kind !== 'technical' || node.title === undefined || node.measures.length > 0) {
                    return;
                }
                const tender = tenderOf(node);
                // outcomes no criterion measures yet come first: those are the likelier links
                const measured = new Set(tender ? tenderFacts(tender).criteriaBlocks
                    .flatMap(b => b.criteria).flatMap(c => c.subCriteria).flatMap(s => s.measures).map(r => r.ref) : []);
                const all = (tender?.outcomes ?? []).filter(o => !!o.name);
                const outcomes = [...all.filter(o => !measured.has(o)), ...all.filter(o => measured.has(o))].map(o => o.name);
                context.report({
                    node,
                    property: 'title',
                    message: `Sub-criterion "${node.title}" measures no outcome: add measures with the outcomes it scores, so bids are judged on what changes for people.`,
                    data: {
                        insertAt: insertAfterNode(node, node.weight !== undefined ? 'weight' : 'title'),
                        outcomes: outcomes.slice(0, MAX_SUGGESTED_OUTCOMES)
                    }
                });
            }
        };
    },
    fix({ data }) {
        if (!isPosition(data.insertAt) || !Array.isArray(data.outcomes)) {
            return [];
        }
        const at = { start: data.insertAt, end: data.insertAt };
        const names = data.outcomes.filter((o): o is string => typeof o === 'string');
        return names.map(outcome => ({
            title: `Measure outcome ${outcome}`,
            edits: [{ range: at, newText: ` measures ${outcome}` }],
            safe: false,
            preferred: names.length === 1
        }));
    }
});
