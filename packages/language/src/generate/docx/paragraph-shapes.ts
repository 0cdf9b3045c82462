/**
 * The paragraphs of a plain document (no tracked changes, no review comments) written from their
 * shape. Tens of thousands of clauses, bullets and table cells differ only in their text: the
 * `docx` library lays out each shape (paragraph options and the styles of its runs) once, with
 * stand-ins for the texts, and every paragraph of that shape is that XML with its own texts
 * escaped in, as the library escapes them. The library still writes every element and registers
 * the numbering a shape uses (at its first paragraph, where it would have); it is no longer asked
 * to make and lay out some thirty objects for each paragraph. The XML is the same.
 *
 * Only inside a group (body-groups.ts): a paragraph lays itself out as text already written.
 */
import type { IContext, IParagraphOptions, IRunOptions, IXmlableObject } from 'docx';
import { Paragraph, TextRun } from 'docx';
import { escapeText, WRITTEN, writeXml } from './body-groups.js';

/** The options of a run that shape its XML; the text is filled in. */
export type RunShape = Pick<IRunOptions, 'style' | 'italics'>;

/** The options of a paragraph that shape its XML (whatever the writer passes besides its runs). */
export type ParagraphShape = Pick<IParagraphOptions, 'style' | 'numbering' | 'keepNext'>;

/** Stands in for the i-th text while a shape is laid out: a noncharacter no text the writer gets holds. */
const STAND_IN = '\uffff';
const standIn = (i: number) => `${STAND_IN}${i}${STAND_IN}`;

export class ParagraphShapes {
    /** By shape: the XML around the texts (texts.length + 1 pieces). */
    private readonly written = new Map<string, readonly string[]>();

    /** How many shapes the library has laid out. */
    get size(): number {
        return this.written.size;
    }

    /** A paragraph of runs `runs` (each its text and shape) with the options `options`. */
    paragraph(options: ParagraphShape, runs: readonly (RunShape & { readonly text: string })[]): Paragraph {
        return new ShapedParagraph(this, options, runs);
    }

    /** The XML of the paragraph, from its shape laid out once by the library with `context`. */
    xml(options: ParagraphShape, runs: readonly (RunShape & { readonly text: string })[], context: IContext): string | undefined {
        if (runs.some(run => run.text.includes(STAND_IN))) return undefined;
        const key = shapeKey(options, runs);
        let pieces = this.written.get(key);
        if (pieces === undefined) {
            const laidOut = new Paragraph({ ...options, children: runs.map((run, i) => new TextRun({ ...runOptions(run), text: standIn(i) })) }).prepForXml(context);
            if (laidOut === undefined) return undefined;
            const out: string[] = [];
            writeXml(laidOut, out);
            const text = out.join('');
            // Each stand-in once, in order, or the shape is not used.
            const found = [...text.matchAll(new RegExp(`${STAND_IN}(\\d+)${STAND_IN}`, 'g'))].map(m => Number(m[1]));
            if (found.length !== runs.length || found.some((n, i) => n !== i)) return undefined;
            pieces = text.split(new RegExp(`${STAND_IN}\\d+${STAND_IN}`));
            this.written.set(key, pieces);
        }
        let xml = pieces[0];
        for (let i = 0; i < runs.length; i++) xml += escapeText(runs[i].text) + pieces[i + 1];
        return xml;
    }
}

/** The run's options but its text, as the writer gives them to the library. */
function runOptions(run: RunShape): RunShape {
    return {
        ...(run.style !== undefined ? { style: run.style } : {}),
        ...(run.italics !== undefined ? { italics: run.italics } : {})
    };
}

function shapeKey(options: ParagraphShape, runs: readonly RunShape[]): string {
    const numbering = options.numbering;
    return JSON.stringify([
        options.style ?? null,
        numbering ? [numbering.reference, numbering.level, numbering.instance ?? 0, numbering.custom ?? null] : null,
        options.keepNext ?? null,
        runs.map(run => [run.style ?? null, run.italics ?? null])
    ]);
}

class ShapedParagraph extends Paragraph {
    constructor(private readonly shapes: ParagraphShapes, private readonly shape: ParagraphShape, private readonly runs: readonly (RunShape & { readonly text: string })[]) {
        super({});
    }

    override prepForXml(context: IContext): IXmlableObject | undefined {
        const xml = this.shapes.xml(this.shape, this.runs, context);
        if (xml === undefined) {
            // A text that holds the stand-in, or a shape the library lays out otherwise: the library writes it.
            return new Paragraph({ ...this.shape, children: this.runs.map(run => new TextRun({ ...runOptions(run), text: run.text })) }).prepForXml(context);
        }
        return { [WRITTEN]: xml } as unknown as IXmlableObject;
    }
}
