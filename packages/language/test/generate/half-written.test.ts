/**
 * The document writers on tenders as they are being typed: every sampled prefix of the Anyborough
 * tender and random token soups resolve to half-filled models, and the DOCX and HTML writers turn
 * each into a document without an exception (a missing part is left out or said to be missing).
 */
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../src/generate/docx/docx-writer.js';
import { renderHtml } from '../../src/generate/html/html-writer.js';
import { EXAMPLE, randomTokens, seeded } from '../../../../test/robustness/inputs.js';
import { resolveText, writerOptions } from './generate-helpers.js';

/** Whether the text held a tender to write. */
async function writeBoth(text: string): Promise<boolean> {
    let model;
    try {
        model = await resolveText(text);
    } catch {
        return false; // no tender element in this text: nothing for a writer to do
    }
    const docx = await writeDocx(model, writerOptions());
    expect(Buffer.from(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    const html = renderHtml(model, writerOptions());
    expect(html).toContain('</html>');
    return true;
}

/** Every fifth line end through the whole file, and seeded offsets anywhere. */
function cuts(text: string, random: () => number): number[] {
    const offsets = new Set<number>();
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (line++ % 5 === 0) offsets.add(i);
    }
    for (let i = 0; i < 30; i++) offsets.add(Math.floor(random() * text.length));
    return [...offsets].sort((a, b) => a - b);
}

describe('half-written tenders', () => {
    test('every sampled prefix of the Anyborough tender', { timeout: 120_000 }, async () => {
        let written = 0;
        for (const offset of cuts(EXAMPLE, seeded(11))) {
            if (await writeBoth(EXAMPLE.slice(0, offset))) written++;
        }
        expect(written).toBeGreaterThan(50);
    });

    test('random mixes of the language\'s tokens inside a tender', { timeout: 120_000 }, async () => {
        const random = seeded(2027);
        let written = 0;
        for (let i = 0; i < 25; i++) {
            if (await writeBoth(`tender Soup${i} {\n${randomTokens(random, 60)}\n}`)) written++;
        }
        expect(written).toBeGreaterThan(10);
    });
});
