/**
 * The invitation to tender as a legal team receives it (issue 11): the Word file written to disk
 * and opened again holds the submission address and deadline with its time, the marking scale and
 * the price method, the exclusion grounds, KPIs, TUPE and the lot-allocation rule, and no
 * internal risk; LibreOffice turns it into a PDF whose contents run 1, 1.1, 1.2, 2, 2.1 ... with
 * no "Lot 1: Lot 1:" and no heading word split across lines. Skipped without LibreOffice (CI
 * installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTenderServices } from '../../../src/tender-module.js';
import { loadTenders } from '../../../src/workspace/load.js';
import { isTender } from '../../../src/generated/ast.js';
import { resolveTender } from '../../../src/model/resolve.js';
import type { TenderDocument } from '../../../src/model/tender-document.js';
import { writeDocx } from '../../../src/generate/docx/docx-writer.js';
import { REPO_ROOT } from '../../helpers.js';
import type { DocxPackage } from './docx-reader.js';
import { readDocx } from './docx-reader.js';

const work = mkdtempSync(join(tmpdir(), 'tender-invitation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function exampleModel(path: string): Promise<TenderDocument> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [join(REPO_ROOT, path)]);
    return resolveTender(document.parseResult.value.elements.find(isTender)!, document);
}

/** Writes the DOCX to a file and opens the file again, as a reader would. */
async function written(model: TenderDocument, name: string): Promise<{ path: string; pkg: DocxPackage; text: string }> {
    const path = join(work, `${name}.docx`);
    writeFileSync(path, await writeDocx(model, { findings: [], review: false }));
    const pkg = await readDocx(readFileSync(path));
    const text = pkg.body.map(b => b.kind === 'paragraph' ? b.text : b.rows.map(r => r.map(c => c.text).join(' | ')).join('\n')).join('\n');
    return { path, pkg, text };
}

let westhaven: { path: string; pkg: DocxPackage; text: string };
let anyborough: { path: string; pkg: DocxPackage; text: string };
beforeAll(async () => {
    westhaven = await written(await exampleModel('examples/westhaven/young-people-accommodation.tender'), 'WHC-CSC-2027-050');
    anyborough = await written(await exampleModel('examples/anyborough/multiple-disadvantage.tender'), 'ANY-ASC-2027-003');
});

describe('the Word file, opened', () => {
    test('contracting authorities and contacts; where, how and by when to submit, with the time; clarification deadline with its time', () => {
        expect(westhaven.text).toContain('Westhaven Council is the contracting authority that leads this procurement (organisation identifier GB-PPON-PWHV-5080-CNCL). Address: Civic Offices, Harbour Road, Westhaven, WH1 4QT.');
        expect(westhaven.text).toContain('Enquiries about this procurement go to Children\'s Placements Commissioning, email placements.commissioning@westhaven.gov.uk');
        expect(westhaven.text).toContain('Eastcombe Borough Council procures together with Westhaven Council');
        expect(westhaven.text).toContain('Tenders must be submitted through https://tenders.westhaven.gov.uk/WHC-CSC-2027-050, electronically, by Friday 25 June 2027 at 12:00 BST.');
        expect(westhaven.text).toMatch(/Questions about it must be sent in writing through https:\/\/tenders\.westhaven\.gov\.uk\/WHC-CSC-2027-050 by Friday 4 June 2027 at 17:00 BST/);
        expect(anyborough.text).toContain('by Monday 19 April 2027 at 12:00 BST');
    });

    test('the assessment method beside the weightings: the scale, what each mark means, pass marks, how price is scored', () => {
        expect(westhaven.text).toMatch(/is marked on a scale of 0 to 4, where:\n0: No answer, or an answer that does not meet the requirement\.\n1: /);
        expect(westhaven.text).toContain('4: Meets the requirement in full, with evidence from placements the provider runs now.');
        expect(westhaven.text).toContain('Price is scored as follows: weekly prices are scored against the lowest weekly price for the same lot: lowest price divided by the tendered price, times 30.');
        expect(westhaven.text).toMatch(/Pass mark: 2; a tender marked below it is disqualified\./);
        expect(anyborough.text).toContain('Price is scored as follows: the lowest tendered price divided by the tendered price, times 30.');
    });

    test('the procedure; lot limits and how they are applied; per-lot terms', () => {
        expect(westhaven.text).toContain('No tenderer will be awarded more than 2 lots. Where a tenderer would otherwise win more, the lots it is awarded are chosen as follows: the two lots in which the supplier ranks highest on quality.');
        expect(westhaven.text).toContain('The procurement establishes a framework agreement for 4 years, with up to 12 suppliers.');
        expect(westhaven.text).toContain('It is a framework lot: up to 4 suppliers will be appointed to it.');
        expect(westhaven.text).toContain('It buys 20 places (host family rooms).');
        expect(westhaven.text).toMatch(/Its contract terms are those in section “Contract terms”, except: [^\n]*it may be extended by 1 year \+ 1 year if funding is available/);
        expect(anyborough.text).toContain('The procedure has these stages, in order:');
        expect(anyborough.text).toContain('There is no negotiation: tenders are assessed as submitted.');
    });

    test('KPIs, payment and how each share is earned, reporting, TUPE, the contract terms', () => {
        expect(westhaven.text).toContain('The contractor\'s performance is measured by these key performance indicators, for every lot:');
        expect(westhaven.text).toContain('Commissioned places are used: share of commissioned places occupied on the last day of each month; target 95%; reported every 3 months.');
        expect(westhaven.text).toContain('Block payment: 60% of the contract price, earned as follows: paid monthly in advance for the places reserved.');
        expect(westhaven.text).toContain('The contractor reports every 3 months: occupancy, unplanned moves and move-on outcomes for each young person.');
        expect(westhaven.text).toContain('Transfer of staff (TUPE): the Transfer of Undertakings (Protection of Employment) Regulations 2006 are unlikely to apply to this contract: no staff work wholly or mainly on the current contracts.');
        expect(westhaven.text).toContain('The contract is on the terms of Westhaven Council Terms and Conditions for Care and Support Services 2026.');
    });

    test('exclusion grounds by reference to the Act (ss57-58, Schedules 6 and 7)', () => {
        for (const { text } of [westhaven, anyborough]) {
            expect(text).toMatch(/excluded supplier, and may exclude a supplier that is an excludable supplier, as section 57 of the Procurement Act 2023 defines them/);
            expect(text).toContain('Schedule 6 to the Act');
            expect(text).toContain('Schedule 7 to the Act');
            expect(text).toContain('section 58 of the Act');
        }
    });

    test('no internal risk anywhere in the file', () => {
        expect(westhaven.text).toContain('Providers cannot find enough flats within 10 miles of Westhaven');
        for (const part of westhaven.pkg.names.filter(n => n.endsWith('.xml'))) {
            expect(westhaven.pkg.part(part), part).not.toContain('Eastcombe reduces its contribution');
        }
    });
});

