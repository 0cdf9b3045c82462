/**
 * Test helpers: lint in-memory tenders (with in-memory imports), and mark expected ranges in the
 * source with `<|` and `|>` instead of counting offsets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { createTenderServices } from '../src/tender-module.js';
import type { TenderServices } from '../src/tender-module.js';
import type { LintConfig } from '../src/lint/config.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EXAMPLES = join(REPO_ROOT, 'examples');
export const ANYBOROUGH = join(EXAMPLES, 'anyborough');

/** The Anyborough framework and market, for tests whose tenders import them. */
export const FRAMEWORK = readFileSync(join(ANYBOROUGH, 'framework.tender'), 'utf8');
export const MARKET = readFileSync(join(ANYBOROUGH, 'market.tender'), 'utf8');

export function newServices(): TenderServices {
    return createTenderServices(EmptyFileSystem).Tender;
}

export interface Marked {
    readonly text: string;
    readonly ranges: Range[];
}

/** Removes `<|` and `|>` markers, returning the clean text and the marked ranges in order. */
export function marked(source: string): Marked {
    const ranges: Range[] = [];
    const starts: { line: number; character: number }[] = [];
    let text = '';
    let line = 0;
    let character = 0;
    for (let i = 0; i < source.length; i++) {
        if (source.startsWith('<|', i)) {
            starts.push({ line, character });
            i++;
            continue;
        }
        if (source.startsWith('|>', i)) {
            const start = starts.pop();
            if (!start) throw new Error('unbalanced |> marker');
            ranges.push({ start, end: { line, character } });
            i++;
            continue;
        }
        const ch = source[i];
        text += ch;
        if (ch === '\n') {
            line++;
            character = 0;
        } else {
            character++;
        }
    }
    ranges.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
    return { text, ranges };
}

export interface LintOptions {
    /** Other files by name (e.g. framework.tender), loaded beside the main one. */
    readonly files?: Readonly<Record<string, string>>;
    /** Configuration for this run. */
    readonly config?: Partial<LintConfig>;
    readonly services?: TenderServices;
}

let counter = 0;

/** Parses, links and lints `text` as `virtual/<n>/tender.tender`, with the given neighbours. */
export async function lint(text: string, options: LintOptions = {}): Promise<{ document: LangiumDocument; diagnostics: Diagnostic[]; services: TenderServices }> {
    const services = options.services ?? newServices();
    if (options.config) {
        services.lint.ConfigProvider.setEditorSettings(options.config);
    }
    const folder = `file:///virtual/${++counter}`;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const all: LangiumDocument[] = [];
    for (const [name, content] of Object.entries(options.files ?? {})) {
        const doc = factory.fromString(content, URI.parse(`${folder}/${name}`));
        documents.addDocument(doc);
        all.push(doc);
    }
    const document = factory.fromString(text, URI.parse(`${folder}/tender.tender`));
    documents.addDocument(document);
    all.push(document);
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { document, diagnostics: document.diagnostics ?? [], services };
}

/** Diagnostics of one code (rule id). */
export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(d => d.code === code);
}

/** Parse and link errors only (severity error, not from lint rules). */
export function languageErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter(d => d.severity === 1 && (d.code === undefined || typeof d.code !== 'string' || !d.codeDescription));
}

/** A tender that imports the Anyborough framework, for rule tests: `lintTender(body)`. */
export async function lintWithFramework(text: string, options: LintOptions = {}) {
    return lint(text, { ...options, files: { 'framework.tender': FRAMEWORK, 'market.tender': MARKET, ...(options.files ?? {}) } });
}
