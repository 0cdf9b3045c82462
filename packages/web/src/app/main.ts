/**
 * Tender in the browser: the page. Opens a folder (File System Access API), files or a zip, or
 * a bundled example; shows each file in a CodeMirror editor connected to the tender language
 * server in a worker (session.ts); keeps drafts in local storage (drafts.ts); saves back; shows
 * the live preview in a sandboxed frame; generates the tender pack as downloads.
 */
import { openLintPanel } from '@codemirror/lint';
import { formatDocument, renameSymbol } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';
import examples from 'tender:examples';
import type { OutputFormat } from '../../../language/src/lsp/protocol.js';
import { localDrafts } from './drafts.js';
import type { FileDiagnostics } from './session.js';
import { Session } from './session.js';
import type { Folder, FolderFile } from './workspace-files.js';
import { firstFile, isDraft, isWanted, kindOf, sortFiles, textOf } from './workspace-files.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface DirectoryHandle {
    readonly kind: 'directory';
    readonly name: string;
    values(): AsyncIterable<DirectoryHandle | FileHandle>;
    getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
    getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
}
interface FileHandle {
    readonly kind: 'file';
    readonly name: string;
    getFile(): Promise<File>;
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

class App {
    session: Session | undefined;
    folder: Folder | undefined;
    handle: DirectoryHandle | undefined;
    shown: string | undefined;
    previewOn = true;
    previewTimer: ReturnType<typeof setTimeout> | undefined;
    draftTimer: ReturnType<typeof setTimeout> | undefined;
    lastCounts = new Map<string, string>();
    /** An action whose effect the next diagnostics announcement reports with it. */
    justDone: { text: string; at: number } | undefined;
    /** Said when the page reopened the folder and drafts it kept, until the next save or folder. */
    restored: string | undefined;
    /** For tests and the bench: the first diagnostics, and each publication. */
    readonly marks: { firstDiagnostics?: number; firstShownDiagnostics?: number } = {};

    start(): void {
        this.renderExamples();
        $('open-folder').addEventListener('click', () => void this.openFolder());
        $('open-files').addEventListener('click', () => $<HTMLInputElement>('file-input').click());
        $<HTMLInputElement>('file-input').addEventListener('change', event => void this.openChosen((event.target as HTMLInputElement).files));
        $('save').addEventListener('click', () => void this.save());
        $('save-zip').addEventListener('click', () => void this.downloadZip());
        $('quick-fix').addEventListener('click', () => this.quickFix());
        $('fix-all').addEventListener('click', () => this.fixAll());
        $('format').addEventListener('click', () => this.runEditorCommand(formatDocument));
        $('rename').addEventListener('click', () => this.runEditorCommand(renameSymbol));
        $('definition').addEventListener('click', () => { if (this.shown) void this.session?.goToDefinition(this.shown); });
        $('toggle-preview').addEventListener('click', () => this.setPreview(!this.previewOn));
        $('generate').addEventListener('click', () => this.openGenerate());
        $('generate-run').addEventListener('click', () => void this.generate());
        document.addEventListener('keydown', event => {
            const mod = event.ctrlKey || event.metaKey;
            if (mod && event.key === 's') {
                event.preventDefault();
                void this.save();
            } else if (mod && event.key === '.') {
                event.preventDefault();
                this.quickFix();
            }
        });
        const hash = new URLSearchParams(location.hash.slice(1));
        const wanted = hash.get('example');
        const restored = localDrafts.load();
        const unsaved = restored?.files.some(isDraft) ?? false;
        if (wanted && examples.some(e => e.id === wanted) && !unsaved) {
            this.openExample(wanted);
        } else if (restored && restored.files.length > 0) {
            const drafts = restored.files.filter(isDraft).length;
            this.restored = drafts > 0
                ? `Reopened ${restored.name} with ${drafts === 1 ? 'an unsaved draft' : `${drafts} unsaved drafts`} from this browser.`
                : `Reopened ${restored.name}.`;
            this.open(restored);
            this.say(this.restored);
        }
    }

    // ---- opening ----------------------------------------------------------------------------

