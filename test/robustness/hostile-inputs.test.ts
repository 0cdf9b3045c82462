/**
 * Hostile inputs found by attacking the built command (docs/security.md): file names and references
 * made to forge CI log lines or spoof file names, names too long for a file system, a committed
 * folder named like a temporary file, a `javascript:` website, a template that loops without end,
 * and an editor workspace whose templates folder points outside it. Each test failed before its fix.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, test } from 'vitest';
import { baseNameOf, createTenderServices, generateFile, loadTenders, parseConfig, parseMoney, resolveTender, TemplateError, tendersIn } from '@tender/language';
import { ANYBOROUGH, BIN, expectNoStackTrace, removeFolder, tempFolder, tenderAsync as tender } from '../cli/run-cli.js';
import type { CliResult } from '../cli/run-cli.js';
import { readDocx } from '../../packages/language/test/generate/docx/docx-reader.js';

const posix = process.platform !== 'win32';
const folders: string[] = [];
afterEach(() => { for (const f of folders.splice(0)) removeFolder(f); });

/** A project (with .git, so it is its own workspace) holding the Anyborough example. */
function project(): string {
    const top = tempFolder();
    folders.push(top);
    const folder = join(top, 'project');
    mkdirSync(join(folder, '.git'), { recursive: true });
    for (const name of ['framework.tender', 'market.tender', 'multiple-disadvantage.tender', 'first-draft.tender']) {
        writeFileSync(join(folder, name), readFileSync(join(ANYBOROUGH, name)));
    }
    return folder;
}

/** The Anyborough tender with another reference (written as the language writes a text). */
function withReference(folder: string, reference: string, file = 'multiple-disadvantage.tender'): void {
    const path = join(folder, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('reference "ANY-ASC-2027-003"', `reference "${reference}"`));
}

