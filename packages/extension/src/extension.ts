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
        commands.registerCommand('tender.openExample', () => openExample(context)),
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
    await client.start();

    async function generateFrom(kind: GenerateKind, file?: Uri): Promise<void> {
        await generate(server, kind, file instanceof VsUri ? file : undefined);
    }
}

/**
 * The walkthrough's first step: a copy of the Anyborough example the extension carries, written
 * into the workspace (or a folder the user picks) so its findings can be fixed and packs generated.
 */
async function openExample(context: ExtensionContext): Promise<void> {
    const source = VsUri.joinPath(context.extensionUri, 'examples', 'anyborough');
    const folder = workspace.workspaceFolders?.[0]?.uri
        ?? (await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Copy the Example Here', title: 'Tender: where should the Anyborough example go?' }))?.[0];
    if (!folder) {
        return;
    }
    const destination = VsUri.joinPath(folder, 'anyborough');
    const draft = VsUri.joinPath(destination, 'first-draft.tender');
    try {
        await workspace.fs.stat(draft);
    } catch {
        await workspace.fs.copy(source, destination, { overwrite: false });
    }
    await window.showTextDocument(draft);
    if (!workspace.getWorkspaceFolder(draft)) {
        // Imports must stay inside the workspace: open the example's folder as one.
        await commands.executeCommand('vscode.openFolder', destination);
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
