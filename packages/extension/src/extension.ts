/**
 * The VS Code client: starts the tender language server and connects it to `.tender` files.
 * The server is bundled beside this file as dist/server.js (see the build script); in a
 * development checkout it falls back to the language package's built server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function serverModulePath(extensionPath: string): string {
    const bundled = path.join(extensionPath, 'dist', 'server.js');
    if (fs.existsSync(bundled)) {
        return bundled;
    }
    return path.join(extensionPath, '..', 'language', 'dist', 'lsp', 'main.js');
}

export async function activate(context: ExtensionContext): Promise<void> {
    const module = serverModulePath(context.extensionPath);
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'tender' }, { scheme: 'untitled', language: 'tender' }]
    };
    client = new LanguageClient('tender', 'Tender', serverOptions, clientOptions);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
