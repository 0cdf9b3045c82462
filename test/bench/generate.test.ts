/** The benchmark's synthetic tenders are what the benchmark claims: valid, realistic, seeded, of the size asked. */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTenderServices, diagnosticCode } from '@tender/language';
// @ts-expect-error plain ESM script without type declarations
import { generateLongProse, generateTender } from '../../bench/generate.mjs';

interface Generated { framework: string; tender: string; lines: number; outcomes: number }

async function build(generated: Generated) {
    const services = createTenderServices(EmptyFileSystem).Tender;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const framework = factory.fromString(generated.framework, URI.parse('file:///bench/framework.tender'));
    const tender = factory.fromString(generated.tender, URI.parse('file:///bench/tender.tender'));
    services.shared.workspace.LangiumDocuments.addDocument(framework);
    services.shared.workspace.LangiumDocuments.addDocument(tender);
    await services.shared.workspace.DocumentBuilder.build([framework, tender], { validation: true });
    return { framework, tender };
}

describe('bench/generate.mjs', () => {
    test.each([1_000, 5_000])('a %d-line tender is within 2%% of its size and has no error', async (lines) => {
        const generated = generateTender({ lines, seed: 1 }) as Generated;
        expect(Math.abs(generated.lines - lines) / lines).toBeLessThan(0.02);
        expect(generated.tender.split('\n').length - 1).toBe(generated.lines);
        const { framework, tender } = await build(generated);
        expect(tender.parseResult.lexerErrors).toEqual([]);
        expect(tender.parseResult.parserErrors).toEqual([]);
        expect(framework.diagnostics).toEqual([]);
        const errors = (tender.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${diagnosticCode(d)} ${d.message}`);
        expect(errors).toEqual([]);
        // its prose has some vague words, as real drafts do, and few other warnings
        const warnings = (tender.diagnostics ?? []).filter(d => d.severity === 2);
        const vague = warnings.filter(d => diagnosticCode(d) === 'vague-language');
        expect(vague.length).toBeGreaterThan(0);
        expect(warnings.length - vague.length).toBeLessThanOrEqual(2);
    }, 60_000);

    test('the same seed gives the same tender; another seed another', () => {
        const a = generateTender({ lines: 1_000, seed: 1 }) as Generated;
        expect((generateTender({ lines: 1_000, seed: 1 }) as Generated).tender).toBe(a.tender);
        expect((generateTender({ lines: 1_000, seed: 2 }) as Generated).tender).not.toBe(a.tender);
    });

    test('the long prose is one text of the size asked', () => {
        const { tender, characters } = generateLongProse({ megabytes: 0.25, seed: 2 }) as { tender: string; characters: number };
        expect(Math.abs(characters - 0.25 * 2 ** 20) / (0.25 * 2 ** 20)).toBeLessThan(0.01);
        expect(tender.match(/"/g)).toHaveLength(2);
    });
});
