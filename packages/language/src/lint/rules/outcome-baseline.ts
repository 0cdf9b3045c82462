import type { Outcome } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { hasText, isHalfTyped } from '../outcome-facts.js';

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
                // unmeasurable-outcome already asks for a missing indicator and targets on the same outcome:
                // this message then says only what is its own, the baseline, and never repeats that advice.
                const indicator = hasText(node.indicator);
                const targets = node.targets.some(t => t.measure !== undefined);
                context.report({
                    node,
                    property: 'name',
                    message: !indicator
                        ? `Outcome ${node.name} has no baseline either: with its indicator, say where things stand now, e.g. baseline 18% in 2026.`
                        : !targets
                            ? `Outcome ${node.name} has no baseline: say where its indicator stands now, e.g. baseline 18% in 2026.`
                            : `Outcome ${node.name} has no baseline: say where things stand now, e.g. baseline 18% in 2026, so its targets can be judged against it.`
                });
            }
        };
    }
});
