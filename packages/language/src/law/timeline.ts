/**
 * The timeline's dates in the order a procurement runs (PA s15, s17, s21, s54: notices before
 * publication, then the deadlines, award and start), with the words messages use for them. Read
 * by the legal situation (periods), the timeline rules and the editor's figures.
 */
import type { Timeline } from '../generated/ast.js';
import type { CalendarDate } from '../values/dates.js';
import { dateOf } from '../values/dates.js';

export type TimelineProperty =
    | 'marketEngagement' | 'plannedProcurementNotice' | 'publish' | 'participationDeadline'
    | 'clarificationDeadline' | 'bidDeadline' | 'award' | 'contractStart';

export interface TimelineField {
    readonly property: TimelineProperty;
    readonly keyword: string;
    /** As the subject of a sentence: "the bid deadline". */
    readonly label: string;
    /**
     * Place in the order. Market engagement and the planned procurement notice share the first
     * place: both come before publication, in either order.
     */
    readonly step: number;
}

export const TIMELINE_FIELDS: readonly TimelineField[] = [
    { property: 'marketEngagement', keyword: 'market-engagement', label: 'the market engagement', step: 0 },
    { property: 'plannedProcurementNotice', keyword: 'planned-procurement-notice', label: 'the planned procurement notice', step: 0 },
    { property: 'publish', keyword: 'publish', label: 'publication', step: 1 },
    { property: 'participationDeadline', keyword: 'participation-deadline', label: 'the participation deadline', step: 2 },
    { property: 'clarificationDeadline', keyword: 'clarification-deadline', label: 'the clarification deadline', step: 3 },
    { property: 'bidDeadline', keyword: 'bid-deadline', label: 'the bid deadline', step: 4 },
    { property: 'award', keyword: 'award', label: 'the award', step: 5 },
    { property: 'contractStart', keyword: 'contract-start', label: 'the contract start', step: 6 }
];

/**
 * A timeline date, or undefined when it is absent or is not a real date (the language validator
 * reports impossible dates, so rules skip them).
 */
export function timelineDate(timeline: Timeline | undefined, property: TimelineProperty): CalendarDate | undefined {
    return timeline ? dateOf(timeline[property]) : undefined;
}

/** `12:00` as minutes after midnight; undefined when it is not a time of day (the validator reports those). */
export function minutesOfDay(text: string | undefined): number | undefined {
    const match = text ? /^(\d{2}):(\d{2})$/.exec(text.trim()) : null;
    if (!match) {
        return undefined;
    }
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** The time of day written after a timeline date (`bid-deadline 2027-04-19 12:00`), as minutes after midnight. */
export function timelineTime(timeline: Timeline | undefined, property: TimelineProperty): number | undefined {
    const text = timeline ? (timeline as unknown as Record<string, unknown>)[`${property}Time`] : undefined;
    return typeof text === 'string' ? minutesOfDay(text) : undefined;
}

/** The time of day written after a timeline date, as written. */
export function timelineTimeText(timeline: Timeline | undefined, property: TimelineProperty): string | undefined {
    const text = timeline ? (timeline as unknown as Record<string, unknown>)[`${property}Time`] : undefined;
    return typeof text === 'string' && minutesOfDay(text) !== undefined ? text.trim() : undefined;
}
