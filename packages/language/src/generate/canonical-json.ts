/**
 * JSON with a stable shape: object keys sorted (so the bytes never depend on the order in which
 * code happened to build an object), two-space indentation, a final newline, `undefined` dropped
 * as JSON.stringify does. Keys listed in `first` come before the sorted rest at every level
 * (`$schema` at the top of a file reads better than in the middle).
 */
export function canonicalJson(value: unknown, first: readonly string[] = []): string {
    return `${JSON.stringify(sortKeys(value, first), null, 2)}\n`;
}

function sortKeys(value: unknown, first: readonly string[]): unknown {
    if (Array.isArray(value)) {
        return value.map(item => sortKeys(item, first));
    }
    if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).filter(k => record[k] !== undefined);
        const leading = first.filter(k => keys.includes(k));
        const rest = keys.filter(k => !first.includes(k)).sort(compareKeys);
        const sorted: Record<string, unknown> = {};
        for (const key of [...leading, ...rest]) {
            sorted[key] = sortKeys(record[key], first);
        }
        return sorted;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
        // JSON has no Infinity or NaN; JSON.stringify would write null silently, so say so here.
        throw new Error(`canonicalJson: ${value} is not a JSON number`);
    }
    return value;
}

/** Code-unit order, independent of the locale (localeCompare would vary between machines). */
function compareKeys(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
    return new TextEncoder().encode(text);
}
