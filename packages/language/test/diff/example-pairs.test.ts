/**
 * Redlines between whole different tenders, read from disk as `tender diff` reads files: the
 * Anyborough first draft and its finished version (either way round), Anyborough against
 * Northvale, an empty tender against a full one. However much differs, accepting every change
 * gives the new document and rejecting every change the old one, and the change list keeps to
 * its schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { compareVersions, diffJson, writeDiff } from '../../src/diff/tender-diff.js';
import type { DiffVersion } from '../../src/diff/tender-diff.js';
import { diffVersionOf, loadVersion, parseVersionSource } from '../../src/diff/versions.js';
import { isTender } from '../../src/generated/ast.js';
import type { Model } from '../../src/generated/ast.js';
import { EXAMPLES, lintWithFramework, REPO_ROOT } from '../helpers.js';
import { checkAcceptReject, OPTIONS } from './redline-checks.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'language', 'schemas', 'tender-diff.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(schema);

async function example(path: string): Promise<DiffVersion> {
    const source = parseVersionSource(join(EXAMPLES, path), EXAMPLES);
    const loaded = await loadVersion(source, { gitFolder: EXAMPLES, root: REPO_ROOT });
    return diffVersionOf(path, loaded.tenders[0]);
}

const PAIRS: readonly [string, string][] = [
    ['anyborough/first-draft.tender', 'anyborough/multiple-disadvantage.tender'],
    ['anyborough/multiple-disadvantage.tender', 'anyborough/first-draft.tender'],
    ['anyborough/multiple-disadvantage.tender', 'northvale/domestic-abuse-support.tender'],
    ['northvale/domestic-abuse-support.tender', 'anyborough/first-draft.tender']
];

describe('redlines between different tenders', () => {
    for (const [before, after] of PAIRS) {
        test(`${before} → ${after}`, { timeout: 120_000 }, async () => {
            const diff = compareVersions(await example(before), await example(after));
            expect(diff.changes.length).toBeGreaterThan(10);
            expect(validate(JSON.parse(diffJson(diff))), JSON.stringify(validate.errors)).toBe(true);
            await checkAcceptReject(diff);
            const html = new TextDecoder().decode(await writeDiff(diff, 'html', OPTIONS));
            expect(html).toContain('<ins>');
            expect(html).toContain('<del>');
        });
    }

    test('from an empty tender to a full one, and back', { timeout: 120_000 }, async () => {
        const full = await example('anyborough/multiple-disadvantage.tender');
        const { document } = await lintWithFramework('tender MultipleDisadvantage2027 {\n}\n');
        const tender = (document.parseResult.value as Model).elements.find(isTender);
        if (!tender) throw new Error('no tender');
        const empty = diffVersionOf('empty.tender', tender);
        const growing = compareVersions(empty, full);
        // Everything is added, but for what an empty tender assumes (the standard regime).
        expect(growing.changes.filter(c => c.kind !== 'added').map(c => `${c.kind} ${c.path}`)).toEqual(['changed regime']);
        await checkAcceptReject(growing);
        const emptied = compareVersions(full, empty);
        expect(emptied.changes.filter(c => c.kind !== 'removed').map(c => `${c.kind} ${c.path}`)).toEqual(['changed regime']);
        await checkAcceptReject(emptied);
    });
});
