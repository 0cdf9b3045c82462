/**
 * Langium's file system on Node, behind the workspace boundary (boundary.ts): every file Langium
 * reads for a workspace (tenders and their imports, tender.config.json) is checked and read with a
 * size limit; refused files throw a BoundaryError and are never opened.
 */
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { BoundedFileSystem } from '../workspace/workspace-roots.js';
import type { ReadKind } from './boundary.js';
import { BoundaryError, checkReadable, decodeText, readBounded } from './boundary.js';

function kindOf(uri: URI): ReadKind {
    return uri.path.endsWith('.json') ? 'config' : 'tender';
}

export class BoundedNodeFileSystemProvider extends NodeFileSystemProvider implements FileSystemProvider, BoundedFileSystem {
    private roots: () => readonly URI[] = () => [];

    useRoots(roots: () => readonly URI[]): void {
        this.roots = roots;
    }

    private rootPaths(): string[] {
        return this.roots().filter(r => r.scheme === 'file').map(r => r.fsPath);
    }

    refusal(uri: URI): BoundaryError | undefined {
        if (uri.scheme !== 'file') return undefined;
        try {
            checkReadable(uri.fsPath, { roots: this.rootPaths(), kind: kindOf(uri) });
            return undefined;
        } catch (error) {
            if (error instanceof BoundaryError) return error;
            throw error;
        }
    }

    override readBinarySync(uri: URI): Uint8Array {
        if (uri.scheme !== 'file') return super.readBinarySync(uri);
        return readBounded(uri.fsPath, { roots: this.rootPaths(), kind: kindOf(uri) });
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    override readFileSync(uri: URI): string {
        return decodeText(this.readBinarySync(uri));
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        // Links are not followed into folders (no cycles) nor to files outside the workspace:
        // a workspace scan lists real files only, as the Dirent types say.
        return super.readDirectory(uri);
    }
}

/** The Node file system behind the workspace boundary, as a Langium module context. */
export const BoundedNodeFileSystem = {
    fileSystemProvider: () => new BoundedNodeFileSystemProvider()
};

export { URI };
