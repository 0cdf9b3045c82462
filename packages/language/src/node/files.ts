/**
 * Writing files whole or not at all: write a temporary file beside the target, then rename it over
 * the target. A crash or a full disk leaves the old file (or none), never half a file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
    const folder = dirname(path);
    mkdirSync(folder, { recursive: true });
    const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    try {
        writeFileSync(temporary, data);
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
