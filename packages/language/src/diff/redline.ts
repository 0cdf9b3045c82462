/**
 * The redline: the new version's document content (the same blocks the DOCX and HTML writers lay
 * out) with every difference from the old version marked as a tracked change. Accept every change
 * and it reads as the new version; reject every change and it reads as the old one.
 *
 * - Sections (a heading and what follows it up to the next heading) are paired by the tender
 *   element they render (an outcome, a lot, a criterion), found from their source lines in each
 *   version's model, else by heading id; so a moved outcome is no change, and a section that is
 *   gone comes back, struck out, where it was.
 * - Inside a section, clauses are paired by text, and a reworded clause shows word by word.
 * - Table rows are paired by the element they show, changed cells word by word, new and gone
 *   rows whole.
 */
import type { CriterionModel, SourceRange, TenderDocument } from '../model/tender-document.js';
import type { ContentBlock, Cover, CoverFact, DocumentContent, Inline, Revision, TableData, TableRow } from '../generate/content/blocks.js';
import { plainText } from '../generate/content/blocks.js';
import type { Aligned } from './align.js';
import { align } from './align.js';
import type { Renames, TenderChange } from './model-diff.js';
import { keySegment } from './model-diff.js';
import { diffRuns, markRuns } from './word-diff.js';

export interface RedlineVersion {
    readonly model: TenderDocument;
    readonly content: DocumentContent;
}

/** How alike two clauses must be (share of equal words) to show as one clause reworded. */
const CLAUSE_THRESHOLD = 0.4;
/** How alike two sections must be to show as one section changed, when they render different elements. */
const SECTION_THRESHOLD = 0.5;
const ROW_THRESHOLD = 0.4;

export function redlineContent(oldVersion: RedlineVersion, newVersion: RedlineVersion, renames: Renames, changes: readonly TenderChange[]): DocumentContent {
    const oldIds = elementIdentities(oldVersion.model, renamedPaths(changes));
    const newIds = elementIdentities(newVersion.model);
    const context: Context = { oldIds, newIds, renames };
    const blocks: ContentBlock[] = [];
    const sections = align(segments(oldVersion.content.blocks), segments(newVersion.content.blocks), {
        identity: (segment, side) => segmentIdentity(segment, side, context),
        content: segment => segment.blocks.map(blockKey).join('\n'),
        similarity: (a, b) => {
            // Two different elements stay two, one gone and one new, as the change list says.
            if (segmentElement(a, 'old', context) !== undefined && segmentElement(b, 'new', context) !== undefined) return undefined;
            const headA = a.blocks[0];
            const headB = b.blocks[0];
            if (headA?.kind !== headB?.kind || (headA?.kind === 'heading' && headB?.kind === 'heading' && headA.level !== headB.level)) return undefined;
            return diffRuns(segmentRuns(a), segmentRuns(b)).similarity;
        },
        threshold: SECTION_THRESHOLD
    });
    for (const section of sections) {
        if (section.kind === 'inserted') blocks.push(...section.new.blocks.map(b => markBlock(b, 'inserted')));
        else if (section.kind === 'deleted') blocks.push(...section.old.blocks.map(b => markBlock(b, 'deleted')));
        else blocks.push(...redlineBlocks(section.old.blocks, section.new.blocks, context));
    }
    return {
        cover: redlineCover(oldVersion.content.cover, newVersion.content.cover),
        blocks,
        header: newVersion.content.header,
        properties: newVersion.content.properties
    };
}

interface Context {
    readonly oldIds: ReadonlyMap<string, string>;
    readonly newIds: ReadonlyMap<string, string>;
    readonly renames: Renames;
}

// ------------------------------------------------------------------ identities

function spanKey(line: number, endLine: number): string {
    return `${line}-${endLine}`;
}

/**
 * What each source span renders, by span (`12-20` → `outcomes[SettledHome]`), so a block can be
 * tied to its element whatever the template calls it. An element is named by its path in the
 * change list (model-diff.ts), in the new version's names: `renamed` maps the path of each
 * element the change list calls renamed to its new key, and an old element's path goes through
 * it, so a renamed element keeps its identity. Spans shared by several elements (a one-line
 * criterion with its sub-criterion) name them all.
 */
