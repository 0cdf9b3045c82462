/**
 * Whole-tender facts computed once per tender per linking pass, not once per rule or node. The
 * stamp is the document's reference list: Langium replaces that array whenever it relinks the
 * document (an imported framework changed, say), which is exactly when resolved references may
 * differ although the tender node is the same.
 */
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';

export function memoisePerLinkingPass<N extends AstNode, F>(compute: (node: N) => F): (node: N) => F {
    const memo = new WeakMap<N, { readonly stamp: unknown; readonly facts: F }>();
    return (node) => {
        const stamp = AstUtils.findRootNode(node).$document?.references;
        const cached = memo.get(node);
        if (cached && cached.stamp === stamp) {
            return cached.facts;
        }
        const facts = compute(node);
        memo.set(node, { stamp, facts });
        return facts;
    };
}
