import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isReadOnlyFile, writeFileAtomic } from '../../src/node/files.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'tender-files-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
    test('writes a new file, creating its folder, and leaves no temporary file', () => {
        writeFileAtomic(join(dir, 'out', 'report.json'), '{}\n');
        expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).toBe('{}\n');
        expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
    });

    test('replaces a file whole, keeping its permissions', () => {
        const path = join(dir, 'a.tender');
        writeFileSync(path, 'old');
        chmodSync(path, 0o600);
        writeFileAtomic(path, 'new');
        expect(readFileSync(path, 'utf8')).toBe('new');
        expect(statSync(path).mode & 0o777).toBe(0o600);
    });

    test.skipIf(process.platform === 'win32')('writes through a symbolic link, which stays a link', () => {
        const real = join(dir, 'real.tender');
        const link = join(dir, 'link.tender');
        writeFileSync(real, 'old');
        symlinkSync(real, link);
        writeFileAtomic(link, 'new');
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(real, 'utf8')).toBe('new');
        expect(readdirSync(dir).sort()).toEqual(['link.tender', 'real.tender']);
    });

    test('a failed write leaves the old file and no temporary file', () => {
        const path = join(dir, 'a.tender');
        writeFileSync(path, 'old');
        // a folder where the file should be renamed to: the rename fails
        expect(() => writeFileAtomic(dir, 'new')).toThrow();
        expect(readFileSync(path, 'utf8')).toBe('old');
        expect(readdirSync(dir)).toEqual(['a.tender']);
    });
});

describe('isReadOnlyFile', () => {
    test('a file with no write permission for anyone', () => {
        const path = join(dir, 'a.tender');
        writeFileSync(path, 'x');
        expect(isReadOnlyFile(path)).toBe(false);
        chmodSync(path, 0o444);
        expect(isReadOnlyFile(path)).toBe(true);
        expect(isReadOnlyFile(join(dir, 'missing.tender'))).toBe(false);
        expect(isReadOnlyFile(dir)).toBe(false);
    });
});
