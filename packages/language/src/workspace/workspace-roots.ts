/**
 * The workspace folders a tender's imports, config and templates must stay inside. The language
 * server takes them from the editor; the CLI from --root or the project the files are in.
 */
import type { URI } from 'langium';

export class WorkspaceRoots {
    protected folders: URI[] = [];

    roots(): readonly URI[] {
        return this.folders;
    }

    setRoots(folders: readonly URI[]): void {
        this.folders = [...folders];
    }
}

/** A refusal at the workspace boundary (node/boundary.ts's BoundaryError, seen from code that runs in browsers too). */
export interface BoundaryRefusal {
    readonly reason: string;
    readonly code: 'outside' | 'not-a-file' | 'too-large' | 'missing' | 'symlink' | 'unreadable';
}

/**
 * A file system that enforces the workspace boundary (node/file-system.ts). The services hand it
 * their WorkspaceRoots; validation asks it why an import cannot be read.
 */
export interface BoundedFileSystem {
    useRoots(roots: () => readonly URI[]): void;
    /** Why a file may not be read, or undefined when it may. */
    refusal(uri: URI): BoundaryRefusal | undefined;
}

export function isBoundedFileSystem(value: unknown): value is BoundedFileSystem {
    return typeof value === 'object' && value !== null && typeof (value as BoundedFileSystem).useRoots === 'function'
        && typeof (value as BoundedFileSystem).refusal === 'function';
}
