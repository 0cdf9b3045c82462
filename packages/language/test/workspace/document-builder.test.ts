import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { lint, MARKET, FRAMEWORK } from '../helpers.js';

interface Relinker { shouldRelink(document: LangiumDocument, changed: Set<string>): boolean }

describe('relinking after a change', () => {
    test('a tender is relinked when a file it imports changes, even with no reference into it', async () => {
        const { document, services } = await lint('import "market.tender"\ntender T { }', { files: { 'framework.tender': FRAMEWORK, 'market.tender': MARKET } });
        const builder = services.shared.workspace.DocumentBuilder as unknown as Relinker;
        const folder = document.uri.toString().replace(/tender\.tender$/, '');
        // market.tender imports framework.tender: both are in the tender's import closure
        expect(builder.shouldRelink(document, new Set([`${folder}market.tender`]))).toBe(true);
        expect(builder.shouldRelink(document, new Set([`${folder}framework.tender`]))).toBe(true);
        expect(builder.shouldRelink(document, new Set(['file:///elsewhere/other.tender']))).toBe(false);
    });

    test('Linter.clear() with no document makes every cached result stale', async () => {
        const { document, services } = await lint('tender T { award-criteria { technical "Q" weight 50% price "P" weight 10% } }');
        const first = services.lint.Linter.lint(document);
        expect(services.lint.Linter.lint(document)).toBe(first);
        services.lint.Linter.clear();
        expect(services.lint.Linter.lint(document)).not.toBe(first);
    });
});

describe('language diagnostics carry stable codes', () => {
    test('parse errors are syntax-error and unresolved names unresolved-reference, in the editor as on the command line', async () => {
        const { diagnostics } = await lint('tender T {\n    outcome O "o" { serves Nobody }\n    title\n}');
        const codes = diagnostics.map(d => d.code);
        expect(codes).toContain('unresolved-reference');
        expect(codes).toContain('syntax-error');
        expect(diagnostics.every(d => typeof d.code === 'string')).toBe(true);
    });
});
