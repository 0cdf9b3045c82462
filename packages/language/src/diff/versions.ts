/**
 * Reading the two versions `tender diff` compares: a .tender file on disk, or `git:<rev>:<path>`,
 * a file as it was at a revision, with everything it imports read from that same revision.
 *
 * Each version is built in services of its own (its own workspace), so two versions of the same
 * file never meet, and an editor's workspace never sees the old version. A git revision is served
 * to Langium by a read-only file system over `git cat-file`, placed at the repository's real path,
 * so imports resolve as they did then and messages name the usual paths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileSystemNode, FileSystemProvider, LangiumDocument } from 'langium';
import { URI } from 'langium';
import { BoundaryError, checkReadable, decodeText, READ_LIMITS } from '../node/boundary.js';
import { BoundedNodeFileSystem } from '../node/file-system.js';
import type { Tender } from '../generated/ast.js';
import { isModel, isTender } from '../generated/ast.js';
import { createTenderServices } from '../tender-module.js';
import type { TenderServices } from '../tender-module.js';
import { loadTenders } from '../workspace/load.js';
import { resolveTender } from '../model/resolve.js';
import { bidWindowOf } from './bid-window.js';
import type { DiffVersion } from './tender-diff.js';

/** Where a version comes from. `text` is how the user wrote it, for messages and the outputs. */
export type VersionSource =
    | { readonly kind: 'file'; readonly path: string; readonly text: string }
    | { readonly kind: 'git'; readonly rev: string; readonly path: string; readonly text: string };

/** A version that cannot be read: the message is one line a user can act on. */
export class VersionError extends Error {}

/**
 * `git:<rev>:<path>` or a file path (relative to `cwd`). The revision is anything git names a
 * commit by (`HEAD`, `HEAD~2`, `v1.0`, `main@{yesterday}`, a hash); the path is as `git show
 * <rev>:<path>` takes it.
 */
export function parseVersionSource(arg: string, cwd: string): VersionSource {
    if (arg.startsWith('git:')) {
        const rest = arg.slice(4);
        const colon = separatorOf(rest);
        if (colon < 0) throw new VersionError(`${arg}: write git:<revision>:<path>, e.g. git:HEAD:tender.tender`);
        const rev = rest.slice(0, colon);
        const path = rest.slice(colon + 1);
        if (!rev) throw new VersionError(`${arg}: no revision before the path (e.g. git:HEAD:${path || 'tender.tender'})`);
        if (!path) throw new VersionError(`${arg}: no path after the revision (e.g. git:${rev}:tender.tender)`);
        if (!path.endsWith('.tender')) throw new VersionError(`${arg}: ${path} is not a .tender file`);
        return { kind: 'git', rev, path, text: arg };
    }
    if (!arg.endsWith('.tender')) throw new VersionError(`${arg} is not a .tender file (or a git:<revision>:<path>)`);
    return { kind: 'file', path: resolve(cwd, arg), text: arg };
}

/** The first `:` outside `@{...}` (a reflog date may hold colons: `main@{10:00}:tender.tender`). */
function separatorOf(text: string): number {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth = Math.max(0, depth - 1);
        else if (text[i] === ':' && depth === 0) return i;
    }
    return -1;
}

export interface LoadedVersion {
    readonly source: VersionSource;
    readonly services: TenderServices;
    readonly document: LangiumDocument;
    readonly tenders: readonly Tender[];
    /** For a git version: the commit it was read from (full hash). */
    readonly commit?: string;
}

export interface LoadVersionOptions {
    /** Where to run git for a `git:` source: the folder of the other (new) file, else the current folder. */
    readonly gitFolder: string;
    /** For a file: the workspace folder its imports must stay inside (as `tender generate --root`). */
    readonly root?: string;
}

export async function loadVersion(source: VersionSource, options: LoadVersionOptions): Promise<LoadedVersion> {
    return source.kind === 'file' ? loadFileVersion(source, options) : loadGitVersion(source, options);
}

