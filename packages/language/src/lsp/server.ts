/**
 * Starting the tender language server on a connection, wherever it runs: over stdio in Node
 * (main.ts) or in a browser's Web Worker (packages/web). Langium's startLanguageServer, with two
 * differences: diagnostics carry the version of the text they were computed for (so a client can
 * tell stale ones apart), and tender.config.json files are watched and checked. No Node imports.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import {
    addCallHierarchyHandler, addCodeActionHandler, addCodeLensHandler, addCompletionHandler, addConfigurationChangeHandler,
    addDocumentHighlightHandler, addDocumentLinkHandler, addDocumentSymbolHandler, addDocumentUpdateHandler,
    addExecuteCommandHandler, addFileOperationHandler, addFindReferencesHandler, addFoldingRangeHandler, addFormattingHandler,
    addGoToDeclarationHandler, addGoToImplementationHandler, addGoToTypeDefinitionHandler, addGotoDefinitionHandler,
    addHoverHandler, addInlayHintHandler, addRenameHandler, addSemanticTokenHandler, addSignatureHelpHandler,
    addTypeHierarchyHandler, addWorkspaceSymbolHandler
} from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import { ConfigFileWatcher } from './config-files.js';
import { EditorSettingsSync } from './editor-settings.js';
import { buildTrace } from './build-trace.js';

/**
 * Wires the tender services to the connection and starts listening. Handlers of the caller's own
 * (TenderRequests, say) must be registered before this.
 */
export function startTenderServer(connection: Connection, services: { shared: LangiumSharedServices; Tender: TenderServices }): void {
    const { shared, Tender } = services;
    shared.lsp.LanguageServer.onInitialize(params => {
        const folders = params.workspaceFolders?.map(f => URI.parse(f.uri))
            ?? (params.rootUri ? [URI.parse(params.rootUri)] : []);
        Tender.workspace.WorkspaceRoots.setRoots(folders);
    });
    // tender.* settings and tender.config.json changes apply without a reload.
    new EditorSettingsSync(Tender).start();
    // Problems in a tender.config.json are reported on that file.
    new ConfigFileWatcher(Tender, connection).listen();
    startServer(connection, shared);
}

/** Registers every request handler (as Langium's startLanguageServer does) and starts listening. */
function startServer(connection: Connection, services: LangiumSharedServices): void {
    addDocumentUpdateHandler(connection, services);
    addFileOperationHandler(connection, services);
    addVersionedDiagnosticsHandler(connection, services);
    addCompletionHandler(connection, services);
    addFindReferencesHandler(connection, services);
    addDocumentSymbolHandler(connection, services);
    addGotoDefinitionHandler(connection, services);
    addGoToTypeDefinitionHandler(connection, services);
    addGoToImplementationHandler(connection, services);
    addDocumentHighlightHandler(connection, services);
    addFoldingRangeHandler(connection, services);
    addFormattingHandler(connection, services);
    addCodeActionHandler(connection, services);
    addRenameHandler(connection, services);
    addHoverHandler(connection, services);
    addInlayHintHandler(connection, services);
    addSemanticTokenHandler(connection, services);
    addExecuteCommandHandler(connection, services);
    addSignatureHelpHandler(connection, services);
    addCallHierarchyHandler(connection, services);
    addTypeHierarchyHandler(connection, services);
    addCodeLensHandler(connection, services);
    addDocumentLinkHandler(connection, services);
    addConfigurationChangeHandler(connection, services);
    addGoToDeclarationHandler(connection, services);
    addWorkspaceSymbolHandler(connection, services);
    connection.onInitialize(params => services.lsp.LanguageServer.initialize(params));
    connection.onInitialized(params => services.lsp.LanguageServer.initialized(params));
    services.workspace.TextDocuments.listen(connection);
    connection.listen();
}

/** Publishes each validated document's diagnostics with the version of the text they describe. */
function addVersionedDiagnosticsHandler(connection: Connection, services: LangiumSharedServices): void {
    const builder = services.workspace.DocumentBuilder;
    const textDocuments = services.workspace.TextDocuments;
    builder.onUpdate((changed, deleted) => {
        buildTrace?.buildStarted(changed.length + deleted.length);
        for (const uri of deleted) {
            void connection.sendDiagnostics({ uri: uri.toString(), diagnostics: [] });
        }
    });
    if (buildTrace) {
        const phases: Array<[DocumentState, string]> = [[DocumentState.Parsed, 'parse'], [DocumentState.IndexedContent, 'index'],
            [DocumentState.ComputedScopes, 'scopes'], [DocumentState.Linked, 'link'], [DocumentState.IndexedReferences, 'refs']];
        for (const [state, name] of phases) builder.onBuildPhase(state, () => buildTrace?.phase(name));
        builder.onBuildPhase(DocumentState.Validated, () => buildTrace?.buildEnded('end'));
    }
    builder.onDocumentPhase(DocumentState.Validated, document => {
        buildTrace?.phase('validate');
        if (!document.diagnostics) return;
        const open = textDocuments.get(document.uri);
        // Diagnostics of a text the editor has already replaced would only flicker (or, stamped
        // with the newer version, be taken for its diagnostics): the build of the newer text is on
        // its way. The document's textDocument is the editor's live one, so compare the text that
        // was parsed, not versions.
        const parsed = document.parseResult.value.$cstNode?.root.fullText;
        if (open && parsed !== undefined && parsed !== open.getText()) return;
        void connection.sendDiagnostics({
            uri: document.uri.toString(),
            version: open ? open.version : undefined,
            diagnostics: document.diagnostics
        });
        buildTrace?.phase('publish');
    });
}
