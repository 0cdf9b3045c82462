/**
 * The law of a tender has one home, below the rules: src/law reads nothing of src/lint, and no code
 * outside src/lint imports a rule module (rules report; they are not a library). The rules' list,
 * lint/rules/index.ts, is the one entry point others may use (the catalogue, hover, settings).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers.js';

const SRC = join(REPO_ROOT, 'packages', 'language', 'src');

function sourceFiles(dir: string): string[] {
    const files: string[] = [];
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
            if (name !== 'generated') files.push(...sourceFiles(path));
        } else if (name.endsWith('.ts')) {
            files.push(path);
        }
    }
    return files;
}

/** Every module specifier a file imports or re-exports, resolved to a path under src/. */
function importsOf(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'/g)].map(m => m[1]);
    return specifiers
        .filter(s => s.startsWith('.'))
        .map(s => relative(SRC, join(file, '..', s)).split(sep).join('/'));
}

const files = sourceFiles(SRC).map(path => ({ path, name: relative(SRC, path).split(sep).join('/') }));

describe('one place for the law of a tender', () => {
    test('the source tree is where the test looks', () => {
        expect(files.some(f => f.name === 'law/situation.ts')).toBe(true);
        expect(files.some(f => f.name === 'lint/rules/bid-window.ts')).toBe(true);
    });

    test('no code outside lint/ imports a rule module', () => {
        const offenders = files
            .filter(f => !f.name.startsWith('lint/'))
            .flatMap(f => importsOf(f.path)
                .filter(target => /^lint\/rules\/(?!index\.js$)/.test(target))
                .map(target => `${f.name} imports ${target}`));
        expect(offenders).toEqual([]);
    });

    test('law/ reads nothing of lint/', () => {
        const offenders = files
            .filter(f => f.name.startsWith('law/'))
            .flatMap(f => importsOf(f.path).filter(target => target.startsWith('lint/')).map(target => `${f.name} imports ${target}`));
        expect(offenders).toEqual([]);
    });

    test('the importer sees relative imports (the test itself works)', () => {
        const figures = files.find(f => f.name === 'lsp/figures.ts')!;
        expect(importsOf(figures.path)).toContain('law/situation.js');
    });
});
