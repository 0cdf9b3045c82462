/**
 * The formatter: canonical layout, and the two promises that make it safe to run on save: it never
 * changes a token (only the whitespace between them) and formatting twice changes nothing. Checked
 * on hand-written cases, on every example, and on many mangled variants of the examples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import type { TenderFormatter } from '../../src/lsp/formatter.js';
import { EXAMPLES } from '../helpers.js';

const services = createTenderServices(EmptyFileSystem).Tender;
const formatter = services.lsp.Formatter as unknown as TenderFormatter;
const formatting = expectFormatting(services);

let counter = 0;
function documentOf(text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///format/${++counter}.tender`));
}

function format(text: string): string {
    return formatter.format(documentOf(text));
}

/** The tokens of a text, comments included, as type:image. */
function tokens(text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => `${t.tokenType.name}:${t.image}`);
}

function exampleFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return exampleFiles(path);
        return name.endsWith('.tender') ? [path] : [];
    });
}

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 4294967296;
    };
}

/** Rewrites the whitespace between tokens at random: spaces, tabs, line breaks, blank lines. */
function rewhitespace(text: string, next: () => number, keepLineBreaks: boolean): string {
    const lexed = services.parser.Lexer.tokenize(text);
    const all = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
    let result = '';
    let at = 0;
    for (const token of all) {
        const gap = text.slice(at, token.startOffset);
        const breaks = (gap.match(/\n/g) ?? []).length;
        const needsSpace = at > 0 && /[A-Za-z0-9_%£€$"]$/.test(result) && /^[A-Za-z0-9_£€$"]/.test(token.image);
        let replacement: string;
        if (keepLineBreaks) {
            replacement = breaks > 0 ? '\n'.repeat(breaks) + ' \t'.repeat(Math.floor(next() * 4)) : (needsSpace || next() < 0.5 ? ' '.repeat(1 + Math.floor(next() * 3)) : '');
        } else {
            const roll = next();
            replacement = roll < 0.3 ? '\n' : roll < 0.4 ? '\n\n\t' : roll < 0.7 ? ' ' : roll < 0.85 ? '\t  ' : '';
            if (replacement === '' && needsSpace) replacement = ' ';
        }
        // A line comment must end its line.
        if (/^\/\//.test(result.slice(result.lastIndexOf('\n') + 1).trimStart()) && !replacement.includes('\n') && at > 0 && all[all.indexOf(token) - 1]?.tokenType.name === 'SL_COMMENT') {
            replacement = '\n';
        }
        result += (at === 0 ? '' : replacement) + token.image;
        at = token.startOffset + token.image.length;
    }
    return result + '\n';
}

