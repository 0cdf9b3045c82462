/**
 * A small language client for driving the built tender language server over stdio: used by the
 * LSP tests (test/lsp/*.test.ts), the edit fuzzer (bench/fuzz-edits.mjs) and the benchmarks.
 * Plain ESM with JSDoc types so that plain `node` scripts can import it.
 *
 *   const client = await startServer({ workspace: await makeWorkspace() });
 *   const doc = await client.open('first-draft.tender');
 *   const diagnostics = await client.waitForDiagnostics(doc.uri, { version: doc.version });
 *   await client.stop();
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_PATH = join(REPO_ROOT, 'packages', 'language', 'dist', 'lsp', 'main.js');
export const ANYBOROUGH = join(REPO_ROOT, 'examples', 'anyborough');

/**
 * @typedef {import('vscode-languageserver-protocol').Diagnostic} Diagnostic
 * @typedef {import('vscode-languageserver-protocol').Position} Position
 * @typedef {import('vscode-languageserver-protocol').Range} Range
 * @typedef {import('vscode-languageserver-protocol').PublishDiagnosticsParams} PublishDiagnosticsParams
 * @typedef {import('vscode-languageserver-protocol').ProtocolConnection} ProtocolConnection
 * @typedef {import('vscode-languageserver-protocol').ClientCapabilities} ClientCapabilities
 * @typedef {import('vscode-languageserver-protocol').InitializeResult} InitializeResult
 * @typedef {import('vscode-languageserver-protocol').TextDocumentContentChangeEvent} TextDocumentContentChangeEvent
 */

/**
 * A temporary workspace folder holding a copy of examples/anyborough (or of `from`).
 * @param {{ from?: string, files?: Record<string, string> }} [options]
 * @returns {string} the folder
 */
export function makeWorkspace(options = {}) {
    const folder = mkdtempSync(join(tmpdir(), 'tender-lsp-'));
    cpSync(options.from ?? ANYBOROUGH, folder, { recursive: true });
    for (const [name, text] of Object.entries(options.files ?? {})) {
        const path = join(folder, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
    }
    return folder;
}

/** The capabilities a typical editor announces (VS Code-like), with dynamic watcher registration. */
export const DEFAULT_CAPABILITIES = /** @type {ClientCapabilities} */ ({
    workspace: {
        workspaceFolders: true,
        configuration: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        applyEdit: true,
        workspaceEdit: { documentChanges: false }
    },
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: { linkSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } } },
        rename: { prepareSupport: true },
        foldingRange: { lineFoldingOnly: false },
        semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
            tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'],
            formats: ['relative']
        }
    }
});

/**
 * Starts the server as a child process and initializes it with the workspace folder.
 * @param {{ workspace?: string, serverPath?: string, capabilities?: ClientCapabilities, settings?: unknown, stderr?: (text: string) => void }} [options]
 * @returns {Promise<LspClient>}
 */
export async function startServer(options = {}) {
    const client = new LspClient(options);
    await client.initialize();
    return client;
}

