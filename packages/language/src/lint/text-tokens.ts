/**
 * The text tokens of a node's own properties, found in one pass over its syntax tree. Langium's
 * `findNodeForProperty` walks every child of the node for each property it is asked about, and
 * looks up the grammar assignment of each child on the way: on a tender of twenty thousand lines,
 * asking it for the tender's title and purpose alone walked the whole tender. Here only text
 * tokens are looked up, and the node is walked once for all the properties wanted.
 */
import type { AstNode, CstNode, LeafCstNode } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode } from 'langium';

/** For each wanted property, its text tokens in document order (the n-th is the property's n-th value). */
export function textTokensOf(node: AstNode, properties: ReadonlySet<string>): Map<string, LeafCstNode[]> {
    const found = new Map<string, LeafCstNode[]>();
    const visit = (cst: CstNode): void => {
        if (isLeafCstNode(cst)) {
            if (cst.tokenType.name !== 'STRING') {
                return;
            }
            const feature = AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment)?.feature;
            if (feature !== undefined && properties.has(feature)) {
                const list = found.get(feature);
                if (list) list.push(cst);
                else found.set(feature, [cst]);
            }
        } else if (isCompositeCstNode(cst) && cst.astNode === node) {
            for (const child of cst.content) {
                visit(child);
            }
        }
    };
    if (node.$cstNode) {
        visit(node.$cstNode);
    }
    return found;
}
