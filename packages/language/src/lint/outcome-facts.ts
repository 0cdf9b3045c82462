/**
 * Whole-tender facts about outcomes, services and needs, shared by the outcome and people rules:
 * which outcomes some service delivers and which needs some service addresses. Computed once per
 * tender per linking pass (not once per node), so checking every outcome or cohort stays linear.
 */
import type { AstNode } from 'langium';
import { findNodeForKeyword } from './cst-lookup.js';
import type { Need, Outcome, Tender } from '../generated/ast.js';
import { memoisePerLinkingPass } from '../memo.js';

export interface OutcomeFacts {
    /** Outcomes that at least one service of the tender delivers. */
    readonly delivered: ReadonlySet<Outcome>;
    /** Needs that at least one service of the tender addresses. */
    readonly addressed: ReadonlySet<Need>;
}

/** The facts of a tender, memoised per tender node and linking pass. */
export const outcomeFacts = memoisePerLinkingPass((tender: Tender): OutcomeFacts => {
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
    return { delivered, addressed };
});

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
    return !node.$cstNode || findNodeForKeyword(node.$cstNode, '{') === undefined;
}

/** Whether a text property says anything (absent, empty or only spaces does not). */
export function hasText(value: string | undefined): value is string {
    return value !== undefined && value.trim() !== '';
}
