/**
 * Output piped into a reader that stops early (`tender diff ... | head -1`): every command ends
 * quietly with its usual exit code, never an EPIPE stack trace, and still does its work (files
 * written). The reader's end of the pipe is closed before tender writes a byte, so each write
 * fails with EPIPE; a second case reads one line and then closes, as `head -1` does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, BIN, removeFolder, tempFolder } from './run-cli.js';

const TENDER = 'multiple-disadvantage.tender';
const REFERENCE = 'ANY-ASC-2027-003';
const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

interface Closed {
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
    /** What arrived on the stream that stayed open. */
    readonly other: string;
}

/**
 * Runs tender with `closed` (stdout or stderr) closed by the reader: at once, or (`afterFirstLine`)
 * once the first line has arrived. The other stream is collected.
 */
function runClosing(args: readonly string[], cwd: string, closed: 'stdout' | 'stderr', afterFirstLine = false): Promise<Closed> {
    return new Promise((resolvePromise, reject) => {
        const env = { ...process.env };
        delete env.FORCE_COLOR;
        const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const shut = child[closed];
        const open = closed === 'stdout' ? child.stderr : child.stdout;
        const chunks: Buffer[] = [];
        open.on('data', (chunk: Buffer) => chunks.push(chunk));
        if (afterFirstLine) {
            let seen = '';
            shut.on('data', (chunk: Buffer) => {
                seen += chunk.toString('utf8');
                if (seen.includes('\n')) shut.destroy();
            });
        } else {
            shut.destroy();
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('error', reject);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolvePromise({ code, signal, other: Buffer.concat(chunks).toString('utf8') });
        });
    });
}

function workspace(): string {
    const folder = tempFolder({ from: ANYBOROUGH });
    folders.push(folder);
    return folder;
}

function expectQuiet(result: Closed, code: number): void {
    expect(result.signal).toBeNull();
    expect(result.other).not.toMatch(/EPIPE|\n\s+at |internal error|Error:/);
    expect(result.code, result.other).toBe(code);
}

describe('output closed early: quiet, usual exit code', () => {
    test('--help, --version and a command\'s --help', async () => {
        const folder = workspace();
        expectQuiet(await runClosing(['--help'], folder, 'stdout'), 0);
        expectQuiet(await runClosing(['--version'], folder, 'stdout'), 0);
        expectQuiet(await runClosing(['diff', '--help'], folder, 'stdout'), 0);
        expectQuiet(await runClosing(['--help'], folder, 'stdout', true), 0);
    });

    test('lint: exit 1 for a tender with errors, 0 for a clean one, in every format', async () => {
        const folder = workspace();
        expectQuiet(await runClosing(['lint', 'first-draft.tender'], folder, 'stdout'), 1);
        expectQuiet(await runClosing(['lint', 'first-draft.tender'], folder, 'stdout', true), 1);
        expectQuiet(await runClosing(['lint', '--format', 'json', TENDER], folder, 'stdout'), 0);
        // a usage error's message goes to a closed stderr: still exit 2
        expectQuiet(await runClosing(['lint', '--format', 'nope', TENDER], folder, 'stderr'), 2);
    });

    test('generate: the pack is still written, exit 0; refused with errors on a closed stderr, exit 1', async () => {
        const folder = workspace();
        expectQuiet(await runClosing(['generate', TENDER, '--out', 'out'], folder, 'stdout'), 0);
        expect(readdirSync(join(folder, 'out')).sort()).toEqual([`${REFERENCE}.docx`, `${REFERENCE}.html`, `${REFERENCE}.ocds.json`, `${REFERENCE}.pack.json`]);
        expectQuiet(await runClosing(['generate', 'first-draft.tender', '--out', 'draft'], folder, 'stderr'), 1);
        expect(existsSync(join(folder, 'draft'))).toBe(false);
    });

    test('diff | head -1: the redline is still written, exit 0 (1 with --exit-code)', async () => {
        const folder = workspace();
        mkdirSync(join(folder, 'v2'));
        for (const name of readdirSync(folder).filter(n => n.endsWith('.tender'))) writeFileSync(join(folder, 'v2', name), readFileSync(join(folder, name)));
        const path = join(folder, 'v2', TENDER);
        writeFileSync(path, readFileSync(path, 'utf8').replace('price "Price" weight 30%', 'price "Price" weight 35%'));
        expectQuiet(await runClosing(['diff', TENDER, `v2/${TENDER}`], folder, 'stdout', true), 0);
        expect(existsSync(join(folder, 'out', `${REFERENCE}.diff.json`))).toBe(true);
        expectQuiet(await runClosing(['diff', TENDER, `v2/${TENDER}`, '--out', 'again', '--exit-code'], folder, 'stdout'), 1);
        expect(existsSync(join(folder, 'again', `${REFERENCE}.diff.docx`))).toBe(true);
    });

    test('init', async () => {
        const folder = workspace();
        expectQuiet(await runClosing(['init', 'starter'], folder, 'stdout'), 0);
        expect(existsSync(join(folder, 'starter', 'tender.tender'))).toBe(true);
    });
});
