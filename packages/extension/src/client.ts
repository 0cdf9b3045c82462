/**
 * The language client: starts the bundled tender language server (dist/server.js) for `.tender`
 * files and gives the rest of the extension typed access to the server's own requests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { workspace } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { CompareParams, CompareResult, GenerateParams, GenerateResult, PreviewResult, TenderInitializationOptions, TrustParams } from '@tender/language/protocol';
import { COMPARE_REQUEST, GENERATE_REQUEST, PREVIEW_REQUEST, TRUST_NOTIFICATION } from '@tender/language/protocol';

/** What the commands and the preview need of the server, so they can be tested without it. */
export interface TenderServer {
    preview(uri: string): Promise<PreviewResult>;
    generate(params: GenerateParams): Promise<GenerateResult>;
    compare(params: CompareParams): Promise<CompareResult>;
}

/** The server the extension runs: bundled beside this file, else (a development checkout) the language package's build. */
export function serverModulePath(extensionPath: string): string {
    const bundled = path.join(extensionPath, 'dist', 'server.js');
    if (fs.existsSync(bundled)) {
        return bundled;
    }
    return path.join(extensionPath, '..', 'language', 'dist', 'lsp', 'main.js');
}

export function createClient(context: ExtensionContext): LanguageClient {
    const module = serverModulePath(context.extensionPath);
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const initializationOptions: TenderInitializationOptions = { trusted: workspace.isTrusted };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'tender' }, { scheme: 'untitled', language: 'tender' }],
        initializationOptions,
        diagnosticCollectionName: 'tender'
    };
    return new LanguageClient('tender', 'Tender', serverOptions, clientOptions);
}

export function serverOf(client: LanguageClient): TenderServer {
    return {
        preview: uri => client.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri }),
        generate: params => client.sendRequest<GenerateResult>(GENERATE_REQUEST, params),
        compare: params => client.sendRequest<CompareResult>(COMPARE_REQUEST, params)
    };
}

export function sendTrust(client: LanguageClient, trusted: boolean): Promise<void> {
    const params: TrustParams = { trusted };
    return client.sendNotification(TRUST_NOTIFICATION, params);
}
