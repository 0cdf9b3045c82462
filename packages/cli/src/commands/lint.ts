/**
 * `tender lint <files or folders...> [--format stylish|json|sarif] [--max-warnings N] [--fix]`
 * Exit 0 clean, 1 errors (or more warnings than allowed), 2 bad usage or unreadable input.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { applyEdits, describeFix, formatFixChange, loadTenders, safeFixes, type TenderServices } from '@tender/language';
import { checkReadable, isInsideRoots, isReadOnlyFile, writeFileAtomic } from '@tender/language/node';
import { choiceFlag, intFlag, parseArgs, stringFlag } from '../args.js';
import { collectTenderFiles, defaultWorkspaceRoot } from '../files.js';
import { displayPath, safePath, safeText } from '../safe-text.js';
import { fsReason } from '../fs-errors.js';
import type { FileReport } from '../lint-report.js';
import { countMessages, reportFor } from '../lint-report.js';
import { formatStylish } from '../reporters/stylish.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { tenderServices } from '../services.js';
import type { CliIo } from '../main.js';

export const LINT_FLAGS = [
    { name: 'format', value: true },
    { name: 'max-warnings', value: true },
    { name: 'fix' },
    { name: 'output', value: true },
    { name: 'root', value: true }
] as const;

export const LINT_HELP = `Usage: tender lint <files or folders...> [options]

Lints every .tender file found (folders are searched recursively).

Options:
  --format stylish|json|sarif  output format (default: stylish)
  --max-warnings N             exit 1 when there are more than N warnings
  --fix                        apply every safe fix (only those that cannot change what the
                               tender says), list each change, then report what is left
  --output FILE                write the report to FILE instead of standard output
  --root DIR                   the workspace folder imports must stay inside (default: the
                               nearest folder up holding tender.config.json or .git, else
                               the current folder, or the files' common folder)

Exit codes: 0 clean, 1 errors or too many warnings, 2 bad usage or unreadable input.
`;

export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, LINT_FLAGS);
    const format = choiceFlag(args, 'format', ['stylish', 'json', 'sarif'] as const, 'stylish');
    const maxWarnings = intFlag(args, 'max-warnings');
    if (args.positionals.length === 0) {
        io.stderr('tender lint: name at least one .tender file or folder (see tender lint --help)');
        return 2;
    }
    // A folder named here that is a link out of the workspace (a committed `tenders -> /`) is not walked.
    const named = args.positionals.map(path => resolve(io.cwd, path));
    const namedRoot = defaultWorkspaceRoot(named, io.cwd, stringFlag(args, 'root'));
    for (const [i, path] of named.entries()) {
        const outside = folderLinkedOutside(path, namedRoot);
        if (outside) {
            io.stderr(`tender lint: cannot read ${safeText(args.positionals[i])}: it is a symbolic link to a folder outside the workspace folder (${safeText(outside)}); only folders inside it are linted`);
            return 2;
        }
    }
    const unnamed: string[] = [];
    const files = collectTenderFiles(args.positionals, io.cwd, unnamed);
    if (unnamed.length > 0) {
        // Unreadable input, as a refused file is: said plainly, and nothing is linted.
        for (const path of unnamed) io.stderr(`tender lint: cannot read ${displayPath(path, io.cwd)}: its name is not UTF-8 text, so no path can name it; rename it`);
        return 2;
    }
    if (files.length === 0) {
        io.stderr(`tender lint: no .tender files found in ${args.positionals.map(safeText).join(', ')}`);
        return 2;
    }
    const root = defaultWorkspaceRoot(files, io.cwd, stringFlag(args, 'root'));
    for (const file of files) {
        try {
            // Symbolic links followed: a file that is really outside the workspace, or is no regular file, is refused unread.
            checkReadable(file, { roots: [root], kind: 'tender' });
        } catch (error) {
            io.stderr(`tender lint: cannot read ${displayPath(file, io.cwd)}: ${fsReason(error)}`);
            return 2;
        }
    }
    const services = tenderServices();
    services.workspace.WorkspaceRoots.setRoots([URI.file(root)]);
    let documents = await loadTenders(services, files);
    const outFile = stringFlag(args, 'output');
    if (args.flags.has('fix')) {
        // The list of changes goes where it cannot spoil a JSON or SARIF report on standard output.
        const say = format !== 'stylish' && !outFile ? (line: string) => io.stderr(line) : (line: string) => io.stdout(`${line}\n`);
        documents = await fixAll(services, documents, io, say, root);
    }
    reportConfigProblems(services, documents, io);
    const reports: FileReport[] = documents.map(d => reportFor(services, d));
    const output = format === 'json' ? formatJson(reports)
        : format === 'sarif' ? formatSarif(reports, { version: io.version, cwd: io.cwd })
            : formatStylish(reports, { cwd: io.cwd, color: io.color });
    if (outFile) {
        try {
            writeFileAtomic(resolve(io.cwd, outFile), output, [root]);
        } catch (error) {
            io.stderr(`tender lint: cannot write ${safeText(outFile)}: ${fsReason(error)}`);
            return 2;
        }
    } else {
        io.stdout(output);
    }
    const counts = countMessages(reports);
    if (counts.errors > 0) return 1;
    if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
        if (format === 'stylish' && !outFile) {
            io.stderr(`tender lint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}`);
        }
        return 1;
    }
    return 0;
}

/**
 * Applies safe fixes until none is left (at most ten passes), writing each file whole, and says
 * what it changed, one line per change (`file:line: rule: "old" -> "new"`), then how many problems
 * in how many files. A read-only file is not changed: it is reported and linted as it is.
 */
