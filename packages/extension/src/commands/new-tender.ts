/**
 * "Tender: New Tender": writes the starter tender, framework, market and tender.config.json (the
 * same files as `tender init`) into a folder the user picks, and opens the tender. Never overwrites.
 */
import type { Uri } from 'vscode';
import { commands, FileType, Uri as VsUri, window, workspace } from 'vscode';
import { STARTER_MAIN_FILE, starterFiles } from '@tender/language/starter';

export const ACTION_OPEN_FOLDER = 'Open Folder';

/** Asks for a folder (unless given) and writes the starter files into it; resolves to the files written. */
export async function newTender(folder?: Uri): Promise<Uri[]> {
    const target = folder ?? await pickFolder();
    if (!target) {
        return [];
    }
    // The extension contributes the config schema itself: no node_modules reference.
    const files = starterFiles({ schemaReference: false });
    const existing: string[] = [];
    for (const name of Object.keys(files)) {
        if (await exists(VsUri.joinPath(target, name))) {
            existing.push(name);
        }
    }
    if (existing.length > 0) {
        void window.showErrorMessage(`Tender: ${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${workspace.asRelativePath(target, true)}; nothing written. Pick an empty folder.`);
        return [];
    }
    const written: Uri[] = [];
    const encoder = new TextEncoder();
    await workspace.fs.createDirectory(target);
    for (const [name, text] of Object.entries(files)) {
        const uri = VsUri.joinPath(target, name);
        await workspace.fs.writeFile(uri, encoder.encode(text));
        written.push(uri);
    }
    const main = written.find(uri => uri.path.endsWith(`/${STARTER_MAIN_FILE}`)) ?? written[0];
    await window.showTextDocument(main);
    if (!workspace.getWorkspaceFolder(target)) {
        // Imports must stay inside the workspace: outside one, offer to open the new folder.
        const choice = await window.showInformationMessage(
            'Tender: the new tender is outside the open workspace. Open its folder to check its imports and generate from it?', ACTION_OPEN_FOLDER);
        if (choice === ACTION_OPEN_FOLDER) {
            await commands.executeCommand('vscode.openFolder', target);
        }
    }
    return written;
}

async function pickFolder(): Promise<Uri | undefined> {
    const picked = await window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Create Tender Here',
        title: 'Tender: choose an empty folder for the new tender',
        defaultUri: workspace.workspaceFolders?.[0]?.uri
    });
    return picked?.[0];
}

async function exists(uri: Uri): Promise<boolean> {
    try {
        const stat = await workspace.fs.stat(uri);
        return stat.type !== FileType.Unknown;
    } catch {
        return false;
    }
}
