/**
 * Writing files whole or not at all: write a temporary file beside the target, then rename it over
 * the target. A crash or a full disk leaves the old file (or none), never half a file.
 * Replacing a file keeps its permissions. A destination that is a symbolic link is refused, never
 * written through (a committed `out/x.html -> /etc/passwd` must not replace the file it names),
 * and so is a folder that the workspace holds by name but that really lies outside it (boundary.ts).
 *
 * A tender pack is published all or nothing (publishFiles): every file is written to a temporary
 * file in its folder first, and only when all are written are they renamed into place. A failure
 * removes the temporaries and leaves the previous pack as it was; temporaries a killed run left
 * behind are removed by the next run.
 */
import { chmodSync, closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkWritable } from './boundary.js';

export * from './boundary.js';
export { BoundedNodeFileSystem, BoundedNodeFileSystemProvider } from './file-system.js';

/** `.<name>.tender-<pid>-<random>.tmp`: ours, with the process that wrote it (and the older `.<name>.<pid>.<time>.tmp`). */
const TEMPORARY = /^\..+\.tender-(\d+)-[0-9a-z]+\.tmp$|^\..+\.(\d+)\.[0-9a-z]+\.tmp$/;

/**
 * A temporary file beside `path`. Its name starts with at most 150 bytes of the target's name, so
 * that a target whose name file systems allow (up to 255 bytes) has a temporary they allow too.
 */
function temporaryFor(path: string): string {
    const name = Buffer.from(basename(path), 'utf8');
    const start = name.length <= 150 ? name.toString('utf8') : name.subarray(0, 150).toString('utf8').replace(/\uFFFD+$/, '');
    return join(dirname(path), `.${start}.tender-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Removes a temporary; never throws, so a failed clean-up cannot hide the error that caused it. */
function removeQuietly(path: string): void {
    try {
        rmSync(path, { force: true });
    } catch {
        // Nothing more can be done: the next run removes what is left (removeStaleTemporaries).
    }
}

function writeWhole(path: string, data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // `wx`: a new file, never an existing one or a link someone placed under our temporary name.
    const fd = openSync(path, 'wx', 0o666);
    try {
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
        fsyncSync(fd);
    } finally {
        closeSync(fd);
    }
}

/** The permissions of the file a write replaces, when there is one. */
function existingMode(path: string): number | undefined {
    try {
        return statSync(path).mode & 0o7777;
    } catch {
        return undefined;
    }
}

/**
 * Writes one file whole. `roots`: the workspace folders, so that a folder inside one by name must
 * be inside it in fact. Throws BoundaryError for a destination that is a link, a folder or outside.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, roots: readonly string[] = []): void {
    publishFiles([{ path, bytes: data }], roots);
}

export interface FileToPublish {
    readonly path: string;
    readonly bytes: string | Uint8Array;
}

/** The file a failed publishFiles could not write (an error from it carries `target`). */
export function failedTarget(error: unknown, fallback: string): string {
    const record = typeof error === 'object' && error !== null ? error as { target?: unknown; path?: unknown } : {};
    return typeof record.target === 'string' ? record.target : typeof record.path === 'string' ? record.path : fallback;
}

/**
 * Writes every file or none: checks every destination, writes each to a temporary file beside it,
 * and renames them all into place only when every write succeeded. On failure the temporaries
 * are removed and the error is thrown; the files already there are left as they were.
 */
export function publishFiles(files: readonly FileToPublish[], roots: readonly string[] = []): void {
    const targets = files.map(file => resolve(file.path));
    for (const file of files) checkWritable(file.path, roots);
    for (const folder of new Set(targets.map(dirname))) {
        try {
            mkdirSync(folder, { recursive: true });
        } catch (error) {
            // Name the first file that cannot be written (a system error names only the folder).
            if (typeof error === 'object' && error !== null) Object.assign(error, { target: targets.find(t => dirname(t) === folder) });
            throw error;
        }
        removeStaleTemporaries(folder);
    }
    // The folder may have been made just now: check again that nothing leads outside.
    for (const file of files) checkWritable(file.path, roots);
    const written: { temporary: string; target: string }[] = [];
    let current = targets[0];
    try {
        for (const [i, target] of targets.entries()) {
            current = target;
            const temporary = temporaryFor(target);
            written.push({ temporary, target });
            writeWhole(temporary, files[i].bytes);
            const mode = existingMode(target);
            if (mode !== undefined) chmodSync(temporary, mode);
        }
        for (const { temporary, target } of written) {
            current = target;
            checkWritable(target, roots);
            renameSync(temporary, target);
        }
    } catch (error) {
        for (const { temporary } of written) removeQuietly(temporary);
        // Which file could not be written, for the message (a system error names the temporary).
        if (typeof error === 'object' && error !== null) Object.assign(error, { target: current });
        throw error;
    }
}

/** Removes temporaries of ours that a run which is no longer alive left behind in a folder. */
export function removeStaleTemporaries(folder: string): void {
    let names: string[];
    try {
        names = readdirSync(folder);
    } catch {
        return;
    }
    for (const name of names) {
        const match = TEMPORARY.exec(name);
        if (!match) continue;
        const pid = Number(match[1] ?? match[2]);
        if (pid !== process.pid && isAlive(pid)) continue; // another run is writing it now
        // Only files (or links) we could have written: a folder named like one is left alone, and a
        // clean-up that fails never stops the run (a committed folder must not block every publish).
        const path = join(folder, name);
        let stats;
        try { stats = lstatSync(path); } catch { continue; }
        if (stats.isFile() || stats.isSymbolicLink()) removeQuietly(path);
    }
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as { code?: string }).code === 'EPERM';
    }
}

/** Whether a file exists and nobody may write to it (no write bit set): tools that edit files in place leave it alone. */
export function isReadOnlyFile(path: string): boolean {
    try {
        const stats = statSync(path);
        return stats.isFile() && (stats.mode & 0o222) === 0;
    } catch {
        return false;
    }
}
