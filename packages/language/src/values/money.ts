/**
 * Money: the one place that reads and writes amounts such as `£2,400,000`, `£2.4m`, `€950k`.
 * Amounts are held as integer minor units (pence, cents) with an ISO 4217 currency code.
 */
import { echoed } from './text.js';

export type Currency = 'GBP' | 'EUR' | 'USD';

export interface Money {
    /** Integer minor units (pence, cents). */
    readonly minor: number;
    readonly currency: Currency;
}

export type MoneyParse =
    | { readonly ok: true; readonly money: Money; readonly roundedFromFraction: boolean }
    | { readonly ok: false; readonly message: string };

const SIGNS: Record<string, Currency> = { '£': 'GBP', '€': 'EUR', '$': 'USD' };
const SYMBOLS: Record<Currency, string> = { GBP: '£', EUR: '€', USD: '$' };
const SUFFIX_EXPONENT: Record<string, number> = { '': 0, k: 3, m: 6, bn: 9 };
const MONEY_PATTERN = /^([£€$])((?:\d{1,3}(?:,\d{3})+)|\d+)(?:\.(\d+))?(bn|k|m)?$/;

/**
 * Reads a money token. Never throws: absurd amounts come back as `ok: false` with a message.
 * Work is bounded whatever the token's length: an amount with more whole digits than a safe
 * integer holds is too large without being built, and fraction digits past the next one after
 * pennies only say that the amount was rounded.
 */
export function parseMoney(text: string): MoneyParse {
    const match = MONEY_PATTERN.exec(text.trim());
    if (!match) {
        return { ok: false, message: `'${echoed(text)}' is not an amount of money: write it as £2,400,000, £2.4m or €950k.` };
    }
    const [, sign, whole, allFraction = '', suffix = ''] = match;
    const exponent = SUFFIX_EXPONENT[suffix] + 2; // to minor units
    const wholeDigits = whole.replace(/,/g, '').replace(/^0+(?=\d)/, '');
    if (wholeDigits !== '0' && wholeDigits.length + exponent > 16) {
        return { ok: false, message: `${echoed(text)} is too large an amount to work with.` };
    }
    const fraction = allFraction.slice(0, exponent + 1);
    const digits = wholeDigits + fraction;
    const shift = exponent - fraction.length;
    let minorBig: bigint;
    let rounded = /[1-9]/.test(allFraction.slice(exponent + 1));
    if (shift >= 0) {
        minorBig = BigInt(digits) * 10n ** BigInt(shift);
    } else {
        const divisor = 10n ** BigInt(-shift);
        const value = BigInt(digits);
        minorBig = value / divisor;
        const remainder = value % divisor;
        if (remainder !== 0n) {
            rounded = true;
            if (remainder * 2n >= divisor) {
                minorBig += 1n;
            }
        }
    }
    if (minorBig > BigInt(Number.MAX_SAFE_INTEGER)) {
        return { ok: false, message: `${echoed(text)} is too large an amount to work with.` };
    }
    return { ok: true, money: { minor: Number(minorBig), currency: SIGNS[sign] }, roundedFromFraction: rounded };
}

/** The amount of a money token, or undefined when it cannot be read. */
export function moneyOf(text: string | undefined): Money | undefined {
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseMoney(text);
    return parsed.ok ? parsed.money : undefined;
}

/** `£2,400,000` or `£2,400,000.50`: whole units with thousands separators, pence only when there are any. */
export function formatMoney(money: Money): string {
    const negative = money.minor < 0;
    const abs = Math.abs(money.minor);
    const whole = Math.floor(abs / 100);
    const minor = abs % 100;
    const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const pence = minor === 0 ? '' : `.${minor.toString().padStart(2, '0')}`;
    return `${negative ? '-' : ''}${SYMBOLS[money.currency]}${grouped}${pence}`;
}

export function currencySymbol(currency: Currency): string {
    return SYMBOLS[currency];
}

/** Sum of amounts in one currency; undefined when the list is empty or mixes currencies. */
export function sumMoney(amounts: readonly Money[]): Money | undefined {
    if (amounts.length === 0) {
        return undefined;
    }
    const currency = amounts[0].currency;
    let minor = 0;
    for (const amount of amounts) {
        if (amount.currency !== currency) {
            return undefined;
        }
        minor += amount.minor;
    }
    return { minor, currency };
}

/** Share of `part` in `whole` as a percentage (0..100+), or undefined when it cannot be computed. */
export function shareOf(part: Money, whole: Money): number | undefined {
    if (part.currency !== whole.currency || whole.minor === 0) {
        return undefined;
    }
    return (part.minor / whole.minor) * 100;
}
