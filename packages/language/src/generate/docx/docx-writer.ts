/**
 * The invitation to tender as a Word document, for people and legal review (docs/language.md
 * section 6): cover, contents, then every section in order with numbered headings and clauses,
 * the standard tables, a running header with reference and version and a "Page X of Y" footer.
 * With `review`, every lint finding becomes a Word comment on the clause it concerns.
 *
 * The same tender gives the same bytes: the dates come from the tender's `issued` date, and the
 * package is written with fixed entry times in a stable order (deterministic-zip.ts).
 */
import type { ParagraphChild } from 'docx';
import {
    AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, Footer, Header,
    PageBreak, PageNumber, Paragraph, ShadingType, Tab, Table, TableCell, TableRow,
    TextRun, VerticalAlign, WidthType
} from 'docx';
import type { TenderDocument } from '../../model/tender-document.js';
import type { Writer, WriterFinding, WriterOptions } from '../writers.js';
import type { AnchorKey } from '../content/anchors.js';
import { anchorFindings, suppressionNote } from '../content/anchors.js';
import type { ContentBlock, Cover, DocumentContent, Inline, Preface, Revision, RunningHeader, TableData, TableRow as ContentRow } from '../content/blocks.js';
import { plainText } from '../content/blocks.js';
import { documentContent } from '../content/document-content.js';
import type { TextPieces } from './deterministic-zip.js';
import { packDeterministically, w3cdtf } from './deterministic-zip.js';
import { BodyGroups, lazyRows } from './body-groups.js';
import type { ParagraphShape, RunShape } from './paragraph-shapes.js';
import { ParagraphShapes } from './paragraph-shapes.js';
import { PictureBook } from './pictures.js';
import { RevisionBook } from './revisions.js';
import { BULLET_NUMBERING, CLAUSE_NUMBERING, numberIndent, numberingOptions } from './numbering.js';
import { PAGE, STYLE, stylesXml, TABLE_CELL_MARGINS, TABLE_TEXT_SIZE, TEXT_WIDTH, TOTAL_FILL } from './styles.js';
import { columnWidths, textWidth } from './column-widths.js';
import { trajectoryFigure } from '../content/figures.js';
import { figurePng } from './png-chart.js';
import { publicModel } from '../publication/audience.js';

/** Used when the tender has no `issued` date: the earliest instant a zip entry can record. */
const FALLBACK_DATE = new Date(Date.UTC(1980, 0, 1));

export const docxWriter: Writer = {
    id: 'docx',
    description: 'the invitation to tender as a Word document',
    extension: '.docx',
    write: writeDocx
};

export async function writeDocx(model: TenderDocument, options: WriterOptions): Promise<Uint8Array> {
    // Internal risks appear only in the review version, marked "not for publication".
    const shown = options.review ? model : publicModel(model);
    return renderDocx(shown, documentContent(shown, options), options);
}

/**
 * Lays out document content as a .docx. The content may carry tracked changes (a redline from
 * `tender diff`): they become Word revisions by `reviewAuthor` (else "Tender"), dated like the
 * document, and a preface (the summary of changes) comes before the cover in a section of its own.
 */
