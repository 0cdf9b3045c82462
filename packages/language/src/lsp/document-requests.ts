/**
 * The parts of the server's own requests that need no file system: finding a document built and
 * validated (the editor's text when it is open), the live preview's HTML, and a tender pack in
 * memory with the editor's messages for what stops it. The Node server
 * (tender-requests.ts) and the browser's worker (packages/web) both use them.
 */
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { TenderServices } from '../tender-module.js';
import type { GeneratedOutput, GenerateFileOptions } from '../generate/generate-tender.js';
import { generateFile, tendersIn } from '../generate/generate-tender.js';
import { diagnosticCode } from '../validation/tender-validator.js';
import { TenderDocumentUpdateHandler } from './document-updates.js';
import type { GenerateResult, PreviewResult } from './protocol.js';

/** How many blocking findings the editor is told about (it shows the count and the first ones). */
const FINDINGS_SHOWN = 5;

/** The document at `uri`, validated: the editor's text when it is open, else the file. */
export async function builtDocument(services: TenderServices, uri: string | undefined): Promise<LangiumDocument | undefined> {
    if (typeof uri !== 'string' || uri === '') {
        return undefined;
    }
    const shared = services.shared;
    const parsed = URI.parse(uri);
    await shared.workspace.WorkspaceManager.ready;
    // Edits the editor sent before this request may still wait for a quiet moment (they are
    // coalesced): start their build now, so the answer reads the text the editor shows.
    const updates = shared.lsp?.DocumentUpdateHandler;
    if (updates instanceof TenderDocumentUpdateHandler) await updates.settlePending();
    // Edits the editor sent before this request are queued as writes: let them be built first.
    await shared.workspace.WorkspaceLock.read(() => undefined);
    let document = shared.workspace.LangiumDocuments.getDocument(parsed);
    if (!document) {
        try {
            document = await shared.workspace.LangiumDocuments.getOrCreateDocument(parsed);
        } catch {
            return undefined;
        }
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build([document!], { validation: true }, token));
    }
    if (document.state < DocumentState.Validated) {
        // A file of the workspace that was indexed but never validated (opened just now, or only
        // imported): validate it here rather than wait for a build that is not coming.
        const unvalidated = document;
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build([unvalidated], { validation: true }, token));
    }
    return document;
}

/** The preview of a document: the HTML writer's page of its first tender, or why there is none. */
export async function previewOf(services: TenderServices, document: LangiumDocument | undefined, allowTemplates: boolean): Promise<PreviewResult> {
    try {
        if (!document) {
            return { kind: 'message', message: 'This file is not open as a tender.' };
        }
        if (tendersIn(document).length === 0) {
            return { kind: 'message', message: 'No tender in this file yet: the preview shows a file that holds a tender { ... }.' };
        }
        const result = await generateFile(services, document, { formats: ['html'], force: true, allowTemplates });
        if (result.kind !== 'outputs') {
            return { kind: 'message', message: result.kind === 'unavailable' ? 'The HTML writer is not available in this version.' : result.kind === 'too-large' ? result.message : 'Nothing to preview.' };
        }
        // A file with several tenders previews the first.
        return {
            kind: 'html',
            html: new TextDecoder().decode(result.outputs[0].bytes),
            title: result.tenders[0].title ?? result.tenders[0].name,
            version: document.textDocument.version
        };
    } catch (error) {
        return { kind: 'message', message: `The preview could not be made: ${error instanceof Error ? error.message : String(error)}` };
    }
}

/**
 * A document's outputs in memory, or what the editor says when there are none: its blocking
 * errors (the first few), or why nothing can be generated. The caller writes or offers the bytes.
 */
export async function generateOutputs(services: TenderServices, document: LangiumDocument, options: GenerateFileOptions): Promise<
    | { readonly kind: 'outputs'; readonly outputs: readonly GeneratedOutput[] }
    | Extract<GenerateResult, { kind: 'errors' | 'failed' }>
> {
    const result = await generateFile(services, document, options);
    switch (result.kind) {
        case 'no-tender':
            return { kind: 'failed', message: 'This file holds no tender to generate from (a framework or market file?). Open the file with the tender { ... } in it.' };
        case 'name-clash':
            return { kind: 'failed', message: `Tenders ${result.names[0]} and ${result.names[1]} would both be written as ${result.baseName}.*: give them different references.` };
        case 'unavailable':
            return { kind: 'failed', message: `No writer for ${result.formats.join(', ')} in this version.` };
        case 'too-large':
            return { kind: 'failed', message: result.message };
        case 'errors':
            return {
                kind: 'errors',
                errors: result.errors.length,
                findings: result.errors.slice(0, FINDINGS_SHOWN).map(d => ({ code: diagnosticCode(d), message: d.message, line: d.range.start.line + 1 }))
            };
        case 'outputs':
            return { kind: 'outputs', outputs: result.outputs };
    }
}
