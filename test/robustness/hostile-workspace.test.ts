/**
 * A hostile workspace: files, links and templates committed by someone the pipeline should not
 * trust. Nothing is read or written outside the workspace folder, nothing hangs on a special file,
 * and a pack is published whole or not at all. Every link is made here, in a temporary folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ANYBOROUGH, BIN, expectNoStackTrace, removeFolder, tempFolder, tenderAsync as tender } from '../cli/run-cli.js';

const posix = process.platform !== 'win32';
const folders: string[] = [];
afterEach(() => { for (const f of folders.splice(0)) removeFolder(f); });

/** A project (with .git, so it is its own workspace) beside an "outside" folder holding a secret. */
function setup(): { project: string; outside: string; top: string } {
    const top = tempFolder();
    folders.push(top);
    const project = join(top, 'project');
    const outside = join(top, 'outside');
    mkdirSync(project);
    mkdirSync(outside);
    mkdirSync(join(project, '.git'));
    for (const name of ['framework.tender', 'market.tender', 'multiple-disadvantage.tender']) {
        writeFileSync(join(project, name), readFileSync(join(ANYBOROUGH, name)));
    }
    writeFileSync(join(outside, 'victim.txt'), 'the file outside\n');
    writeFileSync(join(outside, 'secret.tender'), 'framework Secret { need TopSecretNeed "SECRET-TEXT-FROM-OUTSIDE" }\n');
    writeFileSync(join(outside, 'broken.tender'), 'root:x:0:0:SECRET-TEXT-FROM-OUTSIDE\n');
    return { project, outside, top };
}

const REFERENCE = 'ANY-ASC-2027-003';
const IMPORTS_SECRET = `import "framework.tender"
tender Leaky {
    title "Leaky"
    reference "LEAK-1"
    cohort People { needs TopSecretNeed }
}
`;

describe.skipIf(!posix)('writes never follow a link out of the workspace', () => {
    test('generate refuses an output that is a link, and writes nothing', async () => {
        const { project, outside } = setup();
        mkdirSync(join(project, 'out'));
        symlinkSync(join(outside, 'victim.txt'), join(project, 'out', `${REFERENCE}.html`));
        const result = await tender(['generate', 'multiple-disadvantage.tender'], { cwd: project });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/symbolic link/);
        expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('the file outside\n');
        expect(readdirSync(join(project, 'out'))).toEqual([`${REFERENCE}.html`]);
        expect(expectNoStackTrace(result)).toEqual([]);
    });

    test('generate refuses an output folder that is a link to outside', async () => {
        const { project, outside } = setup();
        symlinkSync(outside, join(project, 'out'));
        const result = await tender(['generate', 'multiple-disadvantage.tender'], { cwd: project });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/outside the workspace/);
        expect(readdirSync(outside).sort()).toEqual(['broken.tender', 'secret.tender', 'victim.txt']);
    });

    test('lint --output and lint --fix refuse links', async () => {
        const { project, outside } = setup();
        symlinkSync(join(outside, 'victim.txt'), join(project, 'report.json'));
        const output = await tender(['lint', 'multiple-disadvantage.tender', '--format', 'json', '--output', 'report.json'], { cwd: project });
        expect(output.code).toBe(2);
        expect(output.stderr).toMatch(/cannot write report\.json: it is a symbolic link/);
        expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('the file outside\n');

        // A link to a tender inside the workspace: read, but never rewritten through the link.
        writeFileSync(join(project, 'real.tender'), readFileSync(join(ANYBOROUGH, 'first-draft.tender')));
        symlinkSync(join(project, 'real.tender'), join(project, 'draft.tender'));
        const before = readFileSync(join(project, 'real.tender'), 'utf8');
        const fix = await tender(['lint', 'draft.tender', '--fix'], { cwd: project });
        expect(fix.stderr).toMatch(/cannot write draft\.tender: it is a symbolic link/);
        expect(expectNoStackTrace(fix)).toEqual([]);
        expect(lstatSync(join(project, 'draft.tender')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(project, 'real.tender'), 'utf8')).toBe(before);
    });
});

