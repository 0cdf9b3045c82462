/**
 * The HTML redline (the editor's preview of `tender diff`): the same changes as the Word redline,
 * as <ins> and <del>, self-contained like the HTML writer's page; accepting every change leaves
 * the new version's page text.
 */
import { describe, expect, test } from 'vitest';
import { renderHtml } from '../../src/generate/html/html-writer.js';
import type { TenderDiff } from '../../src/diff/tender-diff.js';
import { writeDiff } from '../../src/diff/tender-diff.js';
import { readDocx } from '../generate/docx/docx-reader.js';
import { BASE, DATE_MOVED, diffOf, FORMATTING_ONLY, LOT_ADDED, OUTCOME_RENAMED, SENTENCE_REWORDED, WEIGHTING_CHANGED } from './diff-helpers.js';
import { trackedChanges } from './redline-reader.js';

const OPTIONS = { findings: [], review: false } as const;

async function html(diff: TenderDiff): Promise<string> {
    return new TextDecoder().decode(await writeDiff(diff, 'html', OPTIONS));
}

function decode(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** `<ins>` and `<del>` texts in page order. */
function marks(page: string): string[] {
    return [...page.matchAll(/<(ins|del)>([\s\S]*?)<\/\1>/g)].map(m => `${m[1]} ${decode(m[2].replace(/<[^>]+>/g, ''))}`);
}

/** The page's visible text once every change is accepted, without the summary of changes. */
function accepted(page: string): string {
    return visible(page
        .replace(/<section class="preface"[\s\S]*?<\/section>\n/, '')
        .replace(/<(\w+)\b[^>]*\bclass="[^"]*\bdeleted\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<del>[\s\S]*?<\/del>/g, '')
        .replace(/<\/?ins>/g, ''));
}

function visible(page: string): string {
    const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
    return decode(body.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

describe('the HTML redline', () => {
    for (const known of [WEIGHTING_CHANGED, LOT_ADDED, OUTCOME_RENAMED, DATE_MOVED, SENTENCE_REWORDED, FORMATTING_ONLY]) {
        test(`${known.name}: the Word redline's changes as <ins> and <del>; accepted, the new page`, { timeout: 60_000 }, async () => {
            const diff = await diffOf(BASE, known.apply(BASE));
            const page = await html(diff);
            // Whole paragraphs and rows are marked by class in the page; runs as in the Word document.
            const docx = await readDocx(await writeDiff(diff, 'docx', OPTIONS));
            const runs = trackedChanges(docx.document).filter(c => c.scope === 'run').map(c => `${c.type} ${c.text}`);
            const pageMarks = marks(page.replace(/<section class="preface"[\s\S]*?<\/section>\n/, ''))
                .filter(m => !/^ins Table \d+: /.test(m)); // the page numbers captions as text
            expect(pageMarks).toEqual(runs.filter(r => !/^ins Table \d+: /.test(r)));
            expect(accepted(page)).toBe(visible(renderHtml(diff.newer.model, OPTIONS)));
        });
    }

    test('self-contained, like the preview page: no scripts, nothing fetched, styles for the changes', { timeout: 60_000 }, async () => {
        const page = await html(await diffOf(BASE, LOT_ADDED.apply(BASE)));
        expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        expect(page).not.toMatch(/<script|<link|<img|src="http|href="http|url\(/i);
        expect(page).toMatch(/ins \{[^}]*text-decoration: underline/);
        expect(page).toMatch(/del \{[^}]*line-through/);
        expect(page).toContain('<section class="preface" id="changes"');
        expect(page).toMatch(/<tr class="inserted" id="lot-row-PeerLot"/);
        expect(page).toMatch(/<h3 id="lot-PeerLot" class="inserted"[^>]*><span class="num"><ins>5\.5<\/ins><\/span><ins>Lot 4: Peer mentoring<\/ins><\/h3>/);
        // Ids stay unique: a block that is gone keeps its anchor under deleted-.
        const removed = await html(await diffOf(LOT_ADDED.apply(BASE), BASE));
        expect(removed).toMatch(/<h3 id="deleted-lot-PeerLot" class="deleted">/);
        const ids = [...removed.matchAll(/ id="([^"]+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
    });

    test('the plain page has neither the redline styles nor the summary', { timeout: 60_000 }, async () => {
        const diff = await diffOf(BASE, LOT_ADDED.apply(BASE));
        const page = renderHtml(diff.newer.model, OPTIONS);
        expect(page).not.toMatch(/<ins>|<del>|class="preface"|ins \{/);
    });
});
