/**
 * The workspace boundary: every file Tender reads or writes on behalf of a workspace (imports,
 * tender.config.json, templates and partials, outputs, `--output`, `--fix`) passes through here.
 *
 * - Paths are resolved with symbolic links followed; a real path outside the workspace folders is
 *   refused, and so is anything that is not a regular file (a folder named `x.tender`, /dev/zero,
 *   /proc/self/fd/1, a pipe or a socket). Refused files are never opened for reading.
 * - Reads are bounded: a file over its kind's limit is refused with a message, never read whole.
 * - Writes never go through a symbolic link: the destination must not be a link, and a folder
 *   that is inside the workspace by name must be inside it in fact.
 * One clear message per refusal (BoundaryError), in plain words.
 */
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** What is read, for messages and limits. */
export type ReadKind = 'tender' | 'config' | 'template' | 'vocabulary';

/** The largest file of each kind Tender reads. Tenders are linear to lint, so the limit is generous. */
export const READ_LIMITS: Readonly<Record<ReadKind, number>> = {
    tender: 64 * 1024 * 1024,
    config: 1024 * 1024,
    template: 1024 * 1024,
    vocabulary: 1024 * 1024
};

const KIND_WORDS: Readonly<Record<ReadKind, string>> = {
    tender: 'a .tender file',
    config: 'a tender.config.json',
    template: 'a template',
    vocabulary: 'a vocabulary'
};

/** A file refused at the workspace boundary; `reason` reads after "cannot read <path>: ". */
export class BoundaryError extends Error {
    constructor(readonly path: string, readonly reason: string, readonly code: 'outside' | 'not-a-file' | 'too-large' | 'missing' | 'symlink' | 'unreadable') {
        super(`${path}: ${reason}`);
        this.name = 'BoundaryError';
    }
}

/** Real paths of the workspace folders (cached: they are looked up for every file). */
const realRoots = new Map<string, string>();

function realFolder(folder: string): string {
    let real = realRoots.get(folder);
    if (real === undefined) {
        try {
            real = realpathSync.native(folder);
        } catch {
            real = resolve(folder);
        }
        realRoots.set(folder, real);
    }
    return real;
}

