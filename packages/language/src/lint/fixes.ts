/**
 * Fixes for findings: looked up by rule id. Shared by the editor's code actions and `tender lint --fix`.
 */
import type { LangiumDocument } from 'langium';
import { UriUtils } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TenderServices } from '../tender-module.js';
import type { ConfigFileInfo, FixProposal } from './define-rule.js';
import { CONFIG_FILE_NAME } from './config.js';
import { isInside } from '../references/imports.js';
import { rulesById } from './rules/index.js';

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

/**
 * The edits of every safe fix for the document's current findings, without overlaps (the first
 * fix to touch a range wins; run again to apply the rest).
 */
export function safeFixEdits(services: TenderServices, document: LangiumDocument): TextEdit[] {
    const result = services.lint.Linter.lint(document);
    const edits: TextEdit[] = [];
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
        if (!safe) continue;
        const spans = safe.edits.map(e => ({ start: text.offsetAt(e.range.start), end: text.offsetAt(e.range.end) }));
        const overlaps = spans.some(s => taken.some(t => s.start < t.end && t.start < s.end || (s.start === s.end && s.start === t.start)));
        if (overlaps) continue;
        taken.push(...spans);
        edits.push(...safe.edits);
    }
    return edits;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument;
    const sorted = [...edits].map(e => ({ start: text.offsetAt(e.range.start), end: text.offsetAt(e.range.end), newText: e.newText }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text.getText();
    for (const edit of sorted) {
        result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    }
    return result;
}
