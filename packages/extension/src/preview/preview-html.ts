/**
 * The preview webview's page: the HTML writer's document taken apart (its styles and its body)
 * and put into a shell with a strict content security policy. Nothing is loaded from the network:
 * default-src 'none', styles and the one script only by nonce, images only as data: URIs.
 */

export interface PreviewParts {
    /** The text of each <style> element, in order. */
    readonly styles: readonly string[];
    /** What goes inside <body>, scripts removed. */
    readonly body: string;
}

/** Splits a generated HTML document into its styles and body. */
export function previewParts(html: string): PreviewParts {
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(m => m[1]);
    const bodyMatch = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html);
    let body = bodyMatch ? bodyMatch[1] : html.replace(/<head\b[\s\S]*?<\/head>/i, '').replace(/<\/?(html|!doctype)\b[^>]*>/gi, '');
    // The writer produces no scripts; should a template add one, it never runs (CSP) and is dropped here.
    body = body.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    return { styles, body };
}

export interface ShellOptions {
    /** The webview's `cspSource`. */
    readonly cspSource: string;
    readonly nonce: string;
    /** URI of dist/preview.js as the webview sees it. */
    readonly scriptUri: string;
    readonly title: string;
    readonly parts: PreviewParts;
    /** The source line to show first (1-based), if any. */
    readonly line?: number;
    /** The tender's URI: kept in the webview's state so VS Code can restore the preview after a reload. */
    readonly documentUri?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
}

/** The full page of the webview. */
export function previewShell(options: ShellOptions): string {
    const { cspSource, nonce, scriptUri, title, parts } = options;
    const styles = parts.styles.map(text => `<style nonce="${nonce}" class="tender-preview-style">${text}</style>`).join('\n');
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}" id="tender-preview-chrome">${CHROME_CSS}</style>
${styles}
</head>
<body data-line="${options.line ?? ''}" data-uri="${escapeHtml(options.documentUri ?? '')}">
<div id="tender-preview">${parts.body}</div>
<script nonce="${nonce}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}

/**
 * What the preview adds to the writer's styles, which draw the document on its own white paper
 * whatever the editor's theme: the mark on the section under the cursor, and the look of messages.
 */
const CHROME_CSS = `
.tender-preview-current { outline: 2px solid var(--vscode-editorCursor-foreground, #0d5c63); outline-offset: 4px; border-radius: 2px; }
.tender-preview-message { font-family: var(--vscode-font-family); color: var(--vscode-descriptionForeground); padding: 2rem; }
`;

export function messagePage(options: Omit<ShellOptions, 'parts'> & { readonly message: string }): string {
    return previewShell({ ...options, parts: { styles: [], body: `<p class="tender-preview-message">${escapeHtml(options.message)}</p>` } });
}

export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A fresh nonce for each page. */
export function makeNonce(random: (size: number) => Uint8Array): string {
    return Buffer.from(random(18)).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
