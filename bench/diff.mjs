#!/usr/bin/env node
/**
 * How fast `tender diff` is on a large tender: two versions of the 20,000-line synthetic tender
 * (bench/generate.mjs), the second with 200 scattered edits (reworded sentences, changed targets,
 * weights and values), compared as `tender diff` compares them.
 *
 * Measured, as the median of several runs after a warm-up, each on fresh language services:
 * - load: parse, link and validate both versions (what any command pays first);
 * - diff: finding every change from the two loaded versions: the model diff (the change list),
 *   both documents' content and the redline of one against the other, word by word, and the
 *   change list's JSON. The target: under 2 seconds;
 * - writing the redline: laying it out as the Word document and the HTML page (the same writers
 *   as `tender generate`, so the same cost as generating the new version's DOCX and HTML);
 * - and once, the whole `tender diff` command as a process.
 *
 *   node bench/diff.mjs [--quick] [--runs N] [--json]
 *
 * Called by `npm run bench` (bench/run.mjs); prints a table, or the results as JSON with --json,
 * and exits 1 when the target is missed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTender, seeded } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..');
const LINES = 20_000;
const EDITS = 200;
/** Finding the changes of the two loaded versions (model diff, redline, change list), milliseconds. */
export const DIFF_TARGET_MS = 2_000;

const USAGE = 'usage: node bench/diff.mjs [--quick] [--runs N] [--json]';

function parseArgs(argv) {
    const options = { quick: false, runs: undefined, json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--quick') options.quick = true;
        else if (arg === '--json') options.json = true;
        else if (arg === '--runs') options.runs = Number(argv[++i]);
        else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
        else { console.error(`bench/diff: unknown option ${arg}\n${USAGE}`); process.exit(2); }
    }
    if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs > 0)) {
        console.error(`bench/diff: --runs needs a whole number above 0\n${USAGE}`);
        process.exit(2);
    }
    return options;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n, digits = 0) => Number(n.toFixed(digits));

const WORDS = ['promptly', 'jointly', 'in writing', 'each month', 'with the person', 'in plain English', 'within 5 working days', 'and records it'];

/**
 * The tender with `count` edits on lines spread through it (seeded): in a text, a word inserted
 * after one of its words; on a target, weight or value line, the figure changed.
 */
