import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../src/tender-module.js';
import { loadTenders } from '../src/workspace/load.js';
import { EXAMPLES, REPO_ROOT } from './helpers.js';

function tenderFiles(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? tenderFiles(path) : name.endsWith('.tender') ? [path] : [];
    });
}

const shared = join(REPO_ROOT, '..', 'shared', 'spec', 'examples');

describe('every example parses and links with zero errors', () => {
    const ours = tenderFiles(EXAMPLES);
    test('there are examples', () => {
        expect(ours.length).toBeGreaterThanOrEqual(4);
    });
    for (const file of ours) {
        test(file.slice(REPO_ROOT.length + 1), async () => {
            const { Tender } = createTenderServices(NodeFileSystem);
            Tender.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
            const [document] = await loadTenders(Tender, [file]);
            const errors = (document.diagnostics ?? []).filter(d => d.severity === 1 && !d.codeDescription);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            expect(errors.map(e => `${e.range.start.line + 1}: ${e.message}`)).toEqual([]);
        });
    }
    const spec = tenderFiles(shared);
    test.skipIf(spec.length === 0)('the spec examples in ../shared (when present)', async () => {
        for (const file of spec) {
            const { Tender } = createTenderServices(NodeFileSystem);
            const [document] = await loadTenders(Tender, [file]);
            const errors = (document.diagnostics ?? []).filter(d => d.severity === 1 && !d.codeDescription);
            expect(document.parseResult.parserErrors, file).toEqual([]);
            expect(errors.map(e => `${file}:${e.range.start.line + 1}: ${e.message}`)).toEqual([]);
        }
    });
});
