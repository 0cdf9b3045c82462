import type { EstimatedValue, Tender } from '../../generated/ast.js';
import type { Money } from '../../values/money.js';
import { formatMoney, moneyOf } from '../../values/money.js';
import { defineRule } from '../define-rule.js';
import type { Jurisdiction, Regime } from '../../law/time-limits.js';
import {
    BEST_VALUE_DUTY, isBelowThreshold, PUBLIC_CONTRACT, SOCIAL_VALUE_ACT_LIGHT_TOUCH, THRESHOLDS_IN_FORCE
} from '../../law/thresholds.js';
import type { Threshold } from '../../law/thresholds.js';
import { PSR_JURISDICTION, scheduleOneCode } from '../../law/provider-selection-regime.js';
import { legalSituation } from '../../law/situation.js';

/** The tender's value is below the threshold for its regime. */
export default defineRule({
    meta: {
        id: 'below-threshold',
        severity: 'info',
        category: 'law',
        description: 'The value is below the threshold for the regime: the full competitive regime does not apply.',
        source: 'Procurement Act 2023 s3(2) and Sch 1 (rows 8 and 12, from 1 January 2026, VAT included; domain.md sections 1 and 3.1); in Scotland, Procurement Reform (Scotland) Act 2014 s3(2) (domain.md section 8).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const value = tender.value;
                const amount = moneyOf(value?.amount);
                if (!value || !amount) {
                    return; // no value yet, or one the language validator reports
                }
                const { jurisdiction, regime, threshold } = legalSituation(tender);
                // Thresholds are in pounds; a value in another currency cannot be compared.
                if (isBelowThreshold(amount, threshold) !== true) {
                    return;
                }
                context.report({
                    node: value as EstimatedValue,
                    property: 'amount',
                    message: jurisdiction === 'scotland'
                        ? scottishMessage(amount, threshold)
                        : message(tender, amount, threshold, jurisdiction, regime)
                });
            }
        };
    }
});

function message(tender: Tender, amount: Money, threshold: Threshold, jurisdiction: Jurisdiction, regime: Regime): string {
    const parts = [
        `The value ${formatMoney(amount)} is below the ${threshold.name} of ${formatMoney(threshold.amount)} (${threshold.source}, ${THRESHOLDS_IN_FORCE.label}): `
        + `it is not a public contract (${PUBLIC_CONTRACT.source}), so the Act's competitive procedures and minimum time limits do not apply. `
        + `Check that the value includes VAT, as the thresholds do (${THRESHOLDS_IN_FORCE.vatSource}).`
    ];
    const stillApplies: string[] = [];
    const socialValue = SOCIAL_VALUE_ACT_LIGHT_TOUCH;
    if (regime === 'light-touch' && socialValue.extent.includes(jurisdiction) && amount.minor >= socialValue.threshold.amount.minor) {
        const exemption = jurisdiction === 'wales' ? `; ${socialValue.exemption}` : '';
        stillApplies.push(`the Public Services (Social Value) Act 2012 ${socialValue.duty}, which covers light touch contracts from ${formatMoney(socialValue.threshold.amount)} (${socialValue.source}${exemption})`);
    }
    if (jurisdiction === 'england') {
        stillApplies.push(`a council's ${BEST_VALUE_DUTY.text} (${BEST_VALUE_DUTY.source})`);
    }
    if (stillApplies.length > 0) {
        parts.push(`Still applying: ${stillApplies.join('; and ')}.`);
    }
    if (jurisdiction === PSR_JURISDICTION && tender.cpvs.some(cpv => cpv.code !== undefined && scheduleOneCode(cpv.code))) {
        parts.push('The Provider Selection Regime, which may cover its health care services, has no value threshold.');
    }
    return parts.join(' ');
}

function scottishMessage(amount: Money, threshold: Threshold): string {
    return `The value ${formatMoney(amount)} is below the ${threshold.name} of ${formatMoney(threshold.amount)} (${threshold.source}): `
        + 'it is not a regulated contract, so the rules for regulated procurements, competition and minimum time limits included, do not apply.';
}