/** Characters that hide text, change its direction or end a line where a reader does not see one. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

function expectSafeLines(result: CliResult): void {
    for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
        expect(line, 'a line of output starts with text from the input').not.toMatch(/^\s*(::|##)/);
        expect(line, 'a line of output holds an invisible or direction-changing character').not.toMatch(INVISIBLE);
    }
    expect(expectNoStackTrace(result)).toEqual([]);
}

describe.skipIf(!posix)('text from the workspace cannot forge or hide a line of output', () => {
    test('tender lint --fix names a hostile file escaped in every change it lists', async () => {
        const folder = project();
        const name = 'draft\n::error file=forged.tender,line=1::forged\u202Eredaeh.tender';
        writeFileSync(join(folder, name), readFileSync(join(folder, 'first-draft.tender')));
        const result = await tender(['lint', '--fix', name], { cwd: folder });
        expect(result.stdout).toMatch(/contract-review: added "review every 12 months"/);
        expect(result.stdout).toContain('draft\\n::error file=forged.tender,line=1::forged\\u202Eredaeh.tender:');
        expectSafeLines(result);
    });

    test('a reference made of CI commands and direction controls names no file with them and prints none', async () => {
        const folder = project();
        withReference(folder, '##vso[task.setvariable variable=PATH]evil\u202Efdp\u2028::error::x\u200B');
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: folder });
        expect(result.code).toBe(0);
        const written = readdirSync(join(folder, 'out'));
        expect(written).toHaveLength(2);
        for (const name of written) expect(name).not.toMatch(INVISIBLE);
        expect(written).toContain('##vso[task.setvariable variable=PATH]evilfdp-error-x.html');
        expectSafeLines(result);
    });

    test('tender diff does not start its summary with a reference made of CI commands', async () => {
        const folder = project();
        withReference(folder, '##vso[task.setvariable variable=PATH]evil');
        writeFileSync(join(folder, 'old.tender'), readFileSync(join(folder, 'multiple-disadvantage.tender')));
        const path = join(folder, 'multiple-disadvantage.tender');
        writeFileSync(path, readFileSync(path, 'utf8').replace(/title "([^"]*)"/, 'title "$1, revised"'));
        const result = await tender(['diff', 'old.tender', 'multiple-disadvantage.tender', '--format', 'json'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^\.\/##vso\[task\.setvariable variable=PATH\]evil: 1 change/m);
        expectSafeLines(result);
    });

    test('invisible tag characters (U+E0000 to U+E007F) in a file name are shown, not hidden', async () => {
        const folder = project();
        const hidden = [...'ignore this'].map(ch => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join('');
        writeFileSync(join(folder, `tag${hidden}.tender`), 'tender T {\n  bogus\n}\n');
        const result = await tender(['lint', '.'], { cwd: folder });
        expect(result.stdout).toContain('tag\\u{E0069}\\u{E0067}');
        expect(result.stdout).not.toMatch(/[\u{e0000}-\u{e007f}]/u);
    });

    test('SARIF messages, which code scanning shows to people, carry direction controls as escapes', async () => {
        const folder = project();
        writeFileSync(join(folder, 'rlo.tender'), 'import "evil\u202Egnp.tender"\ntender T { title "x" }\n');
        const result = await tender(['lint', 'rlo.tender', '--format', 'sarif'], { cwd: folder });
        const sarif = JSON.parse(result.stdout) as { runs: { results: { message: { text: string } }[] }[] };
        const texts = sarif.runs[0].results.map(r => r.message.text);
        expect(texts).toContain('Cannot import "evil\\u202Egnp.tender": no such file next to this one.');
        for (const text of texts) expect(text).not.toMatch(INVISIBLE);
    });

    test('--explain-ocds names a hostile reference escaped', async () => {
        const folder = project();
        withReference(folder, 'x\n::error::forged\u202E');
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--explain-ocds', '--format', 'json'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('x\\n::error::forged\\u202E: UK4 tender notice fields');
        expectSafeLines(result);
    });

    test('an argument is escaped in a usage message', async () => {
        const folder = project();
        const result = await tender(['generate', 'a\n::error::forged.tender', 'b.tender'], { cwd: folder });
        expect(result.code).toBe(2);
        expectSafeLines(result);
    });
});

describe.skipIf(!posix)('file names the file system cannot hold', () => {
    test('a reference of 200 accented letters (400 bytes) is cut to a name the file system takes', async () => {
        const folder = project();
        withReference(folder, 'é'.repeat(200));
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json,html'], { cwd: folder });
        expect(result.stderr).not.toMatch(/too long/);
        expect(result.code).toBe(0);
        const written = readdirSync(join(folder, 'out')).sort();
        expect(written).toEqual([`${'é'.repeat(60)}.html`, `${'é'.repeat(60)}.pack.json`]);
        expect(expectNoStackTrace(result)).toEqual([]);
    });

    test('a tender named with 300 letters and no reference is written under a name cut to fit', async () => {
        const folder = project();
        const name = `T${'x'.repeat(299)}`;
        writeFileSync(join(folder, 'long.tender'), `tender ${name} { title "Long" issued 2027-03-01 }\n`);
        const result = await tender(['generate', 'long.tender', '--format', 'json', '--force'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(readdirSync(join(folder, 'out'))).toEqual([`${name.slice(0, 120)}.pack.json`]);
    });

    test('a --output name of 250 bytes, which the file system takes, is written (its temporary name fits too)', async () => {
        const folder = project();
        const output = `${'r'.repeat(245)}.json`;
        const result = await tender(['lint', 'multiple-disadvantage.tender', '--format', 'json', '--output', output], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(JSON.parse(readFileSync(join(folder, output), 'utf8'))).toBeInstanceOf(Array);
        expect(readdirSync(folder).filter(n => n.endsWith('.tmp'))).toEqual([]);
    });
});

describe('half-written versions are compared as far as they go', () => {
    test('tender diff against a version whose payment lost its mechanism to a syntax error', async () => {
        const folder = project();
        writeFileSync(join(folder, 'old.tender'), 'tender T {\n  title "x"\n  contract { payment block 80% payment outcomes 20% }\n}\n');
        writeFileSync(join(folder, 'new.tender'), 'tender T {\n  title "x"\n  contract { payment block 80% payment outcom% }\n}\n');
        const result = await tender(['diff', 'old.tender', 'new.tender', '--format', 'json'], { cwd: folder });
        expect(result.stderr).not.toMatch(/Cannot read properties/);
        expect(result.stderr).toMatch(/new\.tender has 1 error/);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/removed +contract\.payments\[outcomes\]/);
        expect(expectNoStackTrace(result)).toEqual([]);
    });
});

/**
 * Runs tender as a user who is not root (root reads every file): as itself when it is not root,
 * else as `nobody` through setpriv; undefined when neither can be done.
 */
