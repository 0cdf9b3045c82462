/**
 * Paragraphs written from their shape (docx/paragraph-shapes.ts) give the same document.xml and
 * numbering as the `docx` library making each paragraph: styles, numbering at several levels,
 * keep-with-next, runs styled and not, text that needs escaping, empty text, a text holding the
 * stand-in character, and paragraphs inside table cells.
 */
import JSZip from 'jszip';
import type { FileChild } from 'docx';
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, test } from 'vitest';
import { BodyGroups } from '../../../src/generate/docx/body-groups.js';
import type { ParagraphShape, RunShape } from '../../../src/generate/docx/paragraph-shapes.js';
import { ParagraphShapes } from '../../../src/generate/docx/paragraph-shapes.js';

type Run = RunShape & { text: string };

const TEXTS = ['Plain words', 'Tom & Jerry <said> "hi" it\'s', '', '  spaces kept  ', '£2,400,000 — 55%', 'odd \uffff0\uffff stand-in', 'emoji 🎉 and \\ backslash'];

function paragraphs(): { options: ParagraphShape; runs: Run[] }[] {
    const made: { options: ParagraphShape; runs: Run[] }[] = [];
    for (let i = 0; i < 120; i++) {
        const text = TEXTS[i % TEXTS.length];
        const runs: Run[] = i % 3 === 0
            ? [{ text }, { text: ` strong ${i}`, style: 'Strong' }, { text: ' both', style: 'Strong', italics: true }]
            : [{ text: `${text} ${i}`, ...(i % 5 === 0 ? { style: 'Emphasis' } : {}) }];
        const options: ParagraphShape = i % 4 === 0
            ? { style: 'Heading1', numbering: { reference: 'clauses', level: 0 } }
            : i % 4 === 1
                ? { style: 'Clause', numbering: { reference: i % 8 === 1 ? 'bullets' : 'clauses', level: 1 } }
                : i % 4 === 2 ? { style: 'TableText', keepNext: i % 8 === 2 } : { style: 'Body1' };
        made.push({ options, runs });
    }
    return made;
}

const tableOf = (cells: FileChild[][]) => new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [4500, 4500],
    rows: cells.map(pair => new TableRow({ children: pair.map(p => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [p as Paragraph] })) }))
});

async function parts(body: FileChild[], groups?: BodyGroups): Promise<{ document: string; numbering: string }> {
    const levels = [0, 1].map(level => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` }));
    const document = new Document({
        numbering: { config: [{ reference: 'bullets', levels }, { reference: 'clauses', levels }] },
        sections: [{ children: body }]
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    const xml = await zip.file('word/document.xml')!.async('string');
    return { document: groups ? groups.finish(xml) : xml, numbering: await zip.file('word/numbering.xml')!.async('string') };
}

describe('paragraphs written from their shape', () => {
    test('give the same document.xml and numbering as the library making each paragraph', async () => {
        const library = (p: { options: ParagraphShape; runs: Run[] }) => new Paragraph({ ...p.options, children: p.runs.map(run => new TextRun(run)) });
        const all = paragraphs();
        const expected = await parts([...all.map(library), tableOf([[library(all[0]), library(all[1])], [library(all[2]), library(all[3])]])]);

        const shapes = new ParagraphShapes();
        const shaped = (p: { options: ParagraphShape; runs: Run[] }) => shapes.paragraph(p.options, p.runs);
        const groups = new BodyGroups();
        const body = groups.groupLater([], [...all.keys(), -1], (i) => i >= 0
            ? [shaped(all[i])]
            : [tableOf([[shaped(all[0]), shaped(all[1])], [shaped(all[2]), shaped(all[3])]])]);
        const actual = await parts(body, groups);
        expect(actual.document).toBe(expected.document);
        expect(actual.numbering).toBe(expected.numbering);
        expect(actual.document).toContain('Tom &amp; Jerry &lt;said&gt; &quot;hi&quot; it&apos;s');
        // 120 paragraphs of a handful of shapes: the library laid out each shape once
        expect(shapes.size).toBeGreaterThan(3);
        expect(shapes.size).toBeLessThan(20);
    });
});
