#!/usr/bin/env node
/**
 * Edit fuzzer for the language server: drives the built server over stdio with N seeded random
 * edits to a tender (insertions, deletions, pastes of chunks of other tenders, typing character by
 * character, deleting lines), interleaved with completion, hover, formatting, documentSymbol and
 * other requests, while the framework it imports changes now and then. Fails loudly (exit 1) if the server exits, a request goes unanswered or answers with
 * an error, or formatting would change more than whitespace. Deterministic for a given --seed.
 *
 *   node bench/fuzz-edits.mjs [--edits 10000] [--seed 1] [--json] [--quiet]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANYBOROUGH, applyTextEdits, offsetAt, positionAt, REPO_ROOT, startServer } from '../test/lsp/client.mjs';
import { seeded } from './generate.mjs';

const USAGE = 'usage: node bench/fuzz-edits.mjs [--edits N] [--seed N] [--json] [--quiet]';

/** @param {string[]} argv */
function parseArgs(argv) {
    const options = { edits: 10_000, seed: 1, json: false, quiet: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const next = argv[++i];
            if (next === undefined || !/^\d+$/.test(next)) throw new Error(`${arg} needs a whole number\n${USAGE}`);
            return Number(next);
        };
        if (arg === '--edits') options.edits = value();
        else if (arg === '--seed') options.seed = value();
        else if (arg === '--json') options.json = true;
        else if (arg === '--quiet') options.quiet = true;
        else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
        else throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
    return options;
}

/** Seeded choices, on the one seeded generator the benchmarks and tests share (bench/generate.mjs). */
function random(seed) {
    const next = seeded(seed);
    return {
        next,
        /** @param {number} n */
        int: n => Math.floor(next() * n),
        /** @template T @param {readonly T[]} list @returns {T} */
        pick: list => list[Math.floor(next() * list.length)]
    };
}

const FRAMEWORK = 'framework.tender';

