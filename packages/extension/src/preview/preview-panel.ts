/**
 * "Tender: Open Preview to the Side": the tender as the HTML writer renders it, beside the editor.
 * It follows edits (debounced; the body is replaced in place, so nothing flickers and the scroll
 * position stays) and scrolls to the section under the cursor.
 */
import { randomBytes } from 'node:crypto';
import type { Disposable, TextDocument, TextEditor, Uri, WebviewPanel } from 'vscode';
import { Range, Selection, TextEditorRevealType, Uri as VsUri, ViewColumn, window, workspace } from 'vscode';
import type { PreviewResult } from '@tender/language/protocol';
import type { TenderServer } from '../client.js';
import type { FromPreview, ToPreview } from './messages.js';
import type { PreviewParts } from './preview-html.js';
import { makeNonce, messagePage, previewParts, previewShell } from './preview-html.js';

export const PREVIEW_VIEW_TYPE = 'tender.preview';

/** Quiet time after the last keystroke before the preview is made again. */
export const PREVIEW_DEBOUNCE_MS = 300;

/** One preview panel, bound to one tender document. */
export class TenderPreview implements Disposable {
    readonly document: Uri;
    protected readonly panel: WebviewPanel;
    protected readonly server: TenderServer;
    protected readonly extensionUri: Uri;
    protected readonly debounceMs: number;
    protected readonly listeners: Disposable[] = [];
    protected timer: ReturnType<typeof setTimeout> | undefined;
    /** Number of the latest request: answers to older ones are dropped. */
    protected requested = 0;
    /** The styles of the page the webview shows; the body alone is replaced while they stay the same. */
    protected shownStyles: readonly string[] | undefined;
    protected line: number | undefined;
    protected disposed = false;
    readonly onDispose: Array<() => void> = [];