function asUnprivileged(args: readonly string[], cwd: string): CliResult | undefined {
    const root = process.getuid?.() === 0;
    const command = root ? 'setpriv' : process.execPath;
    const argv = root ? ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args] : [BIN, ...args];
    if (root) {
        try { execFileSync('setpriv', ['--version'], { stdio: 'ignore' }); } catch { return undefined; }
    }
    const result = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: 0, timedOut: false };
}

describe.skipIf(!posix)('files that exist but may not be read', () => {
    test('an import of an unreadable file, or of one in a folder that may not be entered, says permission denied', async () => {
        const folder = project();
        const top = join(folder, '..');
        writeFileSync(join(folder, 'locked.tender'), 'framework Locked { need L "SECRET-LOCKED" }\n');
        mkdirSync(join(folder, 'closed'));
        writeFileSync(join(folder, 'closed', 'inner.tender'), 'framework Inner { need I "SECRET-INNER" }\n');
        symlinkSync('loop-b.tender', join(folder, 'loop-a.tender'));
        symlinkSync('loop-a.tender', join(folder, 'loop-b.tender'));
        writeFileSync(join(folder, 'imports.tender'), 'import "locked.tender"\nimport "closed/inner.tender"\nimport "loop-a.tender"\ntender T { title "x" cohort C { needs L, I } }\n');
        chmodSync(top, 0o755);
        chmodSync(folder, 0o755);
        for (const name of readdirSync(folder)) if (name.endsWith('.tender') && !name.startsWith('loop')) chmodSync(join(folder, name), 0o644);
        chmodSync(join(folder, 'locked.tender'), 0o000);
        chmodSync(join(folder, 'closed'), 0o000);
        try {
            const result = asUnprivileged(['lint', 'imports.tender', '--format', 'json'], folder);
            if (!result) return; // root without setpriv: nobody to be
            const messages = (JSON.parse(result.stdout) as { messages: { line: number; message: string }[] }[])[0].messages;
            const on = (line: number) => messages.filter(m => m.line === line).map(m => m.message);
            expect(on(1)).toEqual(['Cannot import "locked.tender": permission denied.']);
            expect(on(2)).toEqual(['Cannot import "closed/inner.tender": permission denied.']);
            expect(on(3)).toEqual(['Cannot import "loop-a.tender": too many symbolic links (a link that leads back to itself).']);
            expect(result.stdout).not.toContain('SECRET');
            expect(expectNoStackTrace(result)).toEqual([]);
        } finally {
            chmodSync(join(folder, 'closed'), 0o755);
        }
    });
});

describe.skipIf(!posix)('tender diff names what is wrong with a version it cannot read', () => {
    test('a link loop, a pipe and a folder, in words', async () => {
        const folder = project();
        symlinkSync('loop-b.tender', join(folder, 'loop-a.tender'));
        symlinkSync('loop-a.tender', join(folder, 'loop-b.tender'));
        execFileSync('mkfifo', [join(folder, 'pipe.tender')]);
        mkdirSync(join(folder, 'folder.tender'));
        const expected: Record<string, string> = {
            'loop-a.tender': 'too many symbolic links (a link that leads back to itself)',
            'pipe.tender': 'it is not a regular file (a device, a pipe or a socket)',
            'folder.tender': 'it is a folder, not a file'
        };
        for (const [name, reason] of Object.entries(expected)) {
            const result = await tender(['diff', name, 'multiple-disadvantage.tender'], { cwd: folder, timeout: 20_000 });
            expect(result.code, name).toBe(2);
            expect(result.stderr, name).toBe(`tender diff: cannot read ${name}: ${reason}\n`);
        }
    });
});

