/**
 * The rule catalogue: every rule of the language reference (docs/language.md section 4) is
 * implemented with the same id and default severity, has a docs page that agrees with its
 * metadata, and has a test file. The docs examples run: the incorrect one fires, the correct one
 * is clean of that rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintWithFramework, REPO_ROOT, withCode } from '../helpers.js';

const reference = readFileSync(join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
const section = reference.slice(reference.indexOf('## 4. Lint rules'), reference.indexOf('## 5.'));
const specified = [...section.matchAll(/^\| `([a-z-]+)` \| ([a-z /]+) \|/gm)].map(m => ({ id: m[1], severity: m[2].trim() }));

function docsPage(id: string): string | undefined {
    const path = join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function example(page: string, heading: 'Incorrect' | 'Correct'): string | undefined {
    const at = page.indexOf(`### ${heading}`);
    if (at < 0) return undefined;
    const match = /```tender\n([\s\S]*?)```/.exec(page.slice(at));
    return match?.[1];
}

describe('rule catalogue', () => {
    test('the implemented ids are exactly those of the language reference', () => {
        expect(specified.length).toBeGreaterThan(30);
        expect(rules.map(r => r.meta.id).sort()).toEqual(specified.map(s => s.id).sort());
    });

    test('ids are unique', () => {
        const ids = rules.map(r => r.meta.id);
        expect(new Set(ids).size).toBe(ids.length);
    });

    for (const rule of rules) {
        describe(rule.meta.id, () => {
            const page = docsPage(rule.meta.id);

            test('default severity matches the reference', () => {
                const spec = specified.find(s => s.id === rule.meta.id);
                expect(spec, 'listed in docs/language.md section 4').toBeDefined();
                // "error / warning" rules declare the first as their default
                expect(spec!.severity.split(' / ')[0]).toBe(rule.meta.severity);
            });

            test('has a docs page whose metadata agrees', () => {
                expect(page, `docs/rules/${rule.meta.id}.md`).toBeDefined();
                expect(page!.startsWith(`# ${rule.meta.id}\n`)).toBe(true);
                expect(page).toMatch(new RegExp(`\\| Severity \\| ${rule.meta.severity}`));
                expect(page).toMatch(new RegExp(`\\| Category \\| ${rule.meta.category} \\|`));
                expect(page).toMatch(new RegExp(`\\| Quick fix \\| ${rule.meta.hasFix ? 'yes' : 'no'}`));
                for (const heading of ['## What it checks', '## Why', '## How to fix', '### Incorrect', '### Correct', '## Options']) {
                    expect(page).toContain(heading);
                }
                for (const option of rule.meta.options ?? []) {
                    expect(page, `documents option ${option}`).toContain(`\`${option}\``);
                }
            });

            test('has a test file', () => {
                expect(existsSync(join(REPO_ROOT, 'packages', 'language', 'test', 'lint', 'rules', `${rule.meta.id}.test.ts`))).toBe(true);
            });

            test('docs examples: the incorrect one fires, the correct one does not', async () => {
                const incorrect = page && example(page, 'Incorrect');
                const correct = page && example(page, 'Correct');
                expect(incorrect, 'an incorrect example').toBeTruthy();
                expect(correct, 'a correct example').toBeTruthy();
                const bad = await lintWithFramework(incorrect!);
                expect(withCode(bad.diagnostics, rule.meta.id).length, 'the incorrect example fires').toBeGreaterThan(0);
                const good = await lintWithFramework(correct!);
                expect(withCode(good.diagnostics, rule.meta.id), 'the correct example is clean').toEqual([]);
                const parseErrors = [...bad.diagnostics, ...good.diagnostics].filter(d => d.severity === 1 && !d.codeDescription);
                expect(parseErrors.map(d => d.message), 'examples parse and link').toEqual([]);
            });
        });
    }
});
