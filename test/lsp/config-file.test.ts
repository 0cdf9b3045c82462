/**
 * tender.config.json over LSP: a change re-checks the open tenders with the new settings, and what
 * is wrong in the file is reported on the file itself until it is fixed.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

const DRAFT = 'first-draft.tender';
const CONFIG = 'tender.config.json';

let client: LspClient;

beforeAll(async () => {
    client = await startServer();
    await client.open(DRAFT);
    await client.waitForDiagnostics(DRAFT, { version: 1 });
});

afterAll(async () => {
    await client?.stop();
});

/** Writes (or deletes) the config file and tells the server, as the editor's file watcher would. */
async function writeConfig(text: string | undefined, type: 1 | 2 | 3): Promise<{ draft: number; config: number }> {
    const marks = { draft: client.publicationCount(DRAFT), config: client.publicationCount(CONFIG) };
    const path = join(client.workspace, CONFIG);
    if (text === undefined) rmSync(path, { force: true });
    else writeFileSync(path, text);
    await client.filesChanged([{ path: CONFIG, type }]);
    return marks;
}

const codes = (diagnostics: Diagnostic[]) => new Set(diagnostics.map(d => d.code));

describe('tender.config.json', () => {
    test('turning a rule off re-checks the open tender without it', async () => {
        expect(codes(client.latestDiagnostics(DRAFT)!.diagnostics)).toContain('missing-weighting');
        const marks = await writeConfig(JSON.stringify({ rules: { 'missing-weighting': 'off' } }, null, 2), 1);
        const diagnostics = await client.waitForDiagnostics(DRAFT, { since: marks.draft, where: p => !p.diagnostics.some(d => d.code === 'missing-weighting') });
        expect(codes(diagnostics)).toContain('weights-sum');
        // A valid file has nothing to report on.
        expect(client.latestDiagnostics(CONFIG)?.diagnostics ?? []).toEqual([]);
    });

    test('a file that is not JSON is an error on the file, at the place JSON.parse stopped', async () => {
        const marks = await writeConfig('{\n  "rules": {\n    "missing-weighting": "off",\n  }\n}\n', 2);
        const diagnostics = await client.waitForDiagnostics(CONFIG, { since: marks.config, where: p => p.diagnostics.some(d => /JSON/.test(d.message)) });
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(1);
        expect(diagnostics[0].code).toBe('invalid-config');
        expect(diagnostics[0].message).toMatch(/not valid JSON/);
        expect(diagnostics[0].range.start.line).toBe(3);
        // The defaults stand in: the rule is back.
        await client.waitForDiagnostics(DRAFT, { since: marks.draft, where: p => p.diagnostics.some(d => d.code === 'missing-weighting') });
    });

    test('an unknown rule and a bad severity are reported on their keys', async () => {
        const text = '{\n  "rules": {\n    "no-such-rule": "off",\n    "weights-sum": "loud"\n  }\n}\n';
        const marks = await writeConfig(text, 2);
        const diagnostics = await client.waitForDiagnostics(CONFIG, { since: marks.config, where: p => p.diagnostics.some(d => /no-such-rule/.test(d.message)) });
        const byLine = diagnostics.map(d => [d.range.start.line, d.range.start.character, d.range.end.character, d.message]);
        expect(byLine).toEqual([
            [2, 4, 18, expect.stringMatching(/Unknown rule "no-such-rule"/)],
            [3, 4, 17, expect.stringMatching(/"weights-sum" is set to "loud"/)]
        ]);
    });

    test('fixing the file clears its diagnostics', async () => {
        const marks = await writeConfig('{ "rules": { "weights-sum": "warning" } }\n', 2);
        const diagnostics = await client.waitForDiagnostics(CONFIG, { since: marks.config, where: p => p.diagnostics.length === 0 });
        expect(diagnostics).toEqual([]);
        const draft = await client.waitForDiagnostics(DRAFT, { since: marks.draft, where: p => p.diagnostics.some(d => d.code === 'weights-sum' && d.severity === 2) });
        expect(draft.find(d => d.code === 'weights-sum')!.severity).toBe(2);
    });

    test('deleting the file brings the defaults back', async () => {
        const marks = await writeConfig(undefined, 3);
        const draft = await client.waitForDiagnostics(DRAFT, { since: marks.draft, where: p => p.diagnostics.some(d => d.code === 'weights-sum' && d.severity === 1) });
        expect(draft.find(d => d.code === 'weights-sum')!.severity).toBe(1);
        expect(client.alive).toBe(true);
    });
});