describe.skipIf(!posix)('reads stay inside the workspace', () => {
    test('an import outside the workspace is refused and contributes nothing, even with --force', async () => {
        const { project } = setup();
        writeFileSync(join(project, 'leaky.tender'), IMPORTS_SECRET.replace('framework.tender', '../outside/secret.tender'));
        const lint = await tender(['lint', 'leaky.tender', '--format', 'json'], { cwd: project });
        const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[])[0].messages;
        expect(messages.map(m => m.ruleId)).toContain('import-outside-workspace');
        expect(messages.map(m => m.ruleId)).toContain('unresolved-reference');
        const generate = await tender(['generate', 'leaky.tender', '--force', '--format', 'json,html'], { cwd: project });
        expect(generate.code).toBe(0);
        for (const file of readdirSync(join(project, 'out'))) {
            expect(readFileSync(join(project, 'out', file), 'utf8')).not.toContain('SECRET-TEXT-FROM-OUTSIDE');
        }
        expect(lint.stdout + lint.stderr + generate.stdout + generate.stderr).not.toContain('SECRET-TEXT-FROM-OUTSIDE');
    });

    test('a link inside the workspace to an outside file is refused unread: no names, no echoed tokens', async () => {
        const { project, outside } = setup();
        symlinkSync(join(outside, 'secret.tender'), join(project, 'linked.tender'));
        symlinkSync(join(outside, 'broken.tender'), join(project, 'broken-link.tender'));
        writeFileSync(join(project, 'leaky.tender'), `import "broken-link.tender"\n${IMPORTS_SECRET.replace('framework.tender', 'linked.tender')}`);
        const lint = await tender(['lint', 'leaky.tender'], { cwd: project });
        expect(lint.code).toBe(1);
        expect(lint.stdout).toMatch(/Cannot import "linked\.tender": it is a symbolic link to something outside the workspace folder/);
        expect(lint.stdout).toMatch(/TopSecretNeed/); // the reference, as written here, does not resolve
        expect(lint.stdout).toMatch(/Could not resolve reference/);
        expect(lint.stdout).not.toMatch(/root|SECRET-TEXT/);
    });

    test('a template partial linked to an outside file, or to /proc/self/environ, is refused unread', async () => {
        const { project, outside } = setup();
        writeFileSync(join(project, 'tender.config.json'), JSON.stringify({ templates: 'templates' }));
        mkdirSync(join(project, 'templates'));
        writeFileSync(join(project, 'templates', 'introduction.hbs'), '<p>{{> leak}}</p>\n');
        symlinkSync(join(outside, 'victim.txt'), join(project, 'templates', '_leak.hbs'));
        const leak = await tender(['generate', 'multiple-disadvantage.tender', '--force', '--format', 'html'], { cwd: project });
        expect(leak.code).toBe(2);
        expect(leak.stderr).toMatch(/_leak\.hbs: this template is refused: it is a symbolic link to something outside the workspace folder/);
        expect(leak.stdout + leak.stderr).not.toContain('the file outside');
        expect(existsSync(join(project, 'out'))).toBe(false);

        rmSync(join(project, 'templates', '_leak.hbs'));
        symlinkSync('/proc/self/environ', join(project, 'templates', '_leak.hbs'));
        const environ = await tender(['generate', 'multiple-disadvantage.tender', '--force', '--format', 'html'], { cwd: project, env: { TENDER_TEST_SECRET: 'hunter2-environment' } });
        expect(environ.code).toBe(2);
        expect(environ.stdout + environ.stderr).not.toContain('hunter2-environment');
    });

    test('special files and folders never hang or pass in silence', async () => {
        const { project } = setup();
        symlinkSync('/proc/self/fd/1', join(project, 'stdout.tender'));
        symlinkSync('/dev/zero', join(project, 'zero.tender'));
        symlinkSync('/dev/urandom', join(project, 'random.tender'));
        mkdirSync(join(project, 'folder.tender'));
        execFileSync('mkfifo', [join(project, 'fifo.tender')]);
        writeFileSync(join(project, 'huge.tender'), '');
        truncateSync(join(project, 'huge.tender'), 80 * 1024 * 1024); // sparse: no disk used
        writeFileSync(join(project, 'importer.tender'), ['stdout', 'zero', 'random', 'folder', 'fifo', 'huge'].map(n => `import "${n}.tender"`).join('\n') + '\n');
        symlinkSync('/dev/zero', join(project, 'tender.config.json'));
        const result = await tender(['lint', 'importer.tender', '--format', 'json'], { cwd: project, timeout: 20_000 });
        expect(result.timedOut).toBe(false);
        expect(result.ms).toBeLessThan(15_000);
        const messages = (JSON.parse(result.stdout) as { messages: { line: number; message: string }[] }[])[0].messages;
        for (const line of [1, 2, 3, 4, 5, 6]) {
            expect(messages.find(m => m.line === line)?.message, `import on line ${line}`).toMatch(/^Cannot import/);
        }
        expect(messages.find(m => m.line === 4)?.message).toMatch(/a folder/);
        expect(messages.find(m => m.line === 5)?.message).toMatch(/not a regular file/);
        expect(messages.find(m => m.line === 6)?.message).toMatch(/larger than the 64 MB/);
        expect(result.stderr).toMatch(/tender\.config\.json: Cannot read .*symbolic link to something outside/);
    });

    test('lint and generate choose the same workspace folder: a file that lints from a subfolder generates there too', async () => {
        const { project } = setup();
        mkdirSync(join(project, 'shared'));
        mkdirSync(join(project, 'tenders'));
        for (const name of ['framework.tender', 'market.tender']) writeFileSync(join(project, 'shared', name), readFileSync(join(ANYBOROUGH, name)));
        const text = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8')
            .replace(/import "framework\.tender"/, 'import "../shared/framework.tender"').replace(/import "market\.tender"/, 'import "../shared/market.tender"');
        writeFileSync(join(project, 'tenders', 'care.tender'), text);
        const cwd = join(project, 'tenders');
        const lint = await tender(['lint', 'care.tender', '--format', 'json'], { cwd });
        const ruleIds = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map(m => m.ruleId);
        expect(ruleIds).not.toContain('import-outside-workspace');
        const generate = await tender(['generate', 'care.tender', '--format', 'json'], { cwd });
        expect(generate.stderr).toBe('');
        expect(generate.code).toBe(0);
    });

    test('a git: version whose file is a link in that revision is refused', async () => {
        const { project, outside } = setup();
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: project, stdio: 'pipe' });
        rmSync(join(project, '.git'), { recursive: true });
        git('init', '-q');
        symlinkSync(join(outside, 'secret.tender'), join(project, 'linked.tender'));
        git('add', '.');
        git('commit', '-q', '-m', 'links');
        const result = await tender(['diff', 'git:HEAD:linked.tender', 'multiple-disadvantage.tender'], { cwd: project });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/symbolic link in that revision/);
        expect(result.stderr).not.toContain('SECRET');
    });
});

