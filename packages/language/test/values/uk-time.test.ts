import { describe, expect, test } from 'vitest';
import { END_OF_DAY, NOON, START_OF_DAY, ukDateTime, ukOffsetHours } from '../../src/values/uk-time.js';

const d = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year, month, day };
};

describe('UK local time', () => {
    test('winter is GMT, summer is BST', () => {
        expect(ukDateTime(d('2027-03-01'))).toBe('2027-03-01T00:00:00Z');
        expect(ukDateTime(d('2027-04-19'), NOON)).toBe('2027-04-19T12:00:00+01:00');
        expect(ukDateTime(d('2030-09-30'), END_OF_DAY)).toBe('2030-09-30T23:59:59+01:00');
        expect(ukDateTime(d('2027-12-25'), NOON)).toBe('2027-12-25T12:00:00Z');
    });

    test('the change days: last Sunday of March and of October, at 01:00 GMT', () => {
        // 2027: 28 March and 31 October are the last Sundays.
        expect(ukOffsetHours(d('2027-03-28'), START_OF_DAY)).toBe(0);
        expect(ukOffsetHours(d('2027-03-28'), NOON)).toBe(1);
        expect(ukOffsetHours(d('2027-03-27'), END_OF_DAY)).toBe(0);
        expect(ukOffsetHours(d('2027-10-31'), START_OF_DAY)).toBe(1);
        expect(ukOffsetHours(d('2027-10-31'), NOON)).toBe(0);
        expect(ukOffsetHours(d('2027-10-30'), END_OF_DAY)).toBe(1);
        // 2026: 29 March and 25 October; 2028 (leap year): 26 March and 29 October.
        expect(ukOffsetHours(d('2026-03-29'), NOON)).toBe(1);
        expect(ukOffsetHours(d('2026-03-28'), NOON)).toBe(0);
        expect(ukOffsetHours(d('2026-10-25'), NOON)).toBe(0);
        expect(ukOffsetHours(d('2026-10-24'), NOON)).toBe(1);
        expect(ukOffsetHours(d('2028-03-26'), NOON)).toBe(1);
        expect(ukOffsetHours(d('2028-10-29'), NOON)).toBe(0);
    });

    test('agrees with the platform time zone database for every day of three years', () => {
        const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' });
        for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
            const at = new Date(day + 12 * 3600_000); // noon UTC is 12:00 or 13:00 local, never near a change
            const zone = format.formatToParts(at).find(p => p.type === 'timeZoneName')?.value;
            const date = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
            expect(ukOffsetHours(date, NOON), `${date.year}-${date.month}-${date.day}`).toBe(zone === 'BST' ? 1 : 0);
        }
    });
});
