#!/usr/bin/env node
/**
 * `npm run bench`: how fast the language is on tenders of about 1,000, 5,000 and 20,000 lines.
 *
 * For each size, in a fresh process (so that peak memory is that size's own): parse, index and
 * link, and validate (language checks and every lint rule) times, median of several runs after
 * warm-up; the lint rules alone; retained heap and peak resident memory. Then the vague-language
 * scan alone on texts of growing length (time per MB, to show it is linear), and edit-to-fresh-
 * diagnostics latency over the language server on the 5,000-line tender (median and p95). Then
 * `tender diff` on two versions of the 20,000-line tender with 200 scattered edits (bench/diff.mjs).
 * Last, vague-language on real text: recall and silence on the corpus of sentences quoted from
 * council tender notices and specifications (bench/corpus.mjs). And Tender in the browser in
 * headless Chromium: first diagnostics, edit to diagnostics and the page's JavaScript (bench/web.mjs).
 * Prints a table, writes bench/output/results.json, and exits 1 when a target is missed.
 *
 * The tender command as whole processes (bench/cli.mjs): start-up and linting (--only cli), and
 * generating the 20,000-line tender's pack beside pandoc, DOCX memory and growth (--only publish).
 *
 *   node bench/run.mjs [--quick] [--runs N] [--profile] [--no-lsp] [--server shipped|tsc] [--only builds|vague|lsp|diff|corpus|web|cli|publish] [--json]
 *
 * The language server measured is the one users run: the VS Code extension's bundle
 * (packages/extension/dist/server.js, made by npm run build); `--server tsc` measures tsc's output
 * (packages/language/dist/lsp/main.js, which the LSP tests run) instead. The output names it.
 *
 * --profile writes a CPU profile of each worker into bench/output/profiles/ (open it in Chrome
 * DevTools or speedscope). Node's --max-old-space-size is passed on to the workers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { generateLongProse, generateTender, seeded } from './generate.mjs';
import { describeResults as describeDiff } from './diff.mjs';
import { describeWeb } from './web.mjs';
import { cliStartup, cliTargets, describeCli, publishing } from './cli.mjs';
import { CORPUS_GOALS, describeCorpus, loadCorpus, measureCorpus } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..');
const OUTPUT = join(HERE, 'output');

const SIZES = [1_000, 5_000, 20_000];
const PROSE_MEGABYTES = [0.25, 0.5, 1, 2, 4];
const TARGETS = {
    /** parse + link + validate of the 20,000-line tender, milliseconds */
    buildLargeMs: 1_000,
    /** median edit-to-diagnostics latency on the 5,000-line tender, milliseconds */
    editMedianMs: 100,
    /** first diagnostics after opening the 20,000-line tender over the language server, milliseconds */
    openLargeMs: 1_500,
    /** the language server's peak resident memory on a workspace of 100 tenders, MB */
    workspaceMB: 250,
    /** lint rules as a share of parse and link time */
    rulesShareOfParseLink: 0.5,
    /** time grows no worse than linearly: exponent of time against size, with room for noise */
    growthExponent: 1.15
};

/** The language servers the bench can measure: the shipped bundle, or tsc's ES-module output. */
const SERVERS = {
    shipped: { path: join(REPO_ROOT, 'packages', 'extension', 'dist', 'server.js'), label: "the extension's bundled server, packages/extension/dist/server.js" },
    tsc: { path: join(REPO_ROOT, 'packages', 'language', 'dist', 'lsp', 'main.js'), label: "tsc's output, packages/language/dist/lsp/main.js" }
};

const PARTS = ['builds', 'vague', 'lsp', 'diff', 'corpus', 'web', 'cli', 'publish'];
const USAGE = `usage: node bench/run.mjs [--quick] [--runs N] [--profile] [--no-lsp] [--server shipped|tsc] [--only ${PARTS.join('|')}] [--json]`;

