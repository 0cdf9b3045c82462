/**
 * Rebuilding after a change. Langium relinks a document when one of the files its references point
 * into changes; a tender also depends on files it imports without referring into them (a market
 * that `lot-beyond-local-market` reads, a framework whose new need would resolve a reference), so
 * a change to any file in a document's import closure relinks it too.
 */
import type { Cancellation, DocumentState, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
type CancellationToken = Cancellation.CancellationToken;
import { DefaultDocumentBuilder } from 'langium';
import { importClosure } from '../references/imports.js';

/** The language server's update handler holds edits back until the editor is quiet (lsp/document-updates.ts). */
interface PendingEdits {
    hasPending(): boolean;
    settlePending(): Promise<void>;
}

export class TenderDocumentBuilder extends DefaultDocumentBuilder {
    protected readonly services: LangiumSharedCoreServices;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.services = services;
    }

    /**
     * Every request waits here for the state it needs. Edits the server holds back for a quiet
     * moment are built first, so no answer (a formatting, a hover, a rename) is worked out from a
     * text older than the one the editor shows.
     */
    override waitUntil(state: DocumentState, cancelToken?: CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: CancellationToken): Promise<URI>;
    override async waitUntil(state: DocumentState, uriOrToken?: URI | CancellationToken, cancelToken?: CancellationToken): Promise<URI | void> {
        const updates = (this.services as { lsp?: { DocumentUpdateHandler?: Partial<PendingEdits> } }).lsp?.DocumentUpdateHandler;
        if (updates?.hasPending?.() && updates.settlePending) {
            await updates.settlePending();
        }
        return super.waitUntil(state, uriOrToken as URI, cancelToken);
    }

    /**
     * Records a build of these documents, with the options of an update (validation included), as
     * started and not finished, so that should it be cancelled before it ends, the next update
     * builds and validates them. The language server validates a document opened with the text it
     * was linked from this way (lsp/document-updates.ts), without an update that would link it
     * again. (An unfinished build's own options would be kept: those of the workspace's first
     * build, say, which does not validate.)
     */
    markBuildStarted(documents: LangiumDocument[]): void {
        for (const document of documents) {
            const key = document.uri.toString();
            this.buildState.set(key, { completed: false, options: this.updateBuildOptions, result: this.buildState.get(key)?.result });
        }
    }

    /**
     * A reference sees only its own file and the files it imports (references/tender-scope.ts), so
     * a document is relinked when a file in its import closure changed (or Langium's index says it
     * refers into a changed file), and only then. Langium also relinks every document that has an
     * unresolved reference after any change anywhere, in case it now resolves: in a workspace of
     * half-written tenders every keystroke relinked and revalidated all of them, though a change
     * outside a document's imports can resolve none of its names.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const closure = importClosure(document, this.langiumDocuments);
        for (const uri of changedUris) {
            if (uri !== document.uri.toString() && closure.has(uri)) {
                return true;
            }
        }
        return this.indexManager.isAffected(document, changedUris);
    }
}

export type { URI };
