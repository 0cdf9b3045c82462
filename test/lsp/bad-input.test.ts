/**
 * The server survives whatever is typed or opened: random bytes, a truncated file, deep nesting,
 * a 5 MB text, CRLF and tabs, NUL characters, absurd numbers and dates, import cycles, keywords
 * used as names. After each, it still answers hover and completion, and the process is alive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionList, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { ANYBOROUGH, applyTextEdits, makeWorkspace, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

// In the formatter's layout (the reference's copy aligns one trailing comment with two spaces).
const FULL = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8').replace(/(excluding-vat £[\d,]+) +\/\//, '$1 //');

/** Deterministic pseudo-random bytes. */
function randomText(length: number, seed: number): string {
    let state = seed >>> 0;
    let text = '';
    for (let i = 0; i < length; i++) {
        state = (state * 1664525 + 1013904223) >>> 0;
        // Mostly printable, with control characters, surrogates and non-ASCII mixed in.
        const pick = state % 10;
        const code = pick < 6 ? 32 + (state >>> 8) % 95 : pick < 8 ? (state >>> 8) % 32 : pick < 9 ? 0xd800 + (state >>> 8) % 0x800 : (state >>> 8) % 0xffff;
        text += String.fromCharCode(code);
    }
    return text;
}

const CASES: Record<string, string> = {
    'random bytes': randomText(20_000, 7),
    'truncated file': FULL.slice(0, Math.floor(FULL.length * 0.61)),
    '10,000 nested braces': `tender Deep ${'{'.repeat(10_000)}${'}'.repeat(10_000)}`,
    '10,000 open braces': `tender Deep ${'{ cohort C '.repeat(10_000)}`,
    '5 MB text': `tender Big {\n    purpose "${'a long purpose, '.repeat(5 * 1024 * 1024 / 16)}"\n}\n`,
    '5 MB unterminated text': `tender Big {\n    purpose "${'x '.repeat(5 * 1024 * 1024 / 2)}`,
    'CRLF and tabs': FULL.replace(/\n/g, '\r\n').replace(/ {4}/g, '\t'),
    'NUL characters': FULL.slice(0, 2000).replace(/ /g, (_, i: number) => (i % 7 === 0 ? '\0' : ' ')),
    'absurd numbers and dates': [
        'tender Absurd {',
        '    value £999,999,999,999,999,999,999,999 over 99999999999999999999999 years',
        '    issued 9999-99-99',
        '    cohort C { size 99999999999999999999999999999999 people }',
        '    outcome O "o" { baseline 1e309 in 99999 target 0 days 100000000000000000% }',
        '    award-criteria { price "P" weight 99999999999999999999% }',
        '    timeline { publish 0000-00-00 bid-deadline 2027-02-30 award 2028-02-29 }',
        '    contract { duration 0.000000000001 days }',
        '}'
    ].join('\n'),
    'keywords used as names': 'tender tender { cohort cohort { needs needs } outcome outcome "x" { serves cohort } service service { delivers outcome } lot lot { services service } }',
    'only a qualifier': 'import "framework.tender"\ntender T { cohort C { needs Anyborough. } outcome O { contributes-to . } }',
    'empty': ''
};

let client: LspClient;

beforeAll(async () => {
    client = await startServer({
        workspace: makeWorkspace({
            files: {
                'self.tender': 'import "self.tender"\n\ntender Self {\n}\n',
                'cycle-a.tender': 'import "cycle-b.tender"\n\nframework A {\n    need FromA "a"\n}\n\ntender UsesB {\n    cohort C {\n        needs FromB\n    }\n}\n',
                'cycle-b.tender': 'import "cycle-a.tender"\n\nframework B {\n    need FromB "b"\n}\n\ntender UsesA {\n    cohort C {\n        needs FromA\n    }\n}\n'
            }
        })
    });
});

afterAll(async () => {
    await client?.stop();
});

/** The server answers a hover and a completion on the document, and is still running. */
async function stillAnswers(path: string): Promise<void> {
    const hover = await client.hover(path, { line: 0, character: 2 });
    expect(hover === null || typeof hover === 'object').toBe(true);
    const completion = await client.completion(path, { line: 0, character: 0 }) as CompletionList | null;
    expect(completion === null || Array.isArray(completion.items)).toBe(true);
    expect(client.alive).toBe(true);
}

describe('bad input', () => {
    for (const [name, text] of Object.entries(CASES)) {
        test(`${name}: the server survives and answers`, async () => {
            const path = `bad-${name.replace(/[^a-z0-9]+/gi, '-')}.tender`;
            await client.open(path, text);
            await client.waitForDiagnostics(path, { version: 1, timeout: 60_000 });
            await stillAnswers(path);
            if (text.length < 1_000_000 && !name.includes('open braces')) {
                // Editing it keeps working too. (The huge ones take seconds to parse each time.)
                const version = await client.insert(path, Math.floor(text.length / 2), '}{ "\n');
                await client.waitForDiagnostics(path, { version, timeout: 60_000 });
                await stillAnswers(path);
            }
            const formatted = await client.formatting(path) as TextEdit[];
            expect(Array.isArray(formatted)).toBe(true);
            await client.documentSymbols(path);
            await client.foldingRanges(path);
            await client.semanticTokens(path);
            await client.close(path);
        }, 120_000);
    }

    test('CRLF: positions are right and formatting keeps CRLF line ends', async () => {
        const path = 'crlf.tender';
        const text = FULL.replace(/\n/g, '\r\n');
        await client.open(path, text);
        await client.waitForDiagnostics(path, { version: 1 });
        const hover = await client.hover(path, client.positionOf(path, '£1,100,000', { shift: 2 })) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('45.8% of the tender value');
        expect(await client.formatting(path)).toEqual([]);
        const version = await client.replace(path, text.replace('    title "Wraparound', '\ttitle  "Wraparound'));
        await client.waitForDiagnostics(path, { version });
        const formatted = applyTextEdits(client.document(path).text, await client.formatting(path) as TextEdit[]);
        expect(formatted).toBe(text);
        await client.close(path);
    });

    test('a file that imports itself, and two files that import each other', async () => {
        for (const path of ['self.tender', 'cycle-a.tender', 'cycle-b.tender']) {
            await client.open(path);
        }
        const a = await client.waitForDiagnostics('cycle-a.tender', { version: 1 });
        const b = await client.waitForDiagnostics('cycle-b.tender', { version: 1 });
        expect([...a, ...b].filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        const hover = await client.hover('cycle-a.tender', client.positionOf('cycle-a.tender', 'needs FromB', { shift: 7 })) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('need FromB');
        await stillAnswers('self.tender');
    });

    test('the server is still alive after all of it, and nothing was logged as a crash', () => {
        expect(client.alive).toBe(true);
        expect(client.stderr).not.toMatch(/uncaught error|unhandled rejection/);
    });
});
