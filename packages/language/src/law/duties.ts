/**
 * Duties that follow from a tender's facts (docs/domain.md 12.4), each with the text of the
 * Procurement Act 2023 it comes from (read as revised on legislation.gov.uk, mirrored in
 * legalize-dev/legalize-uk `uk/ukpga-2023-54.md`): key performance indicators (s52), the maximum
 * term of a framework (s47) and what the estimated value counts (s4, Sch 3, s123(2)).
 */
import type { Money } from '../values/money.js';

const PA = 'Procurement Act 2023';

/**
 * s52(1): before entering into a public contract with an estimated value of **more than** £5
 * million, set at least three KPIs; s52(2): unless performance could not appropriately be assessed
 * by KPIs; s52(3): publish them; s52(4): about the supplier's performance; s52(6): not for a
 * framework, a private utility's utilities contract, a concession or a light touch contract.
 */
export const KPI_DUTY = {
    threshold: { minor: 5_000_000 * 100, currency: 'GBP' } as Money,
    minimum: 3,
    source: `${PA} s52(1)`,
    exception: `${PA} s52(2)`,
    publication: `${PA} s52(3)`,
    meaning: `${PA} s52(4)`,
    exemptions: {
        framework: `${PA} s52(6)(a)`,
        privateUtility: `${PA} s52(6)(b)`,
        lightTouch: `${PA} s52(6)(d)`
    }
} as const;

/**
 * s47(1): a framework's term may not exceed 4 years (8 for a defence and security or utilities
 * framework); s47(2)–(3): unless the authority considers a longer term is required, and then it
 * gives its reasons in the tender or transparency notice; s47(5): not for an open framework, a
 * private utility's framework or a light touch framework.
 */
export const FRAMEWORK_TERM = {
    years: 4,
    utilitiesYears: 8,
    source: `${PA} s47(1)`,
    longerTerm: `${PA} s47(2)–(3)`,
    exemptions: {
        open: `${PA} s47(5)(a)`,
        privateUtility: `${PA} s47(5)(b)`,
        lightTouch: `${PA} s47(5)(c)`
    }
} as const;

/**
 * What the estimated value must cover: every amount payable over the whole term, options to extend
 * or renew included [Sch 3 para 1(2)(c)], VAT included [s123(2)]; a framework is valued as the sum
 * of the contracts expected to be awarded under it [Sch 3 para 2].
 */
export const ESTIMATED_VALUE = {
    wholeTerm: 'the whole term, every option to extend or renew included',
    wholeTermSource: `${PA} Sch 3 para 1(2)(c)`,
    vat: 'VAT included',
    vatSource: `${PA} s123(2)`,
    framework: 'the sum of the contracts expected to be awarded under it',
    frameworkSource: `${PA} Sch 3 para 2`,
    /** Periods are compared in months with half a month's tolerance (docs/language.md, value-term). */
    toleranceMonths: 0.5
} as const;

/** Preliminary market engagement: a UK2 notice, or reasons in the tender notice [s17(1)]; not private utilities [s17(3)]. */
export const MARKET_ENGAGEMENT_NOTICE = {
    notice: 'preliminary market engagement notice',
    form: 'UK2',
    source: `${PA} s17(1)`,
    reasonsSource: `${PA} s17(1)(b)`,
    privateUtility: `${PA} s17(3)`
} as const;

/** How tenders are assessed: the assessment method and whether failing a criterion disqualifies [s23(3)(a)]. */
export const ASSESSMENT_METHOD = {
    source: `${PA} s23(3)(a)`,
    weightsSource: `${PA} s23(3)(b)`
} as const;
