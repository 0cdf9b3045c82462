/**
 * The package writer (docx/deterministic-zip.ts) takes a part's text whole or in pieces: pieces
 * are encoded into one buffer sized from their length hint and grown when the text needs more
 * (UTF-8 takes up to three bytes for a character of one UTF-16 unit, four for a pair).
 */
import JSZip from 'jszip';
import { Document, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import type { TextPieces } from '../../../src/generate/docx/deterministic-zip.js';
import { packDeterministically } from '../../../src/generate/docx/deterministic-zip.js';

const date = new Date(Date.UTC(2027, 2, 1));
const document = () => new Document({ sections: [{ children: [new Paragraph('x')] }] });

async function documentXml(transform: (text: string) => string | TextPieces): Promise<{ text: string; bytes: Uint8Array }> {
    const bytes = await packDeterministically(document(), { date, transform: (name, text) => (name === 'word/document.xml' ? transform(text) : text) });
    return { text: await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'), bytes };
}

describe('a part given in pieces', () => {
    const pieces = ['<w:document>', 'plain ascii '.repeat(500), '£ — ’ '.repeat(3000), '🎉 emoji '.repeat(2000), '', '</w:document>'];
    const whole = pieces.join('');

    test('is the same text, and the same bytes, as given whole, whatever its length hint', async () => {
        const asWhole = await documentXml(() => whole);
        expect(asWhole.text).toBe(whole);
        for (const lengthHint of [undefined, 0, 10, whole.length, whole.length * 4]) {
            const inPieces = await documentXml(() => Object.assign(pieces[Symbol.iterator](), { lengthHint }));
            expect(inPieces.text).toBe(whole);
            expect(inPieces.bytes).toEqual(asWhole.bytes);
        }
    });
});
