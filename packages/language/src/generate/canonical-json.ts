/**
 * JSON with a stable shape: object keys sorted (so the bytes never depend on the order in which
 * code happened to build an object), two-space indentation, a final newline, `undefined` dropped
 * as JSON.stringify does. Keys listed in `top` lead the outermost object, and keys listed in
 * `everywhere` lead every object below it (`$schema` at the top of a file, `id` at the top of
 * each record, read better than in the middle).
 *
 * Written in one pass: each object's keys are sorted as it is written, with no sorted copy of the
 * value, and the text is kept in pieces of about 64 KB (`canonicalJsonBytes` encodes each piece
 * as it is finished, so a 38 MB pack never exists as one string beside its bytes). The text is
 * the same as `JSON.stringify` of a copy with sorted keys, two-space indented (tested).
 */
export interface KeyOrder {
    readonly top?: readonly string[];
    readonly everywhere?: readonly string[];
}

export function canonicalJson(value: unknown, order: KeyOrder = {}): string {
    const pieces: string[] = [];
    write(value, order, { text: piece => pieces.push(piece) });
    return pieces.join('');
}

/** The canonical JSON's UTF-8 bytes, encoded piece by piece and put together once. */
export function canonicalJsonBytes(value: unknown, order: KeyOrder = {}): Uint8Array {
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    let length = 0;
    const bytes = (chunk: Uint8Array) => {
        chunks.push(chunk);
        length += chunk.length;
    };
    write(value, order, { text: piece => bytes(encoder.encode(piece)), bytes, encode: piece => encoder.encode(piece) });
    if (chunks.length === 1) return chunks[0];
    const whole = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
        whole.set(chunk, at);
        at += chunk.length;
    }
    return whole;
}

/** Where the text goes: pieces of text, and (when given) bytes already encoded. */
interface Sink {
    text(piece: string): void;
    bytes?(chunk: Uint8Array): void;
    encode?(piece: string): Uint8Array;
}

/** About how many characters of text are gathered before they are handed on as one piece. */
const PIECE = 1 << 16;
/** A repeated part at least this long is kept encoded, and its bytes are handed on as they are. */
const ENCODED = 1 << 10;

function write(value: unknown, order: KeyOrder, sink: Sink): void {
    const everywhere = order.everywhere ?? [];
    // An object the value holds in several places (a lot's award criteria, the same for many
    // lots) is written once for each indentation it appears at, and its text repeated after that.
    const repeated = repeatedObjects(value);
    const written = new Map<object, Map<number, string | Uint8Array>>();
    let text = '';
    let emit = (piece: string) => sink.text(piece);
    const put = (part: string) => {
        text += part;
        if (text.length >= PIECE) {
            emit(text);
            text = '';
        }
    };

    /** Writes a value that JSON.stringify would write (not undefined, a function or a symbol). */
    const value_ = (item: unknown, first: readonly string[], indent: string): void => {
        if (item === null) { put('null'); return; }
        switch (typeof item) {
            case 'string': put(quote(item)); return;
            case 'boolean': put(item ? 'true' : 'false'); return;
            case 'number':
                // JSON has no Infinity or NaN; JSON.stringify would write null silently, so say so here.
                if (!Number.isFinite(item)) throw new Error(`canonicalJson: ${item} is not a JSON number`);
                put(JSON.stringify(item));
                return;
            case 'object': break;
            default: put(JSON.stringify(item)); return; // a bigint: JSON.stringify says why not
        }
        if (first === everywhere && repeated.has(item)) {
            let at = written.get(item);
            let done = at?.get(indent.length);
            if (done === undefined) {
                done = captured(() => structure(item, first, indent));
                if (sink.bytes && sink.encode && done.length >= ENCODED) done = sink.encode(done);
                if (!at) written.set(item, at = new Map());
                at.set(indent.length, done);
            }
            if (typeof done === 'string') {
                put(done);
            } else {
                if (text.length > 0) emit(text);
                text = '';
                sink.bytes!(done);
            }
            return;
        }
        structure(item, first, indent);
    };

    /** The text a function puts, instead of putting it. */
    const captured = (writeIt: () => void): string => {
        const [outerText, outerEmit] = [text, emit];
        const pieces: string[] = [];
        text = '';
        emit = piece => pieces.push(piece);
        try {
            writeIt();
            pieces.push(text);
        } finally {
            [text, emit] = [outerText, outerEmit];
        }
        return pieces.join('');
    };

    const structure = (item: object, first: readonly string[], indent: string): void => {
        const inner = `${indent}  `;
        if (Array.isArray(item)) {
            if (item.length === 0) { put('[]'); return; }
            put('[\n');
            for (let i = 0; i < item.length; i++) {
                if (i > 0) put(',\n');
                put(inner);
                const element: unknown = item[i];
                if (skipped(element)) put('null');
                else value_(element, everywhere, inner);
            }
            put(`\n${indent}]`);
            return;
        }
        const record = item as Record<string, unknown>;
        const keys = orderedKeys(record, first);
        if (keys.length === 0) { put('{}'); return; }
        put('{\n');
        for (let i = 0; i < keys.length; i++) {
            if (i > 0) put(',\n');
            put(inner);
            put(quote(keys[i]));
            put(': ');
            value_(record[keys[i]], everywhere, inner);
        }
        put(`\n${indent}}`);
    };

    if (skipped(value)) throw new Error('canonicalJson: the value has no JSON text');
    value_(value, order.top ?? [], '');
    put('\n');
    if (text.length > 0) emit(text);
}