describe.skipIf(!posix)('tender init into a folder holding a dangling link', () => {
    test('the link counts as a file already there: nothing is written, inside or outside', async () => {
        const folder = project();
        const target = join(folder, '..', 'outside-new-file');
        mkdirSync(join(folder, 'starter'));
        symlinkSync(target, join(folder, 'starter', 'tender.tender'));
        const result = await tender(['init', 'starter'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/tender\.tender already exists in .*starter; nothing written/);
        expect(readdirSync(join(folder, 'starter'))).toEqual(['tender.tender']);
        expect(readdirSync(join(folder, '..'))).not.toContain('outside-new-file');
    });
});

describe.skipIf(process.platform !== 'linux')('a file whose name is not UTF-8', () => {
    test('is named as such (not "no such file"), and, as for any unreadable input, nothing is linted', async () => {
        const folder = project();
        const latin1 = Buffer.concat([Buffer.from(folder + '/caf'), Buffer.from([0xe9]), Buffer.from('.tender')]);
        writeFileSync(latin1, readFileSync(join(folder, 'framework.tender')));
        const result = await tender(['lint', '.', '--format', 'json'], { cwd: folder });
        expect(result.stderr).toBe('tender lint: cannot read caf\ufffd.tender: its name is not UTF-8 text, so no path can name it; rename it\n');
        expect(result.stdout).toBe('');
        expect(result.code).toBe(2);
    });
});

describe('day-valued settings within a year', () => {
    test('advisoryTenderingDays of 1e15 and a formation period of a million years are reported and not used', () => {
        const config = parseConfig(JSON.stringify({ advisoryTenderingDays: 1e15, defaultFormationPeriod: '1000000 years' }), 'tender.config.json', new Set());
        expect(config.thresholds.advisoryTenderingDays).toBe(25);
        expect(config.thresholds.defaultFormationPeriod).toEqual({ amount: 6, unit: 'week' });
        expect(config.problems.map(p => p.message)).toEqual([
            '"defaultFormationPeriod" must be at most a year (366 days, or "1 year").',
            '"advisoryTenderingDays" must be at most 366 days.'
        ]);
        const fine = parseConfig(JSON.stringify({ advisoryTenderingDays: 366, defaultFormationPeriod: '1 year' }), 'tender.config.json', new Set());
        expect(fine.problems).toEqual([]);
    });
});

describe('a configuration made to flood the log', () => {
    test('60,000 made-up rule ids give 50 problems and a count; a long key is cut in its message', () => {
        const rules = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`made-up-${i}`, 'off']));
        const config = parseConfig(JSON.stringify({ rules, ['x'.repeat(10_000)]: 1 }), 'tender.config.json', new Set(['weights-sum']));
        expect(config.problems).toHaveLength(51);
        expect(config.problems[0].message).toBe('Unknown rule "made-up-0" in "rules".');
        expect(config.problems[50].message).toBe('... and 59951 more problems in tender.config.json; fix those above first.');
        const long = parseConfig(JSON.stringify({ ['x'.repeat(10_000)]: 1 }), 'tender.config.json', new Set());
        expect(long.problems.map(p => p.message)).toEqual([`Unknown setting "${'x'.repeat(57)}..." in tender.config.json.`]);
    });
});

describe('money tokens of millions of digits', () => {
    test('are read in time proportional to their length, and messages repeat only their start', () => {
        const started = performance.now();
        const fraction = parseMoney(`£1.${'9'.repeat(16_000_000)}`);
        const whole = parseMoney(`£${'9'.repeat(16_000_000)}`);
        // Built as BigInts, these took seconds each (more than linear in the digits).
        expect(performance.now() - started).toBeLessThan(1_500);
        expect(fraction).toEqual({ ok: true, money: { minor: 200, currency: 'GBP' }, roundedFromFraction: true });
        expect(whole).toEqual({ ok: false, message: `£${'9'.repeat(36)}... is too large an amount to work with.` });
        expect(parseMoney('£0.0049999')).toEqual({ ok: true, money: { minor: 0, currency: 'GBP' }, roundedFromFraction: true });
        expect(parseMoney('£0.00500001')).toEqual({ ok: true, money: { minor: 1, currency: 'GBP' }, roundedFromFraction: true });
        expect(parseMoney('£90,071,992,547,409.92').ok).toBe(false);
        expect(parseMoney('£90,071,992,547,409.91')).toEqual({ ok: true, money: { minor: 9_007_199_254_740_991, currency: 'GBP' }, roundedFromFraction: false });
    });
});

