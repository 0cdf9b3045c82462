/**
 * Runs inside the preview webview (bundled to dist/preview.js, loaded by nonce). Replaces the body
 * in place when the tender changes, so the page neither reloads nor flickers and keeps its scroll
 * position; scrolls to the section under the editor's cursor; a double click jumps to the source.
 */
import type { FromPreview, PreviewState, ToPreview } from '../preview/messages.js';
import { targetForLine } from '../preview/source-lines.js';

interface VsCodeApi {
    postMessage(message: FromPreview): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('tender-preview') as HTMLElement;
let currentLine: number | undefined = vscode.getState()?.line ?? parseLine(document.body.dataset.line);

function parseLine(text: string | undefined): number | undefined {
    return text !== undefined && text !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
}

/** Elements that carry a source line, in document order. */
function lineElements(): { element: HTMLElement; line: number }[] {
    return [...root.querySelectorAll<HTMLElement>('[data-line]')]
        .map(element => ({ element, line: Number(element.dataset.line) }))
        .filter(entry => Number.isFinite(entry.line));
}

function reveal(line: number, scroll: boolean): void {
    currentLine = line;
    vscode.setState({ uri: document.body.dataset.uri, line });
    const entries = lineElements();
    const index = targetForLine(entries.map(e => e.line), line);
    for (const marked of root.querySelectorAll('.tender-preview-current')) {
        marked.classList.remove('tender-preview-current');
    }
    if (index < 0) {
        if (scroll) window.scrollTo({ top: 0 });
        return;
    }
    const { element } = entries[index];
    element.classList.add('tender-preview-current');
    if (scroll) {
        element.scrollIntoView({ block: 'start' });
        window.scrollBy({ top: -16 });
    }
}

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
    const message = event.data;
    if (message.type === 'update') {
        const top = window.scrollY;
        root.innerHTML = message.body;
        window.scrollTo({ top });
        if (currentLine !== undefined) reveal(currentLine, false);
    } else if (message.type === 'reveal') {
        reveal(message.line, true);
    }
});

document.addEventListener('dblclick', event => {
    let node = event.target as HTMLElement | null;
    while (node && node !== root) {
        const line = parseLine(node.dataset?.line);
        if (line !== undefined) {
            vscode.postMessage({ type: 'open', line });
            return;
        }
        node = node.parentElement;
    }
});

if (currentLine !== undefined) {
    reveal(currentLine, true);
} else {
    vscode.setState({ uri: document.body.dataset.uri });
}
vscode.postMessage({ type: 'ready' });
