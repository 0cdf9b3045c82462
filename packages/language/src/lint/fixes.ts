/**
 * Fixes for findings: looked up by rule id. Shared by the editor's code actions and `tender lint --fix`.
 */
import type { LangiumDocument } from 'langium';
import { CstUtils, UriUtils } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { TenderServices } from '../tender-module.js';
import type { ConfigFileInfo, FixProposal } from './define-rule.js';
import { CONFIG_FILE_NAME } from './config.js';
import { isInside } from '../references/imports.js';
import { rulesById } from './rules/index.js';
import { isCurlyQuoted, straightQuoted } from '../values/text.js';

/**
 * The id under which `tender lint --fix` reports rewriting a text in Word's curly quotes with straight
 * ones. Not a finding (curly quotes are valid text), but a safe fix: the text's value is unchanged.
 */
export const CURLY_QUOTES_FIX = 'curly-quotes';

/** One safe fix per text written in Word's curly quotes, optionally only those touching `range`. */
export function curlyQuoteFixes(document: LangiumDocument, range?: Range): SafeFix[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const fixes: SafeFix[] = [];
    for (const leaf of CstUtils.flattenCst(root)) {
        if (leaf.tokenType.name !== 'STRING' || !isCurlyQuoted(leaf.text)) continue;
        if (range && (comparePositions(leaf.range.end, range.start) < 0 || comparePositions(range.end, leaf.range.start) < 0)) continue;
        fixes.push({
            ruleId: CURLY_QUOTES_FIX,
            title: 'Write this text with straight quotes',
            range: leaf.range,
            edits: [{ range: leaf.range, newText: straightQuoted(leaf.text) }]
        });
    }
    return fixes;
}

function comparePositions(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}

export function fixesFor(services: TenderServices, document: LangiumDocument, diagnostic: Pick<Diagnostic, 'code' | 'range' | 'data' | 'message'>): FixProposal[] {
    const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    const rule = ruleId ? rulesById.get(ruleId) : undefined;
    if (!rule?.fix) {
        return [];
    }
    const data = (typeof diagnostic.data === 'object' && diagnostic.data !== null ? diagnostic.data : {}) as Record<string, unknown>;
    try {
        return rule.fix({
            document,
            range: diagnostic.range,
            data,
            message: diagnostic.message,
            config: services.lint.ConfigProvider.getConfig(document.uri),
            configFile: () => configFileFor(services, document)
        });
    } catch (error) {
        console.error(`tender: fix for ${ruleId} failed: ${error instanceof Error ? error.message : String(error)}`);
        return [];
    }
}

/**
 * The config file that applies to a document, with its text; when there is none, where a new one
 * goes: the workspace folder that holds the document, else the document's own folder.
 * Undefined when the file exists but cannot be read (a fix must not overwrite what it cannot see).
 */
export function configFileFor(services: TenderServices, document: LangiumDocument): ConfigFileInfo | undefined {
    const existing = services.lint.ConfigProvider.findConfigFile(document.uri);
    if (existing) {
        try {
            return { uri: existing.toString(), text: services.shared.workspace.FileSystemProvider.readFileSync(existing) };
        } catch {
            return undefined;
        }
    }
    const root = services.workspace.WorkspaceRoots.roots().find(r => isInside(document.uri, r)) ?? UriUtils.dirname(document.uri);
    return { uri: UriUtils.joinPath(root, CONFIG_FILE_NAME).toString(), text: undefined };
}

/** A safe fix chosen for one finding: what `tender lint --fix` and the editor's "fix all" apply. */
export interface SafeFix {
    readonly ruleId: string;
    readonly title: string;
    /** Where the finding is (0-based line of its start). */
    readonly range: Range;
    readonly edits: readonly TextEdit[];
}

/**
 * The safe fix of each of the document's current findings, without overlaps (the first fix to
 * touch a range wins; run again to apply the rest). Only fixes a rule marks `safe` are chosen:
 * a safe fix never needs a value from the user and never changes what a text means (see
 * define-rule.ts); everything else is an editor suggestion, applied one at a time by the user.
 */
