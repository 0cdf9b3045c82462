/**
 * Makes a packed .docx reproducible. The `docx` library stamps the current time into
 * docProps/core.xml (created, modified) and into every zip entry, and lists entries in the order
 * it happened to build them. This rewrites the package: the document's own date in core.xml, one
 * fixed timestamp on every entry, entries in a stable order, fixed compression.
 */
import JSZip from 'jszip';

export interface RezipOptions {
    /** The instant recorded as created and modified, and on every zip entry. */
    readonly date: Date;
    /** Last chance to change a part's text (e.g. document.xml), by part name. */
    readonly transform?: (name: string, text: string) => string;
}

/** Parts conventionally first in an OPC package; everything else follows by name. */
const LEADING_PARTS = ['[Content_Types].xml', '_rels/.rels'];

export async function rezipDeterministically(packed: Uint8Array, options: RezipOptions): Promise<Uint8Array> {
    const source = await JSZip.loadAsync(packed);
    const names = Object.keys(source.files).filter(name => !source.files[name].dir);
    names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const target = new JSZip();
    const stamp = zipDate(options.date);
    for (const name of names) {
        const entry = source.files[name];
        if (name.endsWith('.xml') || name.endsWith('.rels')) {
            let text = await entry.async('string');
            if (name === 'docProps/core.xml') text = stampCoreProperties(text, options.date);
            if (options.transform) text = options.transform(name, text);
            target.file(name, text, { date: stamp, createFolders: false });
        } else {
            target.file(name, await entry.async('uint8array'), { date: stamp, createFolders: false });
        }
    }
    return target.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        compressionOptions: { level: 9 },
        platform: 'DOS',
        streamFiles: false
    });
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

/**
 * JSZip writes entry times in MS-DOS form from the Date's UTC fields; DOS time starts in 1980, so
 * earlier dates are clamped there.
 */
function zipDate(date: Date): Date {
    const earliest = Date.UTC(1980, 0, 1);
    return new Date(Math.max(date.getTime(), earliest));
}
