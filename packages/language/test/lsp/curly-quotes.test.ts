/**
 * Text in Word's curly quotes: a safe quick fix rewrites it with straight quotes, escaping any `"`
 * and `\` inside, so the text means exactly what it did. Offered in the editor where the cursor is,
 * and applied by "fix all" and `tender lint --fix`.
 */
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { isTender } from '../../src/generated/ast.js';
import type { Tender } from '../../src/generated/ast.js';
import { applyEdits, CURLY_QUOTES_FIX, curlyQuoteFixes, safeFixes } from '../../src/lint/fixes.js';
import { straightQuoted } from '../../src/values/text.js';
import { lint } from '../helpers.js';

// A curly-quoted text closes at ” or ", so only a backslash needs escaping when it is rewritten.
const TEXT = 'tender T {\n    title “He said ‘no’ to C:\\\\temp”\n    purpose “ends at a straight quote"\n    reference "“kept” as it is"\n}\n';

describe('curly-quoted text', () => {
    test('straightQuoted keeps the value, escaping " and \\', () => {
        expect(straightQuoted('“He said ”')).toBe('"He said "');
        expect(straightQuoted('“a "b" \\c”')).toBe('"a \\"b\\" \\\\c"');
        expect(straightQuoted('“ends here"')).toBe('"ends here"');
    });

    test('one safe fix per curly-quoted text; the fixed tender has the same values and no curly-quoted text', async () => {
        const { document, services } = await lint(TEXT);
        const before = document.parseResult.value.elements.find(isTender) as Tender;
        const fixes = safeFixes(services, document).filter(f => f.ruleId === CURLY_QUOTES_FIX);
        expect(fixes.map(f => f.range.start.line)).toEqual([1, 2]);
        const fixed = applyEdits(document, fixes.flatMap(f => [...f.edits]));
        expect(fixed).toContain('title "He said ‘no’ to C:\\\\\\\\temp"');
        const again = await lint(fixed);
        const after = again.document.parseResult.value.elements.find(isTender) as Tender;
        expect(again.document.parseResult.lexerErrors).toEqual([]);
        expect([after.title, after.purpose, after.reference]).toEqual([before.title, before.purpose, before.reference]);
        expect(curlyQuoteFixes(again.document)).toEqual([]);
    });

    test('the editor offers it as a quick fix on the text under the cursor only', async () => {
        const { document, services } = await lint(TEXT);
        const provider = services.lsp.CodeActionProvider!;
        const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
        const actions = await provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: at(1, 14), context: { diagnostics: [] } }) as CodeAction[];
        const quick = actions.filter(a => a.title === 'Write this text with straight quotes');
        expect(quick).toHaveLength(1);
        expect(Object.values(quick[0]!.edit!.changes!)[0]![0]!.range.start).toEqual({ line: 1, character: 10 });
        const elsewhere = await provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: at(3, 16), context: { diagnostics: [] } }) as CodeAction[];
        expect(elsewhere.filter(a => a.title === 'Write this text with straight quotes')).toEqual([]);
    });
});
