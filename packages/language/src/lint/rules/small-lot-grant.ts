import type { Lot } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { formatMoney, moneyOf } from '../../values/money.js';
import { compareMoney } from '../tender-facts.js';

/** A lot small enough that a grant may suit it better than a contract. */
export default defineRule({
    meta: {
        id: 'small-lot-grant',
        severity: 'info',
        category: 'lots',
        description: 'A lot is worth less than the grant threshold: consider a grant instead.',
        source: 'Procurement Act 2023 s12(4): have regard to the barriers small and medium-sized enterprises face; small or specialist work by community organisations is often better funded by a grant than bought by a contract (domain.md sections 4 and 10).',
        options: ['grantThreshold']
    },
    create(context) {
        const threshold = context.config.thresholds.grantThreshold;
        return {
            Lot(lot: Lot) {
                const value = moneyOf(lot.value);
                if (!value || value.minor <= 0) {
                    return; // no value yet, or a £0 placeholder still to be filled in
                }
                const comparison = compareMoney(value, threshold);
                if (comparison === undefined || comparison >= 0) {
                    return;
                }
                const label = lot.name ? `Lot ${lot.name}` : 'This lot';
                context.report({
                    node: lot,
                    property: 'value',
                    message: `${label} is worth ${formatMoney(value)}, below ${formatMoney(threshold)}: consider funding this work by a grant instead, which small community organisations can apply for without a full tender.`
                });
            }
        };
    }
});
