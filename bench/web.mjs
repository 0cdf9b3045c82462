/**
 * Tender in the browser (packages/web) in headless Chromium: the three speed figures of the web page.
 *
 *   - first diagnostics: from opening the page on the Anyborough example (#example=anyborough) to
 *     its tender's first diagnostics on the page, median of several fresh loads (target < 2 s);
 *   - edit to fresh diagnostics on the 5,000-line synthetic tender (bench/generate.mjs): each
 *     edit types a vague word into a description, the next takes it out; the time from the
 *     editor's change to diagnostics of that text on the page, median and p95 (target < 150 ms);
 *   - the page's JavaScript, gzipped: what loads with the page (target < 2.5 MB) and what loads
 *     only when needed (the writers, JSZip).
 *
 *   node bench/web.mjs [--quick] [--json]          also: npm run bench -- --only web
 *
 * Needs packages/web/dist (npm run build) and /usr/bin/chromium. Exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateTender, seeded } from './generate.mjs';
import { chromiumMissing, ensureBuilt, launchChromium, WEB_ROOT } from '../packages/web/scripts/browser.mjs';
import { serve } from '../packages/web/scripts/serve.mjs';

export const WEB_TARGETS = { firstDiagnosticsMs: 2000, editMedianMs: 150, initialGzipBytes: 2.5 * 1024 * 1024 };

const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
};
const round = (value, digits = 0) => Number(value.toFixed(digits));

/** Gzipped sizes of the built files: what loads with the page and what only when needed. */
export function scriptSizes() {
    const dist = join(WEB_ROOT, 'dist');
    const manifest = JSON.parse(readFileSync(join(dist, 'assets', 'manifest.json'), 'utf8'));
    const size = files => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
    return { initialGzipBytes: size(manifest.initial), lazyGzipBytes: size(manifest.lazy), initialFiles: manifest.initial, lazyFiles: manifest.lazy };
}

async function firstDiagnostics(context, url, runs) {
    const times = [];
    for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(`${url}#example=anyborough`);
        await page.waitForFunction(() => window.tender?.marks.firstShownDiagnostics !== undefined, null, { timeout: 30_000 });
        times.push(await page.evaluate(() => window.tender.marks.firstShownDiagnostics));
        await page.evaluate(() => localStorage.clear());
        await page.close();
    }
    return { runs, medianMs: median(times), maxMs: Math.max(...times), times: times.map(t => round(t)) };
}

