/**
 * The body written in groups (docx/body-groups.ts) gives the same document.xml as the `docx`
 * library writing it whole: paragraphs with styles, numbering, runs of every kind, text that needs
 * escaping, comments, tables, page breaks and empty paragraphs, over several groups; tables whose
 * rows are made a batch at a time (lazyRows) too; and in pieces, the same text.
 */
import JSZip from 'jszip';
import type { FileChild } from 'docx';
import {
    AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, LevelFormat, Packer, PageBreak, Paragraph,
    ShadingType, Tab, Table, TableCell, TableRow, TextRun, WidthType
} from 'docx';
import { describe, expect, test } from 'vitest';
import { BodyGroups, lazyRows } from '../../../src/generate/docx/body-groups.js';

function children(): (Paragraph | Table)[] {
    const made: (Paragraph | Table)[] = [];
    for (let i = 0; i < 700; i++) {
        switch (i % 7) {
            case 0:
                made.push(new Paragraph({ style: 'Heading1', numbering: { reference: 'clauses', level: 0 }, children: [new TextRun(`Section ${i} & "more" <here> it's`)] }));
                break;
            case 1:
                made.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, children: [new TextRun({ text: 'bold ', bold: true }), new TextRun({ text: 'italic', italics: true }), new TextRun({ children: [new Tab(), 'after a tab'] })] }));
                break;
            case 2:
                made.push(new Paragraph({ children: [new CommentRangeStart(i % 3), new TextRun('commented'), new CommentRangeEnd(i % 3), new TextRun({ children: [new CommentReference(i % 3)] })] }));
                break;
            case 3:
                made.push(new Table({
                    width: { size: 9000, type: WidthType.DXA },
                    columnWidths: [3000, 6000],
                    rows: [new TableRow({
                        tableHeader: true, cantSplit: true, children: [
                            new TableCell({ width: { size: 3000, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' }, children: [new Paragraph(`cell ${i}`)] }),
                            new TableCell({ width: { size: 6000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun('£2,400,000 — 55%')] })] })
                        ]
                    })]
                }));
                break;
            case 4:
                made.push(new Paragraph({ children: [new PageBreak()] }));
                break;
            case 5:
                made.push(new Paragraph({}));
                break;
            default:
                made.push(new Paragraph({ numbering: { reference: 'clauses', level: 1 }, children: [new TextRun('  spaces kept  ')] }));
        }
    }
    return made;
}

async function documentXml(body: FileChild[]): Promise<string> {
    const document = new Document({
        numbering: { config: [{ reference: 'clauses', levels: [0, 1].map(level => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` })) }] },
        comments: { children: [0, 1, 2].map(id => ({ id, author: 'A', date: new Date(0), children: [new Paragraph('c')] })) },
        sections: [{ children: body }]
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    return zip.file('word/document.xml')!.async('string');
}

describe('the body in groups', () => {
    test('gives the same document.xml as the library writing it whole', async () => {
        const whole = await documentXml(children());
        const groups = new BodyGroups();
        const grouped = groups.group(children());
        expect(grouped.length).toBe(3);
        const placeholders = await documentXml(grouped);
        expect(placeholders).toContain('<w:tenderGroup n="0"/>');
        expect(groups.finish(placeholders)).toBe(whole);
    });

    test('in pieces, each group its own, the same text', async () => {
        const whole = await documentXml(children());
        const groups = new BodyGroups();
        const placeholders = await documentXml(groups.group(children()));
        const pieces = [...groups.chunks(placeholders)];
        expect(pieces.length).toBeGreaterThanOrEqual(5);
        expect(pieces.join('')).toBe(whole);
    });

    test('a table whose rows are made a batch at a time as it is written gives the same text', async () => {
        const row = (i: number) => new TableRow({
            cantSplit: true,
            children: [
                new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph({ numbering: { reference: 'clauses', level: 1 }, children: [new TextRun(`row ${i} & <more>`)] })] }),
                new TableCell({ width: { size: 6000, type: WidthType.DXA }, children: [new Paragraph({ keepNext: i % 2 === 0, children: [new TextRun({ text: `£${i}`, bold: true })] })] })
            ]
        });
        const header = () => new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('A')] }), new TableCell({ children: [new Paragraph('B')] })] });
        const count = 1500;
        const table = (rows: TableRow[]) => new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [3000, 6000], rows: [header(), ...rows] });
        const eager = () => [new Paragraph('before'), table(Array.from({ length: count }, (_, i) => row(i))), new Paragraph('after')];
        const whole = await documentXml(eager());
        let made = 0;
        const groups = new BodyGroups();
        const lazy = groups.groupLater([], [0], () => [
            new Paragraph('before'),
            table(lazyRows(count, (start, end) => Array.from({ length: end - start }, (_, k) => { made++; return row(start + k); }))),
            new Paragraph('after')
        ]);
        expect(made).toBe(0);
        const pieces = [...groups.chunks(await documentXml(lazy))];
        expect(pieces.join('')).toBe(whole);
        expect(made).toBe(count);
        // the long table's text is kept in pieces cut between rows, none of them a large object for V8
        expect(pieces.length).toBeGreaterThan(5);
        expect(Math.max(...pieces.map(p => p.length))).toBeLessThan(128 * 1024);
        for (const piece of pieces.slice(1, -1)) expect(piece).toMatch(/^<w:(tr|tbl|p)\b[\s\S]*<\/w:(tr|tbl|p)>$/);
    });

    test('a short body is left as it is', () => {
        const few = children().slice(0, 10);
        expect(new BodyGroups().group(few)).toEqual(few);
    });
});