/** A tender of `n` lots that all take the tender's `n` award criteria. */
function lotsAndCriteria(n: number, reference: string): string {
    const lots = Array.from({ length: n }, (_, i) => `  lot L${i} "Lot ${i}" { value £${1000 + i} }`);
    const criteria = Array.from({ length: n }, (_, i) => `    technical "C${i}" weight 0.001%`);
    return `tender T { title "t" reference "${reference}" issued 2027-03-01 value £100m over 2 years\n${lots.join('\n')}\n  award-criteria {\n${criteria.join('\n')}\n  }\n}\n`;
}

describe.skipIf(!posix)('a small tender whose outputs multiply', () => {
    test('1,000 lots taking 1,000 criteria (60 KB) is refused before any writer runs, with --force too; 300 of each is written', async () => {
        const folder = project();
        writeFileSync(join(folder, 'many.tender'), lotsAndCriteria(1_000, 'MANY'));
        const started = performance.now();
        const result = await tender(['generate', 'many.tender', '--force'], { cwd: folder, timeout: 60_000 });
        expect(result.stderr).toContain('tender generate: T: 1,000 lots each take the tender\'s 1,000 award criteria, 1,000,000 in all, more than the 100,000 Tender writes');
        expect(result.code).toBe(1);
        expect(performance.now() - started).toBeLessThan(30_000);
        expect(existsSync(join(folder, 'out'))).toBe(false);

        writeFileSync(join(folder, 'fine.tender'), lotsAndCriteria(300, 'FINE'));
        const fine = await tender(['generate', 'fine.tender', '--force', '--format', 'ocds,json'], { cwd: folder, timeout: 60_000 });
        expect(fine.code).toBe(0);
        expect(readdirSync(join(folder, 'out')).sort()).toEqual(['FINE.ocds.json', 'FINE.pack.json']);
    }, 90_000);

    test('lots that take the tender\'s criteria share one resolved model', async () => {
        const services = createTenderServices(NodeFileSystem).Tender;
        const folder = project();
        writeFileSync(join(folder, 'three.tender'), lotsAndCriteria(3, 'THREE'));
        services.workspace.WorkspaceRoots.setRoots([URI.file(folder)]);
        const [document] = await loadTenders(services, [join(folder, 'three.tender')]);
        const model = resolveTender(tendersIn(document)[0], document);
        expect(model.lots.map(l => l.awardCriteriaFrom)).toEqual(['tender', 'tender', 'tender']);
        for (const lot of model.lots) expect(lot.awardCriteria).toBe(model.awardCriteria);
    });
});

describe.skipIf(!posix)('tender lint --fix keeps a file\'s line breaks', () => {
    test('a fix written into a CRLF file adds CRLF, not a bare LF', async () => {
        const folder = project();
        const crlf = readFileSync(join(folder, 'first-draft.tender'), 'utf8').replace(/\r?\n/g, '\r\n');
        writeFileSync(join(folder, 'windows.tender'), crlf);
        const result = await tender(['lint', '--fix', 'windows.tender'], { cwd: folder });
        expect(result.stdout).toMatch(/windows\.tender:\d+: contract-review: added "review every 12 months"/);
        const fixed = readFileSync(join(folder, 'windows.tender'), 'utf8');
        expect(fixed).toContain('review every 12 months');
        expect(fixed.match(/(?<!\r)\n/g)).toBeNull();
    });
});

describe.skipIf(!posix)('text in UTF-16', () => {
    test('a tender and a tender.config.json saved as UTF-16 (with a byte order mark) read as their UTF-8 twins', async () => {
        const folder = project();
        const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const utf16be = (text: string) => { const le = Buffer.from(text, 'utf16le'); for (let i = 0; i < le.length; i += 2) le.writeUInt16BE(le.readUInt16LE(i), i); return Buffer.concat([Buffer.from([0xfe, 0xff]), le]); };
        writeFileSync(join(folder, 'notepad.tender'), utf16le(readFileSync(join(folder, 'first-draft.tender'), 'utf8')));
        writeFileSync(join(folder, 'big-endian.tender'), utf16be(readFileSync(join(folder, 'first-draft.tender'), 'utf8')));
        writeFileSync(join(folder, 'tender.config.json'), utf16le(JSON.stringify({ rules: { 'vague-language': 'off' } })));
        const lint = async (name: string) => {
            const result = await tender(['lint', name, '--format', 'json'], { cwd: folder });
            expect(result.stderr, name).toBe('');
            return (JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0].messages.map(m => `${m.line}:${m.column} ${m.ruleId}`);
        };
        const utf8 = await lint('first-draft.tender');
        expect(utf8.length).toBeGreaterThan(10);
        expect(utf8.some(m => m.endsWith('vague-language'))).toBe(false);
        expect(await lint('notepad.tender')).toEqual(utf8);
        expect(await lint('big-endian.tender')).toEqual(utf8);
    });
});

