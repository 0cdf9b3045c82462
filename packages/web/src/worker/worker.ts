/**
 * The tender language server in a Web Worker: the same services as the command line and the
 * VS Code extension (packages/language), over the language server protocol with the page. The
 * opened folder is an in-memory file system (memory-fs.ts); the writers, used by the preview and
 * Generate, are loaded the first time they are needed (generate.ts, a chunk of its own).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createTenderServices } from '../../../language/src/tender-module.js';
import { startTenderServer } from '../../../language/src/lsp/server.js';
import { PREVIEW_REQUEST } from '../../../language/src/lsp/protocol.js';
import type { PreviewParams, PreviewResult } from '../../../language/src/lsp/protocol.js';
import { MemoryFileSystem, setFile, setFiles } from './memory-fs.js';
import type { FileChangedParams, GenerateBytesParams, GenerateBytesResult, SetFolderParams, WorkerInit } from './web-protocol.js';
import { FILE_CHANGED_NOTIFICATION, GENERATE_BYTES_REQUEST, SET_FOLDER_NOTIFICATION } from './web-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', function first(event: MessageEvent) {
    const data = event.data as WorkerInit;
    if (!data || data.tenderInit !== true) return;
    self.removeEventListener('message', first);
    setFiles(data.files);
    start();
});

function start(): void {
    const reader = new BrowserMessageReader(self);
    const writer = new BrowserMessageWriter(self);
    const connection = createConnection(reader, writer);
    const services = createTenderServices({ connection, ...MemoryFileSystem });
    const { Tender, shared } = services;
    const writers = () => import('./generate.js');

    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams): Promise<PreviewResult> => {
        const { preview } = await writers();
        return preview(Tender, params);
    });
    connection.onRequest(GENERATE_BYTES_REQUEST, async (params: GenerateBytesParams): Promise<GenerateBytesResult> => {
        const { generate } = await writers();
        return generate(Tender, params);
    });
    /** Rebuilds every document after files changed in memory; documents of files now gone are dropped. */
    const rebuild = () => {
        Tender.lint.ConfigProvider.clear();
        const fs = shared.workspace.FileSystemProvider;
        const open = shared.workspace.TextDocuments;
        const all = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
        const gone = all.filter(uri => !open.get(uri) && !fs.existsSync(uri));
        const kept = all.filter(uri => !gone.includes(uri));
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(kept, gone, token));
    };
    connection.onNotification(FILE_CHANGED_NOTIFICATION, (params: FileChangedParams) => {
        // tender.config.json and files not open in an editor: rebuild what depends on them.
        setFile(params.uri, params.text);
        rebuild();
    });
    connection.onNotification(SET_FOLDER_NOTIFICATION, (params: SetFolderParams) => {
        setFiles(params.files);
        rebuild();
    });
    startTenderServer(connection, services);
}