export function safeFixes(services: TenderServices, document: LangiumDocument): SafeFix[] {
    const result = services.lint.Linter.lint(document);
    const fixes: SafeFix[] = [];
    const taken: { start: number; end: number }[] = [];
    const text = document.textDocument;
    for (const finding of result.findings) {
        if (finding.suppression) continue;
        const proposals = fixesFor(services, document, {
            code: finding.ruleId,
            range: finding.range,
            data: { ruleId: finding.ruleId, ...finding.data },
            message: finding.message
        });
        const safe = proposals.find(p => p.safe && !p.otherFile);
        if (!safe || safe.edits.length === 0) continue;
        const spans = safe.edits.map(e => ({ start: text.offsetAt(e.range.start), end: text.offsetAt(e.range.end) }));
        const overlaps = spans.some(s => taken.some(t => s.start < t.end && t.start < s.end || (s.start === s.end && s.start === t.start)));
        if (overlaps) continue;
        taken.push(...spans);
        fixes.push({ ruleId: finding.ruleId, title: safe.title, range: finding.range, edits: safe.edits });
    }
    for (const fix of curlyQuoteFixes(document)) {
        const spans = fix.edits.map(e => ({ start: text.offsetAt(e.range.start), end: text.offsetAt(e.range.end) }));
        if (spans.some(s => taken.some(t => s.start < t.end && t.start < s.end))) continue;
        taken.push(...spans);
        fixes.push(fix);
    }
    return fixes;
}

/** The edits of every safe fix for the document's current findings (see safeFixes). */
export function safeFixEdits(services: TenderServices, document: LangiumDocument): TextEdit[] {
    return safeFixes(services, document).flatMap(fix => fix.edits);
}

/** One change a safe fix makes, as `tender lint --fix` reports it: the line, and the text before and after. */
export interface FixChange {
    readonly ruleId: string;
    /** 1-based line of the change in the text the fix was applied to. */
    readonly line: number;
    /** The text replaced (empty for an insertion), trimmed, line breaks shown as spaces. */
    readonly old: string;
    /** The text written (empty for a deletion), the same way. */
    readonly new: string;
}

/** What each edit of a safe fix changes, in words the user can check against the file. */
export function describeFix(document: LangiumDocument, fix: SafeFix): FixChange[] {
    const flat = (value: string) => value.replace(/\s*\r?\n\s*/g, ' ').trim();
    return fix.edits.map(edit => ({
        ruleId: fix.ruleId,
        // Whole lines inserted after a line (`\n    review every 12 months`) start on the next one.
        line: edit.range.start.line + 1 + (/^\r?\n/.test(edit.newText) && edit.range.start.line === edit.range.end.line ? 1 : 0),
        old: flat(document.textDocument.getText(edit.range)),
        new: flat(edit.newText)
    }));
}

/** A change as one line: `"old" -> "new"`, `added "new"` or `removed "old"`. */
export function formatFixChange(change: FixChange): string {
    if (change.old === '') return `added "${change.new}"`;
    if (change.new === '') return `removed "${change.old}"`;
    return `"${change.old}" -> "${change.new}"`;
}

/**
 * Applies non-overlapping edits to a text. Line breaks in the edits follow the file's own (an
 * editor does this itself; a fix written into a Windows file would otherwise mix `\n` into `\r\n`).
 */
export function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument;
    const eol = lineBreakOf(text.getText());
    const sorted = [...edits].map(e => ({ start: text.offsetAt(e.range.start), end: text.offsetAt(e.range.end), newText: eol === '\n' ? e.newText : e.newText.replace(/\r\n|\r|\n/g, eol) }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text.getText();
    for (const edit of sorted) {
        result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    }
    return result;
}

/** The line break a text uses: the first one in it (`\r\n`, `\r` or `\n`), else `\n`. */
function lineBreakOf(text: string): string {
    const match = /\r\n|\r|\n/.exec(text);
    return match ? match[0] : '\n';
}
