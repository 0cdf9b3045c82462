/**
 * The snippets expand into tender text that parses: each one, with its placeholders at their
 * defaults, is read by the real parser (and the new-tender snippet is checked by the linter too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { createTenderServices, diagnosticCode } from '@tender/language';
import { EXTENSION_ROOT, REPO_ROOT } from './vsix.js';

interface Snippet {
    readonly prefix: string;
    readonly body: readonly string[];
    readonly description: string;
}

const snippets = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'snippets', 'tender.json'), 'utf8')) as Record<string, Snippet>;
const framework = readFileSync(join(REPO_ROOT, 'examples', 'anyborough', 'framework.tender'), 'utf8');

/** Expands a VS Code snippet body as accepting every default would: choices take their first option. */
export function expandSnippet(body: readonly string[]): string {
    const values = new Map<string, string>();
    const text = body.join('\n').replace(/\\t|\t/g, '    ');
    return text.replace(/\$\{(\d+):([^}]*)\}|\$\{(\d+)\|([^|]*)\|\}|\$\{(\d+)\}|\$(\d+)/g,
        (_match, n1: string, text1: string, n2: string, choices: string, n3: string, n4: string) => {
            if (n1 !== undefined) { values.set(n1, text1); return text1; }
            if (n2 !== undefined) { const first = choices.split(',')[0]; values.set(n2, first); return first; }
            return values.get(n3 ?? n4) ?? '';
        });
}

async function diagnose(text: string, withFramework: boolean): Promise<Diagnostic[]> {
    const services = createTenderServices(EmptyFileSystem).Tender;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const all = [];
    if (withFramework) {
        const doc = factory.fromString(framework, URI.parse('file:///snippets/framework.tender'));
        documents.addDocument(doc);
        all.push(doc);
    }
    const document = factory.fromString(text, URI.parse('file:///snippets/tender.tender'));
    documents.addDocument(document);
    all.push(document);
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return document.diagnostics ?? [];
}

const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);

describe('snippets', () => {
    it('offers a new tender, an outcome, a lot, award criteria, a criterion with sub-criteria and a risk', () => {
        expect(Object.values(snippets).map(s => s.prefix).sort()).toEqual(['award-criteria', 'criterion', 'lot', 'outcome', 'risk', 'tender']);
        for (const snippet of Object.values(snippets)) {
            expect(snippet.description.length).toBeGreaterThan(10);
        }
    });

    it('a new tender parses, links against the framework and has no errors', async () => {
        const text = expandSnippet(snippets['New tender'].body);
        expect(text).toContain('tender NewTender {');
        expect(errorsOf(await diagnose(text, true))).toEqual([]);
    });

    it('an outcome has targets at 6 months, 2 years and 5 years', () => {
        const text = expandSnippet(snippets['Outcome with its three horizons'].body);
        expect(text.match(/target (6 months|2 years|5 years)/g)).toEqual(['target 6 months', 'target 2 years', 'target 5 years']);
    });

    for (const name of ['Outcome with its three horizons', 'Lot', 'Award criteria with sub-criteria', 'Risk']) {
        // Its names (Cohort, Service, Outcome) are placeholders for the user's own: only syntax counts.
        it(`"${name}" parses inside a tender`, async () => {
            const body = expandSnippet(snippets[name].body);
            const diagnostics = await diagnose(`tender T {\n${body}\n}\n`, false);
            expect(diagnostics.filter(d => diagnosticCode(d) === 'syntax-error')).toEqual([]);
        });
    }

    it('a criterion with sub-criteria parses inside award-criteria, its sub-weights adding up to its weight', async () => {
        const body = expandSnippet(snippets['Award criterion with sub-criteria'].body);
        const diagnostics = await diagnose(`tender T {\naward-criteria {\n${body}\n}\n}\n`, false);
        expect(diagnostics.filter(d => diagnosticCode(d) === 'syntax-error')).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'subweights-sum')).toEqual([]);
    });
});
