import type { Collaboration } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';

/** `prime-subcontractor` allowed with no `subcontract-share` minimum. */
export default defineRule({
    meta: {
        id: 'bid-candy',
        severity: 'info',
        category: 'collaboration',
        absence: 'node',
        description: 'Prime-subcontractor bids are allowed with no minimum subcontract share.',
        source: 'Procurement Act 2023 s12(4): have regard to the barriers small and medium-sized enterprises face; the National Procurement Policy Statement: a fair chance for SMEs and VCSEs (domain.md sections 5.1 and 6); whole systems commissioning invites small and medium charities to collaborate (docs/language.md section 1).'
    },
    create(context) {
        return {
            Collaboration(node: Collaboration) {
                const index = node.models.indexOf('prime-subcontractor');
                if (index < 0 || (node.subcontractShare !== undefined && node.subcontractShare > 0)) {
                    return;
                }
                context.report({
                    node,
                    property: 'models',
                    index,
                    message: node.subcontractShare === undefined
                        ? 'Prime-subcontractor bids are allowed with no minimum subcontract share: add subcontract-share minimum (e.g. 25%), so the small organisations named in a bid are given work and not used as bid candy.'
                        : 'Prime-subcontractor bids are allowed with a minimum subcontract share of 0%: set a real minimum (e.g. 25%), so the small organisations named in a bid are given work and not used as bid candy.'
                });
            }
        };
    }
});
