/**
 * Reads a written .docx back for tests: its parts, and document.xml as a sequence of paragraphs
 * (style, numbering, text, comment anchors) and tables (rows of cell texts), in body order.
 */
import JSZip from 'jszip';

export interface DocxParagraph {
    readonly kind: 'paragraph';
    readonly xml: string;
    readonly style: string | undefined;
    readonly text: string;
    readonly numId: string | undefined;
    readonly level: number | undefined;
    /** Ids of the comments whose range starts in this paragraph. */
    readonly comments: readonly number[];
}

export interface DocxTableCell {
    readonly text: string;
    readonly style: string | undefined;
    readonly xml: string;
}

export interface DocxTable {
    readonly kind: 'table';
    readonly xml: string;
    readonly style: string | undefined;
    readonly rows: readonly (readonly DocxTableCell[])[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxPackage {
    readonly names: readonly string[];
    part(name: string): string;
    readonly document: string;
    readonly body: readonly DocxBlock[];
    readonly paragraphs: readonly DocxParagraph[];
    readonly tables: readonly DocxTable[];
}

export function decodeXml(text: string): string {
    return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
        switch (name) {
            case 'lt': return '<';
            case 'gt': return '>';
            case 'amp': return '&';
            case 'quot': return '"';
            case 'apos': return "'";
            default: return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
        }
    });
}

/** The text of a piece of WordprocessingML: every w:t, with tabs as tab characters. */
export function textOf(xml: string): string {
    let text = '';
    for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
        text += match[1] === undefined ? '\t' : decodeXml(match[1]);
    }
    return text;
}

function styleOf(xml: string): string | undefined {
    return /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1];
}

function paragraph(xml: string): DocxParagraph {
    const numbering = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(xml);
    return {
        kind: 'paragraph',
        xml,
        style: styleOf(xml),
        text: textOf(xml),
        numId: numbering?.[2],
        level: numbering ? Number(numbering[1]) : undefined,
        comments: [...xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map(m => Number(m[1]))
    };
}

function table(xml: string): DocxTable {
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(row =>
        [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(cell => ({ text: textOf(cell[1]), style: styleOf(cell[1]), xml: cell[1] })));
    return { kind: 'table', xml, style: /<w:tblStyle w:val="([^"]+)"\/>/.exec(xml)?.[1], rows };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter(n => !zip.files[n].dir);
    const parts = new Map<string, string>();
    for (const name of names) {
        if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, await zip.files[name].async('string'));
    }
    const part = (name: string) => {
        const text = parts.get(name);
        if (text === undefined) throw new Error(`no part ${name} in the package (parts: ${names.join(', ')})`);
        return text;
    };
    const document = part('word/document.xml');
    const bodyXml = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
    const body: DocxBlock[] = [];
    for (const match of bodyXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
        body.push(match[0].startsWith('<w:tbl>') ? table(match[0]) : paragraph(match[0]));
    }
    return {
        names,
        part,
        document,
        body,
        paragraphs: body.filter((b): b is DocxParagraph => b.kind === 'paragraph'),
        tables: body.filter((b): b is DocxTable => b.kind === 'table')
    };
}

/** The table right after the caption paragraph with this text. */
export function tableAfterCaption(pkg: DocxPackage, caption: string): DocxTable {
    const index = pkg.body.findIndex(b => b.kind === 'paragraph' && b.style === 'Caption' && b.text === caption);
    if (index < 0) throw new Error(`no caption "${caption}"`);
    const next = pkg.body[index + 1];
    if (!next || next.kind !== 'table') throw new Error(`no table after "${caption}"`);
    return next;
}
