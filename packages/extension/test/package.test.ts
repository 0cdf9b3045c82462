/**
 * The .vsix that `npm run package` writes: only the bundled files, everything package.json points
 * at present, no node_modules, no sources, under 5 MB.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageVsix, REPO_ROOT } from './vsix.js';

interface Manifest {
    main: string;
    icon: string;
    contributes: {
        languages: { configuration: string; icon: { light: string; dark: string } }[];
        grammars: { path: string }[];
        jsonValidation?: { url: string }[];
        snippets?: { path: string }[];
        walkthroughs?: { steps: { media: { image?: string; markdown?: string } }[] }[];
    };
}

let files: string[];
let zip: JSZip;
let size: number;

beforeAll(async () => {
    const vsix = await packageVsix(join(REPO_ROOT, 'test-output', 'package-test', 'tender.vsix'));
    size = statSync(vsix).size;
    zip = await JSZip.loadAsync(await readFile(vsix));
    files = Object.keys(zip.files).filter(name => !zip.files[name].dir);
}, 120_000);

async function text(name: string): Promise<string> {
    const entry = zip.file(name);
    if (!entry) throw new Error(`${name} is not in the .vsix`);
    return entry.async('string');
}

/** Bare module names a CommonJS bundle still requires at run time. */
function requiredModules(source: string): string[] {
    const names = new Set<string>();
    for (const match of source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
        names.add(match[1]);
    }
    return [...names].filter(name => !name.startsWith('.') && !name.startsWith('node:') && !builtinModules.includes(name)).sort();
}

describe('the .vsix', () => {
    it('holds the bundled client and server, the manifest, the grammar and the language configuration', () => {
        for (const name of [
            'extension/dist/extension.js',
            'extension/dist/server.js',
            'extension/dist/preview.js',
            'extension/schemas/tender.config.schema.json',
            'extension/templates/award-criteria.hbs',
            'extension/snippets/tender.json',
            'extension/package.json',
            'extension/syntaxes/tender.tmLanguage.json',
            'extension/language-configuration.json',
            'extension/LICENSE.txt',
            'extension/readme.md',
            'extension/images/icon.png',
            'extension/examples/anyborough/first-draft.tender',
            'extension/examples/anyborough/multiple-disadvantage.tender',
            'extension.vsixmanifest'
        ]) {
            expect(files, name).toContain(name);
        }
    });

    it('ships every template the server reads', async () => {
        const { readdirSync } = await import('node:fs');
        const shipped = readdirSync(join(REPO_ROOT, 'packages', 'language', 'templates')).sort();
        expect(files.filter(f => f.startsWith('extension/templates/')).map(f => f.slice('extension/templates/'.length)).sort()).toEqual(shipped);
    });

    it('holds no node_modules, no TypeScript sources, no tests and no source maps', () => {
        expect(files.filter(name => name.split('/').includes('node_modules'))).toEqual([]);
        expect(files.filter(name => name.endsWith('.ts') || name.endsWith('.map'))).toEqual([]);
        expect(files.filter(name => /^extension\/(src|test|scripts|out)\//.test(name))).toEqual([]);
        expect(files.filter(name => name.endsWith('.vsix'))).toEqual([]);
    });

    it('is under 5 MB', () => {
        expect(size).toBeGreaterThan(10_000);
        expect(size).toBeLessThan(5 * 1024 * 1024);
    });

    it('has every file its package.json points at', async () => {
        const manifest = JSON.parse(await text('extension/package.json')) as Manifest;
        const pointed = [
            manifest.main,
            manifest.icon,
            ...manifest.contributes.languages.flatMap(l => [l.configuration, l.icon.light, l.icon.dark]),
            ...manifest.contributes.grammars.map(g => g.path),
            ...(manifest.contributes.snippets ?? []).map(s => s.path),
            ...(manifest.contributes.jsonValidation ?? []).map(j => j.url),
            ...(manifest.contributes.walkthroughs ?? []).flatMap(w => w.steps.flatMap(s => [s.media.image, s.media.markdown]))
        ].filter((p): p is string => typeof p === 'string');
        for (const path of pointed) {
            expect(files, path).toContain(`extension/${path.replace(/^\.\//, '')}`);
        }
    });

    it('links the README\'s images into the extension\'s folder of the repository', async () => {
        const readme = await text('extension/readme.md');
        const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
        expect(images.length).toBeGreaterThan(3);
        for (const url of images) {
            expect(url).toMatch(/^https:\/\/github\.com\/tender-lang\/tender\/raw\/HEAD\/packages\/extension\/media\/screenshots\/[a-z-]+\.png$/);
            expect(files).toContain(`extension/${url.split('/packages/extension/')[1]}`);
        }
    });

    it('needs nothing at run time but vscode and Node itself: every dependency is inlined', async () => {
        expect(requiredModules(await text('extension/dist/extension.js'))).toEqual(['vscode']);
        expect(requiredModules(await text('extension/dist/server.js'))).toEqual([]);
        expect(requiredModules(await text('extension/dist/preview.js'))).toEqual([]);
    });
});
