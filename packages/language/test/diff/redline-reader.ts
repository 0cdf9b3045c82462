/**
 * Reads the tracked changes of a redline .docx back for tests, and applies them as Word's "Accept
 * All Changes" and "Reject All Changes" do, on the XML: accepting keeps insertions and drops
 * deletions (and the paragraphs and rows whose mark is deleted); rejecting does the opposite.
 */
import type { DocxBlock, DocxPackage } from '../generate/docx/docx-reader.js';
import { decodeXml, textOf } from '../generate/docx/docx-reader.js';

export interface TrackedChange {
    readonly type: 'ins' | 'del';
    /** A run of text, a paragraph mark, or a table row. */
    readonly scope: 'run' | 'paragraph' | 'row';
    readonly id: number;
    readonly author: string;
    readonly date: string;
    /** The inserted or deleted text (runs only). */
    readonly text: string;
}

function deletedText(xml: string): string {
    let text = '';
    for (const match of xml.matchAll(/<w:delText(?: [^>]*)?>([^<]*)<\/w:delText>|<w:tab\/>/g)) {
        text += match[1] === undefined ? '\t' : decodeXml(match[1]);
    }
    return text;
}

const ATTRIBUTES = /w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/;

/** Every tracked change in document order. */
export function trackedChanges(documentXml: string): TrackedChange[] {
    const out: { at: number; change: TrackedChange }[] = [];
    for (const match of documentXml.matchAll(/<w:(ins|del) ([^>]*?)(\/?)>/g)) {
        const type = match[1] as 'ins' | 'del';
        const attributes = ATTRIBUTES.exec(match[2]);
        if (!attributes) throw new Error(`a w:${type} without id, author and date: ${match[0]}`);
        const at = match.index ?? 0;
        const before = documentXml.slice(Math.max(0, at - 400), at);
        let scope: TrackedChange['scope'] = 'run';
        let text = '';
        if (match[3] === '/') {
            // A mark: in w:trPr for a row, in the paragraph's w:pPr/w:rPr for a paragraph mark.
            scope = before.lastIndexOf('<w:trPr>') > before.lastIndexOf('</w:trPr>') ? 'row' : 'paragraph';
        } else {
            const end = documentXml.indexOf(`</w:${type}>`, at);
            const inner = documentXml.slice(at + match[0].length, end);
            text = type === 'ins' ? textOf(inner) : deletedText(inner);
        }
        out.push({ at, change: { type, scope, id: Number(attributes[1]), author: decodeXml(attributes[2]), date: attributes[3], text } });
    }
    return out.sort((a, b) => a.at - b.at).map(o => o.change);
}

/** A body reduced to what a reader sees: paragraphs (style and text) and tables (rows of cell texts). */
export type Seen = { readonly style: string | undefined; readonly text: string } | { readonly rows: readonly (readonly string[])[] };

function applyRuns(xml: string, keep: 'ins' | 'del'): string {
    const drop = keep === 'ins' ? 'del' : 'ins';
    let out = xml.replace(new RegExp(`<w:${drop} [^>]*[^/]>[\\s\\S]*?</w:${drop}>`, 'g'), '');
    out = out.replace(new RegExp(`<w:${keep} [^>]*[^/]>([\\s\\S]*?)</w:${keep}>`, 'g'), '$1');
    // Text that stays after rejecting a deletion reads as ordinary text.
    return out.replace(/<w:delText( [^>]*)?>/g, '<w:t$1>').replace(/<\/w:delText>/g, '</w:t>');
}

function markedGone(propertiesXml: string, gone: 'ins' | 'del'): boolean {
    return new RegExp(`<w:${gone} [^>]*/>`).test(propertiesXml);
}

/**
 * The body once every change is accepted (`ins`) or rejected (`del`): paragraphs whose mark goes
 * are dropped (all their text went with it), rows likewise, and tables left without rows.
 */
export function resolveAll(blocks: readonly DocxBlock[], keep: 'ins' | 'del'): Seen[] {
    const gone = keep === 'ins' ? 'del' : 'ins';
    const out: Seen[] = [];
    for (const block of blocks) {
        if (block.kind === 'paragraph') {
            const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(block.xml)?.[1] ?? '';
            if (markedGone(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(properties)?.[1] ?? '', gone)) continue;
            out.push({ style: block.style, text: textOf(applyRuns(block.xml, keep)) });
        } else {
            const rows: string[][] = [];
            for (const row of block.xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)) {
                const properties = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(row[1])?.[1] ?? '';
                if (markedGone(properties, gone)) continue;
                rows.push([...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(cell => textOf(applyRuns(cell[1], keep))));
            }
            if (rows.length > 0) out.push({ rows });
        }
    }
    return out;
}

/** The body without a redline's summary pages (its first section). */
export function afterPreface(pkg: DocxPackage): DocxBlock[] {
    const end = pkg.body.findIndex(b => b.kind === 'paragraph' && b.xml.includes('<w:sectPr'));
    return pkg.body.slice(end + 1);
}

/** The body as a plain document shows it. */
export function seen(blocks: readonly DocxBlock[]): Seen[] {
    return resolveAll(blocks, 'ins');
}
