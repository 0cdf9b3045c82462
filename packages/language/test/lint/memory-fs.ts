/**
 * An in-memory file system for tests that need files Langium reads itself (a document rebuilt after
 * a change, a tender.config.json found up the folder tree).
 */
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';
import { createTenderServices } from '../../src/tender-module.js';
import type { TenderServices } from '../../src/tender-module.js';

export class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    write(uri: string | URI, text: string): void {
        this.files.set(uri.toString(), text);
    }

    stat(uri: URI): Promise<FileSystemNode> { return Promise.resolve(this.statSync(uri)); }
    statSync(uri: URI): FileSystemNode {
        const key = uri.toString();
        const isFile = this.files.has(key);
        const isDirectory = !isFile && [...this.files.keys()].some(k => k.startsWith(`${key}/`));
        if (!isFile && !isDirectory) throw new Error(`No such file: ${key}`);
        return { isFile, isDirectory, uri };
    }
    exists(uri: URI): Promise<boolean> { return Promise.resolve(this.existsSync(uri)); }
    existsSync(uri: URI): boolean { return this.files.has(uri.toString()); }
    readBinary(uri: URI): Promise<Uint8Array> { return Promise.resolve(this.readBinarySync(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    readFile(uri: URI): Promise<string> { return Promise.resolve(this.readFileSync(uri)); }
    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`No such file: ${uri.toString()}`);
        return text;
    }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return Promise.resolve(this.readDirectorySync(uri)); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = `${uri.toString()}/`;
        return [...this.files.keys()].filter(k => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
            .map(k => ({ isFile: true, isDirectory: false, uri: URI.parse(k) }));
    }
}

/** Services over an in-memory file system, with the files it holds loaded and built. */
export async function servicesWithFiles(files: Readonly<Record<string, string>>): Promise<{ services: TenderServices; fs: MemoryFileSystem }> {
    const fs = new MemoryFileSystem();
    for (const [uri, text] of Object.entries(files)) {
        fs.write(uri, text);
    }
    const services = createTenderServices({ fileSystemProvider: () => fs }).Tender;
    const documents = services.shared.workspace.LangiumDocuments;
    const loaded = [];
    for (const uri of Object.keys(files).filter(u => u.endsWith('.tender'))) {
        loaded.push(await documents.getOrCreateDocument(URI.parse(uri)));
    }
    await services.shared.workspace.DocumentBuilder.build(loaded, { validation: true });
    return { services, fs };
}
