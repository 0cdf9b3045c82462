/**
 * Writing files whole or not at all: write a temporary file beside the target, then rename it over
 * the target. A crash or a full disk leaves the old file (or none), never half a file.
 * Replacing a file keeps what the user set on it: a symbolic link stays a link (the file it points
 * at is replaced), and the file's permissions stay as they were.
 */
import { chmodSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
    const target = existingTarget(path);
    const folder = dirname(target.path);
    mkdirSync(folder, { recursive: true });
    const temporary = join(folder, `.${basename(target.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    try {
        writeFileSync(temporary, data);
        if (target.mode !== undefined) {
            chmodSync(temporary, target.mode);
        }
        renameSync(temporary, target.path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
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

/** The file a write replaces (through symbolic links) and its permissions, when it exists. */
function existingTarget(path: string): { path: string; mode?: number } {
    try {
        const real = realpathSync(path);
        return { path: real, mode: statSync(real).mode & 0o7777 };
    } catch {
        return { path };
    }
}
