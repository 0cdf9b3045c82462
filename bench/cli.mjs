/**
 * The `tender` command as people run it: whole processes of the built command
 * (packages/cli/bin/tender.js, the bundle `npm run build` writes), each timed as the median of
 * several runs after a warm-up.
 *
 * - start-up: `tender --version`, `tender lint` of a one-element file, `tender lint` of the
 *   20,000-line tender (bench/generate.mjs);
 * - publishing: `tender generate` of all four formats of the 20,000-line tender beside pandoc
 *   turning the same prose (the HTML page's headings, paragraphs, list items and table cells, as
 *   CommonMark) into one DOCX (skipped, with a note, where pandoc is not installed); the peak
 *   memory of writing the DOCX alone; and growth: the 20,000-line tender against one a tenth of
 *   its size, net of start-up (`tender generate --help`).
 *
 * Used by bench/run.mjs (`--only cli`, `--only publish`); `node bench/cli.mjs [--quick] [--runs N]`
 * runs both and prints JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTender } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..');
export const BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'tender.js');

export const CLI_TARGETS = {
    versionMs: 150,
    lintOneMs: 400,
    lintLargeMs: 1_200,
    docxPeakMB: 300,
    /** time of the 10 times larger tender, net of start-up, as a multiple of the smaller one's */
    growth: 11
};

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Reports the process's CPU time and peak resident memory on stderr as it exits (loaded with
 * --import into tender's Node processes; about a millisecond). CPU time says what a run costs
 * when other work shares the cores and wall time says little.
 */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\ntender-bench-usage ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });")}`;

/** One run of a command; resolves to its wall time (ms), exit code, CPU time (ms) and peak RSS (MB) for Node. */
function runOnce(command, args, cwd) {
    return new Promise((resolvePromise, reject) => {
        const started = performance.now();
        const hooked = command === process.execPath;
        const child = spawn(command, hooked ? ['--import', USAGE_HOOK, ...args] : args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', (code) => {
            const ms = performance.now() - started;
            const match = /tender-bench-usage (\d+) (\d+)/.exec(stderr);
            resolvePromise({ ms, code, peakMB: match ? Number(match[1]) / 1024 : undefined, cpuMs: match ? Number(match[2]) / 1000 : undefined, stderr });
        });
    });
}

/** Median wall time of `runs` runs after one warm-up; fails loudly when the command does. */
async function timed(command, args, cwd, runs, expectCodes = [0]) {
    const samples = [];
    const cpu = [];
    const peaks = [];
    for (let i = 0; i < runs + 1; i++) {
        const result = await runOnce(command, args, cwd);
        if (!expectCodes.includes(result.code)) throw new Error(`${[command, ...args].join(' ')} exited ${result.code}: ${result.stderr.slice(0, 400)}`);
        if (i === 0) continue;
        samples.push(result.ms);
        if (result.cpuMs !== undefined) cpu.push(result.cpuMs);
        if (result.peakMB !== undefined) peaks.push(result.peakMB);
    }
    return {
        ms: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), runs,
        cpuMs: cpu.length ? median(cpu) : undefined, peakMB: peaks.length ? Math.max(...peaks) : undefined
    };
}

function workspaceWith(lines) {
    const folder = mkdtempSync(join(tmpdir(), 'tender-bench-cli-'));
    const { framework, tender, lines: actual } = generateTender({ lines, seed: 1 });
    writeFileSync(join(folder, 'framework.tender'), framework);
    writeFileSync(join(folder, 'tender.tender'), tender);
    return { folder, lines: actual };
}

function requireBuilt() {
    if (!existsSync(join(REPO_ROOT, 'packages', 'cli', 'dist', 'bundle', 'main.js'))) {
        throw new Error('the tender command is not built: run npm run build first');
    }
}

