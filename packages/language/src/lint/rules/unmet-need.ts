import type { Cohort, Need } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { outcomeFacts } from '../outcome-facts.js';

/** A need of a cohort that no service addresses. */
export default defineRule({
    meta: {
        id: 'unmet-need',
        severity: 'warning',
        category: 'people',
        absence: 'element',
        description: 'A need of a cohort is addressed by no service.',
        source: 'Whole systems commissioning starts from the person and all their needs at once (docs/language.md section 1); councils must have regard to the need for sufficient services (Care Act 2014 s5; domain.md section 10).'
    },
    create(context) {
        return {
            Cohort(node: Cohort) {
                if (!node.name || node.needs.length === 0) {
                    return;
                }
                const { addressed } = outcomeFacts(node.$container);
                const seen = new Set<Need>();
                node.needs.forEach((ref, index) => {
                    const need = ref.ref;
                    // Unresolved names are linking errors; a need listed twice is reported once.
                    if (!need || seen.has(need)) {
                        return;
                    }
                    seen.add(need);
                    if (!addressed.has(need)) {
                        context.report({
                            node,
                            property: 'needs',
                            index,
                            message: `No service addresses the need ${need.name} of cohort ${node.name}: add it to the addresses line of a service, or add a service for it.`
                        });
                    }
                });
            }
        };
    }
});