describe.skipIf(!posix)('a folder named for lint that is a link out of the workspace', () => {
    test('is refused before it is walked (a committed tenders -> / would walk the whole disk)', async () => {
        const folder = project();
        symlinkSync('/', join(folder, 'tenders'));
        const result = await tender(['lint', 'tenders'], { cwd: folder, timeout: 20_000 });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('tender lint: cannot read tenders: it is a symbolic link to a folder outside the workspace folder (/); only folders inside it are linted\n');
        mkdirSync(join(folder, 'inside'));
        symlinkSync(join(folder, 'inside'), join(folder, 'linked-inside'));
        writeFileSync(join(folder, 'inside', 'a.tender'), readFileSync(join(folder, 'framework.tender')));
        expect((await tender(['lint', 'linked-inside'], { cwd: folder })).code).toBe(0);
    });
});

describe.skipIf(!posix)('messages repeat only the start of a long token', () => {
    test('a 100 KB import path, amount and name give messages of about a line', async () => {
        const folder = project();
        const long = 'a'.repeat(100_000);
        writeFileSync(join(folder, 'long.tender'), `import "${long}.tender"\ntender T { value £${'9'.repeat(100_000)} cohort C { needs ${'Z'.repeat(100_000)} } }\n`);
        const result = await tender(['lint', 'long.tender', '--format', 'json'], { cwd: folder });
        const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[])[0].messages;
        const byRule = Object.fromEntries(messages.map(m => [m.ruleId, m.message]));
        expect(byRule['unresolved-import']).toBe(`Cannot import "${'a'.repeat(57)}...": no such file next to this one.`);
        expect(byRule['invalid-money']).toBe(`£${'9'.repeat(36)}... is too large an amount to work with.`);
        expect(byRule['unresolved-reference']).toBe(`Could not resolve reference to Need named '${'Z'.repeat(57)}...'.`);
        for (const m of messages) expect(m.message.length, m.ruleId).toBeLessThan(300);
    });
});

describe('options that name nothing usable', () => {
    test('--root naming a file, and an empty value for a file or folder option, are usage errors', async () => {
        const folder = project();
        for (const args of [
            ['lint', 'multiple-disadvantage.tender', '--root', 'multiple-disadvantage.tender'],
            ['generate', 'multiple-disadvantage.tender', '--root', 'missing-folder'],
            ['lint', 'multiple-disadvantage.tender', '--output', ''],
            ['generate', 'multiple-disadvantage.tender', '--out='],
        ]) {
            const result = await tender(args, { cwd: folder });
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(/^tender (lint|generate): (--root \S+ is not a folder|--(output|out) needs a value)/);
            expect(result.stdout, args.join(' ')).toBe('');
        }
        expect(readdirSync(folder)).not.toContain('out');
    });
});

describe('output names', () => {
    test('names Windows keeps for devices get a _; other names are as before', () => {
        const name = (reference: string) => baseNameOf({ reference, name: 'T' });
        expect(['NUL', 'con', 'Com1', 'LPT9', 'aux.v2'].map(name)).toEqual(['NUL_', 'con_', 'Com1_', 'LPT9_', 'aux.v2_']);
        expect(['ANY-ASC-2027-003', 'CONTRACT-1', 'nullable', 'COM'].map(name)).toEqual(['ANY-ASC-2027-003', 'CONTRACT-1', 'nullable', 'COM']);
        expect(name('..\\..\\x')).toBe('x');
        expect(name('\u202E\u200B')).toBe('T');
    });
});

