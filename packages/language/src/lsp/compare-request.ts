/**
 * The server side of "Tender: Compare with Last Reviewed Version": the redline of the tender as
 * the editor has it (unsaved edits included) against an earlier version, as `tender diff` makes
 * it (diff/), returned as the HTML page for a preview beside the editor.
 *
 * The earlier version is built in services of its own (diff/versions.ts), never in the editor's
 * workspace: its documents get no diagnostics, no symbols and no references in the editor.
 */
import { basename, dirname } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { TenderServices } from '../tender-module.js';
import { templateRoots, templatesFolder, tendersIn } from '../generate/generate-tender.js';
import { TemplateError } from '../generate/templates/template-error.js';
import { compareVersions, writeDiff } from '../diff/tender-diff.js';
import type { VersionSource } from '../diff/versions.js';
import { diffVersionOf, loadVersion, pairTenders, VersionError } from '../diff/versions.js';
import type { CompareParams, CompareResult } from './protocol.js';

export interface CompareOptions {
    /** Whether the workspace's Handlebars templates may be used (a trusted workspace). */
    readonly allowTemplates: boolean;
}

export async function compareRedline(services: TenderServices, document: LangiumDocument, params: CompareParams, options: CompareOptions): Promise<CompareResult> {
    if (document.uri.scheme !== 'file') {
        return { kind: 'message', message: 'Save the tender as a file first: the earlier version is found beside it on disk or in its git repository.' };
    }
    const newTenders = tendersIn(document);
    if (newTenders.length === 0) {
        return { kind: 'message', message: 'No tender in this file yet: the comparison needs a file that holds a tender { ... }.' };
    }
    const file = document.uri.fsPath;
    const against = params.against;
    let source: VersionSource;
    if (against?.kind === 'git' && typeof against.ref === 'string' && against.ref.trim() !== '') {
        // From the file's own folder, so the path is right wherever the repository starts.
        source = { kind: 'git', rev: against.ref.trim(), path: `./${basename(file)}`, text: `git:${against.ref.trim()}:${basename(file)}` };
    } else if (against?.kind === 'file' && typeof against.uri === 'string') {
        const path = URI.parse(against.uri).fsPath;
        source = { kind: 'file', path, text: basename(path) };
    } else {
        return { kind: 'message', message: 'Choose the version to compare with: a git revision or a .tender file.' };
    }
    try {
        const roots = services.workspace.WorkspaceRoots.roots();
        const root = roots.find(r => file.startsWith(`${r.fsPath}/`))?.fsPath;
        const older = await loadVersion(source, { gitFolder: dirname(file), root: source.kind === 'file' ? root ?? dirname(source.path) : undefined });
        if (older.tenders.length === 0) {
            return { kind: 'message', message: `${source.text} holds no tender to compare with.` };
        }
        const { pairs } = pairTenders(older.tenders, newTenders);
        if (pairs.length === 0) {
            return { kind: 'message', message: `None of the tenders in ${source.text} has the name of a tender in this file (${newTenders.map(t => t.name).join(', ')}).` };
        }
        // A file with several tenders shows the first, as the preview does.
        const [oldTender, newTender] = pairs[0];
        const diff = compareVersions(diffVersionOf(source.text, oldTender), diffVersionOf(basename(file), newTender));
        const config = services.lint.ConfigProvider.getConfig(document.uri);
        const bytes = await writeDiff(diff, 'html', {
            findings: [],
            review: false,
            templates: options.allowTemplates ? templatesFolder(config) : undefined,
            workspaceRoots: templateRoots(services),
            reviewAuthor: config.reviewAuthor
        });
        const model = diff.newer.model;
        return {
            kind: 'html',
            html: new TextDecoder().decode(bytes),
            title: `Changes to ${model.title ?? model.name}`,
            changes: diff.changes.length,
            against: source.text,
            version: document.textDocument.version
        };
    } catch (error) {
        if (error instanceof VersionError || error instanceof TemplateError) {
            return { kind: 'message', message: error.message };
        }
        return { kind: 'message', message: `The comparison could not be made: ${error instanceof Error ? error.message : String(error)}` };
    }
}
