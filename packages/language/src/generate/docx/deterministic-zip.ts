/**
 * Packs a `docx` Document into a reproducible .docx, and fast. The library's compiler lays out
 * every part (XML text, pictures) without zipping; this stamps the document's own date into
 * docProps/core.xml (the library writes the current time), gives the caller a last look at each
 * part's text, and writes the zip itself: entries in a stable order, one fixed timestamp on every
 * entry, text parts deflated (level 6), pictures stored as they are (already compressed).
 *
 * It used to let the library zip the package (pako, in JavaScript), unzip it and zip it again
 * at level 9 to make it reproducible: for a large tender most of the writer's time and memory.
 * Deflate is Node's zlib (the browser build maps node:zlib to pako): the same input gives the same
 * bytes for a given zlib.
 */
import { deflateSync } from 'node:zlib';
import type { Document } from 'docx';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { crc32 } from './crc32.js';

export interface PackOptions {
    /** The instant recorded as created and modified, and on every zip entry. */
    readonly date: Date;
    /**
     * Last chance to change a part's text (e.g. document.xml), by part name: the new text whole,
     * or in pieces, each encoded as it comes (a large document.xml is never one string).
     */
    readonly transform?: (name: string, text: string) => string | TextPieces;
    /** Parts added as they are (the pictures), by part name; asked for once the document is laid out. */
    readonly extraParts?: () => ReadonlyMap<string, Uint8Array>;
}

/** A text in pieces; `lengthHint`, about how many characters they hold, sizes the bytes once. */
export interface TextPieces extends Iterable<string> {
    readonly lengthHint?: number;
}

/** Parts conventionally first in an OPC package; everything else follows by name. */
const LEADING_PARTS = ['[Content_Types].xml', '_rels/.rels'];

interface CompilerLike {
    compile(file: Document): JSZip;
}

export async function packDeterministically(document: Document, options: PackOptions): Promise<Uint8Array> {
    const parts = await partsOf(document);
    for (const [name, data] of options.extraParts?.() ?? []) parts.set(name, data);
    const names = [...parts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const encoder = new TextEncoder();
    // Each entry is laid out as the zip reaches it, and let go once deflated.
    const entries = lazyMap(names, name => {
        const data = parts.get(name) as string | Uint8Array;
        parts.delete(name);
        if (typeof data === 'string') {
            const text = name === 'docProps/core.xml' ? stampCoreProperties(data, options.date) : data;
            const finished = options.transform ? options.transform(name, text) : text;
            return { name, data: typeof finished === 'string' ? encoder.encode(finished) : encodePieces(finished, encoder), compress: true };
        }
        return { name, data, compress: !/\.(png|jpe?g|gif)$/i.test(name) };
    });
    return zip(entries, options.date);
}

/**
 * The UTF-8 bytes of a text given in pieces, each encoded straight into one buffer sized from the
 * pieces' `lengthHint` (grown should the text need more) and let go.
 */
function encodePieces(pieces: TextPieces, encoder: TextEncoderLike): Uint8Array {
    let buffer = new Uint8Array(Math.ceil((pieces.lengthHint ?? 0) * 1.05) + 4096);
    let at = 0;
    for (const piece of pieces) {
        let rest = piece;
        for (;;) {
            const { read, written } = encoder.encodeInto(rest, buffer.subarray(at));
            at += written;
            if (read >= rest.length) break;
            rest = rest.slice(read);
            const grown = new Uint8Array(Math.max(buffer.length * 2, at + rest.length * 3));
            grown.set(buffer.subarray(0, at));
            buffer = grown;
        }
    }
    return buffer.subarray(0, at);
}

interface TextEncoderLike {
    encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}

/**
 * Every part of the package, XML as text. The library's own compiler (Packer.compiler, not in
 * its typings) gives them unzipped; should a later version hide it, the packed file is unzipped.
 */
async function partsOf(document: Document): Promise<Map<string, string | Uint8Array>> {
    const compiler = (Packer as unknown as { compiler?: CompilerLike }).compiler;
    const source = compiler && typeof compiler.compile === 'function'
        ? compiler.compile(document)
        : await JSZip.loadAsync(await Packer.toBuffer(document));
    const parts = new Map<string, string | Uint8Array>();
    for (const name of Object.keys(source.files)) {
        const entry = source.files[name];
        if (entry.dir) continue;
        parts.set(name, name.endsWith('.xml') || name.endsWith('.rels') ? await entry.async('string') : await entry.async('uint8array'));
    }
    return parts;
}

function* lazyMap<T, U>(items: readonly T[], map: (item: T) => U): Generator<U> {
    for (const item of items) yield map(item);
}

function rank(name: string): number {
    const index = LEADING_PARTS.indexOf(name);
    return index < 0 ? LEADING_PARTS.length : index;
}

/** W3CDTF without milliseconds, as Word writes it: `2027-03-01T00:00:00Z`. */
export function w3cdtf(date: Date): string {
    return `${date.toISOString().slice(0, 19)}Z`;
}

function stampCoreProperties(xml: string, date: Date): string {
    const when = w3cdtf(date);
    return xml
        .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${when}$2`)
        .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${when}$2`);
}