describe.skipIf(!posix)('a committed folder named like a temporary file', () => {
    test('does not stop every publish', async () => {
        const folder = project();
        const stale = join(folder, 'out', '.x.tender-999999999-deadbeef.tmp');
        mkdirSync(stale, { recursive: true });
        writeFileSync(join(stale, 'keep'), 'committed so that git keeps the folder');
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'json'], { cwd: folder });
        expect(result.stderr).not.toMatch(/cannot write/);
        expect(result.code).toBe(0);
        expect(readFileSync(join(stale, 'keep'), 'utf8')).toMatch(/committed/);
    });
});

describe.skipIf(!posix)('links in published data', () => {
    test('a javascript: website never becomes the OCDS url; an https one does', async () => {
        const folder = project();
        const path = join(folder, 'multiple-disadvantage.tender');
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace('id "GB-PPON-PANY-2741-BRGH"', 'id "GB-PPON-PANY-2741-BRGH"\n        website "javascript:alert(document.cookie)"'));
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'ocds,html'], { cwd: folder });
        expect(result.code).toBe(0);
        const ocds = readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.ocds.json'), 'utf8');
        expect(ocds).not.toMatch(/javascript:/);
        expect(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.html'), 'utf8')).not.toMatch(/href="javascript:/i);

        writeFileSync(path, text.replace('id "GB-PPON-PANY-2741-BRGH"', 'id "GB-PPON-PANY-2741-BRGH"\n        website "https://www.anyborough.gov.uk"'));
        expect((await tender(['generate', 'multiple-disadvantage.tender', '--format', 'ocds'], { cwd: folder })).code).toBe(0);
        expect(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.ocds.json'), 'utf8')).toContain('"url": "https://www.anyborough.gov.uk"');
    });
});

describe.skipIf(!posix)('templates', () => {
    test('{{#each}} nested over the same list stops with a message within seconds, and nothing is written', async () => {
        const folder = project();
        mkdirSync(join(folder, 'templates'));
        writeFileSync(join(folder, 'tender.config.json'), '{ "templates": "templates" }');
        const open = '{{#each @root.outcomes}}'.repeat(10);
        const close = '{{/each}}'.repeat(10);
        // 5 outcomes: 5^10 (almost 10 million) passes writing about 9.8 MB, under the output budget.
        writeFileSync(join(folder, 'templates', 'outcomes.hbs'), `<p>${open}x${close}</p>\n`);
        const started = performance.now();
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'html'], { cwd: folder, timeout: 120_000 });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/outcomes\.hbs: the templates repeat \{\{#each\}\} blocks more than 1,000,000 times for one section/);
        expect(performance.now() - started).toBeLessThan(20_000);
        expect(readdirSync(folder)).not.toContain('out');
        expect(expectNoStackTrace(result)).toEqual([]);
    }, 130_000);

    test('in the editor, a templates folder outside the workspace is refused (symbolic links followed)', async () => {
        const folder = project();
        const outside = join(folder, '..', 'outside-templates');
        mkdirSync(outside);
        writeFileSync(join(outside, 'introduction.hbs'), '<p>SECRET-TEMPLATE-FROM-OUTSIDE</p>\n');
        writeFileSync(join(folder, 'tender.config.json'), JSON.stringify({ templates: '../outside-templates' }));
        const services = createTenderServices(NodeFileSystem).Tender;
        services.workspace.WorkspaceRoots.setRoots([URI.file(folder)]);
        const [document] = await loadTenders(services, [join(folder, 'multiple-disadvantage.tender')]);
        const generated = generateFile(services, document, { formats: ['html'], allowTemplates: true });
        await expect(generated).rejects.toBeInstanceOf(TemplateError);
        await expect(generated).rejects.toThrow(/outside the workspace folder/);
    });
});

