/** Small helpers for the wording of findings. */

/** `Sentence case` for a label at the start of a sentence. */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1 day`, `14 days`. */
export function days(count: number): string {
    return `${count} day${count === 1 ? '' : 's'}`;
}