describe.skipIf(!posix)('a pack is published all or nothing', () => {
    test('a later output that cannot be written leaves the earlier ones as they were, and no temporary file', async () => {
        const { project } = setup();
        const out = join(project, 'out');
        mkdirSync(out);
        writeFileSync(join(out, `${REFERENCE}.docx`), 'previous docx');
        writeFileSync(join(out, `${REFERENCE}.ocds.json`), 'previous ocds');
        mkdirSync(join(out, `${REFERENCE}.html`)); // a folder where the last file should go
        writeFileSync(join(out, `.${REFERENCE}.docx.tender-999999999-deadbeef.tmp`), 'left by a killed run');
        const result = await tender(['generate', 'multiple-disadvantage.tender'], { cwd: project });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/cannot write out\/ANY-ASC-2027-003\.html: it is a folder; nothing written/);
        expect(readFileSync(join(out, `${REFERENCE}.docx`), 'utf8')).toBe('previous docx');
        expect(readFileSync(join(out, `${REFERENCE}.ocds.json`), 'utf8')).toBe('previous ocds');
        expect(existsSync(join(out, `${REFERENCE}.pack.json`))).toBe(false);
        expect(result.stdout).not.toMatch(/wrote/);

        rmSync(join(out, `${REFERENCE}.html`), { recursive: true });
        const again = await tender(['generate', 'multiple-disadvantage.tender'], { cwd: project });
        expect(again.code).toBe(0);
        expect(readdirSync(out).sort()).toEqual([`${REFERENCE}.docx`, `${REFERENCE}.html`, `${REFERENCE}.ocds.json`, `${REFERENCE}.pack.json`]);
    });
});

