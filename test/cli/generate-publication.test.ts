/**
 * `tender generate --for-publication` and `--include-internal` as a real process (issue 11): a
 * tender missing a fact the regulations require of its notice is refused (exit 1, nothing written)
 * with each missing fact named, whatever severity notice-incomplete is configured at; the Find a
 * Tender form fields still missing are listed; the two normative examples are published whole.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, EXAMPLES, expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';
import { readDocx } from '../../packages/language/test/generate/docx/docx-reader.js';

const folders: string[] = [];
function workspace(from: string, files: Record<string, string> = {}): string {
    const folder = tempFolder({ from, files });
    folders.push(folder);
    return folder;
}
afterAll(() => folders.forEach(removeFolder));
const listing = (folder: string) => existsSync(folder) ? readdirSync(folder).sort() : [];

/** An open procedure with a buyer that has no identifier, address, email or contact, no region, no payment. */
const INCOMPLETE = `tender Incomplete {
    title "Peer support"
    reference "ANY-2027-77"
    buyer "Anyborough Borough Council"
    procedure open
    cpv "85000000-9"
    value £900,000 over 3 years
    issued 2027-01-11
    timeline { publish 2027-02-01 bid-deadline 2027-03-15 }
    contract { duration 3 years }
}
`;

describe('tender generate --for-publication', () => {
    test('refuses a tender missing facts the regulations require: exit 1, nothing written, each fact named with its source', () => {
        // notice-incomplete switched off: the refusal does not depend on its severity.
        const folder = workspace(ANYBOROUGH, { 'incomplete.tender': INCOMPLETE, 'tender.config.json': '{ "rules": { "notice-incomplete": "off" } }' });
        const result = tender(['generate', 'incomplete.tender', '--for-publication'], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code, result.stderr).toBe(1);
        expect(listing(join(folder, 'out'))).toEqual([]);
        expect(result.stderr).toMatch(/Incomplete is not ready for publication/);
        expect(result.stderr).toMatch(/identifier[^\n]*required by Procurement Regulations 2024 reg 13/i);
        expect(result.stderr).toMatch(/email[^\n]*required by/i);
        expect(result.stderr).toMatch(/payment[^\n]*required by[^\n]*reg 18/i);
        // The form's own fields are listed as such.
        expect(result.stderr).toMatch(/Find a Tender's form also asks for/);
        // Without --for-publication the same tender is written (the rule is off).
        const plain = tender(['generate', 'incomplete.tender', '--format', 'json'], { cwd: folder });
        expect(plain.code, plain.stderr).toBe(0);
    });

    test('the two normative examples are published: four files each', () => {
        for (const [dir, file, reference] of [['anyborough', 'multiple-disadvantage.tender', 'ANY-ASC-2027-003'], ['westhaven', 'young-people-accommodation.tender', 'WHC-CSC-2027-050']] as const) {
            const folder = workspace(join(EXAMPLES, dir));
            const result = tender(['generate', file, '--for-publication'], { cwd: folder });
            expect(result.code, result.stderr).toBe(0);
            expect(listing(join(folder, 'out'))).toEqual(['docx', 'html', 'ocds.json', 'pack.json'].map(ext => `${reference}.${ext}`).sort());
        }
    });

    test('--include-internal is refused with --for-publication (exit 2, nothing written)', () => {
        const folder = workspace(join(EXAMPLES, 'westhaven'));
        const result = tender(['generate', 'young-people-accommodation.tender', '--for-publication', '--include-internal'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/--include-internal[^\n]*cannot go with --for-publication/);
        expect(listing(join(folder, 'out'))).toEqual([]);
    });
});

describe('internal risks', () => {
    test('never in the published outputs; in the pack JSON with --include-internal; marked in the --review outputs', async () => {
        const folder = workspace(join(EXAMPLES, 'westhaven'));
        const internal = 'Eastcombe reduces its contribution';
        const plain = tender(['generate', 'young-people-accommodation.tender', '--out', 'plain'], { cwd: folder });
        expect(plain.code, plain.stderr).toBe(0);
        for (const name of listing(join(folder, 'plain'))) {
            const text = name.endsWith('.docx')
                ? (await readDocx(readFileSync(join(folder, 'plain', name)))).document
                : readFileSync(join(folder, 'plain', name), 'utf8');
            expect(text.includes(internal), name).toBe(false);
            expect(text.length).toBeGreaterThan(1000);
        }
        const withInternal = tender(['generate', 'young-people-accommodation.tender', '--format', 'json', '--include-internal', '--out', 'internal'], { cwd: folder });
        expect(withInternal.code, withInternal.stderr).toBe(0);
        expect(readFileSync(join(folder, 'internal', 'WHC-CSC-2027-050.pack.json'), 'utf8')).toContain(internal);
        const review = tender(['generate', 'young-people-accommodation.tender', '--format', 'html', '--review', '--out', 'review'], { cwd: folder });
        expect(review.code, review.stderr).toBe(0);
        expect(readFileSync(join(folder, 'review', 'WHC-CSC-2027-050.html'), 'utf8')).toMatch(/Eastcombe reduces its contribution[^<]*<strong> ?\(not for publication\)<\/strong>/);
    });
});

describe('the OCDS identifier prefix', () => {
    test('a note while the documentation prefix is in use; none once ocidPrefix is configured', () => {
        const folder = workspace(join(EXAMPLES, 'westhaven'));
        const documentation = tender(['generate', 'young-people-accommodation.tender', '--format', 'ocds'], { cwd: folder });
        expect(documentation.code, documentation.stderr).toBe(0);
        expect(documentation.stderr).toMatch(/note: the OCDS ocid uses ocds-213czf[^\n]*set ocidPrefix in tender.config.json/);
        const configured = workspace(join(EXAMPLES, 'westhaven'), { 'tender.config.json': '{ "ocidPrefix": "ocds-wh1234" }' });
        const own = tender(['generate', 'young-people-accommodation.tender', '--format', 'ocds,json', '--explain-ocds', '--base-url', 'https://data.westhaven.gov.uk/tenders/'], { cwd: configured });
        expect(own.code, own.stderr).toBe(0);
        expect(own.stderr).not.toMatch(/ocds-213czf/);
        expect(own.stdout).toContain('WHC-CSC-2027-050: the OCDS output fills every UK4 tender notice field the language knows of.');
        const release = JSON.parse(readFileSync(join(configured, 'out', 'WHC-CSC-2027-050.ocds.json'), 'utf8')) as { releases: { ocid: string }[] };
        expect(release.releases[0].ocid).toBe('ocds-wh1234-WHC-CSC-2027-050');
    });
});
