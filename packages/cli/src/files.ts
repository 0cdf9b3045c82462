/**
 * Finding the .tender files named on the command line: files as given, folders searched
 * recursively (skipping node_modules and hidden folders).
 */
import type { Dirent } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './args.js';
import { fsReason } from './fs-errors.js';

export function collectTenderFiles(paths: readonly string[], cwd: string): string[] {
    const result: string[] = [];
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw new UsageError(`cannot read ${path}: ${fsReason(error)}`);
        }
        if (stats.isDirectory()) {
            walk(absolute, result);
        } else if (!absolute.endsWith('.tender')) {
            throw new UsageError(`${path} is not a .tender file`);
        } else {
            result.push(absolute);
        }
    }
    return [...new Set(result)].sort();
}

function walk(folder: string, into: string[]): void {
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(`cannot read folder ${folder}: ${fsReason(error)}`);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            walk(path, into);
        } else if (entry.name.endsWith('.tender') && (entry.isFile() || isLinkToFile(entry, path))) {
            into.push(path);
        }
    }
}

/** A symbolic link to a file is linted like the file; links to folders are not followed (no cycles). */
function isLinkToFile(entry: Dirent, path: string): boolean {
    if (!entry.isSymbolicLink()) return false;
    try {
        return statSync(path).isFile();
    } catch {
        return false; // a dangling link names nothing to lint
    }
}
