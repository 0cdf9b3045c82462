/**
 * The redline has one word-level budget for the whole run: two versions whose long texts are all
 * reworded compare in seconds, the texts past the budget shown as replaced whole, and the summary
 * page says so. bench/hostile.mjs --only diff runs the 6.7 MB case.
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { compareVersions, createTenderServices, diffVersionOf, isTender, redlineDocumentContent } from '@tender/language';
import type { DiffVersion, Model } from '@tender/language';
import { seeded } from './inputs.js';

const WORDS = ['support', 'people', 'housing', 'recovery', 'services', 'outcomes', 'provider', 'cohort', 'partners', 'community',
    'health', 'settled', 'home', 'work', 'learning', 'families', 'children', 'safety', 'trust', 'choice', 'local', 'plan'];

/** A tender with `count` outcomes, each with a statement of `words` words drawn with `seed`. */
export function longTexts(count: number, words: number, seed: number): string {
    const random = seeded(seed);
    const text = () => Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const outcomes = Array.from({ length: count }, (_, i) => `    outcome O${i} "${text()}" { }`).join('\n');
    return `tender T {\n    title "Long texts"\n    reference "LONG-1"\n${outcomes}\n}\n`;
}

async function version(text: string, source: string): Promise<DiffVersion> {
    const services = createTenderServices(EmptyFileSystem).Tender;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///diff-budget/${source}.tender`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    return diffVersionOf(source, (document.parseResult.value as Model).elements.find(isTender)!);
}

describe('a whole-run budget for the redline', () => {
    test('40 long texts, every one reworded: seconds, not minutes, and the summary page says texts are shown whole', async () => {
        const diff = compareVersions(await version(longTexts(40, 2_500, 1), 'old'), await version(longTexts(40, 2_500, 2), 'new'));
        const started = performance.now();
        const content = redlineDocumentContent(diff, {});
        const ms = performance.now() - started;
        expect(ms).toBeLessThan(15_000);
        const summary = JSON.stringify(content.preface);
        expect(summary).toMatch(/some long texts are shown as replaced whole \(the old paragraph struck out, the new one put in\) rather than word by word/);
    }, 60_000);

    test('a few small edits stay word by word, with no note', async () => {
        const old = longTexts(5, 200, 3);
        const edited = old.replace(/outcome O2 "(\w+)/, 'outcome O2 "changed');
        const diff = compareVersions(await version(old, 'old'), await version(edited, 'new'));
        const content = redlineDocumentContent(diff, {});
        expect(JSON.stringify(content.preface)).not.toMatch(/replaced whole/);
    });
});
