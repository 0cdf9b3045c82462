import type { AwardCriteria } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { formatPercent } from '../../values/percent.js';

/** Top-level criterion weights do not add up to 100%. */
export default defineRule({
    meta: {
        id: 'weights-sum',
        severity: 'error',
        category: 'award-criteria',
        absence: 'node',
        description: 'Top-level award criterion weights do not add up to 100%.',
        source: 'Procurement Act 2023 s23(3) and s19: tenders are assessed by the stated weights; weights that do not total 100% cannot be applied as published (domain.md section 5.2).'
    },
    create(context) {
        return {
            AwardCriteria(node: AwardCriteria) {
                const weights = node.criteria.map(c => c.weight);
                if (weights.length === 0 || weights.some(w => w === undefined)) {
                    return; // missing weights are reported by missing-weighting
                }
                const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
                if (Math.abs(total - 100) > 1e-9) {
                    context.report({
                        node,
                        keyword: 'award-criteria',
                        message: `Award criteria weights add up to ${formatPercent(total)}, not 100%.`
                    });
                }
            }
        };
    }
});
