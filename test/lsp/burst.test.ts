/**
 * A language server that keeps up: a burst of fast full-text changes is coalesced, so superseded
 * versions are never built or published, the latest version's diagnostics come soon after the
 * burst, and a request (hover) does not wait behind a queue of stale builds. Over stdio, as an
 * editor drives it; bench/lsp-burst.mjs runs the large bursts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { ANYBOROUGH, makeWorkspace, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

const TEXT = readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8');
let client: LspClient;

beforeAll(async () => {
    client = await startServer({ workspace: makeWorkspace() });
}, 60_000);
afterAll(async () => { await client?.stop(); });

/** The text with a marker the diagnostics can tell apart: a vague word in the nth variant. */
function variant(n: number): string {
    return TEXT.replace(/title "([^"]*)"/, `title "$1 ${n}"`);
}

describe('bursts of changes', () => {
    test('1,500 fast full-text changes: stale versions are not published, the latest arrives promptly', async () => {
        const doc = await client.open('first-draft.tender', TEXT);
        await client.waitForDiagnostics(doc.uri, { version: doc.version });
        const before = client.publicationCount(doc.uri);
        let version = doc.version;
        for (let i = 1; i <= 1_500; i++) version = await client.replace(doc.uri, variant(i));
        const sent = performance.now();
        await client.waitForDiagnostics(doc.uri, { version, timeout: 30_000 });
        const latency = performance.now() - sent;
        const publications = client.publicationCount(doc.uri) - before;
        expect(publications).toBeLessThan(40);
        expect(latency).toBeLessThan(5_000);
    }, 60_000);

    test('a hover after a burst of 500 changes is answered without waiting for stale builds', async () => {
        const path = 'multiple-disadvantage.tender';
        const text = readFileSync(join(ANYBOROUGH, path), 'utf8');
        const doc = await client.open(path, text);
        await client.waitForDiagnostics(doc.uri, { version: doc.version });
        for (let i = 1; i <= 500; i++) await client.replace(doc.uri, `${text}\n// ${i}\n`);
        const position = client.positionOf(path, 'Homelessness');
        const sent = performance.now();
        const hover = await client.hover(path, position) as Hover | null;
        const latency = performance.now() - sent;
        expect(hover).not.toBeNull();
        expect(latency).toBeLessThan(2_000);
    }, 60_000);
});

describe('a hostile workspace in the editor', () => {
    test.skipIf(process.platform === 'win32')('a config linked to /dev/zero and imports of /proc/self/fd/1 and a FIFO: diagnostics promptly, and the server keeps answering', async () => {
        const { symlinkSync } = await import('node:fs');
        const { execFileSync } = await import('node:child_process');
        const workspace = makeWorkspace();
        symlinkSync('/dev/zero', join(workspace, 'tender.config.json'));
        symlinkSync('/proc/self/fd/1', join(workspace, 'stdout.tender'));
        execFileSync('mkfifo', [join(workspace, 'fifo.tender')]);
        const hostile = await startServer({ workspace });
        try {
            const text = 'import "stdout.tender"\nimport "fifo.tender"\nimport "framework.tender"\ntender T { cohort C { needs Homelessness } }\n';
            const doc = await hostile.open('importer.tender', text);
            const diagnostics = await hostile.waitForDiagnostics(doc.uri, { version: doc.version, timeout: 15_000 });
            const messages = diagnostics.filter(d => d.severity === 1).map(d => d.message);
            expect(messages).toContain('Cannot import "stdout.tender": it is a symbolic link to something that is not a file.');
            expect(messages).toContain('Cannot import "fifo.tender": it is not a regular file (a device, a pipe or a socket).');
            expect(messages.filter(m => /Homelessness/.test(m))).toEqual([]);
            const hover = await hostile.hover('importer.tender', hostile.positionOf('importer.tender', 'Homelessness'));
            expect(hover).not.toBeNull();
        } finally {
            await hostile.stop();
        }
    }, 60_000);
});
