/**
 * Whole-tender facts about outcomes, services and needs, shared by the outcome and people rules:
 * which outcomes some service delivers and which needs some service addresses. Computed once per
 * tender per linking pass (not once per node), so checking every outcome or cohort stays linear.
 */
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Need, Outcome, Tender } from '../generated/ast.js';

export interface OutcomeFacts {
    /** Outcomes that at least one service of the tender delivers. */
    readonly delivered: ReadonlySet<Outcome>;
    /** Needs that at least one service of the tender addresses. */
    readonly addressed: ReadonlySet<Need>;
}

interface CacheEntry {
    /**
     * The document's reference list when the facts were computed. Langium replaces this array
     * whenever it relinks the document (an imported framework changed, say), which is exactly
     * when resolved needs and outcomes may differ although the tender node is the same.
     */
    readonly stamp: unknown;
    readonly facts: OutcomeFacts;
}

const cache = new WeakMap<Tender, CacheEntry>();

/** The facts of a tender, memoised per tender node and linking pass. */
export function outcomeFacts(tender: Tender): OutcomeFacts {
    const stamp = linkingStamp(tender);
    const cached = cache.get(tender);
    if (cached && cached.stamp === stamp) {
        return cached.facts;
    }
    const delivered = new Set<Outcome>();
    const addressed = new Set<Need>();
    for (const service of tender.services) {
        for (const ref of service.delivers) {
            if (ref.ref) delivered.add(ref.ref);
        }
        for (const ref of service.addresses) {
            if (ref.ref) addressed.add(ref.ref);
        }
    }
    const facts: OutcomeFacts = { delivered, addressed };
    cache.set(tender, { stamp, facts });
    return facts;
}

function linkingStamp(node: AstNode): unknown {
    const root = AstUtils.findRootNode(node);
    return root.$document?.references;
}

/**
 * Whether an element is still being typed: it has no name yet, or neither its text (statement,
 * title) nor its `{ ... }` block. Rules stay quiet on such elements rather than piling findings
 * onto a half-written line.
 */
export function isHalfTyped(node: AstNode & { readonly name?: string }, text: string | undefined): boolean {
    if (!node.name) {
        return true;
    }
    if (text !== undefined) {
        return false;
    }
    return !node.$cstNode || GrammarUtils.findNodeForKeyword(node.$cstNode, '{') === undefined;
}

/** Whether a text property says anything (absent, empty or only spaces does not). */
export function hasText(value: string | undefined): value is string {
    return value !== undefined && value.trim() !== '';
}
