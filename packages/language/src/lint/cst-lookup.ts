/**
 * Where a property or a keyword of a node is written: Langium's GrammarUtils.findNodeForProperty
 * and findNodeForKeyword, with the same answers, worked out once per node and name.
 *
 * Langium's walk every child of the node at each call, and look up the grammar assignment of
 * every child on the way. A finding is placed with them, so a cohort listing 50,000 needs, each
 * one unmet, walked the 100,000 children of the cohort once for each finding: quadratic. Here
 * the list of nodes for a property or keyword is made once (one walk) and kept with the node, and
 * the assignment of each grammar element is looked up once.
 */
import type { CstNode } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode } from 'langium';

const featureOfElement = new WeakMap<object, string | null>();

/** The feature of the assignment a grammar element belongs to, if any. */
function featureOf(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) return undefined;
    let feature = featureOfElement.get(element);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        featureOfElement.set(element, feature);
    }
    return feature ?? undefined;
}

const byProperty = new WeakMap<CstNode, Map<string, readonly CstNode[]>>();
const byKeyword = new WeakMap<CstNode, Map<string, readonly CstNode[]>>();

function remembered(cache: WeakMap<CstNode, Map<string, readonly CstNode[]>>, node: CstNode, name: string, find: () => CstNode[]): readonly CstNode[] {
    let names = cache.get(node);
    if (!names) {
        names = new Map();
        cache.set(node, names);
    }
    let nodes = names.get(name);
    if (!nodes) {
        nodes = find();
        names.set(name, nodes);
    }
    return nodes;
}

/** The nodes within `node` that give `property` of its syntax-tree node, in document order. */
export function findNodesForProperty(node: CstNode | undefined, property: string | undefined): readonly CstNode[] {
    if (!node || !property) return [];
    return remembered(byProperty, node, property, () => {
        const element = node.astNode;
        const found: CstNode[] = [];
        const visit = (cst: CstNode, first: boolean): void => {
            if (!first && featureOf(cst.grammarSource) === property) {
                found.push(cst);
                return;
            }
            if (isCompositeCstNode(cst) && cst.astNode === element) {
                for (const child of cst.content) visit(child, false);
            }
        };
        visit(node, true);
        return found;
    });
}

/** The `index`-th node giving `property` (the first without an index, the last past the end). */
export function findNodeForProperty(node: CstNode | undefined, property: string | undefined, index?: number): CstNode | undefined {
    return pick(findNodesForProperty(node, property), index);
}

/** The nodes within `node` that are `keyword` of its own syntax-tree node, in document order. */
export function findNodesForKeyword(node: CstNode | undefined, keyword: string): readonly CstNode[] {
    if (!node) return [];
    return remembered(byKeyword, node, keyword, () => {
        const element = node.astNode;
        const found: CstNode[] = [];
        const visit = (cst: CstNode): void => {
            if (cst.astNode !== element) return;
            if (GrammarAST.isKeyword(cst.grammarSource) && cst.grammarSource.value === keyword) {
                found.push(cst);
            }
            if (isCompositeCstNode(cst)) {
                for (const child of cst.content) visit(child);
            }
        };
        visit(node);
        return found;
    });
}

/** The `index`-th `keyword` of the node (the first without an index, the last past the end). */
export function findNodeForKeyword(node: CstNode | undefined, keyword: string, index?: number): CstNode | undefined {
    return pick(findNodesForKeyword(node, keyword), index);
}

function pick(nodes: readonly CstNode[], index: number | undefined): CstNode | undefined {
    if (nodes.length === 0) return undefined;
    return nodes[index === undefined ? 0 : Math.max(0, Math.min(index, nodes.length - 1))];
}
