/** `tender lint` as a real process: files and folders, exit codes, formats, --max-warnings, --fix, --output. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { NodeFileSystem } from 'langium/node';
import { applyEdits, createTenderServices, loadTenders, safeFixEdits } from '@tender/language';
import { ANYBOROUGH, EXAMPLES, expectNoStackTrace, REPO_ROOT, removeFolder, tempFolder, tenderAsync } from './run-cli.js';

interface JsonReport {
    filePath: string;
    messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; suppressed?: unknown }[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
}

/** Small files whose findings do not depend on which lint rules exist: language checks only. */
const CLEAN = 'framework Place {\n    need Housing "Homeless or at risk"\n}\n';
const ONE_WARNING = 'market Local {\n    provider P "P" { income £1.005 }\n}\n';
const TWO_WARNINGS = 'market Local {\n    provider P "P" { income £1.005 }\n    provider Q "Q" { income £2.005 }\n}\n';
const ONE_ERROR = 'framework Place {\n    need Housing\n    need Housing\n}\n';

const folders: string[] = [];
function folder(files: Record<string, string>): string {
    const created = tempFolder({ files });
    folders.push(created);
    return created;
}
afterAll(() => folders.forEach(removeFolder));

function json(stdout: string): JsonReport[] {
    return JSON.parse(stdout) as JsonReport[];
}

