/**
 * The relations the invitation to tender may assert, worked out from the resolved tender. A
 * template writes a sentence that claims a relation ("the value covers the extensions", "the
 * timetable allows the formation period") only when the function here says the model shows it;
 * otherwise it states the facts plainly. Templates reach these through helpers of the same name
 * (`{{#if (eq (valueCoverage value contract) "whole-term")}}`).
 */
import type { ContractModel, DurationValueModel } from '../../model/tender-document.js';

/** Months are compared with a little slack: 5 years is 60 months, 260 weeks 59.8. */
const SLACK_MONTHS = 0.5;

/**
 * What the estimated value covers:
 * - `whole-term`: it is estimated over at least the initial term plus every extension;
 * - `no-extension`: the contract has no extension and the value covers its term;
 * - `short`: it is estimated over less than the whole possible term (the sentence must say so);
 * - `unknown`: the value has no term or the contract no duration, so nothing can be claimed.
 */
export type ValueCoverage = 'whole-term' | 'no-extension' | 'short' | 'unknown';

export function valueCoverage(value: { readonly term: DurationValueModel | null } | null, contract: ContractModel | null): ValueCoverage {
    const term = value?.term;
    const duration = contract?.duration;
    if (!term || !duration) return 'unknown';
    const whole = duration.months + (contract.extension?.months ?? 0);
    if (term.months + SLACK_MONTHS < whole) return 'short';
    return contract.extension ? 'whole-term' : 'no-extension';
}

/**
 * Whether the time consortia are expected to need to form fits in the tendering period
 * (publication to the bid deadline): `fits`, `short`, or `unknown` when either is missing.
 */
export type FormationFit = 'fits' | 'short' | 'unknown';

export function formationFit(formationPeriod: DurationValueModel | null, tenderingPeriodDays: number | null): FormationFit {
    if (!formationPeriod || tenderingPeriodDays === null || tenderingPeriodDays === undefined) return 'unknown';
    return formationPeriod.days <= tenderingPeriodDays + 1e-9 ? 'fits' : 'short';
}

/** Whether every item of a list has a non-empty value for `field` (an empty list: false). */
export function everyHas(items: unknown, field: string): boolean {
    if (!Array.isArray(items) || items.length === 0) return false;
    return items.every(item => {
        if (item === null || typeof item !== 'object') return false;
        const value = (item as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
    });
}

/** Whether any item of a list has a non-empty value for `field`. */
export function someHas(items: unknown, field: string): boolean {
    if (!Array.isArray(items)) return false;
    return items.some(item => {
        if (item === null || typeof item !== 'object') return false;
        const value = (item as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
    });
}
