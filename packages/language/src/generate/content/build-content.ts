/**
 * Builds the document both writers lay out: the cover, then every section's template output in
 * document order, numbered as a lawyer cites it (heading 4, heading 4.2, clause 4.2.1), with the
 * standard tables filled in from the resolved tender.
 */
import type { TenderDocument } from '../../model/tender-document.js';
import type { SectionTemplateName, TemplateRenderer } from '../templates/engine.js';
import { SECTION_TEMPLATES } from '../templates/engine.js';
import { TemplateError } from '../templates/template-error.js';
import { cleanText, toAnchor } from '../templates/markup.js';
import type { ContentBlock, Cover, CoverFact, DocumentContent, DocumentProperties, RunningHeader, SourceSpan, TemplateBlock } from './blocks.js';
import { label, listText } from './labels.js';
import { buildTable, isTableName, spanOf, TABLE_NAMES } from './tables.js';

/** How many numbering levels there are: heading 1 to 3, and clauses one below their heading. */
export const NUMBER_LEVELS = 4;

export function buildContent(model: TenderDocument, renderer: TemplateRenderer): DocumentContent {
    const sections: { name: SectionTemplateName; blocks: TemplateBlock[] }[] = SECTION_TEMPLATES.map(name => ({
        name,
        blocks: renderer.renderSection(name, model)
    }));
    const blocks: ContentBlock[] = [];
    const counters: number[] = [];
    const ids = new Set<string>(['cover', 'contents']);
    let depth = 0;
    let tableNumber = 0;

    const uniqueId = (wanted: string | undefined): string | undefined => {
        if (!wanted) return undefined;
        let id = wanted;
        for (let n = 2; ids.has(id); n++) id = `${wanted}-${n}`;
        ids.add(id);
        return id;
    };
    /** Counts at `level` (0-based): deeper counters restart, as Word's multi-level lists do. */
    const next = (level: number): string => {
        while (counters.length <= level) counters.push(0);
        counters[level] += 1;
        counters.length = level + 1;
        return counters.map(c => String(c)).join('.');
    };

    for (const section of sections) {
        const file = renderer.templates.sections.get(section.name)?.file ?? section.name;
        for (const block of withOpeningSubheadings(section.blocks)) {
            // Object.assign rather than `{ ...block, ... }`: the same fields in the same order, but
            // objects of one kind share their hidden class in V8. Spread copies of objects of many
            // shapes each got a class of their own (about a quarter of the content's memory on the
            // 20,000-line tender).
            const id = uniqueId(block.id);
            const common = { ...(id ? { id } : {}), ...(block.span ? { span: block.span } : {}) };
            switch (block.kind) {
                case 'heading':
                    if (block.level > depth + 1) {
                        throw new TemplateError(file, `<h${block.level}> follows ${depth === 0 ? 'no heading' : `<h${depth}>`}: headings go down one level at a time, so numbers such as 4.2.1 stay citable`);
                    }
                    depth = block.level;
                    blocks.push(Object.assign({}, block, common, { number: next(block.level - 1) }));
                    break;
                case 'clause':
                    if (depth === 0) {
                        throw new TemplateError(file, '<clause> before any heading: a clause is numbered under its heading, so put an <h1> first');
                    }
                    blocks.push(Object.assign({}, block, common, { number: next(depth), depth }));
                    break;
                case 'paragraph':
                case 'item':
                case 'quote':
                    blocks.push(Object.assign({}, block, common, { depth }));
                    break;
                case 'table': {
                    if (!isTableName(block.name)) {
                        throw new TemplateError(file, `unknown table "${block.name}": tables are ${TABLE_NAMES.join(', ')}`);
                    }
                    const table = buildTable(model, { name: block.name, ...(block.attributes.lot ? { lot: block.attributes.lot } : {}) });
                    if (typeof table === 'string') {
                        throw new TemplateError(file, `<table name="${block.name}"/>: ${table}`);
                    }
                    tableNumber += 1;
                    const tableId = uniqueId(block.id ?? toAnchor(`table-${block.name}${block.attributes.lot ? `-${block.attributes.lot}` : ''}`)) as string;
                    blocks.push({ kind: 'table', table, number: tableNumber, id: tableId, attributes: block.attributes, ...(block.span ? { span: block.span } : {}) });
                    break;
                }
            }
        }
    }
    return { cover: buildCover(model), blocks, header: runningHeader(model), properties: properties(model) };
}

export function documentTitle(model: TenderDocument): string {
    const title = model.title === null ? '' : cleanText(model.title);
    return title.length > 0 ? title : model.name;
}

function buildCover(model: TenderDocument): Cover {
    const facts: CoverFact[] = [];
    const add = (factLabel: string, value: string | null | undefined) => {
        const text = value ? cleanText(value) : '';
        if (text) facts.push({ label: factLabel, value: text });
    };
    add('Reference', model.reference);
    add('Buyer', model.buyer);
    add(model.coFunders.length === 1 ? 'Co-funder' : 'Co-funders', listText(model.coFunders));
    add('Estimated value', model.value?.display);
    add('Procedure', model.procedure ? `${capitalise(label('procedure', model.procedure))}, ${label('regime', model.regime)}` : null);
    add('Version', model.version);
    add('Date', model.issued?.display);
    return { kicker: 'Invitation to tender', title: documentTitle(model), facts };
}

function runningHeader(model: TenderDocument): RunningHeader {
    const version = model.version ? cleanText(model.version) : '';
    return { reference: cleanText(model.reference ?? model.name), version: version ? `Version ${version}` : '' };
}

function properties(model: TenderDocument): DocumentProperties {
    const reference = model.reference ? cleanText(model.reference) : '';
    const version = model.version ? cleanText(model.version) : '';
    return {
        title: documentTitle(model),
        subject: 'Invitation to tender',
        creator: model.buyer ? cleanText(model.buyer) || 'Tender' : 'Tender',
        keywords: [reference, ...model.cpv.map(c => cleanText(c.code))].filter(k => k.length > 0),
        description: `Invitation to tender${reference ? ` ${reference}` : ''}${version ? `, version ${version}` : ''}`
    };
}

function capitalise(text: string): string {
    return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** The span of the whole tender, for findings that concern no single block. */
export function tenderSpan(model: TenderDocument): SourceSpan | undefined {
    return spanOf(model.source);
}

/**
 * A heading 1 whose section has headings 2 but numbered clauses before the first of them would
 * number those clauses 4.1, 4.2 and its first heading 2 4.3, so the contents would skip from 4
 * to 4.3. The shipped templates open such sections with a heading 2 of their own; for an
 * authority's template that does not, the clauses are put under a heading 2 "General".
 */
function withOpeningSubheadings(blocks: readonly TemplateBlock[]): TemplateBlock[] {
    const out: TemplateBlock[] = [];
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        out.push(block);
        if (block.kind !== 'heading' || block.level !== 1) continue;
        let firstClause = -1;
        let hasSubheading = false;
        for (let j = i + 1; j < blocks.length; j++) {
            const b = blocks[j];
            if (b.kind === 'heading') {
                if (b.level === 1) break;
                hasSubheading = true;
                break;
            }
            if (b.kind === 'clause' && firstClause < 0) firstClause = j;
        }
        if (!hasSubheading || firstClause < 0) continue;
        for (let j = i + 1; j < firstClause; j++) out.push(blocks[j]);
        out.push({ kind: 'heading', level: 2, runs: [{ text: 'General' }] });
        i = firstClause - 1;
    }
    return out;
}
