/**
 * The live preview: the page and its content security policy, debounced updates that replace the
 * body in place (no reload, so no flicker) unless the styles change, stale answers dropped, and
 * scrolling with the cursor. VS Code is faked; the server is a stand-in whose answers the test
 * controls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import type { PreviewResult } from '@tender/language/protocol';
import type { FakeWebviewPanel } from '../vscode-fake.js';
import { fake, fakeDocument, fakeEditor, Selection, Uri } from '../vscode-fake.js';
import { contentSecurityPolicy, makeNonce, previewParts, previewShell } from '../../src/preview/preview-html.js';
import { PREVIEW_DEBOUNCE_MS, TenderPreviews } from '../../src/preview/preview-panel.js';
import { targetForLine } from '../../src/preview/source-lines.js';
import type { TenderServer } from '../../src/client.js';

const page = (body: string, style = 'h1 { color: #0d5c63 }') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><style>${style}</style></head><body><article>${body}</article></body></html>`;

describe('preview page', () => {
    it('takes the writer\'s styles and body, and drops any script', () => {
        const parts = previewParts(page('<h1 data-line="3">Support</h1><script>alert(1)</script><p>x</p>'));
        expect(parts.styles).toEqual(['h1 { color: #0d5c63 }']);
        expect(parts.body).toBe('<article><h1 data-line="3">Support</h1><p>x</p></article>');
        expect(previewParts('<p>no document around it</p>')).toEqual({ styles: [], body: '<p>no document around it</p>' });
    });

    it('has a strict content security policy: nothing remote, styles and the script by nonce, images only as data:', () => {
        expect(contentSecurityPolicy('https://webview.test', 'abc')).toBe(
            "default-src 'none'; style-src https://webview.test 'nonce-abc'; img-src https://webview.test data:; font-src https://webview.test; script-src 'nonce-abc'");
        const html = previewShell({
            cspSource: 'https://webview.test', nonce: 'N0nce', scriptUri: 'https://webview.test/ext/dist/preview.js', title: 'Support <for> adults',
            parts: previewParts(page('<h1>Support</h1>')), line: 12, documentUri: 'file:///ws/a.tender'
        });
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('https://webview.test', 'N0nce')}">`);
        for (const tag of html.match(/<(style|script)\b[^>]*>/g) ?? []) {
            expect(tag).toContain('nonce="N0nce"');
        }
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html).toContain('<title>Support &lt;for&gt; adults</title>');
        expect(html).toContain('data-line="12" data-uri="file:///ws/a.tender"');
        // Only the webview's own resource origin is named: no remote content.
        expect([...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map(m => m[0]).every(url => url.startsWith('https://webview.test'))).toBe(true);
    });

    it('makes a fresh, attribute-safe nonce each time', () => {
        let seed = 0;
        const random = (size: number) => Uint8Array.from({ length: size }, () => (seed += 37) % 256);
        const a = makeNonce(random);
        const b = makeNonce(random);
        expect(a).toMatch(/^[A-Za-z0-9]{16,}$/);
        expect(a).not.toBe(b);
    });
});

describe('the section under the cursor', () => {
    it('is the innermost element starting on or before the line', () => {
        // document order: cover (1), section (10), clause (12), clause (12, nested deeper), section (30)
        const lines = [1, 10, 12, 12, 30];
        expect(targetForLine(lines, 12)).toBe(3);
        expect(targetForLine(lines, 20)).toBe(3);
        expect(targetForLine(lines, 10)).toBe(1);
        expect(targetForLine(lines, 45)).toBe(4);
        expect(targetForLine([5, 9], 2)).toBe(-1);
        expect(targetForLine([], 2)).toBe(-1);
    });

    it('does not depend on document order: tables may come after the sections they follow', () => {
        expect(targetForLine([40, 10, 25], 30)).toBe(2);
    });
});

/** A server whose answers the test releases one by one. */
function controlledServer() {
    const pending: { uri: string; resolve: (result: PreviewResult) => void }[] = [];
    const server: TenderServer = {
        preview: uri => new Promise(resolve => pending.push({ uri, resolve })),
        generate: () => Promise.reject(new Error('not used'))
    };
    return { server, pending };
}

const html = (body: string, style?: string): PreviewResult => ({ kind: 'html', html: page(body, style), title: 'Support for adults', version: 1 });

