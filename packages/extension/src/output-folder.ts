/**
 * Where generated files go: the `tender.output.folder` setting, relative to the tender's workspace
 * folder (or its own folder when it is in none), or an absolute path.
 */
import * as path from 'node:path';

export const DEFAULT_OUTPUT_FOLDER = 'out';

export function outputFolderFor(setting: string | undefined, file: string, workspaceFolder: string | undefined): string {
    const base = workspaceFolder ?? path.dirname(file);
    const value = (setting ?? '').trim() || DEFAULT_OUTPUT_FOLDER;
    const expanded = value
        .replace(/\$\{workspaceFolder\}/g, base)
        .replace(/\$\{fileDirname\}/g, path.dirname(file));
    return path.resolve(base, expanded);
}
