import type { Participation } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { formatMoney, moneyOf } from '../../values/money.js';
import { tenderFacts } from '../tender-facts.js';

/** Minimum turnover above twice the value of the smallest lot (or of the tender). */
export default defineRule({
    meta: {
        id: 'turnover-cap',
        severity: 'warning',
        category: 'participation',
        description: 'The minimum turnover asked of bidders is more than twice the value of the smallest lot, or of the tender when there are no lots.',
        source: 'Public Contracts Regulations 2015 reg 58(9) capped minimum yearly turnover at twice the contract value (per lot); the Procurement Act 2023 s22 replaced the cap with proportionality, so twice the value is now good practice, not law (domain.md section 5.1).'
    },
    create(context) {
        return {
            Participation(node: Participation) {
                const turnover = moneyOf(node.minimumTurnover);
                if (!turnover) {
                    return;
                }
                const facts = tenderFacts(node.$container);
                const basis = facts.lots.length > 0 ? facts.smallestLot?.value : facts.value;
                if (!basis || basis.minor <= 0 || basis.currency !== turnover.currency) {
                    return; // a value still to be written (or a £0 placeholder), or another currency
                }
                const cap = basis.minor * 2;
                if (turnover.minor <= cap) {
                    return;
                }
                const what = facts.lots.length > 0
                    ? `twice the smallest lot (${facts.smallestLot!.lot.name}, ${formatMoney(basis)})`
                    : `twice the tender value (${formatMoney(basis)})`;
                context.report({
                    node,
                    property: 'minimumTurnover',
                    // The history (the cap under the Public Contracts Regulations 2015) is on the rule's page.
                    message: `Minimum turnover ${formatMoney(turnover)} is over ${what}, shutting out small providers: lower it to ${formatMoney({ minor: cap, currency: basis.currency })} or less, or say why it is proportionate (Procurement Act 2023 s22).`
                });
            }
        };
    }
});
