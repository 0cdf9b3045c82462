/**
 * Inline suppression, as in ESLint and Vale:
 *   // tender-disable-next-line vague-language, bid-window -- why
 *   /* tender-disable vague-language *\/ ... /* tender-enable vague-language *\/
 * With no rule ids a comment covers every rule. A suppression that silences nothing is itself
 * reported, so stale ones do not pile up.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

export interface Suppression {
    readonly kind: 'next-line' | 'region';
    /** Rule ids; empty means every rule. */
    readonly ruleIds: readonly string[];
    readonly justification?: string;
    /** Where the comment is. */
    readonly range: Range;
    /** Offsets covered: [start, end). For next-line, the whole next line. */
    readonly start: number;
    readonly end: number;
    used: boolean;
}

const DIRECTIVE = /^(?:\/\/|\/\*)\s*tender-(disable-next-line|disable|enable)\b([^*]*?)(?:\*\/)?\s*$/s;

export function collectSuppressions(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const text = document.textDocument.getText();
    if (!text.includes('tender-')) {
        return [];
    }
    const result: Suppression[] = [];
    const open = new Map<string, { start: number; comment: Range; justification?: string; ruleIds: string[] }>();
    for (const comment of commentTokens(text)) {
        const match = DIRECTIVE.exec(comment.text);
        if (!match) {
            continue;
        }
        const [ids, justification] = splitJustification(match[2]);
        const range = { start: document.textDocument.positionAt(comment.start), end: document.textDocument.positionAt(comment.end) };
        if (match[1] === 'disable-next-line') {
            const line = range.end.line + 1;
            const start = document.textDocument.offsetAt({ line, character: 0 });
            const end = document.textDocument.offsetAt({ line: line + 1, character: 0 });
            result.push({ kind: 'next-line', ruleIds: ids, justification, range, start, end: end === start ? text.length : end, used: false });
        } else if (match[1] === 'disable') {
            const key = regionKey(ids);
            if (!open.has(key)) {
                // A second disable of rules already disabled changes nothing: the first one still covers them.
                open.set(key, { start: comment.end, comment: range, justification, ruleIds: ids });
            }
        } else {
            // As in ESLint: an enable with no ids ends every open region; with ids, the region that
            // disabled exactly those rules, or else every region whose rules it names them all.
            const key = regionKey(ids);
            const closing = ids.length === 0 ? [...open.keys()]
                : open.has(key) ? [key]
                : [...open.entries()].filter(([, o]) => o.ruleIds.length > 0 && o.ruleIds.every(id => ids.includes(id))).map(([k]) => k);
            for (const k of closing) {
                const opened = open.get(k)!;
                result.push({ kind: 'region', ruleIds: opened.ruleIds, justification: opened.justification, range: opened.comment, start: opened.start, end: comment.start, used: false });
                open.delete(k);
            }
        }
    }
    for (const opened of open.values()) {
        result.push({ kind: 'region', ruleIds: opened.ruleIds, justification: opened.justification, range: opened.comment, start: opened.start, end: text.length, used: false });
    }
    return result;
}

/** The suppression that covers a finding of `ruleId` starting at `offset`, if any; marks it used. */
export function findSuppression(suppressions: readonly Suppression[], ruleId: string, offset: number): Suppression | undefined {
    for (const suppression of suppressions) {
        if (offset >= suppression.start && offset < suppression.end
            && (suppression.ruleIds.length === 0 || suppression.ruleIds.includes(ruleId))) {
            suppression.used = true;
            return suppression;
        }
    }
    return undefined;
}

/** Regions are matched by their set of rule ids, whatever the order they are listed in. */
function regionKey(ids: readonly string[]): string {
    return [...ids].sort().join(',');
}

function splitJustification(body: string): [string[], string | undefined] {
    const [idsPart, ...rest] = body.split('--');
    const ids = idsPart.split(/[\s,]+/).map(s => s.trim()).filter(Boolean);
    const justification = rest.join('--').trim();
    return [ids, justification || undefined];
}

/** Comments in the text, skipping strings: the same lexical rules as the grammar. */
export function* commentTokens(text: string): Generator<{ start: number; end: number; text: string }> {
    let i = 0;
    const n = text.length;
    while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === 34 /* " */) {
            i++;
            while (i < n && text.charCodeAt(i) !== 34) {
                i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
            }
            i++;
        } else if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            const start = i;
            while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
            yield { start, end: i, text: text.slice(start, i) };
        } else if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            const start = i;
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 2;
            yield { start, end: i, text: text.slice(start, i) };
        } else {
            i++;
        }
    }
}
