/**
 * Which documents an edit rebuilds. A reference sees its own file and the files it imports, so an
 * edit to one tender must not relink and revalidate an unrelated tender that has unresolved names
 * (Langium would, after every change anywhere, in case they now resolve); a file that tender
 * imports, once written, must still resolve them. Over stdio, as an editor drives the server.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeWorkspace, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

const BROKEN = 'import "needs.tender"\n\ntender Broken {\n    cohort People {\n        needs Loneliness\n    }\n}\n';
const OTHER = 'tender Other {\n    title "Meals at home"\n}\n';
const NEEDS = 'framework Local {\n    need Loneliness "Few trusted relationships"\n}\n';

let client: LspClient;

beforeAll(async () => {
    client = await startServer({ workspace: makeWorkspace({ files: { 'broken/broken.tender': BROKEN, 'other/other.tender': OTHER } }) });
}, 60_000);
afterAll(async () => { await client?.stop(); });

const unresolved = (diagnostics: Array<{ code?: unknown }>) => diagnostics.filter(d => d.code === 'unresolved-reference').length;

describe('what an edit rebuilds', () => {
    test('edits to one tender leave an unrelated tender with unresolved names alone', async () => {
        const broken = await client.open('broken/broken.tender');
        expect(unresolved(await client.waitForDiagnostics(broken.uri, { version: broken.version }))).toBe(1);
        const other = await client.open('other/other.tender');
        await client.waitForDiagnostics(other.uri, { version: other.version });
        const before = client.publicationCount('broken/broken.tender');
        for (let i = 1; i <= 3; i++) {
            const version = await client.replace('other/other.tender', OTHER.replace('Meals at home', `Meals at home ${i}`));
            await client.waitForDiagnostics('other/other.tender', { version });
        }
        expect(client.publicationCount('broken/broken.tender')).toBe(before);
    }, 60_000);

    test('a file the tender imports, once written, resolves its names', async () => {
        const since = client.publicationCount('broken/broken.tender');
        await client.open('broken/needs.tender', NEEDS);
        const diagnostics = await client.waitForDiagnostics('broken/broken.tender', { since, timeout: 20_000 });
        expect(unresolved(diagnostics)).toBe(0);
    }, 60_000);
});