function parseArgs(argv) {
    const options = { quick: false, runs: undefined, profile: false, lsp: true, json: false, worker: undefined, lines: 0, megabytes: 0, only: undefined, server: 'shipped' };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--quick') options.quick = true;
        else if (arg === '--runs') options.runs = Number(argv[++i]);
        else if (arg === '--profile') options.profile = true;
        else if (arg === '--no-lsp') options.lsp = false;
        else if (arg === '--json') options.json = true;
        else if (arg === '--only') options.only = argv[++i];
        else if (arg === '--server') options.server = argv[++i];
        else if (arg === '--worker') options.worker = argv[++i];
        else if (arg === '--lines') options.lines = Number(argv[++i]);
        else if (arg === '--megabytes') options.megabytes = Number(argv[++i]);
        else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
        else { console.error(`bench: unknown option ${arg}\n${USAGE}`); process.exit(2); }
    }
    if (options.only !== undefined && !PARTS.includes(options.only)) {
        console.error(`bench: --only takes ${PARTS.join(', ')}\n${USAGE}`);
        process.exit(2);
    }
    if (!Object.hasOwn(SERVERS, options.server)) {
        console.error(`bench: --server takes ${Object.keys(SERVERS).join(' or ')}\n${USAGE}`);
        process.exit(2);
    }
    if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs > 0)) {
        console.error(`bench: --runs needs a whole number above 0\n${USAGE}`);
        process.exit(2);
    }
    return options;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

// ------------------------------------------------------------------------------------ workers

/**
 * Fresh language services. Their configuration is a new object, so the vague-language matcher is
 * built anew and remembers no text (with the default configuration it is shared by the process).
 */
async function languageServices() {
    const { EmptyFileSystem } = await import('langium');
    const language = await import('@tender/language');
    const services = language.createTenderServices(EmptyFileSystem).Tender;
    services.lint.ConfigProvider.setEditorSettings({});
    return { language, services };
}

/** Parse, link, validate and lint one generated tender, several times; prints JSON. */
async function buildWorker(options) {
    const { URI } = await import('langium');
    const { framework, tender, lines, outcomes } = generateTender({ lines: options.lines, seed: 1 });
    const warmup = options.quick ? 1 : 3;
    const runs = options.runs ?? (options.quick ? 3 : 7);
    const samples = { parse: [], link: [], validate: [], rules: [], total: [], cpu: [] };
    let diagnostics = 0;
    let errors = 0;
    let retainedBytes = 0;

    // One run in its own function: nothing of a run outlives it (an async function's frame would
    // keep the last run's services alive into the next).
    const measureBuild = async (measureHeap) => {
        // Fresh services, as the CLI starts: no cache (scopes, lint results, the vague matcher's
        // remembered texts) carries over from the run before; only the JIT is warm.
        const { services } = await languageServices();
        const shared = services.shared.workspace;
        const frameworkDocument = shared.LangiumDocumentFactory.fromString(framework, URI.parse('file:///bench/framework.tender'));
        shared.LangiumDocuments.addDocument(frameworkDocument);
        await shared.DocumentBuilder.build([frameworkDocument], { validation: false });
        let heapBefore = 0;
        if (measureHeap) {
            globalThis.gc?.();
            heapBefore = process.memoryUsage().heapUsed;
        }
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const document = shared.LangiumDocumentFactory.fromString(tender, URI.parse('file:///bench/tender.tender'));
        const t1 = performance.now();
        shared.LangiumDocuments.addDocument(document);
        await shared.DocumentBuilder.build([document], { validation: false });
        const t2 = performance.now();
        const found = await services.validation.DocumentValidator.validateDocument(document);
        const t3 = performance.now();
        const cpu = process.cpuUsage(cpu0);
        let retained = 0;
        if (measureHeap) {
            // what the built tender holds on to: its text, syntax tree, links, scopes and diagnostics
            globalThis.gc?.();
            retained = process.memoryUsage().heapUsed - heapBefore;
        }
        return { parse: t1 - t0, link: t2 - t1, validate: t3 - t2, total: t3 - t0, cpu: (cpu.user + cpu.system) / 1000, found, retained };
    };

    // The rules alone, cold: in fresh services, on the tender built there.
    const measureRules = async () => {
        const { services } = await languageServices();
        const shared = services.shared.workspace;
        const documents = [
            shared.LangiumDocumentFactory.fromString(framework, URI.parse('file:///bench/framework.tender')),
            shared.LangiumDocumentFactory.fromString(tender, URI.parse('file:///bench/tender.tender'))
        ];
        for (const document of documents) shared.LangiumDocuments.addDocument(document);
        await shared.DocumentBuilder.build(documents, { validation: false });
        const t0 = performance.now();
        services.lint.Linter.lint(documents[1]);
        return performance.now() - t0;
    };

    for (let run = 0; run < warmup + runs; run++) {
        const last = run === warmup + runs - 1;
        const build = await measureBuild(last);
        const rules = await measureRules();
        if (run >= warmup) {
            samples.parse.push(build.parse);
            samples.link.push(build.link);
            samples.validate.push(build.validate);
            samples.rules.push(rules);
            samples.total.push(build.total);
            samples.cpu.push(build.cpu);
        }
        diagnostics = build.found.length;
        errors = build.found.filter(d => d.severity === 1).length;
        if (last) retainedBytes = build.retained;
    }
    const result = {
        lines,
        outcomes,
        characters: tender.length,
        runs,
        parseMs: median(samples.parse),
        linkMs: median(samples.link),
        validateMs: median(samples.validate),
        rulesMs: median(samples.rules),
        totalMs: median(samples.total),
        totalMinMs: Math.min(...samples.total),
        totalMaxMs: Math.max(...samples.total),
        totalCpuMs: median(samples.cpu),
        diagnostics,
        errors,
        retainedHeapMB: retainedBytes / 2 ** 20,
        peakRssMB: process.resourceUsage().maxRSS / 1024,
        heapLimitMB: v8.getHeapStatistics().heap_size_limit / 2 ** 20
    };
    process.stdout.write(JSON.stringify(result));
}