export function elementIdentities(model: TenderDocument, renamed?: ReadonlyMap<string, string>): Map<string, string> {
    const ids = new Map<string, string>();
    const add = (source: SourceRange | null | undefined, identity: string) => {
        if (!source) return;
        const key = spanKey(source.line, source.endLine);
        const existing = ids.get(key);
        ids.set(key, existing ? `${existing}|${identity}` : identity);
    };
    /** `parent.field[key]`, the key as the new version has it. */
    const path = (parent: string, field: string, key: string) => {
        const base = parent ? `${parent}.${field}` : field;
        const to = renamed?.get(`${base}${keySegment(key)}`);
        return `${base}${keySegment(to ?? key)}`;
    };
    const criteria = (parent: string, list: readonly CriterionModel[]) => list.forEach((c, i) => {
        const criterion = path(parent, 'awardCriteria', c.title ?? `#${i + 1}`);
        add(c.source, criterion);
        c.subCriteria.forEach((s, k) => add(s.source, path(criterion, 'subCriteria', s.title ?? `#${k + 1}`)));
    });
    add(model.value?.source, 'value');
    add(model.funding?.source, 'funding');
    model.funding?.contributors.forEach(c => add(c.source, path('funding', 'contributors', c.who)));
    add(model.engagement?.source, 'engagement');
    model.cpv.forEach(c => add(c.source, path('', 'cpv', c.code)));
    for (const cohort of model.cohorts) {
        const cohortPath = path('', 'cohorts', cohort.name);
        add(cohort.source, cohortPath);
        cohort.personas.forEach(p => add(p.source, path(cohortPath, 'personas', p.name)));
    }
    for (const outcome of model.outcomes) {
        const outcomePath = path('', 'outcomes', outcome.name);
        add(outcome.source, outcomePath);
        outcome.targets.forEach(t => add(t.source, path(outcomePath, 'targets', t.horizon?.display ?? 'no horizon')));
    }
    model.services.forEach(s => add(s.source, path('', 'services', s.name)));
    for (const lot of model.lots) {
        const lotPath = path('', 'lots', lot.name);
        add(lot.source, lotPath);
        if (lot.awardCriteriaFrom === 'lot' && lot.awardCriteria) criteria(lotPath, lot.awardCriteria.criteria);
    }
    add(model.lotRules?.source, 'lotRules');
    add(model.noLots?.source, 'noLots');
    if (model.awardCriteria) {
        add(model.awardCriteria.source, 'awardCriteria');
        criteria('', model.awardCriteria.criteria);
    }
    add(model.socialValue?.source, 'socialValue');
    model.socialValue?.requirements.forEach(r => add(r.source, `socialValue.requirements:${r.text}`));
    add(model.collaboration?.source, 'collaboration');
    add(model.participation?.source, 'participation');
    add(model.timeline?.source, 'timeline');
    add(model.contract?.source, 'contract');
    model.risks.forEach(r => add(r.source, path('', 'risks', r.name)));
    return ids;
}

/** The new key of every element the change list calls renamed, by its old path. */
export function renamedPaths(changes: readonly TenderChange[]): Map<string, string> {
    return new Map(changes.filter(c => c.kind === 'renamed' && typeof c.new === 'string').map(c => [c.path, c.new as string]));
}

function identityOf(span: { line: number; endLine: number } | undefined, ids: ReadonlyMap<string, string>): string | undefined {
    return span ? ids.get(spanKey(span.line, span.endLine)) : undefined;
}

// ------------------------------------------------------------------ sections

interface Segment {
    /** The heading first (none for blocks before the first heading), then the blocks under it. */
    readonly blocks: readonly ContentBlock[];
}

function segments(blocks: readonly ContentBlock[]): Segment[] {
    const out: { blocks: ContentBlock[] }[] = [];
    for (const block of blocks) {
        if (block.kind === 'heading' || out.length === 0) out.push({ blocks: [] });
        out[out.length - 1].blocks.push(block);
    }
    return out;
}

/** The tender element a section's heading renders, if any. */
function segmentElement(segment: Segment, side: 'old' | 'new', context: Context): string | undefined {
    const head = segment.blocks[0];
    return head?.kind === 'heading' ? identityOf(head.span, side === 'old' ? context.oldIds : context.newIds) : undefined;
}

/** A heading's element, else its id when the id is not a position (`criterion-2`), else its level and text. */
function segmentIdentity(segment: Segment, side: 'old' | 'new', context: Context): string | undefined {
    const head = segment.blocks[0];
    if (!head) return undefined;
    if (head.kind !== 'heading') return 'start';
    const element = segmentElement(segment, side, context);
    if (element) return `${head.level}:${element}`;
    if (head.id && !/-\d+$/.test(head.id)) return `${head.level}#${side === 'old' ? renamedAnchor(head.id, context.renames) : head.id}`;
    return `${head.level}:${plainText(head.runs)}`;
}