describe('preview panel', () => {
    const document = fakeDocument('/ws/first-draft.tender');
    const extensionUri = Uri.file('/ext');
    let previews: TenderPreviews;
    let panel: FakeWebviewPanel;

    beforeEach(() => {
        fake.reset();
        vi.useFakeTimers();
    });
    afterEach(() => {
        previews?.dispose();
        vi.useRealTimers();
    });

    async function open(server: TenderServer, line = 0) {
        previews = new TenderPreviews(server, extensionUri);
        const editor = fakeEditor(document);
        editor.selection = new Selection(line, 0, line, 0);
        const opening = previews.openToSide(editor as never);
        panel = fake.panels[0];
        return opening;
    }

    const edit = () => fake.events.changeTextDocument.fire({ document, contentChanges: [{ text: 'x' }] });

    it('opens beside the editor without taking focus, showing the writer\'s page', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server, 41);
        expect(panel.showOptions).toEqual({ viewColumn: -2, preserveFocus: true });
        expect(panel.options).toMatchObject({ enableScripts: true, localResourceRoots: [expect.objectContaining({ path: '/ext/dist' })] });
        expect(pending.map(p => p.uri)).toEqual(['file:///ws/first-draft.tender']);
        pending[0].resolve(html('<h1 data-line="1">Support for adults</h1>'));
        await opening;
        expect(panel.title).toBe('Preview first-draft.tender');
        expect(panel.pages).toHaveLength(1);
        expect(panel.pages[0]).toContain('<h1 data-line="1">Support for adults</h1>');
        expect(panel.pages[0]).toContain('src="https://webview.test/ext/dist/preview.js"');
        expect(panel.pages[0]).toContain('data-line="42"');
    });

    it('waits for typing to pause, then replaces only the body: no reload, no flicker', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        await opening;
        for (let i = 0; i < 5; i++) {
            edit();
            await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 50);
        }
        expect(pending).toHaveLength(1);
        await vi.advanceTimersByTimeAsync(60);
        expect(pending).toHaveLength(2);
        pending[1].resolve(html('<h1>v2</h1>'));
        await vi.runAllTimersAsync();
        expect(panel.pages).toHaveLength(1);
        expect(panel.posted).toEqual([{ type: 'update', body: '<article><h1>v2</h1></article>', version: 1 }]);
    });

    it('sets a new page when the styles change (a different template)', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>', 'h1 { color: red }'));
        await opening;
        edit();
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
        pending[1].resolve(html('<h1>v2</h1>', 'h1 { color: blue }'));
        await vi.runAllTimersAsync();
        expect(panel.pages).toHaveLength(2);
        expect(panel.pages[1]).toContain('h1 { color: blue }');
        expect(panel.posted).toEqual([]);
    });

    it('drops an answer that arrives after a newer one was asked for', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        await opening;
        edit();
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
        edit();
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
        expect(pending).toHaveLength(3);
        pending[2].resolve(html('<h1>newest</h1>'));
        await vi.runAllTimersAsync();
        pending[1].resolve(html('<h1>older</h1>'));
        await vi.runAllTimersAsync();
        expect(panel.posted).toEqual([{ type: 'update', body: '<article><h1>newest</h1></article>', version: 1 }]);
    });

    it('ignores edits to other documents', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        await opening;
        fake.events.changeTextDocument.fire({ document: fakeDocument('/ws/framework.tender'), contentChanges: [{ text: 'x' }] });
        fake.events.changeTextDocument.fire({ document, contentChanges: [] });
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS * 2);
        expect(pending).toHaveLength(1);
    });

    it('scrolls to the section under the cursor (1-based lines), unless the setting is off', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        await opening;
        const editor = fakeEditor(document);
        fake.events.changeSelection.fire({ textEditor: editor, selections: [new Selection(9, 4, 9, 4)] });
        expect(panel.posted).toEqual([{ type: 'reveal', line: 10 }]);
        fake.configuration['tender.preview.scrollWithCursor'] = false;
        fake.events.changeSelection.fire({ textEditor: editor, selections: [new Selection(20, 0, 20, 0)] });
        expect(panel.posted).toHaveLength(1);
    });

    it('shows the server\'s message when there is nothing to preview, or the server is gone', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve({ kind: 'message', message: 'No tender in this file yet.' });
        await opening;
        expect(panel.pages[0]).toContain('No tender in this file yet.');
        fake.reset();
        const failing: TenderServer = { preview: () => Promise.reject(new Error('Connection got disposed.')), generate: () => Promise.reject(new Error('x')) };
        await open(failing);
        expect(panel.pages[0]).toContain('The language server did not answer: Connection got disposed.');
    });

    it('reuses the open preview of a document, and stops listening once closed', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        const first = await opening;
        const again = await previews.openToSide(fakeEditor(document) as never);
        expect(again).toBe(first);
        expect(fake.panels).toHaveLength(1);
        expect(panel.revealed).toHaveLength(1);
        panel.dispose();
        expect(fake.events.changeTextDocument.count).toBe(0);
        expect(fake.events.changeSelection.count).toBe(0);
        expect(previews.get(document.uri as never)).toBeUndefined();
    });

    it('jumps to the source line double-clicked in the preview', async () => {
        const { server, pending } = controlledServer();
        const opening = open(server);
        pending[0].resolve(html('<h1>v1</h1>'));
        await opening;
        panel.onDidReceiveMessageEmitter.fire({ type: 'open', line: 25 });
        await vi.runAllTimersAsync();
        expect(fake.called('showTextDocument')).toHaveLength(1);
    });
});
