/**
 * Commands behind the walkthrough's buttons: copy the Anyborough example the extension carries into
 * the workspace and open its first draft; go to one of its findings and open the light bulb.
 */
import type { Uri } from 'vscode';
import { commands, languages, Range, Selection, TextEditorRevealType, Uri as VsUri, window, workspace } from 'vscode';

/** Copies examples/anyborough into the workspace (or a folder the user picks) and opens first-draft.tender. */
export async function openExample(extensionUri: Uri): Promise<Uri | undefined> {
    const source = VsUri.joinPath(extensionUri, 'examples', 'anyborough');
    const folder = workspace.workspaceFolders?.[0]?.uri
        ?? (await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Copy the Example Here', title: 'Tender: where should the Anyborough example go?' }))?.[0];
    if (!folder) {
        return undefined;
    }
    const destination = VsUri.joinPath(folder, 'anyborough');
    const draft = VsUri.joinPath(destination, 'first-draft.tender');
    if (!await exists(draft)) {
        await workspace.fs.copy(source, destination, { overwrite: false });
    }
    await window.showTextDocument(draft);
    if (!workspace.getWorkspaceFolder(draft)) {
        // Imports must stay inside the workspace: open the example's folder as one.
        await commands.executeCommand('vscode.openFolder', destination);
    }
    return draft;
}

/** The finding the walkthrough shows: a sub-criterion without a weight, which has a quick fix. */
export const WALKTHROUGH_FINDING = 'missing-weighting';

/** Puts the cursor on a finding of the open tender (the walkthrough's, else the first) and opens its quick fixes. */
export async function showFinding(): Promise<boolean> {
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'tender') {
        void window.showInformationMessage('Tender: open first-draft.tender (the walkthrough\'s first step) to see its findings.');
        return false;
    }
    const diagnostics = languages.getDiagnostics(editor.document.uri);
    const finding = diagnostics.find(d => codeOf(d.code) === WALKTHROUGH_FINDING) ?? diagnostics[0];
    if (!finding) {
        void window.showInformationMessage('Tender: this tender has no findings left to fix.');
        return false;
    }
    const { start, end } = finding.range;
    editor.selection = new Selection(start.line, start.character, end.line, end.character);
    editor.revealRange(new Range(start.line, start.character, end.line, end.character), TextEditorRevealType.InCenterIfOutsideViewport);
    await commands.executeCommand('editor.action.quickFix');
    return true;
}

function codeOf(code: string | number | { value: string | number } | undefined): string | undefined {
    return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

async function exists(uri: Uri): Promise<boolean> {
    try {
        await workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