/** The objects and arrays found more than once in the value (each looked into once). */
function repeatedObjects(value: unknown): Set<object> {
    const seen = new Set<object>();
    const repeated = new Set<object>();
    const stack: unknown[] = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (item === null || typeof item !== 'object') continue;
        if (seen.has(item)) {
            repeated.add(item);
            continue;
        }
        seen.add(item);
        if (Array.isArray(item)) {
            for (const element of item) if (element !== null && typeof element === 'object') stack.push(element);
        } else {
            const record = item as Record<string, unknown>;
            for (const key in record) {
                if (!Object.hasOwn(record, key)) continue;
                const field = record[key];
                if (field !== null && typeof field === 'object') stack.push(field);
            }
        }
    }
    return repeated;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function skipped(value: unknown): boolean {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The keys written, in order: those in `first` that the object has, then the rest in code-unit
 * order (localeCompare would vary between machines). Keys that are array indices ("0", "12") come
 * first in numeric order, as they do in any JavaScript object (and so did in the sorted copy
 * JSON.stringify used to write).
 */
function orderedKeys(record: Record<string, unknown>, first: readonly string[]): string[] {
    const keys: string[] = [];
    let indices: string[] | undefined;
    for (const key of Object.keys(record)) {
        if (skipped(record[key])) continue;
        if (isIndex(key)) (indices ??= []).push(key);
        else keys.push(key);
    }
    let ordered = keys;
    if (first.length > 0 && keys.length > 0) {
        const leading = first.filter(k => keys.includes(k));
        ordered = leading.length === 0 ? keys.sort(compareKeys) : [...leading, ...keys.filter(k => !first.includes(k)).sort(compareKeys)];
    } else {
        keys.sort(compareKeys);
    }
    // Object.keys gives array indices first, in numeric order, already.
    return indices ? [...indices, ...ordered] : ordered;
}

function isIndex(key: string): boolean {
    const code = key.charCodeAt(0);
    if (!(code >= 48 && code <= 57)) return false;
    return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Code-unit order, independent of the locale (localeCompare would vary between machines). */
function compareKeys(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters JSON.stringify escapes: quote, backslash, controls and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
    return new TextEncoder().encode(text);
}
