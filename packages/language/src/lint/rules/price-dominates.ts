import type { AwardCriteria } from '../../generated/ast.js';
import { isLot } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { formatPercent } from '../../values/percent.js';
import { weightOfKind } from '../tender-facts.js';

/** Price weighs more than the maximum. */
export default defineRule({
    meta: {
        id: 'price-dominates',
        severity: 'warning',
        category: 'award-criteria',
        description: 'Price weighs more than the maximum, so quality, outcomes and social value count for less than cost.',
        source: 'Procurement Act 2023 s19: award to the most advantageous tender, not the cheapest; guidance says price need not take precedence (Guidance: Assessing Competitive Tenders, para 4; domain.md section 5.2).',
        options: ['maxPriceWeight']
    },
    create(context) {
        const maximum = context.config.thresholds.maxPriceWeight;
        return {
            AwardCriteria(node: AwardCriteria) {
                const price = weightOfKind(node, 'price');
                if (!price || price.criteria.length === 0) {
                    return; // no price criterion, or one still without a weight
                }
                if (price.total > maximum + 1e-9) {
                    const where = isLot(node.$container) ? ` for lot ${node.$container.name}` : '';
                    context.report({
                        node: price.criteria[0],
                        property: price.criteria.length === 1 ? 'weight' : 'kind',
                        message: `Price weighs ${formatPercent(price.total)}${where}, more than ${formatPercent(maximum)}: weight quality, outcomes and social value more. The award goes to the most advantageous tender, which need not be the cheapest.`
                    });
                }
            }
        };
    }
});
