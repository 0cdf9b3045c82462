import type { LangiumDocument } from 'langium';
import type { Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { indentOf, detectIndentUnit, insertAfterNode, isPosition } from '../fix-utils.js';
import { formatMoney } from '../../values/money.js';
import { quote } from '../../values/text.js';
import { compareMoney, tenderFacts } from '../tender-facts.js';

/** A large tender with no lots and no reason for not dividing it. */
export default defineRule({
    meta: {
        id: 'unsplit-lots',
        severity: 'warning',
        category: 'lots',
        absence: 'element',
        description: 'A tender at or above the lots threshold has no lots and no reason for not dividing it.',
        source: 'Procurement Act 2023 s18: before the tender notice, consider whether the contract could be awarded by lots, and use them or give reasons; no light touch exemption (PR 2024 reg 18(2)(q) only lifts the duty to publish the reasons) (domain.md section 4).',
        options: ['lotsThreshold'],
        hasFix: true
    },
    create(context) {
        const threshold = context.config.thresholds.lotsThreshold;
        return {
            Tender(tender: Tender) {
                if (tender.lots.length > 0 || tender.noLots || !tender.value) {
                    return;
                }
                const value = tenderFacts(tender).value;
                const comparison = value && compareMoney(value, threshold);
                if (comparison === undefined || comparison < 0) {
                    return; // below the threshold, unreadable, or in another currency than the threshold
                }
                // For a light touch contract the reason need not be published (the rule's page says more).
                const lightTouch = tender.regime === 'light-touch';
                context.report({
                    node: tender.value,
                    property: 'amount',
                    message: `${formatMoney(value!)} is at or above the ${formatMoney(threshold)} lots threshold, with no lots: split it into lots${lightTouch ? '' : ' small providers can bid for'}, `
                        + `or say why not: no-lots because "..." (Procurement Act 2023 s18${lightTouch ? '; light touch need not publish it' : ''}).`,
                    data: fixData(context.document, tender, formatMoney({ minor: 0, currency: value!.currency }))
                });
            }
        };
    },
    fix({ data }) {
        const proposals = [];
        if (isPosition(data.lotsAt) && typeof data.lotsText === 'string') {
            proposals.push({
                title: 'Add one lot per service (then fill in each lot\'s value)',
                edits: [{ range: { start: data.lotsAt, end: data.lotsAt }, newText: data.lotsText }],
                safe: false,
                preferred: true
            });
        }
        if (isPosition(data.reasonAt) && typeof data.reasonText === 'string') {
            proposals.push({
                title: 'Give the reason for not dividing into lots (fill it in)',
                edits: [{ range: { start: data.reasonAt, end: data.reasonAt }, newText: data.reasonText }],
                safe: false
            });
        }
        return proposals;
    }
});

/** The text of both fixes, worked out while the tree is at hand; the fix data carries only text and positions. */
function fixData(document: LangiumDocument, tender: Tender, zero: string): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    const valueCst = tender.value?.$cstNode;
    if (valueCst) {
        const indent = indentOf(document, valueCst.range.start.line);
        data.reasonAt = valueCst.range.end;
        data.reasonText = `\n${indent}no-lots because ""`;
    }
    const services = tender.services.filter(s => s.name && s.$cstNode);
    const last = services[services.length - 1];
    if (last) {
        const indent = indentOf(document, last.$cstNode!.range.start.line);
        const unit = detectIndentUnit(document);
        const taken = new Set<string>();
        for (const node of [...tender.services, ...tender.outcomes, ...tender.cohorts, ...tender.risks]) {
            if (node.name) taken.add(node.name);
        }
        const lots = services.map(service => {
            let name = `${service.name}Lot`;
            for (let n = 2; taken.has(name); n++) {
                name = `${service.name}Lot${n}`;
            }
            taken.add(name);
            return [
                `lot ${name} ${quote(service.title ?? service.name)} {`,
                `${unit}value ${zero}`,
                `${unit}services ${service.name}`,
                '}'
            ].map(line => `${indent}${line}`).join('\n');
        });
        data.lotsAt = insertAfterNode(last);
        data.lotsText = `\n\n${lots.join('\n\n')}`;
    }
    return data;
}
