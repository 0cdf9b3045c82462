import { describe, expect, test } from 'vitest';
import type { TextEdit } from 'vscode-languageserver-types';
import { allowInConfig } from '../../src/lint/config-edit.js';
import { parseConfig } from '../../src/lint/config.js';

/** Applies an edit that replaces the whole text (as allowInConfig's do). */
function apply(text: string, edit: TextEdit): string {
    const lines = text.split('\n');
    expect(edit.range.start).toEqual({ line: 0, character: 0 });
    expect(edit.range.end).toEqual({ line: lines.length - 1, character: lines[lines.length - 1].length });
    return edit.newText;
}

describe('allowing a word in tender.config.json', () => {
    test('writes a new file when there is none', () => {
        const edit = allowInConfig(undefined, 'holistic')!;
        expect(edit.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        expect(edit.newText).toBe('{\n  "vague": {\n    "remove": [\n      "holistic"\n    ]\n  }\n}\n');
    });

    test('adds to an existing list, keeping every other setting, the key order and the indentation', () => {
        const text = '{\n\t"$schema": "./schema.json",\n\t"rules": { "price-dominates": "off" },\n\t"vague": { "add": ["tools"], "remove": ["robust"] },\n\t"lotsThreshold": "£300,000"\n}';
        const result = apply(text, allowInConfig(text, 'where possible')!);
        expect(result.startsWith('{\n\t"$schema"')).toBe(true);
        expect(result.endsWith('}')).toBe(true);
        const config = parseConfig(result, 'tender.config.json', new Set(['price-dominates']));
        expect(config.problems).toEqual([]);
        expect(config.vague).toEqual({ add: [{ phrase: 'tools' }], remove: ['robust', 'where possible'] });
        expect(config.rules).toEqual({ 'price-dominates': 'off' });
        expect(Object.keys(JSON.parse(result) as object)).toEqual(['$schema', 'rules', 'vague', 'lotsThreshold']);
    });

    test('creates the vague settings in a file without them', () => {
        const text = '{ "rules": {} }\n';
        expect(JSON.parse(apply(text, allowInConfig(text, 'key')!))).toEqual({ rules: {}, vague: { remove: ['key'] } });
    });

    test('leaves alone a file it cannot edit safely, or one that already allows the word', () => {
        expect(allowInConfig('{ "rules": ', 'key')).toBeUndefined();
        expect(allowInConfig('[]', 'key')).toBeUndefined();
        expect(allowInConfig('{ "vague": [] }', 'key')).toBeUndefined();
        expect(allowInConfig('{ "vague": { "remove": "key" } }', 'key')).toBeUndefined();
        expect(allowInConfig('{ "vague": { "remove": ["Key"] } }', 'key')).toBeUndefined();
    });
});
