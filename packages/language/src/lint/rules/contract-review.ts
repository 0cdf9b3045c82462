import type { CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Contract } from '../../generated/ast.js';
import { isContract } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, insertLinesAfter, linesForBlock, nodeAt } from '../fix-utils.js';

/** A contract with no `review` point. */
export default defineRule({
    meta: {
        id: 'contract-review',
        severity: 'info',
        category: 'contract',
        absence: 'node',
        description: 'The contract has no review point.',
        source: 'Outcome-based contracts need performance monitored and terms revisited as evidence comes in (NAO HC 86, 2015; GO Lab); councils must have regard to continuous improvement and market sustainability (Care Act 2014 s5); domain.md section 10.',
        hasFix: true
    },
    create(context) {
        return {
            Contract(node: Contract) {
                if (node.review) {
                    return;
                }
                context.report({
                    node,
                    keyword: 'contract',
                    message: 'The contract has no review point: add one, e.g. review every 12 months, to look at outcomes, costs and terms with the provider.'
                });
            }
        };
    },
    fix({ document, range }) {
        const contract = nodeAt(document, range.start, isContract);
        const cst = contract?.$cstNode;
        if (!contract || !cst || contract.review) {
            return [];
        }
        const line = 'review every 12 months';
        // After the contract's term (duration, extension), before its payments.
        const term = ['duration', 'extension']
            .map(property => GrammarUtils.findNodeForProperty(cst, property))
            .filter((node): node is CstNode => node !== undefined)
            .sort((a, b) => b.offset - a.offset)[0];
        let edit;
        if (term) {
            edit = insertLinesAfter(document, term, [line]);
        } else {
            const at = endOfBlock(document, contract);
            if (!at) return [];
            edit = { range: { start: at.position, end: at.position }, newText: linesForBlock(at, [line]) };
        }
        // Safe: the line needs no value from the user, so `tender lint --fix` may apply it.
        return [{ title: 'Add a review every 12 months', edits: [edit], safe: true, preferred: true }];
    }
});
