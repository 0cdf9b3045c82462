/**
 * `tender` installed the way people install it, outside the workspace: `npm pack` of packages/cli
 * installed globally from the tarball into an empty prefix, and `npm install -g <clone>/packages/cli`,
 * both offline (the package has no runtime dependencies, so no registry is asked). The installed
 * command then lints, generates and diffs a tender in a folder that is not in the clone.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, REPO_ROOT, removeFolder, tempFolder } from './run-cli.js';

const CLI = join(REPO_ROOT, 'packages', 'cli');
const TENDER = 'multiple-disadvantage.tender';
const REFERENCE = 'ANY-ASC-2027-003';

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** An environment without the npm settings of the run that started the tests (npm test). */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && !/^npm_/i.test(key) && key !== 'FORCE_COLOR') env[key] = value;
    }
    return { ...env, ...extra };
}

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string>): Promise<Run> {
    return new Promise((resolvePromise, reject) => {
        const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (c: Buffer) => out.push(c));
        child.stderr.on('data', (c: Buffer) => err.push(c));
        const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
        child.on('error', reject);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
    });
}

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));
function folder(): string {
    const made = tempFolder();
    folders.push(made);
    return made;
}

/** Lints, generates and diffs the Anyborough tender, copied into a folder outside the clone, with `tender` from PATH. */
async function useInstalled(bin: string, cache: string): Promise<void> {
    const work = tempFolder({ from: ANYBOROUGH });
    folders.push(work);
    const env = cleanEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, npm_config_cache: cache });
    const tender = (...args: string[]) => run('tender', args, work, env);

    const version = await tender('--version');
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(CLI, 'package.json'), 'utf8')) as { version: string }).version);

    const lint = await tender('lint', TENDER);
    expect(lint.stderr).toBe('');
    expect(lint.code, lint.stdout).toBe(0);
    expect((await tender('lint', 'first-draft.tender')).code).toBe(1);

    const generate = await tender('generate', TENDER, '--out', 'pack');
    expect(generate.code, generate.stderr).toBe(0);
    expect(readdirSync(join(work, 'pack')).sort()).toEqual([`${REFERENCE}.docx`, `${REFERENCE}.html`, `${REFERENCE}.ocds.json`, `${REFERENCE}.pack.json`]);
    // the shipped templates were found: the HTML has its sections
    expect(readFileSync(join(work, 'pack', `${REFERENCE}.html`), 'utf8')).toContain('<h2');

    writeFileSync(join(work, 'new.tender'), readFileSync(join(work, TENDER), 'utf8').replace('price "Price" weight 30%', 'price "Price" weight 35%'));
    const diff = await tender('diff', TENDER, 'new.tender', '--out', 'changes');
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain(`${REFERENCE}: `);
    expect(existsSync(join(work, 'changes', `${REFERENCE}.diff.docx`))).toBe(true);
}

describe('tender installed outside the workspace', () => {
    const cache = tempFolder();
    folders.push(cache);
    let tarball = '';

    beforeAll(async () => {
        // The bundle `npm run build` wrote; --ignore-scripts so the test does not rebuild it.
        const packs = folder();
        const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], CLI, cleanEnv({ npm_config_cache: cache }));
        expect(packed.code, packed.stderr).toBe(0);
        tarball = join(packs, (JSON.parse(packed.stdout) as { filename: string }[])[0].filename);
    }, 120_000);

    test('npm pack ships the bundle with its templates and schemas, and no runtime dependency', async () => {
        const listed = await run('tar', ['-tzf', tarball], REPO_ROOT, cleanEnv());
        const files = listed.stdout.split('\n').filter(Boolean);
        expect(files).toEqual(expect.arrayContaining([
            'package/bin/tender.js', 'package/dist/bundle/main.js', 'package/dist/bundle/commands/lint.js',
            'package/dist/bundle/templates/outcomes.hbs', 'package/dist/bundle/schemas/tender.config.schema.json'
        ]));
        expect(files.filter(f => f.startsWith('package/src/') || f.includes('node_modules'))).toEqual([]);
        const manifest = JSON.parse(readFileSync(join(CLI, 'package.json'), 'utf8')) as { dependencies?: object };
        expect(manifest.dependencies ?? {}).toEqual({});
    });

    test('npm install -g <tarball> into an empty prefix, offline: lint, generate and diff work', async () => {
        const prefix = folder();
        const installed = await run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], prefix, cleanEnv({ npm_config_cache: cache }));
        expect(installed.code, installed.stderr).toBe(0);
        expect(readdirSync(join(prefix, 'lib', 'node_modules', '@tender', 'cli')).sort()).toEqual(['bin', 'dist', 'package.json']);
        await useInstalled(join(prefix, 'bin'), cache);
    }, 180_000);

    test('npm install -g <clone>/packages/cli, offline: the same', async () => {
        const prefix = folder();
        const installed = await run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', CLI], prefix, cleanEnv({ npm_config_cache: cache }));
        expect(installed.code, installed.stderr).toBe(0);
        await useInstalled(join(prefix, 'bin'), cache);
    }, 180_000);
});
