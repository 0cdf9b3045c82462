import type { Kpi } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';

/** A key performance indicator with no indicator or no target. */
export default defineRule({
    meta: {
        id: 'unmeasurable-kpi',
        severity: 'warning',
        category: 'contract',
        absence: 'node',
        description: 'A key performance indicator has no indicator, or no target.',
        source: 'A key performance indicator is "a factor or measure against which a supplier\'s performance of a contract can be assessed" (Procurement Act 2023 s52(4)), and performance is assessed against it and published (s71); without an indicator and a target there is nothing to assess (domain.md 12.4).'
    },
    create(context) {
        return {
            Kpi(node: Kpi) {
                if (!node.name) {
                    return; // still being typed
                }
                const indicator = node.indicator !== undefined && node.indicator.trim() !== '';
                const target = node.target !== undefined && (node.target.number !== undefined || node.target.percent !== undefined);
                if (indicator && target) {
                    return;
                }
                const problem = !indicator && !target ? 'no indicator and no target' : !indicator ? 'no indicator' : 'no target';
                const advice = !indicator && !target
                    ? 'say what is measured (indicator "...") and the level expected (target ...)'
                    : !indicator ? 'say what is measured, e.g. indicator "Share of referrals seen within 5 working days"'
                    : 'say the level expected, e.g. target 95%';
                context.report({
                    node,
                    property: 'name',
                    message: `KPI ${node.name} has ${problem}: ${advice}.`
                });
            }
        };
    }
});