export async function renderDocx(model: TenderDocument, content: DocumentContent, options: WriterOptions): Promise<Uint8Array> {
    const date = model.issued ? new Date(`${model.issued.iso}T00:00:00Z`) : FALLBACK_DATE;
    const comments = new CommentBook(options.review ? anchorFindings(content.blocks, options.findings) : new Map(), {
        author: options.reviewAuthor ?? 'Tender linter',
        date
    });
    // Revision ids follow the comment ids: Word wants every annotation id to be unique.
    const revisions = new RevisionBook({ author: options.reviewAuthor ?? 'Tender', date: w3cdtf(date), firstId: comments.size + 1 });
    const props = content.properties;
    const figureCounter = { next: 1 };
    const pictures = new PictureBook();
    const body = new BodyGroups();
    // The body is made as the library writes it (body-groups.ts), and paragraphs with no review
    // comment and no tracked change are written from their shape (paragraph-shapes.ts). Outside a
    // redline, table rows are made a batch at a time too (lazyRows): nothing in them is numbered
    // as it is made (tracked changes are), and review comments are numbered beforehand, in
    // document order (CommentBook.defineInOrder).
    const redline = content.preface !== undefined;
    if (!redline) comments.defineInOrder(commentAnchorsInOrder(content.blocks));
    // A redline with review comments is made at once (its comments are numbered as made), not in
    // groups: the library writes all of it.
    const later = comments.size === 0 || !redline;
    const layout: Layout | undefined = later ? { shapes: new ParagraphShapes(), lazy: !redline } : undefined;
    const renderWithFigures = (block: ContentBlock, index: number) => [
        ...renderBlock(block, index, comments, revisions, redline, layout),
        // A redline's figures are not tracked changes: only the plain document has them.
        ...(redline ? [] : figuresAfter(model, block, figureCounter, pictures, layout?.lazy))
    ];
    const document = new Document({
        title: props.title,
        subject: props.subject,
        creator: props.creator,
        lastModifiedBy: props.creator,
        keywords: props.keywords.join(', '),
        description: props.description,
        revision: 1,
        numbering: numberingOptions(),
        // A redline is for review: the reviewer's own edits are tracked too.
        features: { updateFields: true, ...(content.preface ? { trackRevisions: true } : {}) },
        ...(comments.size > 0 ? { comments: { children: comments.definitions() } } : {}),
        sections: [...(content.preface ? [prefaceSection(content.preface, revisions)] : []), {
            properties: {
                titlePage: true,
                page: pageSetup()
            },
            headers: {
                first: new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] }),
                default: new Header({ children: [runningHeader(content.header)] })
            },
            footers: {
                first: new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [] })] }),
                default: new Footer({ children: [pageOfPages()] })
            },
            children: later
                // The body's paragraphs made group by group as the library writes them (body-groups.ts);
                // review comments must all be known before, so a reviewed redline makes them at once.
                ? body.groupLater([...coverPage(content.cover, comments, revisions), ...contentsPage()], content.blocks, renderWithFigures)
                : body.group([
                    ...coverPage(content.cover, comments, revisions),
                    ...contentsPage(),
                    ...content.blocks.flatMap(renderWithFigures)
                ])
        }]
    });
    return packDeterministically(document, { date, transform: partFinisher(content, revisions, pictures, body), extraParts: () => pictures.parts() });
}

function pageSetup() {
    return {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerFooter, footer: PAGE.headerFooter }
    };
}

/** The preface (a redline's summary of changes) in a section of its own, without header or footer. */
function prefaceSection(preface: Preface, revisions: RevisionBook) {
    const children: (Paragraph | Table)[] = [
        new Paragraph({ style: STYLE.subtitle, children: [new TextRun(preface.kicker)] }),
        new Paragraph({ style: STYLE.title, children: [new TextRun(preface.title)] })
    ];
    for (const block of preface.blocks) {
        switch (block.kind) {
            case 'heading':
                children.push(new Paragraph({ style: STYLE.tocHeading, keepNext: true, children: [new TextRun(block.text)] }));
                break;
            case 'paragraph':
                children.push(new Paragraph({ style: STYLE.normal, children: runsOf(block.runs, revisions) }));
                break;
            case 'item':
                children.push(new Paragraph({ style: STYLE.bullet[0], numbering: { reference: BULLET_NUMBERING, level: 0 }, children: runsOf(block.runs, revisions) }));
                break;
            case 'table': {
                const [caption, ...table] = renderTable(block.table, undefined, -1, new CommentBook(new Map(), { author: '', date: FALLBACK_DATE }), revisions);
                // A preface table without a caption follows its heading directly; an empty
                // paragraph after it keeps the next heading off its bottom rule.
                children.push(...(block.table.caption ? [caption] : []), ...table, new Paragraph({ style: STYLE.normal }));
                break;
            }
        }
    }
    return {
        properties: { page: pageSetup() },
        headers: { default: new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [] })] }) },
        children
    };
}

// ------------------------------------------------------------------ page furniture

