import type { CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Cohort } from '../../generated/ast.js';
import { isCohort } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, indentOf, insertLinesAfter, linesForBlock, nodeAt } from '../fix-utils.js';

/** A cohort that lists no assets. */
export default defineRule({
    meta: {
        id: 'cohort-assets',
        severity: 'info',
        category: 'people',
        absence: 'node',
        description: 'A cohort lists no assets (strengths-based commissioning).',
        source: 'Whole systems commissioning starts from the person, their needs and their assets (docs/language.md section 1); the Commissioning for Better Outcomes standards ask for person-centred commissioning, and councils must promote individual well-being (Care Act 2014 s1, s5; domain.md sections 9.4 and 10).',
        hasFix: true
    },
    create(context) {
        return {
            Cohort(node: Cohort) {
                if (!node.name || node.assets.length > 0) {
                    return;
                }
                context.report({
                    node,
                    property: 'name',
                    message: `Cohort ${node.name} lists no assets: add the strengths its people bring (assets "Peer networks and friendships"), not only their needs.`
                });
            }
        };
    },
    fix({ document, range }) {
        const cohort = nodeAt(document, range.start, isCohort);
        const cst = cohort?.$cstNode;
        if (!cohort || !cst || cohort.assets.length > 0) {
            return [];
        }
        const line = 'assets ""';
        // After the lines that describe the cohort (description, size, areas, needs), before its personas.
        const anchors = ['description', 'size', 'areas', 'needs']
            .map(property => GrammarUtils.findNodesForProperty(cst, property))
            .filter(nodes => nodes.length > 0);
        const last = anchors.reduce<CstNode[] | undefined>((latest, nodes) =>
            !latest || nodes[nodes.length - 1].offset > latest[latest.length - 1].offset ? nodes : latest, undefined);
        let edit;
        if (last) {
            edit = insertLinesAfter(document, last[last.length - 1], [line], indentOf(document, last[0].range.start.line));
        } else {
            const at = endOfBlock(document, cohort);
            if (!at) return [];
            edit = { range: { start: at.position, end: at.position }, newText: linesForBlock(at, [line]) };
        }
        return [{ title: 'Add an assets line (fill in the strengths)', edits: [edit], safe: false, preferred: true }];
    }
});
