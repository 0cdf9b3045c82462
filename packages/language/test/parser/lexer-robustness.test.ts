/**
 * The lexer on unfinished input: a text with no closing quote and a block comment with no end are
 * each ONE error at their start, not dozens after it, and lexing stays linear however many quotes
 * or comment openers follow (timing bounds are generous: they catch quadratic time, not jitter).
 */
import { describe, expect, test } from 'vitest';
import { isClosedText, UNCLOSED_TEXT } from '../../src/parser/tender-token-builder.js';
import { lint, newServices } from '../helpers.js';

async function syntaxErrors(text: string): Promise<{ line: number; character: number; message: string }[]> {
    const { diagnostics } = await lint(text);
    return diagnostics.filter(d => d.code === 'syntax-error').map(d => ({ line: d.range.start.line, character: d.range.start.character, message: d.message }));
}

function timed<T>(run: () => T): { result: T; ms: number } {
    const started = performance.now();
    const result = run();
    return { result, ms: performance.now() - started };
}

describe('unfinished texts and comments', () => {
    test('a text with no closing quote is one error at its opening quote', async () => {
        const errors = await syntaxErrors('tender T {\n    title "Support for adults\n    purpose x\n    cohort C { needs A, B }\n    lot L { value £1m }\n}\n');
        expect(errors).toEqual([{ line: 1, character: 10, message: 'This text has no closing quote: add one where the text ends.' }]);
    });

    test('a curly-quoted text with no closing quote too', async () => {
        const errors = await syntaxErrors('tender T {\n    purpose "x"\n    title “Support for adults\n    cohort C { }\n}\n');
        expect(errors).toEqual([{ line: 2, character: 10, message: 'This text has no closing quote: add one where the text ends.' }]);
    });

    test('a block comment with no end is one error at its start', async () => {
        const errors = await syntaxErrors('tender T {\n    /* to do: the timeline\n    title "x"\n}\n');
        expect(errors).toEqual([{ line: 1, character: 4, message: 'This comment has no end: close it with */ where it ends.' }]);
    });

    test('errors before the unfinished text are kept', async () => {
        const errors = await syntaxErrors('tender T {\n    titel "x"\n    purpose "never closed\n}\n');
        expect(errors.map(e => e.line)).toEqual([1, 2]);
    });

    test('closed texts and comments are unaffected: the unclosed token only starts where no text closes', () => {
        const lexed = newServices().parser.Lexer.tokenize('purpose "a \\" b" /* c */ “d” "e');
        expect(lexed.tokens.map(t => t.tokenType.name)).toEqual(['purpose', 'STRING', 'STRING']);
        expect(lexed.hidden.map(t => [t.tokenType.name, t.image])).toEqual([['ML_COMMENT', '/* c */'], [UNCLOSED_TEXT, '"e']]);
        expect(lexed.errors).toEqual([]);
        expect(isClosedText('"a \\" b"')).toBe(true);
        expect(isClosedText('"a \\"')).toBe(false);
    });
});

describe('linear time on hostile input', () => {
    test('480 KB of block comment openers lex in well under 2 s, as one unclosed comment', () => {
        const text = `tender T {\n${'/* '.repeat(160_000)}`;
        const { result, ms } = timed(() => newServices().parser.Lexer.tokenize(text));
        expect(ms).toBeLessThan(2000);
        expect(result.hidden.filter(t => t.tokenType.name === 'ML_COMMENT')).toHaveLength(1);
        expect(result.errors).toEqual([]);
    });

    test('a text of 80,000 escaped quotes lexes in linear time, closed or not', () => {
        const body = '\\"'.repeat(80_000);
        const services = newServices();
        const closed = timed(() => services.parser.Lexer.tokenize(`purpose "${body}"`));
        expect(closed.ms).toBeLessThan(2000);
        expect(closed.result.tokens.map(t => t.tokenType.name)).toEqual(['purpose', 'STRING']);
        const open = timed(() => services.parser.Lexer.tokenize(`purpose "${body}`));
        expect(open.ms).toBeLessThan(2000);
        expect(open.result.hidden.map(t => t.tokenType.name)).toEqual([UNCLOSED_TEXT]);
        expect(open.result.errors).toEqual([]);
        const quotes = timed(() => services.parser.Lexer.tokenize(`purpose ${'"\\'.repeat(80_000)}`));
        expect(quotes.ms).toBeLessThan(2000);
    });

    test('the whole document (parse, link, validate) with an unclosed comment of many openers stays fast and has one error', async () => {
        const text = `tender T {\n    title "x"\n${'/* '.repeat(100_000)}`;
        const { result, ms } = await (async () => {
            const started = performance.now();
            const r = await syntaxErrors(text);
            return { result: r, ms: performance.now() - started };
        })();
        expect(ms).toBeLessThan(10_000);
        expect(result).toHaveLength(1);
    });
});
