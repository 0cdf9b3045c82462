/**
 * "Tender: Generate DOCX / OCDS JSON / Tender Pack": the server builds the outputs from the
 * editor's text with the shared writers and writes them into the output folder; this asks it,
 * shows progress, says clearly when the tender has errors (offering to generate anyway), and
 * offers to open or reveal what was written.
 */
import * as path from 'node:path';
import type { Uri } from 'vscode';
import { commands, env, ProgressLocation, Uri as VsUri, window, workspace } from 'vscode';
import type { GenerateResult, OutputFormat } from '@tender/language/protocol';
import type { TenderServer } from '../client.js';
import { outputFolderFor } from '../output-folder.js';

export type GenerateKind = 'docx' | 'ocds' | 'pack';

const KINDS: Record<GenerateKind, { readonly formats: readonly OutputFormat[]; readonly label: string }> = {
    docx: { formats: ['docx'], label: 'the DOCX' },
    ocds: { formats: ['ocds'], label: 'the OCDS JSON' },
    pack: { formats: [], label: 'the tender pack' }
};

export const ACTION_GENERATE_ANYWAY = 'Generate Anyway';
export const ACTION_SHOW_PROBLEMS = 'Show Problems';
export const ACTION_OPEN = 'Open';
export const ACTION_REVEAL = 'Reveal in Explorer';

/** Pause between a clicked notification and the next one. */
export const NOTIFICATION_SETTLE_MS = 400;

/**
 * VS Code drops the toast of a notification raised while another notification is closing (the
 * progress notification, or the one whose button was clicked): wait for it to close first, so the
 * user sees what happened. The notification centre keeps it either way.
 */
function settle(): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, NOTIFICATION_SETTLE_MS));
}

/** The tender file a command is for: the one clicked in the explorer, else the active editor's. */
export function targetTender(clicked: Uri | undefined): Uri | undefined {
    if (clicked && clicked.path.endsWith('.tender')) {
        return clicked;
    }
    const document = window.activeTextEditor?.document;
    return document && document.languageId === 'tender' ? document.uri : undefined;
}

/** Runs one Generate command; resolves to what the server answered (undefined when nothing ran). */
export async function generate(server: TenderServer, kind: GenerateKind, clicked?: Uri, force = false): Promise<GenerateResult | undefined> {
    const target = targetTender(clicked);
    if (!target) {
        void window.showErrorMessage('Tender: open a .tender file (or right-click one in the explorer) to generate from it.');
        return undefined;
    }
    if (target.scheme !== 'file') {
        void window.showErrorMessage('Tender: save the tender to a file first: generated files are written beside it.');
        return undefined;
    }
    const { formats, label } = KINDS[kind];
    const setting = workspace.getConfiguration('tender', target).get<string>('output.folder');
    const outputFolder = outputFolderFor(setting, target.fsPath, workspace.getWorkspaceFolder(target)?.uri.fsPath);
    const fileName = path.basename(target.fsPath);
    let result: GenerateResult;
    try {
        result = await window.withProgress(
            { location: ProgressLocation.Notification, title: `Tender: generating ${label} of ${fileName}${force ? ' (with errors)' : ''}…`, cancellable: false },
            () => server.generate({ uri: target.toString(), formats, outputFolder, force })
        );
    } catch (error) {
        void window.showErrorMessage(`Tender: could not generate ${label}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    await settle(); // the progress notification is closing
    switch (result.kind) {
        case 'errors': {
            const first = result.findings.map(f => `${f.message} (line ${f.line})`).slice(0, 2).join(' ');
            const more = result.errors > 2 ? ` …and ${result.errors - 2} more.` : '';
            const choice = await window.showErrorMessage(
                `Tender: ${fileName} has ${result.errors} ${result.errors === 1 ? 'error' : 'errors'}, so ${label} was not generated. ${first}${more}`,
                ACTION_SHOW_PROBLEMS, ACTION_GENERATE_ANYWAY);
            if (choice === ACTION_GENERATE_ANYWAY) {
                await settle();
                return generate(server, kind, target, true);
            }
            if (choice === ACTION_SHOW_PROBLEMS) {
                await commands.executeCommand('workbench.actions.view.problems');
            }
            return result;
        }
        case 'failed':
            void window.showErrorMessage(`Tender: could not generate ${label}: ${result.message}`);
            return result;
        case 'written': {
            void offerWritten(result.files, outputFolder);
            return result;
        }
    }
}

/** Says what was written and offers to open the main file or reveal it. */
async function offerWritten(files: readonly string[], outputFolder: string): Promise<void> {
    const names = files.map(f => path.basename(f));
    const where = workspace.asRelativePath(outputFolder, (workspace.workspaceFolders?.length ?? 0) > 1);
    const choice = await window.showInformationMessage(`Tender: wrote ${names.join(', ')} to ${where}.`, ACTION_OPEN, ACTION_REVEAL);
    const main = VsUri.file(files[0]);
    if (choice === ACTION_OPEN) {
        if (/\.(json|html)$/.test(main.fsPath)) {
            await window.showTextDocument(main);
        } else {
            // A .docx opens in the system's word processor.
            await env.openExternal(main);
        }
    } else if (choice === ACTION_REVEAL) {
        await commands.executeCommand('revealInExplorer', main);
    }
}
