/**
 * The duty to set key performance indicators (PA s52; docs/domain.md 12.4) applied to a tender:
 * which of its contracts are over £5,000,000 and how many KPIs each has. Each lot is its own
 * contract, with the KPIs it states and those the tender states for every lot; without lots, the
 * tender is the contract. Outcomes never count: a KPI is about the supplier's performance (s52(4)).
 */
import type { Lot, Tender } from '../generated/ast.js';
import type { Money } from '../values/money.js';
import { moneyOf } from '../values/money.js';
import { isFrameworkLot } from './contracts.js';
import { KPI_DUTY } from './duties.js';
import { legalSituation } from './situation.js';

export interface KpiContract {
    /** The lot, or undefined for a tender without lots. */
    readonly lot: Lot | undefined;
    readonly value: Money;
    /** KPIs that apply: the lot's own and the tender's. */
    readonly kpis: number;
    /** True when the contract is over the threshold and has fewer KPIs than the minimum. */
    readonly short: boolean;
}

export type KpiDuty =
    | { readonly applies: false; readonly reason: string; readonly source?: string }
    | { readonly applies: true; readonly contracts: readonly KpiContract[] };

/** The KPI duty as it falls on a tender's contracts. */
export function kpiDutyOf(tender: Tender): KpiDuty {
    const situation = legalSituation(tender);
    if (situation.jurisdiction === 'scotland') {
        return { applies: false, reason: 'the Procurement Act 2023 does not apply to devolved Scottish authorities', source: 'Procurement Act 2023 s2(5)(a)' };
    }
    if (situation.regime === 'light-touch') {
        return { applies: false, reason: 'a light touch contract', source: KPI_DUTY.exemptions.lightTouch };
    }
    if (situation.buyerType === 'private-utility') {
        return { applies: false, reason: "a private utility's utilities contract", source: KPI_DUTY.exemptions.privateUtility };
    }
    if (tender.noKpis) {
        return { applies: false, reason: 'the authority considers performance could not appropriately be assessed by KPIs', source: KPI_DUTY.exception };
    }
    const tenderKpis = tender.kpis.length;
    const contracts: KpiContract[] = [];
    const consider = (lot: Lot | undefined, text: string | undefined) => {
        const value = moneyOf(text);
        if (!value || value.currency !== KPI_DUTY.threshold.currency) {
            return;
        }
        const kpis = tenderKpis + (lot?.kpis.length ?? 0);
        // "more than £5 million": exactly £5,000,000 is not caught.
        const over = value.minor > KPI_DUTY.threshold.minor;
        contracts.push({ lot, value, kpis, short: over && kpis < KPI_DUTY.minimum });
    };
    if (tender.lots.length === 0) {
        if (!tender.frameworkAgreement) {
            consider(undefined, tender.value?.amount);
        }
    } else {
        for (const lot of tender.lots) {
            if (!isFrameworkLot(tender, lot)) {
                consider(lot, lot.value);
            }
        }
    }
    if (tender.frameworkAgreement && contracts.length === 0) {
        return { applies: false, reason: 'a framework', source: KPI_DUTY.exemptions.framework };
    }
    return { applies: true, contracts };
}
