import { describe, expect, test } from 'vitest';
import { currencySymbol, formatMoney, moneyOf, parseMoney, shareOf, sumMoney } from '../../src/values/money.js';

function minor(text: string): number {
    const parsed = parseMoney(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.money.minor;
}

describe('parseMoney', () => {
    test.each([
        ['£2.4m', 240_000_000, 'GBP'],
        ['£950k', 95_000_000, 'GBP'],
        ['€1,000,000.50', 100_000_050, 'EUR'],
        ['$3bn', 300_000_000_000, 'USD'],
        ['£2,400,000', 240_000_000, 'GBP'],
        ['£2400000', 240_000_000, 'GBP'],
        ['£0', 0, 'GBP'],
        ['£0.01', 1, 'GBP'],
        ['€950k', 95_000_000, 'EUR'],
        ['£1.25bn', 125_000_000_000, 'GBP'],
        ['£12,345.6', 1_234_560, 'GBP'],
        ['£0.5k', 50_000, 'GBP']
    ] as const)('%s is %d minor units of %s', (text, expected, currency) => {
        const parsed = parseMoney(text);
        expect(parsed).toEqual({ ok: true, money: { minor: expected, currency }, roundedFromFraction: false });
    });

    test('fractions of a penny are rounded half up and flagged', () => {
        expect(parseMoney('£1.005')).toEqual({ ok: true, money: { minor: 101, currency: 'GBP' }, roundedFromFraction: true });
        expect(parseMoney('£1.004')).toEqual({ ok: true, money: { minor: 100, currency: 'GBP' }, roundedFromFraction: true });
        expect(parseMoney('£1.0049999')).toMatchObject({ ok: true, money: { minor: 100 }, roundedFromFraction: true });
        // trailing zeros beyond the penny are exact, not rounded
        expect(parseMoney('£1.500')).toEqual({ ok: true, money: { minor: 150, currency: 'GBP' }, roundedFromFraction: false });
        // with a suffix, three decimals of a thousand are whole pounds
        expect(parseMoney('£2.125k')).toEqual({ ok: true, money: { minor: 212_500, currency: 'GBP' }, roundedFromFraction: false });
        expect(parseMoney('£2.1234567m')).toMatchObject({ ok: true, money: { minor: 212_345_670 }, roundedFromFraction: false });
        expect(parseMoney('£2.123456789m')).toMatchObject({ ok: true, money: { minor: 212_345_679 }, roundedFromFraction: true });
    });

    test.each(['£1,00', '£1,0000', '£,100', '£1,000,00', '£12,34,567', '2,400,000', '£', '£1.', '£1m2', '£1 m', '£-5', '¥100', '£1M', '£1K', ''])
    ('%j is not an amount, with a message saying how to write one', (text) => {
        const parsed = parseMoney(text);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.message).toMatch(/£2,400,000/);
    });

    test('absurdly large amounts are reported, not lost to floating point', () => {
        for (const text of ['£99999999999999999999bn', '£90072000000000', '$100000000000000000000000000000000']) {
            const parsed = parseMoney(text);
            expect(parsed.ok, text).toBe(false);
            if (!parsed.ok) expect(parsed.message).toContain('too large');
        }
        // the largest amount held exactly
        expect(minor('£90,071,992,547,409.91')).toBe(Number.MAX_SAFE_INTEGER);
        expect(parseMoney('£90,071,992,547,409.92').ok).toBe(false);
    });

    test('a very long amount does not hang', () => {
        const started = performance.now();
        expect(parseMoney(`£${'9'.repeat(100_000)}`).ok).toBe(false);
        expect(parseMoney(`£1.${'0'.repeat(100_000)}1`)).toMatchObject({ ok: true, money: { minor: 100 }, roundedFromFraction: true });
        expect(performance.now() - started).toBeLessThan(2_000);
    });

    test('surrounding spaces are ignored', () => {
        expect(minor(' £5 ')).toBe(500);
    });
});

describe('moneyOf', () => {
    test('reads what it can and gives undefined otherwise', () => {
        expect(moneyOf('£2.4m')).toEqual({ minor: 240_000_000, currency: 'GBP' });
        expect(moneyOf(undefined)).toBeUndefined();
        expect(moneyOf('£1,00')).toBeUndefined();
        expect(moneyOf('£99999999999999999999bn')).toBeUndefined();
    });
});

describe('formatMoney', () => {
    test.each([
        [{ minor: 240_000_000, currency: 'GBP' }, '£2,400,000'],
        [{ minor: 100_000_050, currency: 'EUR' }, '€1,000,000.50'],
        [{ minor: 300_000_000_000, currency: 'USD' }, '$3,000,000,000'],
        [{ minor: 5, currency: 'GBP' }, '£0.05'],
        [{ minor: 0, currency: 'GBP' }, '£0'],
        [{ minor: 99_999, currency: 'GBP' }, '£999.99'],
        [{ minor: -150_000, currency: 'GBP' }, '-£1,500']
    ] as const)('%j is written %s', (money, text) => {
        expect(formatMoney(money)).toBe(text);
    });

    test('what it writes reads back as the same amount', () => {
        for (const minorUnits of [0, 1, 99, 100, 123_456_789, 100_000_050, Number.MAX_SAFE_INTEGER]) {
            const money = { minor: minorUnits, currency: 'EUR' } as const;
            expect(moneyOf(formatMoney(money))).toEqual(money);
        }
    });

    test('currency symbols', () => {
        expect([currencySymbol('GBP'), currencySymbol('EUR'), currencySymbol('USD')]).toEqual(['£', '€', '$']);
    });
});

describe('sumMoney and shareOf', () => {
    test('sums amounts of one currency exactly', () => {
        // 0.1 + 0.2 in pounds would not be exact in floating point; in pence it is
        expect(sumMoney([moneyOf('£0.10')!, moneyOf('£0.20')!])).toEqual({ minor: 30, currency: 'GBP' });
        expect(sumMoney([moneyOf('£1.1m')!, moneyOf('£800k')!, moneyOf('£500,000')!])).toEqual(moneyOf('£2.4m'));
    });

    test('an empty list or mixed currencies give undefined', () => {
        expect(sumMoney([])).toBeUndefined();
        expect(sumMoney([moneyOf('£1')!, moneyOf('€1')!])).toBeUndefined();
    });

    test('share of a whole as a percentage', () => {
        expect(shareOf(moneyOf('£600k')!, moneyOf('£2.4m')!)).toBe(25);
        expect(shareOf(moneyOf('£1')!, moneyOf('€4')!)).toBeUndefined();
        expect(shareOf(moneyOf('£1')!, moneyOf('£0')!)).toBeUndefined();
    });
});