/** `outcome-OldName` → `outcome-NewName`, for anchors made from a renamed element's name. */
function renamedAnchor(id: string, renames: Renames): string {
    const match = /^(cohort|outcome|service|lot)-(.+)$/.exec(id);
    if (!match) return id;
    const kind = match[1] as keyof Renames;
    const renamed = renames[kind].get(match[2]);
    return renamed ? `${kind}-${renamed}` : id;
}

function segmentRuns(segment: Segment): Inline[] {
    return segment.blocks.flatMap(b => b.kind === 'table' ? [{ text: `${b.table.caption} ` }] : [...b.runs, { text: ' ' }]);
}

// ------------------------------------------------------------------ blocks

function runsKey(runs: readonly Inline[]): string {
    return runs.map(r => `${r.strong ? 's' : ''}${r.emphasis ? 'e' : ''}:${r.text}`).join('\u0000');
}

function blockKey(block: ContentBlock): string {
    switch (block.kind) {
        case 'table': return `table:${block.table.name}:${JSON.stringify(block.attributes)}`;
        case 'heading': return `heading:${block.level}:${runsKey(block.runs)}`;
        default: return `${block.kind}:${block.depth}:${runsKey(block.runs)}`;
    }
}

function redlineBlocks(oldBlocks: readonly ContentBlock[], newBlocks: readonly ContentBlock[], context: Context): ContentBlock[] {
    const aligned = align(oldBlocks, newBlocks, {
        // Tables are known by name (and lot); other blocks by their text.
        identity: block => block.kind === 'table' ? `table:${block.table.name}:${JSON.stringify(block.attributes)}` : undefined,
        content: blockKey,
        similarity: (a, b) => {
            if (a.kind !== b.kind || a.kind === 'table' || b.kind === 'table') return undefined;
            return diffRuns(a.runs, b.runs).similarity;
        },
        threshold: CLAUSE_THRESHOLD
    });
    // The heading leads its section, so a heading that is paired is compared even when its text differs.
    return aligned.map(item => redlineBlock(item, context));
}

function redlineBlock(item: Aligned<ContentBlock>, context: Context): ContentBlock {
    if (item.kind === 'inserted') return markBlock(item.new, 'inserted');
    if (item.kind === 'deleted') return markBlock(item.old, 'deleted');
    const { old, new: now } = item;
    if ((now.kind === 'heading' || now.kind === 'clause') && (old.kind === 'heading' || old.kind === 'clause') && old.number !== now.number) {
        // A clause renumbered by a clause coming or going before it: the number is a tracked change too.
        const numberRuns = diffRuns([{ text: old.number }], [{ text: now.number }]).runs;
        const diff = diffRuns(old.runs, now.runs);
        return { ...now, numberRuns, ...(diff.changed ? { runs: diff.runs } : {}) };
    }
    if (now.kind === 'table' && old.kind === 'table') {
        // Tables are numbered in order, so a table coming or going renumbers the ones after it.
        const caption = diffRuns([{ text: `Table ${old.number}: ${old.table.caption}` }], [{ text: `Table ${now.number}: ${now.table.caption}` }]);
        return { ...now, table: redlineTable(old.table, now.table, context), ...(caption.changed ? { captionRuns: caption.runs } : {}) };
    }
    if (now.kind === 'table' || old.kind === 'table') return now;
    if (runsKey(old.runs) === runsKey(now.runs)) return now;
    const diff = diffRuns(old.runs, now.runs);
    return diff.changed ? { ...now, runs: diff.runs } : now;
}

/**
 * The block as wholly new or wholly gone: every run, row and the block itself marked. A block that
 * is gone loses its source lines (they are the old file's) and its anchor becomes `deleted-...`,
 * so it never clashes with a new block's.
 */
