/** `node:url` for the browser bundle: file URLs of the in-memory folder to paths and back. */
export function fileURLToPath(url: string | URL): string {
    const text = typeof url === 'string' ? url : url.href;
    if (!text.startsWith('file:')) throw new TypeError(`Not a file URL: ${text}`);
    return decodeURIComponent(new URL(text).pathname);
}

export function pathToFileURL(path: string): URL {
    return new URL(`file://${encodeURI(path)}`);
}

export default { fileURLToPath, pathToFileURL };
