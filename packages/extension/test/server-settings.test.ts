/**
 * The bundled language server (dist/server.js) takes the editor's tender.* settings and applies
 * changes without a restart; a tender.config.json wins over them. Driven over stdio like VS Code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
// @ts-expect-error plain ESM helper shared with the language server tests (JSDoc-typed)
import { startServer } from '../../../test/lsp/client.mjs';
import { EXTENSION_ROOT } from './vsix.js';

interface Publication { readonly diagnostics: Diagnostic[] }
interface Client {
    readonly workspace: string;
    /** Requests the server sent to the editor (window/showMessageRequest among them). */
    readonly serverRequests: { method: string; params: unknown }[];
    open(path: string): Promise<{ uri: string }>;
    waitForDiagnostics(path: string, options: { where?: (p: Publication) => boolean; timeout?: number }): Promise<Diagnostic[]>;
    notify(method: string, params: unknown): Promise<void>;
    stop(): Promise<void>;
}

const SERVER = join(EXTENSION_ROOT, 'dist', 'server.js');
const severities = (p: Publication, code: string) => p.diagnostics.filter(d => d.code === code).map(d => d.severity);

let client: Client | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('settings in the bundled language server', () => {
    it('applies the settings it starts with, then changes without a reload, and lets tender.config.json win', async () => {
        client = await startServer({ serverPath: SERVER, settings: { rules: { 'weights-sum': 'warning' } } }) as Client;
        const { uri } = await client.open('first-draft.tender');
        // first-draft's weights add up to 95%: weights-sum is an error by default, a warning as set.
        await client.waitForDiagnostics(uri, { where: p => severities(p, 'weights-sum').join() === '2' });

        await client.notify('workspace/didChangeConfiguration', { settings: { tender: { rules: { 'weights-sum': 'off' } } } });
        const off = await client.waitForDiagnostics(uri, { where: p => p.diagnostics.length > 0 && severities(p, 'weights-sum').length === 0 });
        expect(off.some(d => d.code === 'missing-weighting')).toBe(true);

        const config = join(client.workspace, 'tender.config.json');
        writeFileSync(config, JSON.stringify({ rules: { 'weights-sum': 'error' } }));
        await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${config}`, type: 1 }] });
        await client.waitForDiagnostics(uri, { where: p => severities(p, 'weights-sum').join() === '1' });
    });

    it('a threshold from the settings changes a rule\'s finding', async () => {
        client = await startServer({ serverPath: SERVER, settings: {} }) as Client;
        const { uri } = await client.open('first-draft.tender');
        await client.waitForDiagnostics(uri, { where: p => severities(p, 'price-dominates').length === 1 });
        // first-draft weighs price at 60%: allowed once the maximum is 70%.
        await client.notify('workspace/didChangeConfiguration', { settings: { tender: { thresholds: { maxPriceWeight: 70 } } } });
        await client.waitForDiagnostics(uri, { where: p => p.diagnostics.length > 0 && severities(p, 'price-dominates').length === 0 });
    });

    it('says which setting is wrong', async () => {
        client = await startServer({ serverPath: SERVER, settings: {} }) as Client;
        await client.open('first-draft.tender');
        await client.notify('workspace/didChangeConfiguration', { settings: { tender: { thresholds: { maxPriceWeight: 140 } } } });
        const shown = () => client!.serverRequests.filter(r => r.method === 'window/showMessageRequest').map(r => r.params);
        for (let i = 0; i < 100 && shown().length === 0; i++) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        expect(shown()).toEqual([expect.objectContaining({ type: 2, message: 'Tender settings: "tender.thresholds.maxPriceWeight" must be a percentage from 0 to 100.' })]);
    });
});
