import type { Timeline } from '../../generated/ast.js';
import type { CalendarDate } from '../../values/dates.js';
import { addDays, compareDates, isoDate, parseDate } from '../../values/dates.js';
import { defineRule } from '../define-rule.js';
import type { TimelineField } from '../../law/timeline.js';
import { TIMELINE_FIELDS, timelineDate } from '../../law/timeline.js';
import { capitalise } from '../words.js';

interface Dated {
    readonly field: TimelineField;
    readonly date: CalendarDate;
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
        description: 'Timeline dates are out of order.',
        source: 'A procurement runs in order: preliminary market engagement and the planned procurement notice come before the tender notice, periods run from publication to their deadlines (Procurement Act 2023 s15(3), s54(5); domain.md section 2.4), and the contract follows the award.',
        hasFix: true
    },
    create(context) {
        return {
            Timeline(node: Timeline) {
                const present: Dated[] = [];
                for (const field of TIMELINE_FIELDS) {
                    const date = timelineDate(node, field.property);
                    if (date) {
                        present.push({ field, date });
                    }
                }
                for (const item of present) {
                    // Compare with the latest of everything that must come before it, so one
                    // misplaced date is reported once, against the date it clashes with.
                    let before: Dated | undefined;
                    for (const other of present) {
                        if (other.field.step < item.field.step && (!before || compareDates(other.date, before.date) >= 0)) {
                            before = other;
                        }
                    }
                    if (!before) {
                        continue;
                    }
                    const order = compareDates(item.date, before.date);
                    const shareDay = mayShareDay(item.field, before.field);
                    if (order > 0 || (order === 0 && shareDay)) {
                        continue;
                    }
                    const earliest = shareDay ? before.date : addDays(before.date, 1);
                    const relation = order === 0 ? 'is on the same day as' : 'comes before';
                    const rule = shareDay ? 'on or after' : 'after';
                    context.report({
                        node,
                        property: item.field.property,
                        message: `${capitalise(item.field.label)} (${isoDate(item.date)}) ${relation} ${before.field.label} (${isoDate(before.date)}): `
                            + `it must come ${rule} it. Move ${item.field.label} to ${isoDate(earliest)} or later, or correct ${before.field.label}.`,
                        data: { date: isoDate(earliest), label: item.field.label }
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
