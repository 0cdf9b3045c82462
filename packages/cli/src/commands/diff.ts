/**
 * `tender diff <old> <new> [--out DIR] [--format docx,html,json] [--root DIR] [--exit-code]`
 *
 * Compares two versions of a tender (files, or `git:<rev>:<path>`) as resolved models and writes,
 * for each tender, `<reference>.diff.docx` (a Word redline), `.diff.html` (the same redline as a
 * page) and `.diff.json` (the change list). Everything is built in memory first and written whole
 * (temporary file, then rename), so a failure leaves no half-written output.
 * Exit 0 written (or, with --exit-code, no change), 1 with --exit-code when something changed,
 * 2 bad usage or unreadable input (a file, a git revision or path, a broken template).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DiffFormat, LoadedVersion, TenderChange, VersionSource, WriterOptions } from '@tender/language';
import {
    baseNameOf, tooLargeToWrite, compareVersions, countChanges, DIFF_EXTENSIONS, DIFF_FORMATS, diffVersionOf, loadVersion, pairTenders,
    parseVersionSource, TemplateError, templatesFolder, VersionError, writeDiff
} from '@tender/language';
import { failedTarget, publishFiles } from '@tender/language/node';
import { defaultWorkspaceRoot } from '../files.js';
import { displayPath, safeFileMessage, safePath, safeText } from '../safe-text.js';
import { listFlag, parseArgs, stringFlag, UsageError } from '../args.js';
import { fsReason } from '../fs-errors.js';
import type { CliIo } from '../main.js';

export const DIFF_FLAGS = [
    { name: 'out', value: true },
    { name: 'format', value: true },
    { name: 'root', value: true },
    { name: 'exit-code' }
] as const;

export const DIFF_HELP = `Usage: tender diff <old> <new> [options]

Compares two versions of a tender and shows what changed: values, lots, weightings, dates,
conditions, outcomes, services and every reworded clause. It compares the tenders, not the
files, so moving an outcome or reformatting the file is no change. <old> and <new> are .tender
files, or git:<revision>:<path> for a file as it was at a revision (git:HEAD:tender.tender,
git:v1.0:tenders/care.tender); its imports are read from the same revision.

Writes, for each tender, named by the new version's reference:
  <reference>.diff.docx  the new version as a Word document with every change as a tracked change,
                         after a page summarising the changes that matter legally
  <reference>.diff.html  the same redline as a web page
  <reference>.diff.json  the change list (schemas/tender-diff.schema.json), for CI
and lists the changes.

Options:
  --out DIR                folder to write into (default: out)
  --format docx,html,json  which outputs (default: all three)
  --root DIR               the workspace folder every read and write must stay inside (default: the
                           nearest folder up holding tender.config.json or .git, as for tender lint)
  --exit-code              exit 1 when the versions differ, 0 when they do not (as git diff does)

A git: path is from the top of the repository, or from the current folder when it starts with
./ (or is only found there). git runs in the folder of <new> (when it is a file), else here.
Settings from the new version's tender.config.json: templates, reviewAuthor (the author of the
tracked changes; default "Tender"). The changes are dated with the new version's issued date.

Exit codes: 0 written, 1 (with --exit-code) the versions differ, 2 bad usage or unreadable input.
`;

/** How many changes the terminal lists before pointing at the JSON. */
const LISTED = 40;

interface Output {
    readonly path: string;
    readonly bytes: Uint8Array;
}

