import { describe, expect, test } from 'vitest';
import { quote, unescapeText, unquote } from '../../src/values/text.js';

describe('unquote', () => {
    test('removes the quotes', () => {
        expect(unquote('"Adults aged 18 or over"')).toBe('Adults aged 18 or over');
        expect(unquote('""')).toBe('');
    });

    test('reads the two escapes, and leaves any other backslash as written', () => {
        expect(unquote(String.raw`"the \"Good Lives\" model"`)).toBe('the "Good Lives" model');
        expect(unquote(String.raw`"C:\\Users"`)).toBe(String.raw`C:\Users`);
        expect(unquote(String.raw`"a\\"`)).toBe('a\\');
        expect(unquote(String.raw`"\\\""`)).toBe('\\"');
        expect(unquote(String.raw`"line\nbreak"`)).toBe(String.raw`line\nbreak`);
        expect(unquote(String.raw`"50\%"`)).toBe(String.raw`50\%`);
    });

    test('multi-line strings keep their line breaks', () => {
        expect(unquote('"first line\n    second line"')).toBe('first line\n    second line');
        expect(unquote('"first\r\nsecond"')).toBe('first\r\nsecond');
    });

    test('is forgiving of what is not a quoted token', () => {
        expect(unquote('plain')).toBe('plain');
        expect(unquote('"')).toBe('"');
        expect(unquote('"unterminated')).toBe('unterminated');
    });
});

describe('unescapeText', () => {
    const cases = [
        '"plain words"',
        String.raw`"a \"quoted\" word"`,
        String.raw`"back\\slash and \n kept"`,
        '"two\nlines"',
        String.raw`"\\\""`,
        '""'
    ];

    test.each(cases)('gives the same value as unquote for %s', (token) => {
        expect(unescapeText(token).value).toBe(unquote(token));
    });

    test.each(cases)('maps every character of %s to where it is written', (token) => {
        const { value, offsets } = unescapeText(token);
        expect(offsets).toHaveLength(value.length + 1);
        expect(offsets.at(-1)).toBe(token.length - 1);
        for (let i = 0; i < value.length; i++) {
            const written = token[offsets[i]];
            // an escaped character maps to its backslash; the character itself follows it
            expect(written === value[i] || (written === '\\' && token[offsets[i] + 1] === value[i]), `${token} @ ${i}`).toBe(true);
            if (i > 0) expect(offsets[i]).toBeGreaterThan(offsets[i - 1]);
        }
    });

    test('a phrase found in the value maps back to its exact source span', () => {
        const token = String.raw`"We want a \"holistic\" and robust service"`;
        const { value, offsets } = unescapeText(token);
        const at = value.indexOf('robust');
        const span = token.slice(offsets[at], offsets[at + 'robust'.length]);
        expect(span).toBe('robust');
        const quoted = value.indexOf('"holistic"');
        expect(token.slice(offsets[quoted], offsets[quoted + '"holistic"'.length])).toBe(String.raw`\"holistic\"`);
    });

    test('multi-line offsets count the line break as a character', () => {
        const token = '"first\n  vague words"';
        const { value, offsets } = unescapeText(token);
        const at = value.indexOf('vague');
        expect(token.slice(offsets[at], offsets[at + 5])).toBe('vague');
        expect(offsets[at]).toBe(token.indexOf('vague'));
    });
});

describe('quote', () => {
    test('escapes quotes and backslashes, and round-trips', () => {
        expect(quote('the "Good Lives" model')).toBe(String.raw`"the \"Good Lives\" model"`);
        expect(quote(String.raw`C:\Users`)).toBe(String.raw`"C:\\Users"`);
        for (const value of ['', 'plain', 'a "b" c', '\\', '\\"', 'two\nlines', String.raw`\n`]) {
            expect(unquote(quote(value))).toBe(value);
            expect(unescapeText(quote(value)).value).toBe(value);
        }
    });
});
