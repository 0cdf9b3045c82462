/**
 * The browser stand-ins of packages/web: POSIX paths for the in-memory folder, and the worker's
 * in-memory file system as Langium and the config provider use it.
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { basename, dirname, isAbsolute, join, relative, resolve } from '../src/shims/path.js';
import { fileURLToPath, pathToFileURL } from '../src/shims/url.js';
import { fileText, filesUnder, MemoryFileSystemProvider, setFile, setFiles } from '../src/worker/memory-fs.js';
import { firstFile, isDraft, kindOf, pathOf, uriOf } from '../src/app/workspace-files.js';

describe('node:path in the browser', () => {
    test('joins, resolves and splits POSIX paths as Node does', () => {
        expect(join('/tender', 'templates', '../x', 'a.hbs')).toBe('/tender/x/a.hbs');
        expect(resolve('/tender/config', 'templates')).toBe('/tender/config/templates');
        expect(resolve('/tender/config', '/abs')).toBe('/abs');
        expect(dirname('/tender/a/b.json')).toBe('/tender/a');
        expect(dirname('/b.json')).toBe('/');
        expect(basename('/tender/a/b.tender', '.tender')).toBe('b');
        expect(isAbsolute('/x')).toBe(true);
        expect(isAbsolute('x')).toBe(false);
        expect(relative('/tender/a', '/tender/b/c')).toBe('../b/c');
    });

    test('file URLs and paths', () => {
        expect(fileURLToPath('file:///tender/my%20folder/x.tender')).toBe('/tender/my folder/x.tender');
        expect(pathToFileURL('/tender/x.tender').href).toBe('file:///tender/x.tender');
        expect(() => fileURLToPath('https://example.org/x')).toThrow();
    });
});

describe('the worker\'s folder in memory', () => {
    const fs = new MemoryFileSystemProvider();
    setFiles([
        ['file:///tender/framework.tender', 'framework F {}'],
        ['file:///tender/tenders/care.tender', 'tender T {}'],
        ['file:///tender/tender.config.json', '{}'],
        ['file:///tender/templates/outcomes.hbs', '{{title}}']
    ]);

    test('files and folders exist, are read, and folders list their children once', () => {
        expect(fs.existsSync(URI.parse('file:///tender/framework.tender'))).toBe(true);
        expect(fs.existsSync(URI.parse('file:///tender/tenders'))).toBe(true);
        expect(fs.existsSync(URI.parse('file:///tender/missing.tender'))).toBe(false);
        expect(fs.statSync(URI.parse('file:///tender/tenders')).isDirectory).toBe(true);
        expect(fs.readFileSync(URI.parse('file:///tender/tenders/care.tender'))).toBe('tender T {}');
        expect(() => fs.readFileSync(URI.parse('file:///tender/missing.tender'))).toThrow(/No such file/);
        const children = fs.readDirectorySync(URI.parse('file:///tender')).map(n => `${n.uri.path}${n.isDirectory ? '/' : ''}`).sort();
        expect(children).toEqual(['/tender/framework.tender', '/tender/templates/', '/tender/tender.config.json', '/tender/tenders/']);
    });

    test('the templates shim finds an authority\'s templates by path', () => {
        expect(filesUnder('/tender/templates')).toEqual(['file:///tender/templates/outcomes.hbs']);
        expect(fileText('/tender/templates/outcomes.hbs')).toBe('{{title}}');
    });

    test('a changed file and a removed one', () => {
        setFile('file:///tender/tender.config.json', '{"rules":{}}');
        expect(fs.readFileSync(URI.parse('file:///tender/tender.config.json'))).toBe('{"rules":{}}');
        setFile('file:///tender/tender.config.json', undefined);
        expect(fs.existsSync(URI.parse('file:///tender/tender.config.json'))).toBe(false);
    });
});

describe('the folder on the page', () => {
    test('paths and URIs, kinds, drafts and the file shown first', () => {
        const folder = { name: 'My folder', source: 'files' as const, files: [
            { path: 'framework.tender', saved: 'framework F {}' },
            { path: 'first-draft.tender', saved: 'tender D {}' },
            { path: 'care plan.tender', saved: 'tender C {}', draft: 'tender C { title "x" }' }
        ] };
        const uri = uriOf(folder, 'sub/care plan.tender');
        expect(uri).toBe('file:///tender/sub/care%20plan.tender');
        expect(pathOf(folder, uri)).toBe('sub/care plan.tender');
        expect(kindOf('a/tender.config.json')).toBe('config');
        expect(kindOf('x.hbs')).toBe('template');
        expect(kindOf('notes.txt')).toBe('other');
        expect(isDraft(folder.files[2])).toBe(true);
        expect(isDraft(folder.files[0])).toBe(false);
        expect(firstFile(folder)?.path).toBe('care plan.tender');
    });
});
