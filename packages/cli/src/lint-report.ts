/**
 * The CLI's view of lint results: per file, every message with 1-based positions. Reporters
 * (stylish, json, sarif) format this and nothing else.
 */
import type { LangiumDocument } from 'langium';
import type { TenderServices } from '@tender/language';
import { diagnosticCode } from '@tender/language';

export type MessageSeverity = 'error' | 'warning' | 'info';

export interface LintMessage {
    readonly ruleId: string;
    readonly severity: MessageSeverity;
    readonly message: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly suppressed?: { readonly kind: 'next-line' | 'region'; readonly justification?: string };
}

export interface FileReport {
    /** Absolute path. */
    readonly path: string;
    readonly messages: readonly LintMessage[];
}

export interface Counts {
    errors: number;
    warnings: number;
    infos: number;
}

const SEVERITY: Record<number, MessageSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

export function reportFor(services: TenderServices, document: LangiumDocument): FileReport {
    const messages: LintMessage[] = [];
    for (const diagnostic of document.diagnostics ?? []) {
        messages.push({
            ruleId: diagnosticCode(diagnostic),
            severity: SEVERITY[diagnostic.severity ?? 1],
            message: diagnostic.message,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            endLine: diagnostic.range.end.line + 1,
            endColumn: diagnostic.range.end.character + 1
        });
    }
    // Suppressed findings are kept (SARIF lists them with a suppression), never shown as problems.
    for (const finding of services.lint.Linter.lint(document).findings) {
        if (!finding.suppression) continue;
        messages.push({
            ruleId: finding.ruleId,
            severity: finding.severity,
            message: finding.message,
            line: finding.range.start.line + 1,
            column: finding.range.start.character + 1,
            endLine: finding.range.end.line + 1,
            endColumn: finding.range.end.character + 1,
            suppressed: finding.suppression
        });
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    return { path: document.uri.fsPath, messages };
}

export function countMessages(reports: readonly FileReport[]): Counts {
    const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
    for (const report of reports) {
        for (const message of report.messages) {
            if (message.suppressed) continue;
            if (message.severity === 'error') counts.errors++;
            else if (message.severity === 'warning') counts.warnings++;
            else counts.infos++;
        }
    }
    return counts;
}
