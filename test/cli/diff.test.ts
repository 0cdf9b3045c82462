/**
 * `tender diff` as a real process: two files, and git: versions in a repository the test makes
 * (git init, commit, edit, diff against git:HEAD:path), with the old version's imports read from
 * the same revision; exit codes, one-line errors for bad revisions and paths, byte-identical reruns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';

const TENDER = 'multiple-disadvantage.tender';
const REFERENCE = 'ANY-ASC-2027-003';
const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

function workspace(): string {
    const folder = tempFolder({ from: ANYBOROUGH });
    folders.push(folder);
    return folder;
}

function git(folder: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
}

function change(folder: string, file: string, from: string | RegExp, to: string): void {
    const path = join(folder, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${String(from)} not found in ${file}`);
    writeFileSync(path, changed);
}

interface DiffJson {
    readonly old: { readonly source: string };
    readonly new: { readonly source: string };
    readonly counts: Record<string, number>;
    readonly changes: readonly { path: string; kind: string; old: unknown; new: unknown }[];
}

function readJson(folder: string, out = 'out'): DiffJson {
    return JSON.parse(readFileSync(join(folder, out, `${REFERENCE}.diff.json`), 'utf8')) as DiffJson;
}

const haveGit = spawnSync('git', ['--version']).status === 0;

describe('tender diff of two files', () => {
    test('writes the redline, its page and the change list, and lists the changes', () => {
        const folder = workspace();
        mkdirSync(join(folder, 'v2'));
        for (const name of readdirSync(folder).filter(n => n.endsWith('.tender'))) writeFileSync(join(folder, 'v2', name), readFileSync(join(folder, name)));
        change(folder, `v2/${TENDER}`, 'price "Price" weight 30%', 'price "Price" weight 35%');
        change(folder, `v2/${TENDER}`, 'technical "Quality of the support model" weight 55%', 'technical "Quality of the support model" weight 50%');
        const result = tender(['diff', TENDER, `v2/${TENDER}`], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code, result.stderr).toBe(0);
        // Sub-criterion weights no longer add up to 50%: compared all the same, with a note.
        expect(result.stderr).toMatch(/^tender diff: note: v2\/multiple-disadvantage\.tender has \d+ errors? \(see tender lint\); it is compared as far as it goes\n$/);
        expect(result.stdout).toBe([
            `${REFERENCE}: 2 changes (2 changed) from ${TENDER} to v2/${TENDER}`,
            '  changed  awardCriteria[Quality of the support model].weight: 55% → 50%',
            '  changed  awardCriteria[Price].weight: 30% → 35%',
            `wrote ${join('out', `${REFERENCE}.diff.docx`)}`,
            `wrote ${join('out', `${REFERENCE}.diff.html`)}`,
            `wrote ${join('out', `${REFERENCE}.diff.json`)}`,
            ''
        ].join('\n'));
        expect(readdirSync(join(folder, 'out')).sort()).toEqual([`${REFERENCE}.diff.docx`, `${REFERENCE}.diff.html`, `${REFERENCE}.diff.json`]);
        const json = readJson(folder);
        expect(json.old.source).toBe(TENDER);
        expect(json.changes.map(c => c.path)).toEqual(['awardCriteria[Quality of the support model].weight', 'awardCriteria[Price].weight']);
    });

    test('the same versions give byte-identical files, run after run', () => {
        const folder = workspace();
        writeFileSync(join(folder, 'new.tender'), readFileSync(join(folder, TENDER), 'utf8').replace('bid-deadline 2027-04-19', 'bid-deadline 2027-04-26'));
        const first = tender(['diff', TENDER, 'new.tender', '--out', 'first'], { cwd: folder });
        const second = tender(['diff', TENDER, 'new.tender', '--out', 'second'], { cwd: folder });
        expect(first.code, first.stderr).toBe(0);
        expect(second.code, second.stderr).toBe(0);
        for (const name of readdirSync(join(folder, 'first'))) {
            expect(readFileSync(join(folder, 'second', name)).equals(readFileSync(join(folder, 'first', name))), name).toBe(true);
        }
    });

    test('--exit-code: 1 when the versions differ, 0 when only the formatting does; --format picks the outputs', () => {
        const folder = workspace();
        const text = readFileSync(join(folder, TENDER), 'utf8');
        writeFileSync(join(folder, 'reformatted.tender'), text.replace(/^ {4}/gm, '  ').replace('value £2,400,000', 'value £2.4m'));
        writeFileSync(join(folder, 'changed.tender'), text.replace('value £800,000', 'value £850,000'));
        const same = tender(['diff', TENDER, 'reformatted.tender', '--exit-code', '--format', 'json'], { cwd: folder });
        expect(same.code, same.stderr).toBe(0);
        expect(same.stdout).toContain(`${REFERENCE}: no changes from ${TENDER} to reformatted.tender`);
        expect(readJson(folder).changes).toEqual([]);
        const differs = tender(['diff', TENDER, 'changed.tender', '--exit-code', '--format', 'json,html', '--out', 'two'], { cwd: folder });
        expect(differs.code, differs.stderr).toBe(1);
        expect(differs.stdout).toContain('  changed  lots[HousingLot].value: £800,000 → £850,000');
        expect(readdirSync(join(folder, 'two')).sort()).toEqual([`${REFERENCE}.diff.html`, `${REFERENCE}.diff.json`]);
    });

    test('unreadable input and bad usage: one line, exit 2, nothing written', () => {
        const folder = workspace();
        writeFileSync(join(folder, 'out'), 'a file where the folder would go');
        const cases: [string[], RegExp][] = [
            [['diff', TENDER], /^tender diff: name the old and the new version/],
            [['diff', TENDER, TENDER, TENDER], /^tender diff: name two versions \(got 3/],
            [['diff', 'missing.tender', TENDER, '--out', 'o'], /^tender diff: cannot read missing\.tender: no such file$/],
            [['diff', 'framework.tender', TENDER, '--out', 'o'], /^tender diff: framework\.tender holds no tender; nothing to compare$/],
            [['diff', 'package.json', TENDER, '--out', 'o'], /^tender diff: package\.json is not a \.tender file/],
            [['diff', TENDER, TENDER, '--format', 'pdf', '--out', 'o'], /^tender diff: --format takes a comma-separated list of docx, html, json \(got "pdf"\)$/],
            [['diff', TENDER, TENDER], /^tender diff: --out out is a file, not a folder$/],
            [['diff', 'git:HEAD', TENDER, '--out', 'o'], /^tender diff: git:HEAD: write git:<revision>:<path>/],
            [['diff', 'git::x.tender', TENDER, '--out', 'o'], /^tender diff: git::x\.tender: no revision before the path/]
        ];
        for (const [args, message] of cases) {
            const result = tender(args, { cwd: folder });
            expect(expectNoStackTrace(result), args.join(' ')).toEqual([]);
            expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
            expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
            expect(result.stderr.trim(), args.join(' ')).toMatch(message);
        }
        expect(existsSync(join(folder, 'o'))).toBe(false);
    });
});

describe.skipIf(!haveGit)('tender diff against git: versions', () => {
    let repo: string;
    beforeAll(() => {
        repo = workspace();
        // The tender in a subfolder, as in a real repository; its imports beside it.
        mkdirSync(join(repo, 'tenders'));
        for (const name of readdirSync(repo).filter(n => n.endsWith('.tender'))) renameSync(join(repo, name), join(repo, 'tenders', name));
        git(repo, 'init', '-q', '-b', 'main');
        git(repo, 'add', '.');
        git(repo, 'commit', '-q', '-m', 'The version legal saw');
        git(repo, 'tag', 'reviewed');
    });

    test('against git:HEAD:path: the old version and its imports come from the commit', () => {
        change(repo, `tenders/${TENDER}`, 'bid-deadline 2027-04-19', 'bid-deadline 2027-04-26');
        // The framework changes on disk only: the old version must still read the committed one.
        change(repo, 'tenders/framework.tender', /need Homelessness "[^"]*"/, 'need Homelessness "Homeless or at risk of homelessness"');
        const result = tender(['diff', `git:HEAD:tenders/${TENDER}`, `tenders/${TENDER}`, '--format', 'json'], { cwd: repo });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toBe('');
        const json = readJson(repo);
        expect(json.old.source).toBe(`git:HEAD:tenders/${TENDER}`);
        expect(json.changes.map(c => `${c.kind} ${c.path}`)).toEqual(['changed timeline.bidDeadline', 'changed needs[Homelessness].text']);
        expect(json.changes[1].old).toMatch(/^Homeless, sofa surfing|^[A-Z]/);
        expect(json.changes[1].new).toBe('Homeless or at risk of homelessness');
    });

    test('a tag, a path from the current folder (./ or found there), HEAD~1 after another commit', () => {
        git(repo, 'commit', '-q', '-am', 'Second round');
        change(repo, `tenders/${TENDER}`, 'value £500,000', 'value £450,000');
        const tenders = join(repo, 'tenders');
        for (const old of ['git:reviewed:tenders/multiple-disadvantage.tender', `git:reviewed:./${TENDER}`, `git:reviewed:${TENDER}`]) {
            const result = tender(['diff', old, TENDER, '--format', 'json', '--out', 'tagged'], { cwd: tenders });
            expect(result.code, `${old}: ${result.stderr}`).toBe(0);
            expect(readJson(tenders, 'tagged').changes.map(c => c.path), old).toEqual(['lots[RecoveryLot].value', 'timeline.bidDeadline', 'needs[Homelessness].text']);
        }
        const previous = tender(['diff', `git:HEAD~1:tenders/${TENDER}`, `git:HEAD:tenders/${TENDER}`, '--format', 'json', '--out', 'commits'], { cwd: repo });
        expect(previous.code, previous.stderr).toBe(0);
        expect(readJson(repo, 'commits').changes.map(c => c.path)).toEqual(['timeline.bidDeadline', 'needs[Homelessness].text']);
    });

    test('a bad revision, a path not in the revision, no repository: one line, exit 2', () => {
        const outside = tempFolder({ from: ANYBOROUGH });
        folders.push(outside);
        const cases: [string[], string, RegExp][] = [
            [['diff', `git:no-such-branch:tenders/${TENDER}`, `tenders/${TENDER}`], repo, /^tender diff: git:no-such-branch:tenders\/multiple-disadvantage\.tender: the repository at .+ has no commit "no-such-branch"$/],
            [['diff', 'git:HEAD:tenders/gone.tender', `tenders/${TENDER}`], repo, /^tender diff: git:HEAD:tenders\/gone\.tender: there is no file tenders\/gone\.tender in HEAD \(commit [0-9a-f]{12}\)$/],
            [['diff', `git:HEAD:${TENDER}`, TENDER], outside, /^tender diff: git:HEAD:multiple-disadvantage\.tender: .+ is not in a git repository/]
        ];
        for (const [args, cwd, message] of cases) {
            const result = tender([...args, '--out', 'never'], { cwd });
            expect(expectNoStackTrace(result)).toEqual([]);
            expect(result.code, result.stderr).toBe(2);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
            expect(result.stderr.trim()).toMatch(message);
            expect(existsSync(join(cwd, 'never'))).toBe(false);
        }
    });
});
