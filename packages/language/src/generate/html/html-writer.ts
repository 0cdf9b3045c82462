/**
 * The tender as one self-contained HTML page: the same content as the Word document (the same
 * templates, numbering and tables), for the editor's live preview and for reading in a browser.
 * No scripts and no external requests (a Content-Security-Policy says so too); one inline
 * stylesheet with print rules; inline SVG figures. Every section and element that renders part
 * of the tender carries an `id` and `data-line`/`data-end-line` (its source lines), so the
 * preview can scroll to what is under the cursor.
 */
import type { TenderDocument } from '../../model/tender-document.js';
import type { Writer, WriterFinding, WriterOptions } from '../writers.js';
import type { AnchorKey } from '../content/anchors.js';
import { anchorFindings, suppressionNote } from '../content/anchors.js';
import type { ContentBlock, DocumentContent, Inline, Preface, Revision, SourceSpan, TableData, TableRow } from '../content/blocks.js';
import { plainText } from '../content/blocks.js';
import { documentContent } from '../content/document-content.js';
import { publicModel } from '../publication/audience.js';
import { lotValues, outcomeTrajectory, weightingsBar } from './charts.js';
import { PAGE_CSS, REDLINE_CSS } from './css.js';
import { attribute, escapeHtml } from './escape.js';

export const htmlWriter: Writer = {
    id: 'html',
    description: 'the invitation to tender as one self-contained web page (the preview)',
    extension: '.html',
    write: async (model, options) => new TextEncoder().encode(renderHtml(model, options))
};

/** The page as text. */
export function renderHtml(model: TenderDocument, options: WriterOptions): string {
    // Internal risks appear only in the review version, marked "not for publication".
    const shown = options.review ? model : publicModel(model);
    return renderHtmlContent(shown, documentContent(shown, options), options);
}

/**
 * Lays out document content as the page. The content may carry tracked changes (a redline from
 * `tender diff`): inserted text in `<ins>`, deleted text in `<del>`, whole blocks and rows with the
 * classes `inserted` / `deleted`, and the preface (the summary of changes) before the cover.
 */
export function renderHtmlContent(model: TenderDocument, content: DocumentContent, options: WriterOptions): string {
    const findings = options.review ? anchorFindings(content.blocks, options.findings) : new Map<AnchorKey, WriterFinding[]>();
    const page = new PageBuilder(model, content, findings);
    return page.render();
}

function runs(inlines: readonly Inline[]): string {
    return inlines.map(run => {
        let html = escapeHtml(run.text);
        if (run.emphasis) html = `<em>${html}</em>`;
        if (run.strong) html = `<strong>${html}</strong>`;
        if (run.revision === 'inserted') html = `<ins>${html}</ins>`;
        if (run.revision === 'deleted') html = `<del>${html}</del>`;
        return html;
    }).join('');
}

/** ` class="..."` for a block's classes and its revision, if any. */
function classes(names: string, revision: Revision | undefined): string {
    const all = [names, revision ?? ''].filter(Boolean).join(' ');
    return all ? ` class="${all}"` : '';
}

function lines(span: SourceSpan | undefined): string {
    return span ? `${attribute('data-line', span.line)}${attribute('data-end-line', span.endLine)}` : '';
}

class PageBuilder {
    private readonly out: string[] = [];
    private figureNumber = 0;

    constructor(
        private readonly model: TenderDocument,
        private readonly content: DocumentContent,
        private readonly findings: Map<AnchorKey, WriterFinding[]>
    ) {}

