import type { Duration, Lot, Tender } from '../../generated/ast.js';
import { durationValue, effectiveContract, formatMonths, isFrameworkLot, termMonths, wholeTermMonths } from '../../law/contracts.js';
import { ESTIMATED_VALUE } from '../../law/duties.js';
import { durationInMonths } from '../../values/duration.js';
import { defineRule } from '../define-rule.js';

/** A value estimated over a shorter period than the contract's whole possible term. */
export default defineRule({
    meta: {
        id: 'value-term',
        severity: 'warning',
        category: 'contract',
        description: 'The value is estimated over a shorter period than the contract\'s whole possible term, extensions included.',
        source: 'Procurement Act 2023 s4 and Sch 3 para 1(2)(c): the estimated value counts the amounts payable if an option to extend or renew the term were exercised; a framework is valued as the sum of the contracts expected under it (Sch 3 para 2) (domain.md 12.4).'
    },
    create(context) {
        const check = (node: Tender | Lot, over: Duration | undefined, whole: number | undefined, what: string) => {
            const period = durationValue(over);
            if (!period || whole === undefined) {
                return; // the value gives no period, or the term is not known
            }
            const months = durationInMonths(period);
            if (months >= whole - ESTIMATED_VALUE.toleranceMonths) {
                return;
            }
            context.report({
                node: node.$type === 'Tender' ? (node as Tender).value! : node,
                property: node.$type === 'Tender' ? 'term' : 'valueTerm',
                message: `${what} is estimated over ${formatMonths(months)}, but the contract may run ${formatMonths(whole)} with its extensions: `
                    + `estimate the value over ${formatMonths(whole)} (${ESTIMATED_VALUE.wholeTermSource}).`
            });
        };
        return {
            Tender(tender: Tender) {
                if (tender.frameworkAgreement) {
                    // A framework is valued as the sum of the contracts expected under it (Sch 3 para 2).
                    for (const lot of tender.lots) {
                        if (!isFrameworkLot(tender, lot) && lot.contract) {
                            check(lot, lot.valueTerm, termMonths(effectiveContract(tender, lot)), `Lot ${lot.name}'s value`);
                        }
                    }
                    return;
                }
                check(tender, tender.value?.term, wholeTermMonths(tender), 'The value');
                for (const lot of tender.lots) {
                    if (lot.contract) {
                        check(lot, lot.valueTerm, termMonths(effectiveContract(tender, lot)), `Lot ${lot.name}'s value`);
                    }
                }
            }
        };
    }
});