/** @param {string} text @param {number} offset */
function lineStartIn(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Words a commissioner types: keywords, values, names, literals and punctuation. */
const WORDS = [
    'tender', 'cohort', 'outcome', 'service', 'lot', 'risk', 'needs', 'serves', 'contributes-to', 'delivers', 'addresses',
    'award-criteria', 'technical', 'price', 'social-value', 'weight', 'sub', 'measures', 'timeline', 'publish', 'bid-deadline',
    'collaboration', 'joint-bids', 'welcome', 'models', 'alliance-contract', 'regime', 'light-touch', 'procedure', 'open',
    'value', '£2,400,000', '£1.1m', '€950k', 'over', '5 years', '6 months', '30%', '2027-03-01', '2027-02-30', 'target',
    'baseline', 'in', '2026', 'Homelessness', 'Anyborough.Homelessness', 'SettledHome', 'KeyWorker', 'import', '"framework.tender"',
    '"text"', '"multi\nline"', '{', '}', ',', '.', '\n', '    ', '// note\n', '/* block */', '"', '\t', '\r\n'
];

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const rng = random(options.seed);
    const corpus = readdirSync(ANYBOROUGH).filter(f => f.endsWith('.tender')).map(f => readFileSync(join(ANYBOROUGH, f), 'utf8'));
    const extra = join(REPO_ROOT, 'examples');
    for (const folder of readdirSync(extra, { withFileTypes: true })) {
        if (!folder.isDirectory() || folder.name === 'anyborough') continue;
        for (const f of readdirSync(join(extra, folder.name)).filter(n => n.endsWith('.tender'))) {
            corpus.push(readFileSync(join(extra, folder.name, f), 'utf8'));
        }
    }
    const start = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8');
    const client = await startServer();
    const path = 'fuzzed.tender';
    await client.open(path, start);
    const frameworkText = readFileSync(join(ANYBOROUGH, FRAMEWORK), 'utf8');
    await client.open(FRAMEWORK, frameworkText);
    await client.waitForDiagnostics(path, { version: 1 });

    const stats = { edits: 0, requests: 0, answered: 0, cancelled: 0, errors: /** @type {string[]} */ ([]), formatChecks: 0, maxLength: start.length };
    /** @type {Promise<void>[]} */
    let pending = [];
    const ask = (/** @type {string} */ method, /** @type {unknown} */ params) => {
        stats.requests++;
        pending.push(client.request(method, params, 60_000).then(
            () => { stats.answered++; },
            (/** @type {Error & { code?: number }} */ error) => {
                if (error?.code === -32800) stats.cancelled++; // RequestCancelled: answered, by the book
                else stats.errors.push(`${method}: ${error?.message ?? String(error)}`);
            }
        ));
    };
    const settle = async () => {
        const waiting = pending;
        pending = [];
        await Promise.all(waiting);
    };

    const text = () => client.document(path).text;
    const uri = client.uri(path);
    /** Sends one edit: replace [from, to) with `insert`. */
    const edit = async (/** @type {number} */ from, /** @type {number} */ to, /** @type {string} */ insert) => {
        const current = text();
        const a = Math.max(0, Math.min(from, current.length));
        const b = Math.max(a, Math.min(to, current.length));
        await client.change(path, [{ range: { start: positionAt(current, a), end: positionAt(current, b) }, text: insert }]);
        stats.edits++;
        stats.maxLength = Math.max(stats.maxLength, text().length);
        return a + insert.length;
    };
    const lineStart = (/** @type {number} */ offset) => text().lastIndexOf('\n', offset - 1) + 1;

    const began = Date.now();
    let cursor = 0;
    let nextCheck = 100;
    while (stats.edits < options.edits) {
        const current = text();
        const roll = rng.next();
        if (current.length > 200_000 || roll < 0.005) {
            // Keep the document from growing without bound: start again from a whole tender.
            cursor = await edit(0, current.length, rng.pick(corpus));
        } else if (roll < 0.30) {
            // Typing a word character by character.
            const word = rng.pick(WORDS) + (rng.next() < 0.5 ? ' ' : '');
            cursor = rng.next() < 0.7 ? Math.min(cursor, current.length) : rng.int(current.length + 1);
            for (const ch of word) {
                if (stats.edits >= options.edits) break;
                cursor = await edit(cursor, cursor, ch);
                if (rng.next() < 0.15) ask('textDocument/completion', { textDocument: { uri }, position: positionAt(text(), cursor) });
            }
        } else if (roll < 0.45) {
            // Backspacing.
            const count = 1 + rng.int(6);
            for (let i = 0; i < count && cursor > 0 && stats.edits < options.edits; i++) {
                cursor = await edit(cursor - 1, cursor, '');
            }
        } else if (roll < 0.60) {
            // Deleting a selection.
            const from = rng.int(current.length + 1);
            cursor = await edit(from, from + 1 + rng.int(80), '');
        } else if (roll < 0.75) {
            // Pasting a chunk of another tender at the start of a line.
            const source = rng.pick(corpus);
            const from = rng.int(source.length);
            const chunk = source.slice(from, from + 1 + rng.int(600));
            const at = lineStart(rng.int(current.length + 1));
            // Mostly a plain paste; sometimes over a selection of whole lines.
            const over = rng.next() < 0.3 ? lineStart(Math.min(current.length, at + rng.int(400))) : at;
            cursor = await edit(at, over, chunk);
        } else if (roll < 0.85) {
            // Deleting a line.
            const at = lineStart(rng.int(current.length + 1));
            const end = current.indexOf('\n', at);
            cursor = await edit(at, end < 0 ? current.length : end + 1, '');
        } else {
            // Inserting random characters.
            const length = 1 + rng.int(8);
            let junk = '';
            for (let i = 0; i < length; i++) junk += String.fromCharCode(rng.next() < 0.8 ? 32 + rng.int(95) : rng.int(0x3000));
            cursor = await edit(rng.int(current.length + 1), 0, junk);
        }
        const position = positionAt(text(), rng.int(text().length + 1));
        const r = rng.next();
        if (r < 0.25) ask('textDocument/hover', { textDocument: { uri }, position });
        else if (r < 0.35) ask('textDocument/completion', { textDocument: { uri }, position });
        else if (r < 0.42) ask('textDocument/documentSymbol', { textDocument: { uri } });
        else if (r < 0.45) ask('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        else if (r < 0.47) ask('textDocument/semanticTokens/full', { textDocument: { uri } });
        else if (r < 0.49) ask('textDocument/foldingRange', { textDocument: { uri } });
        else if (r < 0.52) ask('textDocument/definition', { textDocument: { uri }, position });
        else if (r < 0.54) ask('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
        else if (r < 0.56) ask('textDocument/documentHighlight', { textDocument: { uri }, position });
        else if (r < 0.57) ask('textDocument/prepareRename', { textDocument: { uri }, position });
        else if (r < 0.59) {
            const diagnostics = client.latestDiagnostics(path)?.diagnostics ?? [];
            const range = { start: position, end: position };
            ask('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diagnostics.slice(0, 5) } });
        } else if (r < 0.60) {
            // Now and then the framework the tender imports changes too: references must follow.
            const framework = client.document(FRAMEWORK).text;
            const from = lineStartIn(framework, rng.int(framework.length + 1));
            const end = framework.indexOf('\n', from);
            const line = framework.slice(from, end < 0 ? framework.length : end + 1);
            const next = rng.next() < 0.5 ? framework.slice(0, from) + framework.slice(from + line.length) : frameworkText;
            await client.replace(FRAMEWORK, next);
        }
        if (!client.alive) break;
        if (stats.edits >= nextCheck || pending.length > 200) {
            nextCheck = stats.edits + 100;
            await settle();
            await checkFormatting(client, path, stats);
        }
    }
    await settle();
    const finalVersion = client.document(path).version;
    let caughtUp = true;
    try {
        await client.waitForDiagnostics(path, { version: finalVersion, timeout: 60_000 });
    } catch (error) {
        caughtUp = false;
        stats.errors.push(`no diagnostics for the final version: ${error instanceof Error ? error.message : String(error)}`);
    }
    const seconds = (Date.now() - began) / 1000;
    // One more round after all of it: the server still answers.
    const lastHover = await client.hover(path, { line: 0, character: 0 }).then(() => true, () => false);
    const alive = client.alive && lastHover;
    const crashed = !alive || /uncaught error|unhandled rejection/.test(client.stderr);
    const providerFailures = (client.stderr.match(/tender: .* failed \(/g) ?? []).length;
    const finalText = createHash('sha256').update(text()).digest('hex').slice(0, 16);
    await client.stop();

    const summary = {
        seed: options.seed,
        edits: stats.edits,
        seconds: Math.round(seconds * 100) / 100,
        editsPerSecond: Math.round(stats.edits / seconds),
        requests: stats.requests,
        answered: stats.answered,
        cancelled: stats.cancelled,
        errors: stats.errors.length,
        formatChecks: stats.formatChecks,
        maxDocumentLength: stats.maxLength,
        providerFailuresLogged: providerFailures,
        crashed,
        caughtUp,
        /** The same seed and number of edits always end in the same text. */
        finalText
    };
    const ok = !crashed && caughtUp && stats.errors.length === 0 && stats.answered + stats.cancelled === stats.requests;
    if (options.json) {
        console.log(JSON.stringify({ ok, ...summary }));
    } else if (!options.quiet || !ok) {
        console.log(`fuzz-edits: ${summary.edits} edits in ${summary.seconds} s (${summary.editsPerSecond} edits/s), seed ${summary.seed}`);
        console.log(`  requests ${summary.requests}: ${summary.answered} answered, ${summary.cancelled} cancelled, ${summary.errors} failed; ${summary.formatChecks} formatting checks`);
        console.log(`  largest document ${summary.maxDocumentLength} characters; provider failures logged: ${providerFailures}; crashed: ${crashed ? 'YES' : 'no'}`);
    }
    if (!ok) {
        for (const error of stats.errors.slice(0, 20)) console.error(`  ${error}`);
        if (crashed) console.error(client.stderr.slice(-4000));
        console.error('fuzz-edits: FAILED');
        process.exitCode = 1;
    } else if (providerFailures > 0 && !options.quiet) {
        console.error(client.stderr.split('\n').filter(l => / failed \(/.test(l)).slice(0, 5).join('\n'));
    }
}

/**
 * With no edit in flight, formatting must change only whitespace, and formatting the result of
 * formatting must change nothing.
 * @param {import('../test/lsp/client.mjs').LspClient} client
 * @param {string} path
 * @param {{ errors: string[], formatChecks: number }} stats
 */
async function checkFormatting(client, path, stats) {
    const before = client.document(path).text;
    const version = client.document(path).version;
    /** @type {Array<{ range: import('vscode-languageserver-protocol').Range, newText: string }>} */
    let edits;
    try {
        edits = (await client.formatting(path)) ?? [];
    } catch (error) {
        stats.errors.push(`formatting: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    stats.formatChecks++;
    for (const e of edits) {
        if (/\S/.test(e.newText)) stats.errors.push(`formatting inserted non-whitespace ${JSON.stringify(e.newText)} (version ${version})`);
        const removed = before.slice(offsetAt(before, e.range.start), offsetAt(before, e.range.end));
        if (/\S/.test(removed)) stats.errors.push(`formatting removed non-whitespace ${JSON.stringify(removed.slice(0, 40))} (version ${version})`);
    }
    if (edits.length === 0) return;
    const after = applyTextEdits(before, edits);
    const next = await client.replace(path, after);
    await client.waitForDiagnostics(path, { version: next, timeout: 60_000 }).catch(() => undefined);
    const again = (await client.formatting(path)) ?? [];
    if (again.length > 0) {
        stats.errors.push(`formatting is not idempotent (version ${next}): ${JSON.stringify(again.slice(0, 3))}`);
    }
}

main().catch(error => {
    console.error(`fuzz-edits: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
});
