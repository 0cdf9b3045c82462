import { describe, expect, test } from 'vitest';
import { formatPercent, parsePercent } from '../../src/values/percent.js';

describe('percentages', () => {
    test('parsePercent reads whole and decimal percentages', () => {
        expect(parsePercent('12.5%')).toBe(12.5);
        expect(parsePercent('15%')).toBe(15);
        expect(parsePercent('0%')).toBe(0);
        expect(parsePercent('100%')).toBe(100);
        expect(parsePercent(' 7% ')).toBe(7);
    });

    test('parsePercent refuses what is not a percentage', () => {
        for (const text of ['12.5', '%', '12.5 %', '-5%', '.5%', '5.%', 'five%', '']) {
            expect(parsePercent(text), text).toBeUndefined();
        }
    });

    test('formatPercent writes at most two decimals and no trailing zeros', () => {
        expect(formatPercent(12.5)).toBe('12.5%');
        expect(formatPercent(95)).toBe('95%');
        expect(formatPercent(33.333333)).toBe('33.33%');
        expect(formatPercent(66.666666)).toBe('66.67%');
        expect(formatPercent(0.1 + 0.2)).toBe('0.3%');
        expect(formatPercent(100.0)).toBe('100%');
    });

    test('what formatPercent writes, parsePercent reads back', () => {
        for (const value of [0, 5, 12.5, 33.33, 99.99, 100]) {
            expect(parsePercent(formatPercent(value))).toBe(value);
        }
    });
});
