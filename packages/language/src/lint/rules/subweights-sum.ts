import type { Criterion } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { formatPercent } from '../../values/percent.js';

/** Sub-criterion weights do not add up to their parent's weight. */
export default defineRule({
    meta: {
        id: 'subweights-sum',
        severity: 'error',
        category: 'award-criteria',
        absence: 'node',
        description: 'Sub-criterion weights do not add up to their parent criterion\'s weight.',
        source: 'Procurement Act 2023 s23(3) and s19: tenders are scored by the weights the tender states; sub-criteria that do not add up to their parent cannot be applied as published (domain.md section 5.2).'
    },
    create(context) {
        return {
            Criterion(node: Criterion) {
                if (node.weight === undefined || node.subCriteria.length === 0) {
                    return; // an unweighted parent is missing-weighting's finding
                }
                const weighted = node.subCriteria.filter(s => s.weight !== undefined);
                if (weighted.length === 0) {
                    return; // nothing to add up yet: missing-weighting reports each sub-criterion
                }
                const total = weighted.reduce((sum, s) => sum + (s.weight ?? 0), 0);
                if (Math.abs(total - node.weight) <= 1e-9) {
                    return;
                }
                const unweighted = node.subCriteria.filter(s => s.weight === undefined);
                const name = node.title !== undefined ? `"${node.title}"` : `the ${node.kind} criterion`;
                const missing = unweighted.length === 0 ? ''
                    : ` (${unweighted.map(s => s.title !== undefined ? `"${s.title}"` : 'one').join(', ')} ${unweighted.length === 1 ? 'has' : 'have'} no weight)`;
                context.report({
                    node,
                    property: node.title !== undefined ? 'title' : 'kind',
                    message: `Sub-criteria of ${name} add up to ${formatPercent(total)}${missing}, not its ${formatPercent(node.weight)}: make them add up to the parent's weight.`
                });
            }
        };
    }
});
