/**
 * How the server follows documents opening, changing and closing in the editor.
 */
import type { FileSystemProvider, LangiumDocument, LangiumDocuments, TextDocument, TextDocumentProvider } from 'langium';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../lint/config.js';
import { buildTrace } from './build-trace.js';
import { TenderDocumentBuilder } from '../workspace/document-builder.js';

/**
 * Watches tender.config.json files beside everything Langium watches, when the client can register
 * watchers. When the editor closes a document, what counts again is the file on disk: unsaved
 * edits are forgotten, and a document that was never saved leaves the workspace (its names no
 * longer complete or resolve elsewhere).
 */
export class TenderDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected readonly fileSystem: FileSystemProvider;
    /**
     * Edits are coalesced: a build starts once the editor has been quiet for QUIET_MS, or at the
     * latest MAX_WAIT_MS after the first edit of a burst, with the latest text of every document
     * edited meanwhile. Versions superseded in the meantime are never built (10,000 fast changes
     * used to mean thousands of builds and publications of stale diagnostics, and requests such
     * as hover waited behind all of them). An edit after a pause of KEYSTROKE_GAP_MS or more (a
     * keystroke, typically) is built at once, once the messages already received are read:
     * waiting QUIET_MS for it was a tenth of a keystroke's time to fresh diagnostics on 5,000
     * lines. Should more edits follow at once, they wait for quiet as before, and the build they
     * start replaces the one under way. The pause is longer than QUIET_MS because a build that
     * is replaced is work thrown away: with edits a few ms apart (a stream of changes, as the
     * edit fuzzer sends) building at once after every 10 ms gap made 10,000 edits take 42 s
     * instead of 29 s. People type with 50 ms or more between keys.
     */
    static QUIET_MS = 10;
    static KEYSTROKE_GAP_MS = 50;
    static MAX_WAIT_MS = 200;
    protected readonly pending = new Set<string>();
    protected quietTimer: ReturnType<typeof setTimeout> | undefined;
    protected firstPending: number | undefined;
    protected lastEdit = Number.NEGATIVE_INFINITY;
    /**
     * Documents opened (and not edited since) with the version they were opened at. A document
     * the workspace has already parsed and linked from the same text on disk needs only its
     * validation when it opens: Langium would index, scope and link it again (on the
     * 20,000-line tender ~140 ms of CPU before its first diagnostics).
     */
    protected readonly opened = new Map<string, number>();
    protected readonly documents: LangiumDocuments;
    protected readonly textDocuments: TextDocumentProvider | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.documents = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.opened.set(event.document.uri, event.document.version);
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        buildTrace?.edit();
        // The opening itself comes here too, with the version it was opened at; an edit does not.
        if (this.opened.get(change.document.uri) !== change.document.version) this.opened.delete(change.document.uri);
        this.pending.add(change.document.uri);
        const now = Date.now();
        const afterQuiet = this.quietTimer === undefined && now - this.lastEdit >= TenderDocumentUpdateHandler.KEYSTROKE_GAP_MS;
        this.lastEdit = now;
        this.firstPending ??= now;
        if (this.quietTimer) clearTimeout(this.quietTimer);
        const waited = now - this.firstPending;
        const delay = afterQuiet ? 0 : Math.max(0, Math.min(TenderDocumentUpdateHandler.QUIET_MS, TenderDocumentUpdateHandler.MAX_WAIT_MS - waited));
        this.quietTimer = setTimeout(() => this.flushPending(), delay);
    }

    /** Whether edits wait for a quiet moment before they are built. */
    hasPending(): boolean {
        return this.pending.size > 0;
    }

    /**
     * Builds the edits still waiting, and resolves once that build is done: a request must read
     * the text the editor shows (a formatting answered from an older text would corrupt it).
     */
    async settlePending(): Promise<void> {
        if (this.pending.size === 0) return;
        this.flushPending();
        // fireDocumentUpdate queues the build once the workspace is ready; a read queued after it waits for it.
        await this.workspaceManager.ready;
        await this.workspaceLock.read(() => undefined);
    }

    /** Starts the build of every document edited since the last one (the builder cancels a build still running). */
    flushPending(): void {
        if (this.quietTimer) clearTimeout(this.quietTimer);
        this.quietTimer = undefined;
        this.firstPending = undefined;
        if (this.pending.size === 0) return;
        const uris = [...this.pending];
        this.pending.clear();
        const opened = uris.filter(uri => this.opened.delete(uri));
        if (opened.length === 0) {
            this.fireDocumentUpdate(uris.map(uri => URI.parse(uri)), []);
            return;
        }
        // One write for all of them: a second write would cancel the first.
        this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            const builder = this.documentBuilder;
            const unchanged = builder instanceof TenderDocumentBuilder ? opened.map(uri => this.builtFromOpenText(uri)).filter(document => document !== undefined) : [];
            const changed = uris.filter(uri => !unchanged.some(document => document.uri.toString() === uri)).map(uri => URI.parse(uri));
            // Should a newer write cancel this one before the build below, its update builds them.
            if (builder instanceof TenderDocumentBuilder) builder.markBuildStarted(unchanged);
            // Even with nothing changed: the update also finishes any build a newer write cancelled.
            await this.documentBuilder.update(changed, [], token);
            // Built (relinked if the update touched what it imports) and validated as an update would.
            await this.documentBuilder.build(unchanged, this.documentBuilder.updateBuildOptions, token);
        })).catch(error => {
            console.error('Workspace initialization failed. Could not perform document update.', error);
        });
    }

    /**
     * The document at `uri` if the workspace has it parsed, indexed and linked from the text the
     * editor now shows, and not validated since; it then reads the editor's text document, as
     * Langium's update would have made it.
     */
    protected builtFromOpenText(uri: string): LangiumDocument | undefined {
        const textDocument = this.textDocuments?.get(uri);
        const document = this.documents.getDocument(URI.parse(uri));
        if (!textDocument || !document || document.state !== DocumentState.IndexedReferences) return undefined;
        if (document.parseResult.value.$cstNode?.root.fullText !== textDocument.getText()) return undefined;
        Object.defineProperty(document, 'textDocument', { value: textDocument, configurable: true, enumerable: true });
        return document;
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE_NAME}` }];
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.opened.delete(event.document.uri);
        this.flushPending();
        const uri = URI.parse(event.document.uri);
        let exists = false;
        try {
            exists = uri.scheme === 'file' && this.fileSystem.existsSync(uri);
        } catch {
            exists = false;
        }
        if (exists) {
            this.fireDocumentUpdate([uri], []);
        } else {
            this.fireDocumentUpdate([], [uri]);
        }
    }
}