export class LspClient {
    /** @param {{ workspace?: string, serverPath?: string, capabilities?: ClientCapabilities, settings?: unknown, stderr?: (text: string) => void }} options */
    constructor(options) {
        /** The workspace folder (a temporary copy of examples/anyborough unless given). */
        this.workspace = options.workspace ?? makeWorkspace();
        this.ownsWorkspace = options.workspace === undefined;
        this.capabilities = options.capabilities ?? DEFAULT_CAPABILITIES;
        this.settings = options.settings ?? null;
        /** Everything the server wrote to stderr. */
        this.stderr = '';
        /** @type {string[]} */
        this.logs = [];
        /** @type {Array<{ method: string, params: unknown }>} requests the server sent to the client */
        this.serverRequests = [];
        /** @type {Map<string, PublishDiagnosticsParams[]>} every publication, per URI */
        this.published = new Map();
        /** @type {Array<() => void>} */
        this.diagnosticWaiters = [];
        /** @type {Map<string, { text: string, version: number }>} */
        this.openDocuments = new Map();
        this.exited = false;
        /** @type {number | null} */
        this.exitCode = null;
        /** @type {NodeJS.Signals | null} */
        this.exitSignal = null;

        this.process = spawn(process.execPath, [options.serverPath ?? SERVER_PATH, '--stdio'], {
            cwd: this.workspace,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        this.process.stderr.setEncoding('utf8');
        this.process.stderr.on('data', chunk => {
            this.stderr += chunk;
            options.stderr?.(chunk);
        });
        this.process.on('exit', (code, signal) => {
            this.exited = true;
            this.exitCode = code;
            this.exitSignal = signal;
            for (const wake of this.diagnosticWaiters.splice(0)) wake();
        });
        /** @type {ProtocolConnection} */
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.process.stdout),
            new StreamMessageWriter(this.process.stdin)
        );
        this.connection.onNotification('textDocument/publishDiagnostics', (/** @type {PublishDiagnosticsParams} */ params) => {
            const list = this.published.get(params.uri) ?? [];
            list.push(params);
            this.published.set(params.uri, list);
            for (const wake of this.diagnosticWaiters.splice(0)) wake();
        });
        this.connection.onNotification('window/logMessage', (/** @type {{ message: string }} */ params) => {
            this.logs.push(params.message);
        });
        this.connection.onNotification(() => { /* telemetry and the like */ });
        this.connection.onRequest((method, params) => {
            this.serverRequests.push({ method, params });
            if (method === 'workspace/configuration') {
                const items = /** @type {{ items: unknown[] }} */ (params).items ?? [];
                return items.map(() => this.settings);
            }
            return null; // client/registerCapability, window/workDoneProgress/create, ...
        });
        this.connection.onError(() => { /* reported through exit */ });
        this.connection.onClose(() => { /* reported through exit */ });
        this.connection.listen();
    }

