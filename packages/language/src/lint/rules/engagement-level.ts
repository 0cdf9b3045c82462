import type { Engagement } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';

/** Engagement level is `inform`. */
export default defineRule({
    meta: {
        id: 'engagement-level',
        severity: 'info',
        category: 'engagement',
        description: 'The engagement level is inform: people were told, not asked.',
        source: 'The levels are the IAP2 spectrum of public participation (inform, consult, involve, collaborate, empower); whole systems commissioning designs services with the people who use them and with providers (docs/language.md section 1; Commissioning for Better Outcomes, domain.md section 10; Public Services (Social Value) Act 2012 s1(7), domain.md section 6).'
    },
    create(context) {
        return {
            Engagement(node: Engagement) {
                if (node.level !== 'inform') {
                    return;
                }
                context.report({
                    node,
                    property: 'level',
                    message: 'Engagement level is inform: telling people about a service is not engaging them. Consult, involve or collaborate with the people who use the services and with providers before the tender is fixed.'
                });
            }
        };
    }
});
