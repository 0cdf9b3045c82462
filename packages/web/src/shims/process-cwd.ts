/** `process.cwd()` for the browser bundle (vscode-uri's path resolution asks for it): the in-memory root. */
export function tenderProcessCwd(): string {
    return '/';
}
