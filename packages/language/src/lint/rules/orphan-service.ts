import type { Service } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { isHalfTyped } from '../outcome-facts.js';

/** A service that delivers no outcome. */
export default defineRule({
    meta: {
        id: 'orphan-service',
        severity: 'warning',
        category: 'outcomes',
        absence: 'node',
        description: 'A service delivers no outcome.',
        source: 'Outcome-based commissioning buys outcomes, not activities (GO Lab), and the Commissioning for Better Outcomes standards ask for outcomes-focused commissioning (domain.md section 10; docs/language.md section 1).'
    },
    create(context) {
        return {
            Service(node: Service) {
                if (isHalfTyped(node, node.title)) {
                    return;
                }
                // A delivers line whose names do not resolve is a linking error, not a missing line.
                if (node.delivers.length > 0) {
                    return;
                }
                context.report({
                    node,
                    property: 'name',
                    message: `Service ${node.name} delivers no outcome: add delivers with the outcomes it achieves, or remove the service.`
                });
            }
        };
    }
});