/** Start-up and linting as whole processes. */
export async function cliStartup(options = {}) {
    requireBuilt();
    const runs = options.runs ?? (options.quick ? 5 : 9);
    const node = process.execPath;
    const large = workspaceWith(20_000);
    const one = mkdtempSync(join(tmpdir(), 'tender-bench-one-'));
    writeFileSync(join(one, 'one.tender'), 'market Providers {\n}\n');
    try {
        const version = await timed(node, [BIN, '--version'], one, runs);
        const lintOne = await timed(node, [BIN, 'lint', 'one.tender'], one, runs);
        const lintLarge = await timed(node, [BIN, 'lint', 'tender.tender'], large.folder, options.quick ? 5 : runs, [0, 1]);
        return { runs, version, lintOne, lintLarge, largeLines: large.lines };
    } finally {
        rmSync(large.folder, { recursive: true, force: true });
        rmSync(one, { recursive: true, force: true });
    }
}

/** CommonMark of the HTML page's prose: headings, paragraphs, list items and table cells, in order. */
export function proseMarkdown(html) {
    const body = html.replace(/<(script|style|svg|nav)\b[\s\S]*?<\/\1>/g, '');
    const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
    const text = (inner) => inner.replace(/<[^>]+>/g, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => name[0] === '#'
            ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
            : entities[name.toLowerCase()] ?? whole)
        .replace(/\s+/g, ' ').trim()
        .replace(/([\\`*_[\]#<>])/g, '\\$1');
    const blocks = [];
    for (const match of body.matchAll(/<(h[1-6]|p|li|td|th|dd|dt|caption)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
        const [, tag, inner] = match;
        const content = text(inner);
        if (!content) continue;
        blocks.push(tag[0] === 'h' && tag.length === 2 ? `${'#'.repeat(Number(tag[1]))} ${content}` : tag === 'li' ? `- ${content}` : content);
    }
    return `${blocks.join('\n\n')}\n`;
}

function pandocVersion() {
    const result = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

/** Generating the tender pack of the 20,000-line tender, beside pandoc; DOCX memory; growth. */
export async function publishing(options = {}) {
    requireBuilt();
    const runs = options.runs ?? (options.quick ? 3 : 5);
    const node = process.execPath;
    const large = workspaceWith(20_000);
    const small = workspaceWith(2_000);
    try {
        const generate = (out = 'out', extra = []) => [BIN, 'generate', 'tender.tender', '--out', out, ...extra];
        const all = await timed(node, generate(), large.folder, runs);
        const files = readdirSync(join(large.folder, 'out')).sort();
        const docx = await timed(node, generate('docx', ['--format', 'docx']), large.folder, Math.min(runs, 3));
        const startup = await timed(node, [BIN, 'generate', '--help'], large.folder, runs);
        const smallAll = await timed(node, generate(), small.folder, runs);
        const growth = (all.ms - startup.ms) / (smallAll.ms - startup.ms);

        let pandoc = { skipped: 'pandoc is not installed (Debian: apt-get install pandoc); the comparison is skipped' };
        const version = pandocVersion();
        if (version) {
            const html = readFileSync(join(large.folder, 'out', files.find(f => f.endsWith('.html'))), 'utf8');
            writeFileSync(join(large.folder, 'prose.md'), proseMarkdown(html));
            const timing = await timed('pandoc', ['-f', 'commonmark', '-t', 'docx', '-o', 'prose.docx', 'prose.md'], large.folder, runs);
            pandoc = { version, ...timing, markdownBytes: readFileSync(join(large.folder, 'prose.md')).length };
        }
        return {
            runs, lines: large.lines, smallLines: small.lines, files,
            all, startup, smallAll, growth,
            docx,
            docxPeakMB: docx.peakMB,
            pandoc,
            ratio: pandoc.ms ? all.ms / pandoc.ms : undefined
        };
    } finally {
        rmSync(large.folder, { recursive: true, force: true });
        rmSync(small.folder, { recursive: true, force: true });
    }
}

/** The goals, each beside its measured figure. */
export function cliTargets(startup, publish) {
    const targets = [];
    if (startup) {
        targets.push(
            { name: `tender --version under ${CLI_TARGETS.versionMs} ms (whole process, median of ${startup.runs})`, value: `${round(startup.version.ms)} ms (CPU ${round(startup.version.cpuMs)})`, met: startup.version.ms < CLI_TARGETS.versionMs },
            { name: `tender lint of a one-element file under ${CLI_TARGETS.lintOneMs} ms`, value: `${round(startup.lintOne.ms)} ms (CPU ${round(startup.lintOne.cpuMs)})`, met: startup.lintOne.ms < CLI_TARGETS.lintOneMs },
            { name: `tender lint of the 20,000-line tender under ${CLI_TARGETS.lintLargeMs} ms`, value: `${round(startup.lintLarge.ms)} ms (CPU ${round(startup.lintLarge.cpuMs)})`, met: startup.lintLarge.ms < CLI_TARGETS.lintLargeMs }
        );
    }
    if (publish) {
        targets.push(publish.pandoc.ms
            ? { name: `all four formats of the 20,000-line tender faster than pandoc's one DOCX (median of ${publish.runs})`, value: `${round(publish.all.ms)} ms vs ${round(publish.pandoc.ms)} ms (${round(publish.ratio, 2)}×; CPU ${round(publish.all.cpuMs)} ms)`, met: publish.all.ms < publish.pandoc.ms }
            : { name: 'all four formats faster than pandoc\'s one DOCX', value: publish.pandoc.skipped, met: true });
        targets.push(
            { name: `DOCX of the 20,000-line tender peaks under ${CLI_TARGETS.docxPeakMB} MB`, value: `${round(publish.docxPeakMB)} MB`, met: publish.docxPeakMB < CLI_TARGETS.docxPeakMB },
            { name: `10× the tender takes at most ${CLI_TARGETS.growth}× the time, net of start-up`, value: `${round(publish.growth, 1)}×`, met: publish.growth <= CLI_TARGETS.growth }
        );
    }
    return targets;
}

export function describeCli(startup, publish) {
    const lines = [];
    if (startup) {
        const both = (t) => `${round(t.ms)} ms (CPU ${round(t.cpuMs)} ms, peak ${round(t.peakMB)} MB)`;
        lines.push(`The tender command (whole processes, median of ${startup.runs} after a warm-up; CPU: the process's own user and system time):`);
        lines.push(`  --version ${both(startup.version)}; lint of a one-element file ${both(startup.lintOne)}; lint of the ${startup.largeLines.toLocaleString('en-GB')}-line tender ${both(startup.lintLarge)}`);
    }
    if (publish) {
        lines.push(`tender generate of the ${publish.lines.toLocaleString('en-GB')}-line tender, all four formats (${publish.files.join(', ')}): ${round(publish.all.ms)} ms, CPU ${round(publish.all.cpuMs)} ms, peak ${round(publish.all.peakMB)} MB (median of ${publish.runs}); ` +
            `DOCX alone ${round(publish.docx.ms)} ms, CPU ${round(publish.docx.cpuMs)} ms, peak ${round(publish.docxPeakMB)} MB`);
        lines.push(publish.pandoc.ms
            ? `pandoc (${publish.pandoc.version}) makes one DOCX of the same prose (${round(publish.pandoc.markdownBytes / 2 ** 20, 1)} MB of CommonMark) in ${round(publish.pandoc.ms)} ms: tender takes ${round(publish.ratio, 2)}× pandoc's time for four formats`
            : `pandoc: ${publish.pandoc.skipped}`);
        lines.push(`Growth: ${publish.smallLines.toLocaleString('en-GB')} lines ${round(publish.smallAll.ms)} ms, ${publish.lines.toLocaleString('en-GB')} lines ${round(publish.all.ms)} ms, start-up ${round(publish.startup.ms)} ms: ${round(publish.growth, 1)}× the time for 10× the tender`);
    }
    return `${lines.join('\n')}\n`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
    const quick = process.argv.includes('--quick');
    const at = process.argv.indexOf('--runs');
    const runs = at > 0 ? Number(process.argv[at + 1]) : undefined;
    mkdirSync(join(HERE, 'output'), { recursive: true });
    const startup = await cliStartup({ quick, runs });
    const publish = await publishing({ quick, runs });
    process.stdout.write(JSON.stringify({ startup, publish, targets: cliTargets(startup, publish) }, null, 2) + '\n');
}
