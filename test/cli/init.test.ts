/** `tender init <dir>` as a real process: starter files that parse, and never an overwrite. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';

const STARTER = ['framework.tender', 'market.tender', 'tender.config.json', 'tender.tender'];
const LANGUAGE_ERRORS = ['syntax-error', 'unresolved-reference', 'unresolved-import', 'import-outside-workspace', 'duplicate-name', 'duplicate-property', 'invalid-date', 'invalid-money', 'invalid-number'];

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));
function workspace(files: Record<string, string> = {}): string {
    const folder = tempFolder({ files });
    folders.push(folder);
    return folder;
}

describe('tender init', () => {
    test('writes the starter files into a new folder, saying what it wrote and what to do next', () => {
        const dir = workspace();
        const result = tender(['init', 'my-tender'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(readdirSync(join(dir, 'my-tender')).sort()).toEqual(STARTER);
        for (const name of STARTER) expect(result.stdout).toContain(`wrote ${join('my-tender', name)}`);
        expect(result.stdout).toContain('tender lint my-tender');
        expect(result.stderr).toBe('');
    });

    test('the starter files parse and link with no language error or warning, and lint without errors', () => {
        const dir = workspace();
        tender(['init', 'starter'], { cwd: dir });
        const result = tender(['lint', 'starter', '--format', 'json'], { cwd: dir });
        const reports = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; severity: string; message: string }[]; errorCount: number }[];
        expect(reports.map(r => r.filePath.slice(dir.length + 1))).toEqual(['starter/framework.tender', 'starter/market.tender', 'starter/tender.tender']);
        const language = reports.flatMap(r => r.messages).filter(m => LANGUAGE_ERRORS.includes(m.ruleId));
        expect(language).toEqual([]);
        expect(reports.flatMap(r => r.messages).filter(m => m.severity === 'error')).toEqual([]);
        expect(result.code).toBe(0);
        // the configuration file is valid JSON that the linter reads without complaint
        expect(() => JSON.parse(readFileSync(join(dir, 'starter', 'tender.config.json'), 'utf8'))).not.toThrow();
        expect(result.stderr).toBe('');
    });

    test('writes into an existing empty folder, and into the current folder', () => {
        const dir = workspace({ 'empty/.keep': '' });
        expect(tender(['init', 'empty'], { cwd: dir }).code).toBe(0);
        expect(existsSync(join(dir, 'empty', 'tender.tender'))).toBe(true);
        const here = workspace();
        expect(tender(['init', '.'], { cwd: here }).code).toBe(0);
        expect(readdirSync(here).sort()).toEqual(STARTER);
    });

    test('refuses to overwrite: nothing is written when any starter file already exists', () => {
        const dir = workspace({ 'existing/tender.tender': 'framework Mine { need Precious }\n' });
        const result = tender(['init', 'existing'], { cwd: dir });
        expect(result.code).not.toBe(0);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).toContain('tender.tender already exists');
        expect(result.stderr).toContain('nothing written');
        expect(readdirSync(join(dir, 'existing'))).toEqual(['tender.tender']);
        expect(readFileSync(join(dir, 'existing', 'tender.tender'), 'utf8')).toBe('framework Mine { need Precious }\n');
        expect(expectNoStackTrace(result)).toEqual([]);
    });

    test('running it twice leaves the first files as they were', () => {
        const dir = workspace();
        tender(['init', 'twice'], { cwd: dir });
        writeFileSync(join(dir, 'twice', 'tender.tender'), 'tender Edited { }\n');
        expect(tender(['init', 'twice'], { cwd: dir }).code).not.toBe(0);
        expect(readFileSync(join(dir, 'twice', 'tender.tender'), 'utf8')).toBe('tender Edited { }\n');
    });

    test('a target that is a file is one line, never a stack trace', () => {
        const dir = workspace({ 'a-file': 'x' });
        const result = tender(['init', 'a-file'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('tender init: a-file is a file, not a folder; nothing written\n');
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('x');
    });
});