export function markBlock(block: ContentBlock, revision: Revision): ContentBlock {
    const place = revision === 'deleted' ? { span: undefined, ...(block.id ? { id: `deleted-${block.id}` } : {}) } : {};
    if (block.kind === 'table') {
        return {
            ...block,
            ...place,
            id: revision === 'deleted' ? `deleted-${block.id}` : block.id,
            revision,
            table: {
                ...block.table,
                rows: block.table.rows.map(row => markRow(row, revision)),
                ...(block.table.rows.length === 0 ? { emptyRevision: revision } : {})
            }
        };
    }
    const numberRuns = block.kind === 'heading' || block.kind === 'clause' ? { numberRuns: markRuns([{ text: block.number }], revision) } : {};
    return { ...block, ...place, ...numberRuns, revision, runs: markRuns(block.runs, revision) };
}

function markRow(row: TableRow, revision: Revision): TableRow {
    const place = revision === 'deleted' ? { span: undefined, ...(row.id ? { id: `deleted-${row.id}` } : {}) } : {};
    return { ...row, ...place, revision, cells: row.cells.map(cell => markRuns(cell, revision)) };
}

// ------------------------------------------------------------------ tables

function rowText(row: TableRow): string {
    return row.cells.map(c => plainText(c)).join('\t');
}

function redlineTable(oldTable: TableData, newTable: TableData, context: Context): TableData {
    const rowElement = (row: TableRow, side: 'old' | 'new') => {
        const element = identityOf(row.span, side === 'old' ? context.oldIds : context.newIds);
        // Timeline rows share the timeline's span: their own ids tell them apart.
        return element === 'timeline' ? undefined : element;
    };
    const aligned = align(oldTable.rows, newTable.rows, {
        identity: (row, side) => {
            if (row.kind === 'total') return 'total';
            const element = rowElement(row, side);
            if (element) return `${row.kind}:${element}`;
            if (row.id) return `${row.kind}#${side === 'old' ? renamedRowId(row.id, context.renames) : row.id}`;
            return undefined;
        },
        content: rowText,
        similarity: (a, b) => a.kind !== b.kind || (rowElement(a, 'old') !== undefined && rowElement(b, 'new') !== undefined)
            ? undefined
            : diffRuns(a.cells.flat(), b.cells.flat()).similarity,
        threshold: ROW_THRESHOLD
    });
    const rows: TableRow[] = aligned.map(item => {
        if (item.kind === 'inserted') return markRow(item.new, 'inserted');
        if (item.kind === 'deleted') return markRow(item.old, 'deleted');
        const cells = item.new.cells.map((cell, i) => {
            const before = item.old.cells[i] ?? [];
            if (runsKey(before) === runsKey(cell)) return cell;
            const diff = diffRuns(before, cell);
            return diff.changed ? diff.runs : cell;
        });
        return { ...item.new, cells };
    });
    // An empty table says so in a note: the note comes or goes as rows do.
    const wasEmpty = oldTable.rows.length === 0;
    const isEmpty = newTable.rows.length === 0;
    const emptyRevision: Revision | undefined = wasEmpty && !isEmpty ? 'deleted' : !wasEmpty && isEmpty ? 'inserted' : undefined;
    const emptyText = emptyRevision === 'deleted' ? oldTable.emptyText : newTable.emptyText;
    return { ...newTable, rows, emptyText, ...(emptyRevision ? { emptyRevision } : {}) };
}

function renamedRowId(id: string, renames: Renames): string {
    const match = /^(cohort|outcome|service|lot)-row-(.+)$/.exec(id);
    if (!match) return id;
    const kind = match[1] as keyof Renames;
    const renamed = renames[kind].get(match[2]);
    return renamed ? `${kind}-row-${renamed}` : id;
}

// ------------------------------------------------------------------ cover

function redlineCover(oldCover: Cover, newCover: Cover): Cover {
    const title = diffRuns([{ text: oldCover.title }], [{ text: newCover.title }]);
    const labelKey = (fact: CoverFact) => fact.label.replace(/s$/, '');
    const facts = align(oldCover.facts, newCover.facts, {
        identity: labelKey,
        content: fact => `${fact.label}:${fact.value}`,
        similarity: () => undefined,
        threshold: 1
    }).map((item): CoverFact => {
        if (item.kind === 'inserted') return { ...item.new, revision: 'inserted', runs: markRuns([{ text: item.new.value }], 'inserted') };
        if (item.kind === 'deleted') return { ...item.old, revision: 'deleted', runs: markRuns([{ text: item.old.value }], 'deleted') };
        const diff = diffRuns([{ text: item.old.value }], [{ text: item.new.value }]);
        return diff.changed ? { ...item.new, runs: diff.runs } : item.new;
    });
    return { ...newCover, ...(title.changed ? { titleRuns: title.runs } : {}), facts };
}
