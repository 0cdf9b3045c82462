/**
 * The bundled language server's own requests, as the extension uses them: the preview's HTML (from
 * the editor's unsaved text) and generation into a folder, refusing a tender with errors unless
 * forced. In an untrusted workspace the workspace's templates are not loaded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerateResult, PreviewResult } from '@tender/language/protocol';
import { GENERATE_REQUEST, PREVIEW_REQUEST, TRUST_NOTIFICATION } from '@tender/language/protocol';
// @ts-expect-error plain ESM helper shared with the language server tests (JSDoc-typed)
import { startServer } from '../../../test/lsp/client.mjs';
import { EXTENSION_ROOT } from './vsix.js';

interface Client {
    readonly workspace: string;
    open(path: string): Promise<{ uri: string; text: string }>;
    replace(path: string, text: string): Promise<number>;
    request<T>(method: string, params: unknown, timeout?: number): Promise<T>;
    notify(method: string, params: unknown): Promise<void>;
    stop(): Promise<void>;
}

const SERVER = join(EXTENSION_ROOT, 'dist', 'server.js');
let client: Client | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
});

async function start(): Promise<Client> {
    client = await startServer({ serverPath: SERVER, settings: {} }) as Client;
    return client;
}

describe('tender/preview', () => {
    it('is the HTML writer\'s page of the tender, with source lines for scrolling', async () => {
        const server = await start();
        const { uri } = await server.open('multiple-disadvantage.tender');
        const preview = await server.request<PreviewResult>(PREVIEW_REQUEST, { uri });
        expect(preview.kind).toBe('html');
        if (preview.kind !== 'html') return;
        expect(preview.title).toBe('Wraparound support for adults facing multiple disadvantage');
        expect(preview.html).toMatch(/^<!DOCTYPE html>/);
        expect(preview.html).toContain('Wraparound support for adults facing multiple disadvantage');
        expect(preview.html).toMatch(/data-line="\d+"/);
        expect(preview.version).toBe(1);
    });

    it('follows unsaved edits', async () => {
        const server = await start();
        const { uri, text } = await server.open('multiple-disadvantage.tender');
        const version = await server.replace('multiple-disadvantage.tender', text.replace('title "Wraparound support', 'title "Joined-up support'));
        const preview = await server.request<PreviewResult>(PREVIEW_REQUEST, { uri });
        expect(preview).toMatchObject({ kind: 'html', title: 'Joined-up support for adults facing multiple disadvantage', version });
    });

    it('says so when the file holds no tender, or is not there', async () => {
        const server = await start();
        const { uri } = await server.open('framework.tender');
        expect(await server.request<PreviewResult>(PREVIEW_REQUEST, { uri })).toEqual({
            kind: 'message', message: 'No tender in this file yet: the preview shows a file that holds a tender { ... }.'
        });
        expect(await server.request<PreviewResult>(PREVIEW_REQUEST, { uri: 'file:///nowhere/none.tender' })).toEqual({ kind: 'message', message: 'This file is not open as a tender.' });
        expect(await server.request<PreviewResult>(PREVIEW_REQUEST, {})).toEqual({ kind: 'message', message: 'This file is not open as a tender.' });
    });

    it('loads the workspace\'s templates only once the workspace is trusted', async () => {
        const server = await start();
        mkdirSync(join(server.workspace, 'our-templates'));
        writeFileSync(join(server.workspace, 'our-templates', 'introduction.hbs'), '<h1 id="introduction">Our own introduction</h1>\n');
        writeFileSync(join(server.workspace, 'tender.config.json'), JSON.stringify({ templates: 'our-templates' }));
        const { uri } = await server.open('multiple-disadvantage.tender');
        const untrusted = await server.request<PreviewResult>(PREVIEW_REQUEST, { uri });
        expect(untrusted.kind === 'html' && untrusted.html).not.toContain('Our own introduction');
        await server.notify(TRUST_NOTIFICATION, { trusted: true });
        const trusted = await server.request<PreviewResult>(PREVIEW_REQUEST, { uri });
        expect(trusted.kind === 'html' && trusted.html).toContain('Our own introduction');
    });
});

describe('tender/generate', () => {
    it('refuses a tender with errors, naming the first ones, and writes nothing', async () => {
        const server = await start();
        const { uri } = await server.open('first-draft.tender');
        const outputFolder = join(server.workspace, 'out');
        const result = await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: ['docx'], outputFolder, force: false });
        expect(result.kind).toBe('errors');
        if (result.kind !== 'errors') return;
        expect(result.errors).toBeGreaterThanOrEqual(5);
        expect(result.findings.length).toBe(5);
        expect(result.findings[0]).toEqual({ code: 'weights-sum', message: 'Award criteria weights add up to 95%, not 100%.', line: 50 });
        expect(existsSync(outputFolder)).toBe(false);
    });

    it('writes anyway when forced: a DOCX named by the reference', async () => {
        const server = await start();
        const { uri } = await server.open('first-draft.tender');
        const outputFolder = join(server.workspace, 'packs', 'drafts');
        const result = await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: ['docx'], outputFolder, force: true });
        expect(result).toEqual({ kind: 'written', files: [join(outputFolder, 'ANY-ASC-2027-003-D.docx')] });
        expect(readFileSync(join(outputFolder, 'ANY-ASC-2027-003-D.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    });

    it('writes the whole pack of a clean tender, as tender generate does', async () => {
        const server = await start();
        const { uri } = await server.open('multiple-disadvantage.tender');
        const outputFolder = join(server.workspace, 'out');
        const result = await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: [], outputFolder, force: false });
        expect(result).toEqual({
            kind: 'written',
            files: ['ANY-ASC-2027-003.docx', 'ANY-ASC-2027-003.ocds.json', 'ANY-ASC-2027-003.pack.json', 'ANY-ASC-2027-003.html'].map(name => join(outputFolder, name))
        });
        const pack = JSON.parse(readFileSync(join(outputFolder, 'ANY-ASC-2027-003.pack.json'), 'utf8')) as { tender: { reference: string } };
        expect(JSON.stringify(pack)).toContain('ANY-ASC-2027-003');
    });

    it('explains what it cannot do', async () => {
        const server = await start();
        const { uri } = await server.open('market.tender');
        const outputFolder = join(server.workspace, 'out');
        expect(await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: [], outputFolder, force: true })).toEqual({
            kind: 'failed', message: 'This file holds no tender to generate from (a framework or market file?). Open the file with the tender { ... } in it.'
        });
        expect(await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: ['pdf'], outputFolder, force: true })).toEqual({ kind: 'failed', message: 'No writer for pdf in this version.' });
        expect(await server.request<GenerateResult>(GENERATE_REQUEST, { uri, formats: [], outputFolder: '', force: true })).toEqual({ kind: 'failed', message: 'No output folder was given.' });
        writeFileSync(join(server.workspace, 'out'), 'a file where the folder should be');
        const { uri: tender } = await server.open('multiple-disadvantage.tender');
        const blocked = await server.request<GenerateResult>(GENERATE_REQUEST, { uri: tender, formats: ['json'], outputFolder: join(server.workspace, 'out'), force: false });
        expect(blocked).toEqual({ kind: 'failed', message: `Cannot write ${join(server.workspace, 'out', 'ANY-ASC-2027-003.pack.json')}: part of the output folder is a file, not a folder.` });
    });
});
