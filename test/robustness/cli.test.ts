/**
 * Bad input never crashes the CLI: every hostile file, alone and all together in one process, ends
 * with exit 0, 1 or 2 and plain messages, never a stack trace, inside a time limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoStackTrace, removeFolder, tempFolder, tenderAsync as tender } from '../cli/run-cli.js';
import { CYCLE, EXAMPLE, hostileInputs } from './inputs.js';

let folder: string;
const inputs = hostileInputs();
const names = Object.keys(inputs).map(name => `${name}.tender`);

beforeAll(() => {
    const files: Record<string, string | Buffer> = { ...CYCLE, 'framework.tender': readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'anyborough', 'framework.tender'), 'utf8'), 'market.tender': readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'anyborough', 'market.tender'), 'utf8') };
    for (const [name, content] of Object.entries(inputs)) files[`${name}.tender`] = content;
    files['example.tender'] = EXAMPLE;
    folder = tempFolder({ files });
});
afterAll(() => removeFolder(folder));

describe('the CLI on hostile files', () => {
    test('one process lints them all: exit 1, valid JSON, no stack trace, within a minute', async () => {
        const result = await tender(['lint', '.', '--format', 'json', '--output', 'report.json'], { cwd: folder, timeout: 120_000 });
        expect(result.timedOut).toBe(false);
        expect(result.code).toBe(1);
        expect(expectNoStackTrace(result)).toEqual([]);
        const reports = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { filePath: string }[];
        expect(reports.map(r => r.filePath.slice(folder.length + 1)).sort()).toEqual([...names, ...Object.keys(CYCLE), 'framework.tender', 'market.tender', 'example.tender'].sort());
        expect(result.ms).toBeLessThan(60_000);
    }, 130_000);

    test.each(names)('%s alone: exit 0, 1 or 2, no stack trace', async (name) => {
        const result = await tender(['lint', name, '--format', 'sarif', '--output', `${name}.sarif`], { cwd: folder, timeout: 60_000 });
        expect(result.timedOut).toBe(false);
        expect([0, 1, 2]).toContain(result.code);
        expect(expectNoStackTrace(result)).toEqual([]);
        if (result.code !== 2) {
            const log = JSON.parse(readFileSync(join(folder, `${name}.sarif`), 'utf8')) as { runs: { results: unknown[] }[] };
            expect(Array.isArray(log.runs[0].results)).toBe(true);
        } else {
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
    }, 70_000);

    test('stylish output of a file with a syntax error at every line is readable text', async () => {
        const result = await tender(['lint', 'random-tokens.tender'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?,/);
        expect(expectNoStackTrace(result)).toEqual([]);
    });

    test('import cycles lint clean of language errors', async () => {
        const result = await tender(['lint', 'cycle-a.tender', 'cycle-b.tender', '--format', 'json'], { cwd: folder });
        const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; severity: string }[] }[]).flatMap(r => r.messages);
        expect(messages.filter(m => ['unresolved-reference', 'unresolved-import', 'syntax-error'].includes(m.ruleId))).toEqual([]);
    });

    test('--fix on hostile files never corrupts them: each is rewritten whole or left alone', async () => {
        const fixFolder = tempFolder({ from: folder });
        try {
            const result = await tender(['lint', '.', '--fix', '--format', 'json', '--output', 'fixed.json'], { cwd: fixFolder, timeout: 120_000 });
            expect(result.timedOut).toBe(false);
            expect([0, 1]).toContain(result.code);
            expect(expectNoStackTrace(result)).toEqual([]);
            // files without any safe fix are byte for byte what they were
            for (const name of ['random-bytes.tender', 'non-utf8.tender', 'nul-bytes.tender', 'utf16.tender']) {
                expect(readFileSync(join(fixFolder, name)).equals(readFileSync(join(folder, name))), name).toBe(true);
            }
        } finally {
            removeFolder(fixFolder);
        }
    }, 130_000);
});
