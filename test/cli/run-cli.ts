/**
 * Runs the built `tender` command as a real process, the way a user or CI does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'tender.js');
export const EXAMPLES = join(REPO_ROOT, 'examples');
export const ANYBOROUGH = join(EXAMPLES, 'anyborough');

export interface CliResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
    /** Milliseconds the process took. */
    readonly ms: number;
    readonly timedOut: boolean;
}

export interface RunOptions {
    readonly cwd?: string;
    readonly env?: Record<string, string | undefined>;
    /** Milliseconds before the process is killed (the test then fails on `timedOut`). */
    readonly timeout?: number;
}

export function tender(args: readonly string[], options: RunOptions = {}): CliResult {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, ...options.env })) {
        if (value !== undefined) env[key] = value;
    }
    // Colour must come from the terminal test, not from the runner's environment.
    delete env.FORCE_COLOR;
    const started = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        env,
        encoding: 'utf8',
        timeout: options.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024
    });
    return {
        code: result.status,
        stdout: result.stdout ?? '',
        stderr: result.stderr ?? '',
        ms: performance.now() - started,
        timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
    };
}

/**
 * The same, without blocking the test worker while the process runs (for runs of several seconds:
 * a blocked worker cannot report progress and the runner times it out).
 */
export function tenderAsync(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, ...options.env })) {
        if (value !== undefined) env[key] = value;
    }
    delete env.FORCE_COLOR;
    const started = performance.now();
    return new Promise((resolvePromise, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        let timedOut = false;
        const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, options.timeout ?? 60_000);
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolvePromise({
                code: timedOut ? null : code,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                ms: performance.now() - started,
                timedOut
            });
        });
    });
}

/** A fresh folder under the system temp folder, optionally seeded with files or a copy of a folder. */
export function tempFolder(options: { from?: string; files?: Record<string, string | Uint8Array> } = {}): string {
    const folder = mkdtempSync(join(tmpdir(), 'tender-cli-'));
    if (options.from) cpSync(options.from, folder, { recursive: true });
    for (const [name, content] of Object.entries(options.files ?? {})) {
        const path = join(folder, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
    }
    return folder;
}

export function removeFolder(folder: string): void {
    rmSync(folder, { recursive: true, force: true });
}

/** Never a stack trace or an internal error on either stream. */
export function expectNoStackTrace(result: CliResult): string[] {
    const problems: string[] = [];
    for (const text of [result.stdout, result.stderr]) {
        if (/\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /^\s+at /m.test(text)) problems.push(`stack trace: ${text.slice(0, 400)}`);
        if (/internal error|TypeError|ReferenceError|RangeError|SyntaxError: /.test(text)) problems.push(`internal error: ${text.slice(0, 400)}`);
    }
    return problems;
}
