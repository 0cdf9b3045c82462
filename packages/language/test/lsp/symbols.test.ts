/**
 * The outline while a tender is being written: elements whose name is not typed yet stay in it
 * with what they hold, and every selection range lies inside its element.
 */
import { EmptyFileSystem } from 'langium';
import type { DocumentSymbol } from 'vscode-languageserver';
import { parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';

const services = createTenderServices(EmptyFileSystem).Tender;

async function outline(text: string): Promise<DocumentSymbol[]> {
    const document = await parseDocument(services, text);
    return await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
    const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
    test('an element without a name yet keeps its place and its members', async () => {
        const symbols = await outline('tender {\n    cohort People {\n        description "p"\n    }\n    lot {\n    }\n}\n');
        expect(symbols.map(s => s.name)).toEqual(['(unnamed tender)']);
        expect(symbols[0].children?.map(c => c.name)).toEqual(['People', '(unnamed lot)']);
        const check = (s: DocumentSymbol) => {
            expect(contains(s.range, s.selectionRange), s.name).toBe(true);
            s.children?.forEach(check);
        };
        symbols.forEach(check);
    });

    test('frameworks list their needs and population outcomes, markets their providers', async () => {
        const symbols = await outline('framework F {\n    need N "a need"\n    outcome P "an outcome"\n}\nmarket M {\n    provider X "Provider X" {\n        kind charity\n    }\n}\n');
        expect(symbols.map(s => [s.name, s.children?.map(c => `${c.name}: ${c.detail}`)])).toEqual([
            ['F', ['N: a need', 'P: an outcome']],
            ['M', ['X: Provider X']]
        ]);
    });
});
