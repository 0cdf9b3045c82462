import type { EstimatedValue, Tender } from '../../generated/ast.js';
import type { Money } from '../../values/money.js';
import { formatMoney } from '../../values/money.js';
import { defineRule } from '../define-rule.js';
import type { Jurisdiction, Regime } from '../../law/time-limits.js';
import {
    isBelowThreshold, SOCIAL_VALUE_ACT_LIGHT_TOUCH
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
                const { jurisdiction, regime, threshold, thresholdValue } = legalSituation(tender);
                if (!value || !thresholdValue) {
                    return; // no value yet, or one the language validator reports
                }
                const amount = thresholdValue.amount;
                // Thresholds are in pounds; a value in another currency cannot be compared.
                if (isBelowThreshold(amount, threshold) !== true) {
                    return;
                }
                context.report({
                    node: value as EstimatedValue,
                    property: 'amount',
                    message: jurisdiction === 'scotland'
                        ? scottishMessage(amount, threshold, thresholdValue.excludingVat)
                        : message(tender, amount, threshold, jurisdiction, regime)
                });
            }
        };
    }
});

/**
 * About 200 characters at most: the value, the threshold and its row, what no longer applies and
 * the duties that still do, by name. The page gives the rest (VAT included, the duties in full).
 */
function message(tender: Tender, amount: Money, threshold: Threshold, jurisdiction: Jurisdiction, regime: Regime): string {
    const socialValue = SOCIAL_VALUE_ACT_LIGHT_TOUCH;
    const socialValueDuty = regime === 'light-touch' && socialValue.extent.includes(jurisdiction) && amount.minor >= socialValue.threshold.amount.minor;
    const wales = jurisdiction === 'wales' ? ' (Welsh devolved authorities are exempt)' : '';
    const bestValue = jurisdiction === 'england'; // a council's best value duty (the page cites Local Government Act 1999 s3)
    const still = socialValueDuty && bestValue ? '; the Social Value Act 2012 and best value duties still apply'
        : socialValueDuty ? `; the Social Value Act 2012 duty${wales} still applies`
            : bestValue ? '; the best value duty still applies' : '';
    const psr = jurisdiction === PSR_JURISDICTION && tender.cpvs.some(cpv => cpv.code !== undefined && scheduleOneCode(cpv.code))
        ? ' The Provider Selection Regime has no threshold.' : '';
    const below = `${formatMoney(amount)} is below the ${formatMoney(threshold.amount)} ${shortName(threshold)}`;
    const full = `${below} (${threshold.source}): the Act's procedures and time limits do not apply${still}.${psr}`;
    // the row is on the rule's page when the whole would not fit
    return full.length <= 200 ? full : `${below}: the Act's procedures and time limits do not apply${still}.${psr}`;
}

/** `light touch threshold`, `services threshold`: the threshold's name without who it is for. */
function shortName(threshold: Threshold): string {
    return threshold.name.replace(/ contract threshold| threshold/, '').replace(/ for .*$/, '') + ' threshold';
}

/** Scottish thresholds exclude VAT (2014 Act s5(1)): the excluding-vat figure is compared when given. */
function scottishMessage(amount: Money, threshold: Threshold, excludingVat: boolean): string {
    return `${formatMoney(amount)}${excludingVat ? ' excluding VAT' : ''} is below the ${formatMoney(threshold.amount)} regulated contract threshold `
        + `(${threshold.source}): the rules for regulated procurements, time limits included, do not apply.`;
}
