/**
 * The one list of lint rules. Adding a rule: its module here, `docs/rules/<id>.md`, and
 * `packages/language/test/lint/rules/<id>.test.ts`; the catalogue test checks all three.
 */
import type { Rule } from '../define-rule.js';
import missingWeighting from './missing-weighting.js';
import weightsSum from './weights-sum.js';
import unmeasurableOutcome from './unmeasurable-outcome.js';
import outcomeHorizons from './outcome-horizons.js';
import outcomeBaseline from './outcome-baseline.js';
import serviceLevelOutcome from './service-level-outcome.js';
import unservedOutcome from './unserved-outcome.js';
import orphanService from './orphan-service.js';
import unmetNeed from './unmet-need.js';
import cohortAssets from './cohort-assets.js';
import noServiceUserEngagement from './no-service-user-engagement.js';
import engagementLevel from './engagement-level.js';
import noMarketEngagement from './no-market-engagement.js';
import timelineOrder from './timeline-order.js';
import bidWindow from './bid-window.js';
import belowThreshold from './below-threshold.js';
import providerSelectionRegime from './provider-selection-regime.js';
import noLeadOrganisation from './no-lead-organisation.js';
import bidCandy from './bid-candy.js';
import contractReview from './contract-review.js';
import riskMitigation from './risk-mitigation.js';
import subweightsSum from './subweights-sum.js';
import socialValueWeighting from './social-value-weighting.js';
import priceDominates from './price-dominates.js';
import socialValueUndefined from './social-value-undefined.js';
import criterionNotLinked from './criterion-not-linked.js';
import unsplitLots from './unsplit-lots.js';
import lotValuesSum from './lot-values-sum.js';
import smallLotGrant from './small-lot-grant.js';
import serviceNotInLot from './service-not-in-lot.js';
import lotBeyondLocalMarket from './lot-beyond-local-market.js';
import turnoverCap from './turnover-cap.js';
import socialValueBurden from './social-value-burden.js';
import fundingMismatch from './funding-mismatch.js';
import vagueLanguage from './vague-language.js';
import unmeasurableRequirement from './unmeasurable-requirement.js';
import noticeIncomplete from './notice-incomplete.js';
import marketEngagementNotice from './market-engagement-notice.js';
import valueTerm from './value-term.js';
import kpiDuty from './kpi-duty.js';
import frameworkTerm from './framework-term.js';
import reservedContract from './reserved-contract.js';
import assessmentMethod from './assessment-method.js';
import paymentSum from './payment-sum.js';
import unmeasurableKpi from './unmeasurable-kpi.js';

export const rules: readonly Rule[] = [
    missingWeighting,
    weightsSum,
    unmeasurableOutcome,
    outcomeHorizons,
    outcomeBaseline,
    serviceLevelOutcome,
    unservedOutcome,
    orphanService,
    unmetNeed,
    cohortAssets,
    noServiceUserEngagement,
    engagementLevel,
    noMarketEngagement,
    timelineOrder,
    bidWindow,
    belowThreshold,
    providerSelectionRegime,
    noLeadOrganisation,
    bidCandy,
    contractReview,
    riskMitigation,
    subweightsSum,
    socialValueWeighting,
    priceDominates,
    socialValueUndefined,
    criterionNotLinked,
    unsplitLots,
    lotValuesSum,
    smallLotGrant,
    serviceNotInLot,
    lotBeyondLocalMarket,
    turnoverCap,
    socialValueBurden,
    fundingMismatch,
    vagueLanguage,
    unmeasurableRequirement,
    noticeIncomplete,
    marketEngagementNotice,
    valueTerm,
    kpiDuty,
    frameworkTerm,
    reservedContract,
    assessmentMethod,
    paymentSum,
    unmeasurableKpi
];

export const ruleIds: readonly string[] = rules.map(r => r.meta.id);

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map(r => [r.meta.id, r]));
