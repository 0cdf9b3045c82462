/**
 * Edits to tender.config.json made by quick fixes. The file is JSON, so an edit rewrites it whole:
 * keys keep their order and the file keeps its indentation; a file that is not a JSON object is
 * never touched (the fix is not offered).
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { phraseKey } from './vague-matcher.js';

/**
 * The edit that adds a phrase to `vague.remove` in a config file's text, or that writes a new
 * file when `text` is undefined. Undefined when the file cannot be edited safely or already
 * allows the phrase.
 */
export function allowInConfig(text: string | undefined, phrase: string): TextEdit | undefined {
    if (text === undefined) {
        return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${JSON.stringify({ vague: { remove: [phrase] } }, null, 2)}\n` };
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch {
        return undefined;
    }
    if (!isObject(raw)) {
        return undefined;
    }
    const vague = raw.vague === undefined ? {} : raw.vague;
    if (!isObject(vague)) {
        return undefined;
    }
    const remove = vague.remove === undefined ? [] : vague.remove;
    if (!Array.isArray(remove)) {
        return undefined;
    }
    if (remove.some(r => typeof r === 'string' && phraseKey(r) === phraseKey(phrase))) {
        return undefined;
    }
    const updated = { ...raw, vague: { ...vague, remove: [...remove, phrase] } };
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const newText = JSON.stringify(updated, null, indent) + (text.endsWith('\n') || text === '' ? '\n' : '');
    return { range: { start: { line: 0, character: 0 }, end: endOf(text) }, newText };
}

function endOf(text: string): Position {
    const lines = text.split(/\r\n|\r|\n/);
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