/** The vague-language rule alone on one long text; prints JSON. */
async function vagueWorker(options) {
    const { URI } = await import('langium');
    const { language, services } = await languageServices();
    services.lint.ConfigProvider.setEditorSettings({
        rules: Object.fromEntries(language.ruleIds.map(id => [id, id === 'vague-language' ? 'warning' : 'off']))
    });
    const { tender, characters } = generateLongProse({ megabytes: options.megabytes, seed: 2 });
    const shared = services.shared.workspace;
    // A scan of a small text takes a few milliseconds, which the noise of a shared machine swamps:
    // smaller texts are scanned more times (about 8 MB in all for each size), the median taken.
    const runs = options.runs ?? Math.max(options.quick ? 3 : 5, Math.ceil(8 / options.megabytes));
    const samples = [];
    let findings = 0;
    for (let run = 0; run < runs + 1; run++) {
        // a text the rule has not seen: the matcher remembers the texts it scanned
        const uri = URI.parse(`file:///bench/prose-${run}.tender`);
        const document = shared.LangiumDocumentFactory.fromString(tender.replace('purpose "', `purpose "Run ${run}. `), uri);
        shared.LangiumDocuments.addDocument(document);
        await shared.DocumentBuilder.build([document], { validation: false });
        // the garbage of building this text and of the run before collected first, so that the
        // time measured is the scan's own
        globalThis.gc?.();
        const t0 = performance.now();
        findings = services.lint.Linter.lint(document).findings.length;
        if (run > 0) samples.push(performance.now() - t0);
        shared.LangiumDocuments.deleteDocument(uri);
        shared.IndexManager.remove(uri);
    }
    const ms = median(samples);
    process.stdout.write(JSON.stringify({ megabytes: characters / 2 ** 20, characters, findings, ms, msPerMB: ms / (characters / 2 ** 20) }));
}

// ------------------------------------------------------------------------------------ orchestration

/** Runs a worker in a fresh Node process with this process's V8 flags (--max-old-space-size). */
function runWorker(args, options) {
    const execArgv = [...process.execArgv.filter(a => !a.startsWith('--cpu-prof')), '--expose-gc'];
    if (options.profile) {
        mkdirSync(join(OUTPUT, 'profiles'), { recursive: true });
        execArgv.push('--cpu-prof', `--cpu-prof-dir=${join(OUTPUT, 'profiles')}`, `--cpu-prof-name=${args.filter(a => !a.startsWith('--')).join('-')}.cpuprofile`);
    }
    const extra = [...(options.quick ? ['--quick'] : []), ...(options.runs ? ['--runs', String(options.runs)] : [])];
    const stdout = execFileSync(process.execPath, [...execArgv, fileURLToPath(import.meta.url), ...args, ...extra], {
        cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit']
    });
    return JSON.parse(stdout);
}

/**
 * A language server of its own on a temporary workspace that holds the seeded tender of about
 * `size` lines and its framework; `close` stops it and removes the workspace.
 */
