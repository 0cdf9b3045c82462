/**
 * Helpers for writer tests: resolve the Anyborough examples, or an in-memory tender, into the
 * TenderDocument the writers read.
 */
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import type { Model, Tender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import type { TenderDocument } from '../../src/model/tender-document.js';
import type { WriterFinding, WriterOptions } from '../../src/generate/writers.js';
import { ANYBOROUGH, lint, lintWithFramework, REPO_ROOT } from '../helpers.js';

export async function resolveExample(file: string): Promise<TenderDocument> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [join(ANYBOROUGH, file)]);
    const tender = (document.parseResult.value as Model).elements.find(isTender);
    if (!tender) throw new Error(`no tender in ${file}`);
    return resolveTender(tender, document);
}

/** The example's model with the lint findings of its file, as `tender generate --review` passes them. */
export async function resolveExampleWithFindings(file: string): Promise<{ model: TenderDocument; findings: WriterFinding[] }> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [join(ANYBOROUGH, file)]);
    const tender = (document.parseResult.value as Model).elements.find(isTender);
    if (!tender) throw new Error(`no tender in ${file}`);
    const findings: WriterFinding[] = (document.diagnostics ?? [])
        .filter(d => typeof d.code === 'string')
        .map(d => ({
            ruleId: String(d.code),
            severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
            message: d.message,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            ...(d.codeDescription ? { docsUrl: d.codeDescription.href } : {})
        }));
    return { model: resolveTender(tender, document), findings };
}

export async function resolveText(text: string, withFramework = true): Promise<TenderDocument> {
    const { document } = withFramework ? await lintWithFramework(text) : await lint(text);
    const tender = (document.parseResult.value as Model).elements.find(isTender) as Tender | undefined;
    if (!tender) throw new Error('no tender in the text');
    return resolveTender(tender, document);
}

export function writerOptions(overrides: Partial<WriterOptions> = {}): WriterOptions {
    return { findings: [], review: false, ...overrides };
}
