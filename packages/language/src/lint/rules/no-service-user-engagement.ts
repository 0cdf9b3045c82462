import type { Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { hasText } from '../outcome-facts.js';

/** No `service-users` line under engagement (or no engagement at all). */
export default defineRule({
    meta: {
        id: 'no-service-user-engagement',
        severity: 'warning',
        category: 'engagement',
        absence: 'node',
        description: 'The tender does not say how people who use the services were engaged.',
        source: 'Public Services (Social Value) Act 2012 s1(7): consider consulting; Procurement Act 2023 s23(6): for light touch contracts award criteria may weigh service users\' views; the Commissioning for Better Outcomes standards: person-centred commissioning (domain.md sections 5.2, 6 and 10).'
    },
    create(context) {
        return {
            Tender(node: Tender) {
                if (!node.name) {
                    return;
                }
                const engagement = node.engagement;
                if (!engagement) {
                    context.report({
                        node,
                        property: 'name',
                        message: `Tender ${node.name} says nothing about engaging service users: add an engagement block with a service-users line saying how people who use the services shaped it.`
                    });
                } else if (engagement.serviceUsers === undefined) {
                    context.report({
                        node: engagement,
                        keyword: 'engagement',
                        message: 'Engagement has no service-users line: say how people who use the services, or have lived experience of them, shaped the tender.'
                    });
                } else if (!hasText(engagement.serviceUsers)) {
                    context.report({
                        node: engagement,
                        property: 'serviceUsers',
                        message: 'The service-users line is empty: say how people who use the services, or have lived experience of them, shaped the tender.'
                    });
                }
            }
        };
    }
});
