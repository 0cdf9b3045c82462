/**
 * Imports: `import "framework.tender"` names a file relative to the importing one. Names declared in
 * the importing file and in every file it imports, directly or through other imports, are visible.
 * Import cycles are fine: the closure is a set.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI, UriUtils } from 'langium';
import type { Import, Model } from '../generated/ast.js';
import { isModel } from '../generated/ast.js';

/** The URI an import path points at, or undefined when the path is empty. */
export function resolveImportUri(document: URI, path: string | undefined): URI | undefined {
    if (!path || path.trim() === '') {
        return undefined;
    }
    const trimmed = path.trim();
    if (trimmed.startsWith('/')) {
        return document.with({ path: trimmed });
    }
    return UriUtils.resolvePath(UriUtils.dirname(document), trimmed);
}

export function importUri(imp: Import, document: URI): URI | undefined {
    return resolveImportUri(document, imp.path);
}

/** The URIs of a document's imports (direct only). */
export function directImports(document: LangiumDocument): URI[] {
    const root = document.parseResult?.value;
    if (!isModel(root)) {
        return [];
    }
    const result: URI[] = [];
    for (const imp of (root as Model).imports) {
        const uri = importUri(imp, document.uri);
        if (uri) {
            result.push(uri);
        }
    }
    return result;
}

/** The document and everything it imports, transitively, as URI strings. */
export function importClosure(document: LangiumDocument, documents: LangiumDocuments): Set<string> {
    const seen = new Set<string>([document.uri.toString()]);
    const queue: LangiumDocument[] = [document];
    while (queue.length > 0) {
        const current = queue.pop()!;
        for (const uri of directImports(current)) {
            const key = uri.toString();
            if (seen.has(key)) {
                continue;
            }
            seen.add(key);
            const imported = documents.getDocument(uri);
            if (imported) {
                queue.push(imported);
            }
        }
    }
    return seen;
}

/** Is `target` inside `folder` (or equal to it)? Both are compared by path. */
export function isInside(target: URI, folder: URI): boolean {
    const folderPath = folder.path.endsWith('/') ? folder.path : folder.path + '/';
    return target.scheme === folder.scheme && (target.path === folder.path || target.path.startsWith(folderPath));
}

export { URI };
