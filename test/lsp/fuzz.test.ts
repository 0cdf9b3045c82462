/**
 * A short run of the edit fuzzer (bench/fuzz-edits.mjs) as part of the suite: 500 seeded random
 * edits with completion, hover, formatting and symbol requests in between; the server must answer
 * every request and survive.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './client.mjs';

interface FuzzSummary {
    ok: boolean;
    edits: number;
    requests: number;
    answered: number;
    cancelled: number;
    errors: number;
    crashed: boolean;
    caughtUp: boolean;
    editsPerSecond: number;
    formatChecks: number;
}

describe('edit fuzzer', () => {
    test('500 random edits: no crash, every request answered', () => {
        const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'fuzz-edits.mjs'), '--edits', '500', '--seed', '1', '--json'], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 50_000
        });
        expect(run.error).toBeUndefined();
        const line = run.stdout.trim().split('\n').pop() ?? '';
        expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
        const summary = JSON.parse(line) as FuzzSummary;
        expect(summary.ok).toBe(true);
        expect(summary.edits).toBe(500);
        expect(summary.crashed).toBe(false);
        expect(summary.caughtUp).toBe(true);
        expect(summary.errors).toBe(0);
        expect(summary.requests).toBeGreaterThan(50);
        expect(summary.answered + summary.cancelled).toBe(summary.requests);
        expect(summary.formatChecks).toBeGreaterThan(0);
    }, 60_000);

    test('the fuzzer is deterministic for a seed and refuses bad arguments', () => {
        const runs = [1, 2].map(() => spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'fuzz-edits.mjs'), '--edits', '150', '--seed', '42', '--json'], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 30_000
        }));
        const [first, second] = runs.map(r => JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as FuzzSummary & { finalText: string });
        expect(first.ok && second.ok).toBe(true);
        expect(first.finalText).toMatch(/^[0-9a-f]{16}$/);
        expect(second.finalText).toBe(first.finalText);
        const bad = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'fuzz-edits.mjs'), '--edits', 'many'], { encoding: 'utf8', timeout: 10_000 });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/--edits needs a whole number/);
    }, 60_000);
});
