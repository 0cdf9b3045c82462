import type { Tender, Timeline } from '../../generated/ast.js';
import type { CalendarDate } from '../../values/dates.js';
import { addDays, compareDates, dateOf as timelineDateOf, isoDate, parseDate } from '../../values/dates.js';
import { defineRule } from '../define-rule.js';
import type { TimelineField } from '../../law/timeline.js';
import { minutesOfDay, TIMELINE_FIELDS, timelineDate, timelineTime, timelineTimeText } from '../../law/timeline.js';
import { capitalise } from '../words.js';

interface Dated {
    readonly field: TimelineField;
    readonly date: CalendarDate;
    /** Minutes after midnight, when a time of day is written after the date. */
    readonly time?: number;
    readonly timeText?: string;
}

/** Date, then time of day where both have one; undefined when only the time could tell them apart. */
function compareDated(a: Dated, b: Dated): number {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0 || a.time === undefined || b.time === undefined) {
        return byDate;
    }
    return a.time - b.time;
}

function at(item: Dated): string {
    return item.timeText ? `${isoDate(item.date)} ${item.timeText}` : isoDate(item.date);
}

/**
 * Only the contract may start on the day of the award: with no mandatory standstill (light touch,
 * direct award) nothing in the timeline stops it. Every other step takes at least a day.
 */
function mayShareDay(later: TimelineField, earlier: TimelineField): boolean {
    return later.property === 'contractStart' && earlier.property === 'award';
}

/** Timeline dates out of order. */
export default defineRule({
    meta: {
        id: 'timeline-order',
        severity: 'error',
        category: 'timeline',
        description: 'Timeline dates are out of order (times compared on the same date), or the tender is issued after its bid deadline.',
        source: 'A procurement runs in order: preliminary market engagement and the planned procurement notice come before the tender notice, periods run from publication to their deadlines (Procurement Act 2023 s15(3), s54(5); domain.md section 2.4), and the contract follows the award. A document issued after its own bid deadline cannot be bid on.',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                // The document's date: a tender issued after its own bid deadline cannot be bid on.
                const issued = tender.issued ? timelineDateOf(tender.issued) : undefined;
                const deadline = timelineDate(tender.timeline, 'bidDeadline');
                if (!issued || !deadline) {
                    return;
                }
                const order = compareDates(issued, deadline);
                const issuedTime = minutesOfDay(tender.issuedTime);
                const deadlineTime = timelineTime(tender.timeline, 'bidDeadline');
                const late = order > 0 || (order === 0 && issuedTime !== undefined && deadlineTime !== undefined && issuedTime > deadlineTime);
                if (!late) {
                    return;
                }
                const deadlineText = timelineTimeText(tender.timeline, 'bidDeadline');
                context.report({
                    node: tender,
                    property: 'issued',
                    message: `The tender is issued on ${isoDate(issued)}${order === 0 ? ` at ${tender.issuedTime}` : ''}, after its bid deadline (${isoDate(deadline)}${deadlineText ? ` ${deadlineText}` : ''}): `
                        + 'providers could not bid on it. Correct the issued date or the bid deadline.'
                });
            },
            Timeline(node: Timeline) {
                const present: Dated[] = [];
                for (const field of TIMELINE_FIELDS) {
                    const date = timelineDate(node, field.property);
                    if (date) {
                        present.push({ field, date, time: timelineTime(node, field.property), timeText: timelineTimeText(node, field.property) });
                    }
                }
                for (const item of present) {
                    // Compare with the latest of everything that must come before it, so one
                    // misplaced date is reported once, against the date it clashes with.
                    let before: Dated | undefined;
                    for (const other of present) {
                        if (other.field.step < item.field.step && (!before || compareDated(other, before) >= 0)) {
                            before = other;
                        }
                    }
                    if (!before) {
                        continue;
                    }
                    const order = compareDates(item.date, before.date);
                    const shareDay = mayShareDay(item.field, before.field);
                    // On the same date, times of day written on both decide.
                    const timed = order === 0 && item.time !== undefined && before.time !== undefined;
                    if (order > 0 || (order === 0 && shareDay) || (timed && item.time! > before.time!)) {
                        continue;
                    }
                    const earliest = shareDay || timed ? before.date : addDays(before.date, 1);
                    const relation = timed ? (item.time === before.time ? 'is at the same time as' : 'comes before')
                        : order === 0 ? 'is on the same day as' : 'comes before';
                    const rule = shareDay ? 'on or after' : 'after';
                    const move = timed ? `Move ${item.field.label} later than ${at(before)}` : `Move ${item.field.label} to ${isoDate(earliest)} or later`;
                    context.report({
                        node,
                        property: item.field.property,
                        message: `${capitalise(item.field.label)} (${at(item)}) ${relation} ${before.field.label} (${at(before)}): `
                            + `it must come ${rule} it. ${move}, or correct ${before.field.label}.`,
                        data: timed ? undefined : { date: isoDate(earliest), label: item.field.label }
                    });
                }
            }
        };
    },
    fix({ range, data }) {
        const date = typeof data.date === 'string' && parseDate(data.date).ok ? data.date : undefined;
        const label = typeof data.label === 'string' ? data.label : 'the date';
        if (!date) {
            return [];
        }
        return [{
            title: `Move ${label} to ${date} (the earliest that keeps the order)`,
            edits: [{ range, newText: date }],
            safe: false,
            preferred: true
        }];
    }
});