    render(): string {
        const props = this.content.properties;
        this.out.push('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n');
        this.out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n`);
        this.out.push('<meta name="viewport" content="width=device-width, initial-scale=1">\n');
        this.out.push(`<meta name="generator" content="Tender">\n`);
        this.out.push(`<meta name="author"${attribute('content', props.creator)}>\n`);
        this.out.push(`<meta name="description"${attribute('content', props.description)}>\n`);
        if (props.keywords.length > 0) this.out.push(`<meta name="keywords"${attribute('content', props.keywords.join(', '))}>\n`);
        this.out.push(`<title>${escapeHtml(props.title)}</title>\n<style>${PAGE_CSS}${this.content.preface ? REDLINE_CSS : ''}</style>\n</head>\n<body>\n`);
        this.out.push(`<div class="running" aria-hidden="true"><span>${escapeHtml(this.content.header.reference)}</span><span>${escapeHtml(this.content.header.version)}</span></div>\n`);
        this.out.push('<main>\n');
        if (this.content.preface) this.preface(this.content.preface);
        this.cover();
        this.contents();
        this.body();
        this.out.push('</main>\n</body>\n</html>\n');
        return this.out.join('');
    }

    /** A redline's summary of changes, before the cover. */
    private preface(preface: Preface): void {
        this.out.push(`<section class="preface" id="changes" aria-labelledby="changes-title">\n<p class="kicker">${escapeHtml(preface.kicker)}</p>\n<h1 id="changes-title">${escapeHtml(preface.title)}</h1>\n`);
        let list = false;
        for (const block of preface.blocks) {
            if (list && block.kind !== 'item') {
                this.out.push('</ul>\n');
                list = false;
            }
            switch (block.kind) {
                case 'heading':
                    this.out.push(`<h2>${escapeHtml(block.text)}</h2>\n`);
                    break;
                case 'paragraph':
                    this.out.push(`<p>${runs(block.runs)}</p>\n`);
                    break;
                case 'item':
                    if (!list) this.out.push('<ul class="items">\n');
                    list = true;
                    this.out.push(`<li>${runs(block.runs)}</li>\n`);
                    break;
                case 'table':
                    this.tableOnly(block.table, undefined, undefined);
                    break;
            }
        }
        if (list) this.out.push('</ul>\n');
        this.out.push('</section>\n');
    }

    private cover(): void {
        const cover = this.content.cover;
        this.out.push(`<header class="cover" id="cover"${lines(this.model.source ? { line: this.model.source.line, endLine: this.model.source.endLine } : undefined)}>\n`);
        this.out.push(`<p class="kicker">${escapeHtml(cover.kicker)}</p>\n<h1>${cover.titleRuns ? runs(cover.titleRuns) : escapeHtml(cover.title)}</h1>\n`);
        if (cover.facts.length > 0) {
            this.out.push('<dl class="facts">\n');
            for (const fact of cover.facts) {
                this.out.push(`<dt${classes('', fact.revision)}>${runs([{ text: fact.label, revision: fact.revision }])}</dt><dd${classes('', fact.revision)}>${fact.runs ? runs(fact.runs) : escapeHtml(fact.value)}</dd>\n`);
            }
            this.out.push('</dl>\n');
        }
        this.out.push('</header>\n');
        this.comments('cover');
    }

    private contents(): void {
        // A redline's contents list the new version's headings.
        const headings = this.content.blocks.filter((b): b is Extract<ContentBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2 && b.revision !== 'deleted');
        if (headings.length === 0) return;
        this.out.push('<nav class="contents" aria-labelledby="contents-title">\n<h2 id="contents-title">Contents</h2>\n<ol>\n');
        let open = false;
        for (const heading of headings) {
            const link = `<a${attribute('href', `#${this.headingId(heading)}`)}><span class="num">${escapeHtml(heading.number)}</span>${escapeHtml(plainText(heading.runs.filter(r => r.revision !== 'deleted')))}</a>`;
            if (heading.level === 1) {
                if (open) this.out.push('</ol></li>\n');
                this.out.push(`<li>${link}<ol>\n`);
                open = true;
            } else {
                this.out.push(`<li>${link}</li>\n`);
            }
        }
        if (open) this.out.push('</ol></li>\n');
        this.out.push('</ol>\n</nav>\n');
    }

    private headingId(heading: Extract<ContentBlock, { kind: 'heading' }>): string {
        return heading.id ?? `section-${heading.number.replace(/\./g, '-')}`;
    }

    private body(): void {
        const blocks = this.content.blocks;
        let sectionOpen = false;
        for (let index = 0; index < blocks.length; index++) {
            const block = blocks[index];
            switch (block.kind) {
                case 'heading': {
                    if (block.level === 1) {
                        if (sectionOpen) this.out.push('</section>\n');
                        this.out.push(`<section${attribute('aria-labelledby', this.headingId(block))}${lines(block.span)}>\n`);
                        sectionOpen = true;
                    }
                    const tag = `h${block.level + 1}`;
                    this.out.push(`<${tag}${attribute('id', this.headingId(block))}${classes('', block.revision)}${lines(block.span)}><span class="num">${block.numberRuns ? runs(block.numberRuns) : escapeHtml(block.number)}</span>${runs(block.runs)}</${tag}>\n`);
                    break;
                }
                case 'clause':
                    this.out.push(`<p${classes(`clause depth-${block.depth}`, block.revision)}${attribute('id', block.id)}${lines(block.span)}><span class="num">${block.numberRuns ? runs(block.numberRuns) : escapeHtml(block.number)}</span><span class="text">${runs(block.runs)}</span></p>\n`);
                    break;
                case 'paragraph':
                    this.out.push(`<p${classes(`body depth-${block.depth}`, block.revision)}${attribute('id', block.id)}${lines(block.span)}>${runs(block.runs)}</p>\n`);
                    break;
                case 'quote':
                    this.out.push(`<blockquote${classes(`depth-${block.depth}`, block.revision)}${attribute('id', block.id)}${lines(block.span)}><p>${runs(block.runs)}</p></blockquote>\n`);
                    break;
                case 'item': {
                    // Consecutive items make one list; comments on an item follow the list.
                    this.out.push(`<ul class="items depth-${block.depth}">\n`);
                    let last = index;
                    const pending: number[] = [];
                    for (let i = index; i < blocks.length; i++) {
                        const item = blocks[i];
                        if (item.kind !== 'item' || item.depth !== block.depth) break;
                        this.out.push(`<li${attribute('id', item.id)}${classes('', item.revision)}${lines(item.span)}>${runs(item.runs)}</li>\n`);
                        pending.push(i);
                        last = i;
                    }
                    this.out.push('</ul>\n');
                    for (const i of pending) this.comments(`block:${i}`);
                    index = last;
                    continue;
                }
                case 'table':
                    this.table(block.table, block.number, block.id, index, block.attributes, block.revision, block.captionRuns);
                    break;
            }
            this.comments(`block:${index}`);
        }
        if (sectionOpen) this.out.push('</section>\n');
    }

    private table(table: TableData, number: number, id: string, blockIndex: number, attributes: Readonly<Record<string, string>>, revision?: Revision, captionRuns?: readonly Inline[]): void {
        this.tableOnly(table, number, id, revision, captionRuns);
        if (table.rows.length === 0) return;
        table.rows.forEach((_row, rowIndex) => this.comments(`row:${blockIndex}:${rowIndex}`));
        // A table that is gone in a redline has no figure: the figures show the new version.
        if (revision !== 'deleted') this.figuresFor(table, id, attributes);
    }

    /** The table and its caption (numbered unless `number` is undefined). */
    private tableOnly(table: TableData, number: number | undefined, id: string | undefined, revision?: Revision, captionRuns?: readonly Inline[]): void {
        const caption = number === undefined ? table.caption : `Table ${number}: ${table.caption}`;
        this.out.push(`<figure${classes('table', revision)}${attribute('id', id)}>\n${caption ? `<figcaption>${runs(captionRuns ?? [{ text: caption, revision }])}</figcaption>\n` : ''}`);
        const note = `<p${classes('empty-table', table.emptyRevision)}>${runs([{ text: table.emptyText, revision: table.emptyRevision }])}</p>\n`;
        if (table.rows.length === 0) {
            this.out.push(`${note}</figure>\n`);
            return;
        }
        if (table.emptyRevision === 'deleted') this.out.push(note);
        this.out.push('<div class="table-wrap"><table>\n<thead><tr>');
        table.columns.forEach(column => {
            this.out.push(`<th scope="col"${column.align === 'right' ? ' class="right"' : ''}>${escapeHtml(column.header)}</th>`);
        });
        this.out.push('</tr></thead>\n<tbody>\n');
        const body = table.rows.filter(r => r.kind !== 'total');
        const totals = table.rows.filter(r => r.kind === 'total');
        body.forEach(row => this.row(table, row));
        this.out.push('</tbody>\n');
        if (totals.length > 0) {
            this.out.push('<tfoot>\n');
            totals.forEach(row => this.row(table, row));
            this.out.push('</tfoot>\n');
        }
        this.out.push('</table></div>\n');
        if (table.emptyRevision === 'inserted') this.out.push(note);
        this.out.push('</figure>\n');
    }

    private row(table: TableData, row: TableRow): void {
        const kind = classes(row.kind === 'body' ? '' : row.kind, row.revision);
        this.out.push(`<tr${kind}${attribute('id', row.id)}${lines(row.span)}>`);
        row.cells.forEach((cell, i) => {
            const right = table.columns[i]?.align === 'right' ? ' class="right"' : '';
            this.out.push(i === 0 ? `<th scope="row"${right}>${runs(cell)}</th>` : `<td${right}>${runs(cell)}</td>`);
        });
        this.out.push('</tr>\n');
    }

    /** The pictures that go with a table: the same figures, drawn. */
    private figuresFor(table: TableData, tableId: string, attributes: Readonly<Record<string, string>>): void {
        if (table.name === 'outcomes') {
            const charts = this.model.outcomes
                .map(outcome => ({ outcome, svg: outcomeTrajectory(outcome, `trajectory-${outcome.name}`) }))
                .filter((c): c is { outcome: typeof c.outcome; svg: string } => c.svg !== undefined);
            if (charts.length === 0) return;
            this.out.push(`<figure class="figure"${attribute('id', `${tableId}-trajectories`)}>\n<figcaption>Figure ${++this.figureNumber}: Outcome trajectories, from baseline to the 5-year target</figcaption>\n<div class="charts">\n`);
            for (const chart of charts) {
                this.out.push(`<figure class="chart-card"${lines(chart.outcome.source ? { line: chart.outcome.source.line, endLine: chart.outcome.source.endLine } : undefined)}>${chart.svg}<figcaption>${escapeHtml(chart.outcome.statement ?? chart.outcome.name)}</figcaption></figure>\n`);
            }
            this.out.push('</div>\n</figure>\n');
        } else if (table.name === 'award-criteria') {
            const lot = attributes.lot ? this.model.lots.find(l => l.name === attributes.lot) : undefined;
            const criteria = attributes.lot ? lot?.awardCriteria ?? null : this.model.awardCriteria;
            const svg = criteria ? weightingsBar(criteria, `${tableId}-weightings`) : undefined;
            if (!svg) return;
            this.out.push(`<figure class="figure">\n<figcaption>Figure ${++this.figureNumber}: Award weightings${lot ? ` for lot ${lot.number}` : ''}</figcaption>\n${svg}\n</figure>\n`);
        } else if (table.name === 'lots') {
            const svg = lotValues(this.model, `${tableId}-values`);
            if (!svg) return;
            this.out.push(`<figure class="figure">\n<figcaption>Figure ${++this.figureNumber}: Lot values against the tender value</figcaption>\n${svg}\n</figure>\n`);
        }
    }

    /** Review notes (with `--review`): the same findings, anchored where the Word comments are. */
    private comments(key: AnchorKey): void {
        const findings = this.findings.get(key);
        if (!findings) return;
        for (const finding of findings) {
            this.out.push(`<aside class="review-comment" role="note"${attribute('data-rule', finding.ruleId)}><span class="rule">${escapeHtml(finding.ruleId)}</span>: ${escapeHtml(finding.message)}${finding.docsUrl ? ` (${escapeHtml(finding.docsUrl)})` : ''}${finding.suppressed ? `<span class="suppressed">${escapeHtml(suppressionNote(finding))}</span>` : ''}</aside>\n`);
        }
    }
}
