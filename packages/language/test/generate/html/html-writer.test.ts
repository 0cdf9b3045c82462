/**
 * The HTML page: the same content as the Word document, self-contained (no scripts, no external
 * requests), accessible, with anchors the preview scrolls to, SVG figures, and tender text that
 * stays text.
 */
import { describe, expect, test } from 'vitest';
import { htmlWriter, renderHtml } from '../../../src/generate/html/html-writer.js';
import { writeDocx } from '../../../src/generate/docx/docx-writer.js';
import type { WriterFinding } from '../../../src/generate/writers.js';
import { readDocx } from '../docx/docx-reader.js';
import { resolveExample, resolveText, writerOptions } from '../generate-helpers.js';

const example = await resolveExample('multiple-disadvantage.tender');
const html = renderHtml(example, writerOptions());

function decode(text: string): string {
    return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

/** The visible text of an element's inner HTML. */
function textOf(fragment: string): string {
    return decode(fragment.replace(/<[^>]+>/g, ''));
}

describe('the HTML page', () => {
    test('is one self-contained document: no scripts, no external requests', () => {
        expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\son[a-z]+\s*=/i);
        expect(html).not.toMatch(/\b(src|href|xlink:href|action|poster|data)\s*=\s*["']?\s*(https?:|\/\/|javascript:|file:)/i);
        expect(html).not.toMatch(/\bsrc\s*=/i);
        expect(html).not.toMatch(/@import|url\(/i);
        expect(html).not.toMatch(/<(link|iframe|object|embed|img|base)\b/i);
        // Every link stays on the page.
        for (const match of html.matchAll(/href="([^"]*)"/g)) expect(match[1]).toMatch(/^#[A-Za-z0-9_-]+$/);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    });

    test('has the same sections, numbers and clauses as the Word document', async () => {
        const docx = await readDocx(await writeDocx(example, writerOptions()));
        const wordHeadings = docx.paragraphs.filter(p => p.style === 'Heading1' || p.style === 'Heading2').map(p => p.text);
        const pageHeadings = [...html.matchAll(/<h([23]) id="[^"]+"[^>]*><span class="num">([^<]+)<\/span>(.*?)<\/h\1>/g)].map(m => textOf(m[3]));
        expect(pageHeadings).toEqual(wordHeadings);
        const wordClauses = docx.paragraphs.filter(p => p.style === 'Clause').map(p => p.text);
        const pageClauses = [...html.matchAll(/<p class="clause depth-\d"[^>]*><span class="num">[^<]+<\/span><span class="text">(.*?)<\/span><\/p>/g)].map(m => textOf(m[1]));
        expect(pageClauses).toEqual(wordClauses);
        expect(html).toContain('<span class="num">6.2.2</span><span class="text">How support is built around each person&#39;s needs and assets.');
    });

    test('headings in order: one h1, then h2 sections and h3 subsections, never skipping a level', () => {
        const levels = [...html.matchAll(/<h([1-6])\b/g)].map(m => Number(m[1]));
        expect(levels.filter(l => l === 1)).toHaveLength(1);
        levels.reduce((previous, level) => {
            expect(level).toBeLessThanOrEqual(previous + 1);
            return level;
        }, 1);
    });

    test('sections and elements carry ids and source lines for the preview', () => {
        expect(html).toMatch(/<h3 id="outcome-SettledHome" data-line="63" data-end-line="72">/);
        expect(html).toMatch(/<section aria-labelledby="award-criteria" data-line="162" data-end-line="184">/);
        expect(html).toMatch(/<tr id="outcome-row-SettledHome" data-line="63" data-end-line="72">/);
        expect(html).toMatch(/<li data-line="68" data-end-line="68">after 6 months: 30%<\/li>/);
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        // Every contents link points at a heading on the page.
        for (const match of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(match[1]);
    });

    test('tables have header cells with scope, a caption, and totals in a footer', () => {
        const table = /<figure class="table" id="table-outcomes">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
        expect(table).toContain('<figcaption>Table 1: Outcomes framework</figcaption>');
        expect([...table.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map(m => m[1])).toEqual(['Outcome', 'Population outcome', 'Indicator', 'Baseline', '6 months', '2 years', '5 years', 'Evidence']);
        const rows = [...table.matchAll(/<tr id="outcome-row-[^"]+"[^>]*>([\s\S]*?)<\/tr>/g)].map(m => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(c => textOf(c[1])));
        expect(rows).toHaveLength(5);
        expect(rows[0].slice(3, 7)).toEqual(['18% in 2026', '30%', '55%', '75%']);
        expect(table).toContain('<th scope="row">People have a settled home</th>');
        const criteria = /<figure class="table" id="table-award-criteria">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
        expect(criteria).toMatch(/<tr class="sub"[^>]*><th scope="row">How support is built/);
        expect(criteria).toMatch(/<tfoot>\n<tr class="total"><th scope="row"><strong>Total<\/strong><\/th><td><\/td><td class="right"><strong>100%<\/strong><\/td>/);
    });

    test('figures: outcome trajectories, the weightings bar and lot values, as accessible SVG', () => {
        const svgs = [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map(m => m[0]);
        expect(svgs).toHaveLength(5 + 1 + 1);
        for (const svg of svgs) {
            expect(svg).toMatch(/^<svg role="img" viewBox="[^"]+"/);
            const labelled = /aria-labelledby="([^ ]+) ([^"]+)"/.exec(svg);
            expect(labelled).not.toBeNull();
            expect(svg).toContain(`<title id="${labelled?.[1]}">`);
            expect(svg).toContain(`<desc id="${labelled?.[2]}">`);
        }
        const settled = svgs.find(s => s.includes('id="trajectory-SettledHome"')) ?? '';
        expect(settled).toContain('<desc id="trajectory-SettledHome-desc">Baseline 2026: 18%; 6 months: 30%; 2 years: 55%; 5 years: 75%</desc>');
        expect(settled).toMatch(/<polyline points="[\d. ,]+"/);
        const weights = svgs.find(s => s.includes('Award weightings')) ?? '';
        expect(weights).toContain('<desc id="table-award-criteria-weightings-desc">Quality of the support model 55%; Social value 15%; Price 30%; total 100%</desc>');
        expect([...weights.matchAll(/<rect x="([\d.]+)" y="8" width="([\d.]+)"/g)].map(m => Number(m[2]))).toEqual([352, 96, 192]);
        const lots = svgs.find(s => s.includes('Lot values against the tender value')) ?? '';
        expect(lots).toContain('Lot 1 £1,100,000, 45.83% of the tender value');
    });

    test('the writer returns the page as UTF-8 bytes, the same each time', async () => {
        const bytes = await htmlWriter.write(example, writerOptions());
        expect(new TextDecoder().decode(bytes)).toBe(html);
        expect(Buffer.from(await htmlWriter.write(example, writerOptions())).equals(Buffer.from(bytes))).toBe(true);
        expect(htmlWriter.extension).toBe('.html');
    });

    test('with --review, findings appear as notes where the Word comments are anchored', () => {
        const findings: WriterFinding[] = [{ ruleId: 'outcome-horizons', severity: 'warning', message: 'Add a <5 year> target & more.', line: 68, column: 9, endLine: 68, endColumn: 25, docsUrl: 'https://example.org/rules/outcome-horizons.md' }];
        const reviewed = renderHtml(example, writerOptions({ findings, review: true }));
        expect(reviewed).toMatch(/<li data-line="68" data-end-line="68">after 6 months: 30%<\/li>[\s\S]*?<\/ul>\n<aside class="review-comment" role="note" data-rule="outcome-horizons"><span class="rule">outcome-horizons<\/span>: Add a &lt;5 year&gt; target &amp; more\. \(https:\/\/example\.org\/rules\/outcome-horizons\.md\)<\/aside>/);
        expect(reviewed).not.toMatch(/href="https?:/);
        expect(renderHtml(example, writerOptions({ findings, review: false }))).not.toContain('<aside');
    });
});

describe('hostile text in the HTML', () => {
    const HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \'s\' {{title}} \\ 😀';

    test('is literal everywhere: title, meta tags, headings, cells, SVG labels', async () => {
        const escaped = HOSTILE.replace(/[\\"]/g, '\\$&');
        const model = await resolveText(`tender Hostile {
            title "${escaped}"
            buyer "${escaped}"
            reference "${escaped}"
            value £1m
            outcome O "${escaped}" { indicator "${escaped}" baseline 5% in 2026 target 6 months 10% target 2 years 20% target 5 years 30% }
            lot L "${escaped}" { value £1m }
            award-criteria { technical "${escaped}" weight 100% }
        }`, false);
        const page = renderHtml(model, writerOptions());
        expect(page).not.toMatch(/<script/i);
        expect(page).not.toMatch(/<img/i);
        // The words are there, as text: no element or attribute came from them.
        const tags = [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z:-][a-zA-Z0-9:-]*(?:="[^"]*")?)*)\s*\/?>/g)];
        expect(tags.length + 1).toBe(page.split('<').length - 1); // every "<" starts a tag (the one more is <!DOCTYPE>)
        expect(new Set(tags.map(t => t[1].toLowerCase()))).not.toContain('img');
        const attributes = tags.flatMap(t => [...t[2].replace(/="[^"]*"/g, '=""').matchAll(/\s([a-zA-Z:-][a-zA-Z0-9:-]*)(?:=|\s|$)/g)].map(a => a[1].toLowerCase()));
        expect(attributes.filter(a => a.startsWith('on') || a === 'src')).toEqual([]);
        expect(page).not.toMatch(/<\/title><script>/);
        const safe = '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot; &#39;s&#39; {{title}} \\ 😀';
        expect(page).toContain(`<title>${safe}</title>`);
        expect(page).toContain(`<h1>${safe}</h1>`);
        expect(page).toContain(`<meta name="author" content="${safe}">`);
        expect(page).toContain(`<th scope="row">${safe}</th>`);
        expect(page).toContain(`<title id="trajectory-O-title">${safe}: trajectory</title>`);
        expect(textOf(/<h1>(.*?)<\/h1>/.exec(page)?.[1] ?? '')).toBe(HOSTILE);
    });
});
