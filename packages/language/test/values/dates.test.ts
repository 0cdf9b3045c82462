import { describe, expect, test } from 'vitest';
import {
    addDays, addMonths, compareDates, dateOf, daysBetween, daysInMonth, displayDate, fromDayNumber, isLeapYear,
    isoDate, longDate, parseDate, toDayNumber, weekday
} from '../../src/values/dates.js';
import type { CalendarDate } from '../../src/values/dates.js';

const date = (text: string): CalendarDate => {
    const parsed = parseDate(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.date;
};

describe('parseDate', () => {
    test('reads an ISO date', () => {
        expect(parseDate('2027-03-01')).toEqual({ ok: true, date: { year: 2027, month: 3, day: 1 } });
        expect(parseDate('2027-12-31')).toEqual({ ok: true, date: { year: 2027, month: 12, day: 31 } });
    });

    test('a leap day exists only in a leap year', () => {
        expect(parseDate('2028-02-29')).toEqual({ ok: true, date: { year: 2028, month: 2, day: 29 } });
        expect(parseDate('2000-02-29').ok).toBe(true);
        expect(parseDate('2027-02-29')).toEqual({ ok: false, message: '2027-02-29 is not a date: February 2027 has 28 days.' });
        expect(parseDate('2100-02-29')).toEqual({ ok: false, message: '2100-02-29 is not a date: February 2100 has 28 days.' });
        expect(parseDate('2027-02-30')).toEqual({ ok: false, message: '2027-02-30 is not a date: February 2027 has 28 days.' });
        expect(parseDate('2028-02-30')).toEqual({ ok: false, message: '2028-02-30 is not a date: February 2028 has 29 days.' });
    });

    test('impossible months and days say what is wrong', () => {
        expect(parseDate('2027-13-01')).toEqual({ ok: false, message: '2027-13-01 is not a date: there is no month 13.' });
        expect(parseDate('2027-00-10')).toEqual({ ok: false, message: '2027-00-10 is not a date: there is no month 0.' });
        expect(parseDate('2027-04-31')).toEqual({ ok: false, message: '2027-04-31 is not a date: April 2027 has 30 days.' });
        expect(parseDate('2027-01-00')).toEqual({ ok: false, message: '2027-01-00 is not a date: January 2027 has 31 days.' });
        expect(parseDate('9999-99-99')).toEqual({ ok: false, message: '9999-99-99 is not a date: there is no month 99.' });
        expect(parseDate('0000-01-01')).toEqual({ ok: false, message: '0000-01-01 is not a date: there is no year 0.' });
    });

    test('other shapes are refused with the expected form', () => {
        for (const text of ['1/3/2027', '2027-3-1', '27-03-01', '2027-03-01T00:00', '', 'soon']) {
            const parsed = parseDate(text);
            expect(parsed.ok, text).toBe(false);
            if (!parsed.ok) expect(parsed.message).toContain('YYYY-MM-DD');
        }
    });

    test('dateOf gives undefined for anything it cannot read', () => {
        expect(dateOf('2027-03-01')).toEqual({ year: 2027, month: 3, day: 1 });
        expect(dateOf('2027-02-30')).toBeUndefined();
        expect(dateOf(undefined)).toBeUndefined();
    });
});

describe('calendar arithmetic', () => {
    test('leap years', () => {
        expect([2024, 2027, 2028, 1900, 2000, 2100].map(isLeapYear)).toEqual([true, false, true, false, true, false]);
        expect(daysInMonth(2028, 2)).toBe(29);
        expect(daysInMonth(2027, 2)).toBe(28);
        expect(daysInMonth(2027, 12)).toBe(31);
    });

    test('day numbers count from 1970-01-01 and round-trip', () => {
        expect(toDayNumber(date('1970-01-01'))).toBe(0);
        expect(toDayNumber(date('1969-12-31'))).toBe(-1);
        for (const text of ['0001-01-01', '0099-12-31', '1900-03-01', '2028-02-29', '9999-12-31']) {
            expect(isoDate(fromDayNumber(toDayNumber(date(text))))).toBe(text);
        }
    });

    test('addDays across month, leap day and year ends', () => {
        expect(isoDate(addDays(date('2027-12-31'), 1))).toBe('2028-01-01');
        expect(isoDate(addDays(date('2028-01-01'), -1))).toBe('2027-12-31');
        expect(isoDate(addDays(date('2028-02-28'), 1))).toBe('2028-02-29');
        expect(isoDate(addDays(date('2027-02-28'), 1))).toBe('2027-03-01');
        expect(isoDate(addDays(date('2027-12-20'), 25))).toBe('2028-01-14');
        expect(isoDate(addDays(date('2027-03-01'), 365))).toBe('2028-02-29');
        expect(isoDate(addDays(date('2027-03-01'), 0))).toBe('2027-03-01');
    });

    test('daysBetween counts whole days, unaffected by daylight saving', () => {
        // British Summer Time starts on 28 March 2027 and ends on 31 October 2027
        expect(daysBetween(date('2027-03-27'), date('2027-03-29'))).toBe(2);
        expect(daysBetween(date('2027-10-30'), date('2027-11-01'))).toBe(2);
        expect(daysBetween(date('2027-03-01'), date('2027-03-26'))).toBe(25);
        expect(daysBetween(date('2027-01-01'), date('2028-01-01'))).toBe(365);
        expect(daysBetween(date('2028-01-01'), date('2029-01-01'))).toBe(366);
        expect(daysBetween(date('2027-04-19'), date('2027-03-01'))).toBe(-49);
    });

    test('addMonths clamps to the end of shorter months', () => {
        expect(isoDate(addMonths(date('2027-01-31'), 1))).toBe('2027-02-28');
        expect(isoDate(addMonths(date('2028-01-31'), 1))).toBe('2028-02-29');
        expect(isoDate(addMonths(date('2027-11-15'), 3))).toBe('2028-02-15');
        expect(isoDate(addMonths(date('2027-03-31'), -1))).toBe('2027-02-28');
        expect(isoDate(addMonths(date('2027-01-15'), -1))).toBe('2026-12-15');
        expect(isoDate(addMonths(date('2027-03-01'), 12))).toBe('2028-03-01');
        expect(isoDate(addMonths(date('2027-03-01'), -12))).toBe('2026-03-01');
    });

    test('compareDates orders dates', () => {
        expect(compareDates(date('2027-03-01'), date('2027-04-19'))).toBeLessThan(0);
        expect(compareDates(date('2027-04-19'), date('2027-03-01'))).toBeGreaterThan(0);
        expect(compareDates(date('2027-03-01'), date('2027-03-01'))).toBe(0);
    });

    test('weekday agrees with the calendar', () => {
        expect(weekday(date('2027-03-01'))).toBe('Monday');
        expect(weekday(date('1970-01-01'))).toBe('Thursday');
        expect(weekday(date('1969-12-31'))).toBe('Wednesday');
        expect(weekday(date('2028-02-29'))).toBe('Tuesday');
        expect(weekday(date('2000-01-01'))).toBe('Saturday');
        const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
        // every day over several years, checked against the platform's own calendar
        let day = date('2026-12-25');
        for (let i = 0; i < 1_500; i++, day = addDays(day, 1)) {
            expect(weekday(day)).toBe(names[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()]);
        }
    });

    test('written forms', () => {
        expect(isoDate({ year: 27, month: 3, day: 1 })).toBe('0027-03-01');
        expect(longDate(date('2027-03-01'))).toBe('Monday 1 March 2027');
        expect(displayDate(date('2027-04-19'))).toBe('19 April 2027');
    });
});