export function scatterEdits(tender, count, seed = 7) {
    const random = seeded(seed);
    const lines = tender.split('\n');
    const prose = [];
    const figures = [];
    lines.forEach((line, i) => {
        if (/^\s+(description|story|says|indicator|evidence|mitigation|purpose) "/.test(line)) prose.push(i);
        else if (/^\s+target \S+ \S+ \d+%$/.test(line)) figures.push(i);
    });
    const chosen = new Set();
    const pick = (pool) => {
        for (let tries = 0; tries < 1000; tries++) {
            const i = pool[Math.floor(random() * pool.length)];
            if (!chosen.has(i)) { chosen.add(i); return i; }
        }
        throw new Error('bench/diff: not enough lines to edit');
    };
    // Three in four edits reword a text; the rest change a figure.
    const figureEdits = Math.min(figures.length, Math.round(count / 4));
    for (let n = 0; n < count - figureEdits; n++) {
        const i = pick(prose);
        const words = lines[i].split(' ');
        // after a word inside the quotes: not the keyword or the opening quote
        const quote = words.findIndex(w => w.startsWith('"'));
        const at = quote + 1 + Math.floor(random() * Math.max(1, words.length - quote - 2));
        words.splice(at, 0, WORDS[Math.floor(random() * WORDS.length)]);
        lines[i] = words.join(' ');
    }
    for (let n = 0; n < figureEdits; n++) {
        const i = pick(figures);
        lines[i] = lines[i].replace(/(\d+)%$/, (_, value) => `${Math.max(1, Math.min(99, Number(value) + (random() < 0.5 ? -1 : 1)))}%`);
    }
    return { tender: lines.join('\n'), edits: chosen.size };
}

async function measure(options) {
    const language = await import('@tender/language');
    const { framework, tender, lines } = generateTender({ lines: LINES, seed: 1 });
    const edited = scatterEdits(tender, EDITS);
    const work = mkdtempSync(join(tmpdir(), 'tender-bench-diff-'));
    try {
        for (const version of ['old', 'new']) {
            mkdirSync(join(work, version));
            writeFileSync(join(work, version, 'framework.tender'), framework);
        }
        const oldFile = join(work, 'old', 'tender.tender');
        const newFile = join(work, 'new', 'tender.tender');
        writeFileSync(oldFile, tender);
        writeFileSync(newFile, edited.tender);

        const warmup = options.quick ? 1 : 2;
        const runs = options.runs ?? (options.quick ? 2 : 5);
        const samples = { load: [], modelDiff: [], redline: [], docx: [], html: [], json: [], diff: [] };
        let changes = 0;
        let docxBytes = 0;
        for (let run = 0; run < warmup + runs; run++) {
            const t0 = performance.now();
            const versions = [];
            for (const [file, text] of [[oldFile, 'old/tender.tender'], [newFile, 'new/tender.tender']]) {
                const source = language.parseVersionSource(file, work);
                const loaded = await language.loadVersion({ ...source, text }, { gitFolder: work, root: work });
                versions.push(language.diffVersionOf(text, loaded.tenders[0]));
            }
            const t1 = performance.now();
            const diff = language.compareVersions(versions[0], versions[1]);
            const t2 = performance.now();
            const writerOptions = { findings: [], review: false };
            // Worked out once per comparison; the DOCX and HTML writers lay out the same redline.
            language.redlineDocumentContent(diff, writerOptions);
            const t3 = performance.now();
            await language.writeDiff(diff, 'json', writerOptions);
            const t4 = performance.now();
            const docx = await language.writeDiff(diff, 'docx', writerOptions);
            const t5 = performance.now();
            await language.writeDiff(diff, 'html', writerOptions);
            const t6 = performance.now();
            if (run < warmup) continue;
            samples.load.push(t1 - t0);
            samples.modelDiff.push(t2 - t1);
            samples.redline.push(t3 - t2);
            samples.json.push(t4 - t3);
            samples.diff.push(t4 - t1);
            samples.docx.push(t5 - t4);
            samples.html.push(t6 - t5);
            changes = diff.changes.length;
            docxBytes = docx.length;
        }

        // The whole command once, as a user runs it.
        const c0 = performance.now();
        execFileSync(process.execPath, [join(REPO_ROOT, 'packages', 'cli', 'bin', 'tender.js'), 'diff', 'old/tender.tender', 'new/tender.tender', '--out', 'out'], { cwd: work, stdio: 'ignore' });
        const commandMs = performance.now() - c0;

        const diffMs = median(samples.diff);
        return {
            lines,
            edits: edited.edits,
            changes,
            docxBytes,
            runs,
            loadMs: median(samples.load),
            modelDiffMs: median(samples.modelDiff),
            redlineMs: median(samples.redline),
            docxMs: median(samples.docx),
            htmlMs: median(samples.html),
            jsonMs: median(samples.json),
            diffMs,
            commandMs,
            target: { name: `diff of two 20,000-line versions with ${EDITS} edits under ${DIFF_TARGET_MS} ms`, value: `${round(diffMs)} ms`, met: diffMs < DIFF_TARGET_MS }
        };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

/** The lines `npm run bench` prints for the diff. */
export function describeResults(r) {
    return `tender diff, ${r.lines.toLocaleString('en-GB')}-line tender, ${r.edits} scattered edits (${r.changes} changes in the model): `
        + `load both ${round(r.loadMs)} ms; diff ${round(r.diffMs)} ms (model ${round(r.modelDiffMs)}, redline ${round(r.redlineMs)}, JSON ${round(r.jsonMs)}); `
        + `writing the redline: DOCX ${round(r.docxMs)} ms, HTML ${round(r.htmlMs)} ms (median of ${r.runs}); the whole command ${round(r.commandMs)} ms\n`;
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const results = await measure(options);
    if (options.json) {
        process.stdout.write(JSON.stringify(results) + '\n');
    } else {
        process.stdout.write(`Tender diff benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg().map(l => round(l, 2)).join(', ')}\n\n`);
        process.stdout.write(describeResults(results));
        process.stdout.write(`\n${results.target.name}: ${results.target.value} ${results.target.met ? '(met)' : '(MISSED)'}\n`);
    }
    process.exitCode = results.target.met ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    main().catch(error => {
        console.error(`bench/diff: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        process.exitCode = 2;
    });
}
