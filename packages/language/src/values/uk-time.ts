/**
 * Date-times in UK local time, for outputs that need an instant (OCDS uses RFC 3339 date-times
 * with an offset). The UK is on GMT (+00:00) in winter and British Summer Time (+01:00) from
 * 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October (Summer Time
 * Act 1972 as amended, Summer Time Order 2002). Computed, never read from the machine's zone.
 */
import type { CalendarDate } from './dates.js';
import { daysInMonth, isoDate, toDayNumber } from './dates.js';

export interface LocalTime {
    readonly hour: number;
    readonly minute: number;
    readonly second: number;
}

export const START_OF_DAY: LocalTime = { hour: 0, minute: 0, second: 0 };
export const NOON: LocalTime = { hour: 12, minute: 0, second: 0 };
export const END_OF_DAY: LocalTime = { hour: 23, minute: 59, second: 59 };

/** Day number (days since 1970-01-01) of the last Sunday of `month` in `year`. */
function lastSunday(year: number, month: number): number {
    const last = toDayNumber({ year, month, day: daysInMonth(year, month) });
    const weekday = ((last % 7) + 7 + 4) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
    return last - weekday;
}

/** The UK's offset from UTC, in hours, at a local date and time. */
export function ukOffsetHours(date: CalendarDate, time: LocalTime = START_OF_DAY): 0 | 1 {
    const seconds = (toDayNumber(date) * 24 + time.hour) * 3600 + time.minute * 60 + time.second;
    const bstStart = (lastSunday(date.year, 3) * 24 + 1) * 3600; // 01:00 GMT
    const bstEnd = (lastSunday(date.year, 10) * 24 + 1) * 3600; // 01:00 GMT
    // Read the local time as summer time first: it is summer time if that instant falls inside the period.
    const asSummer = seconds - 3600;
    return asSummer >= bstStart && asSummer < bstEnd ? 1 : 0;
}

/** `2027-04-19T12:00:00+01:00`: an RFC 3339 date-time in UK local time. */
export function ukDateTime(date: CalendarDate, time: LocalTime = START_OF_DAY): string {
    const offset = ukOffsetHours(date, time);
    const two = (n: number) => n.toString().padStart(2, '0');
    return `${isoDate(date)}T${two(time.hour)}:${two(time.minute)}:${two(time.second)}${offset === 1 ? '+01:00' : 'Z'}`;
}

/** A time of day as written (`HH:MM`, 00:00–23:59), or why it is not one. */
export type ParsedTime = { readonly ok: true; readonly time: LocalTime } | { readonly ok: false; readonly message: string };

export function parseTimeOfDay(text: string): ParsedTime {
    const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
    if (!match) return { ok: false, message: `'${text}' is not a time of day: write it as HH:MM, e.g. 12:00.` };
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    if (hour > 23 || minute > 59) return { ok: false, message: `${text} is not a time of day: times run from 00:00 to 23:59.` };
    return { ok: true, time: { hour, minute, second: 0 } };
}

/**
 * Whether a local time falls in the hour skipped when the clocks go forward (01:00–01:59 on the
 * last Sunday of March: at 01:00 GMT the clocks jump to 02:00 BST), a time that never happens.
 */
export function isInSkippedHour(date: CalendarDate, time: LocalTime): boolean {
    return date.month === 3 && toDayNumber(date) === lastSunday(date.year, 3) && time.hour === 1;
}

/** Whether a local time falls in the hour repeated when the clocks go back (read as British Summer Time). */
export function isInRepeatedHour(date: CalendarDate, time: LocalTime): boolean {
    return date.month === 10 && toDayNumber(date) === lastSunday(date.year, 10) && time.hour === 1;
}

/** The UK's UTC offset at a local date and time, as RFC 3339 writes it: `+01:00` or `+00:00`. */
export function ukOffset(date: CalendarDate, time: LocalTime = START_OF_DAY): '+01:00' | '+00:00' {
    return ukOffsetHours(date, time) === 1 ? '+01:00' : '+00:00';
}
