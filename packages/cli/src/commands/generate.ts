/**
 * `tender generate <file> [--out DIR] [--format docx,ocds,json,html] [--force] [--review]
 * [--explain-ocds] [--base-url URL]`
 *
 * Writes `<reference>.<ext>` for every tender in the file. Refuses (exit 1, nothing written) when
 * the file has errors, unless --force. Every output is built in memory first and only then written,
 * each file whole (temporary file, then rename): a failure leaves no new file behind.
 * Exit 0 written, 1 the tender has errors or cannot be expressed in a format, 2 bad usage or unreadable input.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import type { LintConfig, TenderDocument, WriterFinding, WriterId, WriterOptions } from '@tender/language';
import { DEFAULT_OCID_PREFIX, describeGap, publicationGaps } from '@tender/language';
import type { Tender } from '@tender/language';
import { baseNameOf, tooLargeToWrite, explainOcds, formatOcdsGaps, isModel, isTender, loadTenders, resolveTender, docsUrlFor, TemplateError, templatesFolder, WRITER_IDS, writerFor } from '@tender/language';
import { checkReadable, failedTarget, publishFiles } from '@tender/language/node';
import { defaultWorkspaceRoot } from '../files.js';
import { displayPath, safeFileMessage, safePath, safeText } from '../safe-text.js';
import { fsReason } from '../fs-errors.js';
import { listFlag, parseArgs, stringFlag, UsageError } from '../args.js';
import type { LintMessage } from '../lint-report.js';
import { reportFor } from '../lint-report.js';
import { releaseTenderServices, tenderServices } from '../services.js';
import type { CliIo } from '../main.js';

export const GENERATE_FLAGS = [
    { name: 'out', value: true },
    { name: 'format', value: true },
    { name: 'force' },
    { name: 'review' },
    { name: 'explain-ocds' },
    { name: 'base-url', value: true },
    { name: 'root', value: true },
    { name: 'for-publication' },
    { name: 'include-internal' }
] as const;

export const GENERATE_HELP = `Usage: tender generate <file> [options]

Writes the tender pack of every tender in <file>, named by its reference:
  <reference>.docx       the invitation to tender, for people and legal review
  <reference>.ocds.json  an OCDS 1.1 release package (a UK4 tender notice) for open data
  <reference>.pack.json  the whole resolved tender (schemas/tender-pack.schema.json)
  <reference>.html       the same content as the DOCX, as a web page
A tender without a reference is written under its name.

Options:
  --out DIR                     folder to write into (default: out)
  --format docx,ocds,json,html  which outputs (default: all that are available)
  --force                       write even when the file has lint errors
  --review                      show lint findings as review comments in the DOCX and HTML
  --explain-ocds                list the UK4 tender notice fields the OCDS output cannot fill, and how to fill them
  --base-url URL                where the files will be published: gives the OCDS package and documents their URLs
  --for-publication             refuse (nothing written) while a fact the regulations require of the notice
                                is missing, whatever severity notice-incomplete has; list the Find a Tender
                                form fields still missing
  --include-internal            keep internal risks in the pack JSON (never with --for-publication)
  --root DIR                    the workspace folder every read and write must stay inside (default: the
                                nearest folder up holding tender.config.json or .git, as for tender lint)

Settings from tender.config.json: ocidPrefix (OCDS identifier prefix, default ocds-213czf),
templates (a folder of Handlebars templates for the DOCX and HTML), reviewAuthor.

Exit codes: 0 written, 1 the tender has errors or (--for-publication) lacks a required notice fact
(nothing written), 2 bad usage or unreadable input.
`;

/** One file's worth of output, built before anything is written. */
interface Output {
    readonly path: string;
    readonly bytes: Uint8Array;
}

