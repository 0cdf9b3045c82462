/**
 * Tracked changes in the Word document (a redline from `tender diff`), so that Word's and
 * LibreOffice's Review tools accept or reject each one:
 * - inserted and deleted text are `w:ins` / `w:del` runs (the `docx` library's InsertedTextRun and
 *   DeletedTextRun);
 * - a paragraph that is wholly new or gone also has its paragraph mark inserted or deleted
 *   (`w:pPr/w:rPr/w:ins|w:del`), so rejecting or accepting it leaves no empty paragraph behind;
 * - a table row that is new or gone is marked on the row (`w:trPr/w:ins|w:del`).
 * The library writes neither of the last two, so the writer asks it for a run-property change
 * (`w:rPrChange`, which it does write) with a reserved id as a marker, and `finishXml` turns each
 * marker into the mark Word expects. Every change has its own id, author and date.
 */
import type { IParagraphOptions, ParagraphChild } from 'docx';
import { DeletedTextRun, InsertedTextRun, TextRun } from 'docx';
import type { Revision } from '../content/blocks.js';

interface RunStyle {
    readonly text: string;
    readonly style?: string;
    readonly italics?: boolean;
}

interface Marker {
    readonly revision: Revision;
    /** Id of the row mark, when the marker also stands for its table row. */
    readonly rowId?: number;
}

export class RevisionBook {
    private nextId: number;
    private readonly markers = new Map<number, Marker>();
    private readonly author: string;
    private readonly date: string;

    /** `firstId` keeps revision ids apart from other annotations (review comments) in the document. */
    constructor(options: { author: string; date: string; firstId?: number }) {
        this.author = options.author;
        this.date = options.date;
        this.nextId = options.firstId ?? 1;
    }

    /** A run of text, plain or as a tracked insertion or deletion. */
    run(options: RunStyle, revision: Revision | undefined): ParagraphChild {
        if (revision === undefined) return new TextRun(options);
        const change = { id: this.nextId++, author: this.author, date: this.date };
        return revision === 'inserted'
            ? new InsertedTextRun({ ...options, ...change })
            : new DeletedTextRun({ ...options, ...change });
    }

    /** Paragraph options that mark the paragraph mark as inserted or deleted (nothing without a revision). */
    paragraphMark(revision: Revision | undefined): Pick<IParagraphOptions, 'run'> {
        if (revision === undefined) return {};
        const id = this.nextId++;
        this.markers.set(id, { revision });
        return { run: { revision: { id, author: this.author, date: this.date } } };
    }

    /** As `paragraphMark`, for the first paragraph of a table row: the row is marked too. */
    rowMark(revision: Revision | undefined): Pick<IParagraphOptions, 'run'> {
        if (revision === undefined) return {};
        const id = this.nextId++;
        const rowId = this.nextId++;
        this.markers.set(id, { revision, rowId });
        return { run: { revision: { id, author: this.author, date: this.date } } };
    }

    /** Turns the markers in document.xml into paragraph-mark and row revisions. */
    finishXml(xml: string): string {
        if (this.markers.size === 0) return xml;
        const mark = (revision: Revision, id: number) =>
            `<w:${revision === 'inserted' ? 'ins' : 'del'} w:id="${id}" w:author="${escapeAttribute(this.author)}" w:date="${this.date}"/>`;
        const marker = /<w:rPrChange w:id="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:rPrChange>)/g;
        // Rows first: a row whose first paragraph holds a row marker gets the mark in its w:trPr.
        const rows = xml.replace(/<w:tr>([\s\S]*?)<\/w:tr>/g, (whole, inner: string) => {
            let rowMark = '';
            for (const match of inner.matchAll(marker)) {
                const found = this.markers.get(Number(match[1]));
                if (found?.rowId !== undefined) {
                    rowMark = mark(found.revision, found.rowId);
                    break;
                }
            }
            if (!rowMark) return whole;
            return inner.startsWith('<w:trPr>')
                ? `<w:tr>${inner.replace('</w:trPr>', `${rowMark}</w:trPr>`)}</w:tr>`
                : `<w:tr><w:trPr>${rowMark}</w:trPr>${inner}</w:tr>`;
        });
        return rows.replace(marker, (whole, id: string) => {
            const found = this.markers.get(Number(id));
            return found ? mark(found.revision, Number(id)) : whole;
        });
    }
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
