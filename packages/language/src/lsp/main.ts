/**
 * The language server: `node dist/lsp/main.js --stdio`.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createTenderServices } from '../tender-module.js';
import { URI } from 'langium';
import { EditorSettingsSync } from './editor-settings.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Tender } = createTenderServices({ connection, ...NodeFileSystem });

shared.lsp.LanguageServer.onInitialize(params => {
    const folders = params.workspaceFolders?.map(f => URI.parse(f.uri))
        ?? (params.rootUri ? [URI.parse(params.rootUri)] : []);
    Tender.workspace.WorkspaceRoots.setRoots(folders);
});

// tender.* settings and tender.config.json changes apply without a reload.
new EditorSettingsSync(Tender).start();

startLanguageServer(shared);