async function editLatency(context, url, quick) {
    const { framework, tender, lines } = generateTender({ lines: 5_000, seed: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#welcome').waitFor();
    const PATH = 'tender.tender';
    const openedAt = await page.evaluate(({ framework, tender }) => {
        const started = performance.now();
        window.tender.setPreview(false);
        window.tender.open({ name: 'bench', source: 'files', files: [{ path: 'framework.tender', saved: framework }, { path: 'tender.tender', saved: tender }] });
        return started;
    }, { framework, tender });
    const opened = await waitFor(page, PATH, 'p => true', 120_000);
    const openMs = opened.at - openedAt;
    const vague = codes => codes.filter(c => c === 'vague-language').length;
    const baseline = vague(opened.codes);
    const random = seeded(5);
    const descriptions = [];
    for (let i = tender.indexOf('description "'); i >= 0; i = tender.indexOf('description "', i + 1)) descriptions.push(i + 'description "'.length);
    const warmup = quick ? 3 : 5;
    const edits = quick ? 20 : 50;
    const latencies = [];
    let stale = 0;
    let inserted;
    for (let i = 0; i < warmup + edits; i++) {
        const expected = baseline + (inserted === undefined ? 1 : 0);
        const change = inserted === undefined
            ? { from: descriptions[Math.floor(random() * descriptions.length)], insert: 'robust ' }
            : { from: inserted, to: inserted + 'robust '.length, insert: '' };
        const waiting = waitFor(page, PATH, `p => p.codes.filter(c => c === 'vague-language').length === ${expected}`, 60_000);
        const started = await page.evaluate(({ path, change }) => {
            const view = window.tender.session.editorOf(path).view;
            const at = performance.now();
            view.dispatch({ changes: change, userEvent: 'input.type' });
            return at;
        }, { path: PATH, change });
        const result = await waiting.catch(() => undefined);
        if (!result) stale++;
        inserted = inserted === undefined ? change.from : undefined;
        if (i >= warmup && result) latencies.push(result.at - started);
        // A pause, as between words: the outline, code lenses and inlay hints are asked for after each edit.
        await page.waitForTimeout(Number(process.env.WEB_PAUSE ?? 150));
    }
    await page.close();
    return { lines, openMs: round(openMs), edits, medianMs: median(latencies), p95Ms: percentile(latencies, 95), maxMs: Math.max(...latencies), stale };
}

/** Resolves with the first diagnostics of `path` on the page that pass `test`, and when they came (page clock). */
function waitFor(page, path, test, timeout) {
    return page.evaluate(({ path, test, timeout }) => new Promise((resolve, reject) => {
        const check = new Function('p', `return (${test})(p)`);
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${path} passing ${test}`)), timeout);
        document.addEventListener('tender:diagnostics', function listener(event) {
            if (event.detail.path === path && check(event.detail)) {
                clearTimeout(timer);
                document.removeEventListener('tender:diagnostics', listener);
                resolve({ at: performance.now(), codes: event.detail.codes });
            }
        });
    }), { path, test, timeout });
}

export async function measureWeb({ quick = false } = {}) {
    const missing = chromiumMissing();
    if (missing) throw new Error(`web bench: ${missing}`);
    ensureBuilt();
    const { server, url } = await serve({ port: 18_600 });
    const { context } = await launchChromium();
    try {
        const first = await firstDiagnostics(context, url, quick ? 3 : 7);
        const edit = await editLatency(context, url, quick);
        const sizes = scriptSizes();
        const targets = [
            { name: `web: first diagnostics of the Anyborough example under ${WEB_TARGETS.firstDiagnosticsMs} ms after opening the page`, value: `${round(first.medianMs)} ms`, met: first.medianMs < WEB_TARGETS.firstDiagnosticsMs },
            { name: `web: edit to fresh diagnostics under ${WEB_TARGETS.editMedianMs} ms (median, 5,000 lines)`, value: `${round(edit.medianMs)} ms (p95 ${round(edit.p95Ms)})`, met: edit.medianMs < WEB_TARGETS.editMedianMs && edit.stale === 0 },
            { name: 'web: the page\'s JavaScript under 2.5 MB gzipped (writers loaded when needed)', value: `${round(sizes.initialGzipBytes / 1024)} KB (+ ${round(sizes.lazyGzipBytes / 1024)} KB when needed)`, met: sizes.initialGzipBytes < WEB_TARGETS.initialGzipBytes }
        ];
        return { firstDiagnostics: first, edit, sizes, targets };
    } finally {
        await context.close();
        server.close();
    }
}

export function describeWeb(results) {
    const lines = [
        'Tender in the browser (headless Chromium)',
        `  first diagnostics of the Anyborough example: median ${round(results.firstDiagnostics.medianMs)} ms after opening the page (${results.firstDiagnostics.times.join(', ')} ms)`,
        `  edit to fresh diagnostics on ${results.edit.lines.toLocaleString('en-GB')} lines: median ${round(results.edit.medianMs)} ms, p95 ${round(results.edit.p95Ms)} ms, max ${round(results.edit.maxMs)} ms over ${results.edit.edits} edits (${results.edit.stale} without fresh diagnostics); opening it ${results.edit.openMs} ms`,
        `  JavaScript, gzipped: ${round(results.sizes.initialGzipBytes / 1024)} KB with the page (${results.sizes.initialFiles.length} files), ${round(results.sizes.lazyGzipBytes / 1024)} KB only when needed (writers and templates, JSZip)`,
        ...results.targets.map(t => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value}`)
    ];
    return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const results = await measureWeb({ quick: process.argv.includes('--quick') });
    process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(results, null, 2)}\n` : describeWeb(results));
    if (!process.argv.includes('--json') && results.targets.some(t => !t.met)) process.exitCode = 1;
}
