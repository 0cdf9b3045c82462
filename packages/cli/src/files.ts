/**
 * Finding the .tender files named on the command line: files as given, folders searched
 * recursively (skipping node_modules and hidden folders).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './args.js';

export function collectTenderFiles(paths: readonly string[], cwd: string): string[] {
    const result: string[] = [];
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`cannot read ${path}: no such file or folder`);
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
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        throw new UsageError(`cannot read folder ${folder}`);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            walk(path, into);
        } else if (entry.isFile() && entry.name.endsWith('.tender')) {
            into.push(path);
        }
    }
}
