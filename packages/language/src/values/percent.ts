/** Percentages as written in tenders: `15%`, `12.5%`. */

/** `95%`, `12.5%`: no trailing zeros, at most two decimals. */
export function formatPercent(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    return `${rounded}%`;
}

/** Reads `12.5%` into 12.5; undefined when it is not a percentage. */
export function parsePercent(text: string): number | undefined {
    const match = /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(text);
    return match ? Number(match[1]) : undefined;
}
