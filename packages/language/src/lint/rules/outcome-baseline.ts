import type { Outcome } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { isHalfTyped } from '../outcome-facts.js';

/** An outcome without a baseline. */
export default defineRule({
    meta: {
        id: 'outcome-baseline',
        severity: 'info',
        category: 'outcomes',
        absence: 'node',
        description: 'An outcome has no baseline.',
        source: 'Outcome-based payment needs results that are measurable and attributable, judged against where things stood at the start (NAO HC 86, 2015; GO Lab), domain.md section 10.'
    },
    create(context) {
        return {
            Outcome(node: Outcome) {
                if (isHalfTyped(node, node.statement) || node.baseline) {
                    return;
                }
                context.report({
                    node,
                    property: 'name',
                    message: `Outcome ${node.name} has no baseline: say where things stand now, e.g. baseline 18% in 2026, so its targets can be judged against it.`
                });
            }
        };
    }
});
