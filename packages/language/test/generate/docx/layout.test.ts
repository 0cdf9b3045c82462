/**
 * Layout defects seen in the Word document as LibreOffice renders it (issue 11): contents that
 * skipped every x.1 heading, "Lot 1: Lot 1: ...", table headers broken inside words, a
 * half-empty page before a table, and suppression reasons missing from the review comments.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../src/generate/docx/docx-writer.js';
import { columnWidths, longestWordWidth } from '../../../src/generate/docx/column-widths.js';
import { TABLE_CELL_MARGINS, TABLE_TEXT_SIZE, TEXT_WIDTH } from '../../../src/generate/docx/styles.js';
import { lotHeading, startsWithLotNumber } from '../../../src/generate/content/labels.js';
import { documentContent } from '../../../src/generate/content/document-content.js';
import type { TenderDocument } from '../../../src/model/tender-document.js';
import type { WriterFinding } from '../../../src/generate/writers.js';
import type { DocxPackage } from './docx-reader.js';
import { readDocx, tableAfterCaption, textOf } from './docx-reader.js';
import { resolveExample, resolveText, writerOptions } from '../generate-helpers.js';

let example: TenderDocument;
let pkg: DocxPackage;
beforeAll(async () => {
    example = await resolveExample('multiple-disadvantage.tender');
    pkg = await readDocx(await writeDocx(example, writerOptions()));
});

/** The numbers of the headings the contents list, in order. */
function contentsNumbers(p: DocxPackage): string[] {
    return p.paragraphs.filter(x => x.style === 'TOC1' || x.style === 'TOC2').map(x => x.text.split('\t')[0]);
}