function runningHeader(header: RunningHeader): Paragraph {
    return new Paragraph({ style: STYLE.header, children: [new TextRun(header.reference), new TextRun({ children: [new Tab(), header.version] })] });
}

function pageOfPages(): Paragraph {
    return new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })]
    });
}

function coverPage(cover: Cover, comments: CommentBook, revisions: RevisionBook): (Paragraph | Table)[] {
    const rows = cover.facts.map(fact => new TableRow({
        cantSplit: true,
        children: [
            new TableCell({ width: { size: 2600, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.coverLabel, ...revisions.rowMark(fact.revision), children: runsOf([{ text: fact.label, revision: fact.revision }], revisions) })] }),
            new TableCell({ width: { size: TEXT_WIDTH - 2600, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.coverValue, ...revisions.paragraphMark(fact.revision), children: runsOf(fact.runs ?? [{ text: fact.value }], revisions) })] })
        ]
    }));
    const parts: (Paragraph | Table)[] = [
        new Paragraph({ style: STYLE.subtitle, children: [new TextRun(cover.kicker)] }),
        new Paragraph({ style: STYLE.title, children: comments.wrap('cover', runsOf(cover.titleRuns ?? [{ text: cover.title }], revisions)) })
    ];
    if (rows.length > 0) {
        parts.push(new Table({ style: STYLE.coverTable, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [2600, TEXT_WIDTH - 2600], rows }));
    }
    parts.push(new Paragraph({ children: [new PageBreak()] }));
    return parts;
}

/** Style of the empty paragraph the contents field replaces; only this writer names it. */
const CONTENTS_PLACEHOLDER = 'TenderContentsPlaceholder';
/** Heading levels the table of contents lists. */
const CONTENTS_LEVELS = 2;

function contentsPage(): Paragraph[] {
    return [
        new Paragraph({ style: STYLE.tocHeading, children: [new TextRun('Contents')] }),
        new Paragraph({ style: CONTENTS_PLACEHOLDER }),
        new Paragraph({ children: [new PageBreak()] })
    ];
}

/**
 * The table of contents as a TOC field whose result already lists the numbered headings, so the
 * contents read right before any application updates the field (Word then adds page numbers
 * when it updates fields on opening; the `docx` library's own TOC is an empty field that other
 * readers show as its bare instruction).
 */
