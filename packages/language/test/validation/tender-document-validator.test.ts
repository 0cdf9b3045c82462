import { describe, expect, test, vi } from 'vitest';
import { lint, withCode } from '../helpers.js';

describe('the document validator', () => {
    test('keeps every diagnostic of a document with hundreds of thousands of findings', async () => {
        // Langium adds custom diagnostics with push(...all), which overflows the stack at this size
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const { diagnostics } = await lint(`tender T {\n${'    title ""\n'.repeat(200_000)}}`);
            expect(withCode(diagnostics, 'duplicate-property')).toHaveLength(199_999);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    }, 60_000);

    test('built-in diagnostics come first, then the language checks and lint rules', async () => {
        const { diagnostics } = await lint('tender T { title "a" title "b" cohort C { needs Nowhere } }');
        // Langium's own (lexer, parser, linker) diagnostics carry the codes we give them.
        const builtIn = new Set(['syntax-error', 'unresolved-reference']);
        const kinds = diagnostics.map(d => (builtIn.has(String(d.code)) ? 'built-in' : 'custom'));
        expect(kinds[0]).toBe('built-in');
        expect(kinds.lastIndexOf('built-in')).toBeLessThan(kinds.indexOf('custom'));
    });
});
