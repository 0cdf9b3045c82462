import type { Criterion, SubCriterion } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { findNodeRange, insertAfterNode } from '../fix-utils.js';

/** An award criterion or sub-criterion without a weight. */
export default defineRule({
    meta: {
        id: 'missing-weighting',
        severity: 'error',
        category: 'award-criteria',
        absence: 'node',
        description: 'An award criterion or sub-criterion has no weight.',
        source: 'Procurement Act 2023 s23(3): with more than one criterion, the authority states their relative importance (domain.md section 5.2).',
        hasFix: true
    },
    create(context) {
        const check = (node: Criterion | SubCriterion, what: string) => {
            if (node.weight !== undefined || node.title === undefined) {
                return; // weighted, or still being typed
            }
            context.report({
                node,
                property: 'title',
                message: `${what} "${node.title}" has no weight: add one, e.g. weight 20%.`,
                data: { insertAt: insertAfterNode(node, 'title') }
            });
        };
        return {
            Criterion: node => check(node, 'Award criterion'),
            SubCriterion: node => check(node, 'Sub-criterion')
        };
    },
    fix({ data }) {
        const at = findNodeRange(data.insertAt);
        if (!at) {
            return [];
        }
        return [{ title: 'Add a weight (fill in the percentage)', edits: [{ range: at, newText: ' weight 0%' }], safe: false, preferred: true }];
    }
});
