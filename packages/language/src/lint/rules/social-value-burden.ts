import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { SocialValueRequirement } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { isRange } from '../fix-utils.js';
import { formatMoney } from '../../values/money.js';
import { compareMoney, tenderFacts } from '../tender-facts.js';

/** A mandatory social value requirement on a tender or lot below the grant threshold. */
export default defineRule({
    meta: {
        id: 'social-value-burden',
        severity: 'warning',
        category: 'participation',
        description: 'A mandatory social value requirement applies to a tender or lot below the grant threshold.',
        source: 'Public Services (Social Value) Act 2012 s1(3): secure social value only as relevant and proportionate; Procurement Act 2023 s12(4) and s22(1): have regard to the barriers small suppliers face and keep conditions proportionate (domain.md sections 5.1 and 6).',
        options: ['grantThreshold'],
        hasFix: true
    },
    create(context) {
        const threshold = context.config.thresholds.grantThreshold;
        const below = (amount: Parameters<typeof compareMoney>[0] | undefined) => {
            const comparison = amount && amount.minor > 0 ? compareMoney(amount, threshold) : undefined;
            return comparison !== undefined && comparison < 0;
        };
        return {
            SocialValueRequirement(node: SocialValueRequirement) {
                if (!node.mandatory) {
                    return;
                }
                const facts = tenderFacts(node.$container.$container);
                let where: string | undefined;
                if (below(facts.value)) {
                    where = `the tender is worth ${formatMoney(facts.value!)}`;
                } else {
                    const small = facts.lots.filter(l => below(l.value));
                    if (small.length > 0) {
                        where = small.length === 1
                            ? `it applies to lot ${small[0].lot.name}, worth ${formatMoney(small[0].value!)}`
                            : `it applies to lots ${small.map(l => `${l.lot.name} (${formatMoney(l.value!)})`).join(', ')}`;
                    }
                }
                if (!where) {
                    return;
                }
                const keyword = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, 'mandatory');
                context.report({
                    node,
                    keyword: 'mandatory',
                    message: `A mandatory social value requirement is a heavy burden below ${formatMoney(threshold)}, and ${where}: score it as a commitment bidders may offer instead, in proportion to the contract.`,
                    data: keyword ? { remove: removalRange(context.document, keyword.offset, keyword.end) } : undefined
                });
            }
        };
    },
    fix({ data }) {
        if (!isRange(data.remove)) {
            return [];
        }
        return [{
            title: 'Make it a scored requirement (remove "mandatory")',
            edits: [{ range: data.remove, newText: '' }],
            safe: false,
            preferred: true
        }];
    }
});

/** The keyword with the spaces before it, so removing it leaves the line tidy. */
function removalRange(document: LangiumDocument, start: number, end: number): Range {
    const text = document.textDocument.getText();
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) {
        from--;
    }
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(end) };
}