    constructor(options: { document: Uri; panel: WebviewPanel; server: TenderServer; extensionUri: Uri; debounceMs?: number; line?: number }) {
        this.document = options.document;
        this.panel = options.panel;
        this.server = options.server;
        this.extensionUri = options.extensionUri;
        this.debounceMs = options.debounceMs ?? PREVIEW_DEBOUNCE_MS;
        this.line = options.line;
        this.panel.webview.options = { enableScripts: true, localResourceRoots: [VsUri.joinPath(this.extensionUri, 'dist')] };
        this.listeners.push(
            workspace.onDidChangeTextDocument(event => {
                if (event.document.uri.toString() === this.document.toString() && event.contentChanges.length > 0) {
                    this.schedule();
                }
            }),
            window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.uri.toString() === this.document.toString() && this.scrollWithCursor()) {
                    this.revealLine(event.selections[0].active.line + 1);
                }
            }),
            this.panel.webview.onDidReceiveMessage((message: FromPreview) => this.onMessage(message)),
            this.panel.onDidDispose(() => this.dispose())
        );
    }

    /** Makes the preview now (first show, or a forced refresh). */
    async refresh(): Promise<void> {
        clearTimeout(this.timer);
        this.timer = undefined;
        const request = ++this.requested;
        let result: PreviewResult;
        try {
            result = await this.request();
        } catch (error) {
            result = { kind: 'message', message: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}` };
        }
        if (this.disposed || request !== this.requested) {
            return; // a newer request is on its way, or the panel is gone
        }
        this.show(result);
    }

    /** Makes the preview again once typing pauses. */
    schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), this.debounceMs);
    }

    revealLine(line: number): void {
        this.line = line;
        this.post({ type: 'reveal', line });
    }

    reveal(column: ViewColumn): void {
        this.panel.reveal(column, true);
    }

    /** The page to show (the redline panel, commands/compare.ts, asks for another one). */
    protected request(): Promise<PreviewResult> {
        return this.server.preview(this.document.toString());
    }

    protected panelTitle(name: string): string {
        return `Preview ${name}`;
    }

    protected show(result: PreviewResult): void {
        const name = this.document.path.split('/').pop() ?? 'tender';
        this.panel.title = this.panelTitle(name);
        if (result.kind === 'message') {
            this.shownStyles = undefined;
            this.panel.webview.html = messagePage({ ...this.pageOptions(), title: name, message: result.message });
            return;
        }
        const parts = previewParts(result.html);
        if (this.shownStyles && sameStyles(this.shownStyles, parts.styles)) {
            this.post({ type: 'update', body: parts.body, version: result.version });
        } else {
            this.setPage(result.title, parts);
        }
    }

    protected setPage(title: string, parts: PreviewParts): void {
        this.shownStyles = parts.styles;
        this.panel.webview.html = previewShell({ ...this.pageOptions(), title, parts });
    }

    protected pageOptions(): { cspSource: string; nonce: string; scriptUri: string; line?: number; documentUri: string } {
        const webview = this.panel.webview;
        return {
            cspSource: webview.cspSource,
            nonce: makeNonce(size => randomBytes(size)),
            scriptUri: webview.asWebviewUri(VsUri.joinPath(this.extensionUri, 'dist', 'preview.js')).toString(),
            line: this.line,
            documentUri: this.document.toString()
        };
    }

    protected post(message: ToPreview): void {
        if (!this.disposed) {
            void this.panel.webview.postMessage(message);
        }
    }

    protected onMessage(message: FromPreview): void {
        if (message?.type === 'open' && Number.isInteger(message.line)) {
            void this.openAt(message.line);
        }
    }

    /** Shows the source line a double click in the preview points at. */
    protected async openAt(line: number): Promise<void> {
        const editor = window.visibleTextEditors.find(e => e.document.uri.toString() === this.document.toString());
        const document: TextDocument = editor?.document ?? await workspace.openTextDocument(this.document);
        const zeroBased = Math.max(0, Math.min(line - 1, document.lineCount - 1));
        const target: TextEditor = await window.showTextDocument(document, { viewColumn: editor?.viewColumn ?? ViewColumn.One, preserveFocus: false });
        target.selection = new Selection(zeroBased, 0, zeroBased, 0);
        target.revealRange(new Range(zeroBased, 0, zeroBased, 0), TextEditorRevealType.InCenterIfOutsideViewport);
    }

    protected scrollWithCursor(): boolean {
        return workspace.getConfiguration('tender', this.document).get<boolean>('preview.scrollWithCursor', true);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        clearTimeout(this.timer);
        for (const listener of this.listeners) listener.dispose();
        this.panel.dispose();
        for (const callback of this.onDispose) callback();
    }
}

function sameStyles(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((text, i) => text === b[i]);
}

/** Opens (or reveals) the preview of the active tender beside it; one panel per document. */
export class TenderPreviews implements Disposable {
    protected readonly previews = new Map<string, TenderPreview>();

    constructor(protected readonly server: TenderServer, protected readonly extensionUri: Uri) {}

    async openToSide(editor: TextEditor | undefined = window.activeTextEditor): Promise<TenderPreview | undefined> {
        if (!editor || editor.document.languageId !== 'tender') {
            void window.showErrorMessage('Tender: open a .tender file to preview it.');
            return undefined;
        }
        const key = editor.document.uri.toString();
        const existing = this.previews.get(key);
        if (existing) {
            existing.reveal(ViewColumn.Beside);
            return existing;
        }
        const name = editor.document.uri.path.split('/').pop() ?? 'tender';
        const panel = window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview ${name}`, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [VsUri.joinPath(this.extensionUri, 'dist')]
        });
        panel.iconPath = VsUri.joinPath(this.extensionUri, 'images', 'icon.png');
        return this.adopt(editor.document.uri, panel, editor.selection.active.line + 1);
    }

    /** Takes over a panel (a new one, or one VS Code restores after a reload). */
    async adopt(document: Uri, panel: WebviewPanel, line?: number): Promise<TenderPreview> {
        const preview = new TenderPreview({ document, panel, server: this.server, extensionUri: this.extensionUri, line });
        const key = document.toString();
        this.previews.set(key, preview);
        preview.onDispose.push(() => this.previews.delete(key));
        await preview.refresh();
        return preview;
    }

    get(document: Uri): TenderPreview | undefined {
        return this.previews.get(document.toString());
    }

    dispose(): void {
        for (const preview of [...this.previews.values()]) preview.dispose();
        this.previews.clear();
    }
}
