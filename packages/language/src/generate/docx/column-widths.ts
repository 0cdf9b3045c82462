/**
 * Table column widths for the Word document. Word and LibreOffice break a word across lines when
 * it does not fit its cell ("Baselin/e", "6 month/s"), so every column is at least as wide as the
 * longest word of its header, and, where the page allows, of its cells; the rest of the width
 * goes by the columns' relative widths.
 *
 * Text widths are estimated from Arial's (Helvetica's) advance widths, enlarged to cover the
 * wider fonts readers substitute when Arial is missing (LibreOffice on Linux uses DejaVu Sans),
 * so the estimate errs on the wide side. Pure arithmetic: the same table gives the same widths.
 */

/** Helvetica advance widths in thousandths of an em, for the characters tables mostly hold. */
const REGULAR: Record<string, number> = {
    ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333, '*': 389,
    '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556,
    '@': 1015, 'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722, 'I': 278, 'J': 500,
    'K': 667, 'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667, 'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722,
    'V': 667, 'W': 944, 'X': 667, 'Y': 667, 'Z': 611, 'a': 556, 'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278,
    'g': 556, 'h': 556, 'i': 222, 'j': 222, 'k': 500, 'l': 222, 'm': 833, 'n': 556, 'o': 556, 'p': 556, 'q': 556,
    'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722, 'x': 500, 'y': 500, 'z': 500, '£': 556, '€': 556,
    '—': 1000, '–': 556, '“': 333, '”': 333, '‘': 222, '’': 222
};

/** DejaVu Sans, which stands in for Arial where Arial is not installed, is up to a fifth wider. */
const SUBSTITUTE_FACTOR = 1.2;
/** Bold text is about a tenth wider. */
const BOLD_FACTOR = 1.1;

/** Width in twentieths of a point of `text` at `halfPoints` (Word's w:sz), erring on the wide side. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
    let thousandths = 0;
    for (const ch of text) thousandths += REGULAR[ch] ?? (/\d/.test(ch) ? 556 : 600);
    const points = (thousandths / 1000) * (halfPoints / 2) * SUBSTITUTE_FACTOR * (bold ? BOLD_FACTOR : 1);
    return Math.ceil(points * 20);
}

/** The widest single word of a text (words never break across lines). */
export function longestWordWidth(text: string, halfPoints: number, bold: boolean): number {
    return text.split(/\s+/).filter(w => w.length > 0).reduce((max, word) => Math.max(max, textWidth(word, halfPoints, bold)), 0);
}

export interface ColumnSpec {
    /** Relative width, as the table asks. */
    readonly weight: number;
    /** The header text (bold). */
    readonly header: string;
    /** Every cell's text in this column. */
    readonly cells: readonly string[];
}

/**
 * Widths in twips adding up to `total`: each column at least its longest header word (plus the
 * cell's margins) and, for as many columns as the page has room, its longest cell word; what is
 * left is shared by the relative widths.
 */
export function columnWidths(columns: readonly ColumnSpec[], total: number, options: { halfPoints: number; cellMargins: number }): number[] {
    if (columns.length === 0) return [];
    const pad = options.cellMargins + 30;
    const headerMin = columns.map(c => longestWordWidth(c.header, options.halfPoints, true) + pad);
    const cellMin = columns.map((c, i) => Math.max(headerMin[i], ...c.cells.map(t => longestWordWidth(t, options.halfPoints, false) + pad)));
    const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
    // Headers first; then, while the page allows, the columns whose longest word needs least extra room.
    const minimum = sum(headerMin) <= total ? [...headerMin] : columns.map(() => 0);
    if (sum(headerMin) <= total) {
        const order = columns.map((_, i) => i).sort((a, b) => (cellMin[a] - headerMin[a]) - (cellMin[b] - headerMin[b]) || a - b);
        for (const i of order) {
            if (sum(minimum) - minimum[i] + cellMin[i] <= total) minimum[i] = cellMin[i];
        }
    }
    // Share by weight; a column below its minimum is fixed at it and the rest re-shared.
    const fixed = new Map<number, number>();
    for (let round = 0; round < columns.length; round++) {
        const free = columns.map((_, i) => i).filter(i => !fixed.has(i));
        const room = total - sum([...fixed.values()]);
        const weight = free.reduce((a, i) => a + columns[i].weight, 0);
        const short = free.filter(i => (columns[i].weight / weight) * room < minimum[i]);
        if (short.length === 0) break;
        for (const i of short) fixed.set(i, minimum[i]);
    }
    const free = columns.map((_, i) => i).filter(i => !fixed.has(i));
    const room = total - sum([...fixed.values()]);
    const weight = free.reduce((a, i) => a + columns[i].weight, 0);
    const widths = columns.map((c, i) => fixed.get(i) ?? Math.floor((c.weight / weight) * room));
    // Whole twips: the last free column (else the last) takes the remainder.
    const last = free.length > 0 ? free[free.length - 1] : widths.length - 1;
    widths[last] += total - sum(widths);
    return widths;
}
