/**
 * The redline as LibreOffice opens it: it converts to PDF (the summary page, struck and inserted
 * text), and converted to OpenDocument it holds LibreOffice's own tracked changes, one changed
 * region per change, so its Manage Changes dialog lists them to accept or reject one by one.
 * CI installs LibreOffice and poppler-utils (.ci/apt-packages); without them this test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { writeDiff } from '../../src/diff/tender-diff.js';
import { trackedChanges } from './redline-reader.js';
import { BASE, DATE_MOVED, diffOf, LOT_ADDED, SENTENCE_REWORDED, WEIGHTING_CHANGED } from './diff-helpers.js';

function installed(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

const reason = !installed('soffice') ? 'LibreOffice (soffice) is not installed' : !installed('pdftotext') ? 'pdftotext (poppler-utils) is not installed' : '';
if (reason) {
    console.warn(`Skipping the LibreOffice redline test: ${reason}. CI installs both from .ci/apt-packages.`);
}

const work = mkdtempSync(join(tmpdir(), 'tender-redline-soffice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts with a private profile (parallel runs never share one) and a time limit. */
function convert(file: string, to: 'pdf' | 'odt'): { out: string; log: string } {
    const profile = mkdtempSync(join(work, 'profile-'));
    const result = spawnSync('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless', '--norestore', '--convert-to', to, '--outdir', work, file
    ], { encoding: 'utf8', timeout: 150_000 });
    return { out: file.replace(/\.docx$/, `.${to}`), log: `${result.error?.message ?? ''}${result.stdout}${result.stderr}` };
}

describe.skipIf(reason !== '')('LibreOffice opens the redline', () => {
    test('converts to PDF with the summary and the changes, and keeps every change as a tracked change', { timeout: 300_000 }, async () => {
        const newer = [WEIGHTING_CHANGED, LOT_ADDED, DATE_MOVED, SENTENCE_REWORDED].reduce((text, e) => e.apply(text), BASE);
        const bytes = await writeDiff(await diffOf(BASE, newer), 'docx', { findings: [], review: false });
        const docx = join(work, 'ANY-ASC-2027-003.diff.docx');
        writeFileSync(docx, bytes);

        const pdf = convert(docx, 'pdf');
        expect(existsSync(pdf.out), pdf.log).toBe(true);
        // A long title may break after a hyphen of the reference (a line break, not a word split).
        const text = spawnSync('pdftotext', ['-layout', pdf.out, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ').replace(/-\n/g, '-');
        const [summary] = text.split('INVITATION TO TENDER');
        expect(summary).toContain('What changed in ANY-ASC-2027-003');
        expect(summary).toMatch(/Weighting of award criterion “Price” 30% 35%/);
        expect(summary).toMatch(/Bid deadline 19 April 2027 26 April 2027/);
        // Both the old and the new text are on the page, as Word's "All Markup" shows them.
        expect(text).toContain('Lot 4: Peer mentoring');
        expect(text).toMatch(/within\s+46\s+weeks/);
        // Clause numbers read as the new version's, never "9.2[9.3]" (LibreOffice's old-number
        // brackets for list items holding a tracked deletion): a redline's numbers are text.
        expect(text).not.toMatch(/\d\[\d/);
        expect(text).toMatch(/\n ?6\.2\.2 How support is built around each person/);

        const odt = convert(docx, 'odt');
        expect(existsSync(odt.out), odt.log).toBe(true);
        const content = await (await JSZip.loadAsync(readFileSync(odt.out))).file('content.xml')!.async('string');
        const regions = [...content.matchAll(/<text:changed-region [^>]*>([\s\S]*?)<\/text:changed-region>/g)].map(m => m[1]);
        const textOf = (xml: string) => xml.replace(/<office:change-info>[\s\S]*?<\/office:change-info>/g, '').replace(/<[^>]+>/g, '');
        const ours = trackedChanges(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
        // Every deleted run is a deletion of its own, with its text, in order.
        expect(regions.filter(r => r.includes('<text:deletion>')).map(textOf)).toEqual(ours.filter(c => c.type === 'del' && c.scope === 'run').map(c => c.text));
        // Insertions: LibreOffice joins an inserted paragraph's mark and text, and neighbouring
        // inserted paragraphs, into one region; there is at least one per inserted stretch.
        const insertions = regions.filter(r => r.includes('<text:insertion>')).length;
        expect(insertions).toBeGreaterThanOrEqual(20);
        expect(insertions).toBeLessThanOrEqual(ours.filter(c => c.type === 'ins').length);
        expect(content).toContain('<text:insertion>');
        expect(content).toContain('<text:deletion>');
    });
});
