/**
 * JSON with a stable shape: object keys sorted (so the bytes never depend on the order in which
 * code happened to build an object), two-space indentation, a final newline, `undefined` dropped
 * as JSON.stringify does. Keys listed in `top` lead the outermost object, and keys listed in
 * `everywhere` lead every object below it (`$schema` at the top of a file, `id` at the top of
 * each record, read better than in the middle).
 */
export interface KeyOrder {
    readonly top?: readonly string[];
    readonly everywhere?: readonly string[];
}

export function canonicalJson(value: unknown, order: KeyOrder = {}): string {
    return `${JSON.stringify(sortKeys(value, order.top ?? [], order.everywhere ?? []), null, 2)}\n`;
}

function sortKeys(value: unknown, first: readonly string[], everywhere: readonly string[]): unknown {
    if (Array.isArray(value)) {
        return value.map(item => sortKeys(item, everywhere, everywhere));
    }
    if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).filter(k => record[k] !== undefined);
        const leading = first.filter(k => keys.includes(k));
        const rest = keys.filter(k => !first.includes(k)).sort(compareKeys);
        const sorted: Record<string, unknown> = {};
        for (const key of [...leading, ...rest]) {
            sorted[key] = sortKeys(record[key], everywhere, everywhere);
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
