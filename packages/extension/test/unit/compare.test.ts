/**
 * "Tender: Compare with Last Reviewed Version": which version is asked for (the one compared with
 * last time first, the last commit, a revision, a file), what is sent to the server, and the
 * redline panel beside the editor, which follows edits like the preview. VS Code is faked; the
 * server is a stand-in whose answers the test controls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import type { CompareParams, CompareResult } from '@tender/language/protocol';
import type { FakeWebviewPanel } from '../vscode-fake.js';
import { fake, fakeDocument, fakeEditor, Uri } from '../vscode-fake.js';
import { REDLINE_VIEW_TYPE, TenderRedlines } from '../../src/commands/compare.js';
import type { TenderServer } from '../../src/client.js';
import { PREVIEW_DEBOUNCE_MS } from '../../src/preview/preview-panel.js';

const PAGE = '<!DOCTYPE html><html><head><style>ins { color: green }</style></head><body><main><p class="clause"><del>30%</del><ins>35%</ins></p></main></body></html>';

function memento() {
    const values = new Map<string, unknown>();
    return {
        values,
        get: <T>(key: string) => values.get(key) as T | undefined,
        update: async (key: string, value: unknown) => { values.set(key, value); },
        keys: () => [...values.keys()]
    };
}

function server(answer: (params: CompareParams) => CompareResult = () => ({ kind: 'html', html: PAGE, title: 'Changes to Support', changes: 1, against: 'git:HEAD:a.tender', version: 1 })) {
    const requests: CompareParams[] = [];
    const stub: TenderServer & { requests: CompareParams[] } = {
        requests,
        preview: () => Promise.reject(new Error('the redline does not ask for the preview')),
        generate: () => Promise.reject(new Error('not used')),
        compare: async params => { requests.push(params); return answer(params); }
    };
    return stub;
}

const EXTENSION = Uri.file('/ext');

/** Picks the quick pick item whose label contains `text`. */
function pickLabel(text: string) {
    fake.quickPick = items => items.find(item => item.label.includes(text));
}

describe('Compare with Last Reviewed Version', () => {
    beforeEach(() => {
        fake.reset();
        vi.useFakeTimers();
    });
    afterEach(() => vi.useRealTimers());

    it('against the last commit: sends the file and HEAD, and shows the redline beside the editor', async () => {
        const editor = fakeEditor(fakeDocument('/ws/a.tender'));
        fake.activeTextEditor = editor;
        const tenderServer = server();
        const redlines = new TenderRedlines(tenderServer, EXTENSION, memento());
        pickLabel('last commit');
        const panel = await redlines.compare();
        expect(panel).toBeDefined();
        expect(tenderServer.requests).toEqual([{ uri: 'file:///ws/a.tender', against: { kind: 'git', ref: 'HEAD' } }]);
        const webview = fake.panels[0] as FakeWebviewPanel;
        expect(webview.viewType).toBe(REDLINE_VIEW_TYPE);
        expect(webview.title).toBe('Changes: a.tender since HEAD');
        expect(webview.webview.html).toContain('<del>30%</del><ins>35%</ins>');
        expect(webview.webview.html).toMatch(/Content-Security-Policy/);
    });

    it('remembers the version per file and offers it first; a revision is asked for by name', async () => {
        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/a.tender'));
        const state = memento();
        const tenderServer = server();
        const redlines = new TenderRedlines(tenderServer, EXTENSION, state);
        pickLabel('tag, branch or commit');
        fake.inputAnswers = ['  reviewed-2027-03 '];
        await redlines.compare();
        expect(tenderServer.requests[0].against).toEqual({ kind: 'git', ref: 'reviewed-2027-03' });
        fake.quickPick = items => items[0];
        await redlines.compare();
        const items = fake.called('showQuickPick')[1][0] as { label: string; description?: string }[];
        expect(items[0]).toMatchObject({ label: '$(history) reviewed-2027-03', description: 'the version compared with last time' });
        expect(tenderServer.requests[1].against).toEqual({ kind: 'git', ref: 'reviewed-2027-03' });
        // Comparing again replaces the panel rather than opening a second one.
        expect(fake.panels.filter(p => !p.disposed)).toHaveLength(1);
    });

    it('against another file chosen by the user', async () => {
        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/a.tender'));
        const tenderServer = server();
        const redlines = new TenderRedlines(tenderServer, EXTENSION, memento());
        pickLabel('Another .tender file');
        fake.openDialogAnswer = [Uri.file('/ws/reviewed/a.tender')];
        await redlines.compare();
        expect(tenderServer.requests[0].against).toEqual({ kind: 'file', uri: 'file:///ws/reviewed/a.tender' });
        expect(fake.panels[0].title).toBe('Changes: a.tender since a.tender');
    });

    it('does nothing when the choice is dismissed; says so for a file that is not a tender or not on disk', async () => {
        const tenderServer = server();
        const redlines = new TenderRedlines(tenderServer, EXTENSION, memento());
        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/a.tender'));
        fake.quickPick = () => undefined;
        expect(await redlines.compare()).toBeUndefined();
        pickLabel('tag, branch or commit');
        fake.inputAnswers = [undefined];
        expect(await redlines.compare()).toBeUndefined();
        expect(tenderServer.requests).toEqual([]);
        expect(fake.panels).toEqual([]);

        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/notes.md', 'markdown'));
        expect(await redlines.compare()).toBeUndefined();
        const untitled = fakeDocument('/Untitled-1');
        untitled.uri = Uri.parse('untitled:Untitled-1');
        fake.activeTextEditor = fakeEditor(untitled);
        expect(await redlines.compare()).toBeUndefined();
        expect(fake.called('showErrorMessage').map(args => args[0])).toEqual([
            'Tender: open a .tender file to compare it with the version last reviewed.',
            'Tender: save the tender as a file first; the version last reviewed is found in its git repository or beside it.'
        ]);
    });

    it('shows the server\'s message, and follows edits like the preview', async () => {
        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/a.tender'));
        let calls = 0;
        const tenderServer = server(() => ++calls === 1
            ? { kind: 'message', message: 'git:nope:a.tender: the repository at /ws has no commit "nope"' }
            : { kind: 'html', html: PAGE, title: 'Changes to Support', changes: 1, against: 'git:HEAD:a.tender', version: 2 });
        const redlines = new TenderRedlines(tenderServer, EXTENSION, memento());
        pickLabel('last commit');
        await redlines.compare();
        expect(fake.panels[0].webview.html).toContain('has no commit &quot;nope&quot;');
        fake.events.changeTextDocument.fire({ document: fakeDocument('/ws/a.tender'), contentChanges: [{}] });
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS + 10);
        expect(tenderServer.requests).toHaveLength(2);
        expect(fake.panels[0].webview.html).toContain('<ins>35%</ins>');
    });
});
