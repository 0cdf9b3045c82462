import type { Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { currencySymbol, formatMoney } from '../../values/money.js';
import { tenderFacts } from '../tender-facts.js';

/** Lot values do not add up to the tender value. */
export default defineRule({
    meta: {
        id: 'lot-values-sum',
        severity: 'warning',
        category: 'lots',
        absence: 'element',
        description: 'Lot values do not add up to the tender value.',
        source: 'Procurement Act 2023 s18 and PR 2024 reg 18: the tender notice gives the estimated value of the contract and of each lot; figures that disagree mislead bidders and the published notice (domain.md section 4).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const facts = tenderFacts(tender);
                const value = facts.value;
                if (facts.lots.length === 0 || !value || facts.lots.some(l => !l.value)) {
                    return; // no lots, or a value still to be written
                }
                const foreign = facts.lots.filter(l => l.value!.currency !== value.currency);
                for (const lot of foreign) {
                    context.report({
                        node: lot.lot,
                        property: 'value',
                        message: `Lot ${lot.lot.name} is valued in ${currencySymbol(lot.value!.currency)} but the tender in ${currencySymbol(value.currency)}: give every lot in the tender's currency so they can be added up.`
                    });
                }
                if (foreign.length > 0) {
                    return;
                }
                const total = facts.lots.reduce((sum, l) => sum + l.value!.minor, 0);
                if (total !== value.minor) {
                    const difference = formatMoney({ minor: Math.abs(total - value.minor), currency: value.currency });
                    context.report({
                        node: tender.value!,
                        property: 'amount',
                        message: `Lot values add up to ${formatMoney({ minor: total, currency: value.currency })}, not the tender value ${formatMoney(value)} (${difference} ${total < value.minor ? 'short' : 'over'}): make the lots add up to the whole value.`
                    });
                }
            }
        };
    }
});
