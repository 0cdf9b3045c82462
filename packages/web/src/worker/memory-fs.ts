/**
 * The folder the user opened, in memory: the worker's file system. Langium reads imports and
 * tender.config.json through it (FileSystemProvider); files open in the editor come over the
 * protocol as usual and win over these copies.
 */
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

const files = new Map<string, string>();

/** Replaces the whole folder: `uri` → text. */
export function setFiles(entries: Iterable<readonly [string, string]>): void {
    files.clear();
    for (const [uri, text] of entries) files.set(normalise(uri), text);
}

export function setFile(uri: string, text: string | undefined): void {
    if (text === undefined) files.delete(normalise(uri));
    else files.set(normalise(uri), text);
}

/** A file's text by path (the path part of its URI), for the templates shim. */
export function fileText(path: string): string | undefined {
    return files.get(normalise(URI.file(path).toString()));
}

/** Every file under a folder path. */
export function filesUnder(folder: string): string[] {
    const prefix = normalise(URI.file(folder).toString()).replace(/\/?$/, '/');
    return [...files.keys()].filter(k => k.startsWith(prefix));
}

function normalise(uri: string): string {
    return URI.parse(uri).toString();
}

function isFolder(key: string): boolean {
    const prefix = key.replace(/\/?$/, '/');
    for (const k of files.keys()) if (k.startsWith(prefix)) return true;
    return false;
}

export class MemoryFileSystemProvider implements FileSystemProvider {
    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    statSync(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (files.has(key)) return { isFile: true, isDirectory: false, uri };
        if (isFolder(key)) return { isFile: false, isDirectory: true, uri };
        throw new Error(`No such file: ${uri.path}`);
    }
    async exists(uri: URI): Promise<boolean> { return this.existsSync(uri); }
    existsSync(uri: URI): boolean {
        const key = uri.toString();
        return files.has(key) || isFolder(key);
    }
    async readBinary(uri: URI): Promise<Uint8Array> { return this.readBinarySync(uri); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readFile(uri: URI): Promise<string> { return this.readFileSync(uri); }
    readFileSync(uri: URI): string {
        const text = files.get(uri.toString());
        if (text === undefined) throw new Error(`No such file: ${uri.path}`);
        return text;
    }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.toString().replace(/\/?$/, '/');
        const children = new Map<string, FileSystemNode>();
        for (const key of files.keys()) {
            if (!key.startsWith(prefix)) continue;
            const rest = key.slice(prefix.length);
            const slash = rest.indexOf('/');
            const name = slash < 0 ? rest : rest.slice(0, slash);
            if (children.has(name)) continue;
            const child = URI.parse(prefix + name);
            children.set(name, { isFile: slash < 0, isDirectory: slash >= 0, uri: child });
        }
        return [...children.values()];
    }
}

export const MemoryFileSystem = {
    fileSystemProvider: () => new MemoryFileSystemProvider()
};