export function contentsFieldXml(blocks: readonly ContentBlock[]): string {
    // A redline's contents list the new version's headings, as Word lists them once changes are accepted.
    const entries = blocks.filter((b): b is Extract<ContentBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level <= CONTENTS_LEVELS && b.revision !== 'deleted');
    const begin = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        + `<w:r><w:instrText xml:space="preserve"> TOC \\o "1-${CONTENTS_LEVELS}" \\h \\z \\u </w:instrText></w:r>`
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    if (entries.length === 0) {
        return `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${begin}<w:r><w:t>No headings yet.</w:t></w:r>${end}</w:p>`;
    }
    return entries.map((heading, i) => `<w:p><w:pPr><w:pStyle w:val="TOC${heading.level}"/></w:pPr>`
        + (i === 0 ? begin : '')
        + `<w:r><w:t xml:space="preserve">${escapeXml(heading.number)}</w:t></w:r><w:r><w:tab/></w:r>`
        + `<w:r><w:t xml:space="preserve">${escapeXml(plainText(heading.runs.filter(r => r.revision !== 'deleted')))}</w:t></w:r>`
        + (i === entries.length - 1 ? end : '')
        + '</w:p>').join('');
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ------------------------------------------------------------------ blocks

function runsOf(inlines: readonly Inline[], revisions: RevisionBook): ParagraphChild[] {
    return inlines.map(run => revisions.run(runOf(run), run.revision));
}

/** A run's text and the options that style it. */
function runOf(run: Inline): RunShape & { text: string } {
    return {
        text: run.text,
        ...(run.strong ? { style: STYLE.strong } : run.emphasis ? { style: STYLE.emphasis } : {}),
        ...(run.strong && run.emphasis ? { italics: true } : {})
    };
}

/** How the body is made (renderDocx): paragraphs from their shape where they can be, and whether table rows are made as the table is written. */
interface Layout {
    readonly shapes: ParagraphShapes;
    readonly lazy: boolean;
}

/** Whether a paragraph of these runs, marked `revision`, with or without comments, can be written from its shape. */
function shapeable(revision: Revision | undefined, runs: readonly Inline[], commented: boolean): boolean {
    return revision === undefined && !commented && runs.every(run => run.revision === undefined);
}

function renderBlock(block: ContentBlock, index: number, comments: CommentBook, revisions: RevisionBook, redline = false, layout?: Layout): (Paragraph | Table)[] {
    const key: AnchorKey = `block:${index}`;
    const paragraph = (options: ParagraphShape, runs: readonly Inline[]) => layout && shapeable(block.revision, runs, comments.has(key))
        ? layout.shapes.paragraph(options, runs.map(runOf))
        : new Paragraph({ ...options, ...revisions.paragraphMark(block.revision), children: comments.wrap(key, runsOf(runs, revisions)) });
    /**
     * In a redline, numbers are written as text, each renumbering a tracked change: LibreOffice
     * (7.4) takes a list item holding a tracked deletion for a deleted one and shows the clauses
     * after it as "9.2[9.3]"; numbers as text read the same in every application.
     */
    const literal = (level: number, numberRuns: readonly Inline[], runs: readonly Inline[], style: string) => new Paragraph({
        style,
        indent: numberIndent(level),
        ...revisions.paragraphMark(block.revision),
        children: comments.wrap(key, [...runsOf(numberRuns, revisions), new TextRun({ children: [new Tab()] }), ...runsOf(runs, revisions)])
    });
    switch (block.kind) {
        case 'heading':
            if (redline) return [literal(block.level - 1, block.numberRuns ?? [{ text: block.number }], block.runs, STYLE.heading[block.level - 1])];
            return [paragraph({ style: STYLE.heading[block.level - 1], numbering: { reference: CLAUSE_NUMBERING, level: block.level - 1 } }, block.runs)];
        case 'clause':
            if (redline) return [literal(block.depth, block.numberRuns ?? [{ text: block.number }], block.runs, STYLE.clause)];
            return [paragraph({ style: STYLE.clause, numbering: { reference: CLAUSE_NUMBERING, level: block.depth } }, block.runs)];
        case 'paragraph':
            return [paragraph({ style: STYLE.body[Math.min(block.depth, 3)] }, block.runs)];
        case 'item':
            return [paragraph({ style: STYLE.bullet[Math.min(block.depth, 3)], numbering: { reference: BULLET_NUMBERING, level: Math.min(block.depth, 3) } }, block.runs)];
        case 'quote':
            return [paragraph({ style: STYLE.quote[Math.min(block.depth, 3)] }, block.runs)];
        case 'table':
            return renderTable(block.table, block.number, index, comments, revisions, block.revision, block.captionRuns, layout);
    }
}

/**
 * A table with its caption (`Table 3: ...`, or the caption alone without a number). With a
 * `layout`, the body rows' paragraphs are written from their shape where they can be, and with a
 * lazy one the rows are made as the table is written, a batch at a time (lazyRows).
 */
function renderTable(table: TableData, number: number | undefined, blockIndex: number, comments: CommentBook, revisions: RevisionBook, revision?: Revision, captionRuns?: readonly Inline[], layout?: Layout): (Paragraph | Table)[] {
    const captionText = number === undefined ? table.caption : `Table ${number}: ${table.caption}`;
    const caption = new Paragraph({ style: STYLE.caption, ...revisions.paragraphMark(revision), children: runsOf(captionRuns ?? [{ text: captionText, revision }], revisions) });
    const note = () => new Paragraph({ style: STYLE.tableNote, ...revisions.paragraphMark(table.emptyRevision), children: runsOf([{ text: table.emptyText, revision: table.emptyRevision }], revisions) });
    if (table.rows.length === 0) {
        return [caption, note()];
    }
    const widths = columnWidths(table.columns.map((c, i) => ({
        weight: c.width,
        header: c.header,
        cells: table.rows.map(r => plainText(r.cells[i] ?? []))
    })), TEXT_WIDTH, { halfPoints: TABLE_TEXT_SIZE, cellMargins: TABLE_CELL_MARGINS });
    const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column, i) => new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            verticalAlign: VerticalAlign.BOTTOM,
            children: [new Paragraph({
                style: column.align === 'right' ? STYLE.tableHeadingRight : STYLE.tableHeading,
                keepNext: true,
                ...(i === 0 ? revisions.rowMark(revision) : revisions.paragraphMark(revision)),
                children: runsOf([{ text: column.header, revision }], revisions)
            })]
        }))
    });
    // The caption and header row keep with the first row. Only a very short table is kept whole
    // on one page: keeping a longer one together moves it to the next page and leaves the page
    // before it half empty (its header row repeats on each page instead).
    const keepTogether = fitsInLines(table, widths, KEEP_TOGETHER_LINES);
    const row = (rowIndex: number) => bodyRow(table, table.rows[rowIndex], widths, comments, revisions, `row:${blockIndex}:${rowIndex}`, keepTogether && rowIndex < table.rows.length - 1, layout?.shapes);
    const rows = layout?.lazy
        ? lazyRows(table.rows.length, (start, end) => range(start, end).map(row))
        : range(0, table.rows.length).map(row);
    const parts: (Paragraph | Table)[] = [
        caption,
        new Table({ style: STYLE.table, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] })
    ];
    // In a redline, the note of an empty table comes or goes as its rows go or come.
    if (table.emptyRevision === 'deleted') parts.splice(1, 0, note());
    if (table.emptyRevision === 'inserted') parts.push(note());
    return parts;
}