    renderExamples(): void {
        const bar = $('example-buttons');
        const list = $('welcome-examples');
        for (const example of examples) {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = example.id[0].toUpperCase() + example.id.slice(1);
            button.dataset.example = example.id;
            button.title = example.title;
            button.addEventListener('click', () => this.openExample(example.id));
            bar.append(button);
            const item = document.createElement('li');
            const big = document.createElement('button');
            big.type = 'button';
            big.className = 'start-example';
            big.textContent = `Open the example: ${example.title}`;
            big.addEventListener('click', () => this.openExample(example.id));
            item.append(big);
            list.append(item);
        }
    }

    openExample(id: string): void {
        const example = examples.find(e => e.id === id);
        if (!example) return;
        if (!this.confirmLeave()) return;
        this.handle = undefined;
        this.restored = undefined;
        this.open({ name: example.id, source: 'example', files: example.files.map(([path, text]) => ({ path, saved: text })) });
    }

    async openFolder(): Promise<void> {
        const picker = (window as unknown as { showDirectoryPicker?: (o?: object) => Promise<DirectoryHandle> }).showDirectoryPicker;
        if (!picker) {
            this.say('This browser cannot open folders: choose the files (or a zip of the folder) instead.');
            $<HTMLInputElement>('file-input').click();
            return;
        }
        let handle: DirectoryHandle;
        try {
            handle = await picker.call(window, { mode: 'readwrite' });
        } catch {
            return; // cancelled
        }
        if (!this.confirmLeave()) return;
        const files: FolderFile[] = [];
        const walk = async (dir: DirectoryHandle, prefix: string, depth: number) => {
            for await (const entry of dir.values()) {
                if (entry.kind === 'directory') {
                    if (depth < 6 && !/^(\.|node_modules$|out$|dist$)/.test(entry.name)) await walk(entry, `${prefix}${entry.name}/`, depth + 1);
                } else if (isWanted(`${prefix}${entry.name}`)) {
                    files.push({ path: `${prefix}${entry.name}`, saved: await (await entry.getFile()).text() });
                }
            }
        };
        await walk(handle, '', 0);
        if (!files.some(f => kindOf(f.path) === 'tender')) {
            this.say(`${handle.name} has no .tender file.`);
            return;
        }
        this.handle = handle;
        this.restored = undefined;
        this.open({ name: handle.name, source: 'folder', files });
    }

    async openChosen(list: FileList | null): Promise<void> {
        if (!list || list.length === 0) return;
        const chosen = [...list];
        const files: FolderFile[] = [];
        let name = chosen[0].name.replace(/\.(tender|zip)$/, '');
        for (const file of chosen) {
            if (file.name.endsWith('.zip')) {
                const { default: JSZip } = await import('jszip');
                try {
                    const zip = await JSZip.loadAsync(await file.arrayBuffer());
                    const entries = Object.values(zip.files).filter(e => !e.dir && isWanted(e.name) && !/(^|\/)(__MACOSX|\.)/.test(e.name));
                    // A zip of a folder holds one folder: drop it from the paths.
                    const top = commonFolder(entries.map(e => e.name));
                    for (const entry of entries) files.push({ path: entry.name.slice(top.length), saved: await entry.async('string') });
                    name = file.name.replace(/\.zip$/, '');
                } catch {
                    this.say(`${file.name} is not a zip file that can be read.`);
                    return;
                }
            } else if (isWanted(file.name)) {
                files.push({ path: file.name, saved: await file.text() });
            }
        }
        $<HTMLInputElement>('file-input').value = '';
        if (!files.some(f => kindOf(f.path) === 'tender')) {
            this.say('None of the chosen files is a .tender file.');
            return;
        }
        if (!this.confirmLeave()) return;
        this.handle = undefined;
        this.restored = undefined;
        this.open({ name, source: chosen.some(f => f.name.endsWith('.zip')) ? 'zip' : 'files', files });
    }

