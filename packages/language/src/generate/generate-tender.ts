/**
 * Generating a file's outputs, shared by `tender generate` and the editor (its Generate commands
 * and the live preview): what the files are called, where an authority's templates are, and a
 * whole run for callers that need nothing more (the editor). Writers return bytes; writing them
 * stays with the caller.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Tender } from '../generated/ast.js';
import { isModel, isTender } from '../generated/ast.js';
import type { TenderServices } from '../tender-module.js';
import type { LintConfig } from '../lint/config.js';
import type { TenderDocument } from '../model/tender-document.js';
import { resolveTender } from '../model/resolve.js';
import { diagnosticCode } from '../validation/tender-validator.js';
import type { WriterFinding, WriterId } from './writers.js';
import { WRITER_IDS, writerFor } from './writers.js';

/** The tenders of a built document, in source order. */
export function tendersIn(document: LangiumDocument): Tender[] {
    const root = document.parseResult.value;
    return isModel(root) ? root.elements.filter(isTender) : [];
}

/**
 * The longest base name, in UTF-8 bytes: with an extension (`.diff.docx`) and the prefix and
 * suffix of its temporary file (node/files.ts) it stays well under the 255 bytes file systems allow.
 */
export const BASE_NAME_BYTES = 120;

/**
 * The file name the outputs share: the reference, else the tender's name. Characters that are not
 * safe in file names on Windows, macOS and Linux become hyphens; invisible and direction-changing
 * characters (a right-to-left override, a zero-width space, a line separator) are dropped, so a
 * name shows what it is (`evil\u202Efdp.docx` would show as `evilcod.pdf`); a long name is cut to
 * BASE_NAME_BYTES; a name Windows keeps for a device (`NUL`, `CON`, `COM1`) gets a `_`.
 */
export function baseNameOf(model: Pick<TenderDocument, 'reference' | 'name'>): string {
    const safe = (text: string) => withinBytes(text
        .replace(/[\p{Cf}\p{Zl}\p{Zp}]+/gu, '')
        .replace(/[\u0000-\u001f\u007f-\u009f\p{Cs}<>:"/\\|?*]+/gu, '-')
        .replace(/^[.\s-]+/, ''), BASE_NAME_BYTES)
        .replace(/[.\s]+$/, '');
    const base = safe(model.reference?.trim() ?? '') || safe(model.name ?? '') || 'tender';
    // Windows opens a device for these names whatever the extension (`NUL.docx` is written nowhere).
    return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(base) ? `${base}_` : base;
}

/** The longest start of `text` that takes at most `max` bytes in UTF-8, cut between characters. */
function withinBytes(text: string, max: number): string {
    let bytes = 0;
    let end = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0)!;
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes > max) break;
        end += ch.length;
    }
    return text.slice(0, end);
}

/**
 * The workspace folders (as paths) an authority's templates must really be inside, symbolic links
 * followed: the editor's workspace folders, or the CLI's workspace folder. Without them a
 * `"templates": "/etc"` in a cloned repository would be read in the editor.
 */
export function templateRoots(services: TenderServices): string[] {
    return services.workspace.WorkspaceRoots.roots().filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
}

/**
 * The most award criteria (with their sub-criteria) that lots may take from the tender, counted
 * once per lot: the OCDS release and the pack JSON give every lot the criteria it is awarded on, so
 * 1,000 lots inheriting 1,000 criteria made a 60 KB tender a 290 MB release, and 30,000 of each
 * ran the writers out of memory. Real tenders have a few lots and a few criteria.
 */
export const MAX_INHERITED_CRITERIA = 100_000;

/** Why a tender is too large to write, in plain words, or undefined when it is not. Checked before any writer runs. */
export function tooLargeToWrite(model: TenderDocument): string | undefined {
    let inherited = 0;
    let lots = 0;
    for (const lot of model.lots) {
        if (lot.awardCriteriaFrom !== 'tender' || !lot.awardCriteria) continue;
        lots++;
        for (const criterion of lot.awardCriteria.criteria) inherited += 1 + criterion.subCriteria.length;
    }
    if (inherited <= MAX_INHERITED_CRITERIA) return undefined;
    return `${lots.toLocaleString('en-GB')} lots each take the tender's ${Math.round(inherited / lots).toLocaleString('en-GB')} award criteria, `
        + `${inherited.toLocaleString('en-GB')} in all, more than the ${MAX_INHERITED_CRITERIA.toLocaleString('en-GB')} Tender writes `
        + '(every lot lists the criteria it is awarded on): use fewer lots or fewer criteria';
}

