/**
 * The server's own requests (protocol.ts): the live preview's HTML and tender pack generation.
 * Both read the document as the editor has it (unsaved edits included) and reuse the writers; the
 * editor client stays thin. Files are published all or nothing (publishFiles). What needs no
 * file system (the preview, finding a built document) is in document-requests.ts, which the
 * browser's worker shares.
 */
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import type { WriterId } from '../generate/writers.js';
import { failedTarget, publishFiles } from '../node/files.js';
import type { CompareParams, CompareResult, GenerateParams, GenerateResult, PreviewParams, PreviewResult, TenderInitializationOptions, TrustParams } from './protocol.js';
import { COMPARE_REQUEST, GENERATE_REQUEST, PREVIEW_REQUEST, TRUST_NOTIFICATION } from './protocol.js';
import { compareRedline } from './compare-request.js';
import { builtDocument, generateOutputs, previewOf } from './document-requests.js';
import { templateRoots } from '../generate/generate-tender.js';

export class TenderRequests {
    protected readonly services: TenderServices;
    /** Untrusted until the client says otherwise: templates from the workspace are not loaded. */
    protected trusted = false;

    constructor(services: TenderServices) {
        this.services = services;
    }

    /** Registers the handlers: call before the connection starts listening. */
    register(connection: Connection): void {
        this.services.shared.lsp.LanguageServer.onInitialize(params => {
            const options = params.initializationOptions as TenderInitializationOptions | undefined;
            this.trusted = options?.trusted === true;
        });
        connection.onNotification(TRUST_NOTIFICATION, (params: TrustParams) => {
            this.trusted = params?.trusted === true;
        });
        connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams) => this.preview(params));
        connection.onRequest(GENERATE_REQUEST, (params: GenerateParams) => this.generate(params));
        connection.onRequest(COMPARE_REQUEST, (params: CompareParams) => this.compare(params));
    }

    get isTrusted(): boolean {
        return this.trusted;
    }

    setTrusted(trusted: boolean): void {
        this.trusted = trusted;
    }

    async preview(params: PreviewParams): Promise<PreviewResult> {
        try {
            return await previewOf(this.services, await this.builtDocument(params?.uri), this.trusted);
        } catch (error) {
            return { kind: 'message', message: `The preview could not be made: ${messageOf(error)}` };
        }
    }

    /** The redline of the document against an earlier version (compare-request.ts). */
    async compare(params: CompareParams): Promise<CompareResult> {
        try {
            const document = await this.builtDocument(params?.uri);
            if (!document) {
                return { kind: 'message', message: 'This file is not open as a tender.' };
            }
            return await compareRedline(this.services, document, params, { allowTemplates: this.trusted });
        } catch (error) {
            return { kind: 'message', message: `The comparison could not be made: ${messageOf(error)}` };
        }
    }

    async generate(params: GenerateParams): Promise<GenerateResult> {
        try {
            if (!params || typeof params.outputFolder !== 'string' || params.outputFolder === '') {
                return { kind: 'failed', message: 'No output folder was given.' };
            }
            const document = await this.builtDocument(params.uri);
            if (!document) {
                return { kind: 'failed', message: `Cannot read ${params.uri}.` };
            }
            const result = await generateOutputs(this.services, document, {
                formats: (params.formats ?? []) as WriterId[],
                force: params.force === true,
                allowTemplates: this.trusted
            });
            switch (result.kind) {
                case 'errors':
                case 'failed':
                    return result;
                case 'outputs': {
                    // Every output was built before any is written, and they are published all or
                    // nothing, as tender generate does (a failure leaves the previous files as they were).
                    const files = result.outputs.map(output => ({ path: join(params.outputFolder, output.fileName), bytes: output.bytes }));
                    try {
                        publishFiles(files, templateRoots(this.services));
                    } catch (error) {
                        return { kind: 'failed', message: `Cannot write ${failedTarget(error, params.outputFolder)}: ${writeProblem(error)}.` };
                    }
                    return { kind: 'written', files: files.map(file => file.path) };
                }
            }
        } catch (error) {
            return { kind: 'failed', message: messageOf(error) };
        }
    }

    /** The document at `uri`, validated: the editor's text when it is open, else the file. */
    protected builtDocument(uri: string | undefined): Promise<LangiumDocument | undefined> {
        return builtDocument(this.services, uri);
    }
}

/** Why a file could not be written, in words. */
function writeProblem(error: unknown): string {
    // Refused at the workspace boundary (a link, a folder, a folder leading outside): its reason is in words.
    const reason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
    if (typeof reason === 'string') return reason;
    const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code?: string }).code : undefined;
    switch (code) {
        case 'EEXIST':
        case 'ENOTDIR': return 'part of the output folder is a file, not a folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ENOSPC': return 'the disk is full';
        case 'EROFS': return 'the file system is read-only';
        default: return messageOf(error);
    }
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
