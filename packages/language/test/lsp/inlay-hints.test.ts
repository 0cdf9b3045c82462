/**
 * Inlay hints: each lot value's share of the tender value.
 */
import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { lint, marked } from '../helpers.js';

async function hints(source: string): Promise<{ hints: InlayHint[]; ranges: ReturnType<typeof marked>['ranges'] }> {
    const { text, ranges } = marked(source);
    const { document, services } = await lint(text);
    const end = document.textDocument.positionAt(text.length);
    const result = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end }
    });
    return { hints: result ?? [], ranges };
}

describe('lot share hints', () => {
    it('follow each lot value with its share of the tender value', async () => {
        const { hints: found, ranges } = await hints(`tender T {
    value £2,400,000 over 5 years
    lot A "A" { value <|£1,200,000|> }
    lot B "B" { value <|£800k|> }
    lot C "C" { value <|£400,000|> }
}`);
        expect(found.map(h => h.label)).toEqual(['50% of the tender', '33.33% of the tender', '16.67% of the tender']);
        expect(found.map(h => h.position)).toEqual(ranges.map(r => r.end));
        expect(found.every(h => h.paddingLeft === true)).toBe(true);
    });

    it('stay away when the share cannot be worked out', async () => {
        const noTenderValue = await hints('tender T { lot A "A" { value £100k } }');
        expect(noTenderValue.hints).toEqual([]);
        const otherCurrency = await hints('tender T { value £1m lot A "A" { value €100k } }');
        expect(otherCurrency.hints).toEqual([]);
        const noLotValue = await hints('tender T { value £1m lot A "A" { services X } }');
        expect(noLotValue.hints).toEqual([]);
        const zero = await hints('tender T { value £0 lot A "A" { value £100k } }');
        expect(zero.hints).toEqual([]);
    });

    it('only within the range the editor asks for', async () => {
        const { text } = marked('tender T {\n    value £1m\n    lot A "A" { value £500k }\n    lot B "B" { value £500k }\n}');
        const { document, services } = await lint(text);
        const result = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } }
        });
        expect(result?.map(h => h.position.line)).toEqual([3]);
    });
});
