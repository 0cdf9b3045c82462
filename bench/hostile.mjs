#!/usr/bin/env node
/**
 * Timings on hostile inputs (issue 15, items 4 and 11): how long linting takes on inputs built to
 * be slow, at growing sizes (the time per MB should stay flat: linear growth), and how the language
 * server copes with a burst of fast full-text changes.
 *
 *   node bench/hostile.mjs [--only lint|lsp|diff] [--quick]
 *
 * lint: `needs A,A,...`, empty frameworks, `/* ` repeated (an unclosed comment opener), a text of
 * `\"`, and `needs` with a comment between items, each parsed, linked and validated in-process
 * (build first: npm run build). lsp: 10,000 full-text changes of the first-draft tender, then the
 * time until the latest version's diagnostics arrive and how many stale versions were published;
 * a hover after a burst of 1,000 changes. diff: the redline of two versions whose 40 long texts
 * are all reworded, at 670 KB and 6.7 MB (target under 10 s: one word-level budget per run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { URI } from 'langium';
import { compareVersions, createTenderServices, diffVersionOf, isTender, loadText, redlineDocumentContent } from '../packages/language/dist/index.js';
import { seeded } from './generate.mjs';
import { ANYBOROUGH, makeWorkspace, startServer } from '../test/lsp/client.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const quick = args.includes('--quick');

const INPUTS = {
    'needs A,A,...': n => `framework F { need A "a" }\ntender T {\n cohort C { needs ${Array(n).fill('A').join(',')} }\n}\n`,
    'empty frameworks': n => Array.from({ length: n }, (_, i) => `framework F${i} {}`).join('\n'),
    'needs with comments': n => `tender T {\n cohort C { needs ${Array(n).fill('A /* c */').join(',')} }\n}\n`,
    '"/* " repeated': n => '/* '.repeat(n),
    'text of \\"': n => `tender T { title "${'\\"'.repeat(n)}" }`
};
const SIZES = quick ? [10_000, 40_000] : [25_000, 100_000, 200_000];

async function lintTimings() {
    console.log('input                  items      KB      ms   ms/MB');
    for (const [name, make] of Object.entries(INPUTS)) {
        for (const n of SIZES) {
            const text = make(n);
            const services = createTenderServices(EmptyFileSystem).Tender;
            const started = performance.now();
            await loadText(services, text);
            const ms = performance.now() - started;
            console.log(`${name.padEnd(20)} ${String(n).padStart(7)} ${String(Math.round(text.length / 1024)).padStart(7)} ${String(Math.round(ms)).padStart(7)} ${String(Math.round(ms / (text.length / 1048576))).padStart(7)}`);
            if (ms > 60_000) break; // the next size would take minutes
        }
    }
}

async function lspTimings() {
    const text = readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8');
    const client = await startServer({ workspace: makeWorkspace() });
    try {
        const burst = quick ? 2_000 : 10_000;
        const doc = await client.open('first-draft.tender', text);
        await client.waitForDiagnostics(doc.uri, { version: doc.version });
        const before = client.publicationCount(doc.uri);
        let version = doc.version;
        const started = performance.now();
        for (let i = 1; i <= burst; i++) version = await client.replace(doc.uri, text.replace(/title "([^"]*)"/, `title "$1 ${i}"`));
        const sent = performance.now();
        await client.waitForDiagnostics(doc.uri, { version, timeout: 300_000 });
        const latest = performance.now() - sent;
        console.log(`${burst} full-text changes sent in ${Math.round(sent - started)} ms; latest diagnostics ${Math.round(latest)} ms after the last; ${client.publicationCount(doc.uri) - before} publications`);

        const hoverBurst = quick ? 300 : 1_000;
        const path = 'multiple-disadvantage.tender';
        const other = readFileSync(join(ANYBOROUGH, path), 'utf8');
        const second = await client.open(path, other);
        await client.waitForDiagnostics(second.uri, { version: second.version });
        for (let i = 1; i <= hoverBurst; i++) await client.replace(second.uri, `${other}\n// ${i}\n`);
        const asked = performance.now();
        await client.hover(path, client.positionOf(path, 'Homelessness'));
        console.log(`hover after ${hoverBurst} changes answered in ${Math.round(performance.now() - asked)} ms`);
    } finally {
        await client.stop();
    }
}

const WORDS = ['support', 'people', 'housing', 'recovery', 'services', 'outcomes', 'provider', 'cohort', 'partners', 'community',
    'health', 'settled', 'home', 'work', 'learning', 'families', 'children', 'safety', 'trust', 'choice', 'local', 'plan'];

function longTexts(words, seed) {
    const random = seeded(seed);
    const text = () => Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    return `tender T {\n    title "Long texts"\n    reference "LONG-1"\n${Array.from({ length: 40 }, (_, i) => `    outcome O${i} "${text()}" { }`).join('\n')}\n}\n`;
}

async function diffVersion(text, source) {
    const services = createTenderServices(EmptyFileSystem).Tender;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///hostile/${source}.tender`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    return diffVersionOf(source, document.parseResult.value.elements.find(isTender));
}

async function diffTimings() {
    for (const words of quick ? [2_500] : [2_500, 25_000]) {
        const older = longTexts(words, 1);
        const diff = compareVersions(await diffVersion(older, 'old'), await diffVersion(longTexts(words, 2), 'new'));
        const started = performance.now();
        const content = redlineDocumentContent(diff, {});
        const whole = /shown as replaced whole/.test(JSON.stringify(content.preface));
        console.log(`redline of two ${Math.round(older.length / 1024)} KB versions, 40 texts reworded: ${Math.round(performance.now() - started)} ms${whole ? ' (some texts compared whole)' : ''}`);
    }
}

if (!only || only === 'lint') await lintTimings();
if (!only || only === 'diff') await diffTimings();
if (!only || only === 'lsp') await lspTimings();
