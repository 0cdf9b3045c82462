/**
 * The content both document writers render: a small block model (headings, numbered clauses,
 * paragraphs, bullet items, set-apart quotes, tables) built once from the templates and the
 * resolved tender. The DOCX and HTML writers only lay these blocks out, so the preview says what
 * the Word document says.
 */

/**
 * A tracked change in a redline (`tender diff`): the text, block or row is new in this version,
 * or was in the earlier version and is gone. Plain documents have none.
 */
export type Revision = 'inserted' | 'deleted';

/** A run of text. Text is always literal: it never carries markup. */
export interface Inline {
    readonly text: string;
    readonly emphasis?: boolean;
    readonly strong?: boolean;
    readonly revision?: Revision;
}

/** Lines of the tender's source file an element spans (1-based, inclusive). */
export interface SourceSpan {
    readonly line: number;
    readonly endLine: number;
}

interface BlockBase {
    /** Anchor for links and the preview (`outcome-SettledHome`); unique within the document. */
    readonly id?: string;
    /** The tender element this block renders, for review comments and preview scrolling. */
    readonly span?: SourceSpan;
    /** In a redline: the whole block (its paragraph mark too) is new, or gone. */
    readonly revision?: Revision;
}

export interface HeadingBlock extends BlockBase {
    readonly kind: 'heading';
    readonly level: 1 | 2 | 3;
    readonly runs: readonly Inline[];
}

/** A numbered clause: one level below the heading it sits under (4.2.1 under heading 4.2). */
export interface ClauseBlock extends BlockBase {
    readonly kind: 'clause';
    readonly runs: readonly Inline[];
}

export interface ParagraphBlock extends BlockBase {
    readonly kind: 'paragraph';
    readonly runs: readonly Inline[];
}

/** A bullet point, belonging to the clause or paragraph before it. */
export interface ItemBlock extends BlockBase {
    readonly kind: 'item';
    readonly runs: readonly Inline[];
}

/** Text set apart from the body, such as a persona's story in their own words. */
export interface QuoteBlock extends BlockBase {
    readonly kind: 'quote';
    readonly runs: readonly Inline[];
}

/** Where a template places one of the standard tables (`<table name="outcomes"/>`). */
export interface TablePlaceholder extends BlockBase {
    readonly kind: 'table';
    readonly name: string;
    /** Further attributes, e.g. `lot="KeyWorkerLot"` for a lot's own award criteria. */
    readonly attributes: Readonly<Record<string, string>>;
}

export type TemplateBlock = HeadingBlock | ClauseBlock | ParagraphBlock | ItemBlock | QuoteBlock | TablePlaceholder;

// ------------------------------------------------------------------ tables

export type CellAlign = 'left' | 'right';

export interface TableColumn {
    readonly header: string;
    /** Relative width; the writers scale these to the page. */
    readonly width: number;
    readonly align: CellAlign;
}

/** `body` an ordinary row; `sub` a row belonging to the one above (sub-criteria); `total` a totals row. */
export type RowKind = 'body' | 'sub' | 'total';

export interface TableRow {
    readonly kind: RowKind;
    /** One list of runs per column. */
    readonly cells: readonly (readonly Inline[])[];
    readonly id?: string;
    readonly span?: SourceSpan;
    /** In a redline: the whole row is new, or gone. */
    readonly revision?: Revision;
}

export interface TableData {
    /** The table's name, as templates place it (`outcomes`, `award-criteria`, ...). */
    readonly name: string;
    /** `Table 3: Outcomes framework`: the caption text after the number. */
    readonly caption: string;
    readonly columns: readonly TableColumn[];
    readonly rows: readonly TableRow[];
    /** When there are no rows: what to say instead of an empty table. */
    readonly emptyText: string;
    /** In a redline: the note that the table is empty is new (its rows are gone), or gone (rows came). */
    readonly emptyRevision?: Revision;
}

// ------------------------------------------------------------------ the document

/** A block ready to lay out: numbered where it is numbered, tables filled. */
export type ContentBlock =
    | (HeadingBlock & { readonly number: string; readonly numberRuns?: readonly Inline[] })
    | (ClauseBlock & { readonly number: string; readonly depth: number; readonly numberRuns?: readonly Inline[] })
    | (ParagraphBlock & { readonly depth: number })
    | (ItemBlock & { readonly depth: number })
    | (QuoteBlock & { readonly depth: number })
    | {
        readonly kind: 'table'; readonly table: TableData; readonly number: number; readonly id: string; readonly span?: SourceSpan;
        readonly attributes: Readonly<Record<string, string>>; readonly revision?: Revision;
        /** In a redline: the whole caption (`Table 3: ...`) with its tracked changes. */
        readonly captionRuns?: readonly Inline[];
    };

export interface CoverFact {
    readonly label: string;
    readonly value: string;
    /** In a redline: the value with its tracked changes (else `value` is the text). */
    readonly runs?: readonly Inline[];
    /** In a redline: the whole fact is new, or gone. */
    readonly revision?: Revision;
}

export interface Cover {
    /** `Invitation to tender` */
    readonly kicker: string;
    readonly title: string;
    /** In a redline: the title with its tracked changes. */
    readonly titleRuns?: readonly Inline[];
    readonly facts: readonly CoverFact[];
}

/** The running header: reference on the left, version on the right. */
export interface RunningHeader {
    readonly reference: string;
    /** `Version 1.0`, or empty. */
    readonly version: string;
}

/** Document properties (Word's core properties, the HTML page's meta tags). */
export interface DocumentProperties {
    readonly title: string;
    readonly subject: string;
    /** The buyer. */
    readonly creator: string;
    /** Reference and CPV codes. */
    readonly keywords: readonly string[];
    readonly description: string;
}

/** Pages before the cover, unnumbered: a redline's summary of the changes. */
export interface Preface {
    /** `Changes since version 1.0` */
    readonly kicker: string;
    readonly title: string;
    readonly blocks: readonly PrefaceBlock[];
}

export type PrefaceBlock =
    | { readonly kind: 'heading'; readonly text: string }
    | { readonly kind: 'paragraph'; readonly runs: readonly Inline[] }
    | { readonly kind: 'item'; readonly runs: readonly Inline[] }
    /** A table without a number (the document's tables are numbered from the cover on). */
    | { readonly kind: 'table'; readonly table: TableData };

export interface DocumentContent {
    /** In a redline: the summary of changes, before the cover. */
    readonly preface?: Preface;
    readonly cover: Cover;
    readonly blocks: readonly ContentBlock[];
    readonly header: RunningHeader;
    readonly properties: DocumentProperties;
}

/** The plain text of a list of runs. */
export function plainText(runs: readonly Inline[]): string {
    return runs.map(r => r.text).join('');
}