describe('exit codes (docs/language.md section 5)', () => {
    test('0 when clean', async () => {
        const dir = folder({ 'place.tender': CLEAN });
        const result = await tenderAsync(['lint', 'place.tender'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('✔ 1 file linted, no problems\n');
        expect(result.stderr).toBe('');
    });

    test('0 with warnings and no limit; 1 with errors', async () => {
        const dir = folder({ 'warn.tender': ONE_WARNING, 'error.tender': ONE_ERROR });
        expect((await tenderAsync(['lint', 'warn.tender'], { cwd: dir })).code).toBe(0);
        const result = await tenderAsync(['lint', 'error.tender'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain("Duplicate name 'Housing'");
    });

    test('--max-warnings N: 1 only when there are more than N warnings', async () => {
        const dir = folder({ 'two.tender': TWO_WARNINGS });
        expect((await tenderAsync(['lint', 'two.tender', '--max-warnings', '2'], { cwd: dir })).code).toBe(0);
        expect((await tenderAsync(['lint', 'two.tender', '--max-warnings=5'], { cwd: dir })).code).toBe(0);
        const over = await tenderAsync(['lint', 'two.tender', '--max-warnings', '1'], { cwd: dir });
        expect(over.code).toBe(1);
        expect(over.stderr).toBe('tender lint: 2 warnings, more than --max-warnings 1\n');
        expect((await tenderAsync(['lint', 'two.tender', '--max-warnings', '0', '--format', 'json'], { cwd: dir })).code).toBe(1);
        // an error fails whatever the limit
        const both = folder({ 'two.tender': TWO_WARNINGS, 'error.tender': ONE_ERROR });
        expect((await tenderAsync(['lint', '.', '--max-warnings', '100'], { cwd: both })).code).toBe(1);
    });

    test('2 for a path that does not exist, even beside good ones, and nothing is linted', async () => {
        const dir = folder({ 'place.tender': CLEAN });
        const result = await tenderAsync(['lint', 'place.tender', 'missing.tender'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('tender lint: cannot read missing.tender: no such file or folder\n');
    });

    test.skipIf(process.platform === 'win32')('2 for a file that cannot be read, saying why', async () => {
        const dir = folder({ 'locked.tender': CLEAN });
        chmodSync(join(dir, 'locked.tender'), 0o000);
        // root reads anything: run as an ordinary user then
        const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
        try {
            const result = asUser ? tenderAs(asUser, ['lint', join(dir, 'locked.tender')]) : (await tenderAsync(['lint', 'locked.tender'], { cwd: dir }));
            expect(result.code).toBe(2);
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(result.stderr).toMatch(/^tender lint: cannot read .*locked\.tender: permission denied\n$/);
            expect(expectNoStackTrace(result)).toEqual([]);
        } finally {
            chmodSync(join(dir, 'locked.tender'), 0o644);
        }
    });
});

/** Runs the CLI as another user (only when the tests run as root). */
function tenderAs(user: { uid: number; gid: number }, args: string[]) {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'packages', 'cli', 'bin', 'tender.js'), ...args], { ...user, cwd: '/', encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: 0, timedOut: false };
}

describe('files and folders', () => {
    test('one process lints a whole folder tree, files in a stable order', async () => {
        const result = await tenderAsync(['lint', 'examples', '--format', 'json']);
        const reports = json(result.stdout);
        const expected: string[] = [];
        const walk = (dir: string) => {
            for (const name of readdirSync(dir).sort()) {
                const path = join(dir, name);
                if (statSync(path).isDirectory()) walk(path);
                else if (name.endsWith('.tender')) expected.push(path);
            }
        };
        walk(EXAMPLES);
        expect(reports.map(r => r.filePath).sort()).toEqual(expected.sort());
        expect(reports.map(r => r.filePath)).toEqual([...reports.map(r => r.filePath)].sort());
        expect(expected.length).toBeGreaterThanOrEqual(4);
        expect(result.ms).toBeLessThan(30_000);
    });

    test('nested folders, hidden folders and node_modules skipped, other files ignored', async () => {
        const dir = folder({
            'a.tender': CLEAN,
            'deep/er/b.tender': CLEAN,
            'notes.txt': 'not a tender',
            '.hidden/c.tender': ONE_ERROR,
            'node_modules/pkg/d.tender': ONE_ERROR
        });
        const result = await tenderAsync(['lint', '.', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(json(result.stdout).map(r => r.filePath)).toEqual([join(dir, 'a.tender'), join(dir, 'deep', 'er', 'b.tender')]);
    });

    test('a file named twice, or by its folder and itself, is linted once', async () => {
        const dir = folder({ 'a.tender': ONE_WARNING });
        const result = await tenderAsync(['lint', 'a.tender', './a.tender', '.', '--format', 'json'], { cwd: dir });
        expect(json(result.stdout)).toHaveLength(1);
    });

    test.skipIf(process.platform === 'win32')('a symbolic link to a .tender file inside a folder is linted', async () => {
        const dir = folder({ 'real/a.tender': ONE_WARNING, 'linked/.keep': '' });
        symlinkSync(join(dir, 'real', 'a.tender'), join(dir, 'linked', 'b.tender'));
        const result = await tenderAsync(['lint', 'linked', '--format', 'json'], { cwd: dir });
        expect(json(result.stdout).map(r => r.filePath)).toEqual([join(dir, 'linked', 'b.tender')]);
    });

    test('imported files are checked through the importing file, and reported when named', async () => {
        const dir = folder({ 'framework.tender': CLEAN, 'tender.tender': 'import "framework.tender"\nimport "missing.tender"\nframework Other { need N }\n' });
        const result = await tenderAsync(['lint', 'tender.tender', '--format', 'json'], { cwd: dir });
        const [report] = json(result.stdout);
        expect(result.code).toBe(1);
        expect(report.messages.map(m => [m.ruleId, m.line])).toEqual([['unresolved-import', 2]]);
    });
});

describe('the workspace folder imports must stay inside', () => {
    const files = {
        'shared/framework.tender': 'framework Place { need Housing }\n',
        'project/tender.tender': 'import "../shared/framework.tender"\ntender T { cohort C { needs Housing } }\n'
    };

    test('by default, the current folder: an import to a sibling folder inside it is fine', async () => {
        const dir = folder(files);
        const result = await tenderAsync(['lint', 'project', '--format', 'json'], { cwd: dir });
        const messages = json(result.stdout).flatMap(r => r.messages);
        expect(messages.filter(m => m.ruleId.startsWith('import') || m.ruleId.startsWith('unresolved'))).toEqual([]);
    });

    test.each([['.git/HEAD', 'ref: refs/heads/main\n'], ['tender.config.json', '{ "rules": {} }\n']])
    ('from a subfolder, the project root (the folder holding %s) is the workspace', async (marker, content) => {
        const dir = folder({ ...files, [marker]: content });
        const result = await tenderAsync(['lint', '.', '--format', 'json'], { cwd: join(dir, 'project') });
        expect(json(result.stdout).flatMap(r => r.messages).filter(m => m.ruleId === 'import-outside-workspace')).toEqual([]);
        expect(result.code).not.toBe(2);
    });

    test('from a subfolder of no project, the current folder is the workspace', async () => {
        const dir = folder(files);
        const result = await tenderAsync(['lint', '.', '--format', 'json'], { cwd: join(dir, 'project') });
        expect(json(result.stdout).flatMap(r => r.messages).map(m => m.ruleId)).toContain('import-outside-workspace');
    });

    test('--root narrows it: the import is then an error on the import line', async () => {
        const dir = folder(files);
        const result = await tenderAsync(['lint', 'project', '--root', 'project', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(1);
        const messages = json(result.stdout).flatMap(r => r.messages);
        expect(messages.filter(m => m.ruleId === 'import-outside-workspace').map(m => [m.line, m.message]))
            .toEqual([[1, 'Cannot import "../shared/framework.tender": it is outside the workspace folder.']]);
    });
});

describe('--format', () => {
    test('stylish: per file, line:column, severity, message and rule id, then a summary; no colour when not a terminal', async () => {
        const dir = folder({ 'two.tender': TWO_WARNINGS, 'error.tender': ONE_ERROR, 'clean.tender': CLEAN });
        const result = await tenderAsync(['lint', '.'], { cwd: dir });
        expect(result.stdout).toBe([
            'error.tender',
            "  3:10  error  Duplicate name 'Housing': another need in this framework has it.  duplicate-name",
            '',
            'two.tender',
            '  2:29  warning  £1.005 is more precise than a penny or cent; it is read as rounded to the nearest one.  invalid-money',
            '  3:29  warning  £2.005 is more precise than a penny or cent; it is read as rounded to the nearest one.  invalid-money',
            '',
            '✖ 3 problems (1 error, 2 warnings, 0 infos) in 3 files',
            ''
        ].join('\n'));
        expect(result.stdout).not.toMatch(/\u001b\[/);
        // NO_COLOR and TERM=dumb are respected as well
        expect((await tenderAsync(['lint', '.'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    });

    // `script` (util-linux) runs the command on a pseudo-terminal, as a user's shell would
    const hasScript = process.platform === 'linux' && spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    test.skipIf(!hasScript)('stylish on a terminal is coloured, unless NO_COLOR or TERM=dumb', () => {
        const dir = folder({ 'two.tender': TWO_WARNINGS });
        const base: Record<string, string | undefined> = { ...process.env, TERM: 'xterm', NO_COLOR: undefined, FORCE_COLOR: undefined };
        const onTerminal = (extra: Record<string, string> = {}) => {
            const env = Object.fromEntries(Object.entries({ ...base, ...extra }).filter((e): e is [string, string] => e[1] !== undefined));
            return spawnSync('script', ['-qec', `"${process.execPath}" "${join(REPO_ROOT, 'packages', 'cli', 'bin', 'tender.js')}" lint two.tender`, '/dev/null'],
                { cwd: dir, encoding: 'utf8', env, timeout: 60_000 }).stdout;
        };
        expect(onTerminal()).toContain('\u001b[33mwarning');
        expect(onTerminal({ NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
        expect(onTerminal({ TERM: 'dumb' })).not.toMatch(/\u001b\[/);
    });

    test('json: one entry per file with counts and 1-based positions', async () => {
        const dir = folder({ 'two.tender': TWO_WARNINGS, 'clean.tender': CLEAN });
        const result = await tenderAsync(['lint', '.', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(json(result.stdout)).toEqual([
            { filePath: join(dir, 'clean.tender'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
            {
                filePath: join(dir, 'two.tender'),
                messages: [
                    { ruleId: 'invalid-money', severity: 'warning', message: '£1.005 is more precise than a penny or cent; it is read as rounded to the nearest one.', line: 2, column: 29, endLine: 2, endColumn: 35 },
                    { ruleId: 'invalid-money', severity: 'warning', message: '£2.005 is more precise than a penny or cent; it is read as rounded to the nearest one.', line: 3, column: 29, endLine: 3, endColumn: 35 }
                ],
                errorCount: 0, warningCount: 2, infoCount: 0
            }
        ]);
    });

    test('the same input gives byte-identical output, whatever the order the paths are named in', async () => {
        for (const format of ['stylish', 'json', 'sarif']) {
            const first = await tenderAsync(['lint', 'examples', '--format', format]);
            const second = await tenderAsync(['lint', 'examples/anyborough/market.tender', 'examples', '--format', format]);
            expect(second.stdout, format).toBe(first.stdout);
        }
    });
});

describe('--output', () => {
    test('writes the report to the file, whole, and nothing to standard output', async () => {
        const dir = folder({ 'two.tender': TWO_WARNINGS });
        const result = await tenderAsync(['lint', 'two.tender', '--format', 'json', '--output', 'reports/lint.json'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('');
        const written = readFileSync(join(dir, 'reports', 'lint.json'), 'utf8');
        expect(json(written)[0].warningCount).toBe(2);
        expect(written).toBe((await tenderAsync(['lint', 'two.tender', '--format', 'json'], { cwd: dir })).stdout);
        // no temporary file left behind
        expect(readdirSync(join(dir, 'reports'))).toEqual(['lint.json']);
    });

    test('the exit code still reflects the findings', async () => {
        const dir = folder({ 'error.tender': ONE_ERROR });
        expect((await tenderAsync(['lint', 'error.tender', '--output', 'out.txt'], { cwd: dir })).code).toBe(1);
        expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('duplicate-name');
    });

    test('an output path that cannot be written is one line and exit 2', async () => {
        const dir = folder({ 'a.tender': CLEAN, 'taken': 'a file, not a folder' });
        const result = await tenderAsync(['lint', 'a.tender', '--output', 'taken/report.txt'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^tender lint: cannot write taken\/report\.txt: .+\n$/);
        expect(expectNoStackTrace(result)).toEqual([]);
    });
});

describe('--fix', () => {
    /** What the safe fixes make of a file, computed in-process with the language package. */
    async function expectedAfterSafeFixes(path: string): Promise<{ text: string; passes: number }> {
        const services = createTenderServices(NodeFileSystem).Tender;
        const [document] = await loadTenders(services, [path]);
        let text = document.textDocument.getText();
        let current = document;
        let passes = 0;
        for (; passes < 10; passes++) {
            const edits = safeFixEdits(services, current);
            if (edits.length === 0) break;
            text = applyEdits(current, edits);
            const factory = services.shared.workspace.LangiumDocumentFactory;
            services.shared.workspace.LangiumDocuments.deleteDocument(current.uri);
            current = factory.fromString(text, current.uri);
            services.shared.workspace.LangiumDocuments.addDocument(current);
            await services.shared.workspace.DocumentBuilder.build([current], { validation: true });
        }
        return { text, passes };
    }

    test('applies exactly the safe fixes, rewrites the file whole, and reports what is left', async () => {
        const dir = tempFolder({ from: ANYBOROUGH });
        folders.push(dir);
        const path = join(dir, 'first-draft.tender');
        chmodSync(path, 0o644); // the copy keeps the permissions of the checkout, which may be read-only
        const before = readFileSync(path, 'utf8');
        const expected = await expectedAfterSafeFixes(path);
        const fixed = await tenderAsync(['lint', 'first-draft.tender', '--fix', '--format', 'json'], { cwd: dir });
        const after = readFileSync(path, 'utf8');
        expect(after).toBe(expected.text);
        if (expected.passes === 0) expect(after).toBe(before);
        // editor-only suggestions (a weight to fill in) are not applied
        expect(after).not.toContain('weight 0%');
        // the report is the re-lint of the fixed file
        const relint = await tenderAsync(['lint', 'first-draft.tender', '--format', 'json'], { cwd: dir });
        expect(fixed.stdout).toBe(relint.stdout);
        expect(fixed.code).toBe(relint.code);
        // nothing else in the folder changed, and no temporary file was left
        expect(readdirSync(dir).sort()).toEqual(readdirSync(ANYBOROUGH).sort());
        for (const name of ['framework.tender', 'market.tender', 'multiple-disadvantage.tender']) {
            expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(ANYBOROUGH, name), 'utf8'));
        }
        // a second --fix finds nothing more to do
        await tenderAsync(['lint', 'first-draft.tender', '--fix'], { cwd: dir });
        expect(readFileSync(path, 'utf8')).toBe(after);
    });

    test('a read-only file is left as it is, with a one-line note, and still linted', async () => {
        const dir = tempFolder({ from: ANYBOROUGH });
        folders.push(dir);
        const path = join(dir, 'first-draft.tender');
        chmodSync(path, 0o444);
        expect((await expectedAfterSafeFixes(path)).passes).toBeGreaterThan(0); // there is something to fix
        const before = readFileSync(path, 'utf8');
        const result = await tenderAsync(['lint', 'first-draft.tender', '--fix', '--format', 'json'], { cwd: dir });
        expect(readFileSync(path, 'utf8')).toBe(before);
        expect(statSync(path).mode & 0o777).toBe(0o444);
        // with a JSON report on standard output, the list of changes goes to standard error
        expect(result.stderr).toBe('tender lint: first-draft.tender is read-only; its fixes were not applied\nfixed 0 problems: no finding has a safe fix\n');
        expect(result.code).toBe(1);
        expect(json(result.stdout)[0].errorCount).toBeGreaterThan(0);
    });

    test.skipIf(process.platform === 'win32')('fixing keeps the file\'s permissions; a symbolic link is never written through', async () => {
        const dir = tempFolder({ from: ANYBOROUGH });
        folders.push(dir);
        const real = join(dir, 'first-draft.tender');
        chmodSync(real, 0o640);
        const before = readFileSync(real, 'utf8');
        const expected = await expectedAfterSafeFixes(real);
        expect(expected.passes).toBeGreaterThan(0);
        symlinkSync(real, join(dir, 'linked.tender'));
        const linked = await tenderAsync(['lint', 'linked.tender', '--fix'], { cwd: dir });
        expect(linked.stderr).toMatch(/cannot write linked\.tender: it is a symbolic link; .*its fixes were not applied/);
        expect(lstatSync(join(dir, 'linked.tender')).isSymbolicLink()).toBe(true);
        expect(readFileSync(real, 'utf8')).toBe(before);
        await tenderAsync(['lint', 'first-draft.tender', '--fix'], { cwd: dir });
        expect(readFileSync(real, 'utf8')).toBe(expected.text);
        expect(statSync(real).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('says what it changed, line by line, and how many problems in how many files', async () => {
        // contract-review's fix (a review line) is the documented safe fix; two contracts in one
        // file, one in another: three problems in two files.
        const withLot = [
            'tender A {',
            '    contract {',
            '        duration 3 years',
            '    }',
            '    lot One "One" {',
            '        contract { duration 2 years }',
            '    }',
            '}',
            ''
        ].join('\n');
        const plain = 'tender B {\n    contract {\n        duration 1 year\n    }\n}\n';
        const dir = folder({ 'a.tender': withLot, 'b.tender': plain, 'clean.tender': CLEAN });
        const result = await tenderAsync(['lint', '.', '--fix'], { cwd: dir });
        expect(expectNoStackTrace(result)).toEqual([]);
        const lines = result.stdout.split('\n');
        const changes = lines.filter(line => / contract-review: /.test(line));
        expect(changes).toEqual([
            'a.tender:4: contract-review: added "review every 12 months"',
            'a.tender:6: contract-review: added "review every 12 months"',
            'b.tender:4: contract-review: added "review every 12 months"'
        ]);
        expect(lines).toContain('fixed 3 problems in 2 files');
        // every change said is in the file, and the file that had nothing to fix is untouched
        expect(readFileSync(join(dir, 'a.tender'), 'utf8').match(/review every 12 months/g)).toHaveLength(2);
        expect(readFileSync(join(dir, 'b.tender'), 'utf8').split('\n')[3]).toBe('        review every 12 months');
        expect(readFileSync(join(dir, 'clean.tender'), 'utf8')).toBe(CLEAN);
        // run again: nothing left to fix, and it says so
        const again = await tenderAsync(['lint', '.', '--fix'], { cwd: dir });
        expect(again.stdout.split('\n')).toContain('fixed 0 problems: no finding has a safe fix');
        expect(again.stdout).not.toMatch(/contract-review: added/);
    });

    test('with a JSON report, the changes go to standard error and the report stays valid JSON', async () => {
        const dir = folder({ 'b.tender': 'tender B {\n    contract {\n        duration 1 year\n    }\n}\n' });
        const result = await tenderAsync(['lint', 'b.tender', '--fix', '--format', 'json'], { cwd: dir });
        expect(result.stderr).toBe('b.tender:4: contract-review: added "review every 12 months"\nfixed 1 problem in 1 file\n');
        expect(json(result.stdout)[0].messages.some(m => m.ruleId === 'contract-review')).toBe(false);
    });

    test('a file without safe fixes is left untouched, byte for byte and in its timestamp', async () => {
        const dir = folder({ 'error.tender': ONE_ERROR });
        const path = join(dir, 'error.tender');
        const mtime = statSync(path).mtimeMs;
        const result = await tenderAsync(['lint', 'error.tender', '--fix'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(readFileSync(path, 'utf8')).toBe(ONE_ERROR);
        expect(statSync(path).mtimeMs).toBe(mtime);
    });
});

describe('performance', () => {
    test('linting the examples takes a few seconds at most', async () => {
        const result = await tenderAsync(['lint', 'examples'], { timeout: 30_000 });
        expect(result.timedOut).toBe(false);
        expect(existsSync(EXAMPLES)).toBe(true);
        expect(result.ms).toBeLessThan(15_000);
    });
});
