import type { Assessment, AwardCriteria, Criterion, SubCriterion } from '../../generated/ast.js';
import { isLot } from '../../generated/ast.js';
import { ASSESSMENT_METHOD } from '../../law/duties.js';
import { defineRule } from '../define-rule.js';
import { tenderOf } from '../tender-facts.js';

/** Award criteria that do not say how tenders are assessed. */
export default defineRule({
    meta: {
        id: 'assessment-method',
        severity: 'warning',
        category: 'award-criteria',
        absence: 'node',
        description: 'Award criteria do not describe how tenders are assessed (an assessment), or do not say whether failing a criterion disqualifies; or a pass-mark is outside the scale.',
        source: 'Procurement Act 2023 s23(3)(a): the authority must describe how tenders will be assessed against the award criteria and say whether failing to meet a criterion disqualifies a tender (domain.md 5.2); a marking scale and a price formula are good practice (Guidance: Assessing Competitive Tenders).'
    },
    create(context) {
        return {
            AwardCriteria(block: AwardCriteria) {
                if (block.criteria.length === 0) {
                    return; // nothing to assess yet
                }
                // A lot's own criteria without an assessment take the tender's.
                const tender = tenderOf(block);
                const inherited = isLot(block.$container) ? tender?.awardCriteria?.assessment : undefined;
                const assessment = block.assessment ?? inherited;
                const scored = [...block.criteria, ...block.criteria.flatMap(c => c.subCriteria)];
                const passMarks = scored.filter(c => c.passMark !== undefined);
                if (!assessment) {
                    context.report({
                        node: block,
                        keyword: 'award-criteria',
                        message: `The award criteria do not say how tenders are assessed: add assessment { scale 0 to 5; mark ...; price "..." }, and pass-mark or no-pass-marks (${ASSESSMENT_METHOD.source}).`
                    });
                    return;
                }
                const own = block.assessment !== undefined;
                if (passMarks.length === 0 && !assessment.noPassMarks) {
                    context.report({
                        node: own ? assessment : block,
                        keyword: own ? 'assessment' : 'award-criteria',
                        message: `The assessment does not say whether failing a criterion disqualifies a tender: give a pass-mark on the criteria that do, or no-pass-marks (${ASSESSMENT_METHOD.source}).`
                    });
                }
                const scale = scaleOf(assessment);
                if (scale) {
                    for (const criterion of passMarks) {
                        const mark = criterion.passMark!;
                        if (mark < scale.from || mark > scale.to) {
                            context.report({
                                node: criterion as Criterion | SubCriterion,
                                property: 'passMark',
                                message: `Pass mark ${mark} is outside the marking scale ${scale.from} to ${scale.to}: no tender could ${mark > scale.to ? 'reach' : 'fail'} it. Use a mark on the scale.`
                            });
                        }
                    }
                }
                if (!own) {
                    return;
                }
                const practice: string[] = [];
                if (!scale) practice.push('no marking scale (scale 0 to 5, with mark lines)');
                if (block.criteria.some(c => c.kind === 'price') && (assessment.price === undefined || assessment.price.trim() === '')) {
                    practice.push('no price method (price "...")');
                }
                if (practice.length > 0) {
                    context.report({
                        node: assessment,
                        keyword: 'assessment',
                        message: `The assessment has ${practice.join(' and ')}. Add it: this is good practice, not law, and lets bidders see how they will be marked.`
                    });
                }
            }
        };
    }
});

function scaleOf(assessment: Assessment): { from: number; to: number } | undefined {
    const { scaleFrom, scaleTo } = assessment;
    if (typeof scaleFrom !== 'number' || typeof scaleTo !== 'number' || !(scaleFrom < scaleTo)) {
        return undefined;
    }
    return { from: scaleFrom, to: scaleTo };
}
