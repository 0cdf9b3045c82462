/**
 * Where a property or a keyword of a node is written: Langium's GrammarUtils.findNodeForProperty
 * and findNodeForKeyword, with the same answers, worked out once per node and name.
 *
 * Langium's walk every child of the node at each call, and look up the grammar assignment of
 * every child on the way. A finding is placed with them, so a cohort listing 50,000 needs, each
 * one unmet, walked the 100,000 children of the cohort once for each finding: quadratic. Here
 * one walk of a node lists the nodes of all its properties (or keywords), kept with the node, and
 * the assignment of each grammar element is looked up once.
 */
import type { CstNode } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode } from 'langium';

const assignmentOfElement = new WeakMap<object, GrammarAST.Assignment | null>();

/** The assignment a grammar element belongs to, if any (GrammarUtils.getContainerOfType, remembered). */
export function assignmentOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | undefined {
    if (!element) return undefined;
    let assignment = assignmentOfElement.get(element);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ?? null;
        assignmentOfElement.set(element, assignment);
    }
    return assignment ?? undefined;
}

/** The feature of the assignment a grammar element belongs to, if any. */
export function featureOf(element: GrammarAST.AbstractElement | undefined): string | undefined {
    return assignmentOf(element)?.feature;
}

const byProperty = new WeakMap<CstNode, Map<string, readonly CstNode[]>>();
const byKeyword = new WeakMap<CstNode, Map<string, readonly CstNode[]>>();
const NONE: readonly CstNode[] = [];

/** The nodes within `node` that give `property` of its syntax-tree node, in document order. */
export function findNodesForProperty(node: CstNode | undefined, property: string | undefined): readonly CstNode[] {
    if (!node || !property) return NONE;
    let properties = byProperty.get(node);
    if (!properties) {
        // One walk finds the nodes of every property: a node asked for one is often asked for others.
        properties = new Map();
        const element = node.astNode;
        const found = properties;
        const visit = (cst: CstNode, first: boolean): void => {
            const feature = first ? undefined : featureOf(cst.grammarSource);
            if (feature !== undefined) {
                // Langium looks inside such a node for the other properties; nothing inside one
                // is assigned (what an assignment calls is a token, a data type rule or a new node).
                const list = found.get(feature) as CstNode[] | undefined;
                if (list) list.push(cst);
                else found.set(feature, [cst]);
                return;
            }
            if (isCompositeCstNode(cst) && cst.astNode === element) {
                for (const child of cst.content) visit(child, false);
            }
        };
        visit(node, true);
        byProperty.set(node, properties);
    }
    return properties.get(property) ?? NONE;
}

/** The `index`-th node giving `property` (the first without an index, the last past the end). */
export function findNodeForProperty(node: CstNode | undefined, property: string | undefined, index?: number): CstNode | undefined {
    return pick(findNodesForProperty(node, property), index);
}

/** The nodes within `node` that are `keyword` of its own syntax-tree node, in document order. */
export function findNodesForKeyword(node: CstNode | undefined, keyword: string): readonly CstNode[] {
    if (!node) return NONE;
    let keywords = byKeyword.get(node);
    if (!keywords) {
        keywords = new Map();
        const element = node.astNode;
        const found = keywords;
        const visit = (cst: CstNode): void => {
            if (cst.astNode !== element) return;
            if (GrammarAST.isKeyword(cst.grammarSource)) {
                const list = found.get(cst.grammarSource.value) as CstNode[] | undefined;
                if (list) list.push(cst);
                else found.set(cst.grammarSource.value, [cst]);
            }
            if (isCompositeCstNode(cst)) {
                for (const child of cst.content) visit(child);
            }
        };
        visit(node);
        byKeyword.set(node, keywords);
    }
    return keywords.get(keyword) ?? NONE;
}

/** The `index`-th `keyword` of the node (the first without an index, the last past the end). */
export function findNodeForKeyword(node: CstNode | undefined, keyword: string, index?: number): CstNode | undefined {
    return pick(findNodesForKeyword(node, keyword), index);
}

function pick(nodes: readonly CstNode[], index: number | undefined): CstNode | undefined {
    if (nodes.length === 0) return undefined;
    return nodes[index === undefined ? 0 : Math.max(0, Math.min(index, nodes.length - 1))];
}
