/**
 * Calendar dates written `YYYY-MM-DD`. Counted as whole days in UTC so that time zones and
 * daylight saving never move a deadline.
 */

export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}

export type DateParse =
    | { readonly ok: true; readonly date: CalendarDate }
    | { readonly ok: false; readonly message: string };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
    return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Reads `2027-03-01`; impossible dates (2027-02-30, month 13) come back as `ok: false`. */
export function parseDate(text: string): DateParse {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    if (!match) {
        return { ok: false, message: `'${text}' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-01.` };
    }
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12) {
        return { ok: false, message: `${text} is not a date: there is no month ${month}.` };
    }
    if (year < 1) {
        return { ok: false, message: `${text} is not a date: there is no year 0.` };
    }
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
        return { ok: false, message: `${text} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days.` };
    }
    return { ok: true, date: { year, month, day } };
}

export function dateOf(text: string | undefined): CalendarDate | undefined {
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseDate(text);
    return parsed.ok ? parsed.date : undefined;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: CalendarDate): number {
    const utc = new Date(0);
    utc.setUTCFullYear(date.year, date.month - 1, date.day);
    utc.setUTCHours(0, 0, 0, 0);
    return Math.round(utc.getTime() / MS_PER_DAY);
}

/**
 * The dates calendar arithmetic may reach: 0001-01-01 to 9999-12-31 (four-digit years, as ISO 8601
 * and the pack schema write them). Sums beyond them (a term of a million years) stop at the edge,
 * never NaN; the validator reports dates past 2200 and terms over 100 years as errors.
 */
const FIRST_DAY = -719_162; // 0001-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

export function fromDayNumber(days: number): CalendarDate {
    const bounded = Number.isNaN(days) ? LAST_DAY : Math.min(LAST_DAY, Math.max(FIRST_DAY, days));
    const utc = new Date(bounded * MS_PER_DAY);
    return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
    return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
    return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
    const raw = date.year * 12 + (date.month - 1) + months;
    if (!(raw < 10_000 * 12)) return { year: 9999, month: 12, day: 31 };
    if (raw < 12) return { year: 1, month: 1, day: 1 };
    const index = Math.floor(raw);
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
    return toDayNumber(a) - toDayNumber(b);
}

export function weekday(date: CalendarDate): string {
    return WEEKDAYS[((toDayNumber(date) % 7) + 7 + 4) % 7];
}

/** `2027-03-01` */
export function isoDate(date: CalendarDate): string {
    return `${date.year.toString().padStart(4, '0')}-${date.month.toString().padStart(2, '0')}-${date.day.toString().padStart(2, '0')}`;
}

/** `Monday 1 March 2027` */
export function longDate(date: CalendarDate): string {
    return `${weekday(date)} ${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** `1 March 2027` */
export function displayDate(date: CalendarDate): string {
    return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}