async function serverOnGeneratedTender(size, server) {
    const { startServer } = await import('../test/lsp/client.mjs');
    const { framework, tender, lines } = generateTender({ lines: size, seed: 1 });
    const workspace = mkdtempSync(join(tmpdir(), 'tender-bench-'));
    writeFileSync(join(workspace, 'framework.tender'), framework);
    writeFileSync(join(workspace, 'tender.tender'), tender);
    const client = await startServer({ workspace, serverPath: server.path });
    const close = async () => {
        await client.stop?.();
        rmSync(workspace, { recursive: true, force: true });
    };
    return { client, tender, lines, close };
}

/** CPU time (user + system) a process has used so far, ms; undefined without /proc. */
function processCpuMs(pid) {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        return Number.isFinite(ticks) ? ticks * 10 : undefined; // USER_HZ is 100 on Linux
    } catch {
        return undefined;
    }
}

/** Edit-to-fresh-diagnostics latency over the language server on the 5,000-line tender. */
async function lspLatency(options, server) {
    const { client, tender, lines, close } = await serverOnGeneratedTender(5_000, server);
    try {
        const openedAt = performance.now();
        await client.open('tender.tender');
        const first = await client.waitForDiagnostics('tender.tender', { version: 1, timeout: 120_000 });
        const openMs = performance.now() - openedAt;
        const vagueCount = (diagnostics) => diagnostics.filter(d => d.code === 'vague-language').length;
        const baseline = vagueCount(first);

        // Each edit types a vague word into a service description, the next takes it out again:
        // the diagnostics for that version must show one more, then the original count.
        const random = seeded(5);
        const descriptions = [];
        for (let i = tender.indexOf('description "'); i >= 0; i = tender.indexOf('description "', i + 1)) descriptions.push(i + 'description "'.length);
        const warmup = options.quick ? 3 : 5;
        const edits = options.quick ? 20 : 50;
        const latencies = [];
        let stale = 0;
        let inserted = undefined;
        let cpuBefore = undefined;
        for (let i = 0; i < warmup + edits; i++) {
            if (i === warmup) cpuBefore = processCpuMs(client.process.pid);
            const started = performance.now();
            let version;
            if (inserted === undefined) {
                // descriptions before the insertion point do not move: pick among all of them
                const at = descriptions[Math.floor(random() * descriptions.length)];
                version = await client.insert('tender.tender', at, 'robust ');
                inserted = at;
            } else {
                version = await client.remove('tender.tender', inserted, 'robust '.length);
                inserted = undefined;
            }
            const diagnostics = await client.waitForDiagnostics('tender.tender', { version, timeout: 60_000 });
            const elapsed = performance.now() - started;
            if (vagueCount(diagnostics) !== baseline + (inserted === undefined ? 0 : 1)) stale++;
            if (i >= warmup) latencies.push(elapsed);
        }
        const cpuAfter = processCpuMs(client.process.pid);
        const large = await largeOpen(server);
        const workspaceMemory = await workspacePeak(server);
        return {
            server: server.label,
            lines,
            openMs,
            largeLines: large.lines,
            openLargeMs: large.ms,
            workspaceFiles: workspaceMemory.files,
            workspacePeakMB: workspaceMemory.peakMB,
            edits,
            medianMs: median(latencies),
            p95Ms: percentile(latencies, 95),
            maxMs: Math.max(...latencies),
            // the server's CPU time per edit, which a busy machine inflates far less than wall time
            cpuPerEditMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / edits,
            stale,
            diagnostics: first.length
        };
    } finally {
        await close();
    }
}

/** First diagnostics after opening the 20,000-line tender, in a server of its own. */
async function largeOpen(server) {
    const { client, lines, close } = await serverOnGeneratedTender(20_000, server);
    try {
        const openedAt = performance.now();
        await client.open('tender.tender');
        await client.waitForDiagnostics('tender.tender', { version: 1, timeout: 120_000 });
        return { lines, ms: performance.now() - openedAt };
    } finally {
        await close();
    }
}

/**
 * The server's peak resident memory (Linux's VmHWM) on a workspace of 100 tenders of about 500
 * lines, each with its framework: it indexes every file at start-up; then each tender is opened
 * and waits for its diagnostics.
 */
