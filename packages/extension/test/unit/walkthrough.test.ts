/**
 * The walkthrough's commands: the bundled example copied into the workspace, never over the
 * user's copy; a finding selected and its quick fixes opened.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import { DiagnosticSeverity, fake, fakeDocument, fakeEditor, Range, Uri } from '../vscode-fake.js';
import { openExample, showFinding } from '../../src/commands/walkthrough.js';

const extension = Uri.file('/ext');

beforeEach(() => {
    fake.reset();
});

describe('Open the Anyborough Example', () => {
    it('copies the example the extension carries into the workspace and opens the first draft', async () => {
        fake.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
        const draft = await openExample(extension);
        expect(draft?.fsPath).toBe('/ws/anyborough/first-draft.tender');
        const [[from, to, options]] = fake.called('copy') as [[Uri, Uri, unknown]];
        expect([from.fsPath, to.fsPath, options]).toEqual(['/ext/examples/anyborough', '/ws/anyborough', { overwrite: false }]);
        expect((fake.called('showTextDocument')[0][0] as Uri).fsPath).toBe('/ws/anyborough/first-draft.tender');
        expect(fake.called('executeCommand')).toEqual([]);
    });

    it('opens the copy already there rather than overwrite it', async () => {
        fake.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
        fake.files.set('/ws/anyborough/first-draft.tender', new Uint8Array());
        await openExample(extension);
        expect(fake.called('copy')).toEqual([]);
        expect(fake.called('showTextDocument')).toHaveLength(1);
    });

    it('without a workspace, asks where, then opens that folder (imports stay inside a workspace)', async () => {
        fake.openDialogAnswer = [Uri.file('/home/me/tenders')];
        await openExample(extension);
        const [command, folder] = fake.called('executeCommand')[0] as [string, Uri];
        expect(command).toBe('vscode.openFolder');
        expect(folder.fsPath).toBe('/home/me/tenders/anyborough');
        fake.reset();
        fake.openDialogAnswer = undefined;
        expect(await openExample(extension)).toBeUndefined();
        expect(fake.called('copy')).toEqual([]);
    });
});

describe('Show a Finding and Its Quick Fix', () => {
    it('selects the missing weight and opens the light bulb', async () => {
        const editor = fakeEditor(fakeDocument('/ws/anyborough/first-draft.tender'));
        fake.activeTextEditor = editor;
        fake.diagnostics.set(editor.document.uri.toString(), [
            { severity: DiagnosticSeverity.Error, code: { value: 'weights-sum' }, range: new Range(49, 4, 49, 18) },
            { severity: DiagnosticSeverity.Error, code: { value: 'missing-weighting' }, range: new Range(52, 16, 52, 26) }
        ]);
        expect(await showFinding()).toBe(true);
        expect(editor.selection).toMatchObject({ start: { line: 52, character: 16 }, end: { line: 52, character: 26 } });
        expect(editor.revealed).toHaveLength(1);
        expect(fake.called('executeCommand')).toEqual([['editor.action.quickFix']]);
    });

    it('takes the first finding when that one is fixed, and says when nothing is left', async () => {
        const editor = fakeEditor(fakeDocument('/ws/t.tender'));
        fake.activeTextEditor = editor;
        fake.diagnostics.set(editor.document.uri.toString(), [{ severity: DiagnosticSeverity.Warning, code: 'risk-mitigation', range: new Range(80, 4, 80, 8) }]);
        expect(await showFinding()).toBe(true);
        expect(editor.selection.start.line).toBe(80);
        fake.diagnostics.set(editor.document.uri.toString(), []);
        expect(await showFinding()).toBe(false);
        expect(fake.called('showInformationMessage')).toEqual([['Tender: this tender has no findings left to fix.']]);
    });

    it('needs an open tender', async () => {
        expect(await showFinding()).toBe(false);
        expect(fake.called('showInformationMessage')[0][0]).toMatch(/^Tender: open first-draft.tender/);
    });
});
