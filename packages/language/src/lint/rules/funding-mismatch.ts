import type { Funding } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { currencySymbol, formatMoney, moneyOf } from '../../values/money.js';
import { tenderFacts } from '../tender-facts.js';

/** Funding contributions do not add up to the tender value. */
export default defineRule({
    meta: {
        id: 'funding-mismatch',
        severity: 'error',
        category: 'funding',
        absence: 'element',
        description: 'Funding contributions do not add up to the tender value.',
        source: 'Procurement Act 2023 s123(2) and Sch 1: the estimated value is the total payable under the contract; a pooled budget that does not cover it leaves the contract unfunded or the published value wrong (domain.md section 3.1).'
    },
    create(context) {
        return {
            Funding(node: Funding) {
                const value = tenderFacts(node.$container).value;
                const amounts = node.contributors.map(c => moneyOf(c.amount));
                if (!value || amounts.length === 0 || amounts.some(a => !a)) {
                    return; // no value yet, an empty block, or a contribution still being written
                }
                let foreign = false;
                node.contributors.forEach((contributor, i) => {
                    if (amounts[i]!.currency !== value.currency) {
                        foreign = true;
                        context.report({
                            node: contributor,
                            property: 'amount',
                            message: `${contributor.who ?? 'This contribution'} gives ${currencySymbol(amounts[i]!.currency)} but the tender value is in ${currencySymbol(value.currency)}: give contributions in the tender's currency so they can be added up.`
                        });
                    }
                });
                if (foreign) {
                    return;
                }
                const total = amounts.reduce((sum, a) => sum + a!.minor, 0);
                if (total !== value.minor) {
                    const difference = formatMoney({ minor: Math.abs(total - value.minor), currency: value.currency });
                    context.report({
                        node,
                        keyword: 'funding',
                        message: `Funding contributions add up to ${formatMoney({ minor: total, currency: value.currency })}, not the tender value ${formatMoney(value)} (${difference} ${total < value.minor ? 'short' : 'over'}): make the contributions cover the whole value.`
                    });
                }
            }
        };
    }
});
