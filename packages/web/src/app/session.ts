/**
 * One opened folder on the page: a worker running the tender language server, an LSP client
 * (@codemirror/lsp-client) and a CodeMirror editor per file. Diagnostics, quick fixes, code lenses,
 * inlay hints, the outline and the preview come from the server; this module turns them into
 * editor decorations and events the page listens to.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension, Range } from '@codemirror/state';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { DecorationSet } from '@codemirror/view';
import {
    Decoration, drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap,
    lineNumbers, ViewPlugin, WidgetType
} from '@codemirror/view';
import type { LSPClientExtension, Transport, WorkspaceFile } from '@codemirror/lsp-client';
import {
    findReferencesKeymap, formatKeymap, hoverTooltips, LSPClient, LSPPlugin, renameKeymap, serverCompletion, Workspace
} from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';
import type { PreviewResult } from '../../../language/src/lsp/protocol.js';
import { PREVIEW_REQUEST } from '../../../language/src/lsp/protocol.js';
import type { GenerateBytesParams, GenerateBytesResult, WorkerInit } from '../worker/web-protocol.js';
import { FILE_CHANGED_NOTIFICATION, GENERATE_BYTES_REQUEST, SET_FOLDER_NOTIFICATION } from '../worker/web-protocol.js';
import { tenderHighlighting, tenderLanguage } from './tender-language.js';
import type { Folder, FolderFile } from './workspace-files.js';
import { kindOf, pathOf, ROOT_URI, textOf, uriOf } from './workspace-files.js';

export interface FileDiagnostics {
    readonly uri: string;
    readonly path: string;
    readonly version: number;
    readonly items: readonly lsp.Diagnostic[];
    /** Quick fixes by diagnostic index, once asked for. */
    readonly fixes: ReadonlyMap<number, readonly lsp.CodeAction[]>;
    readonly fixAll?: lsp.CodeAction;
}

export interface SessionEvents {
    /** Fresh diagnostics for a file (and later again with their quick fixes). */
    diagnostics(file: FileDiagnostics): void;
    /** A file's text changed (typing, a fix, a rename): keep the draft. */
    changed(path: string, text: string): void;
    /** The outline of the shown file. */
    outline(path: string, symbols: readonly lsp.DocumentSymbol[]): void;
    /** The language server asked to show a file (go to definition). */
    show(path: string): void;
    /** Something went wrong that the user should know. */
    problem(message: string): void;
    /** What the text at the cursor is (the hover, asked for from the keyboard). */
    describe(text: string): void;
}

interface EditorFile {
    readonly path: string;
    readonly uri: string;
    readonly view: EditorView;
    readonly kind: ReturnType<typeof kindOf>;
}

/** How long typing pauses before the server is told (the library's default is 500 ms). */
const SYNC_DELAY = 20;
const FOLLOW_UP_DELAY = 120;

export class Session {
    readonly folder: Folder;
    readonly client: LSPClient;
    readonly editors = new Map<string, EditorFile>();
    readonly diagnostics = new Map<string, FileDiagnostics>();
    readonly events: SessionEvents;
    protected shown: string | undefined;
    protected followUp: ReturnType<typeof setTimeout> | undefined;
    protected outlineKey = '';
    protected disposed = false;

    constructor(folder: Folder, events: SessionEvents) {
        this.folder = folder;
        this.events = events;
        const server = LanguageServer.for(this);
        this.client = server.client;
        for (const file of folder.files) {
            if (kindOf(file.path) === 'tender' || kindOf(file.path) === 'config') this.createEditor(file);
        }
    }

    /** Closes the folder's editors (and so its files on the server); the server stays for the next folder. */
    dispose(): void {
        this.disposed = true;
        clearTimeout(this.followUp);
        for (const editor of this.editors.values()) editor.view.destroy();
        this.editors.clear();
    }

    editorOf(path: string): EditorFile | undefined {
        return this.editors.get(path);
    }

    /** The file shown on the page: its outline, lenses, hints and preview follow. */
    setShown(path: string): void {
        this.shown = path;
        this.outlineKey = '';
        this.scheduleFollowUp(0);
    }

    get shownPath(): string | undefined {
        return this.shown;
    }