// ------------------------------------------------------------------ LibreOffice

function installed(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}
const reason = !installed('soffice') ? 'LibreOffice (soffice) is not installed' : !installed('pdftotext') ? 'pdftotext (poppler-utils) is not installed' : '';

function pdfText(docx: string, layout: boolean): string {
    const profile = mkdtempSync(join(work, 'profile-'));
    spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, docx], { encoding: 'utf8', timeout: 150_000 });
    const pdf = docx.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    return spawnSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' }).stdout;
}

describe.skipIf(reason !== '')('LibreOffice renders it', () => {
    test('contents in order 1, 1.1, 1.2, 2, 2.1 ...; no "Lot N: Lot N:"; no heading or table header word split across lines', { timeout: 300_000 }, () => {
        for (const doc of [westhaven, anyborough]) {
            const layout = pdfText(doc.path, true);
            const contentsPage = layout.split('\f')[1];
            const numbers = [...contentsPage.matchAll(/^\s*(\d+(?:\.\d+)?)\s+\S/gm)].map(m => m[1]);
            expect(numbers.slice(0, 2)).toEqual(['1', '1.1']);
            let previous = '0';
            for (const n of numbers) {
                const [major, minor] = n.split('.').map(Number);
                const [pMajor, pMinor] = previous.split('.').map(Number);
                if (minor === undefined) expect(major, `${n} after ${previous}`).toBe(pMajor + 1);
                else expect([major, minor], `${n} after ${previous}`).toEqual([pMajor, (pMinor ?? 0) + 1]);
                previous = n;
            }
            expect(layout).not.toMatch(/Lot (\d+): Lot \1\b/);
            // Every heading's words appear whole in the PDF (a heading may wrap between words, never inside one).
            const flowing = pdfText(doc.path, false).replace(/\s+/g, ' ');
            for (const heading of doc.pkg.paragraphs.filter(p => /^Heading[12]$/.test(p.style ?? ''))) {
                expect(flowing, heading.text).toContain(heading.text.replace(/\s+/g, ' '));
            }
            // The outcomes table's header words are whole.
            for (const word of ['Baseline', 'months', 'years', 'Indicator', 'Evidence']) expect(flowing).toMatch(new RegExp(`\\b${word}\\b`));
            expect(layout).not.toMatch(/Baselin\s*\n|\bmont\s*\n\s*hs\b/);
        }
    });
});
