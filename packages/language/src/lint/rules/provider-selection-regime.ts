import type { Cpv, Lot, Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import type { ScheduleOneCode } from '../../law/provider-selection-regime.js';
import { cpvDigits, PSR_JURISDICTION, scheduleOneCode } from '../../law/provider-selection-regime.js';
import { jurisdictionOf } from '../../law/situation.js';

/**
 * A CPV code in PSR Schedule 1 makes the regime a real question. Nothing else does: an integrated
 * care board co-funding a social-care service does not bring the PSR in (domain.md section 7:
 * social care codes outside Schedule 1 stay under the Procurement Act). The docs page gives the
 * whole test; messages stay short.
 */
export default defineRule({
    meta: {
        id: 'provider-selection-regime',
        severity: 'info',
        category: 'law',
        description: 'In England, a CPV code is a health care service that the Provider Selection Regime may cover.',
        source: 'Health Care Services (Provider Selection Regime) Regulations 2023 reg 3 and Sch 1; Procurement Act 2023 s120 (domain.md section 7).'
    },
    create(context) {
        const check = (codes: readonly Cpv[]) => {
            const digits = codes.map(cpv => (cpv.code === undefined ? undefined : cpvDigits(cpv.code))).filter((d): d is string => d !== undefined);
            // Other codes beside a Schedule 1 one: a mixed procurement, under the PSR only if health care is the main part.
            const mixed = digits.some(d => scheduleOneCode(d) === undefined);
            for (const cpv of codes) {
                const entry = cpv.code === undefined ? undefined : scheduleOneCode(cpv.code);
                if (!entry) continue;
                context.report({
                    node: cpv,
                    property: 'code',
                    message: messageFor(entry, mixed)
                });
            }
        };
        return {
            Tender(tender: Tender) {
                if (jurisdictionOf(tender) !== PSR_JURISDICTION) {
                    return; // the regime covers the health service in England only
                }
                check(tender.cpvs);
            },
            Lot(lot: Lot) {
                const tender = lot.$container;
                if (lot.cpvs.length === 0 || !tender || jurisdictionOf(tender) !== PSR_JURISDICTION) {
                    return;
                }
                check(lot.cpvs); // a lot's codes replace the tender's (docs/language.md section 3)
            }
        };
    }
});

/** At most about 200 characters: the page gives the whole test (PSR reg 3(2)–(4), PA s120). */
function messageFor(entry: ScheduleOneCode, mixed: boolean): string {
    if (entry.only) {
        return mixed
            ? `CPV ${entry.code} is in PSR Schedule 1 only ${entry.only}; mixed with other codes, the PSR governs if that is the main part.`
            : `CPV ${entry.code} is in PSR Schedule 1 only ${entry.only}: if so, decide whether the PSR or the Procurement Act governs.`;
    }
    return mixed
        ? `CPV ${entry.code} is in PSR Schedule 1, mixed here with other codes: the Provider Selection Regime governs only if health care is the main part by lifetime value.`
        : `CPV ${entry.code} (${entry.label}) is in PSR Schedule 1: decide whether the PSR, not the Procurement Act, governs before choosing a procedure.`;
}
