/** `tender generate` as a real process: files written, refusals, formats, byte-identical reruns. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, expectNoStackTrace, removeFolder, tempFolder, tenderAsync } from './run-cli.js';

const folders: string[] = [];
function workspace(files: Record<string, string> = {}): string {
    const folder = tempFolder({ from: ANYBOROUGH, files });
    folders.push(folder);
    return folder;
}
afterAll(() => folders.forEach(removeFolder));

const listing = (folder: string) => existsSync(folder) ? readdirSync(folder).sort() : [];

const SMALL = `tender Small {
    title "Peer support"
    reference "ANY-2027-9"
    buyer "Anyborough Borough Council"
    issued 2027-01-11
}
`;

describe('tender generate', () => {
    test('writes the OCDS and pack JSON of the Anyborough tender, named by its reference', async () => {
        const folder = workspace();
        const result = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'ocds,json'], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code, result.stderr).toBe(0);
        expect(listing(join(folder, 'out'))).toEqual(['ANY-ASC-2027-003.ocds.json', 'ANY-ASC-2027-003.pack.json']);
        expect(result.stdout).toBe(`wrote ${join('out', 'ANY-ASC-2027-003.ocds.json')}\nwrote ${join('out', 'ANY-ASC-2027-003.pack.json')}\n`);
        const ocds = JSON.parse(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.ocds.json'), 'utf8')) as { releases: { ocid: string; tag: string[] }[] };
        expect(ocds.releases[0]).toMatchObject({ ocid: 'ocds-213czf-ANY-ASC-2027-003', tag: ['tender'] });
        const pack = JSON.parse(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.pack.json'), 'utf8')) as { formatVersion: string; tender: { reference: string; lots: unknown[] } };
        expect(pack.formatVersion).toBe('1.1');
        expect(pack.tender.reference).toBe('ANY-ASC-2027-003');
        expect(pack.tender.lots).toHaveLength(3);
        // Nothing but the outputs is left behind: no temporary files.
        expect(listing(join(folder, 'out')).filter(name => name.startsWith('.'))).toEqual([]);
    });

    test('the same input gives byte-identical files, run after run', async () => {
        const folder = workspace();
        const first = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--out', 'first'], { cwd: folder });
        const second = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--out', 'second'], { cwd: folder });
        expect(first.code, first.stderr).toBe(0);
        expect(second.code, second.stderr).toBe(0);
        const names = listing(join(folder, 'first'));
        expect(names).toEqual(['ANY-ASC-2027-003.docx', 'ANY-ASC-2027-003.html', 'ANY-ASC-2027-003.ocds.json', 'ANY-ASC-2027-003.pack.json']);
        expect(listing(join(folder, 'second'))).toEqual(names);
        for (const name of names) {
            expect(readFileSync(join(folder, 'first', name)).equals(readFileSync(join(folder, 'second', name))), name).toBe(true);
        }
    });

    test('all formats by default; an output that is not available is skipped with a note, never a placeholder file', async () => {
        const folder = workspace();
        const result = await tenderAsync(['generate', 'multiple-disadvantage.tender'], { cwd: folder });
        expect(result.code, result.stderr).toBe(0);
        const written = listing(join(folder, 'out'));
        expect(written).toEqual(expect.arrayContaining(['ANY-ASC-2027-003.ocds.json', 'ANY-ASC-2027-003.pack.json']));
        for (const [id, name] of [['docx', 'ANY-ASC-2027-003.docx'], ['html', 'ANY-ASC-2027-003.html']]) {
            const skipped = new RegExp(`skipping [a-z, ]*\\b${id}\\b`).test(result.stderr);
            expect(written.includes(name), `${id}: ${result.stderr}`).toBe(!skipped);
        }
    });

    test('--format docx: written when the DOCX writer exists, else a clear "not available yet" (exit 2) and no file', async () => {
        const folder = workspace();
        const result = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'docx'], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        if (result.code === 0) {
            const docx = readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.docx'));
            expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
        } else {
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/docx output is not available yet/);
            expect(listing(join(folder, 'out'))).toEqual([]);
        }
    });

    test('--review: the findings become review comments; the document differs from one without, and is still reproducible', async () => {
        const folder = workspace();
        const plain = await tenderAsync(['generate', 'first-draft.tender', '--force', '--format', 'docx,html', '--out', 'plain'], { cwd: folder });
        const review = await tenderAsync(['generate', 'first-draft.tender', '--force', '--format', 'docx,html', '--review', '--out', 'review'], { cwd: folder });
        const again = await tenderAsync(['generate', 'first-draft.tender', '--force', '--format', 'docx,html', '--review', '--out', 'again'], { cwd: folder });
        for (const result of [plain, review, again]) expect(result.code, result.stderr).toBe(0);
        for (const name of ['ANY-ASC-2027-003-D.docx', 'ANY-ASC-2027-003-D.html']) {
            expect(readFileSync(join(folder, 'plain', name)).equals(readFileSync(join(folder, 'review', name))), name).toBe(false);
            expect(readFileSync(join(folder, 'review', name)).equals(readFileSync(join(folder, 'again', name))), name).toBe(true);
        }
    });

    test('refuses a tender with errors (exit 1, nothing written), listing the errors; --force writes anyway', async () => {
        const folder = workspace();
        const refused = await tenderAsync(['generate', 'first-draft.tender', '--format', 'ocds,json'], { cwd: folder });
        expect(expectNoStackTrace(refused)).toEqual([]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/first-draft\.tender has \d+ errors; nothing written/);
        expect(refused.stderr).toMatch(/--force/);
        expect(refused.stderr).toMatch(/weights-sum/);
        expect(listing(join(folder, 'out'))).toEqual([]);
        const forced = await tenderAsync(['generate', 'first-draft.tender', '--format', 'ocds,json', '--force'], { cwd: folder });
        expect(forced.code, forced.stderr).toBe(0);
        expect(listing(join(folder, 'out'))).toEqual(['ANY-ASC-2027-003-D.ocds.json', 'ANY-ASC-2027-003-D.pack.json']);
    });

    test('usage errors exit 2 and write nothing: unknown format, no file, two files, not a .tender file, bad --base-url, --out a file', async () => {
        const folder = workspace({ 'notes.txt': 'hello' });
        const cases: string[][] = [
            ['generate', 'multiple-disadvantage.tender', '--format', 'pdf'],
            ['generate'],
            ['generate', 'multiple-disadvantage.tender', 'first-draft.tender'],
            ['generate', 'notes.txt'],
            ['generate', 'missing.tender'],
            ['generate', 'multiple-disadvantage.tender', '--base-url', 'data/tenders'],
            ['generate', 'multiple-disadvantage.tender', '--out', 'notes.txt'],
            ['generate', 'multiple-disadvantage.tender', '--colour']
        ];
        for (const args of cases) {
            const result = await tenderAsync(args, { cwd: folder });
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(/^tender generate: /);
            expect(expectNoStackTrace(result), args.join(' ')).toEqual([]);
        }
        expect((await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'pdf'], { cwd: folder })).stderr).toMatch(/docx, ocds, json, html \(got "pdf"\)/);
        expect(listing(join(folder, 'out'))).toEqual([]);
    });

    test('a file without a tender, and a tender without a reference (written under its name)', async () => {
        const folder = workspace({ 'unnamed.tender': SMALL.replace('    reference "ANY-2027-9"\n', '') });
        const none = await tenderAsync(['generate', 'framework.tender'], { cwd: folder });
        expect(none.code).toBe(1);
        expect(none.stderr).toMatch(/holds no tender/);
        const unnamed = await tenderAsync(['generate', 'unnamed.tender', '--format', 'json,ocds'], { cwd: folder });
        expect(unnamed.code, unnamed.stderr).toBe(0);
        expect(unnamed.stderr).toMatch(/Small has no reference; writing its files as Small\.\*/);
        expect(listing(join(folder, 'out'))).toEqual(['Small.ocds.json', 'Small.pack.json']);
    });

    test('several tenders in one file: one pack each; two with the same reference are refused', async () => {
        const second = SMALL.replace('tender Small', 'tender Other').replace('ANY-2027-9', 'ANY-2027-10');
        const folder = workspace({ 'two.tender': SMALL + second, 'same.tender': SMALL + SMALL.replace('tender Small', 'tender Twin') });
        const two = await tenderAsync(['generate', 'two.tender', '--format', 'json'], { cwd: folder });
        expect(two.code, two.stderr).toBe(0);
        expect(listing(join(folder, 'out'))).toEqual(['ANY-2027-10.pack.json', 'ANY-2027-9.pack.json']);
        const same = await tenderAsync(['generate', 'same.tender', '--format', 'json', '--out', 'same'], { cwd: folder });
        expect(same.code).toBe(1);
        expect(same.stderr).toMatch(/Small and Twin would both be written as ANY-2027-9/);
        expect(listing(join(folder, 'same'))).toEqual([]);
    });

    test('an output that cannot be written stops the run before any file is written', async () => {
        const folder = workspace({ 'undated.tender': SMALL.replace('    issued 2027-01-11\n', '') });
        const result = await tenderAsync(['generate', 'undated.tender', '--format', 'json,ocds'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/cannot write the ocds output of Small: .*add `issued YYYY-MM-DD`.*nothing written/);
        expect(listing(join(folder, 'out'))).toEqual([]);
    });

    test('ocidPrefix comes from tender.config.json; a malformed one is refused with a message', async () => {
        const folder = workspace({ 'tender.config.json': JSON.stringify({ ocidPrefix: 'ocds-abc123' }) });
        const result = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'ocds', '--base-url', 'https://data.anyborough.gov.uk/tenders'], { cwd: folder });
        expect(result.code, result.stderr).toBe(0);
        const ocds = JSON.parse(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.ocds.json'), 'utf8')) as { uri: string; releases: { ocid: string }[] };
        expect(ocds.releases[0].ocid).toBe('ocds-abc123-ANY-ASC-2027-003');
        expect(ocds.uri).toBe('https://data.anyborough.gov.uk/tenders/ANY-ASC-2027-003.ocds.json');
        writeFileSync(join(folder, 'tender.config.json'), JSON.stringify({ ocidPrefix: 'anyborough' }));
        const bad = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'ocds', '--out', 'bad'], { cwd: folder });
        expect(bad.code).toBe(1);
        expect(bad.stderr).toMatch(/ocidPrefix "anyborough" is not an OCDS prefix/);
        expect(listing(join(folder, 'bad'))).toEqual([]);
    });

    test('--explain-ocds names the UK4 fields the tender cannot fill and how to fill them', async () => {
        const folder = workspace();
        const result = await tenderAsync(['generate', 'first-draft.tender', '--format', 'json', '--force', '--explain-ocds'], { cwd: folder });
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/^ANY-ASC-2027-003-D: UK4 tender notice fields the OCDS output cannot fill yet \(\d+\)/);
        expect(result.stdout).toContain('Submission: enquiry deadline  [add to the tender]  tender.enquiryPeriod.endDate');
        expect(result.stdout).toContain('Add `clarification-deadline YYYY-MM-DD HH:MM` to the timeline.');
        expect(result.stdout).toContain('Scope: total value excluding VAT  [add to the tender]');
        expect(result.stdout).not.toContain('[not in the language]');
        expect(result.stdout).toContain('Lots: reasons for not dividing into lots  [add to the tender]');
        const full = await tenderAsync(['generate', 'multiple-disadvantage.tender', '--format', 'json', '--explain-ocds'], { cwd: folder });
        expect(full.stdout).not.toContain('Submission: enquiry deadline');
        expect(full.stdout).not.toContain('[add to the tender]  tender.tenderPeriod');
    });
});