export async function generateCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, GENERATE_FLAGS);
    if (args.positionals.length !== 1) {
        throw new UsageError(args.positionals.length === 0
            ? 'name the .tender file to generate from (see tender generate --help)'
            : `name one .tender file (got ${args.positionals.length}: ${args.positionals.join(', ')})`);
    }
    const file = resolve(io.cwd, args.positionals[0]);
    if (!file.endsWith('.tender')) throw new UsageError(`${args.positionals[0]} is not a .tender file`);
    const workspace = defaultWorkspaceRoot([file], io.cwd, stringFlag(args, 'root'));
    try {
        checkReadable(file, { roots: [workspace], kind: 'tender' });
    } catch (error) {
        io.stderr(`tender generate: cannot read ${safeText(args.positionals[0])}: ${fsReason(error)}`);
        return 2;
    }
    const requested = args.flags.has('format');
    const formats = listFlag(args, 'format', WRITER_IDS, WRITER_IDS);
    const unavailable = formats.filter(id => !writerFor(id));
    if (requested && unavailable.length > 0) {
        io.stderr(`tender generate: the ${unavailable.join(' and ')} ${unavailable.length === 1 ? 'output is' : 'outputs are'} not available yet in this version of tender (available: ${WRITER_IDS.filter(id => writerFor(id)).join(', ')})`);
        return 2;
    }
    const chosen = formats.filter(id => writerFor(id));
    const outDir = resolve(io.cwd, stringFlag(args, 'out') ?? 'out');
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
        throw new UsageError(`--out ${stringFlag(args, 'out')} is a file, not a folder`);
    }
    if (args.flags.has('for-publication') && args.flags.has('include-internal')) {
        throw new UsageError('--include-internal puts internal risks in the pack JSON, which is never published: it cannot go with --for-publication');
    }
    const baseUrl = stringFlag(args, 'base-url');
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
        throw new UsageError(`--base-url must be an absolute http(s) URL, e.g. https://data.example.gov.uk/tenders/ (got "${baseUrl}")`);
    }

    const prepare = async () => {
        const services = tenderServices();
        services.workspace.WorkspaceRoots.setRoots([URI.file(workspace)]);
        const [document] = await loadTenders(services, [file]);
        const root = document.parseResult.value;
        const tenders = isModel(root) ? root.elements.filter(isTender) : [];
        const shown = displayPath(file, io.cwd);
        if (tenders.length === 0) {
            io.stderr(`tender generate: ${shown} holds no tender (only ${describeElements(document)}); nothing to generate`);
            return 1;
        }

        const config = services.lint.ConfigProvider.getConfig(document.uri);
        for (const problem of config.problems) io.stderr(`${safePath(problem.file)}: ${safeText(problem.message)}`);
        const report = reportFor(services, document);
        const errors = report.messages.filter(m => !m.suppressed && m.severity === 'error');
        if (errors.length > 0 && !args.flags.has('force')) {
            io.stderr(`tender generate: ${shown} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; nothing written. Fix ${errors.length === 1 ? 'it' : 'them'} (tender lint ${shown}) or use --force:`);
            for (const e of errors) io.stderr(`  ${shown}:${e.line}:${e.column}  ${safeText(e.message)}  ${e.ruleId}`);
            if (args.flags.has('explain-ocds')) explain(tenders.map(t => resolveTender(t, document)), config, baseUrl, io);
            return 1;
        }

        if (args.flags.has('for-publication') && !publishable(tenders, io)) return 1;

        return { models: tenders.map(t => resolveTender(t, document)), report, config };
    };
    // Loading, linting and resolving in a function of their own: once it returns, nothing but
    // the resolved models, the report and the config refers to the documents, and the services
    // are let go, so the writers do not run beside the syntax trees.
    const prepared = await prepare();
    if (typeof prepared === 'number') return prepared;
    releaseTenderServices();
    const { models, report, config } = prepared;
    const names = models.map(m => baseNameOf(m));
    for (const [i, model] of models.entries()) {
        if (!model.reference?.trim()) {
            io.stderr(`tender generate: ${model.name} has no reference; writing its files as ${safeText(names[i])}.* (add reference "..." to name them)`);
        }
        const tooLarge = tooLargeToWrite(model);
        if (tooLarge) {
            io.stderr(`tender generate: ${model.name}: ${tooLarge}; nothing written`);
            return 1;
        }
        const twin = names.findIndex((n, j) => j < i && n.toLowerCase() === names[i].toLowerCase());
        if (twin >= 0) {
            io.stderr(`tender generate: ${models[twin].name} and ${model.name} would both be written as ${safeText(names[i])}.*; give them different references`);
            return 1;
        }
    }
    if (args.flags.has('explain-ocds')) explain(models, config, baseUrl, io);
    if (chosen.includes('ocds') && (config.ocidPrefix ?? DEFAULT_OCID_PREFIX) === DEFAULT_OCID_PREFIX) {
        io.stderr(`tender generate: note: the OCDS ocid uses ${DEFAULT_OCID_PREFIX}, the prefix the OCDS documentation uses for examples; set ocidPrefix in tender.config.json to the prefix registered for your publication before publishing`);
    }
    if (!requested && unavailable.length > 0) {
        io.stderr(`tender generate: skipping ${unavailable.join(', ')} (not available yet in this version of tender)`);
    }

    const outputs: Output[] = [];
    for (const [i, model] of models.entries()) {
        const options: WriterOptions = {
            findings: findingsWithin(report.messages, model),
            review: args.flags.has('review'),
            templates: templatesFolder(config),
            workspaceRoots: [workspace],
            ocidPrefix: config.ocidPrefix,
            reviewAuthor: config.reviewAuthor,
            toolVersion: io.version,
            baseUrl,
            baseName: names[i],
            includeInternal: args.flags.has('include-internal')
        };
        for (const id of chosen) {
            const writer = writerFor(id as WriterId)!;
            try {
                outputs.push({ path: join(outDir, `${names[i]}${writer.extension}`), bytes: await writer.write(model, options) });
            } catch (error) {
                if (error instanceof TemplateError) {
                    // A broken override template is unreadable input, not a problem of the tender.
                    io.stderr(`tender generate: ${safeFileMessage(error.file, error.message)}\n(the ${id} output of ${model.name} uses this template; nothing written)`);
                    return 2;
                }
                io.stderr(`tender generate: cannot write the ${id} output of ${model.name}: ${safeText(reason(error))}; nothing written`);
                return 1;
            }
        }
    }
    // All or nothing: every file is written beside its place first, then all are renamed in.
    try {
        publishFiles(outputs, [workspace]);
    } catch (error) {
        io.stderr(`tender generate: cannot write ${displayPath(resolve(failedTarget(error, outDir)), io.cwd)}: ${fsReason(error)}; nothing written`);
        return 2;
    }
    for (const output of outputs) io.stdout(`wrote ${displayPath(output.path, io.cwd)}\n`);
    return 0;
}

