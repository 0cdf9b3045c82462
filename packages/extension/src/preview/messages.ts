/** Messages between the extension and the preview webview. Lines are 1-based source lines, as the HTML's data-line attributes. */
export type ToPreview =
    | { readonly type: 'update'; readonly body: string; readonly version?: number }
    | { readonly type: 'reveal'; readonly line: number };

export type FromPreview =
    | { readonly type: 'ready' }
    | { readonly type: 'open'; readonly line: number };

/** What the webview keeps across reloads: enough for VS Code to restore the preview. */
export interface PreviewState {
    readonly uri?: string;
    readonly line?: number;
}
