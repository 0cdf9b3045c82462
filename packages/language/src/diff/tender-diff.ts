/**
 * `tender diff`: what changed between two versions of a tender, as three outputs from one
 * comparison of the resolved models:
 * - `<reference>.diff.json`: the change list (schemas/tender-diff.schema.json), for CI comments;
 * - `<reference>.diff.docx`: the new version as a Word document with every change as a tracked
 *   change, after a first page that summarises the changes that matter legally;
 * - `<reference>.diff.html`: the same redline as one self-contained page (the editor's preview).
 * Like the other outputs these are `(versions, options) → bytes`, byte-identical for the same input.
 */
import type { DocumentContent, PrefaceBlock } from '../generate/content/blocks.js';
import { documentContent } from '../generate/content/document-content.js';
import { canonicalJson, utf8 } from '../generate/canonical-json.js';
import { renderDocx } from '../generate/docx/docx-writer.js';
import { renderHtmlContent } from '../generate/html/html-writer.js';
import type { WriterOptions } from '../generate/writers.js';
import type { TenderDocument } from '../model/tender-document.js';
import type { BidWindowPeriod } from './bid-window.js';
import type { ChangeKind, Renames, TenderChange } from './model-diff.js';
import { diffTenders, findElementRenames } from './model-diff.js';
import { redlineContent } from './redline.js';
import { sourceName, summaryPreface } from './summary.js';
import type { DiffBudget } from './word-diff.js';
import { RUN_BUDGET, withDiffBudget } from './word-diff.js';

/** One version of the tender, resolved. */
export interface DiffVersion {
    /** Where it was read from, as the user named it: `tender.tender`, `git:HEAD~2:tenders/a.tender`. */
    readonly source: string;
    readonly model: TenderDocument;
    /** Its participation and tendering periods against the law (bid-window.ts). */
    readonly bidWindow: readonly BidWindowPeriod[];
}

export interface TenderDiff {
    readonly older: DiffVersion;
    readonly newer: DiffVersion;
    readonly changes: readonly TenderChange[];
    readonly renames: Renames;
}

export function compareVersions(older: DiffVersion, newer: DiffVersion): TenderDiff {
    return { older, newer, changes: diffTenders(older.model, newer.model), renames: findElementRenames(older.model, newer.model) };
}

// ------------------------------------------------------------------ outputs

export type DiffFormat = 'docx' | 'html' | 'json';

/** Every diff output, in the order `tender diff` writes them. */
export const DIFF_FORMATS: readonly DiffFormat[] = ['docx', 'html', 'json'];

/** Appended to the new version's base name (its reference): `ANY-ASC-2027-003.diff.docx`. */
export const DIFF_EXTENSIONS: Readonly<Record<DiffFormat, string>> = {
    docx: '.diff.docx',
    html: '.diff.html',
    json: '.diff.json'
};

/** Where the published schema lives (the `schemas/` folder of the @tender/language package). */
export const TENDER_DIFF_SCHEMA_ID = 'https://unpkg.com/@tender/language/schemas/tender-diff.schema.json';

/** Version of the change list's shape. */
export const TENDER_DIFF_FORMAT_VERSION = '1.0';

export interface DiffVersionSummary {
    readonly source: string;
    readonly name: string;
    readonly reference: string | null;
    readonly version: string | null;
    readonly issued: string | null;
}

export interface TenderDiffJson {
    readonly $schema: string;
    readonly formatVersion: string;
    readonly old: DiffVersionSummary;
    readonly new: DiffVersionSummary;
    readonly counts: Readonly<Record<ChangeKind, number>>;
    /** The new version's participation and tendering periods, each against the law. */
    readonly bidWindow: readonly BidWindowPeriod[];
    readonly changes: readonly TenderChange[];
}

function versionSummary(version: DiffVersion): DiffVersionSummary {
    const model = version.model;
    return { source: version.source, name: model.name, reference: model.reference, version: model.version, issued: model.issued?.iso ?? null };
}

export function countChanges(changes: readonly TenderChange[]): Record<ChangeKind, number> {
    const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, renamed: 0 };
    for (const change of changes) counts[change.kind]++;
    return counts;
}

export function diffDocument(diff: TenderDiff): TenderDiffJson {
    return {
        $schema: TENDER_DIFF_SCHEMA_ID,
        formatVersion: TENDER_DIFF_FORMAT_VERSION,
        old: versionSummary(diff.older),
        new: versionSummary(diff.newer),
        counts: countChanges(diff.changes),
        bidWindow: diff.newer.bidWindow,
        changes: diff.changes
    };
}

/** The change list as text: keys sorted, `path` and `kind` first in each change. */
export function diffJson(diff: TenderDiff): string {
    return canonicalJson(diffDocument(diff), { top: ['$schema', 'formatVersion', 'old', 'new', 'counts'], everywhere: ['path', 'kind', 'old', 'new'] });
}

/**
 * The redline's content: both versions rendered with the same templates (the new version's, so a
 * change of templates is no change of the tender), compared block by block, with the summary
 * page before the cover. Throws TemplateError for a broken override template.
 */
export function redlineDocumentContent(diff: TenderDiff, options: Pick<WriterOptions, 'templates'>): DocumentContent {
    // The DOCX and the HTML lay out the same redline: work it out once per comparison.
    const byTemplates = redlines.get(diff) ?? new Map<string, DocumentContent>();
    redlines.set(diff, byTemplates);
    const cached = byTemplates.get(options.templates ?? '');
    if (cached) return cached;
    const content = buildRedline(diff, options);
    byTemplates.set(options.templates ?? '', content);
    return content;
}

const redlines = new WeakMap<TenderDiff, Map<string, DocumentContent>>();

function buildRedline(diff: TenderDiff, options: Pick<WriterOptions, 'templates'>): DocumentContent {
    const older = documentContent(diff.older.model, options);
    const newer = documentContent(diff.newer.model, options);
    // One word-level budget for the whole redline: past it, texts are compared whole (word-diff.ts).
    const budget: DiffBudget = { remaining: RUN_BUDGET, coarse: 0 };
    const content = withDiffBudget(budget, () => redlineContent({ model: diff.older.model, content: older }, { model: diff.newer.model, content: newer }, diff.renames, diff.changes));
    const summary = summaryPreface(diff.older, diff.newer, diff.changes, { older, newer });
    return {
        ...content,
        preface: budget.coarse === 0 ? summary : { ...summary, blocks: [...summary.blocks, coarseNote()] },
        properties: {
            ...content.properties,
            title: `Changes to ${content.properties.title}`,
            subject: 'Invitation to tender: changes',
            description: `Redline of ${diff.newer.model.reference ?? diff.newer.model.name}: ${sourceName(diff.older.source)} against ${sourceName(diff.newer.source)}`
        }
    };
}

/** Says on the summary page that some texts are shown as replaced whole rather than word by word. */
function coarseNote(): PrefaceBlock {
    return {
        kind: 'paragraph',
        runs: [{ text: 'The versions differ so much that, to keep the comparison quick, some long texts are shown as replaced whole (the old paragraph struck out, the new one put in) rather than word by word.' }]
    };
}

/** One output's bytes. */
export async function writeDiff(diff: TenderDiff, format: DiffFormat, options: WriterOptions): Promise<Uint8Array> {
    switch (format) {
        case 'json':
            return utf8(diffJson(diff));
        case 'docx':
            return renderDocx(diff.newer.model, redlineDocumentContent(diff, options), { ...options, review: false });
        case 'html':
            return utf8(renderHtmlContent(diff.newer.model, redlineDocumentContent(diff, options), { ...options, review: false }));
    }
}