describe.skipIf(!posix)('a killed run leaves the previous pack whole', () => {
    test('kill -9 at any moment: every file is the old one or the new one, whole; the next run removes the temporaries', async () => {
        const { project } = setup();
        const out = join(project, 'out');
        expect((await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: project })).code).toBe(0);
        const names = readdirSync(out).sort();
        const old = new Map(names.map(n => [n, readFileSync(join(out, n), 'utf8')]));
        const path = join(project, 'multiple-disadvantage.tender');
        writeFileSync(path, readFileSync(path, 'utf8').replace(/title "([^"]*)"/, 'title "$1, revised"'));
        const fresh = tempFolder({ from: project });
        folders.push(fresh);
        rmSync(join(fresh, 'out'), { recursive: true });
        expect((await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: fresh })).code).toBe(0);
        const now = new Map(names.map(n => [n, readFileSync(join(fresh, 'out', n), 'utf8')]));
        for (const delay of [150, 500, 900]) {
            const child = spawn(process.execPath, [BIN, 'generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: project, stdio: 'ignore' });
            // Listened for from the start: on a quiet machine the run may finish before the kill.
            const closed = new Promise(resolve => child.on('close', resolve));
            await new Promise(resolve => setTimeout(resolve, delay));
            child.kill('SIGKILL');
            await closed;
            for (const name of names) {
                const text = readFileSync(join(out, name), 'utf8');
                expect(text === old.get(name) || text === now.get(name), `${name} after a kill at ${delay} ms`).toBe(true);
            }
        }
        expect((await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: project })).code).toBe(0);
        expect(readdirSync(out).sort()).toEqual(names);
    }, 90_000);
});

describe.skipIf(!posix)('text from the workspace is escaped in logs', () => {
    test('a file name or a stray string cannot start a line of stylish output or hide its direction', async () => {
        const { project } = setup();
        const name = 'x\n::error file=forged.tender,line=1::forged\u202Eredaeh\u200B.tender';
        writeFileSync(join(project, name), 'tender T {\n  title "a\n::add-mask::secret"\n  bogus "::error::x\u202E"\n}\n');
        const result = await tender(['lint', '.'], { cwd: project });
        expect(result.code).toBe(1);
        for (const line of (result.stdout + result.stderr).split('\n')) {
            expect(line).not.toMatch(/^::|^##/);
            expect(line).not.toMatch(/[\u202E\u200B]/);
        }
        expect(result.stdout).toContain('x\\n::error file=forged.tender,line=1::forged\\u202Eredaeh\\u200B.tender');
    });

    test('a tender.config.json problem names its file escaped', async () => {
        const { project } = setup();
        const sub = join(project, '\n::error::sub');
        mkdirSync(sub);
        writeFileSync(join(sub, 'tender.config.json'), '{ "rules": 3 }');
        writeFileSync(join(sub, 'a.tender'), readFileSync(join(ANYBOROUGH, 'framework.tender')));
        const result = await tender(['lint', '.'], { cwd: project });
        for (const line of result.stderr.split('\n')) expect(line).not.toMatch(/^::/);
        expect(result.stderr).toContain('\\n::error::sub');
    });
});