export async function diffCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, DIFF_FLAGS);
    if (args.positionals.length !== 2) {
        throw new UsageError(args.positionals.length < 2
            ? 'name the old and the new version, e.g. tender diff git:HEAD:tender.tender tender.tender (see tender diff --help)'
            : `name two versions (got ${args.positionals.length}: ${args.positionals.join(', ')})`);
    }
    const formats = listFlag(args, 'format', DIFF_FORMATS, DIFF_FORMATS);
    const outDir = resolve(io.cwd, stringFlag(args, 'out') ?? 'out');
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
        throw new UsageError(`--out ${stringFlag(args, 'out') ?? 'out'} is a file, not a folder`);
    }
    const rootFlag = stringFlag(args, 'root');

    let older: LoadedVersion;
    let newer: LoadedVersion;
    try {
        const oldSource = parseVersionSource(args.positionals[0], io.cwd);
        const newSource = parseVersionSource(args.positionals[1], io.cwd);
        const gitFolder = newSource.kind === 'file' ? dirname(newSource.path) : io.cwd;
        const root = (source: VersionSource) => defaultWorkspaceRoot([source.kind === 'file' ? source.path : resolve(io.cwd, 'x')], io.cwd, rootFlag);
        newer = await loadVersion(newSource, { gitFolder, root: root(newSource) });
        older = await loadVersion(oldSource, { gitFolder, root: root(oldSource) });
    } catch (error) {
        if (error instanceof VersionError) {
            io.stderr(`tender diff: ${safeText(error.message)}`);
            return 2;
        }
        throw error;
    }

    for (const version of [older, newer]) {
        if (version.tenders.length === 0) {
            io.stderr(`tender diff: ${safeText(version.source.text)} holds no tender; nothing to compare`);
            return 2;
        }
        const errors = (version.document.diagnostics ?? []).filter(d => d.severity === 1).length;
        if (errors > 0) {
            io.stderr(`tender diff: note: ${safeText(version.source.text)} has ${errors} ${errors === 1 ? 'error' : 'errors'} (see tender lint); it is compared as far as it goes`);
        }
    }
    const config = newer.services.lint.ConfigProvider.getConfig(newer.document.uri);
    for (const problem of config.problems) io.stderr(`${safePath(problem.file)}: ${safeText(problem.message)}`);

    const { pairs, onlyNew, onlyOld } = pairTenders(older.tenders, newer.tenders);
    for (const tender of onlyNew) io.stderr(`tender diff: ${safeText(newer.source.text)}: tender ${tender.name} has no earlier version in ${safeText(older.source.text)}; skipped`);
    for (const tender of onlyOld) io.stderr(`tender diff: ${safeText(older.source.text)}: tender ${tender.name} is no longer in ${safeText(newer.source.text)}; skipped`);
    if (pairs.length === 0) {
        io.stderr('tender diff: no tender appears in both versions (tenders are matched by name); nothing to compare');
        return 2;
    }

    const outputs: Output[] = [];
    const names = new Set<string>();
    let changed = false;
    for (const [oldTender, newTender] of pairs) {
        const olderVersion = diffVersionOf(older.source.text, oldTender);
        const newerVersion = diffVersionOf(newer.source.text, newTender);
        for (const version of [olderVersion, newerVersion]) {
            const tooLarge = tooLargeToWrite(version.model);
            if (tooLarge) {
                io.stderr(`tender diff: ${safeText(version.source)}: ${version.model.name}: ${tooLarge}; nothing written`);
                return 2;
            }
        }
        const diff = compareVersions(olderVersion, newerVersion);
        const base = baseNameOf(diff.newer.model);
        if (names.has(base.toLowerCase())) {
            io.stderr(`tender diff: two tenders would both be written as ${safeText(base)}.diff.*; give them different references`);
            return 2;
        }
        names.add(base.toLowerCase());
        changed ||= diff.changes.length > 0;
        io.stdout(report(base, diff.older.source, diff.newer.source, diff.changes));
        const options: WriterOptions = {
            findings: [],
            review: false,
            templates: templatesFolder(config),
            workspaceRoots: [defaultWorkspaceRoot([newer.document.uri.fsPath], io.cwd, rootFlag)],
            reviewAuthor: config.reviewAuthor,
            toolVersion: io.version,
            baseName: base
        };
        for (const format of formats as DiffFormat[]) {
            try {
                outputs.push({ path: join(outDir, `${base}${DIFF_EXTENSIONS[format]}`), bytes: await writeDiff(diff, format, options) });
            } catch (error) {
                if (error instanceof TemplateError) {
                    io.stderr(`tender diff: ${safeFileMessage(error.file, error.message)}\n(the redline uses this template; nothing written)`);
                    return 2;
                }
                throw error;
            }
        }
    }
    // All or nothing, as tender generate: written beside their places first, then renamed in.
    try {
        publishFiles(outputs, [defaultWorkspaceRoot([outDir], io.cwd, rootFlag)]);
    } catch (error) {
        io.stderr(`tender diff: cannot write ${displayPath(resolve(failedTarget(error, outDir)), io.cwd)}: ${fsReason(error)}; nothing written`);
        return 2;
    }
    for (const output of outputs) io.stdout(`wrote ${displayPath(output.path, io.cwd)}\n`);
    return args.flags.has('exit-code') && changed ? 1 : 0;
}

/** `ANY-ASC-2027-003: 3 changes (2 changed, 1 added) from old.tender to new.tender`, then one line per change. */
function report(name: string, source: string, target: string, changes: readonly TenderChange[]): string {
    // The reference and the versions as the input wrote them: escaped, and the line led by ./ when needed.
    const [base, from, to] = [safePath(name), safeText(source), safeText(target)];
    if (changes.length === 0) return `${base}: no changes from ${from} to ${to}\n`;
    const counts = countChanges(changes);
    const parts = (['changed', 'added', 'removed', 'renamed'] as const).filter(k => counts[k] > 0).map(k => `${counts[k]} ${k}`);
    const lines = [`${base}: ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} (${parts.join(', ')}) from ${from} to ${to}`];
    for (const change of changes.slice(0, LISTED)) lines.push(`  ${change.kind.padEnd(8)} ${safeText(change.path)}${values(change)}`);
    if (changes.length > LISTED) lines.push(`  ... and ${changes.length - LISTED} more (every change is in the .diff.json)`);
    return `${lines.join('\n')}\n`;
}

function values(change: TenderChange): string {
    const show = (value: unknown) => {
        const text = safeText(typeof value === 'string' ? value : JSON.stringify(value));
        return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    switch (change.kind) {
        case 'changed': return `: ${show(change.old)} → ${show(change.new)}`;
        case 'renamed': return ` → ${show(change.new)}`;
        default: return '';
    }
}
