import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BoundaryError, checkReadable, isReadOnlyFile, publishFiles, readTextBounded, removeStaleTemporaries, writeFileAtomic } from '../../src/node/files.js';

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

    test.skipIf(process.platform === 'win32')('never writes through a symbolic link: the link and the file it names stay as they were', () => {
        const real = join(dir, 'real.tender');
        const link = join(dir, 'link.tender');
        writeFileSync(real, 'old');
        symlinkSync(real, link);
        expect(() => writeFileAtomic(link, 'new')).toThrow(/symbolic link/);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(real, 'utf8')).toBe('old');
        expect(readdirSync(dir).sort()).toEqual(['link.tender', 'real.tender']);
    });

    test.skipIf(process.platform === 'win32')('a folder inside the workspace by name that links outside it is refused', () => {
        const outside = mkdtempSync(join(tmpdir(), 'tender-outside-'));
        try {
            symlinkSync(outside, join(dir, 'out'));
            expect(() => writeFileAtomic(join(dir, 'out', 'x.html'), 'new', [dir])).toThrow(/outside the workspace/);
            expect(readdirSync(outside)).toEqual([]);
            // named outside the workspace by the user: theirs to choose
            writeFileAtomic(join(outside, 'y.html'), 'ok', [dir]);
            expect(readdirSync(outside)).toEqual(['y.html']);
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
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

describe('publishFiles', () => {
    test('all or nothing: when one destination cannot be written, none is, and no temporary is left', () => {
        writeFileSync(join(dir, 'a.docx'), 'old a');
        const folder = join(dir, 'c.html');
        mkdirSync(folder);
        expect(() => publishFiles([{ path: join(dir, 'a.docx'), bytes: 'new a' }, { path: join(dir, 'b.json'), bytes: 'new b' }, { path: folder, bytes: 'c' }])).toThrow(/folder/);
        expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('old a');
        expect(readdirSync(dir).sort()).toEqual(['a.docx', 'c.html']);
    });

    test('temporaries of a run that is gone are removed; a live run\'s are kept', () => {
        writeFileSync(join(dir, '.a.docx.tender-999999999-abc.tmp'), 'stale');
        writeFileSync(join(dir, '.a.docx.123456789.kq1.tmp'), 'stale, older name');
        writeFileSync(join(dir, `.b.docx.tender-${process.ppid}-abc.tmp`), 'live');
        writeFileSync(join(dir, 'notes.tmp'), 'not ours');
        removeStaleTemporaries(dir);
        expect(readdirSync(dir).sort()).toEqual([`.b.docx.tender-${process.ppid}-abc.tmp`, 'notes.tmp']);
    });
});

describe('the read boundary', () => {
    test.skipIf(process.platform === 'win32')('refuses links out, folders, devices and files over the limit, unread', () => {
        const outside = mkdtempSync(join(tmpdir(), 'tender-outside-'));
        try {
            writeFileSync(join(outside, 'secret.tender'), 'secret');
            symlinkSync(join(outside, 'secret.tender'), join(dir, 'link.tender'));
            symlinkSync('/dev/zero', join(dir, 'zero.tender'));
            mkdirSync(join(dir, 'dir.tender'));
            writeFileSync(join(dir, 'big.tender'), 'x'.repeat(2000));
            writeFileSync(join(dir, 'ok.tender'), 'fine');
            const reason = (path: string, limit?: number) => {
                try {
                    checkReadable(join(dir, path), { roots: [dir], kind: 'tender', limit });
                    return 'read';
                } catch (error) {
                    return error instanceof BoundaryError ? error.code : String(error);
                }
            };
            expect(reason('link.tender')).toBe('outside');
            expect(reason('zero.tender')).toBe('outside');
            expect(reason('dir.tender')).toBe('not-a-file');
            expect(reason('missing.tender')).toBe('missing');
            expect(reason('big.tender', 1000)).toBe('too-large');
            expect(readTextBounded(join(dir, 'ok.tender'), { roots: [dir], kind: 'tender' })).toBe('fine');
            // without a workspace folder, /dev/zero is still no regular file
            expect(() => checkReadable('/dev/zero', { kind: 'config' })).toThrow(/not a regular file/);
            // /proc files say they are empty: the read is bounded all the same
            if (process.platform === 'linux') {
                expect(() => readTextBounded('/proc/self/maps', { kind: 'config', limit: 10 })).toThrow(/larger than/);
            }
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });
});
