import type { Contract, Lot } from '../../generated/ast.js';
import { isLot } from '../../generated/ast.js';
import { formatPercent } from '../../values/percent.js';
import { defineRule } from '../define-rule.js';

/** Payment shares of a contract that do not add up to 100%. */
export default defineRule({
    meta: {
        id: 'payment-sum',
        severity: 'error',
        category: 'contract',
        absence: 'node',
        description: 'The payment shares of a contract (the tender\'s or a lot\'s) do not add up to 100%.',
        source: 'The tender notice states the payment terms (Procurement Regulations 2024 reg 18(2)(y)); shares of the price paid by block, outcomes and spot purchase are parts of one whole (outcome-based contracts pay part on outcomes and the rest for service or outputs: GO Lab, domain.md section 10).'
    },
    create(context) {
        return {
            Contract(node: Contract) {
                const payments = node.payments;
                if (payments.length === 0 || payments.some(p => typeof p.share !== 'number' || !Number.isFinite(p.share))) {
                    return; // a method without its share: the shares are not all known, so nothing to add up
                }
                const total = payments.reduce((sum, p) => sum + p.share!, 0);
                if (Math.abs(total - 100) < 1e-9) {
                    return;
                }
                const first = payments[0].$cstNode;
                const last = payments[payments.length - 1].$cstNode;
                const owner = isLot(node.$container) ? `Lot ${(node.$container as Lot).name}'s payment shares` : 'The payment shares';
                const listed = payments.map(p => `${p.mechanism} ${formatPercent(p.share!)}`).join(' + ');
                context.report({
                    node,
                    range: first && last ? { start: first.range.start, end: last.range.end } : undefined,
                    keyword: 'payment',
                    message: `${owner} add up to ${formatPercent(total)} (${listed}), not 100%: correct the shares so that every part of the price is paid one way.`
                });
            }
        };
    }
});