    /** Opening another folder while this one has drafts: they would be replaced. */
    confirmLeave(): boolean {
        const drafts = this.folder?.files.filter(isDraft) ?? [];
        return drafts.length === 0 || confirm(`${drafts.map(f => f.path).join(', ')} ${drafts.length === 1 ? 'has' : 'have'} unsaved changes, kept in this browser only until you open another folder. Open the other folder anyway?`);
    }

    open(folder: Folder): void {
        this.session?.dispose();
        this.folder = { ...folder, files: sortFiles([...folder.files]) };
        this.lastCounts.clear();
        $('editor-host').replaceChildren();
        const app = this;
        this.session = new Session(this.folder, {
            diagnostics: entry => app.onDiagnostics(entry),
            changed: (path, text) => app.onChanged(path, text),
            outline: (path, symbols) => app.renderOutline(path, symbols),
            show: path => app.show(path),
            problem: message => app.say(message),
            describe: text => {
                $('describe').textContent = text;
                $('describe').hidden = false;
                app.say(text);
            }
        });
        $('welcome').hidden = true;
        $('workbench').hidden = false;
        $<HTMLButtonElement>('save').disabled = false;
        $<HTMLButtonElement>('save-zip').disabled = false;
        $('folder-title').textContent = `Files in ${this.folder.name}`;
        this.renderFiles();
        const first = firstFile(this.folder);
        if (first) this.show(first.path);
        this.keepDrafts();
        this.renderDraftNote();
    }

    // ---- showing ---------------------------------------------------------------------------

    show(path: string): void {
        const session = this.session;
        const editor = session?.editorOf(path);
        if (!session || !editor) return;
        this.shown = path;
        const host = $('editor-host');
        if (editor.view.dom.parentElement !== host) {
            host.replaceChildren(editor.view.dom);
        }
        editor.view.requestMeasure();
        $('editor-title').textContent = path;
        $('describe').hidden = true;
        session.setShown(path);
        this.renderFiles();
        this.renderProblems();
        this.renderDraftNote();
        const isTender = editor.kind === 'tender';
        for (const id of ['quick-fix', 'format', 'rename', 'definition', 'generate']) $<HTMLButtonElement>(id).disabled = !isTender;
        if (!isTender) $('outline').replaceChildren();
        this.schedulePreview(0);
    }

    renderFiles(): void {
        const list = $('file-list');
        list.replaceChildren();
        for (const file of this.folder?.files ?? []) {
            if (kindOf(file.path) === 'template') continue;
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'file';
            const draft = isDraft(file);
            const counts = this.lastCounts.get(file.path);
            button.textContent = file.path + (draft ? ' (unsaved)' : '');
            if (counts) button.title = counts;
            if (file.path === this.shown) button.setAttribute('aria-current', 'page');
            button.addEventListener('click', () => {
                this.show(file.path);
                this.session?.editorOf(file.path)?.view.focus();
            });
            item.append(button);
            list.append(item);
        }
    }

    renderOutline(path: string, symbols: readonly lsp.DocumentSymbol[]): void {
        if (path !== this.shown) return;
        const outline = $('outline');
        const build = (items: readonly lsp.DocumentSymbol[], depth: number): HTMLUListElement => {
            const list = document.createElement('ul');
            for (const symbol of items.slice(0, 300)) {
                const item = document.createElement('li');
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'symbol';
                button.textContent = symbol.name;
                if (symbol.detail) button.title = symbol.detail;
                button.addEventListener('click', () => this.reveal(path, symbol.selectionRange.start));
                item.append(button);
                if (symbol.children?.length && depth < 2) item.append(build(symbol.children, depth + 1));
                list.append(item);
            }
            return list;
        };
        outline.replaceChildren(build(symbols, 0));
    }

    reveal(path: string, position: lsp.Position): void {
        const editor = this.session?.editorOf(path);
        if (!editor) return;
        const doc = editor.view.state.doc;
        const line = doc.line(Math.min(doc.lines, position.line + 1));
        const pos = Math.min(line.to, line.from + position.character);
        editor.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        editor.view.focus();
    }

    // ---- diagnostics -----------------------------------------------------------------------

