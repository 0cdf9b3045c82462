/**
 * Loading tenders outside the editor (CLI, tests, benchmarks): read the named files and everything
 * they import, then parse, link and validate them together.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { TenderServices } from '../tender-module.js';
import { directImports } from '../references/imports.js';

/** Loads files (absolute paths or URIs) with their imports, and builds them with validation. */
export async function loadTenders(services: TenderServices, files: readonly (string | URI)[]): Promise<LangiumDocument[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const fs = services.shared.workspace.FileSystemProvider;
    const wanted: LangiumDocument[] = [];
    const all = new Map<string, LangiumDocument>();
    const queue: URI[] = files.map(f => typeof f === 'string' ? URI.file(f) : f);
    let first = true;
    const named = new Set(queue.map(u => u.toString()));
    while (queue.length > 0) {
        const uri = queue.shift()!;
        const key = uri.toString();
        if (all.has(key)) continue;
        let document: LangiumDocument;
        try {
            document = await documents.getOrCreateDocument(uri);
        } catch (error) {
            // A missing or refused import is reported on the import line; refused files are never read.
            if (named.has(key)) throw new Error(`Cannot read ${uri.fsPath}${reasonOf(error)}`);
            continue;
        }
        all.set(key, document);
        if (named.has(key)) wanted.push(document);
        for (const imported of directImports(document)) {
            if (!all.has(imported.toString()) && imported.path.endsWith('.tender')) {
                let exists = false;
                try { exists = fs.existsSync(imported); } catch { exists = false; }
                if (exists) queue.push(imported);
            }
        }
        first = false;
    }
    void first;
    await services.shared.workspace.DocumentBuilder.build([...all.values()], { validation: true });
    return wanted;
}

function reasonOf(error: unknown): string {
    const reason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
    return typeof reason === 'string' ? `: ${reason}` : '';
}

/** Parses, links and validates a text as if it were a file at `uri` (tests and tools). */
export async function loadText(services: TenderServices, text: string, uri: string | URI = 'file:///memory/tender.tender'): Promise<LangiumDocument> {
    const documents = services.shared.workspace.LangiumDocuments;
    const parsed = typeof uri === 'string' ? URI.parse(uri) : uri;
    if (documents.hasDocument(parsed)) {
        documents.deleteDocument(parsed);
    }
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, parsed);
    documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}
