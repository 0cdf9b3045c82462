/**
 * What the page and its worker say to each other besides the standard language server protocol
 * and the preview request of packages/language/src/lsp/protocol.ts. Imports nothing.
 */
import type { BlockingFinding, OutputFormat } from '../../../language/src/lsp/protocol.js';

/** The first message to a new worker, before any LSP message: the opened folder's files. */
export interface WorkerInit {
    readonly tenderInit: true;
    /** URI → text, every file of the folder (.tender files and tender.config.json, templates). */
    readonly files: ReadonlyArray<readonly [string, string]>;
}

/** Notification: a file of the folder changed on the page (saved, created), not one open in an editor. */
export const FILE_CHANGED_NOTIFICATION = 'tender/web/fileChanged';
export interface FileChangedParams {
    readonly uri: string;
    /** Undefined: the file is gone. */
    readonly text?: string;
}

/** Notification: the page opened another folder; its files replace the ones in memory. */
export const SET_FOLDER_NOTIFICATION = 'tender/web/setFolder';
export interface SetFolderParams {
    readonly files: ReadonlyArray<readonly [string, string]>;
}

/** Request: a tender's outputs as bytes, for the page to offer as downloads. */
export const GENERATE_BYTES_REQUEST = 'tender/web/generate';

export interface GenerateBytesParams {
    readonly uri: string;
    /** Which outputs; all of them when empty. */
    readonly formats: readonly OutputFormat[];
    readonly force: boolean;
}

export type GenerateBytesResult =
    | { readonly kind: 'files'; readonly files: ReadonlyArray<{ readonly name: string; readonly format: OutputFormat; readonly base64: string }> }
    | { readonly kind: 'errors'; readonly errors: number; readonly findings: readonly BlockingFinding[] }
    | { readonly kind: 'failed'; readonly message: string };
