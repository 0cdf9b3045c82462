import type { Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import {
    MIXED_PROCUREMENT, namesIntegratedCareBoard, PROCUREMENT_ACT_DISAPPLIED, PSR_JURISDICTION, scheduleOneCode
} from '../../law/provider-selection-regime.js';
import { jurisdictionOf } from '../../law/situation.js';

// Short enough to read in a problems list; the docs page gives the whole test.
const WHEN_PSR_GOVERNS = `the Provider Selection Regime, not the Procurement Act 2023, governs where ${MIXED_PROCUREMENT.text} (${MIXED_PROCUREMENT.source}; ${PROCUREMENT_ACT_DISAPPLIED.source})`;

/** A CPV code or a co-commissioner that brings the Provider Selection Regime into question. */
export default defineRule({
    meta: {
        id: 'provider-selection-regime',
        severity: 'info',
        category: 'law',
        description: 'In England, a CPV code is a health care service that the Provider Selection Regime may cover.',
        source: 'Health Care Services (Provider Selection Regime) Regulations 2023 reg 3 and Sch 1; Procurement Act 2023 s120 (domain.md section 7).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                if (jurisdictionOf(tender) !== PSR_JURISDICTION) {
                    return; // the regime covers the health service in England only
                }
                let flagged = false;
                for (const cpv of tender.cpvs) {
                    const entry = cpv.code === undefined ? undefined : scheduleOneCode(cpv.code);
                    if (!entry) {
                        continue;
                    }
                    flagged = true;
                    const only = entry.only ? `, but only ${entry.only}` : '';
                    context.report({
                        node: cpv,
                        property: 'code',
                        message: `CPV ${entry.code} (${entry.label}) is a health care service in PSR Schedule 1${only}: ${WHEN_PSR_GOVERNS}. Decide which regime applies before choosing a procedure.`
                    });
                }
                if (flagged) {
                    return;
                }
                // An integrated care board commissioning alongside the council is the other sign
                // domain.md section 7 gives that the regime may apply.
                const contributor = tender.funding?.contributors.find(c => c.who !== undefined && namesIntegratedCareBoard(c.who));
                const icb = contributor ?? (tender.buyer !== undefined && namesIntegratedCareBoard(tender.buyer) ? tender : undefined);
                if (!icb) {
                    return;
                }
                const who = icb === tender ? tender.buyer! : contributor!.who;
                context.report({
                    node: icb,
                    property: icb === tender ? 'buyer' : 'who',
                    message: `${who} is an integrated care board: if this tender buys health care services for the health service in England, ${WHEN_PSR_GOVERNS}. Decide which regime applies.`
                });
            }
        };
    }
});
