import type { Tender } from '../../generated/ast.js';
import { durationValue } from '../../law/contracts.js';
import { FRAMEWORK_TERM } from '../../law/duties.js';
import { frameworkTermOverMaximum } from '../../law/notice-gaps.js';
import { legalSituation } from '../../law/situation.js';
import { formatDuration } from '../../values/duration.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, linesForBlock } from '../fix-utils.js';

/** A framework agreement longer than the statutory maximum with no reasons for the longer term. */
export default defineRule({
    meta: {
        id: 'framework-term',
        severity: 'warning',
        category: 'contract',
        absence: 'node',
        description: 'A framework-agreement term is longer than 4 years (8 for a utilities buyer) with no longer-term because reasons.',
        source: 'Procurement Act 2023 s47(1)–(3): a framework\'s term may not exceed four years (eight for a utilities framework) unless the authority considers the nature of what is bought requires a longer term, and then the tender notice gives its reasons; s47(5): not for open frameworks, private utilities or light touch frameworks (domain.md 12.4).',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const framework = tender.frameworkAgreement;
                if (!framework || framework.longerTermBecause !== undefined || !frameworkTermOverMaximum(tender)) {
                    return;
                }
                const term = durationValue(framework.term)!;
                const utilities = legalSituation(tender).buyerType === 'public-undertaking';
                const years = utilities ? FRAMEWORK_TERM.utilitiesYears : FRAMEWORK_TERM.years;
                const at = endOfBlock(context.document, framework);
                context.report({
                    node: framework,
                    property: 'term',
                    message: `The framework's term of ${formatDuration(term)} is over the ${years}-year maximum${utilities ? ' for a utilities framework' : ''}: `
                        + `shorten it, or give the reasons a longer term is needed (longer-term because "...") (${FRAMEWORK_TERM.source}–(3)).`,
                    data: at ? { at: at.position, text: linesForBlock(at, ['longer-term because ""']) } : undefined
                });
            }
        };
    },
    fix({ data }) {
        const at = data.at as { line: number; character: number } | undefined;
        if (!at || typeof data.text !== 'string') {
            return [];
        }
        return [{
            title: 'Give the reasons for the longer term (fill them in)',
            edits: [{ range: { start: at, end: at }, newText: data.text }],
            safe: false,
            preferred: true
        }];
    }
});