/** tender.config.json's `templates`, as an absolute folder (relative to the config file). */
export function templatesFolder(config: Pick<LintConfig, 'templates' | 'file'>): string | undefined {
    if (!config.templates) return undefined;
    if (isAbsolute(config.templates)) return config.templates;
    if (!config.file) return resolve(config.templates);
    const configPath = config.file.startsWith('file:') ? fileURLToPath(config.file) : config.file;
    return resolve(dirname(configPath), config.templates);
}

export interface GenerateFileOptions {
    /** Which outputs, in this order; every available one when empty. */
    readonly formats?: readonly WriterId[];
    /** Generate even when the file has errors. */
    readonly force?: boolean;
    /**
     * Whether Handlebars templates named by tender.config.json may be loaded. False in a workspace
     * the user has not trusted: templates are content from the workspace that shapes documents.
     */
    readonly allowTemplates?: boolean;
    /** Findings as review comments. */
    readonly review?: boolean;
    readonly toolVersion?: string;
}

export interface GeneratedOutput {
    readonly format: WriterId;
    /** `ANY-ASC-2027-003.docx` */
    readonly fileName: string;
    readonly bytes: Uint8Array;
}

export type GenerateFileResult =
    | { readonly kind: 'outputs'; readonly tenders: readonly TenderDocument[]; readonly outputs: readonly GeneratedOutput[] }
    /** Nothing generated: the file has errors (in source order). */
    | { readonly kind: 'errors'; readonly errors: readonly Diagnostic[] }
    /** The file holds no tender (a framework or market file, or one still empty). */
    | { readonly kind: 'no-tender' }
    /** Two tenders of the file would be written under one name. */
    | { readonly kind: 'name-clash'; readonly names: readonly [string, string]; readonly baseName: string }
    /** A tender too large to write (tooLargeToWrite), whatever `force` says. */
    | { readonly kind: 'too-large'; readonly message: string }
    /** A format with no writer in this version. */
    | { readonly kind: 'unavailable'; readonly formats: readonly WriterId[] };

/** Errors of a built document that stop generation: language errors and lint errors alike. */
export function blockingErrors(document: LangiumDocument): Diagnostic[] {
    return (document.diagnostics ?? [])
        .filter(d => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * Builds every output of every tender in a built (validated) document, as `tender generate`
 * does, in memory: nothing is written, so a failure leaves no half-made pack behind.
 */
export async function generateFile(services: TenderServices, document: LangiumDocument, options: GenerateFileOptions = {}): Promise<GenerateFileResult> {
    const formats = options.formats && options.formats.length > 0 ? options.formats : WRITER_IDS.filter(id => writerFor(id));
    const missing = formats.filter(id => !writerFor(id));
    if (missing.length > 0) {
        return { kind: 'unavailable', formats: missing };
    }
    const tenders = tendersIn(document);
    if (tenders.length === 0) {
        return { kind: 'no-tender' };
    }
    const errors = blockingErrors(document);
    if (errors.length > 0 && !options.force) {
        return { kind: 'errors', errors };
    }
    const config = services.lint.ConfigProvider.getConfig(document.uri);
    const models = tenders.map(t => resolveTender(t, document));
    const names = models.map(baseNameOf);
    for (const [i, name] of names.entries()) {
        const twin = names.findIndex((other, j) => j < i && other.toLowerCase() === name.toLowerCase());
        if (twin >= 0) {
            return { kind: 'name-clash', names: [models[twin].name, models[i].name], baseName: name };
        }
    }
    for (const model of models) {
        const tooLarge = tooLargeToWrite(model);
        if (tooLarge) return { kind: 'too-large', message: `${model.name}: ${tooLarge}.` };
    }
    const findings = writerFindings(document);
    const outputs: GeneratedOutput[] = [];
    for (const [i, model] of models.entries()) {
        const source = model.source;
        const writerOptions = {
            findings: findings.filter(f => !source || (f.line >= source.line && f.line <= source.endLine)),
            review: options.review ?? false,
            templates: options.allowTemplates === false ? undefined : templatesFolder(config),
            workspaceRoots: templateRoots(services),
            ocidPrefix: config.ocidPrefix,
            reviewAuthor: config.reviewAuthor,
            toolVersion: options.toolVersion,
            baseName: names[i]
        };
        for (const format of formats) {
            const writer = writerFor(format)!;
            outputs.push({ format, fileName: `${names[i]}${writer.extension}`, bytes: await writer.write(model, writerOptions) });
        }
    }
    return { kind: 'outputs', tenders: models, outputs };
}

/** The document's diagnostics as writers see them (1-based positions, with their docs link). */
export function writerFindings(document: LangiumDocument): WriterFinding[] {
    return (document.diagnostics ?? []).map(d => ({
        ruleId: diagnosticCode(d),
        severity: d.severity === 1 ? 'error' as const : d.severity === 2 ? 'warning' as const : 'info' as const,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        ...(d.codeDescription?.href ? { docsUrl: d.codeDescription.href } : {})
    }));
}
