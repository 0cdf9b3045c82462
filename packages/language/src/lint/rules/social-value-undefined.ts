import type { Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, isPosition, linesForBlock } from '../fix-utils.js';
import { tenderFacts } from '../tender-facts.js';

/** A social value criterion exists but nothing says what social value means for this tender. */
export default defineRule({
    meta: {
        id: 'social-value-undefined',
        severity: 'warning',
        category: 'award-criteria',
        absence: 'element',
        description: 'A social value criterion exists but the tender has no social-value block saying what it means.',
        source: 'Procurement Act 2023 s23(2): award criteria must be sufficiently clear, measurable and specific; the Public Services (Social Value) Act 2012 s1 asks what well-being the procurement can improve (domain.md sections 5.2 and 6).',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const block = tender.socialValue;
                if (block && (block.policy !== undefined || block.requirements.length > 0)) {
                    return;
                }
                const criterion = tenderFacts(tender).criteriaBlocks
                    .flatMap(b => b.criteria)
                    .find(c => c.kind === 'social-value');
                if (!criterion) {
                    return;
                }
                const label = criterion.title !== undefined ? `"${criterion.title}"` : 'A social value criterion';
                const at = block ? undefined : endOfBlock(context.document, tender);
                context.report({
                    node: criterion,
                    property: criterion.title !== undefined ? 'title' : 'kind',
                    message: block
                        ? `${label} scores social value, but the social-value block is empty: name the policy and the requirements bidders are scored against.`
                        : `${label} scores social value, but the tender does not say what it means: add a social-value block with the policy and the requirements bidders are scored against.`,
                    data: at ? { insertAt: at.position, indent: at.indent, closingIndent: at.closingIndent } : undefined
                });
            }
        };
    },
    fix({ data }) {
        if (!isPosition(data.insertAt) || typeof data.indent !== 'string' || typeof data.closingIndent !== 'string') {
            return [];
        }
        const unit = data.indent.startsWith(data.closingIndent) && data.indent.length > data.closingIndent.length
            ? data.indent.slice(data.closingIndent.length) : '    ';
        const text = linesForBlock({ position: data.insertAt, indent: data.indent, closingIndent: data.closingIndent },
            ['social-value {', `${unit}policy ""`, `${unit}requirement ""`, '}']);
        return [{
            title: 'Add a social-value block (fill in the policy and requirements)',
            edits: [{ range: { start: data.insertAt, end: data.insertAt }, newText: text }],
            safe: false,
            preferred: true
        }];
    }
});
