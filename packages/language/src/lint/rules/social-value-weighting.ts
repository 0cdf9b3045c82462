import type { AwardCriteria, Tender } from '../../generated/ast.js';
import { isLot, isTender } from '../../generated/ast.js';
import { jurisdictionOf } from '../../law/situation.js';
import { moneyOf } from '../../values/money.js';
import { defineRule } from '../define-rule.js';
import { formatPercent } from '../../values/percent.js';
import { compareMoney, weightOfKind } from '../tender-facts.js';

/** PPN 002's figure: the floor for central government, the benchmark for everyone else. */
const PPN_002_MINIMUM = 10;

/** Social value weighs less than the minimum, or has no criterion at all. */
export default defineRule({
    meta: {
        id: 'social-value-weighting',
        severity: 'warning',
        category: 'award-criteria',
        absence: 'node',
        description: 'Social value criteria weigh less than the recognised minimum, or there is no social value criterion.',
        source: 'PPN 002 (2025): a minimum 10% social value weighting binds central government; for councils it is the recognised benchmark beside the Public Services (Social Value) Act 2012 duty to consider social value (domain.md section 6). In Scotland, the sustainable procurement duty and community benefit requirements (Procurement Reform (Scotland) Act 2014 s9, s25; domain.md section 8).',
        options: ['minSocialValueWeight']
    },
    create(context) {
        const minimum = context.config.thresholds.minSocialValueWeight;
        const why = minimum === PPN_002_MINIMUM
            ? 'PPN 002 makes 10% the minimum for central government; for a council it is the recognised benchmark, not a legal requirement.'
            : `This project's tender.config.json sets ${formatPercent(minimum)}; PPN 002's 10% binds central government only, and is a benchmark for a council.`;
        return {
            AwardCriteria(node: AwardCriteria) {
                if (minimum <= 0 || node.criteria.length === 0) {
                    return; // no minimum configured, or a block still empty
                }
                const tender = isTender(node.$container) ? node.$container : isLot(node.$container) ? node.$container.$container : undefined;
                // PPN 002 is a note for UK central government: a Scottish tender hears its own duties.
                const because = tender && jurisdictionOf(tender) === 'scotland' ? scottishDuties(tender) : why;
                const socialValue = weightOfKind(node, 'social-value');
                if (!socialValue) {
                    return; // a social value criterion without a weight: missing-weighting says so
                }
                const where = isLot(node.$container) ? ` for lot ${node.$container.name}` : '';
                if (socialValue.criteria.length === 0) {
                    context.report({
                        node,
                        keyword: 'award-criteria',
                        message: `No social value criterion${where}: add one weighted at least ${formatPercent(minimum)}. ${because}`
                    });
                } else if (socialValue.total + 1e-9 < minimum) {
                    const [first] = socialValue.criteria;
                    context.report({
                        node: first,
                        property: socialValue.criteria.length === 1 ? 'weight' : 'kind',
                        message: `Social value weighs ${formatPercent(socialValue.total)}${where}, below ${formatPercent(minimum)}: consider weighting it at least ${formatPercent(minimum)}. ${because}`
                    });
                }
            }
        };
    }
});

/** The value from which a Scottish authority must consider community benefit requirements, VAT excluded (2014 Act s25, s5(1)). */
const COMMUNITY_BENEFITS_FROM = moneyOf('£4,000,000')!;

/**
 * The Scottish duties (domain.md section 8), never PPN 002: the sustainable procurement duty, and
 * from £4,000,000 (excluding VAT; the VAT-inclusive value when that is all there is) community benefit requirements.
 */
function scottishDuties(tender: Tender): string {
    const value = moneyOf(tender.value?.excludingVat) ?? moneyOf(tender.value?.amount);
    const comparison = value && compareMoney(value, COMMUNITY_BENEFITS_FROM);
    return comparison !== undefined && comparison >= 0
        ? 'In Scotland: the sustainable procurement duty and community benefits (Procurement Reform (Scotland) Act 2014 s9, s25).'
        : 'In Scotland: the sustainable procurement duty (Procurement Reform (Scotland) Act 2014 s9).';
}
