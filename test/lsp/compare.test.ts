/**
 * The language server's tender/compare request ("Tender: Compare with Last Reviewed Version"):
 * the redline of the editor's text, unsaved edits included, against the file at a git revision
 * (in a repository the test makes) or against another file; clear messages otherwise.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompareResult } from '../../packages/language/src/lsp/protocol.js';
import { COMPARE_REQUEST } from '../../packages/language/src/lsp/protocol.js';
import { makeWorkspace, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

const FULL = 'multiple-disadvantage.tender';
let client: LspClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

function git(folder: string, ...args: string[]): void {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

const haveGit = spawnSync('git', ['--version']).status === 0;

describe.skipIf(!haveGit)('tender/compare', () => {
    test('the editor\'s unsaved text against the last commit: the redline page', { timeout: 60_000 }, async () => {
        const workspace = makeWorkspace();
        git(workspace, 'init', '-q');
        git(workspace, 'add', '.');
        git(workspace, 'commit', '-q', '-m', 'reviewed');
        client = await startServer({ workspace });
        const { uri, text } = await client.open(FULL);
        const version = await client.replace(FULL, text.replace('bid-deadline 2027-04-19', 'bid-deadline 2027-04-26').replace('value £800,000', 'value £850,000'));
        const result = await client.request<CompareResult>(COMPARE_REQUEST, { uri, against: { kind: 'git', ref: 'HEAD' } });
        expect(result.kind, JSON.stringify(result).slice(0, 300)).toBe('html');
        if (result.kind !== 'html') return;
        expect(result).toMatchObject({ title: 'Changes to Wraparound support for adults facing multiple disadvantage', changes: 2, against: `git:HEAD:${FULL}`, version });
        expect(result.html).toMatch(/^<!DOCTYPE html>/);
        expect(result.html).toContain('<del>£800,000</del><ins>£850,000</ins>');
        expect(result.html).toContain('<del>19</del><ins>26</ins>');
        expect(result.html).toContain('Compared: multiple-disadvantage.tender at revision HEAD (before) and multiple-disadvantage.tender (after)');
        // The lines of the new text, so the preview scrolls with the cursor.
        expect(result.html).toMatch(/data-line="\d+"/);

        const unknown = await client.request<CompareResult>(COMPARE_REQUEST, { uri, against: { kind: 'git', ref: 'reviewed-by-legal' } });
        expect(unknown).toEqual({ kind: 'message', message: expect.stringMatching(/^git:reviewed-by-legal:multiple-disadvantage\.tender: the repository at .+ has no commit "reviewed-by-legal"$/) });
    });

    test('against another file, and the messages when there is nothing to compare', { timeout: 60_000 }, async () => {
        const workspace = makeWorkspace();
        client = await startServer({ workspace });
        const { uri, text } = await client.open(FULL);
        writeFileSync(join(workspace, 'reviewed.tender'), text.replace('price "Price" weight 30%', 'price "Price" weight 40%'));
        const result = await client.request<CompareResult>(COMPARE_REQUEST, { uri, against: { kind: 'file', uri: pathToFileURL(join(workspace, 'reviewed.tender')).toString() } });
        expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ kind: 'html', changes: 1, against: 'reviewed.tender' });
        expect(result.kind === 'html' && result.html).toContain('<del>40%</del><ins>30%</ins>');

        // Not a git repository: said in one line.
        const noRepository = await client.request<CompareResult>(COMPARE_REQUEST, { uri, against: { kind: 'git', ref: 'HEAD' } });
        expect(noRepository.kind).toBe('message');
        expect(noRepository.kind === 'message' && noRepository.message).toMatch(/is not in a git repository/);
        const framework = await client.open('framework.tender');
        expect(await client.request<CompareResult>(COMPARE_REQUEST, { uri: framework.uri, against: { kind: 'git', ref: 'HEAD' } })).toEqual({
            kind: 'message', message: 'No tender in this file yet: the comparison needs a file that holds a tender { ... }.'
        });
        expect(await client.request<CompareResult>(COMPARE_REQUEST, { uri, against: { kind: 'file', uri: pathToFileURL(join(workspace, 'none.tender')).toString() } })).toEqual({
            kind: 'message', message: 'cannot read none.tender: no such file'
        });
        expect(await client.request<CompareResult>(COMPARE_REQUEST, { uri })).toEqual({ kind: 'message', message: 'Choose the version to compare with: a git revision or a .tender file.' });
        expect(await client.request<CompareResult>(COMPARE_REQUEST, { uri: 'file:///nowhere/none.tender', against: { kind: 'git', ref: 'HEAD' } })).toEqual({ kind: 'message', message: 'This file is not open as a tender.' });
    });
});
