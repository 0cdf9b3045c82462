import type { Risk } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { hasText, isHalfTyped } from '../outcome-facts.js';

/** A risk without a mitigation. */
export default defineRule({
    meta: {
        id: 'risk-mitigation',
        severity: 'warning',
        category: 'contract',
        absence: 'node',
        description: 'A risk has no mitigation.',
        source: 'Councils must have regard to the sustainability of the care market (Care Act 2014 s5) and commissioners should set expectations at the start and monitor them (NAO HC 86, 2015); domain.md section 10. A risk register that names a risk and no response to it gives bidders and legal reviewers nothing to act on.'
    },
    create(context) {
        return {
            Risk(node: Risk) {
                if (isHalfTyped(node, node.text) || hasText(node.mitigation)) {
                    return;
                }
                const rating = [node.likelihood && `likelihood ${node.likelihood}`, node.impact && `impact ${node.impact}`].filter(Boolean).join(', ');
                context.report({
                    node,
                    property: 'name',
                    message: `Risk ${node.name}${rating ? ` (${rating})` : ''} has no mitigation: say what will be done to make it less likely or less harmful, e.g. mitigation "Step-in arrangements named in the contract".`
                });
            }
        };
    }
});
