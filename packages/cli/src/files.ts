/**
 * Finding the .tender files named on the command line: files as given, folders searched
 * recursively (skipping node_modules and hidden folders).
 */
import type { Dirent } from 'node:fs';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './args.js';
import { fsReason } from './fs-errors.js';

export function collectTenderFiles(paths: readonly string[], cwd: string, unnamed: string[] = []): string[] {
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
            walk(absolute, result, unnamed);
        } else if (!absolute.endsWith('.tender')) {
            throw new UsageError(`${path} is not a .tender file`);
        } else {
            result.push(absolute);
        }
    }
    return [...new Set(result)].sort();
}

/**
 * `unnamed` gets the paths (as shown, with U+FFFD) of .tender files and folders whose names are not
 * UTF-8: no path Tender works with can name them, so the caller says so instead of "no such file".
 */
function walk(folder: string, into: string[], unnamed: string[]): void {
    let entries: Dirent<Buffer>[];
    try {
        entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
        throw new UsageError(`cannot read folder ${folder}: ${fsReason(error)}`);
    }
    const named = entries.map(entry => ({ entry, name: entry.name.toString('utf8') }));
    for (const { entry, name } of named.sort((a, b) => a.name.localeCompare(b.name))) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const path = join(folder, name);
        const readable = Buffer.from(name, 'utf8').equals(entry.name);
        if (entry.isDirectory()) {
            if (readable) walk(path, into, unnamed);
            else unnamed.push(path);
        } else if (name.endsWith('.tender') && (entry.isFile() || isLinkToFile(entry, path))) {
            if (readable) into.push(path);
            else unnamed.push(path);
        }
    }
}

/** A symbolic link to a file is linted like the file; links to folders are not followed (no cycles). */
function isLinkToFile(entry: Dirent<Buffer>, path: string): boolean {
    if (!entry.isSymbolicLink()) return false;
    try {
        return statSync(path).isFile();
    } catch {
        return false; // a dangling link names nothing to lint
    }
}

/**
 * The workspace folder every command keeps its reads and writes inside, unless --root names one:
 * the project the files are in, found as an editor finds it (the nearest folder up that holds
 * tender.config.json or .git, so that a file in a subfolder may import from its sibling folders),
 * starting from the current folder when it holds every file, else from the files' common folder.
 * lint, generate and diff all use it, so a file that lints from a folder generates from it too.
 */
export function defaultWorkspaceRoot(files: readonly string[], cwd: string, rootFlag?: string): string {
    if (rootFlag !== undefined) {
        // A root that is not a folder would put every import and config outside it: say so once.
        const root = resolve(cwd, rootFlag);
        let folder = false;
        try { folder = statSync(root).isDirectory(); } catch { folder = false; }
        if (!folder) throw new UsageError(`--root ${rootFlag} is not a folder: name the workspace folder every read and write must stay inside`);
        return root;
    }
    const inside = (folder: string) => files.every(f => !relative(folder, f).startsWith('..'));
    let start = cwd;
    if (!inside(cwd)) {
        start = dirname(files[0]);
        while (!inside(start) && dirname(start) !== start) {
            start = dirname(start);
        }
    }
    for (let folder = start; ; folder = dirname(folder)) {
        if (existsSync(join(folder, 'tender.config.json')) || existsSync(join(folder, '.git'))) return folder;
        if (dirname(folder) === folder) break;
    }
    return start.endsWith(sep) && start.length > 1 ? start.slice(0, -1) : start;
}
