/**
 * Walks over a whole syntax tree as plain loops. Langium's streamAst and flattenCst give the same
 * nodes in the same order, but through a chain of iterator objects per node: on a 5,000-line
 * tender each walk cost the language server several milliseconds of every edit.
 */
import type { AstNode, CstNode, LeafCstNode } from 'langium';
import { isAstNode, isCompositeCstNode, isLeafCstNode } from 'langium';

/** Calls `visit` on `root` and every node it contains, in the order of AstUtils.streamAst(root). */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => void): void {
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        visit(node);
        children.length = 0;
        // for-in rather than Object.keys: the same own properties in the same order (syntax nodes
        // are plain objects), without an array made for every node.
        for (const property in node) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isAstNode(value)) {
                children.push(value);
            } else if (Array.isArray(value)) {
                for (const element of value) {
                    if (isAstNode(element)) children.push(element);
                }
            }
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
}

/** Calls `visit` on every leaf (token, comments included) under `root`, in the order of CstUtils.flattenCst(root). */
export function forEachLeaf(root: CstNode, visit: (leaf: LeafCstNode) => void): void {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            const content = node.content;
            for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
        } else if (isLeafCstNode(node)) {
            visit(node);
        }
    }
}
