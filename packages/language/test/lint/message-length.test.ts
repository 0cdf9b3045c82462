/**
 * Every message of every rule fits in about 200 characters: the detail and the law are on the
 * rule's page. The messages are rendered, not read from the source: from every tender example on
 * the rule pages, every example file, and the tenders written in the rules' own tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { EXAMPLES, lintWithFramework, newServices, REPO_ROOT } from '../helpers.js';

const LIMIT = 200;
/**
 * Rules whose messages are still being shortened by the helper that owns them (the law rules of
 * language 1.1, changing at the time this test was written): listed here so that this test guards
 * every other rule now. Remove an entry once its messages fit.
 */
const PENDING: ReadonlySet<string> = new Set<string>();
const ruleIds = new Set(rules.map(r => r.meta.id));

/** Every ```tender block of every rule page. */
function docsExamples(): { where: string; text: string }[] {
    const folder = join(REPO_ROOT, 'docs', 'rules');
    return readdirSync(folder).filter(name => name.endsWith('.md')).sort().flatMap(name =>
        [...readFileSync(join(folder, name), 'utf8').matchAll(/```tender\n([\s\S]*?)```/g)].map((m, i) => ({ where: `docs/rules/${name} #${i + 1}`, text: m[1] })));
}

/** Every example file (with its folder's neighbours, so imports resolve). */
function exampleFiles(): { where: string; text: string; files: Record<string, string> }[] {
    const result: { where: string; text: string; files: Record<string, string> }[] = [];
    for (const folder of readdirSync(EXAMPLES).sort()) {
        const names = readdirSync(join(EXAMPLES, folder)).filter(name => name.endsWith('.tender')).sort();
        const files = Object.fromEntries(names.map(name => [name, readFileSync(join(EXAMPLES, folder, name), 'utf8')]));
        for (const name of names) {
            const others = Object.fromEntries(Object.entries(files).filter(([other]) => other !== name));
            result.push({ where: `examples/${folder}/${name}`, text: files[name], files: others });
        }
    }
    return result;
}

/** The tenders written in the rules' tests: string and template literals that hold a tender. */
function testFixtures(): { where: string; text: string }[] {
    const folder = join(REPO_ROOT, 'packages', 'language', 'test', 'lint', 'rules');
    const result: { where: string; text: string }[] = [];
    for (const name of readdirSync(folder).filter(n => n.endsWith('.test.ts')).sort()) {
        const source = readFileSync(join(folder, name), 'utf8');
        const literals = [...source.matchAll(/`((?:tender|framework|market|grant) [^`]*?)`|'((?:tender|framework|market|grant) [A-Za-z_][^'\n]*?\{[^'\n]*)'/g)];
        literals.forEach((m, i) => {
            const raw = (m[1] ?? m[2])
                .replace(/\$\{[^}]*\}/g, '')
                .replace(/<\||\|>/g, '')
                .replace(/\\n/g, '\n')
                .replace(/\\'/g, '\'');
            result.push({ where: `${name} #${i + 1}`, text: raw });
        });
    }
    return result;
}

describe('rule messages', () => {
    test(`every rule message rendered from the docs, the examples and the rule tests is at most ${LIMIT} characters`, async () => {
        const services = newServices();
        const long: string[] = [];
        const rendered = new Set<string>();
        const inputs = [...docsExamples(), ...exampleFiles(), ...testFixtures()];
        expect(inputs.length).toBeGreaterThan(200);
        for (const input of inputs) {
            const { diagnostics } = await lintWithFramework(input.text, { services, files: 'files' in input ? input.files : undefined });
            for (const d of diagnostics) {
                if (typeof d.code !== 'string' || !ruleIds.has(d.code)) continue;
                rendered.add(d.code);
                if (d.message.length > LIMIT && !PENDING.has(d.code)) long.push(`${d.code} (${d.message.length}, ${input.where}): ${d.message}`);
            }
        }
        // the inputs reach (nearly) every rule, so the check means something
        expect([...ruleIds].filter(id => !rendered.has(id))).toEqual([]);
        expect([...new Set(long)]).toEqual([]);
    }, 120_000);
});