/** A table whose rows take at most this many lines (estimated) is kept whole on one page. */
const KEEP_TOGETHER_LINES = 10;

/**
 * Whether a table's body takes at most `limit` lines, estimated from its words and column widths
 * (column-widths.ts). Counting stops past the limit: a long table is not measured row by row.
 */
function fitsInLines(table: TableData, widths: readonly number[], limit: number): boolean {
    let lines = 0;
    for (const row of table.rows) {
        lines += Math.max(1, ...row.cells.map((cell, i) => {
            const room = Math.max(1, (widths[i] ?? TEXT_WIDTH) - TABLE_CELL_MARGINS);
            return Math.ceil(textWidth(plainText(cell), TABLE_TEXT_SIZE, false) / room);
        }));
        if (lines > limit) return false;
    }
    return true;
}

/** Width of a figure in a two-column figure table, in the picture's pixels at 96 per inch. */
const FIGURE_WIDTH_PX = 290;

/**
 * The pictures that go with a table, as the HTML draws them (content/figures.ts): after the
 * outcomes framework, each outcome's trajectory from baseline to its 5-year target, two a row,
 * each labelled with its outcome. The picture's title and description read out every value.
 */
function figuresAfter(model: TenderDocument, block: ContentBlock, counter: { next: number }, pictures: PictureBook, lazy = false): (Paragraph | Table)[] {
    if (block.kind !== 'table' || block.table.name !== 'outcomes') return [];
    const charts = model.outcomes.flatMap(outcome => {
        const figure = trajectoryFigure(outcome);
        return figure ? [{ outcome, figure }] : [];
    });
    if (charts.length === 0) return [];
    const half = Math.floor(TEXT_WIDTH / 2);
    const cell = (chart: (typeof charts)[number] | undefined) => new TableCell({
        width: { size: half, type: WidthType.DXA },
        children: chart ? [
            new Paragraph({
                style: STYLE.figure,
                keepNext: true,
                children: [pictures.run({
                    png: pictures.drawn(JSON.stringify([chart.figure.width, chart.figure.height, chart.figure.shapes]), () => figurePng(chart.figure)),
                    widthPx: FIGURE_WIDTH_PX,
                    heightPx: Math.round((FIGURE_WIDTH_PX * chart.figure.height) / chart.figure.width),
                    name: `trajectory-${chart.outcome.name}`,
                    title: chart.figure.title,
                    description: chart.figure.description
                })]
            }),
            new Paragraph({ style: STYLE.figureLabel, children: [new TextRun(cleanLabel(chart.outcome.statement ?? chart.outcome.name))] })
        ] : [new Paragraph({ style: STYLE.figureLabel })]
    });
    const pairs = Math.ceil(charts.length / 2);
    const row = (pair: number) => new TableRow({ cantSplit: true, children: [cell(charts[2 * pair]), cell(charts[2 * pair + 1])] });
    const rows = lazy ? lazyRows(pairs, (start, end) => range(start, end).map(row)) : range(0, pairs).map(row);
    return [
        new Paragraph({ style: STYLE.caption, children: [new TextRun(`Figure ${counter.next++}: Outcome trajectories, from baseline to the 5-year target`)] }),
        new Table({ style: STYLE.figureTable, width: { size: half * 2, type: WidthType.DXA }, columnWidths: [half, half], rows })
    ];
}