    createEditor(file: FolderFile): EditorFile {
        const existing = this.editors.get(file.path);
        if (existing) return existing;
        const uri = uriOf(this.folder, file.path);
        const kind = kindOf(file.path);
        const session = this;
        const extensions: Extension[] = [
            lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(),
            EditorState.allowMultipleSelections.of(true), indentOnInput(), bracketMatching(), closeBrackets(),
            autocompletion({ icons: false }), highlightActiveLine(), highlightSelectionMatches(), EditorView.lineWrapping,
            keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
            EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': `${file.path}, ${kind === 'tender' ? 'tender source' : 'configuration'}` }),
            EditorView.updateListener.of(update => {
                if (update.docChanged) session.events.changed(file.path, update.state.doc.toString());
            })
        ];
        if (kind === 'tender') {
            extensions.push(tenderLanguage, tenderHighlighting, lintGutter(), figuresField, this.client.plugin(uri, 'tender'),
                keymap.of([
                    { key: 'F12', run: () => { void session.goToDefinition(file.path); return true; } },
                    { key: 'Mod-k Mod-i', run: () => { void session.describeAtCursor(file.path); return true; } }
                ]));
        } else {
            extensions.push(configSync(this, uri));
        }
        const view = new EditorView({ doc: textOf(file), extensions });
        const editor = { path: file.path, uri, view, kind };
        this.editors.set(file.path, editor);
        return editor;
    }

    /** Adds a file that a fix created (a first tender.config.json). */
    addFile(path: string, text: string): EditorFile {
        const file: FolderFile = { path, saved: '', draft: text };
        this.folder.files.push(file);
        const editor = this.createEditor(file);
        this.client.notification(FILE_CHANGED_NOTIFICATION, { uri: editor.uri, text });
        this.events.changed(path, text);
        return editor;
    }

    // ---- diagnostics ----------------------------------------------------------------------

    onDiagnostics(params: lsp.PublishDiagnosticsParams): void {
        const path = pathOf(this.folder, params.uri);
        const file = this.client.workspace.getFile(params.uri);
        if (!path || !file) return;
        // Stale: diagnostics of a version the editor has moved past, or of no version (the server
        // had the file closed: a folder opened before, with a file of the same name).
        if (params.version == null || params.version !== file.version) return;
        const editor = this.editors.get(path);
        if (!editor) return;
        const entry: FileDiagnostics = { uri: params.uri, path, version: file.version, items: params.diagnostics, fixes: new Map() };
        this.diagnostics.set(path, entry);
        this.showDiagnostics(editor, entry);
        this.events.diagnostics(entry);
        // Quick fixes, figures and the outline are asked for when typing pauses, for the file shown.
        if (path === this.shown) this.scheduleFollowUp(FOLLOW_UP_DELAY);
    }

    protected showDiagnostics(editor: EditorFile, entry: FileDiagnostics): void {
        const plugin = LSPPlugin.get(editor.view);
        if (!plugin) return;
        const length = editor.view.state.doc.length;
        const map = (p: lsp.Position) => Math.min(length, plugin.unsyncedChanges.mapPos(plugin.fromPosition(p, plugin.syncedDoc)));
        const diagnostics: CmDiagnostic[] = entry.items.map(item => {
            const from = map(item.range.start);
            return {
                from,
                to: Math.max(from, map(item.range.end)),
                severity: item.severity === 1 ? 'error' : item.severity === 2 ? 'warning' : item.severity === 3 ? 'info' : 'hint',
                message: item.message,
                // The rule's id as plain text: CodeMirror's lint panel is a listbox, whose options must
                // not hold links or buttons (axe-core: nested-interactive). The rule links and the
                // quick fixes are in the page's Problems list and the Ctrl+. dialog.
                source: typeof item.code === 'string' ? item.code : undefined
            };
        });
        editor.view.dispatch(setDiagnostics(editor.view.state, diagnostics));
    }