/** Is `path` the folder or inside it (both absolute, compared by path)? */
export function isWithin(path: string, folder: string): boolean {
    const rel = relative(folder, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Is the real path inside one of the workspace folders (none named: anywhere)? */
export function isInsideRoots(real: string, roots: readonly string[]): boolean {
    return roots.length === 0 || roots.some(root => isWithin(real, realFolder(root)));
}

function megabytes(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

export interface ReadCheck {
    /** The workspace folders the real path must stay inside; none: no folder limit. */
    readonly roots?: readonly string[];
    readonly kind: ReadKind;
    /** Overrides the kind's limit (bytes). */
    readonly limit?: number;
}

/**
 * The real path of a file that may be read, or a BoundaryError saying why not. Never opens it.
 */
export function checkReadable(path: string, check: ReadCheck): string {
    let real: string;
    try {
        real = realpathSync.native(path);
    } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            // A dangling link, or a link into /proc that names no file (/proc/self/fd/1 on a pipe).
            let link = false;
            try { link = lstatSync(path).isSymbolicLink(); } catch { link = false; }
            throw new BoundaryError(path, link ? 'it is a symbolic link to something that is not a file' : 'no such file', link ? 'not-a-file' : 'missing');
        }
        // A link loop or a folder Tender may not enter: the file may exist, so say why it cannot be read.
        throw new BoundaryError(path, code === 'ELOOP' ? 'too many symbolic links (a link that leads back to itself)'
            : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it cannot be read', code === 'ELOOP' || code === 'EACCES' || code === 'EPERM' ? 'unreadable' : 'missing');
    }
    const roots = check.roots ?? [];
    if (!isInsideRoots(real, roots)) {
        const linked = real !== resolve(path);
        throw new BoundaryError(path, linked ? 'it is a symbolic link to something outside the workspace folder; only files inside it are read'
            : 'it is outside the workspace folder; only files inside it are read', 'outside');
    }
    let stats;
    try {
        stats = statSync(real);
    } catch {
        throw new BoundaryError(path, 'no such file', 'missing');
    }
    if (!stats.isFile()) {
        throw new BoundaryError(path, stats.isDirectory() ? 'it is a folder, not a file' : 'it is not a regular file (a device, a pipe or a socket)', 'not-a-file');
    }
    const limit = check.limit ?? READ_LIMITS[check.kind];
    if (stats.size > limit) {
        throw new BoundaryError(path, `it is ${megabytes(stats.size)}, larger than the ${megabytes(limit)} Tender reads for ${KIND_WORDS[check.kind]}`, 'too-large');
    }
    try {
        // A file that exists but may not be read is reported as such, not as a missing file later.
        accessSync(real, constants.R_OK);
    } catch {
        throw new BoundaryError(path, 'permission denied', 'unreadable');
    }
    return real;
}

/**
 * Reads a file within the boundary: checked as checkReadable does, then opened without blocking
 * (a pipe swapped in after the check is refused, not waited on) and read up to its limit.
 */
export function readBounded(path: string, check: ReadCheck): Buffer {
    const real = checkReadable(path, check);
    const limit = check.limit ?? READ_LIMITS[check.kind];
    let fd: number;
    try {
        fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
        const code = (error as { code?: string }).code;
        throw new BoundaryError(path, code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it cannot be opened', code === 'EACCES' || code === 'EPERM' ? 'unreadable' : 'missing');
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) throw new BoundaryError(path, 'it is not a regular file (a device, a pipe or a socket)', 'not-a-file');
        const chunks: Buffer[] = [];
        let total = 0;
        // Files in /proc say they are empty and are not: read in chunks, to the limit and one byte more.
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
            const read = readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0) break;
            chunks.push(chunk.subarray(0, read));
            total += read;
            if (total > limit) {
                throw new BoundaryError(path, `it is larger than the ${megabytes(limit)} Tender reads for ${KIND_WORDS[check.kind]}`, 'too-large');
            }
        }
        return Buffer.concat(chunks, total);
    } finally {
        closeSync(fd);
    }
}

/**
 * A file's bytes as text: UTF-8, or UTF-16 when the file starts with a UTF-16 byte order mark (as
 * Windows Notepad saves "Unicode"), which read as UTF-8 made a stray-character error on every line.
 */
export function decodeText(bytes: Uint8Array): string {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** readBounded as text (decodeText). */
export function readTextBounded(path: string, check: ReadCheck): string {
    return decodeText(readBounded(path, check));
}

/**
 * Whether a file may be written (created or replaced) at `path`: the destination is not a
 * symbolic link or a folder, and a folder the workspace holds by name is really inside it (an
 * `out` committed as a link to /etc is refused). A path the user names outside the workspace is
 * theirs to choose. Throws BoundaryError.
 */
export function checkWritable(path: string, roots: readonly string[] = []): void {
    const absolute = resolve(path);
    let stats;
    try {
        stats = lstatSync(absolute);
    } catch {
        stats = undefined;
    }
    if (stats?.isSymbolicLink()) {
        throw new BoundaryError(path, 'it is a symbolic link; Tender does not write through links (remove the link to write a file there)', 'symlink');
    }
    if (stats && !stats.isFile()) {
        throw new BoundaryError(path, stats.isDirectory() ? 'it is a folder' : 'it is not a regular file', 'not-a-file');
    }
    const lexicalRoots = roots.filter(root => isWithin(absolute, resolve(root)));
    if (lexicalRoots.length === 0) return;
    // The nearest folder that exists, followed through links, must still be inside the workspace.
    let folder = dirname(absolute);
    for (;;) {
        try {
            const real = realpathSync.native(folder);
            if (!lexicalRoots.some(root => isWithin(real, realFolder(root)))) {
                throw new BoundaryError(path, 'its folder is a symbolic link to a place outside the workspace folder; Tender does not write there', 'outside');
            }
            return;
        } catch (error) {
            if (error instanceof BoundaryError) throw error;
            const parent = dirname(folder);
            if (parent === folder) return;
            folder = parent;
        }
    }
}