/**
 * `--for-publication`: every fact the regulations require of the notice is there (else each is
 * listed and nothing is written); the fields only Find a Tender's form asks for are listed either way.
 */
function publishable(tenders: readonly Tender[], io: CliIo): boolean {
    let ok = true;
    for (const tender of tenders) {
        const gaps = publicationGaps(tender);
        if (gaps.required.length > 0) {
            ok = false;
            io.stderr(`tender generate: ${tender.name} is not ready for publication: the notice needs ${gaps.required.length} ${gaps.required.length === 1 ? 'fact' : 'facts'} the regulations require; nothing written:`);
            for (const gap of gaps.required) io.stderr(`  ${safeText(describeGap(gap))}`);
        }
        if (gaps.form.length > 0) {
            io.stderr(`tender generate: ${tender.name}: Find a Tender's form also asks for (not required by regulation):`);
            for (const gap of gaps.form) io.stderr(`  ${safeText(describeGap(gap))}`);
        }
    }
    return ok;
}

function explain(models: readonly TenderDocument[], config: LintConfig, baseUrl: string | undefined, io: CliIo): void {
    for (const model of models) {
        // The fields and fixes are the tool's words; the reference, at the start of a line, is the tender's.
        io.stdout(formatOcdsGaps(safePath(model.reference?.trim() || model.name), explainOcds(model, { ocidPrefix: config.ocidPrefix, baseUrl })));
    }
}

/**
 * The lint findings that fall inside the tender's source (a file may hold several tenders).
 * Findings silenced by an inline comment are kept, marked with the reason given, for the review
 * comments (docs/configuration.md: the reason is kept for legal review).
 */
function findingsWithin(messages: readonly LintMessage[], model: TenderDocument): WriterFinding[] {
    const source = model.source;
    return messages
        .filter(m => !source || (m.line >= source.line && m.line <= source.endLine))
        .map(({ suppressed, ...finding }) => {
            const docsUrl = docsUrlFor(finding.ruleId);
            return {
                ...finding,
                ...(docsUrl ? { docsUrl } : {}),
                ...(suppressed ? { suppressed: suppressed.justification ? { justification: suppressed.justification } : {} } : {})
            };
        });
}

function describeElements(document: LangiumDocument): string {
    const root = document.parseResult.value;
    const kinds = isModel(root) ? root.elements.map(e => e.$type.toLowerCase()) : [];
    return kinds.length === 0 ? 'nothing' : [...new Set(kinds)].map(k => `${k}s`).join(' and ');
}

function reason(error: unknown): string {
    if (error && typeof error === 'object' && 'code' in error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT') return 'no such file';
        if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
        if (code === 'EISDIR') return 'it is a folder';
        if (code === 'ENOSPC') return 'the disk is full';
    }
    return error instanceof Error ? error.message : String(error);
}