    /** Quick fixes and the fix-all action, asked for once per version. */
    protected async askFixes(editor: EditorFile, entry: FileDiagnostics): Promise<void> {
        if (entry.items.length === 0) return;
        let actions: Array<lsp.CodeAction | lsp.Command> | null;
        try {
            actions = await this.client.request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
                textDocument: { uri: entry.uri },
                range: { start: { line: 0, character: 0 }, end: editor.view.state.doc.length === 0 ? { line: 0, character: 0 } : endPosition(LSPPlugin.get(editor.view)!.syncedDoc) },
                context: { diagnostics: [...entry.items] }
            });
        } catch {
            return;
        }
        if (this.disposed || this.diagnostics.get(entry.path) !== entry) return;
        const fixes = new Map<number, lsp.CodeAction[]>();
        let fixAll: lsp.CodeAction | undefined;
        for (const action of actions ?? []) {
            if (!('edit' in action) || !action.edit) continue;
            if (action.kind?.startsWith('source.fixAll')) {
                fixAll = action;
                continue;
            }
            for (const target of action.diagnostics ?? []) {
                const index = entry.items.findIndex(d => sameDiagnostic(d, target));
                if (index >= 0) fixes.set(index, [...(fixes.get(index) ?? []), action]);
            }
        }
        const withFixes: FileDiagnostics = { ...entry, fixes, fixAll };
        this.diagnostics.set(entry.path, withFixes);
        this.showDiagnostics(editor, withFixes);
        this.events.diagnostics(withFixes);
    }

    /** Applies a code action's edit to the editors (and creates the files it creates). */
    async applyAction(action: lsp.CodeAction): Promise<void> {
        if (action.edit) this.applyEdit(action.edit);
    }

    applyEdit(edit: lsp.WorkspaceEdit): void {
        const byUri = new Map<string, lsp.TextEdit[]>();
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...edits]);
        for (const change of edit.documentChanges ?? []) {
            if ('kind' in change) {
                if (change.kind === 'create') {
                    const path = pathOf(this.folder, change.uri);
                    if (path && !this.editors.has(path)) this.addFile(path, '');
                }
                continue;
            }
            byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits]);
        }
        for (const [uri, edits] of byUri) {
            const path = pathOf(this.folder, uri);
            const editor = path ? this.editors.get(path) : undefined;
            if (!editor) {
                this.events.problem(`A fix wanted to change ${uri}, which is not in the opened folder.`);
                continue;
            }
            const view = editor.view;
            const plugin = LSPPlugin.get(view);
            const toOffset = (p: lsp.Position) => plugin
                ? plugin.unsyncedChanges.mapPos(plugin.fromPosition(p, plugin.syncedDoc))
                : offsetIn(view.state.doc, p);
            view.dispatch({
                changes: edits.map(e => ({ from: toOffset(e.range.start), to: toOffset(e.range.end), insert: e.newText })),
                userEvent: 'input.fix'
            });
        }
        this.client.sync();
    }

    // ---- lenses, hints, outline -----------------------------------------------------------

    protected scheduleFollowUp(delay: number): void {
        clearTimeout(this.followUp);
        this.followUp = setTimeout(() => void this.followUpShown(), delay);
    }

    protected async followUpShown(): Promise<void> {
        const path = this.shown;
        const editor = path ? this.editors.get(path) : undefined;
        if (!editor || editor.kind !== 'tender' || this.disposed) return;
        const plugin = LSPPlugin.get(editor.view);
        if (!plugin) return;
        this.client.sync();
        const version = this.client.workspace.getFile(editor.uri)?.version;
        const textDocument = { uri: editor.uri };
        const entry = this.diagnostics.get(editor.path);
        if (entry && entry.version === version && entry.fixes.size === 0 && !entry.fixAll) await this.askFixes(editor, entry);
        if (this.disposed || this.client.workspace.getFile(editor.uri)?.version !== version) return;
        try {
            const [lenses, hints, symbols] = await Promise.all([
                this.client.request<lsp.CodeLensParams, lsp.CodeLens[] | null>('textDocument/codeLens', { textDocument }),
                this.client.request<lsp.InlayHintParams, lsp.InlayHint[] | null>('textDocument/inlayHint', {
                    textDocument, range: { start: { line: 0, character: 0 }, end: endPosition(plugin.syncedDoc) }
                }),
                this.client.request<lsp.DocumentSymbolParams, lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument })
            ]);
            if (this.disposed || this.client.workspace.getFile(editor.uri)?.version !== version) return;
            const decorations: Array<Range<Decoration>> = [];
            const length = editor.view.state.doc.length;
            const at = (p: lsp.Position) => Math.min(length, plugin.unsyncedChanges.mapPos(plugin.fromPosition(p, plugin.syncedDoc)));
            for (const lens of lenses ?? []) {
                if (!lens.command?.title) continue;
                const line = editor.view.state.doc.lineAt(at(lens.range.start));
                decorations.push(Decoration.widget({ widget: new FigureWidget(lens.command.title, 'lens'), block: true, side: -1 }).range(line.from));
            }
            for (const hint of hints ?? []) {
                const label = typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
                decorations.push(Decoration.widget({ widget: new FigureWidget(label, 'hint'), side: 1 }).range(at(hint.position)));
            }
            editor.view.dispatch({ effects: setFigures.of(Decoration.set(decorations, true)) });
            const key = JSON.stringify(symbols ?? []);
            if (key !== this.outlineKey && path) {
                this.outlineKey = key;
                this.events.outline(path, symbols ?? []);
            }
        } catch (error) {
            // The next edit asks again.
            console.warn(`tender: figures and outline: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    /**
     * Go to definition, across files. The library's jumpToDefinition reads only Location results;
     * Langium answers with LocationLinks, so the page asks and shows the target itself.
     */
    async goToDefinition(path: string): Promise<void> {
        const editor = this.editors.get(path);
        const plugin = editor && LSPPlugin.get(editor.view);
        if (!editor || !plugin) return;
        this.client.sync();
        let result: lsp.Location | lsp.Location[] | lsp.LocationLink[] | null;
        try {
            result = await this.client.request<lsp.DefinitionParams, typeof result>('textDocument/definition', {
                textDocument: { uri: editor.uri },
                position: plugin.toPosition(editor.view.state.selection.main.head)
            });
        } catch {
            result = null;
        }
        const first = Array.isArray(result) ? result[0] : result;
        if (!first) {
            this.events.problem('No definition here: put the cursor on a name.');
            return;
        }
        const uri = 'targetUri' in first ? first.targetUri : first.uri;
        const range = 'targetSelectionRange' in first ? first.targetSelectionRange : first.range;
        const targetPath = pathOf(this.folder, uri);
        const target = targetPath ? this.editors.get(targetPath) : undefined;
        const targetPlugin = target && LSPPlugin.get(target.view);
        if (!target || !targetPath || !targetPlugin) {
            this.events.problem(`The definition is in ${uri}, which is not in the opened folder.`);
            return;
        }
        this.events.show(targetPath);
        const anchor = targetPlugin.unsyncedChanges.mapPos(targetPlugin.fromPosition(range.start, targetPlugin.syncedDoc));
        target.view.dispatch({ selection: { anchor }, scrollIntoView: true });
        target.view.focus();
    }

    /** The hover at the cursor, for the keyboard: shown under the editor and announced. */
    async describeAtCursor(path: string): Promise<void> {
        const editor = this.editors.get(path);
        const plugin = editor && LSPPlugin.get(editor.view);
        if (!editor || !plugin) return;
        this.client.sync();
        let hover: lsp.Hover | null = null;
        try {
            hover = await this.client.request<lsp.HoverParams, lsp.Hover | null>('textDocument/hover', {
                textDocument: { uri: editor.uri },
                position: plugin.toPosition(editor.view.state.selection.main.head)
            });
        } catch {
            hover = null;
        }
        const contents = hover?.contents;
        const text = !contents ? '' : typeof contents === 'string' ? contents
            : Array.isArray(contents) ? contents.map(c => (typeof c === 'string' ? c : c.value)).join('\n')
            : contents.value;
        this.events.describe(plainMarkdown(text) || 'Nothing to say about the text at the cursor.');
    }

    // ---- the tender's own requests ----------------------------------------------------------

    async preview(path: string): Promise<PreviewResult> {
        this.client.sync();
        return this.client.request(PREVIEW_REQUEST, { uri: uriOf(this.folder, path) });
    }

    async generate(path: string, formats: GenerateBytesParams['formats'], force: boolean): Promise<GenerateBytesResult> {
        this.client.sync();
        return this.client.request<GenerateBytesParams, GenerateBytesResult>(GENERATE_BYTES_REQUEST, { uri: uriOf(this.folder, path), formats, force });
    }

    /** The fix-all action of a file, when the server offered one. */
    fixAllOf(path: string): lsp.CodeAction | undefined {
        return this.diagnostics.get(path)?.fixAll;
    }

    /** Quick fixes for the diagnostics at the cursor of a file. */
    fixesAtCursor(path: string): lsp.CodeAction[] {
        const editor = this.editors.get(path);
        const entry = this.diagnostics.get(path);
        const plugin = editor && LSPPlugin.get(editor.view);
        if (!editor || !entry || !plugin) return [];
        const head = editor.view.state.selection.main.head;
        const line = editor.view.state.doc.lineAt(head);
        const result: lsp.CodeAction[] = [];
        entry.items.forEach((item, i) => {
            const from = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, plugin.syncedDoc));
            const to = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, plugin.syncedDoc));
            if ((head >= from && head <= to) || (from >= line.from && from <= line.to)) result.push(...(entry.fixes.get(i) ?? []));
        });
        return result;
    }

    /** Tells the server about a configuration or template file's new text. */
    fileChanged(uri: string, text: string): void {
        this.client.notification(FILE_CHANGED_NOTIFICATION, { uri, text });
    }
}

/**
 * The one worker and LSP client of the page. A page keeps them for its whole life: opening another
 * folder replaces the worker's in-memory files (SET_FOLDER_NOTIFICATION) rather than starting a
 * new worker, so nothing is fetched again after the page has loaded.
 */
class LanguageServer {
    private static instance: LanguageServer | undefined;
    readonly worker: Worker;
    readonly client: LSPClient;
    readonly workspace: PageWorkspace;

    static for(session: Session): LanguageServer {
        const files = session.folder.files.map(f => [uriOf(session.folder, f.path), textOf(f)] as const);
        if (!LanguageServer.instance) {
            LanguageServer.instance = new LanguageServer(session, files);
        } else {
            LanguageServer.instance.workspace.session = session;
            LanguageServer.instance.client.notification(SET_FOLDER_NOTIFICATION, { files });
        }
        return LanguageServer.instance;
    }

    private constructor(session: Session, files: ReadonlyArray<readonly [string, string]>) {
        this.worker = new Worker(new URL('./worker/worker.js', import.meta.url), { type: 'module', name: 'tender-language-server' });
        const init: WorkerInit = { tenderInit: true, files };
        this.worker.postMessage(init);
        let workspace: PageWorkspace | undefined;
        this.worker.addEventListener('error', event => workspace?.session.events.problem(`The language server stopped: ${event.message || 'an error in its worker'}. Reload the page; your drafts are kept.`));
        this.client = new LSPClient({
            rootUri: ROOT_URI,
            timeout: 60_000,
            workspace: client => (workspace = new PageWorkspace(client, session)),
            sanitizeHTML,
            extensions: [
                diagnosticsExtension(() => workspace?.session),
                hoverTooltips({ hoverTime: 300 }),
                serverCompletion(),
                keymap.of([...formatKeymap, ...renameKeymap, ...findReferencesKeymap])
            ]
        }).connect(workerTransport(this.worker));
        this.workspace = workspace!;
    }
}

/** The workspace the LSP client sees: every tender file of the folder shown has an editor. */
class PageWorkspace extends Workspace {
    files: WorkspaceFile[] = [];
    protected readonly versions = new Map<string, number>();
    /** The folder's session: the page's current one. */
    session: Session;

    constructor(client: LSPClient, session: Session) {
        super(client);
        this.session = session;
    }

    protected nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }

    syncFiles(): ReturnType<Workspace['syncFiles']> {
        const result: Array<ReturnType<Workspace['syncFiles']>[number]> = [];
        for (const file of this.files) {
            const view = file.getView();
            const plugin = view && LSPPlugin.get(view);
            if (!view || !plugin || plugin.unsyncedChanges.empty) continue;
            result.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return result;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) return;
        const file: WorkspaceFile = { uri, languageId, version: this.nextVersion(uri), doc: view.state.doc, getView: () => view };
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (!this.getFile(uri)) return;
        this.files = this.files.filter(f => f.uri !== uri);
        this.client.didClose(uri);
    }

    override async displayFile(uri: string): Promise<EditorView | null> {
        const path = pathOf(this.session.folder, uri);
        const editor = path ? this.session.editorOf(path) : undefined;
        if (!editor || !path) return null;
        this.session.events.show(path);
        return editor.view;
    }
}

function workerTransport(worker: Worker): Transport {
    let handlers: Array<(value: string) => void> = [];
    worker.addEventListener('message', event => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    });
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => { handlers.push(handler); },
        unsubscribe: handler => { handlers = handlers.filter(h => h !== handler); }
    };
}

/** Diagnostics with their version checked, rule links and quick fixes; edits reach the server quickly. */
function diagnosticsExtension(session: () => Session | undefined): LSPClientExtension {
    const quickSync = ViewPlugin.fromClass(class {
        pending: ReturnType<typeof setTimeout> | undefined;
        constructor(readonly view: EditorView) {}
        update(update: { docChanged: boolean }) {
            if (!update.docChanged) return;
            clearTimeout(this.pending);
            this.pending = setTimeout(() => LSPPlugin.get(this.view)?.client.sync(), SYNC_DELAY);
        }
        destroy() { clearTimeout(this.pending); }
    });
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (_client, params: lsp.PublishDiagnosticsParams) => {
                session()?.onDiagnostics(params);
                return true;
            }
        },
        editorExtension: quickSync
    };
}

/** tender.config.json: the server re-reads it a moment after each change. */
function configSync(session: Session, uri: string): Extension {
    let pending: ReturnType<typeof setTimeout> | undefined;
    return EditorView.updateListener.of(update => {
        if (!update.docChanged) return;
        clearTimeout(pending);
        pending = setTimeout(() => session.fileChanged(uri, update.state.doc.toString()), 300);
    });
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code
        && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

function endPosition(doc: { lines: number; line(n: number): { length: number } }): lsp.Position {
    return { line: doc.lines - 1, character: doc.line(doc.lines).length };
}

function offsetIn(doc: EditorState['doc'], p: lsp.Position): number {
    const line = doc.line(Math.min(doc.lines, p.line + 1));
    return Math.min(line.to, line.from + p.character);
}

/** Code lenses (above a line) and inlay hints (inline): the figures the server works out. */
class FigureWidget extends WidgetType {
    constructor(readonly text: string, readonly kind: 'lens' | 'hint') { super(); }
    override eq(other: FigureWidget): boolean { return other.text === this.text && other.kind === this.kind; }
    toDOM(): HTMLElement {
        const element = document.createElement(this.kind === 'lens' ? 'div' : 'span');
        element.className = this.kind === 'lens' ? 'tender-lens' : 'tender-hint';
        element.textContent = this.kind === 'hint' ? ` ${this.text}` : this.text;
        return element;
    }
    override ignoreEvent(): boolean { return true; }
}

const setFigures = StateEffect.define<DecorationSet>();
const figuresField = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(value, transaction) {
        let next = value.map(transaction.changes);
        for (const effect of transaction.effects) if (effect.is(setFigures)) next = effect.value;
        return next;
    },
    provide: field => EditorView.decorations.from(field)
});

/** Markdown as plain words, for the live region. */
function plainMarkdown(markdown: string): string {
    return markdown
        .replace(/```[a-z]*\n?/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`#>]/g, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
}

/** Hover and completion documentation come as Markdown: keep the HTML plain. */
function sanitizeHTML(html: string): string {
    const template = document.createElement('template');
    template.innerHTML = html;
    for (const element of [...template.content.querySelectorAll('*')]) {
        if (['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'META', 'FORM', 'IMG'].includes(element.tagName)) {
            element.remove();
            continue;
        }
        for (const attribute of [...element.attributes]) {
            const name = attribute.name.toLowerCase();
            if (name.startsWith('on') || name === 'style' || ((name === 'href' || name === 'src') && !/^(https?:|#)/i.test(attribute.value))) {
                element.removeAttribute(attribute.name);
            }
        }
        if (element.tagName === 'A') {
            element.setAttribute('target', '_blank');
            element.setAttribute('rel', 'noopener noreferrer');
        }
    }
    return template.innerHTML;
}
