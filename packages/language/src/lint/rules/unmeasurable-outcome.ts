import type { Outcome } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { hasText, isHalfTyped } from '../outcome-facts.js';

/** An outcome with no indicator, or with no target. */
export default defineRule({
    meta: {
        id: 'unmeasurable-outcome',
        severity: 'warning',
        category: 'outcomes',
        absence: 'node',
        description: 'An outcome has no indicator, or no target.',
        source: 'Outcome-based contracts fix outcomes and pay on evidence, which needs results that can be measured (GO Lab; NAO HC 86, 2015: set performance expectations at the start); award criteria must be measurable (Procurement Act 2023 s23(2)); domain.md sections 5.2 and 10.'
    },
    create(context) {
        return {
            Outcome(node: Outcome) {
                if (isHalfTyped(node, node.statement)) {
                    return;
                }
                const indicator = hasText(node.indicator);
                const valued = node.targets.some(t => t.measure !== undefined);
                if (indicator && valued) {
                    return;
                }
                const target = node.targets.length === 0
                    ? 'no target'
                    : 'no target value';
                const problem = !indicator && !valued ? `no indicator and ${target}`
                    : !indicator ? 'no indicator'
                    : target;
                const advice = !indicator && !valued
                    ? 'say how it will be measured (indicator "...") and the change expected by when (target 6 months ...)'
                    : !indicator ? 'say how it will be measured, e.g. indicator "Share of the cohort in settled accommodation"'
                    : node.targets.length === 0 ? 'say the change expected by when, e.g. target 2 years 55%'
                    : 'give each target a value, e.g. target 2 years 55%';
                context.report({
                    node,
                    property: 'name',
                    message: `Outcome ${node.name} has ${problem}: ${advice}.`
                });
            }
        };
    }
});
