/**
 * The worker's preview and Generate: loaded on first use (import('./generate.js')), so the
 * writers (docx, Handlebars and the shipped templates) are not part of the first load.
 */
import type { TenderServices } from '../../../language/src/tender-module.js';
import type { WriterId } from '../../../language/src/generate/writers.js';
import { builtDocument, generateOutputs, previewOf } from '../../../language/src/lsp/document-requests.js';
import type { PreviewParams, PreviewResult } from '../../../language/src/lsp/protocol.js';
import type { GenerateBytesParams, GenerateBytesResult } from './web-protocol.js';

export async function preview(services: TenderServices, params: PreviewParams): Promise<PreviewResult> {
    // The folder is the user's own: its templates (tender.config.json "templates") are used.
    return previewOf(services, await builtDocument(services, params?.uri), true);
}

export async function generate(services: TenderServices, params: GenerateBytesParams): Promise<GenerateBytesResult> {
    try {
        const document = await builtDocument(services, params?.uri);
        if (!document) {
            return { kind: 'failed', message: `Cannot read ${params?.uri}.` };
        }
        const result = await generateOutputs(services, document, {
            formats: (params.formats ?? []) as WriterId[],
            force: params.force === true,
            allowTemplates: true
        });
        if (result.kind !== 'outputs') return result;
        return { kind: 'files', files: result.outputs.map(o => ({ name: o.fileName, format: o.format, base64: toBase64(o.bytes) })) };
    } catch (error) {
        return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}
