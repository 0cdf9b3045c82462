/**
 * The folder on the page: its files by path, what is saved and what is a draft. Pure data, no DOM.
 */

export type FileKind = 'tender' | 'config' | 'template' | 'other';

export interface FolderFile {
    /** Path inside the folder, with `/`: `tenders/care.tender`. */
    readonly path: string;
    /** The text as last saved (or as opened). */
    saved: string;
    /** The text now, when it differs from `saved`: a draft. */
    draft?: string;
}

export interface Folder {
    /** Shown on the page and in URIs: the folder's or example's name. */
    readonly name: string;
    /** Where it came from, for what Save can do. */
    readonly source: 'example' | 'folder' | 'files' | 'zip' | 'restored';
    readonly files: FolderFile[];
}

export function kindOf(path: string): FileKind {
    if (path.endsWith('.tender')) return 'tender';
    if (/(^|\/)tender\.config\.json$/.test(path)) return 'config';
    if (path.endsWith('.hbs')) return 'template';
    return 'other';
}

/** Files the page keeps: tenders, configuration and templates. */
export function isWanted(path: string): boolean {
    return kindOf(path) !== 'other';
}

/** A name safe in a URI's first segment. */
export function folderSlug(name: string): string {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'folder';
}

/** Where the opened folder is, for the language server: one place for every folder the page opens. */
export const ROOT_URI = 'file:///tender';

export function uriOf(_folder: Pick<Folder, 'name'>, path: string): string {
    return `${ROOT_URI}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function pathOf(_folder: Pick<Folder, 'name'>, uri: string): string | undefined {
    const prefix = `${ROOT_URI}/`;
    return uri.startsWith(prefix) ? uri.slice(prefix.length).split('/').map(decodeURIComponent).join('/') : undefined;
}

export function textOf(file: FolderFile): string {
    return file.draft ?? file.saved;
}

export function isDraft(file: FolderFile): boolean {
    return file.draft !== undefined && file.draft !== file.saved;
}

/** Sorted: tenders first by path, then configuration, then templates. */
export function sortFiles(files: FolderFile[]): FolderFile[] {
    const rank = (f: FolderFile) => ['tender', 'config', 'template', 'other'].indexOf(kindOf(f.path));
    return files.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}

/** The file to show first: the tender with a `tender {` in it that is not a first draft, else any tender. */
export function firstFile(folder: Folder): FolderFile | undefined {
    const tenders = folder.files.filter(f => kindOf(f.path) === 'tender');
    return tenders.find(f => /^\s*tender\s+\w+/m.test(textOf(f)) && !/draft/i.test(f.path))
        ?? tenders.find(f => /^\s*tender\s+\w+/m.test(textOf(f)))
        ?? tenders[0] ?? folder.files[0];
}
