/**
 * Numbers as written: digits, optionally grouped in threes by commas (`1,200`), optionally with
 * decimals. The lexer takes any comma grouping as one number so that a badly grouped one (`1,2000`)
 * is a lint error with a message rather than a parse error; `isWellGrouped` says which is which.
 */

/** The value of a number token: commas dropped. */
export function numberValue(text: string): number {
    return Number(text.replace(/,/g, ''));
}

/** True when the number's commas (if any) group its whole part in threes: `1,200`, `12,000,000`. */
export function isWellGrouped(text: string): boolean {
    const whole = text.replace(/%$/, '').split('.')[0] ?? '';
    if (!whole.includes(',')) return true;
    return /^\d{1,3}(,\d{3})+$/.test(whole);
}
