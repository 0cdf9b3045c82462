/**
 * The tender language server's own requests, beside the standard LSP ones: the live preview and
 * tender pack generation. Shared by the server and the VS Code client, so this module imports
 * nothing (the client bundles it; it must not pull Langium in).
 */

/** `initializationOptions` the client sends. */
export interface TenderInitializationOptions {
    /**
     * Whether the workspace is trusted. Untrusted: linting works, but Handlebars templates from
     * the workspace (tender.config.json "templates") are not loaded.
     */
    readonly trusted?: boolean;
}

/** Notification from the client: the user trusted the workspace (or revoked trust). */
export const TRUST_NOTIFICATION = 'tender/trust';

export interface TrustParams {
    readonly trusted: boolean;
}

/** Request: the HTML of a tender for the preview. */
export const PREVIEW_REQUEST = 'tender/preview';

export interface PreviewParams {
    /** The document's URI, as the client knows it. */
    readonly uri: string;
}

export type PreviewResult =
    | {
        readonly kind: 'html';
        /** The complete HTML document the HTML writer produced. */
        readonly html: string;
        /** The tender's title, else its name. */
        readonly title: string;
        /** The text version the preview was made from (undefined for a file not open in the editor). */
        readonly version?: number;
    }
    | {
        /** Nothing to show yet: no tender in the file, or a document that cannot be read. */
        readonly kind: 'message';
        readonly message: string;
    };

/** Request: write a tender's outputs (DOCX, OCDS JSON, pack JSON, HTML). */
export const GENERATE_REQUEST = 'tender/generate';

/** The output formats, as `tender generate --format` names them. */
export type OutputFormat = 'docx' | 'ocds' | 'json' | 'html';

export interface GenerateParams {
    readonly uri: string;
    /** Which outputs; all of them when empty. */
    readonly formats: readonly OutputFormat[];
    /** Absolute path of the folder to write into (created when missing). */
    readonly outputFolder: string;
    /** Write even when the tender has errors. */
    readonly force: boolean;
}

/** A finding that stops generation, for the message the editor shows. */
export interface BlockingFinding {
    readonly code: string;
    readonly message: string;
    /** 1-based. */
    readonly line: number;
}

export type GenerateResult =
    | {
        readonly kind: 'written';
        /** Absolute paths, in the order of the formats. */
        readonly files: readonly string[];
    }
    | {
        /** Nothing written: the tender has errors and `force` was not set. */
        readonly kind: 'errors';
        readonly errors: number;
        /** The first few, in source order. */
        readonly findings: readonly BlockingFinding[];
    }
    | {
        readonly kind: 'failed';
        readonly message: string;
    };

/** Request: the redline of a tender against an earlier version (`tender diff`), as HTML for a preview. */
export const COMPARE_REQUEST = 'tender/compare';

/** The earlier version: the same file at a git revision, or another .tender file. */
export type CompareAgainst =
    | { readonly kind: 'git'; readonly ref: string }
    | { readonly kind: 'file'; readonly uri: string };

export interface CompareParams {
    /** The document's URI, as the client knows it; its text as the editor has it is the new version. */
    readonly uri: string;
    readonly against: CompareAgainst;
}

export type CompareResult =
    | {
        readonly kind: 'html';
        /** The complete HTML redline: the new version with every change marked, after a summary of the changes. */
        readonly html: string;
        /** `Changes to <title>` */
        readonly title: string;
        /** How many changes the comparison found (0: the versions say the same). */
        readonly changes: number;
        /** The earlier version as `tender diff` names it: `git:HEAD:tenders/care.tender`, or a file path. */
        readonly against: string;
        /** The text version the redline was made from. */
        readonly version?: number;
    }
    | {
        /** No redline: the message says why (no tender, an unknown revision, a file not on disk). */
        readonly kind: 'message';
        readonly message: string;
    };