async function fixAll(services: TenderServices, documents: LangiumDocument[], io: CliIo, say: (line: string) => void, root: string): Promise<LangiumDocument[]> {
    const result: LangiumDocument[] = [];
    let problems = 0;
    let files = 0;
    for (let document of documents) {
        const path = document.uri.fsPath;
        let fixedHere = 0;
        for (let pass = 0; pass < 10; pass++) {
            const fixes = safeFixes(services, document);
            if (fixes.length === 0) break;
            if (isReadOnlyFile(path)) {
                io.stderr(`tender lint: ${displayPath(path, io.cwd)} is read-only; its fixes were not applied`);
                break;
            }
            const text = applyEdits(document, fixes.flatMap(fix => fix.edits));
            try {
                writeFileAtomic(path, text, [root]);
            } catch (error) {
                io.stderr(`tender lint: cannot write ${displayPath(path, io.cwd)}: ${fsReason(error)}; its fixes were not applied`);
                break;
            }
            for (const fix of fixes) {
                for (const change of describeFix(document, fix)) {
                    say(`${displayPath(path, io.cwd)}:${change.line}: ${change.ruleId}: ${safeText(formatFixChange(change))}`);
                }
            }
            fixedHere += fixes.length;
            const uri = document.uri;
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
            const [reloaded] = await loadTenders(services, [uri]);
            document = reloaded;
        }
        if (fixedHere > 0) {
            problems += fixedHere;
            files++;
        }
        result.push(document);
    }
    say(problems === 0 ? 'fixed 0 problems: no finding has a safe fix' : `fixed ${plural(problems, 'problem')} in ${plural(files, 'file')}`);
    return result;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function reportConfigProblems(services: TenderServices, documents: readonly LangiumDocument[], io: CliIo): void {
    const seen = new Set<string>();
    for (const document of documents) {
        const config = services.lint.ConfigProvider.getConfig(document.uri);
        for (const problem of config.problems) {
            const key = `${problem.file}\u0000${problem.message}`;
            if (seen.has(key)) continue;
            seen.add(key);
            io.stderr(`${safePath(problem.file)}: ${safeText(problem.message)}`);
        }
    }
}

/** The real folder a path leads to when it is a folder outside the workspace folder (links followed), else undefined. */
function folderLinkedOutside(path: string, root: string): string | undefined {
    try {
        const real = realpathSync.native(path);
        return statSync(real).isDirectory() && !isInsideRoots(real, [root]) ? real : undefined;
    } catch {
        return undefined; // missing or unreadable: collecting the files says so
    }
}