    /** @returns {Promise<InitializeResult>} */
    async initialize() {
        const rootUri = pathToFileURL(this.workspace).toString();
        /** @type {InitializeResult} */
        this.initializeResult = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            capabilities: this.capabilities,
            workspaceFolders: [{ uri: rootUri, name: 'workspace' }]
        });
        await this.connection.sendNotification('initialized', {});
        return this.initializeResult;
    }

    /**
     * The file URI of a path in the workspace (relative) or anywhere (absolute).
     * @param {string} path
     */
    uri(path) {
        if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path; // already a URI (not a Windows drive)
        return pathToFileURL(isAbsolute(path) ? path : join(this.workspace, path)).toString();
    }

    /**
     * Opens a document; its text is read from the workspace unless given.
     * @param {string} path workspace-relative path, absolute path or URI
     * @param {string} [text]
     * @returns {Promise<{ uri: string, version: number, text: string }>}
     */
    async open(path, text) {
        const uri = this.uri(path);
        const content = text ?? readFileSync(fileURLToPath(uri), 'utf8');
        const version = 1;
        this.openDocuments.set(uri, { text: content, version });
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: uri.endsWith('.tender') ? 'tender' : 'json', version, text: content }
        });
        return { uri, version, text: content };
    }

    /**
     * Replaces the whole text of an open document.
     * @param {string} path
     * @param {string} text
     * @returns {Promise<number>} the new version
     */
    async replace(path, text) {
        return this.change(path, [{ text }]);
    }

    /**
     * Sends content changes (full or incremental) and keeps the client's copy of the text in step.
     * @param {string} path
     * @param {TextDocumentContentChangeEvent[]} changes
     * @returns {Promise<number>} the new version
     */
    async change(path, changes) {
        const uri = this.uri(path);
        const doc = this.openDocuments.get(uri);
        if (!doc) throw new Error(`${uri} is not open`);
        let text = doc.text;
        for (const change of changes) {
            if ('range' in change && change.range) {
                const start = offsetAt(text, change.range.start);
                const end = offsetAt(text, change.range.end);
                text = text.slice(0, start) + change.text + text.slice(end);
            } else {
                text = change.text;
            }
        }
        const version = doc.version + 1;
        this.openDocuments.set(uri, { text, version });
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        return version;
    }

    /**
     * Inserts text at an offset, as an incremental change.
     * @param {string} path @param {number} offset @param {string} text
     */
    async insert(path, offset, text) {
        const doc = this.document(path);
        const position = positionAt(doc.text, offset);
        return this.change(path, [{ range: { start: position, end: position }, text }]);
    }

    /**
     * Deletes `length` characters at an offset, as an incremental change.
     * @param {string} path @param {number} offset @param {number} length
     */
    async remove(path, offset, length) {
        const doc = this.document(path);
        return this.change(path, [{ range: { start: positionAt(doc.text, offset), end: positionAt(doc.text, offset + length) }, text: '' }]);
    }

    /** @param {string} path */
    async close(path) {
        const uri = this.uri(path);
        this.openDocuments.delete(uri);
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** The client's copy of an open document. @param {string} path */
    document(path) {
        const doc = this.openDocuments.get(this.uri(path));
        if (!doc) throw new Error(`${path} is not open`);
        return doc;
    }

    /**
     * The position of the `occurrence`-th match of `needle` in an open document, plus `shift` characters.
     * @param {string} path @param {string} needle @param {{ occurrence?: number, shift?: number }} [options]
     * @returns {Position}
     */
    positionOf(path, needle, options = {}) {
        const text = this.document(path).text;
        let index = -1;
        for (let i = 0; i <= (options.occurrence ?? 0); i++) {
            index = text.indexOf(needle, index + 1);
            if (index < 0) throw new Error(`"${needle}" (occurrence ${options.occurrence ?? 0}) not found in ${path}`);
        }
        return positionAt(text, index + (options.shift ?? 0));
    }

    /**
     * Waits for diagnostics of a URI: the first publication for `version` (when the server sends
     * versions), or the next publication after `since` publications.
     * `since` skips the publications counted before (see publicationCount).
     * @param {string} path
     * @param {{ version?: number, since?: number, timeout?: number, where?: (p: PublishDiagnosticsParams) => boolean }} [options]
     * @returns {Promise<Diagnostic[]>}
     */
    async waitForDiagnostics(path, options = {}) {
        const uri = this.uri(path);
        const deadline = Date.now() + (options.timeout ?? 20_000);
        const matches = (/** @type {PublishDiagnosticsParams} */ p) =>
            (options.version === undefined || p.version === options.version) && (!options.where || options.where(p));
        for (;;) {
            const found = (this.published.get(uri) ?? []).slice(options.since ?? 0).filter(matches);
            if (found.length > 0) return found[found.length - 1].diagnostics;
            if (this.exited) throw new Error(`The server exited (code ${this.exitCode}, signal ${this.exitSignal}) while waiting for diagnostics of ${uri}.\n${this.stderr}`);
            const remaining = deadline - Date.now();
            if (remaining <= 0) throw new Error(`No diagnostics for ${uri}${options.version !== undefined ? ` version ${options.version}` : ''} within the timeout.`);
            await new Promise(wake => {
                const timer = setTimeout(wake, remaining);
                this.diagnosticWaiters.push(() => { clearTimeout(timer); wake(undefined); });
            });
        }
    }

    /** How many times diagnostics were published for a URI so far. @param {string} path */
    publicationCount(path) {
        return (this.published.get(this.uri(path)) ?? []).length;
    }

    /** The latest diagnostics published for a URI, if any. @param {string} path */
    latestDiagnostics(path) {
        const list = this.published.get(this.uri(path));
        return list?.[list.length - 1];
    }

    /**
     * Sends a request, failing after a timeout instead of hanging.
     * @template T
     * @param {string} method @param {unknown} params @param {number} [timeout]
     * @returns {Promise<T>}
     */
    async request(method, params, timeout = 20_000) {
        if (this.exited) throw new Error(`The server has exited (code ${this.exitCode}); cannot send ${method}.\n${this.stderr}`);
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        const timedOut = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${method} got no answer within ${timeout} ms`)), timeout);
        });
        try {
            return /** @type {T} */ (await Promise.race([this.connection.sendRequest(method, params), timedOut]));
        } finally {
            clearTimeout(timer);
        }
    }

    /** @param {string} method @param {unknown} params */
    notify(method, params) {
        return this.connection.sendNotification(method, params);
    }

    /** @param {string} path @param {Position} position */
    hover(path, position) {
        return this.request('textDocument/hover', { textDocument: { uri: this.uri(path) }, position });
    }

    /** @param {string} path @param {Position} position */
    completion(path, position) {
        return this.request('textDocument/completion', { textDocument: { uri: this.uri(path) }, position });
    }

    /** @param {string} path @param {Position} position */
    definition(path, position) {
        return this.request('textDocument/definition', { textDocument: { uri: this.uri(path) }, position });
    }

    /** @param {string} path @param {Position} position @param {boolean} [includeDeclaration] */
    references(path, position, includeDeclaration = true) {
        return this.request('textDocument/references', { textDocument: { uri: this.uri(path) }, position, context: { includeDeclaration } });
    }

    /** @param {string} path @param {Position} position @param {string} newName */
    rename(path, position, newName) {
        return this.request('textDocument/rename', { textDocument: { uri: this.uri(path) }, position, newName });
    }

    /** @param {string} path @param {Position} position */
    prepareRename(path, position) {
        return this.request('textDocument/prepareRename', { textDocument: { uri: this.uri(path) }, position });
    }

    /** @param {string} path */
    formatting(path) {
        return this.request('textDocument/formatting', { textDocument: { uri: this.uri(path) }, options: { tabSize: 4, insertSpaces: true } });
    }

    /** @param {string} path @param {Range} range */
    rangeFormatting(path, range) {
        return this.request('textDocument/rangeFormatting', { textDocument: { uri: this.uri(path) }, range, options: { tabSize: 4, insertSpaces: true } });
    }

    /** @param {string} path */
    documentSymbols(path) {
        return this.request('textDocument/documentSymbol', { textDocument: { uri: this.uri(path) } });
    }

    /** @param {string} query */
    workspaceSymbols(query) {
        return this.request('workspace/symbol', { query });
    }

    /** @param {string} path */
    foldingRanges(path) {
        return this.request('textDocument/foldingRange', { textDocument: { uri: this.uri(path) } });
    }

    /** @param {string} path */
    semanticTokens(path) {
        return this.request('textDocument/semanticTokens/full', { textDocument: { uri: this.uri(path) } });
    }

    /** @param {string} path @param {Position} position */
    documentHighlight(path, position) {
        return this.request('textDocument/documentHighlight', { textDocument: { uri: this.uri(path) }, position });
    }

    /** @param {string} path @param {Range} range @param {Diagnostic[]} diagnostics @param {string[]} [only] */
    codeActions(path, range, diagnostics, only) {
        return this.request('textDocument/codeAction', { textDocument: { uri: this.uri(path) }, range, context: { diagnostics, only } });
    }

    /**
     * Tells the server that files changed on disk (type 1 created, 2 changed, 3 deleted).
     * @param {Array<{ path: string, type: 1 | 2 | 3 }>} changes
     */
    filesChanged(changes) {
        return this.notify('workspace/didChangeWatchedFiles', { changes: changes.map(c => ({ uri: this.uri(c.path), type: c.type })) });
    }

    /** Whether the server process is still running. */
    get alive() {
        return !this.exited;
    }

    /** Shuts the server down politely, then makes sure the process is gone. */
    async stop() {
        if (!this.exited) {
            try {
                await this.request('shutdown', null, 5_000);
                await this.notify('exit', null);
            } catch {
                // fall through to kill
            }
        }
        await new Promise(done => {
            if (this.exited) return done(undefined);
            const timer = setTimeout(() => { this.process.kill('SIGKILL'); }, 3_000);
            this.process.once('exit', () => { clearTimeout(timer); done(undefined); });
        });
        this.connection.dispose();
        if (this.ownsWorkspace) rmSync(this.workspace, { recursive: true, force: true });
    }
}

/**
 * Offsets where lines start; a line ends at \n, \r\n or a lone \r, as LSP counts them.
 * @param {string} text
 */
export function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
        } else if (ch === 10) {
            starts.push(i + 1);
        }
    }
    return starts;
}

/** @param {string} text @param {Position} position */
export function offsetAt(text, position) {
    const starts = lineStarts(text);
    if (position.line >= starts.length) return text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    let end = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
    // A position never points into the line break itself.
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return Math.min(start + Math.max(0, position.character), end);
}

/** @param {string} text @param {number} offset @returns {Position} */
export function positionAt(text, offset) {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const starts = lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= clamped) low = mid; else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low] };
}

/**
 * Applies LSP text edits to a text (edits must not overlap).
 * @param {string} text @param {Array<{ range: Range, newText: string }>} edits
 */
export function applyTextEdits(text, edits) {
    const spans = edits.map(e => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    for (const span of spans) {
        result = result.slice(0, span.start) + span.newText + result.slice(span.end);
    }
    return result;
}
