/**
 * The Tender extension: the language server (diagnostics, quick fixes, hovers, completion, code
 * lenses, inlay hints, semantic tokens, formatting), a status bar summary, the live preview, and
 * commands that generate tender packs and scaffold new tenders. Everything computed comes from the
 * server or from @tender/language; this file only wires it into VS Code.
 */
import type { ExtensionContext, Uri, WebviewPanel } from 'vscode';
import { commands, Uri as VsUri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, sendTrust, serverOf } from './client.js';
import type { GenerateKind } from './commands/generate.js';
import { generate } from './commands/generate.js';
import { newTender } from './commands/new-tender.js';
import { registerCompare } from './commands/compare.js';
import { openExample, showFinding } from './commands/walkthrough.js';
import type { PreviewState } from './preview/messages.js';
import { PREVIEW_VIEW_TYPE, TenderPreviews } from './preview/preview-panel.js';
import { TenderStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    client = createClient(context);
    const server = serverOf(client);
    const previews = new TenderPreviews(server, context.extensionUri);
    context.subscriptions.push(
        new TenderStatusBar(),
        previews,
        commands.registerCommand('tender.openPreviewToSide', () => previews.openToSide()),
        commands.registerCommand('tender.generateDocx', (file?: Uri) => generateFrom('docx', file)),
        commands.registerCommand('tender.generateOcds', (file?: Uri) => generateFrom('ocds', file)),
        commands.registerCommand('tender.generatePack', (file?: Uri) => generateFrom('pack', file)),
        commands.registerCommand('tender.newTender', (folder?: Uri) => newTender(folder)),
        commands.registerCommand('tender.openExample', () => openExample(context.extensionUri)),
        commands.registerCommand('tender.showFinding', () => showFinding()),
        window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            async deserializeWebviewPanel(panel: WebviewPanel, state: PreviewState | undefined) {
                if (state?.uri) {
                    await previews.adopt(VsUri.parse(state.uri), panel, state.line);
                } else {
                    panel.dispose();
                }
            }
        }),
        workspace.onDidGrantWorkspaceTrust(() => {
            // Trusted now: the server may load the workspace's templates from here on.
            if (client) void sendTrust(client, true);
        })
    );
    registerCompare(context, server, (id, run) => commands.registerCommand(id, run));
    await client.start();

    async function generateFrom(kind: GenerateKind, file?: Uri): Promise<void> {
        await generate(server, kind, file instanceof VsUri ? file : undefined);
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
