/** The diff benchmark compares what it claims: a tender and a version of it with N scattered edits, each one change. */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { compareVersions, createTenderServices, diffVersionOf, isTender } from '@tender/language';
import type { DiffVersion, Model } from '@tender/language';
// @ts-expect-error plain ESM script without type declarations
import { generateTender } from '../../bench/generate.mjs';
// @ts-expect-error plain ESM script without type declarations
import { scatterEdits } from '../../bench/diff.mjs';

async function version(framework: string, text: string, source: string): Promise<DiffVersion> {
    const services = createTenderServices(EmptyFileSystem).Tender;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const frameworkDocument = factory.fromString(framework, URI.parse('file:///bench/framework.tender'));
    const document = factory.fromString(text, URI.parse('file:///bench/tender.tender'));
    services.shared.workspace.LangiumDocuments.addDocument(frameworkDocument);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([frameworkDocument, document], { validation: false });
    expect(document.parseResult.parserErrors).toEqual([]);
    const tender = (document.parseResult.value as Model).elements.find(isTender)!;
    return diffVersionOf(source, tender);
}

describe('bench/diff.mjs', () => {
    test('40 scattered edits on a 2,000-line tender: the same lines, each edit one change, seeded', { timeout: 60_000 }, async () => {
        const { framework, tender } = generateTender({ lines: 2_000, seed: 1 }) as { framework: string; tender: string };
        const edited = scatterEdits(tender, 40) as { tender: string; edits: number };
        expect(edited.edits).toBe(40);
        expect(edited.tender.split('\n').length).toBe(tender.split('\n').length);
        expect((scatterEdits(tender, 40) as { tender: string }).tender).toBe(edited.tender);
        const diff = compareVersions(await version(framework, tender, 'old'), await version(framework, edited.tender, 'new'));
        expect(diff.changes).toHaveLength(40);
        expect(new Set(diff.changes.map(c => c.kind))).toEqual(new Set(['changed']));
        expect(diff.changes.filter(c => /\.targets\[.+\]\.measure$/.test(c.path))).toHaveLength(10);
    });
});
