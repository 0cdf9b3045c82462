import type { Timeline } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';

/** No preliminary market engagement date in the timeline. */
export default defineRule({
    meta: {
        id: 'no-market-engagement',
        severity: 'info',
        category: 'timeline',
        absence: 'node',
        description: 'The timeline has no preliminary market engagement date.',
        source: 'Commissioning good practice: talking to providers before publishing helps remove the barriers small providers face (Procurement Act 2023 s12(4)), decide on lots (s18) and shape a diverse care market (Care Act 2014 s5); domain.md sections 4, 5.1 and 10.'
    },
    create(context) {
        return {
            Timeline(node: Timeline) {
                if (node.marketEngagement !== undefined) {
                    return; // given (an impossible date is the language validator's to report)
                }
                if (node.$container.procedure === 'framework-call-off') {
                    return; // the market was engaged when the framework was let
                }
                context.report({
                    node,
                    keyword: 'timeline',
                    message: 'The timeline has no market-engagement date: talk to providers before publishing, so lots, conditions and dates '
                        + 'suit the local market, then add market-engagement with its date.'
                });
            }
        };
    }
});
