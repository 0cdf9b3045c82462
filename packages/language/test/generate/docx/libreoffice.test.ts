/**
 * The Word document as another office suite opens it: LibreOffice converts it to PDF, and the
 * PDF's text shows the title, the numbered clauses, the contents, the tables and "Page X of Y".
 * CI installs LibreOffice and poppler-utils (.ci/apt-packages); without them this test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../src/generate/docx/docx-writer.js';
import { resolveExampleWithFindings, writerOptions } from '../generate-helpers.js';

function installed(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

const haveOffice = installed('soffice');
const havePdfText = installed('pdftotext');
const reason = !haveOffice ? 'LibreOffice (soffice) is not installed' : !havePdfText ? 'pdftotext (poppler-utils) is not installed' : '';
if (reason) {
    console.warn(`Skipping the LibreOffice conversion test: ${reason}. CI installs both from .ci/apt-packages.`);
}

const work = mkdtempSync(join(tmpdir(), 'tender-soffice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts with a private profile (parallel runs never share one) and a time limit. */
function toPdf(docx: string): { pdf: string; log: string } {
    const profile = mkdtempSync(join(work, 'profile-'));
    const result = spawnSync('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, docx
    ], { encoding: 'utf8', timeout: 150_000 });
    return { pdf: docx.replace(/\.docx$/, '.pdf'), log: `${result.error?.message ?? ''}${result.stdout}${result.stderr}` };
}

describe.skipIf(reason !== '')('LibreOffice opens the Word document', () => {
    test('converts to PDF, with the title, numbered clauses, contents, table values and page numbers', { timeout: 180_000 }, async () => {
        const { model, findings } = await resolveExampleWithFindings('multiple-disadvantage.tender');
        const docx = join(work, 'ANY-ASC-2027-003.docx');
        writeFileSync(docx, await writeDocx(model, writerOptions({ findings, review: true })));
        const { pdf, log } = toPdf(docx);
        expect(existsSync(pdf), log).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(10_000);
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');
        expect(text).toContain('Wraparound support for adults');
        expect(text).toContain('INVITATION TO TENDER');
        expect(text).toMatch(/Contents\s+1 Introduction/);
        expect(text).toMatch(/6\.2\.2 How support is built around each person/);
        expect(text).toMatch(/People have[\s\S]{0,200}18% in 30% 55% 75%/);
        expect(text).toMatch(/Total £2,400,000 100%/);
        expect(text).toMatch(/ANY-ASC-2027-003 Version 1\.0/);
        const pages = Number(/Page 2 of (\d+)/.exec(text)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(8);
        expect(text).toContain(`Page ${pages} of ${pages}`);
        // The cover page has no running header or footer.
        const firstPage = text.split('\f')[0];
        expect(firstPage).not.toMatch(/Page 1 of/);
    });
});
