/**
 * Which element of the preview shows a source line. The HTML writer marks sections and clauses
 * with `data-line` (1-based lines of the tender); the element for a line is the last one, in
 * document order, that starts on or before it: the innermost section the cursor is in.
 */

/** Index into `lines` (document order) for `line`, or -1 when every element starts after it. */
export function targetForLine(lines: readonly number[], line: number): number {
    let best = -1;
    let bestLine = -Infinity;
    for (let i = 0; i < lines.length; i++) {
        const start = lines[i];
        // Later elements starting on the same line are nested deeper: prefer them.
        if (start <= line && start >= bestLine) {
            best = i;
            bestLine = start;
        }
    }
    return best;
}
