import type { Outcome } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { isHalfTyped, outcomeFacts } from '../outcome-facts.js';

/** No service delivers this outcome. */
export default defineRule({
    meta: {
        id: 'unserved-outcome',
        severity: 'warning',
        category: 'outcomes',
        absence: 'element',
        description: 'No service delivers the outcome.',
        source: 'Payment by results suits results that are measurable and attributable to the service (NAO HC 86, 2015); an outcome that no service delivers is attributable to none, and no provider is asked to achieve it (domain.md section 10).'
    },
    create(context) {
        return {
            Outcome(node: Outcome) {
                if (isHalfTyped(node, node.statement)) {
                    return;
                }
                if (outcomeFacts(node.$container).delivered.has(node)) {
                    return;
                }
                context.report({
                    node,
                    property: 'name',
                    message: `No service delivers outcome ${node.name}: add it to the delivers line of the service that will achieve it, or add a service.`
                });
            }
        };
    }
});
