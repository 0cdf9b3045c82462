/**
 * Bad input never crashes the parser, the linker, the validator or a lint rule: every input here
 * builds to a document with diagnostics, inside a time limit, and no rule reports an internal failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createTenderServices, diagnosticCode, isTender } from '@tender/language';
import type { Model, TenderServices } from '@tender/language';
import { CYCLE, EXAMPLE, FIRST_DRAFT, hostileInputs, prefixOffsets, randomBytes, randomTokens, seeded } from './inputs.js';
import { ANYBOROUGH } from '../cli/run-cli.js';

const NEIGHBOURS = {
    'framework.tender': readFileSync(join(ANYBOROUGH, 'framework.tender'), 'utf8'),
    'market.tender': readFileSync(join(ANYBOROUGH, 'market.tender'), 'utf8')
};

let services: TenderServices;
let errors: unknown[][];
let run = 0;

beforeEach(() => {
    services = createTenderServices(EmptyFileSystem).Tender;
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
});
afterEach(() => {
    vi.restoreAllMocks();
});

/** Builds `text` as `<folder>/<name>` beside the Anyborough framework and market (and any other files). */
async function build(text: string, name = 'tender.tender', others: Record<string, string> = NEIGHBOURS): Promise<LangiumDocument> {
    const folder = `file:///robust/${++run}`;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const all: LangiumDocument[] = [];
    for (const [file, content] of Object.entries(others)) {
        const document = factory.fromString(content, URI.parse(`${folder}/${file}`));
        documents.addDocument(document);
        all.push(document);
    }
    const document = factory.fromString(text, URI.parse(`${folder}/${name}`));
    documents.addDocument(document);
    all.push(document);
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    for (const other of all) if (other !== document) documents.deleteDocument(other.uri);
    documents.deleteDocument(document.uri);
    return document;
}

/** Problems with a built document: thrown nowhere, but diagnostics missing or out of bounds, or a rule failed. */
function problems(document: LangiumDocument): string[] {
    const found: string[] = [];
    if (!Array.isArray(document.diagnostics)) found.push('no diagnostics array');
    const lines = document.textDocument.lineCount;
    for (const d of document.diagnostics ?? []) {
        if (!inBounds(d, lines)) found.push(`out of bounds: ${JSON.stringify(d.range)} ${d.message}`);
        if (typeof d.message !== 'string' || d.message.length === 0) found.push('empty message');
    }
    for (const args of errors) found.push(`console.error: ${args.map(a => (a instanceof Error ? a.stack : String(a))).join(' ').slice(0, 500)}`);
    return found;
}

function inBounds(d: Diagnostic, lines: number): boolean {
    const { start, end } = d.range;
    return start.line >= 0 && start.character >= 0 && end.line < lines + 1 && (end.line > start.line || (end.line === start.line && end.character >= start.character));
}

function decode(input: string | Buffer): string {
    return typeof input === 'string' ? input : input.toString('utf8');
}

describe('hostile inputs', () => {
    const inputs = hostileInputs();
    test.each(Object.keys(inputs))('%s', async (name) => {
        const started = performance.now();
        const document = await build(decode(inputs[name]), `${name}.tender`);
        expect(problems(document)).toEqual([]);
        expect(performance.now() - started).toBeLessThan(20_000);
    }, 60_000);

    test('a 5 MB string is one token, not a lexer error', async () => {
        const document = await build(decode(hostileInputs()['five-megabyte-string']));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect((document.parseResult.value as Model).elements.filter(isTender)[0].purpose).toHaveLength('People are supported to live well. '.length * 150_000);
    });

    test('a document with a quarter of a million findings keeps them all', async () => {
        const document = await build(decode(hostileInputs()['five-megabyte-vague']));
        expect(problems(document)).toEqual([]);
        expect((document.diagnostics ?? []).length).toBeGreaterThan(0);
    }, 60_000);

    test('10,000 nested braces are syntax errors, quickly', async () => {
        const started = performance.now();
        const document = await build(decode(hostileInputs()['nested-braces']));
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(performance.now() - started).toBeLessThan(5_000);
    });

    test('absurd numbers and dates are reported as language errors', async () => {
        const inputs = hostileInputs();
        const numbers = await build(decode(inputs['absurd-numbers']));
        const codes = new Set((numbers.diagnostics ?? []).map(d => diagnosticCode(d)));
        expect(codes).toContain('invalid-money');
        expect(codes).toContain('invalid-number');
        const dates = await build(decode(inputs['absurd-dates']));
        // 0000-00-00, 9999-99-99, 2027-02-29 and 2027-13-45 are not dates; 9999-12-31 is, but beyond the year 2200
        expect((dates.diagnostics ?? []).filter(d => diagnosticCode(d) === 'invalid-date').map(d => d.range.start.line)).toEqual([1, 3, 4, 5, 7]);
    });

    test('keywords used as names are syntax errors, and the rest still parses', async () => {
        const document = await build(decode(hostileInputs()['keywords-as-names']));
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(problems(document)).toEqual([]);
    });
});