    onDiagnostics(entry: FileDiagnostics): void {
        this.marks.firstDiagnostics ??= performance.now();
        const errors = entry.items.filter(d => d.severity === 1).length;
        const warnings = entry.items.filter(d => d.severity === 2).length;
        const notes = entry.items.length - errors - warnings;
        const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}`;
        const before = this.lastCounts.get(entry.path);
        this.lastCounts.set(entry.path, summary);
        if (entry.path === this.shown) {
            this.marks.firstShownDiagnostics ??= performance.now();
            this.renderProblems();
            if (before !== summary) {
                // What was just done (a fix) is said with what it changed.
                const done = this.justDone && Date.now() - this.justDone.at < 3000 ? `${this.justDone.text} ` : '';
                this.justDone = undefined;
                this.say(`${done}${entry.path}: ${summary}.`);
            }
            this.schedulePreview(400);
        }
        if (before !== summary) this.renderFiles();
        document.dispatchEvent(new CustomEvent('tender:diagnostics', {
            detail: { path: entry.path, version: entry.version, count: entry.items.length, errors, warnings, fixes: entry.fixes.size, codes: entry.items.map(d => d.code) }
        }));
    }

    renderProblems(): void {
        const list = $('problems');
        const path = this.shown;
        const entry = path ? this.session?.diagnostics.get(path) : undefined;
        $('problems-title').textContent = entry ? `Problems: ${this.lastCounts.get(entry.path)}` : 'Problems';
        list.replaceChildren();
        $<HTMLButtonElement>('fix-all').disabled = !entry?.fixAll;
        if (!entry || !path) return;
        const sorted = entry.items.map((item, index) => ({ item, index }))
            .sort((a, b) => (a.item.severity ?? 1) - (b.item.severity ?? 1) || a.item.range.start.line - b.item.range.start.line);
        for (const { item, index } of sorted.slice(0, 200)) {
            const row = document.createElement('li');
            row.className = `problem severity-${item.severity ?? 1}`;
            const go = document.createElement('button');
            go.type = 'button';
            go.className = 'problem-go';
            go.textContent = `${severityWord(item.severity)} on line ${item.range.start.line + 1}: ${item.message}`;
            go.addEventListener('click', () => this.reveal(path, item.range.start));
            row.append(go);
            const code = typeof item.code === 'string' ? item.code : undefined;
            if (code && item.codeDescription?.href) {
                const link = document.createElement('a');
                link.href = item.codeDescription.href;
                link.target = '_blank';
                link.rel = 'noopener noreferrer';
                link.textContent = code;
                link.setAttribute('aria-label', `About the rule ${code} (opens its page)`);
                row.append(' ', link);
            }
            for (const fix of entry.fixes.get(index) ?? []) {
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'fix';
                button.textContent = fix.title;
                button.addEventListener('click', () => {
                    void this.session?.applyAction(fix);
                    this.done(`Applied: ${fix.title}.`);
                    this.session?.editorOf(path)?.view.focus();
                });
                row.append(' ', button);
            }
            list.append(row);
        }
        const fixAll = entry.fixAll;
        $<HTMLButtonElement>('fix-all').disabled = !fixAll;
        $('fix-all').textContent = fixAll ? fixAll.title.replace(/^Fix all safe tender findings/, 'Fix all') : 'Fix all';
    }

    quickFix(): void {
        const path = this.shown;
        if (!path || !this.session) return;
        const fixes = this.session.fixesAtCursor(path);
        const dialog = $<HTMLDialogElement>('fix-dialog');
        const list = $('fix-list');
        list.replaceChildren();
        if (fixes.length === 0) {
            this.say('No quick fix here. The Problems list shows every finding and its fixes.');
            openLintPanel(this.session.editorOf(path)!.view);
            return;
        }
        for (const fix of fixes) {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = fix.title;
            button.addEventListener('click', () => {
                dialog.close();
                void this.session?.applyAction(fix);
                this.done(`Applied: ${fix.title}.`);
                this.session?.editorOf(path)?.view.focus();
            });
            item.append(button);
            list.append(item);
        }
        dialog.showModal();
        (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    }

    fixAll(): void {
        const path = this.shown;
        const action = path ? this.session?.fixAllOf(path) : undefined;
        if (!action || !path) return;
        void this.session?.applyAction(action);
        this.done(`${action.title}: applied.`);
    }

    runEditorCommand(command: (view: import('@codemirror/view').EditorView) => boolean): void {
        const view = this.shown ? this.session?.editorOf(this.shown)?.view : undefined;
        if (!view) return;
        view.focus();
        command(view);
    }

    // ---- drafts and saving ------------------------------------------------------------------

    onChanged(path: string, text: string): void {
        $('describe').hidden = true;
        const file = this.folder?.files.find(f => f.path === path);
        if (!file) return;
        const wasDraft = isDraft(file);
        file.draft = text === file.saved ? undefined : text;
        if (wasDraft !== isDraft(file)) {
            this.renderFiles();
            this.renderDraftNote();
        }
        clearTimeout(this.draftTimer);
        this.draftTimer = setTimeout(() => this.keepDrafts(), 300);
    }

    keepDrafts(): void {
        if (!this.folder) return;
        if (localDrafts.save(this.folder) === 'full') {
            this.say('This browser has no room left to keep drafts: save your work now.');
        }
    }

    renderDraftNote(): void {
        const drafts = this.folder?.files.filter(isDraft) ?? [];
        const where = this.handle ? `Save writes them back to the folder ${this.folder?.name}.` : 'Save downloads them.';
        const note = drafts.length === 0
            ? 'Everything is saved. Changes you make are kept in this browser until you save them.'
            : `Unsaved: ${drafts.map(f => f.path).join(', ')}. Kept in this browser until you save. ${where}`;
        $('draft-note').textContent = this.restored && drafts.length > 0 ? `${this.restored} ${note}` : note;
    }

    async save(): Promise<void> {
        const folder = this.folder;
        if (!folder) return;
        const drafts = folder.files.filter(isDraft);
        if (drafts.length === 0) {
            this.say('Nothing to save.');
            return;
        }
        if (this.handle) {
            try {
                for (const file of drafts) {
                    const parts = file.path.split('/');
                    let dir = this.handle;
                    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
                    const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
                    await writable.write(textOf(file));
                    await writable.close();
                    file.saved = textOf(file);
                    file.draft = undefined;
                }
                this.say(`Saved ${drafts.map(f => f.path).join(', ')} to ${folder.name}.`);
            } catch (error) {
                this.say(`Could not save to the folder: ${error instanceof Error ? error.message : String(error)}. Your drafts are still kept in this browser.`);
                return;
            }
        } else if (drafts.length === 1) {
            download(drafts[0].path.split('/').pop()!, new Blob([textOf(drafts[0])], { type: 'text/plain' }));
            drafts[0].saved = textOf(drafts[0]);
            drafts[0].draft = undefined;
            this.say(`Downloaded ${drafts[0].path}.`);
        } else {
            await this.downloadZip();
            for (const file of drafts) {
                file.saved = textOf(file);
                file.draft = undefined;
            }
        }
        this.keepDrafts();
        this.renderFiles();
        this.renderDraftNote();
    }

    async downloadZip(): Promise<void> {
        const folder = this.folder;
        if (!folder) return;
        const { default: JSZip } = await import('jszip');
        const zip = new JSZip();
        for (const file of folder.files) zip.file(`${folder.name}/${file.path}`, textOf(file));
        download(`${folder.name}.zip`, await zip.generateAsync({ type: 'blob' }));
        this.say(`Downloaded ${folder.name}.zip with every file as it is now.`);
    }

    // ---- preview and generate ---------------------------------------------------------------

    setPreview(on: boolean): void {
        this.previewOn = on;
        $('toggle-preview').setAttribute('aria-pressed', String(on));
        $('preview-pane').hidden = !on;
        $('workbench').classList.toggle('no-preview', !on);
        if (on) this.schedulePreview(0);
    }

    schedulePreview(delay: number): void {
        clearTimeout(this.previewTimer);
        if (!this.previewOn) return;
        this.previewTimer = setTimeout(() => void this.updatePreview(), delay);
    }

    async updatePreview(): Promise<void> {
        const path = this.shown;
        const session = this.session;
        if (!path || !session || kindOf(path) !== 'tender') {
            $('preview-message').textContent = 'The preview shows a .tender file.';
            return;
        }
        try {
            const result = await session.preview(path);
            if (path !== this.shown || session !== this.session) return;
            const frame = $<HTMLIFrameElement>('preview');
            if (result.kind === 'html') {
                $('preview-message').textContent = '';
                frame.title = `Preview of ${result.title}`;
                frame.hidden = false;
                // Sandboxed without scripts or same-origin: the page cannot script the preview, nor the preview the page.
                frame.srcdoc = result.html;
                document.dispatchEvent(new CustomEvent('tender:preview', { detail: { path, title: result.title, version: result.version } }));
            } else {
                $('preview-message').textContent = result.message;
                frame.hidden = true;
            }
        } catch (error) {
            $('preview-message').textContent = `No preview: ${error instanceof Error ? error.message : String(error)}`;
        }
    }

    openGenerate(): void {
        $('generate-result').textContent = '';
        $<HTMLDialogElement>('generate-dialog').showModal();
    }

    async generate(): Promise<void> {
        const path = this.shown;
        const session = this.session;
        if (!path || !session) return;
        const form = $<HTMLFormElement>('generate-form');
        const formats = [...form.querySelectorAll<HTMLInputElement>('input[name=format]:checked')].map(i => i.value as OutputFormat);
        const force = $<HTMLInputElement>('generate-force').checked;
        const result$ = $('generate-result');
        if (formats.length === 0) {
            result$.textContent = 'Choose at least one file to make.';
            return;
        }
        result$.textContent = 'Generating…';
        const result = await session.generate(path, formats, force);
        if (result.kind === 'errors') {
            result$.textContent = `Not generated: the tender has ${plural(result.errors, 'error')} (${result.findings.map(f => `line ${f.line}: ${f.message}`).join('; ')}). Fix them, or tick "Make them even if the tender has errors".`;
            return;
        }
        if (result.kind === 'failed') {
            result$.textContent = `Not generated: ${result.message}`;
            return;
        }
        result$.replaceChildren(`Made ${result.files.length === 1 ? 'one file' : `${result.files.length} files`}: `);
        const types: Record<string, string> = {
            docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ocds: 'application/json', json: 'application/json', html: 'text/html'
        };
        const links = result.files.map(file => {
            const bytes = Uint8Array.from(atob(file.base64), c => c.charCodeAt(0));
            const link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob([bytes], { type: types[file.format] }));
            link.download = file.name;
            link.textContent = file.name;
            return link;
        });
        links.forEach((link, i) => result$.append(i > 0 ? ', ' : '', link));
        if (links.length === 1) {
            result$.append('. Your browser saves it to its downloads folder.');
            links[0].click();
        } else {
            // Browsers hold back several downloads at once: each file is a link to save.
            result$.append('. Choose each to save it.');
            links[0].focus();
        }
        this.say(`Generated ${result.files.map(f => f.name).join(', ')}.`);
    }

    /** Says what was done now, and again with the counts it changed. */
    done(message: string): void {
        this.justDone = { text: message, at: Date.now() };
        this.say(message);
    }

    say(message: string): void {
        const status = $('status');
        // The same words twice are still announced.
        status.textContent = status.textContent === message ? `${message}\u00a0` : message;
    }
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityWord(severity: lsp.DiagnosticSeverity | undefined): string {
    return severity === 2 ? 'Warning' : severity === 3 || severity === 4 ? 'Note' : 'Error';
}

function commonFolder(paths: string[]): string {
    const firsts = new Set(paths.map(p => (p.includes('/') ? p.slice(0, p.indexOf('/') + 1) : '')));
    return firsts.size === 1 ? [...firsts][0] : '';
}

function download(name: string, blob: Blob): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

const app = new App();
(window as unknown as { tender: App }).tender = app;
app.start();
