/**
 * Durations: `6 weeks`, `1 year`, `12 months`. Held as amount and unit; normalised to days and
 * months where a rule or writer needs a single figure.
 */

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface DurationValue {
    readonly amount: number;
    readonly unit: TimeUnit;
}

/** Average month and year lengths, for comparing durations given in different units. */
const DAYS_PER_MONTH = 365.25 / 12;
const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7, month: DAYS_PER_MONTH, year: 365.25 };

/** `days` → `day`; unknown words give undefined. */
export function durationUnit(word: string | undefined): TimeUnit | undefined {
    switch (word) {
        case 'day': case 'days': return 'day';
        case 'week': case 'weeks': return 'week';
        case 'month': case 'months': return 'month';
        case 'year': case 'years': return 'year';
        default: return undefined;
    }
}

/** Reads `6 weeks` or `1 year` (the text form used in configuration files and tests). */
export function parseDuration(text: string): DurationValue | undefined {
    const match = /^\s*(\d+(?:\.\d+)?)\s+([a-z]+)\s*$/.exec(text);
    if (!match) {
        return undefined;
    }
    const unit = durationUnit(match[2]);
    return unit ? { amount: Number(match[1]), unit } : undefined;
}

/** Length in days; months and years by their average length. */
export function durationInDays(duration: DurationValue): number {
    return duration.amount * DAYS_PER_UNIT[duration.unit];
}

/** Length in months; days and weeks by the average month. */
export function durationInMonths(duration: DurationValue): number {
    switch (duration.unit) {
        case 'year': return duration.amount * 12;
        case 'month': return duration.amount;
        default: return durationInDays(duration) / DAYS_PER_MONTH;
    }
}

/** `6 weeks`, `1 year`. */
export function formatDuration(duration: DurationValue): string {
    return `${formatNumber(duration.amount)} ${duration.unit}${duration.amount === 1 ? '' : 's'}`;
}

function formatNumber(value: number): string {
    return Number.isInteger(value) ? value.toString() : value.toString();
}

/** The outcome horizons every outcome should have a target for. */
export const OUTCOME_HORIZONS: readonly { readonly label: string; readonly months: number; readonly duration: DurationValue }[] = [
    { label: '6 months', months: 6, duration: { amount: 6, unit: 'month' } },
    { label: '2 years', months: 24, duration: { amount: 2, unit: 'year' } },
    { label: '5 years', months: 60, duration: { amount: 5, unit: 'year' } }
];

/** The horizon a target duration stands for (26 weeks counts as 6 months), if any. */
export function horizonOf(duration: DurationValue): (typeof OUTCOME_HORIZONS)[number] | undefined {
    const months = durationInMonths(duration);
    return OUTCOME_HORIZONS.find(h => Math.abs(h.months - months) <= 0.5);
}
