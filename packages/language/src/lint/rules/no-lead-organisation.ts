import { GrammarUtils } from 'langium';
import type { Collaboration } from '../../generated/ast.js';
import { isCollaboration } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { insertLinesAfter, nodeAt } from '../fix-utils.js';

/** Joint bids welcome or accepted without `lead-organisation required`. */
export default defineRule({
    meta: {
        id: 'no-lead-organisation',
        severity: 'warning',
        category: 'collaboration',
        absence: 'node',
        description: 'Joint bids are welcome or accepted, but no lead organisation is required.',
        source: 'Procurement Act 2023 s22(8)–(9): suppliers may bid as consortia and rely on their members; a lead provider is the contract role that answers for a joint bid (domain.md sections 5.1 and 9.4); whole systems commissioning invites collaboration (docs/language.md section 1).',
        hasFix: true
    },
    create(context) {
        return {
            Collaboration(node: Collaboration) {
                if (node.jointBids !== 'welcome' && node.jointBids !== 'accepted') {
                    return;
                }
                if (node.leadOrganisation === 'required') {
                    return;
                }
                const optional = node.leadOrganisation === 'optional';
                context.report({
                    node,
                    property: optional ? 'leadOrganisation' : 'jointBids',
                    message: `Joint bids are ${node.jointBids} but ${optional ? 'a lead organisation is optional' : 'no lead organisation is required'}: add lead-organisation required, so that one member of each consortium holds the contract and answers for the whole bid.`
                });
            }
        };
    },
    fix({ document, range }) {
        const collaboration = nodeAt(document, range.start, isCollaboration);
        const cst = collaboration?.$cstNode;
        if (!collaboration || !cst || collaboration.leadOrganisation === 'required') {
            return [];
        }
        const title = 'Require a lead organisation';
        if (collaboration.leadOrganisation === 'optional') {
            const value = GrammarUtils.findNodeForProperty(cst, 'leadOrganisation');
            return value ? [{ title, edits: [{ range: value.range, newText: 'required' }], safe: false, preferred: true }] : [];
        }
        const jointBids = GrammarUtils.findNodeForProperty(cst, 'jointBids');
        return jointBids ? [{ title, edits: [insertLinesAfter(document, jointBids, ['lead-organisation required'])], safe: false, preferred: true }] : [];
    }
});