describe('formatter: canonical layout', () => {
    test('one property per line, four-space indents, braces on the element line, lists as a, b, c', async () => {
        await formatting({
            before: 'tender   T{title "T" cohort C { needs A ,B,C\nassets "x" ,\n "y" } outcome O "o" { serves C target 6 months 30% }}',
            after: [
                'tender T {',
                '    title "T"',
                '    cohort C {',
                '        needs A, B, C',
                '        assets "x", "y"',
                '    }',
                '    outcome O "o" {',
                '        serves C',
                '        target 6 months 30%',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('one blank line between top-level elements, none after imports are joined', async () => {
        await formatting({
            before: 'import "a.tender"\n\n\n\nimport "b.tender"\nframework F { need N "n" }\n\n\n\ntender T {}\ngrant G "g" { buyer "b" }',
            after: 'import "a.tender"\n\nimport "b.tender"\n\nframework F {\n    need N "n"\n}\n\ntender T {}\n\ngrant G "g" {\n    buyer "b"\n}\n'
        });
    });

    test('blank lines between properties are kept (at most one), never after { or before }', async () => {
        await formatting({
            before: 'tender T {\n\n\n    title "T"\n\n\n\n    reference "R"\n    buyer "B"\n\n}\n',
            after: 'tender T {\n    title "T"\n\n    reference "R"\n    buyer "B"\n}\n'
        });
    });

    test('comments stay where they are: own line, trailing, inside a statement', async () => {
        await formatting({
            before: '// file header\n// second line\ntender T { // the tender\n  // a note\n    title "T"   /* inline */ reference "R"\n  cohort C { needs // why\n  A }\n  /* a block\n     comment */\n}\n',
            after: '// file header\n// second line\ntender T { // the tender\n    // a note\n    title "T" /* inline */\n    reference "R"\n    cohort C {\n        needs // why\n            A\n    }\n    /* a block\n     comment */\n}\n'
        });
    });

    test('multi-line texts are left exactly as written', async () => {
        const before = 'tender T {\n      purpose "first line\n   indented    second line\n\n\tlast"\n}\n';
        await formatting({ before, after: 'tender T {\n    purpose "first line\n   indented    second line\n\n\tlast"\n}\n' });
    });

    test('qualified names, money, dates, percentages and durations keep their form', async () => {
        await formatting({
            before: 'tender T { cohort C { needs Anyborough . Homelessness } value £2.4m   over   5   years timeline { publish   2027-03-01 } award-criteria { price "P" weight   30.5% } }',
            after: 'tender T {\n    cohort C {\n        needs Anyborough.Homelessness\n    }\n    value £2.4m over 5 years\n    timeline {\n        publish 2027-03-01\n    }\n    award-criteria {\n        price "P" weight 30.5%\n    }\n}\n'
        });
    });

    test('CRLF files stay CRLF', () => {
        const formatted = format('tender T {\r\n  title "T"\r\n        buyer "B" }\r\n');
        expect(formatted).toBe('tender T {\r\n    title "T"\r\n    buyer "B"\r\n}\r\n');
    });

    test('range formatting touches only the range', async () => {
        await formatting({
            before: 'tender T {\n  title "T"\n  buyer    "B"\n}\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 14 } },
            after: 'tender T {\n  title "T"\n    buyer "B"\n}\n'
        });
    });

    test('with syntax errors only trailing spaces go; with characters the lexer cannot read, nothing', () => {
        expect(format('tender T {  \n  cohort {   \n    title   "x  \n  y"  \n')).toBe('tender T {\n  cohort {\n    title   "x  \n  y"\n');
        expect(format('tender T {  \n  title @ "x"   \n}\n')).toBe('tender T {  \n  title @ "x"   \n}\n');
        expect(format('tender T { purpose "never closed   \n   ')).toBe('tender T { purpose "never closed   \n   ');
    });

    test('an empty file stays empty; one of only whitespace becomes empty', () => {
        expect(format('')).toBe('');
        expect(format('\n\n  \n')).toBe('');
    });
});

/** Examples copied unchanged from the language reference (../shared/spec/examples). */
const SPEC_COPIES = new Set(['anyborough/first-draft.tender', 'anyborough/framework.tender', 'anyborough/market.tender', 'anyborough/multiple-disadvantage.tender', 'westhaven/framework.tender', 'westhaven/young-people-accommodation.tender', 'forms/every-form.tender']);

describe('formatter: safe and stable on every example and on mangled variants', () => {
    const files = exampleFiles(EXAMPLES);

    test('there are examples to check', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    for (const file of files) {
        const name = file.slice(EXAMPLES.length + 1);
        const source = readFileSync(file, 'utf8');
        // The reference's own examples are copied unchanged, so they keep the reference's layout
        // (aligned comments, one-line blocks): their canonical form is what the formatter makes of them.
        const specCopy = SPEC_COPIES.has(name.replace(/\\/g, '/'));
        const text = specCopy ? format(source) : source;

        test(`${name} is already canonical`, () => {
            expect(format(text)).toBe(text);
            if (specCopy) expect(tokens(text)).toEqual(tokens(source));
        });

        test(`${name}: re-spaced on the same lines formats back to the original`, () => {
            const next = random(name.length * 7919);
            for (let i = 0; i < 5; i++) {
                const variant = rewhitespace(text, next, true);
                expect(tokens(variant)).toEqual(tokens(text));
                expect(format(variant), `variant ${i}`).toBe(text);
            }
        });

        test(`${name}: with line breaks moved at random, tokens are kept and formatting is idempotent`, () => {
            const next = random(name.length * 104729);
            for (let i = 0; i < 5; i++) {
                const variant = rewhitespace(text, next, false);
                const once = format(variant);
                expect(tokens(once)).toEqual(tokens(variant));
                expect(format(once)).toBe(once);
            }
        });

        test(`${name}: with random cuts and insertions (syntax errors), tokens are kept and formatting is idempotent`, () => {
            const next = random(name.length * 15485863);
            const junk = ['{', '}', '"', ',', '.', ' ', '\n', 'tender', 'weight', '£', '12%', '/*', '*/', '//', '\t', 'x-'];
            for (let i = 0; i < 25; i++) {
                let variant = text;
                for (let j = 0; j < 3; j++) {
                    const at = Math.floor(next() * variant.length);
                    variant = next() < 0.5
                        ? variant.slice(0, at) + variant.slice(at + Math.floor(next() * 30))
                        : variant.slice(0, at) + junk[Math.floor(next() * junk.length)] + variant.slice(at);
                }
                const once = format(variant);
                expect(once.replace(/\s+/g, ''), `variant ${i}`).toBe(variant.replace(/\s+/g, ''));
                if (services.parser.Lexer.tokenize(variant).errors.length === 0) {
                    expect(tokens(once)).toEqual(tokens(variant));
                }
                expect(format(once), `variant ${i}`).toBe(once);
            }
        });
    }
});
