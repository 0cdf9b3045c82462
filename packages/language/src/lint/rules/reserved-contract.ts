import type { AstNode } from 'langium';
import type { Cpv, Lot, Tender } from '../../generated/ast.js';
import { effectiveContract, formatMonths, termMonths } from '../../law/contracts.js';
import { cpvDigits } from '../../law/provider-selection-regime.js';
import type { Reservation } from '../../law/reserved-contracts.js';
import { isReservable, MUTUAL_MAXIMUM_TERM, RESERVABLE_SOURCE, RESERVATION_PROCEDURE } from '../../law/reserved-contracts.js';
import { legalSituation } from '../../law/situation.js';
import { defineRule } from '../define-rule.js';

const WORDS: Record<Reservation, string> = {
    'supported-employment': 'supported employment providers',
    'public-service-mutual': 'public service mutuals'
};

/** A reserved contract that the Act does not allow as written. */
export default defineRule({
    meta: {
        id: 'reserved-contract',
        severity: 'error',
        category: 'law',
        description: 'A reserved contract is not awarded by a competitive flexible procedure, or one reserved to public service mutuals covers services that are not reservable or runs over five years.',
        source: 'Procurement Act 2023 s32(1) and s33(2): a contract is reserved to supported employment providers or public service mutuals only through a competitive flexible procedure; s33(1): to mutuals only for reservable light touch services (the CPV codes marked "R" in Procurement Regulations 2024 Sch 1) and for a maximum term of five years or less (domain.md 12.4).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const procedure = legalSituation(tender).procedure;
                const reported = new Set<AstNode>();
                const report = (node: AstNode, property: string | undefined, message: string) => {
                    const key = property ? node : node;
                    if (reported.has(key) && property === 'code') return;
                    reported.add(key);
                    context.report({ node, property, message });
                };
                // Where a reservation is written, the procedure must be competitive flexible.
                for (const holder of [tender, ...tender.lots] as (Tender | Lot)[]) {
                    const reserved = holder.reserved as Reservation | undefined;
                    if (reserved && procedure && procedure !== RESERVATION_PROCEDURE.procedure) {
                        context.report({
                            node: holder,
                            property: 'reserved',
                            message: `A contract reserved to ${WORDS[reserved]} must be awarded by a competitive flexible procedure, not ${procedure === 'open' ? 'an open procedure' : `a ${procedure.replace(/-/g, ' ')}`} (${RESERVATION_PROCEDURE.source[reserved]}).`
                        });
                    }
                }
                // Each contract reserved to mutuals: reservable services only, five years at most.
                const units: { lot: Lot | undefined; reserved: Reservation | undefined; cpvs: readonly Cpv[] }[] = tender.lots.length > 0
                    ? tender.lots.map(lot => ({ lot, reserved: (lot.reserved ?? tender.reserved) as Reservation | undefined, cpvs: lot.cpvs.length > 0 ? lot.cpvs : tender.cpvs }))
                    : [{ lot: undefined, reserved: tender.reserved as Reservation | undefined, cpvs: tender.cpvs }];
                for (const unit of units) {
                    if (unit.reserved !== 'public-service-mutual') {
                        continue;
                    }
                    for (const cpv of unit.cpvs) {
                        if (cpv.code === undefined || isReservable(cpv.code) !== false || reported.has(cpv)) {
                            continue;
                        }
                        reported.add(cpv);
                        context.report({
                            node: cpv,
                            property: 'code',
                            message: `CPV ${cpvDigits(cpv.code)} is not a service that may be reserved to public service mutuals (${RESERVABLE_SOURCE}; Procurement Act 2023 s33(1)): `
                                + 'remove the reservation or the code.'
                        });
                    }
                    const contract = effectiveContract(tender, unit.lot);
                    const months = termMonths(contract);
                    if (months === undefined || months <= MUTUAL_MAXIMUM_TERM.months + 1e-9) {
                        continue;
                    }
                    const holder = contract.durationFrom;
                    if (!holder || reported.has(holder)) {
                        continue;
                    }
                    report(holder, 'duration',
                        `${unit.lot ? `Lot ${unit.lot.name}` : 'The contract'} is reserved to public service mutuals but may run ${formatMonths(months)} with its extensions, `
                        + `over the five years allowed (${MUTUAL_MAXIMUM_TERM.source}): shorten the term or the extensions.`);
                }
            }
        };
    }
});
