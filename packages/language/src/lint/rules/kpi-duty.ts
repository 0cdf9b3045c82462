import type { Tender } from '../../generated/ast.js';
import { KPI_DUTY } from '../../law/duties.js';
import { legalSituation } from '../../law/situation.js';
import { formatMoney } from '../../values/money.js';
import { defineRule } from '../define-rule.js';

/** A contract over £5 million with fewer than three key performance indicators and no reason. */
export default defineRule({
    meta: {
        id: 'kpi-duty',
        severity: 'warning',
        category: 'contract',
        absence: 'element',
        description: 'A contract worth more than £5,000,000 has fewer than three kpi elements and no no-kpis because.',
        source: 'Procurement Act 2023 s52(1)–(2): before entering into a public contract with an estimated value of more than £5 million, set at least three key performance indicators unless performance could not appropriately be assessed by them; published under s52(3); not for frameworks, private utilities or light touch contracts (s52(6)) (domain.md 12.4).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const duty = legalSituation(tender).kpiDuty;
                if (!duty.applies) {
                    return;
                }
                for (const contract of duty.contracts) {
                    if (!contract.short) {
                        continue;
                    }
                    const lot = contract.lot;
                    const what = lot ? `Lot ${lot.name}` : 'The contract';
                    const has = contract.kpis === 0 ? 'no KPIs' : `only ${contract.kpis} KPI${contract.kpis === 1 ? '' : 's'}`;
                    const where = lot ? 'kpi elements in the lot or the tender' : 'kpi elements';
                    context.report({
                        node: lot ?? tender.value!,
                        property: lot ? 'value' : 'amount',
                        message: `${what} is worth ${formatMoney(contract.value)}, over £5,000,000, and has ${has}: set at least ${KPI_DUTY.minimum} (${where}) `
                            + `or say why not (no-kpis because "...") (${KPI_DUTY.source}–(2)).`
                    });
                }
            }
        };
    }
});