describe('line endings and whitespace', () => {
    test('CRLF gives the same findings at the same lines and columns as LF', async () => {
        const summary = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${diagnosticCode(x)}`).sort();
        for (const source of [EXAMPLE, FIRST_DRAFT]) {
            const lf = await build(source);
            const crlf = await build(source.replace(/\n/g, '\r\n'));
            expect(crlf.parseResult.parserErrors).toEqual([]);
            expect(summary(crlf)).toEqual(summary(lf));
            expect(problems(crlf)).toEqual([]);
        }
    });

    test('a multi-line text in a CRLF file keeps its CRLF and finds its words on the right line', async () => {
        const document = await build('tender T {\r\n    purpose "first line\r\n    second line"\r\n}\r\n');
        const purpose = (document.parseResult.value as Model).elements.filter(isTender)[0].purpose;
        expect(purpose).toBe('first line\r\n    second line');
    });

    test('tabs instead of spaces give the same findings on the same lines', async () => {
        const lines = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => `${x.range.start.line} ${diagnosticCode(x)}`).sort();
        for (const source of [EXAMPLE, FIRST_DRAFT]) {
            const spaces = await build(source);
            const tabs = await build(source.replace(/ {4}/g, '\t'));
            expect(lines(tabs)).toEqual(lines(spaces));
        }
    });
});

describe('a tender typed top to bottom', () => {
    for (const [name, source] of [['multiple-disadvantage', EXAMPLE], ['first-draft', FIRST_DRAFT]] as const) {
        test(`every sampled prefix of ${name} builds without a crash or a rule failure`, async () => {
            for (const offset of prefixOffsets(source, 160)) {
                const document = await build(source.slice(0, offset));
                const found = problems(document);
                expect(found, `prefix of ${offset} characters`).toEqual([]);
            }
        }, 120_000);
    }

    test('every sampled prefix with the rest of the line deleted (mid-edit) builds', async () => {
        const random = seeded(99);
        for (let i = 0; i < 80; i++) {
            const at = Math.floor(random() * EXAMPLE.length);
            const lineEnd = EXAMPLE.indexOf('\n', at);
            const document = await build(EXAMPLE.slice(0, at) + (lineEnd < 0 ? '' : EXAMPLE.slice(lineEnd)));
            expect(problems(document), `cut at ${at}`).toEqual([]);
        }
    }, 120_000);
});

describe('random input', () => {
    test('random token soup never crashes', async () => {
        const random = seeded(1);
        for (let i = 0; i < 150; i++) {
            const document = await build(randomTokens(random, 20 + Math.floor(random() * 400)));
            expect(problems(document), `input ${i}`).toEqual([]);
        }
    }, 120_000);

    test('random bytes never crash', async () => {
        const random = seeded(2);
        for (let i = 0; i < 60; i++) {
            const document = await build(randomBytes(random, 1 + Math.floor(random() * 4_000)).toString('utf8'));
            expect(problems(document), `input ${i}`).toEqual([]);
        }
    }, 120_000);

    test('random single-character edits of the example never crash', async () => {
        const random = seeded(3);
        const alphabet = '{}"\\,.%£0123456789 \nabc-/*';
        for (let i = 0; i < 120; i++) {
            const at = Math.floor(random() * EXAMPLE.length);
            const kind = random();
            const ch = alphabet[Math.floor(random() * alphabet.length)];
            const text = kind < 0.33 ? EXAMPLE.slice(0, at) + EXAMPLE.slice(at + 1)
                : kind < 0.66 ? EXAMPLE.slice(0, at) + ch + EXAMPLE.slice(at)
                    : EXAMPLE.slice(0, at) + ch + EXAMPLE.slice(at + 1);
            const document = await build(text);
            expect(problems(document), `edit ${i} at ${at}`).toEqual([]);
        }
    }, 120_000);
});

describe('imports', () => {
    test('a file importing itself', async () => {
        const document = await build(decode(hostileInputs()['self-import']), 'self-import.tender', {});
        expect(problems(document)).toEqual([]);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });

    test('two files importing each other', async () => {
        const document = await build(CYCLE['cycle-a.tender'], 'cycle-a.tender', { 'cycle-b.tender': CYCLE['cycle-b.tender'] });
        expect(problems(document)).toEqual([]);
        expect((document.diagnostics ?? []).filter(d => diagnosticCode(d) === 'unresolved-reference' || diagnosticCode(d) === 'unresolved-import')).toEqual([]);
    });

    test('a long chain and a ring of imports', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 200; i++) files[`f${i}.tender`] = `import "f${(i + 1) % 200}.tender"\nframework F${i} { need N${i} }`;
        const document = await build('import "f0.tender"\ntender T { cohort C { needs N0, N199, F150.N150 } }', 'tender.tender', files);
        expect(problems(document)).toEqual([]);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });
});