async function loadFileVersion(source: Extract<VersionSource, { kind: 'file' }>, options: LoadVersionOptions): Promise<LoadedVersion> {
    try {
        // The boundary says, in words, why a file cannot be read: a folder, a pipe, a link loop, outside.
        checkReadable(source.path, { roots: [options.root ?? dirname(source.path)], kind: 'tender' });
    } catch (error) {
        throw new VersionError(`cannot read ${source.text}: ${error instanceof BoundaryError ? error.reason : fileProblem(error)}`);
    }
    const services = createTenderServices(BoundedNodeFileSystem).Tender;
    services.workspace.WorkspaceRoots.setRoots([URI.file(options.root ?? dirname(source.path))]);
    const [document] = await loadTenders(services, [source.path]);
    return { source, services, document, tenders: tendersOf(document) };
}

async function loadGitVersion(source: Extract<VersionSource, { kind: 'git' }>, options: LoadVersionOptions): Promise<LoadedVersion> {
    // The real path: git names the top of the repository by it, and paths are worked out against it.
    const folder = realpathSync(existsSync(options.gitFolder) ? options.gitFolder : process.cwd());
    const top = git(['rev-parse', '--show-toplevel'], folder, () => `${source.text}: ${displayFolder(folder)} is not in a git repository`).toString('utf8').trim();
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${source.rev}^{commit}`], top,
        () => `${source.text}: the repository at ${top} has no commit "${source.rev}"`).toString('utf8').trim();
    // Mode, type, object, size, path: only regular files (not links, not submodules) within the size limit are read.
    const files = new Set<string>();
    const refused = new Map<string, string>();
    for (const entry of git(['ls-tree', '-r', '-z', '-l', commit], top, () => `${source.text}: cannot list the files of ${source.rev}`).toString('utf8').split('\0')) {
        const match = /^(\d+) (\w+) [0-9a-f]+ +(-|\d+)\t(.*)$/s.exec(entry);
        if (!match) continue;
        const [, mode, type, size, name] = match;
        if (mode === '120000') refused.set(name, 'it is a symbolic link in that revision; links are not followed');
        else if (type !== 'blob') refused.set(name, 'it is not a file in that revision');
        else if (Number(size) > READ_LIMITS.tender) refused.set(name, `it is larger than the ${READ_LIMITS.tender / (1024 * 1024)} MB Tender reads for a .tender file`);
        else files.add(name);
    }
    const path = repositoryPath(source.path, top, folder, new Set([...files, ...refused.keys()]));
    if (refused.has(path)) {
        throw new VersionError(`${source.text}: cannot read ${path} in ${source.rev}: ${refused.get(path)}`);
    }
    if (!files.has(path)) {
        throw new VersionError(`${source.text}: there is no file ${path} in ${source.rev} (commit ${commit.slice(0, 12)})`);
    }
    const fileSystem = new GitFileSystem(top, commit, files);
    const services = createTenderServices({ fileSystemProvider: () => fileSystem }).Tender;
    services.workspace.WorkspaceRoots.setRoots([URI.file(top)]);
    const file = join(top, ...path.split('/'));
    const [document] = await loadTenders(services, [file]);
    return { source, services, document, tenders: tendersOf(document), commit };
}

/**
 * The path inside the repository: as git reads `<rev>:<path>` (from the top), or from the folder
 * git runs in when it starts with `./` or `../`. A path from the top that does not exist but does
 * from the folder is taken from the folder, as a user in a subfolder means it.
 */
function repositoryPath(path: string, top: string, folder: string, files: ReadonlySet<string>): string {
    const fromFolder = () => relative(top, resolve(folder, path)).split(sep).join('/');
    if (isAbsolute(path)) return relative(top, path).split(sep).join('/');
    if (path.startsWith('./') || path.startsWith('../')) return fromFolder();
    const fromTop = path.replace(/^\/+/, '');
    return files.has(fromTop) || !files.has(fromFolder()) ? fromTop : fromFolder();
}

function tendersOf(document: LangiumDocument): Tender[] {
    const root = document.parseResult.value;
    return isModel(root) ? root.elements.filter(isTender) : [];
}

/** Runs git; any failure becomes a VersionError with the message `explain` gives, and git's own words. */
function git(args: readonly string[], cwd: string, explain: () => string): Buffer {
    try {
        return execFileSync('git', args, { cwd, maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT') throw new VersionError('git is not installed (or not on the PATH), so git: versions cannot be read');
        const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0]?.replace(/^fatal: /, '');
        throw new VersionError(`${explain()}${stderr ? ` (git: ${stderr})` : ''}`);
    }
}

function displayFolder(folder: string): string {
    const rel = relative(process.cwd(), folder);
    return rel === '' ? 'the current folder' : rel.startsWith('..') || isAbsolute(rel) ? folder : rel;
}

function fileProblem(error: unknown): string {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a folder';
    return error instanceof Error ? error.message : String(error);
}

/**
 * The files of one commit as a read-only file system, at the repository's own path. Files are
 * read from git when first asked for and kept.
 */
export class GitFileSystem implements FileSystemProvider {
    private readonly folders = new Set<string>();
    private readonly cache = new Map<string, Buffer>();

    constructor(private readonly top: string, private readonly commit: string, private readonly files: ReadonlySet<string>) {
        for (const file of files) {
            const parts = file.split('/');
            for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join('/'));
        }
        this.folders.add('');
    }

    /** The path inside the repository, or undefined outside it. */
    private inside(uri: URI): string | undefined {
        if (uri.scheme !== 'file') return undefined;
        const rel = relative(this.top, uri.fsPath);
        if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
        return rel.split(sep).join('/');
    }

    private node(uri: URI): FileSystemNode {
        const path = this.inside(uri);
        if (path !== undefined && this.files.has(path)) return { isFile: true, isDirectory: false, uri };
        if (path !== undefined && this.folders.has(path)) return { isFile: false, isDirectory: true, uri };
        throw Object.assign(new Error(`ENOENT: no such file in ${this.commit.slice(0, 12)}: ${uri.fsPath}`), { code: 'ENOENT' });
    }

    statSync(uri: URI): FileSystemNode {
        return this.node(uri);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.node(uri);
    }

    existsSync(uri: URI): boolean {
        const path = this.inside(uri);
        return path !== undefined && (this.files.has(path) || this.folders.has(path));
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        const path = this.inside(uri);
        if (path === undefined || !this.files.has(path)) this.node(uri);
        let bytes = this.cache.get(path!);
        if (!bytes) {
            bytes = execFileSync('git', ['cat-file', 'blob', `${this.commit}:${path}`], { cwd: this.top, maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
            this.cache.set(path!, bytes);
        }
        return bytes;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readFileSync(uri: URI): string {
        return decodeText(this.readBinarySync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const path = this.inside(uri);
        if (path === undefined || !this.folders.has(path)) return [];
        const prefix = path === '' ? '' : `${path}/`;
        const children = new Map<string, boolean>();
        for (const file of this.files) {
            if (!file.startsWith(prefix)) continue;
            const rest = file.slice(prefix.length);
            const slash = rest.indexOf('/');
            children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0);
        }
        return [...children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, isFile]) => ({
            isFile,
            isDirectory: !isFile,
            uri: URI.file(join(this.top, ...(prefix + name).split('/')))
        }));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }
}

/** The tenders of two versions, paired for comparison. */
export interface TenderPairs {
    readonly pairs: readonly (readonly [Tender, Tender])[];
    /** Tenders of the new version with no earlier version, and of the old one that are gone. */
    readonly onlyNew: readonly Tender[];
    readonly onlyOld: readonly Tender[];
}

/**
 * Tenders are paired by name; when each version holds exactly one tender they are paired whatever
 * their names (a renamed tender is still the tender under review).
 */
export function pairTenders(older: readonly Tender[], newer: readonly Tender[]): TenderPairs {
    if (older.length === 1 && newer.length === 1) {
        return { pairs: [[older[0], newer[0]]], onlyNew: [], onlyOld: [] };
    }
    const byName = new Map(older.map(t => [t.name, t]));
    const pairs: (readonly [Tender, Tender])[] = [];
    const onlyNew: Tender[] = [];
    for (const tender of newer) {
        const match = byName.get(tender.name);
        if (match) {
            pairs.push([match, tender]);
            byName.delete(tender.name);
        } else {
            onlyNew.push(tender);
        }
    }
    return { pairs, onlyNew, onlyOld: older.filter(t => byName.has(t.name)) };
}

/** A loaded tender as the comparison reads it. */
export function diffVersionOf(source: string, tender: Tender): DiffVersion {
    return { source, model: resolveTender(tender), bidWindow: bidWindowOf(tender) };
}