describe('the contents run 1, 1.1, 1.2, 2, 2.1 ... without gaps', () => {
    test('every heading 2 follows its heading 1 or the heading 2 before it, by one', () => {
        const numbers = contentsNumbers(pkg);
        expect(numbers.slice(0, 3)).toEqual(['1', '1.1', '1.2']);
        let previous = '';
        for (const n of numbers) {
            const [major, minor] = n.split('.').map(Number);
            const [pMajor, pMinor] = previous.split('.').map(Number);
            if (minor === undefined) expect(major, n).toBe(previous === '' ? 1 : pMajor + 1);
            else expect(minor, `${n} after ${previous}`).toBe(pMinor === undefined ? 1 : pMinor + 1);
            if (minor !== undefined) expect(major).toBe(pMajor);
            previous = n;
        }
        for (const section of ['3', '4', '5', '6']) expect(numbers, section).toContain(`${section}.1`);
    });

    test('an override template with clauses before its first heading 2 gets a heading 2 "General", so its numbers do not skip', async () => {
        const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const folder = mkdtempSync(join(tmpdir(), 'tender-templates-'));
        try {
            writeFileSync(join(folder, 'services.hbs'), '<h1>Services</h1>\n<p>Intro.</p>\n<clause>First.</clause>\n<clause>Second.</clause>\n<h2>One</h2>\n<clause>Third.</clause>\n');
            const content = documentContent(example, { templates: folder });
            const start = content.blocks.findIndex(b => b.kind === 'heading' && b.level === 1 && b.runs[0]?.text === 'Services');
            const section = content.blocks.slice(start, start + 7).map(b => `${b.kind}${'number' in b ? ` ${b.number}` : ''}`);
            expect(section).toEqual(['heading 4', 'paragraph', 'heading 4.1', 'clause 4.1.1', 'clause 4.1.2', 'heading 4.2', 'clause 4.2.1']);
            expect(content.blocks[start + 2]).toMatchObject({ kind: 'heading', runs: [{ text: 'General' }] });
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});

describe('a lot title that already says "Lot N" is not prefixed again', () => {
    test('lotHeading', () => {
        expect(lotHeading({ number: 1, title: 'Lot 1: Refuge accommodation', name: 'RefugeLot' })).toBe('Lot 1: Refuge accommodation');
        expect(lotHeading({ number: 1, title: 'LOT 1 - Refuge', name: 'RefugeLot' })).toBe('LOT 1 - Refuge');
        expect(lotHeading({ number: 2, title: 'Housing-led support', name: 'HousingLot' })).toBe('Lot 2: Housing-led support');
        expect(lotHeading({ number: 1, title: 'Lot 12 refuges', name: 'X' })).toBe('Lot 1: Lot 12 refuges');
        expect(lotHeading({ number: 3, title: null, name: 'KeyWorkerLot' })).toBe('Lot 3: Key worker lot');
        expect(startsWithLotNumber('lot 01 accommodation', 1)).toBe(true);
    });

    test('in the heading, the contents and a lot\'s own award criteria caption', async () => {
        const model = await resolveText(`tender Refuges {
    title "Refuge services"
    value £900,000 over 3 years
    service Refuge "Refuge accommodation" { description "Safe housing." }
    service Outreach "Outreach" { description "Support in the community." }
    lot RefugeLot "Lot 1: Refuge accommodation" {
        value £600,000
        services Refuge
        award-criteria { technical "Quality" weight 70% price "Price" weight 30% }
    }
    lot OutreachLot "Outreach" { value £300,000 services Outreach }
}`);
        const doc = await readDocx(await writeDocx(model, writerOptions()));
        const text = doc.paragraphs.map(p => p.text).join('\n');
        expect(text).not.toMatch(/Lot 1: Lot 1/);
        expect(doc.paragraphs.filter(p => p.style === 'Heading2').map(p => p.text)).toEqual(expect.arrayContaining(['Lot 1: Refuge accommodation', 'Lot 2: Outreach']));
        expect(text).toContain('Table 3: Award criteria and weightings for lot 1: Refuge accommodation');
    });
});

describe('table columns fit the words of their headers', () => {
    test('every outcomes table column is at least as wide as its longest header word', () => {
        const table = tableAfterCaption(pkg, 'Table 1: Outcomes framework');
        const widths = [...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table.xml)?.[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].map(m => Number(m[1]));
        const headers = table.rows[0].map(c => c.text);
        expect(headers).toEqual(['Outcome', 'Population outcome', 'Indicator', 'Baseline', '6 months', '2 years', '5 years', 'Evidence']);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
        headers.forEach((header, i) => {
            expect(widths[i], header).toBeGreaterThanOrEqual(longestWordWidth(header, TABLE_TEXT_SIZE, true) + TABLE_CELL_MARGINS);
        });
    });

    test('columnWidths: weights share the page above each column\'s minimum, adding up exactly', () => {
        const widths = columnWidths([
            { weight: 1, header: 'Supercalifragilistic', cells: [] },
            { weight: 5, header: 'A', cells: ['short'] },
            { weight: 1, header: 'B', cells: [] }
        ], 6000, { halfPoints: 18, cellMargins: 170 });
        expect(widths.reduce((a, b) => a + b, 0)).toBe(6000);
        expect(widths[0]).toBeGreaterThanOrEqual(longestWordWidth('Supercalifragilistic', 18, true) + 170);
        expect(widths[1]).toBeGreaterThan(widths[2]);
        // The same input gives the same widths.
        expect(columnWidths([{ weight: 1, header: 'x', cells: [] }, { weight: 2, header: 'y', cells: [] }], 3000, { halfPoints: 18, cellMargins: 170 })).toEqual([1000, 2000]);
    });
});

describe('no half-empty page before a table', () => {
    test('a tall table (more than about ten lines) is not kept whole: its rows do not keep with the next; a short one is', () => {
        const table = tableAfterCaption(pkg, 'Table 1: Outcomes framework');
        const bodyRows = [...table.xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].slice(1);
        expect(bodyRows.length).toBeGreaterThan(3);
        for (const row of bodyRows) expect(row[1]).not.toContain('<w:keepNext/>');
        const caption = pkg.paragraphs.find(p => p.text === 'Table 1: Outcomes framework');
        expect(caption?.style).toBe('Caption');
        // The timeline: six one-line rows, kept on one page.
        const timeline = tableAfterCaption(pkg, 'Table 5: Timeline');
        const timelineRows = [...timeline.xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].slice(1);
        expect(timelineRows.slice(0, -1).every(r => r[1].includes('<w:keepNext/>'))).toBe(true);
    });
});

describe('review comments keep the reason a finding was silenced', () => {
    test('a silenced finding is a comment with "Silenced in the tender: <reason>"; one without a reason says so', async () => {
        const line = example.risks[0].source!.line;
        const findings: WriterFinding[] = [
            { ruleId: 'risk-mitigation', severity: 'warning', message: 'Say how the risk is mitigated.', line, column: 5, endLine: line, endColumn: 9, suppressed: { justification: "on the council's corporate risk register, item 14" } },
            { ruleId: 'vague-language', severity: 'warning', message: 'Vague.', line, column: 5, endLine: line, endColumn: 9, suppressed: {} }
        ];
        const doc = await readDocx(await writeDocx(example, writerOptions({ findings, review: true })));
        const comments = [...doc.part('word/comments.xml').matchAll(/<w:comment [^>]*>([\s\S]*?)<\/w:comment>/g)].map(m => textOf(m[1]));
        expect(comments).toContain("risk-mitigation: Say how the risk is mitigated. Silenced in the tender: on the council's corporate risk register, item 14.");
        expect(comments).toContain('vague-language: Vague. Silenced in the tender, with no reason given.');
    });
});

describe('the outcome trajectories are in the Word document as pictures, drawn from the same figure as the HTML', () => {
    test('one PNG per outcome with two or more values, after the outcomes table, with every value in its description; unique drawing ids', async () => {
        const { inflateSync } = await import('node:zlib');
        const { trajectoryFigure } = await import('../../../src/generate/content/figures.js');
        const media = pkg.names.filter(n => n.startsWith('word/media/') && n.endsWith('.png'));
        const expected = example.outcomes.filter(o => trajectoryFigure(o) !== undefined);
        expect(expected.length).toBe(5);
        expect(media).toHaveLength(expected.length);
        const caption = pkg.paragraphs.findIndex(p => p.text === 'Figure 1: Outcome trajectories, from baseline to the 5-year target');
        const table = pkg.paragraphs.findIndex(p => p.text === 'Table 1: Outcomes framework');
        expect(caption).toBeGreaterThan(table);
        const ids = [...pkg.document.matchAll(/<wp:docPr id="(\d+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const outcome of expected) {
            const figure = trajectoryFigure(outcome)!;
            expect(pkg.document).toContain(`descr="${figure.description}"`);
        }
        expect(pkg.document).toContain('descr="Baseline 2026: 18%; 6 months: 30%; 2 years: 55%; 5 years: 75%"');
        // A real PNG: signature, size, and the chart's accent colour among its pixels.
        const JSZip = (await import('jszip')).default;
        const zip = await JSZip.loadAsync(await writeDocx(example, writerOptions()));
        const png = await zip.file(media[0])!.async('uint8array');
        expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const view = new DataView(png.buffer, png.byteOffset);
        const [width, height] = [view.getUint32(16), view.getUint32(20)];
        expect([width, height]).toEqual([900, 540]);
        // A palette image (a figure uses a handful of colours): the accent colour is one of its
        // entries, and hundreds of pixels have it.
        const chunks = new Map<string, Uint8Array[]>();
        for (let at = 8; at < png.length;) {
            const length = view.getUint32(at);
            const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
            chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
            at += 12 + length;
        }
        const [depth, colourType] = [png[24], png[25]];
        expect(colourType).toBe(3);
        const palette = chunks.get('PLTE')![0];
        const accentIndex = [...Array(palette.length / 3).keys()].find(i => palette[i * 3] === 0x1f && palette[i * 3 + 1] === 0x38 && palette[i * 3 + 2] === 0x64);
        expect(accentIndex).toBeDefined();
        const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
        const stride = Math.ceil((width * depth) / 8) + 1;
        expect(raw.length).toBe(stride * height);
        let accent = 0;
        for (let y = 0; y < height; y++) {
            for (let x = 0; x < width; x++) {
                const bit = x * depth;
                const index = (raw[y * stride + 1 + (bit >> 3)] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
                if (index === accentIndex) accent++;
            }
        }
        expect(accent).toBeGreaterThan(500);
    });

    test('a redline has no pictures (they would be changes Word cannot track)', async () => {
        const { renderDocx } = await import('../../../src/generate/docx/docx-writer.js');
        const content = documentContent(example, {});
        const bytes = await renderDocx(example, { ...content, preface: { kicker: 'k', title: 't', blocks: [] } }, writerOptions());
        const doc = await readDocx(bytes);
        expect(doc.names.filter(n => n.startsWith('word/media/'))).toEqual([]);
    });
});
