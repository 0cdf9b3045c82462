/**
 * The contracts a tender awards and their terms, as the law counts them. Each lot is its own
 * contract (or, in a tender with a `framework-agreement`, a framework lot unless it says
 * `kind contract`); a lot takes from the tender's `contract { ... }` what its own does not say,
 * property by property, its `payment` lines as one group (docs/language.md, *What a lot takes from
 * the tender*). A term counts every option to extend at its longest, conditional or not, because
 * the estimated value counts every option to extend or renew (PA Sch 3 para 1(2)(c)).
 */
import type { Contract, Duration, Extension, Lot, Payment, Tender } from '../generated/ast.js';
import type { DurationValue } from '../values/duration.js';
import { durationInMonths, durationUnit } from '../values/duration.js';

/** A duration as written, or undefined while it is being typed. */
export function durationValue(duration: Duration | undefined): DurationValue | undefined {
    if (!duration || typeof duration.amount !== 'number' || !Number.isFinite(duration.amount)) {
        return undefined;
    }
    const unit = durationUnit(duration.unit);
    return unit ? { amount: duration.amount, unit } : undefined;
}

/** The longest the extensions may add, in months: `up-to` at its length, successive extensions added up. */
export function extensionMonths(extension: Extension | undefined): number | undefined {
    if (!extension) {
        return 0;
    }
    if (extension.upTo) {
        const upTo = durationValue(extension.upTo);
        return upTo && durationInMonths(upTo);
    }
    let total = 0;
    for (const period of extension.periods) {
        const value = durationValue(period);
        if (!value) return undefined;
        total += durationInMonths(value);
    }
    return total;
}

/** The contract terms that apply to a lot, or to the tender itself. */
export interface EffectiveContract {
    /** The lot, or undefined for the tender's own contract. */
    readonly lot: Lot | undefined;
    readonly duration: Duration | undefined;
    readonly extension: Extension | undefined;
    readonly payments: readonly Payment[];
    /** The block the duration comes from (the lot's own or the tender's), for placing findings. */
    readonly durationFrom: Contract | undefined;
    readonly extensionFrom: Contract | undefined;
}

/** A lot's contract terms, each taken from its own `contract` block or else the tender's. */
export function effectiveContract(tender: Tender, lot?: Lot): EffectiveContract {
    const own = lot?.contract;
    const base = tender.contract;
    const durationFrom = own?.duration ? own : base?.duration ? base : undefined;
    const extensionFrom = own?.extension ? own : base?.extension ? base : undefined;
    const payments = own && own.payments.length > 0 ? own.payments : base?.payments ?? [];
    return {
        lot,
        duration: durationFrom?.duration,
        extension: extensionFrom?.extension,
        payments,
        durationFrom,
        extensionFrom
    };
}

/** The whole possible term in months, extensions included; undefined without a readable duration. */
export function termMonths(contract: EffectiveContract): number | undefined {
    const duration = durationValue(contract.duration);
    const extension = extensionMonths(contract.extension);
    if (!duration || extension === undefined) {
        return undefined;
    }
    return durationInMonths(duration) + extension;
}

/** Whether a lot is a framework lot: in a tender with a `framework-agreement`, unless it says `kind contract`. */
export function isFrameworkLot(tender: Tender, lot: Lot): boolean {
    if (lot.kind === 'framework') {
        return true;
    }
    return tender.frameworkAgreement !== undefined && lot.kind !== 'contract';
}

/**
 * The tender's whole possible term: the longest of its own contract's and each lot's effective
 * term (docs/language.md, value-term). Undefined when none of them is readable.
 */
export function wholeTermMonths(tender: Tender): number | undefined {
    const terms = [termMonths(effectiveContract(tender)), ...tender.lots.map(lot => termMonths(effectiveContract(tender, lot)))]
        .filter((months): months is number => months !== undefined);
    return terms.length > 0 ? Math.max(...terms) : undefined;
}

/** `5 years`, `4 years 6 months`, `18 months`, for messages. */
export function formatMonths(months: number): string {
    const whole = Math.round(months * 10) / 10;
    if (Number.isInteger(whole) && whole % 12 === 0) {
        return `${whole / 12} year${whole === 12 ? '' : 's'}`;
    }
    if (Number.isInteger(whole) && whole > 12) {
        const years = Math.floor(whole / 12);
        const rest = whole - years * 12;
        return `${years} year${years === 1 ? '' : 's'} ${rest} month${rest === 1 ? '' : 's'}`;
    }
    return `${whole} month${whole === 1 ? '' : 's'}`;
}