interface Entry {
    readonly name: string;
    readonly data: Uint8Array;
    readonly compress: boolean;
}

/**
 * A zip file (PKWARE APPNOTE 6.3, no extensions): for each entry a local header and its data,
 * then the central directory. Entry times in MS-DOS form from the date's UTC fields, clamped to
 * 1980 where DOS time starts.
 */
function zip(entries: Iterable<Entry>, date: Date): Uint8Array {
    const when = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)));
    const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
    const day = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    let count = 0;
    for (const entry of entries) {
        count++;
        const name = encoder.encode(entry.name);
        // zlib's stream less its 2-byte header and 4-byte checksum is the raw deflate data zip wants.
        const stored = entry.compress ? deflateSync(entry.data, { level: 6 }).subarray(2, -4) : entry.data;
        const method = entry.compress ? 8 : 0;
        const crc = crc32(entry.data);
        const local = new Uint8Array(30 + name.length);
        const l = new DataView(local.buffer);
        l.setUint32(0, 0x04034b50, true);
        l.setUint16(4, 20, true); // version needed: 2.0
        l.setUint16(6, 0, true); // flags
        l.setUint16(8, method, true);
        l.setUint16(10, time, true);
        l.setUint16(12, day, true);
        l.setUint32(14, crc, true);
        l.setUint32(18, stored.length, true);
        l.setUint32(22, entry.data.length, true);
        l.setUint16(26, name.length, true);
        l.setUint16(28, 0, true); // extra field length
        local.set(name, 30);
        const header = new Uint8Array(46 + name.length);
        const c = new DataView(header.buffer);
        c.setUint32(0, 0x02014b50, true);
        c.setUint16(4, 20, true); // version made by: MS-DOS, 2.0
        c.setUint16(6, 20, true);
        c.setUint16(8, 0, true);
        c.setUint16(10, method, true);
        c.setUint16(12, time, true);
        c.setUint16(14, day, true);
        c.setUint32(16, crc, true);
        c.setUint32(20, stored.length, true);
        c.setUint32(24, entry.data.length, true);
        c.setUint16(28, name.length, true);
        // extra, comment, disk number, internal and external attributes: 0
        c.setUint32(42, offset, true);
        header.set(name, 46);
        chunks.push(local, stored);
        central.push(header);
        offset += local.length + stored.length;
    }
    const centralSize = central.reduce((n, h) => n + h.length, 0);
    const end = new Uint8Array(22);
    const e = new DataView(end.buffer);
    e.setUint32(0, 0x06054b50, true);
    e.setUint16(8, count, true);
    e.setUint16(10, count, true);
    e.setUint32(12, centralSize, true);
    e.setUint32(16, offset, true);
    const out = new Uint8Array(offset + centralSize + end.length);
    let at = 0;
    for (const part of [...chunks, ...central, end]) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