async function workspacePeak(server) {
    const { startServer } = await import('../test/lsp/client.mjs');
    const workspace = mkdtempSync(join(tmpdir(), 'tender-bench-'));
    const files = 100;
    for (let i = 0; i < files; i++) {
        const { framework, tender } = generateTender({ lines: 500, seed: i + 1 });
        mkdirSync(join(workspace, `t${i}`));
        writeFileSync(join(workspace, `t${i}`, 'framework.tender'), framework);
        writeFileSync(join(workspace, `t${i}`, 'tender.tender'), tender);
    }
    const client = await startServer({ workspace, serverPath: server.path });
    try {
        for (let i = 0; i < files; i++) {
            await client.open(`t${i}/tender.tender`);
            await client.waitForDiagnostics(`t${i}/tender.tender`, { version: 1, timeout: 120_000 });
        }
        const pid = client.process?.pid;
        const status = pid && existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
        const peak = /VmHWM:\s+(\d+) kB/.exec(status);
        return { files, peakMB: peak ? Number(peak[1]) / 1024 : undefined };
    } finally {
        await client.stop?.();
        rmSync(workspace, { recursive: true, force: true });
    }
}

function growthExponent(builds) {
    const small = builds[0];
    const large = builds[builds.length - 1];
    return Math.log(large.totalMs / small.totalMs) / Math.log(large.lines / small.lines);
}

/** Least-squares slope of log(y) against log(x): 1 for time linear in size, 2 for quadratic. */
function fittedExponent(points) {
    const logs = points.map(([x, y]) => [Math.log(x), Math.log(y)]);
    const mx = logs.reduce((sum, [x]) => sum + x, 0) / logs.length;
    const my = logs.reduce((sum, [, y]) => sum + y, 0) / logs.length;
    const sxy = logs.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
    const sxx = logs.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
    return sxy / sxx;
}

