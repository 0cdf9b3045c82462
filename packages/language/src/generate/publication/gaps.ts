/**
 * What publishing a tender needs (`tender generate --for-publication`): the facts the notice for
 * the tender's procedure must state, split into those the regulations require (publication is
 * refused while any is missing, whatever severity `notice-incomplete` has) and those only Find a
 * Tender's form asks for (listed, never blocking). The facts and their sources: law/notice-gaps.ts.
 */
import type { Tender } from '../../generated/ast.js';
import type { NoticeGap } from '../../law/notice-gaps.js';
import { formatNoticeGap, missingNoticeFacts } from '../../law/notice-gaps.js';

export interface PublicationGaps {
    /** Facts the regulations require: publication is refused while any is missing. */
    readonly required: readonly NoticeGap[];
    /** Fields Find a Tender's form asks for that no regulation requires. */
    readonly form: readonly NoticeGap[];
}

export function publicationGaps(tender: Tender): PublicationGaps {
    const gaps = missingNoticeFacts(tender);
    return { required: gaps.filter(g => g.basis === 'regulation'), form: gaps.filter(g => g.basis === 'form') };
}

/** One line per gap, for the command line. */
export function describeGap(gap: NoticeGap): string {
    return formatNoticeGap(gap);
}
