import type { Tender } from '../../generated/ast.js';
import { MARKET_ENGAGEMENT_NOTICE } from '../../law/duties.js';
import { showsMarketEngagement } from '../../law/notice-gaps.js';
import { legalSituation } from '../../law/situation.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, linesForBlock } from '../fix-utils.js';

/** Preliminary market engagement without its notice or the reasons for publishing none. */
export default defineRule({
    meta: {
        id: 'market-engagement-notice',
        severity: 'warning',
        category: 'engagement',
        absence: 'element',
        description: 'The tender shows preliminary market engagement but names no preliminary market engagement notice and gives no reason for not publishing one.',
        source: 'Procurement Act 2023 s17(1): an authority that carried out preliminary market engagement must publish a preliminary market engagement notice (UK2) before the tender notice, or give its reasons in the tender notice for not doing so; s17(3): not private utilities (domain.md 12.1).',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                if (!showsMarketEngagement(tender) || tender.engagement?.notice !== undefined || tender.engagement?.noNotice !== undefined) {
                    return;
                }
                const situation = legalSituation(tender);
                // No tender notice to carry the reasons: a direct award, a call-off; and s17 is the Act's.
                if (situation.buyerType === 'private-utility' || situation.procedure === 'direct-award'
                    || situation.procedure === 'framework-call-off' || situation.jurisdiction === 'scotland') {
                    return;
                }
                const engagement = tender.engagement;
                const shown = engagement?.providers !== undefined ? 'Providers were engaged' : 'Market engagement was held';
                const data: Record<string, unknown> = {};
                if (engagement) {
                    const at = endOfBlock(context.document, engagement);
                    if (at) {
                        data.at = at.position;
                        data.notice = linesForBlock(at, ['notice ""']);
                        data.reason = linesForBlock(at, ['no-notice because ""']);
                    }
                }
                context.report({
                    node: engagement?.providers !== undefined ? engagement : tender.timeline!,
                    property: engagement?.providers !== undefined ? 'providers' : 'marketEngagement',
                    message: `${shown} before publication, but no ${MARKET_ENGAGEMENT_NOTICE.notice} is named: add notice "..." `
                        + `or no-notice because "..." (${MARKET_ENGAGEMENT_NOTICE.source}).`,
                    data
                });
            }
        };
    },
    fix({ data }) {
        const at = data.at as { line: number; character: number } | undefined;
        if (!at) {
            return [];
        }
        const proposals = [];
        if (typeof data.notice === 'string') {
            proposals.push({ title: 'Name the preliminary market engagement notice (fill in its identifier)', edits: [{ range: { start: at, end: at }, newText: data.notice }], safe: false, preferred: true });
        }
        if (typeof data.reason === 'string') {
            proposals.push({ title: 'Give the reasons no notice was published (fill them in)', edits: [{ range: { start: at, end: at }, newText: data.reason }], safe: false });
        }
        return proposals;
    }
});