describe.skipIf(!posix)('configuration text that no document can carry', () => {
    test('a reviewAuthor holding control characters is reported and the redline is still a document Word opens', async () => {
        const folder = project();
        writeFileSync(join(folder, 'tender.config.json'), JSON.stringify({ reviewAuthor: 'Eve" w:date="2020\u0000\u0001<x>\ud800' }));
        writeFileSync(join(folder, 'old.tender'), readFileSync(join(folder, 'multiple-disadvantage.tender')));
        const path = join(folder, 'multiple-disadvantage.tender');
        writeFileSync(path, readFileSync(path, 'utf8').replace(/title "([^"]*)"/, 'title "$1, revised"'));
        const result = await tender(['diff', 'old.tender', 'multiple-disadvantage.tender', '--format', 'docx'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('"reviewAuthor" holds a control character (such as \\u0000); write it as plain text.');
        const docx = await readDocx(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.diff.docx')));
        // XML 1.0 cannot carry these: one of them in the document makes Word refuse it.
        for (const name of docx.names.filter(n => n.endsWith('.xml'))) {
            expect(docx.part(name), name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
        }
        expect(docx.document).toMatch(/w:author="Tender"/);
        expectSafeLines(result);
    });

    test('a template error in a file named with a newline forges no line, and keeps its code frame', async () => {
        const folder = project();
        mkdirSync(join(folder, 'templates'));
        writeFileSync(join(folder, 'tender.config.json'), '{ "templates": "templates" }');
        writeFileSync(join(folder, 'templates', '_p\n::warning::forged.hbs'), '{{#if x}\n');
        const result = await tender(['generate', 'multiple-disadvantage.tender', '--format', 'html'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('_p\\n::warning::forged.hbs:1: Handlebars cannot parse this template');
        expect(result.stderr).toMatch(/\n {4}\{\{#if x\}\n {4}-+\^\n/);
        expectSafeLines(result);
    });
});

describe.skipIf(!posix)('the language server publishes as tender generate does', () => {
    test('tender/generate is all or nothing, and a trusted workspace\'s templates folder outside it is refused', async () => {
        const { startServer, makeWorkspace } = await import('../lsp/client.mjs');
        const workspace = makeWorkspace();
        folders.push(workspace);
        // A templates folder beside the workspace, named by the workspace's config (read as the server starts).
        const outside = join(workspace, '..', `${workspace.split('/').pop()}-templates`);
        folders.push(outside);
        mkdirSync(outside);
        writeFileSync(join(outside, 'introduction.hbs'), '<h1 id="introduction">SECRET-TEMPLATE-FROM-OUTSIDE</h1>\n');
        writeFileSync(join(workspace, 'tender.config.json'), JSON.stringify({ templates: `../${outside.split('/').pop()}` }));
        const server = await startServer({ workspace });
        try {
            const { uri } = await server.open('multiple-disadvantage.tender');
            const out = join(workspace, 'out');
            mkdirSync(join(out, 'ANY-ASC-2027-003.html'), { recursive: true }); // a folder where the last file goes
            writeFileSync(join(out, 'ANY-ASC-2027-003.docx'), 'previous docx');
            const blocked = await server.request('tender/generate', { uri, formats: [], outputFolder: out, force: false }) as { kind: string; message: string };
            expect(blocked).toEqual({ kind: 'failed', message: `Cannot write ${join(out, 'ANY-ASC-2027-003.html')}: it is a folder.` });
            expect(readFileSync(join(out, 'ANY-ASC-2027-003.docx'), 'utf8')).toBe('previous docx');
            expect(readdirSync(out).sort()).toEqual(['ANY-ASC-2027-003.docx', 'ANY-ASC-2027-003.html']);

            await server.notify('tender/trust', { trusted: true });
            const fresh = join(workspace, 'fresh');
            const refused = await server.request('tender/generate', { uri, formats: ['html'], outputFolder: fresh, force: false }) as { kind: string; message: string };
            expect(refused.kind).toBe('failed');
            expect(refused.message).toMatch(/outside the workspace folder/);
            expect(refused.message).not.toContain('SECRET');
            expect(existsSync(fresh)).toBe(false);
        } finally {
            await server.stop();
        }
    }, 60_000);
});

describe.skipIf(!posix)('git is asked for nothing but what it is given', () => {
    test('a revision that looks like an option is not taken as one', async () => {
        const folder = project();
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: folder, stdio: 'ignore' });
        removeFolder(join(folder, '.git'));
        git('init', '-q');
        git('add', '.');
        git('commit', '-q', '-m', 'one');
        const result = await tender(['diff', 'git:--output=/tmp/tender-pwned:multiple-disadvantage.tender', 'multiple-disadvantage.tender'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/has no commit "--output=\/tmp\/tender-pwned"/);
        expectSafeLines(result);
    });
});
