/**
 * The status bar item: the active tender file's errors and warnings at a glance; a click opens
 * the Problems panel.
 */
import type { Diagnostic, Disposable, StatusBarItem, TextEditor } from 'vscode';
import { DiagnosticSeverity, languages, StatusBarAlignment, ThemeColor, window } from 'vscode';

export interface FindingCounts {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

export function countFindings(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): FindingCounts {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const diagnostic of diagnostics) {
        if (diagnostic.severity === DiagnosticSeverity.Error) errors++;
        else if (diagnostic.severity === DiagnosticSeverity.Warning) warnings++;
        else infos++;
    }
    return { errors, warnings, infos };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `$(error) 3 $(warning) 12`, or a tick when the tender is clean. */
export function statusText(counts: FindingCounts): string {
    if (counts.errors === 0 && counts.warnings === 0) {
        return '$(pass) Tender';
    }
    return `$(error) ${counts.errors} $(warning) ${counts.warnings}`;
}

export function statusTooltip(counts: FindingCounts, fileName: string): string {
    if (counts.errors === 0 && counts.warnings === 0 && counts.infos === 0) {
        return `${fileName}: no findings.`;
    }
    const parts = [plural(counts.errors, 'error', 'errors'), plural(counts.warnings, 'warning', 'warnings'), plural(counts.infos, 'suggestion', 'suggestions')];
    const blocking = counts.errors > 0 ? ' Errors stop tender packs being generated.' : '';
    return `${fileName}: ${parts.join(', ')}.${blocking} Click to open the Problems panel.`;
}

export class TenderStatusBar implements Disposable {
    protected readonly item: StatusBarItem;
    protected readonly listeners: Disposable[] = [];

    constructor() {
        this.item = window.createStatusBarItem('tender.findings', StatusBarAlignment.Left, 50);
        this.item.name = 'Tender findings';
        this.item.command = 'workbench.actions.view.problems';
        this.listeners.push(
            window.onDidChangeActiveTextEditor(editor => this.update(editor)),
            languages.onDidChangeDiagnostics(event => {
                const active = window.activeTextEditor?.document.uri.toString();
                if (active && event.uris.some(uri => uri.toString() === active)) {
                    this.update(window.activeTextEditor);
                }
            })
        );
        this.update(window.activeTextEditor);
    }

    update(editor: TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== 'tender') {
            this.item.hide();
            return;
        }
        const counts = countFindings(languages.getDiagnostics(editor.document.uri));
        const name = editor.document.uri.path.split('/').pop() ?? 'this file';
        this.item.text = statusText(counts);
        this.item.tooltip = statusTooltip(counts, name);
        this.item.backgroundColor = counts.errors > 0 ? new ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        for (const listener of this.listeners) listener.dispose();
        this.item.dispose();
    }
}