function range(start: number, end: number): number[] {
    return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

function cleanLabel(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

function bodyRow(table: TableData, row: ContentRow, widths: readonly number[], comments: CommentBook, revisions: RevisionBook, key: AnchorKey, keepNext: boolean, shapes?: ParagraphShapes): TableRow {
    return new TableRow({
        cantSplit: true,
        children: row.cells.map((cell, i) => {
            const column = table.columns[i];
            const style = column.align === 'right' ? STYLE.tableTextRight : i === 0 && row.kind === 'sub' ? STYLE.tableSubText : STYLE.tableText;
            const paragraph = () => {
                if (shapes && shapeable(row.revision, cell, i === 0 && comments.has(key))) return shapes.paragraph({ style, keepNext }, cell.map(runOf));
                const runs = runsOf(cell, revisions);
                const mark = i === 0 ? revisions.rowMark(row.revision) : revisions.paragraphMark(row.revision);
                return new Paragraph({ style, keepNext, ...mark, children: i === 0 ? comments.wrap(key, runs) : runs });
            };
            return new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                ...(row.kind === 'total' ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TOTAL_FILL } } : {}),
                children: [paragraph()]
            });
        })
    });
}

// ------------------------------------------------------------------ review comments

/**
 * The anchors comments hang on, in the order the writer wraps them when it makes the document at
 * once: the cover's title, then each block (a table by its rows, none when it has no rows).
 */
function* commentAnchorsInOrder(blocks: readonly ContentBlock[]): Generator<AnchorKey> {
    yield 'cover';
    for (const [index, block] of blocks.entries()) {
        if (block.kind !== 'table') yield `block:${index}`;
        else for (let row = 0; row < block.table.rows.length; row++) yield `row:${index}:${row}`;
    }
}

interface CommentDefinition {
    readonly id: number;
    readonly author: string;
    readonly initials: string;
    readonly date: Date;
    readonly children: Paragraph[];
}

/** The review comments, numbered in document order, and the anchors they hang on. */
class CommentBook {
    private readonly ids = new Map<AnchorKey, number[]>();
    private readonly list: CommentDefinition[] = [];

    constructor(private readonly byAnchor: Map<AnchorKey, WriterFinding[]>, private readonly meta: { author: string; date: Date }) {}

    get size(): number {
        return [...this.byAnchor.values()].reduce((n, list) => n + list.length, 0);
    }

    /** Whether any finding hangs on this anchor. */
    has(key: AnchorKey): boolean {
        return (this.byAnchor.get(key)?.length ?? 0) > 0;
    }

    /**
     * Numbers the comments of these anchors, in this order, before any is wrapped: the order wrap()
     * would number them in when the document is made at once (so a body made later, as the
     * library writes it, numbers them the same).
     */
    defineInOrder(keys: Iterable<AnchorKey>): void {
        for (const key of keys) {
            const findings = this.byAnchor.get(key);
            if (!findings || findings.length === 0 || this.ids.has(key)) continue;
            this.ids.set(key, findings.map(finding => this.define(finding)));
        }
    }

