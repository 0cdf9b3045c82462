/**
 * The one registry of output writers. A writer is `(model, options) → bytes`: it reads the resolved
 * TenderDocument only (never the AST, never Langium), takes every clock and id it needs from the
 * model or the options, and gives byte-identical output for the same input.
 *
 * File input and output stay with the caller (CLI, extension); writers return bytes. Writer
 * modules import only types from this file, so the list below can import them without a cycle.
 */
import type { TenderDocument } from '../model/tender-document.js';
import { docxWriter } from './docx/docx-writer.js';
import { htmlWriter } from './html/html-writer.js';
import { ocdsWriter } from './ocds/ocds-writer.js';
import { packWriter } from './pack/pack-writer.js';

export type WriterId = 'docx' | 'ocds' | 'json' | 'html';

/** Every writer id, in the order `tender generate` lists and writes them. */
export const WRITER_IDS: readonly WriterId[] = ['docx', 'ocds', 'json', 'html'];

/** A lint finding as writers see it (for review comments): plain data, positions 1-based. */
export interface WriterFinding {
    readonly ruleId: string;
    readonly severity: 'error' | 'warning' | 'info';
    readonly message: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    /** Link to the rule's documentation page. */
    readonly docsUrl?: string;
    /**
     * Set when an inline comment silences the finding (`// tender-disable-next-line <id> -- why`):
     * review outputs still show it, with the reason given, for legal review.
     */
    readonly suppressed?: { readonly justification?: string };
}

export interface WriterOptions {
    /** Lint findings of the tender, silenced ones marked `suppressed`; writers that show review comments use them. */
    readonly findings: readonly WriterFinding[];
    /** Show the findings as review comments (`tender generate --review`). */
    readonly review: boolean;
    /** Folder of Handlebars templates overriding the shipped ones (absolute path), from tender.config.json `templates`. */
    readonly templates?: string;
    /** The workspace folders the templates and their partials must really be inside (symbolic links followed). */
    readonly workspaceRoots?: readonly string[];
    /** OCDS ocid prefix from tender.config.json `ocidPrefix`; default `ocds-213czf` (the documentation prefix). */
    readonly ocidPrefix?: string;
    /** Author of review comments and tracked changes, from tender.config.json `reviewAuthor`. */
    readonly reviewAuthor?: string;
    /** Version of the tender tool that wrote the file (recorded in outputs that name their producer). */
    readonly toolVersion?: string;
    /** Absolute http(s) URL of the folder the outputs will be published in (`tender generate --base-url`): gives the OCDS package its `uri` and its documents their `url`. */
    readonly baseUrl?: string;
    /** The base name the files are written under (`ANY-ASC-2027-003`), for cross-links between outputs. */
    readonly baseName?: string;
    /** `tender generate --include-internal`: the pack JSON keeps `internal` risks (no other output ever shows them, except review outputs). */
    readonly includeInternal?: boolean;
}

export interface Writer {
    readonly id: WriterId;
    /** What the writer produces, for help text and messages. */
    readonly description: string;
    /** Appended to the base name: `.docx`, `.ocds.json`, `.pack.json`, `.html`. */
    readonly extension: string;
    write(model: TenderDocument, options: WriterOptions): Promise<Uint8Array>;
}

/**
 * The one list of writers. Adding an output format is one module under `generate/<id>/` exporting
 * a `Writer`, and one line here.
 */
export const writers: readonly Writer[] = [
    docxWriter,
    ocdsWriter,
    packWriter,
    htmlWriter
];

export function writerFor(id: WriterId): Writer | undefined {
    return writers.find(w => w.id === id);
}

