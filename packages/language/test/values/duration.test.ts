import { describe, expect, test } from 'vitest';
import { durationInDays, durationInMonths, durationUnit, formatDuration, horizonOf, OUTCOME_HORIZONS, parseDuration } from '../../src/values/duration.js';
import type { DurationValue } from '../../src/values/duration.js';

const d = (text: string): DurationValue => {
    const parsed = parseDuration(text);
    if (!parsed) throw new Error(`not a duration: ${text}`);
    return parsed;
};

describe('durations', () => {
    test('singular and plural units are the same unit', () => {
        expect(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'].map(durationUnit))
            .toEqual(['day', 'day', 'week', 'week', 'month', 'month', 'year', 'year']);
        expect(durationUnit('fortnight')).toBeUndefined();
        expect(durationUnit(undefined)).toBeUndefined();
        expect(durationUnit('Years')).toBeUndefined();
    });

    test('parseDuration reads the text form', () => {
        expect(parseDuration('1 year')).toEqual({ amount: 1, unit: 'year' });
        expect(parseDuration('2 years')).toEqual({ amount: 2, unit: 'year' });
        expect(parseDuration('6 weeks')).toEqual({ amount: 6, unit: 'week' });
        expect(parseDuration(' 1.5 months ')).toEqual({ amount: 1.5, unit: 'month' });
        expect(parseDuration('6weeks')).toBeUndefined();
        expect(parseDuration('six weeks')).toBeUndefined();
        expect(parseDuration('6 fortnights')).toBeUndefined();
        expect(parseDuration('')).toBeUndefined();
    });

    test('days: weeks exactly, months and years by their average length', () => {
        expect(durationInDays(d('6 weeks'))).toBe(42);
        expect(durationInDays(d('10 days'))).toBe(10);
        expect(durationInDays(d('1 year'))).toBe(365.25);
        expect(durationInDays(d('4 years'))).toBe(1461);
        expect(durationInDays(d('12 months'))).toBeCloseTo(365.25, 10);
    });

    test('months: years and months exactly, days and weeks by the average month', () => {
        expect(durationInMonths(d('1 year'))).toBe(12);
        expect(durationInMonths(d('2 years'))).toBe(24);
        expect(durationInMonths(d('18 months'))).toBe(18);
        expect(durationInMonths(d('26 weeks'))).toBeCloseTo(5.98, 2);
        expect(durationInMonths(d('365.25 days'))).toBeCloseTo(12, 10);
    });

    test('formatDuration writes the singular only for one', () => {
        expect(formatDuration(d('1 year'))).toBe('1 year');
        expect(formatDuration(d('2 years'))).toBe('2 years');
        expect(formatDuration(d('6 weeks'))).toBe('6 weeks');
        expect(formatDuration(d('1.5 months'))).toBe('1.5 months');
        expect(formatDuration(d('0 days'))).toBe('0 days');
        expect(formatDuration(d('1 day'))).toBe('1 day');
    });
});

describe('outcome horizons', () => {
    test('are 6 months, 2 years and 5 years, in order', () => {
        expect(OUTCOME_HORIZONS.map(h => h.label)).toEqual(['6 months', '2 years', '5 years']);
        expect(OUTCOME_HORIZONS.map(h => durationInMonths(h.duration))).toEqual(OUTCOME_HORIZONS.map(h => h.months));
    });

    test.each([
        ['6 months', '6 months'],
        ['26 weeks', '6 months'],
        ['182 days', '6 months'],
        ['0.5 years', '6 months'],
        ['2 years', '2 years'],
        ['24 months', '2 years'],
        ['104 weeks', '2 years'],
        ['5 years', '5 years'],
        ['60 months', '5 years'],
        ['260 weeks', '5 years']
    ])('%s is the %s horizon', (text, label) => {
        expect(horizonOf(d(text))?.label).toBe(label);
    });

    test.each(['1 year', '6 weeks', '3 months', '5 months', '7 months', '3 years', '52 weeks', '10 years', '0 days'])
    ('%s is no horizon', (text) => {
        expect(horizonOf(d(text))).toBeUndefined();
    });
});