function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)));
    return rows.map((r, n) => {
        const line = r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
        return n === 0 ? `${line}\n${widths.map(w => '-'.repeat(w)).join('  ')}` : line;
    }).join('\n');
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    if (options.worker === 'build') return buildWorker(options);
    if (options.worker === 'vague') return vagueWorker(options);

    const log = options.json ? () => undefined : (text) => process.stdout.write(text);
    log(`Tender benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}${options.quick ? ' (quick)' : ''}\n\n`);

    const wants = (part) => options.only === undefined || options.only === part;
    const builds = [];
    if (wants('builds')) {
        for (const lines of SIZES) {
            log(`  building a ${lines.toLocaleString('en-GB')}-line tender...\n`);
            builds.push(runWorker(['--worker', 'build', '--lines', String(lines)], options));
        }
    }
    const prose = [];
    if (wants('vague')) {
        for (const megabytes of PROSE_MEGABYTES) {
            log(`  scanning ${megabytes} MB of prose for vague language...\n`);
            prose.push(runWorker(['--worker', 'vague', '--megabytes', String(megabytes)], options));
        }
    }
    let lsp = undefined;
    if (options.lsp && wants('lsp')) {
        let server = SERVERS[options.server];
        if (!existsSync(server.path)) {
            log(`  ${server.path} is missing (npm run build makes it): measuring ${SERVERS.tsc.label} instead\n`);
            server = SERVERS.tsc;
        }
        log(`  editing the 5,000-line tender over the language server (${server.label})...\n`);
        lsp = await lspLatency(options, server);
    }
    let diff = undefined;
    if (wants('diff')) {
        // tender diff on two versions of the 20,000-line tender: bench/diff.mjs, in its own process.
        log('  comparing two versions of the 20,000-line tender (tender diff)...\n');
        const extra = [...(options.quick ? ['--quick'] : []), ...(options.runs ? ['--runs', String(options.runs)] : [])];
        diff = JSON.parse(execFileSync(process.execPath, [join(HERE, 'diff.mjs'), '--json', ...extra], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    }
    let corpus = undefined;
    if (wants('corpus')) {
        log('  running vague-language on the corpus of real council sentences...\n');
        // the built matcher, as the CLI and the language server run it
        const { buildMatcher, DEFAULT_VOCABULARY } = await import(pathToFileURL(join(REPO_ROOT, 'packages', 'language', 'dist', 'lint', 'vague-matcher.js')).href);
        const matcher = buildMatcher(DEFAULT_VOCABULARY);
        corpus = measureCorpus(loadCorpus(), text => matcher.scan(text));
    }

    let startup = undefined;
    if (wants('cli')) {
        log('  running the tender command: --version, lint of one element, lint of 20,000 lines...\n');
        startup = await cliStartup(options);
    }
    let publish = undefined;
    if (wants('publish')) {
        log('  generating the tender pack of the 20,000-line tender, beside pandoc...\n');
        publish = await publishing(options);
    }

    let web = undefined;
    if (wants('web')) {
        // Tender in the browser, in headless Chromium: bench/web.mjs, in its own process.
        log('  opening Tender in the browser (headless Chromium)...\n');
        web = JSON.parse(execFileSync(process.execPath, [join(HERE, 'web.mjs'), '--json', ...(options.quick ? ['--quick'] : [])], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    }

    const targets = [];
    const large = builds[builds.length - 1];
    const exponent = builds.length > 1 ? growthExponent(builds) : undefined;
    if (large) {
        const rulesShare = Math.max(...builds.map(b => b.rulesMs / (b.parseMs + b.linkMs)));
        targets.push(
            { name: `20,000 lines parse, link and validate under ${TARGETS.buildLargeMs} ms`, value: `${round(large.totalMs)} ms`, met: large.totalMs < TARGETS.buildLargeMs },
            { name: `lint rules add at most ${TARGETS.rulesShareOfParseLink * 100}% of parse and link time`, value: `${round(rulesShare * 100)}% (worst size)`, met: rulesShare <= TARGETS.rulesShareOfParseLink },
            { name: 'time grows no worse than linearly with size', value: `exponent ${round(exponent, 2)}`, met: exponent <= TARGETS.growthExponent }
        );
    }
    if (prose.length > 1) {
        // the smallest text is left out: fixed costs dominate it
        // Judged by the slope of log time against log size over all the sizes (a least-squares fit):
        // a scan of a small text takes a few milliseconds, so one noisy size swings a ratio of two
        // rates, while a quadratic scan would still show a slope near 2.
        const sized = prose.slice(1);
        const rates = sized.map(p => p.msPerMB);
        const slope = fittedExponent(sized.map(p => [p.megabytes, p.ms]));
        targets.push({ name: `vague-language scan is linear in text length (fitted exponent at most ${TARGETS.growthExponent})`, value: `exponent ${round(slope, 2)}; ${round(Math.min(...rates))}–${round(Math.max(...rates))} ms/MB`, met: slope <= TARGETS.growthExponent });
    }
    if (lsp) {
        targets.push(
            { name: `edit to fresh diagnostics under ${TARGETS.editMedianMs} ms (median, 5,000 lines)`, value: `${round(lsp.medianMs)} ms`, met: lsp.medianMs < TARGETS.editMedianMs },
            { name: 'every edit got diagnostics of its own version', value: `${lsp.stale} stale`, met: lsp.stale === 0 }
        );
    }

    if (lsp) {
        targets.push(
            { name: `first diagnostics after opening the 20,000-line tender under ${TARGETS.openLargeMs} ms`, value: `${round(lsp.openLargeMs)} ms`, met: lsp.openLargeMs < TARGETS.openLargeMs },
            lsp.workspacePeakMB === undefined
                ? { name: `language server under ${TARGETS.workspaceMB} MB on ${lsp.workspaceFiles} tenders`, value: 'not measured (no /proc)', met: true }
                : { name: `language server under ${TARGETS.workspaceMB} MB with ${lsp.workspaceFiles} tenders open (peak RSS)`, value: `${round(lsp.workspacePeakMB)} MB`, met: lsp.workspacePeakMB < TARGETS.workspaceMB }
        );
    }
    if (diff) targets.push(diff.target);
    targets.push(...cliTargets(startup, publish));
    if (web) targets.push(...web.targets);
    if (corpus) {
        const percent = value => `${round(value * 100, 1)}%`;
        targets.push(
            { name: `vague sentences flagged (recall) at least ${CORPUS_GOALS.recall * 100}%`, value: `${percent(corpus.all.recall)} (held out ${percent(corpus.heldout.recall)})`, met: corpus.all.recall >= CORPUS_GOALS.recall },
            { name: `precise sentences left alone (silence) at least ${CORPUS_GOALS.silence * 100}%`, value: `${percent(corpus.all.silence)} (held out ${percent(corpus.heldout.silence)})`, met: corpus.all.silence >= CORPUS_GOALS.silence }
        );
    }

    const results = {
        machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadAverage: loadavg().map(l => round(l, 2)) },
        quick: options.quick,
        builds,
        growthExponent: exponent,
        vagueLanguage: prose,
        lsp,
        diff,
        cli: startup,
        publish,
        web,
        corpus: corpus && Object.fromEntries(Object.entries(corpus).map(([split, r]) => [split, {
            vague: r.vague, precise: r.precise, recall: r.recall, silence: r.silence,
            missed: r.missed.map(m => m.id), flagged: r.flagged.map(f => f.id)
        }])),
        targets
    };
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');

    if (options.json) {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    } else {
        if (builds.length > 0) {
            log('\nParse, link and validate (median ms of wall time; validate includes every lint rule; cpu: process CPU time\nof the three, which exceeds wall time when the garbage collector works in parallel)\n\n');
            log(table([
                ['lines', 'parse', 'link', 'validate', 'of which rules', 'total', 'cpu', 'ms / 1k lines', 'rules / (parse+link)', 'findings', 'errors', 'heap MB', 'peak RSS MB'],
                ...builds.map(b => [
                    b.lines.toLocaleString('en-GB'), round(b.parseMs), round(b.linkMs), round(b.validateMs), round(b.rulesMs), round(b.totalMs), round(b.totalCpuMs),
                    round(b.totalMs / b.lines * 1000), `${round(b.rulesMs / (b.parseMs + b.linkMs) * 100)}%`, b.diagnostics, b.errors,
                    round(b.retainedHeapMB), round(b.peakRssMB)
                ])
            ]) + '\n');
            log(`\nheap MB: what one built document holds on to. Heap limit ${round(large.heapLimitMB)} MB (node --max-old-space-size=N bench/run.mjs).\n`);
        }
        if (prose.length > 0) {
            log('\nvague-language alone on one long text (median)\n\n');
            log(table([
                ['MB', 'characters', 'findings', 'ms', 'ms / MB'],
                ...prose.map(p => [round(p.megabytes, 2), p.characters.toLocaleString('en-GB'), p.findings, round(p.ms), round(p.msPerMB)])
            ]) + '\n');
        }
        if (lsp) {
            log(`\nLanguage server measured: ${lsp.server}\n`);
            log(`Language server, ${lsp.lines.toLocaleString('en-GB')}-line tender: first diagnostics after opening ${round(lsp.openMs)} ms; ` +
                `${lsp.edits} edits, edit to fresh diagnostics median ${round(lsp.medianMs)} ms, p95 ${round(lsp.p95Ms)} ms, max ${round(lsp.maxMs)} ms` +
                `${lsp.cpuPerEditMs === undefined ? '' : `; server CPU ${round(lsp.cpuPerEditMs)} ms per edit`}\n`);
            log(`Language server, ${lsp.largeLines.toLocaleString('en-GB')}-line tender: first diagnostics after opening ${round(lsp.openLargeMs)} ms; ` +
                `${lsp.workspaceFiles} tenders open: peak RSS ${lsp.workspacePeakMB === undefined ? 'not measured' : `${round(lsp.workspacePeakMB)} MB`}\n`);
        }
        if (startup || publish) log(`\n${describeCli(startup, publish)}`);
        if (diff) log(`\n${describeDiff(diff)}`);
        if (web) log(`\n${describeWeb(web)}`);
        if (corpus) {
            log('\nvague-language on real text: sentences quoted from council tender notices and specifications,\nlabelled by hand (packages/language/test/fixtures/vague-corpus); recall = vague sentences flagged,\nsilence = precise sentences with no finding; the held-out split was not read while tuning\n\n');
            log(describeCorpus(corpus) + '\n');
        }
        log(`\nTargets (2-core machine; load average during the run ${results.machine.loadAverage.join(', ')})\n\n`);
        log(table([['target', 'measured', 'met'], ...targets.map(t => [t.name, t.value, t.met ? 'yes' : 'NO'])]) + '\n');
        log(`\nWritten to ${join('bench', 'output', 'results.json')}\n`);
    }
    process.exitCode = targets.every(t => t.met) ? 0 : 1;
}

main().catch(error => {
    console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 2;
});

