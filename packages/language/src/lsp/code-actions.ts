/**
 * Quick fixes: dispatched by diagnostic code to the rule that reported it. A "fix all" source
 * action applies every safe fix in the file.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import { curlyQuoteFixes, fixesFor, safeFixes } from '../lint/fixes.js';
import type { FixProposal } from '../lint/define-rule.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tender`;

export class TenderCodeActionProvider implements CodeActionProvider {
    protected readonly services: TenderServices;

    constructor(services: TenderServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const only = params.context.only;
        const wantsQuickFix = !only || only.some(k => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
        const wantsFixAll = !only || only.some(k => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source);
        if (wantsQuickFix) {
            for (const diagnostic of params.context.diagnostics) {
                actions.push(...this.quickFixes(document, diagnostic));
            }
            // Text in Word's curly quotes is valid, so no diagnostic asks for this: offered where the cursor is.
            for (const fix of curlyQuoteFixes(document, params.range)) {
                actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri.toString()]: [...fix.edits] } } });
            }
        }
        if (wantsFixAll) {
            const fixes = safeFixes(this.services, document);
            if (fixes.length > 0) {
                const edits = fixes.flatMap(fix => [...fix.edits]);
                // The title says how many findings it fixes: nothing changes the text unannounced.
                actions.push({
                    title: `Fix all safe tender findings (${fixes.length})`,
                    kind: FIX_ALL_KIND,
                    edit: { changes: { [document.uri.toString()]: edits } }
                });
            }
        }
        return actions;
    }

    protected quickFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const result: CodeAction[] = [];
        for (const proposal of fixesFor(this.services, document, diagnostic)) {
            const edit = proposal.otherFile?.create ? withNewFile(document, proposal) : plainEdit(document, proposal);
            result.push({
                title: proposal.title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: proposal.preferred,
                edit
            });
        }
        return result;
    }
}

function plainEdit(document: LangiumDocument, proposal: FixProposal): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    if (proposal.edits.length > 0) {
        changes[document.uri.toString()] = [...proposal.edits];
    }
    if (proposal.otherFile) {
        changes[proposal.otherFile.uri] = [...proposal.otherFile.edits];
    }
    return { changes };
}

/** A fix that creates a file (a first tender.config.json) needs `documentChanges`: `changes` cannot create. */
function withNewFile(document: LangiumDocument, proposal: FixProposal): WorkspaceEdit {
    const other = proposal.otherFile!;
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [
        { kind: 'create', uri: other.uri, options: { overwrite: false, ignoreIfExists: true } },
        { textDocument: { uri: other.uri, version: null }, edits: [...other.edits] }
    ];
    if (proposal.edits.length > 0) {
        documentChanges.push({ textDocument: { uri: document.uri.toString(), version: document.textDocument.version }, edits: [...proposal.edits] });
    }
    return { documentChanges };
}
