/**
 * tender.config.json in the editor. When a config file is created, changed or deleted, the cached
 * configurations and lint results are dropped and every tender is checked again. What is wrong in
 * a config file is reported on that file (a diagnostic per problem, on the offending key), and
 * cleared once it is fixed. (Editor settings, and re-linting when a config file changes, are
 * EditorSettingsSync's: see editor-settings.ts.)
 */
import { DocumentState, URI, UriUtils } from 'langium';
import type { Connection, Diagnostic, DidChangeWatchedFilesParams, FileEvent } from 'vscode-languageserver';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import type { ConfigProblem, LintConfig } from '../lint/config.js';
import { CONFIG_FILE_NAME } from '../lint/config.js';

/** Diagnostic code of a problem in a config file. */
export const CONFIG_PROBLEM_CODE = 'invalid-config';

export class ConfigFileWatcher {
    protected readonly services: TenderServices;
    protected readonly connection: Connection;
    /** Problems last sent per config file URI, as JSON, so unchanged ones are not sent again. */
    protected readonly published = new Map<string, string>();
    /** Config files seen changing that no tender uses (yet): still reported on. */
    protected readonly watched = new Set<string>();

    constructor(services: TenderServices, connection: Connection) {
        this.services = services;
        this.connection = connection;
    }

    /** Hooks the watcher into the language server. */
    listen(): void {
        const shared = this.services.shared;
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => this.filesChanged(params));
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => this.publishAll());
    }

    filesChanged(params: DidChangeWatchedFilesParams): void {
        const changes = params.changes.filter(isConfigFile);
        if (changes.length === 0) return;
        for (const change of changes) {
            if (change.type === FileChangeType.Deleted) this.watched.delete(change.uri);
            else this.watched.add(change.uri);
        }
        this.reload();
    }

    /** Drops cached configurations so that the next look-up reads the files again, and reports on them. */
    reload(): void {
        this.services.lint.ConfigProvider.clear();
        this.publishAll();
    }

    /** Sends the problems of every config file in use (and clears those now fixed or gone). */
    publishAll(): void {
        const configs = this.services.lint.ConfigProvider;
        const problems = new Map<string, ConfigProblem[]>();
        const note = (config: LintConfig) => {
            if (!config.file) return;
            const uri = toUri(config.file).toString();
            if (!problems.has(uri)) problems.set(uri, config.problems.filter(p => !p.file || toUri(p.file).toString() === uri));
        };
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            if (document.uri.path.endsWith('.tender')) note(configs.getConfig(document.uri));
        }
        for (const uri of this.watched) {
            // A config file beside no tender: read it as a tender in its folder would.
            note(configs.getConfig(UriUtils.joinPath(UriUtils.dirname(URI.parse(uri)), '.config-probe.tender')));
        }
        for (const uri of [...this.published.keys()]) {
            if (!problems.has(uri)) problems.set(uri, []);
        }
        for (const [uri, list] of problems) {
            // Keyed by the problems, not by their ranges: until the server hears of a change, the
            // file on disk may already say something else than the configuration in the cache.
            const key = JSON.stringify(list.map(p => [p.message, p.pointer]));
            if (this.published.get(uri) === key) continue;
            if (list.length === 0 && !this.published.has(uri)) continue;
            if (list.length === 0) this.published.delete(uri);
            else this.published.set(uri, key);
            void this.connection.sendDiagnostics({ uri, diagnostics: list.map(p => this.toDiagnostic(uri, p)) });
        }
    }

    protected toDiagnostic(uri: string, problem: ConfigProblem): Diagnostic {
        const text = this.readText(uri);
        const range = text === undefined ? undefined : locate(text, problem);
        const syntax = /not valid JSON|must hold a JSON object/.test(problem.message);
        return {
            range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: syntax ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            source: 'tender',
            code: CONFIG_PROBLEM_CODE,
            message: problem.message
        };
    }

    protected readText(uri: string): string | undefined {
        try {
            return this.services.shared.workspace.FileSystemProvider.readFileSync(URI.parse(uri));
        } catch {
            return undefined;
        }
    }
}

function isConfigFile(change: FileEvent): boolean {
    return UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME;
}

function toUri(file: string): URI {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? URI.parse(file) : URI.file(file);
}

type Range = Diagnostic['range'];

/** Where a problem is in the file: the key its pointer names, or the position of a JSON syntax error. */
export function locate(text: string, problem: ConfigProblem): Range | undefined {
    const lineColumn = /at line (\d+), column (\d+)/.exec(problem.message);
    if (lineColumn) {
        const start = { line: Number(lineColumn[1]) - 1, character: Math.max(0, Number(lineColumn[2]) - 1) };
        return { start, end: { line: start.line, character: start.character + 1 } };
    }
    const position = /at position (\d+)/.exec(problem.message);
    if (position) {
        const offset = Math.min(Number(position[1]), text.length);
        return { start: positionAt(text, offset), end: positionAt(text, Math.min(offset + 1, text.length)) };
    }
    if (!problem.pointer) return undefined;
    const keys = problem.pointer.split('/').slice(1).map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let from = 0;
    let found: { start: number; end: number } | undefined;
    for (const key of keys) {
        if (/^\d+$/.test(key)) continue; // an index into a list: the list's key is close enough
        const needle = JSON.stringify(key);
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        found = { start: at, end: at + needle.length };
        from = found.end;
    }
    return found ? { start: positionAt(text, found.start), end: positionAt(text, found.end) } : undefined;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}
