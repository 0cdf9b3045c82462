/**
 * How the server follows documents opening, changing and closing in the editor.
 */
import type { FileSystemProvider, TextDocument } from 'langium';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../lint/config.js';

/**
 * Watches tender.config.json files beside everything Langium watches, when the client can register
 * watchers. When the editor closes a document, what counts again is the file on disk: unsaved
 * edits are forgotten, and a document that was never saved leaves the workspace (its names no
 * longer complete or resolve elsewhere).
 */
export class TenderDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE_NAME}` }];
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
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