    /** Surrounds the runs with comment ranges for every finding on this anchor. */
    wrap(key: AnchorKey, runs: ParagraphChild[]): ParagraphChild[] {
        const findings = this.byAnchor.get(key);
        if (!findings || findings.length === 0) return runs;
        const ids = this.ids.get(key) ?? findings.map(finding => this.define(finding));
        this.ids.set(key, ids);
        return [
            ...ids.map(id => new CommentRangeStart(id)),
            ...runs,
            ...ids.map(id => new CommentRangeEnd(id)),
            ...ids.map(id => new TextRun({ style: 'CommentReference', children: [new CommentReference(id)] }))
        ];
    }

    definitions(): CommentDefinition[] {
        return this.list;
    }

    private define(finding: WriterFinding): number {
        const id = this.list.length;
        this.list.push({
            id,
            author: this.meta.author,
            initials: initialsOf(this.meta.author),
            date: this.meta.date,
            children: [new Paragraph({ style: 'CommentText', children: [new TextRun(commentText(finding))] })]
        });
        return id;
    }
}

/** `rule-id: message (link)`; a finding silenced in the tender adds the reason given for it. */
export function commentText(finding: WriterFinding): string {
    return `${finding.ruleId}: ${finding.message}${finding.docsUrl ? ` (${finding.docsUrl})` : ''}${suppressionNote(finding)}`;
}


function initialsOf(name: string): string {
    const letters = name.split(/\s+/).filter(Boolean).map(w => w[0].toUpperCase()).join('');
    return letters.slice(0, 3) || 'T';
}

// ------------------------------------------------------------------ last touches on the XML

/**
 * What the `docx` library cannot express, done on the XML it wrote: the contents field; tables
 * that take their borders from their style (the library writes box borders on every table) and
 * say that only the header-row format of the style applies.
 *
 * document.xml is finished piece by piece (BodyGroups.chunks: each piece whole elements, in
 * order), so the text of a large tender is never held whole, nor copied whole by each rewrite:
 * every rewrite below works within one element (a paragraph, a table's properties, a row) and
 * the drawing ids count on across pieces, so the bytes are those of rewriting the whole text.
 */
function partFinisher(content: DocumentContent, revisions: RevisionBook, pictures: PictureBook, body: BodyGroups): (name: string, text: string) => string | TextPieces {
    return (name, text) => {
        // The library lays its default styles beside external ones, so the same style ids appear
        // twice and readers pick either; the part is ours alone.
        if (name === 'word/styles.xml') return stylesXml();
        if (name === 'word/_rels/document.xml.rels') return pictures.finishRelationships(text);
        if (name !== 'word/document.xml') return text;
        // Each picture's drawing (about 1,300 characters) takes the place of a short placeholder.
        const lengthHint = body.textLength(text) + pictures.size * 1_400;
        return Object.assign(finishedDocument(body.chunks(text), content, revisions, pictures), { lengthHint });
    };
}

function* finishedDocument(pieces: Iterable<string>, content: DocumentContent, revisions: RevisionBook, pictures: PictureBook): Generator<string> {
    const contentsPlaceholder = `<w:p><w:pPr><w:pStyle w:val="${CONTENTS_PLACEHOLDER}"/></w:pPr></w:p>`;
    let contentsDone = false;
    // The library numbers every picture 1; Word wants each drawing's id unique.
    let drawingId = 0;
    for (const piece of pieces) {
        let xml = revisions.finishXml(piece.includes('<w:tenderPicture ') ? pictures.finishDocument(piece) : piece);
        if (!contentsDone && xml.includes(contentsPlaceholder)) {
            xml = xml.replace(contentsPlaceholder, () => contentsFieldXml(content.blocks));
            contentsDone = true;
        }
        // Most pieces hold no table and no picture: they are not copied for nothing.
        if (xml.includes('<w:tblPr>')) {
            xml = xml.replace(/<w:tblPr><w:tblStyle w:val="(TenderTable|CoverTable|FigureTable)"\/>([\s\S]*?)<\/w:tblPr>/g, (_whole, style: string, inner: string) => {
                const look = style === STYLE.table
                    ? '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
                    : '<w:tblLook w:val="0600" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>';
                return `<w:tblPr><w:tblStyle w:val="${style}"/>${inner.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/, '')}${look}</w:tblPr>`;
            });
        }
        yield xml.includes('<wp:docPr ') ? xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawingId}"`) : xml;
    }
}
