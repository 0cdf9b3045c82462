/**
 * Rename across files over LSP: a framework need renamed in the framework is renamed in every file
 * that imports it, qualified references keep their qualifier, and renaming the framework renames
 * the qualifiers. Any name the grammar accepts may be the new one, keywords included (language 1.1),
 * except the five element keywords; names that cannot be used are refused with a message.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, makeWorkspace, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';
import { QUALIFIED_TEXT } from './qualified-fixture.js';

const FILES = ['framework.tender', 'market.tender', 'first-draft.tender', 'multiple-disadvantage.tender', 'qualified.tender'];

let client: LspClient;

beforeAll(async () => {
    client = await startServer({ workspace: makeWorkspace({ files: { 'qualified.tender': QUALIFIED_TEXT } }) });
    for (const file of FILES) await client.open(file);
    await Promise.all(FILES.map(f => client.waitForDiagnostics(f, { version: 1 })));
});

afterAll(async () => {
    await client?.stop();
});

/** Applies a workspace edit to the open documents, sends the changes, and waits for their diagnostics. */
async function apply(edit: WorkspaceEdit): Promise<Map<string, Diagnostic[]>> {
    const changes = edit.changes ?? {};
    const versions = new Map<string, number>();
    for (const [uri, edits] of Object.entries(changes)) {
        const text = applyTextEdits(client.document(uri).text, edits as TextEdit[]);
        versions.set(uri, await client.replace(uri, text));
    }
    const result = new Map<string, Diagnostic[]>();
    for (const [uri, version] of versions) {
        result.set(uri.split('/').pop()!, await client.waitForDiagnostics(uri, { version }));
    }
    return result;
}

function unresolved(diagnostics: Diagnostic[]): string[] {
    return diagnostics.filter(d => /resolve|unresolved/i.test(d.message) || d.code === 'unresolved-reference').map(d => d.message);
}

describe('rename', () => {
    test('prepareRename gives the segment under the cursor', async () => {
        const range = await client.prepareRename('qualified.tender', client.positionOf('qualified.tender', 'Anyborough.Homelessness', { shift: 14 })) as Range;
        expect(range).toEqual({ start: { line: 4, character: 25 }, end: { line: 4, character: 37 } });
        const qualifier = await client.prepareRename('qualified.tender', client.positionOf('qualified.tender', 'Anyborough.Homelessness', { shift: 3 })) as Range;
        expect(qualifier).toEqual({ start: { line: 4, character: 14 }, end: { line: 4, character: 24 } });
        expect(await client.prepareRename('qualified.tender', client.positionOf('qualified.tender', 'needs'))).toBeNull();
    });

    test('a need renamed in the framework is renamed in every file that uses it, qualifiers kept', async () => {
        const edit = await client.rename('framework.tender', client.positionOf('framework.tender', 'need Homelessness', { shift: 7 }), 'Housing') as WorkspaceEdit;
        const files = Object.fromEntries(Object.entries(edit.changes!).map(([uri, edits]) => [uri.split('/').pop(), edits.length]));
        expect(files).toEqual({ 'framework.tender': 1, 'market.tender': 2, 'first-draft.tender': 3, 'multiple-disadvantage.tender': 3, 'qualified.tender': 1 });
        const diagnostics = await apply(edit);
        expect(client.document('framework.tender').text).toContain('need Housing "Homeless, sofa surfing');
        expect(client.document('qualified.tender').text).toContain('needs Anyborough.Housing, MentalHealth');
        expect(client.document('first-draft.tender').text).toContain('needs Housing, SubstanceMisuse, MentalHealth, Offending');
        expect(client.document('market.tender').text).toContain('offers Housing');
        for (const [file, list] of diagnostics) expect(unresolved(list), file).toEqual([]);
    });

    test('renaming from a reference renames the declaration too', async () => {
        const edit = await client.rename('first-draft.tender', client.positionOf('first-draft.tender', 'SubstanceMisuse', { shift: 1 }), 'Addiction') as WorkspaceEdit;
        expect(Object.keys(edit.changes!).map(u => u.split('/').pop()).sort()).toEqual(['first-draft.tender', 'framework.tender', 'market.tender', 'multiple-disadvantage.tender']);
        const diagnostics = await apply(edit);
        expect(client.document('framework.tender').text).toContain('need Addiction "Harmful use of drugs or alcohol"');
        for (const [file, list] of diagnostics) expect(unresolved(list), file).toEqual([]);
    });

    test('renaming the framework renames the qualifiers that name it', async () => {
        const edit = await client.rename('qualified.tender', client.positionOf('qualified.tender', 'Anyborough.Settled', { shift: 2 }), 'Borough') as WorkspaceEdit;
        const diagnostics = await apply(edit);
        expect(client.document('framework.tender').text).toContain('framework Borough {');
        const qualified = client.document('qualified.tender').text;
        expect(qualified).toContain('needs Borough.Housing, MentalHealth');
        expect(qualified).toContain('contributes-to Borough.SettledAccommodation');
        for (const [file, list] of diagnostics) expect(unresolved(list), file).toEqual([]);
    });

    test('a local element renamed within its tender', async () => {
        const edit = await client.rename('multiple-disadvantage.tender', client.positionOf('multiple-disadvantage.tender', 'delivers SettledHome', { shift: 10 }), 'SettledHousing') as WorkspaceEdit;
        const edits = edit.changes![client.uri('multiple-disadvantage.tender')];
        // The declaration, two `delivers` and one `measures`.
        expect(edits).toHaveLength(4);
        const diagnostics = await apply(edit);
        expect(unresolved(diagnostics.get('multiple-disadvantage.tender')!)).toEqual([]);
    });

    test('a keyword other than the five element keywords may be the new name (language 1.1), and renamed back', async () => {
        const at = client.positionOf('framework.tender', 'need MentalHealth', { shift: 6 });
        const edit = await client.rename('framework.tender', at, 'value') as WorkspaceEdit;
        expect(Object.keys(edit.changes!).length).toBeGreaterThan(1);
        const diagnostics = await apply(edit);
        expect(client.document('framework.tender').text).toContain('need value "');
        expect(client.document('first-draft.tender').text).toMatch(/needs [A-Za-z, ]*\bvalue\b/);
        for (const [file, list] of diagnostics) {
            expect(unresolved(list), file).toEqual([]);
            expect(list.filter(d => d.code === 'syntax-error' || (d.severity === 1 && !d.code)).map(d => d.message), file).toEqual([]);
        }
        // The keyword-name is a name like any other: prepareRename finds it, and a rename from a reference works.
        const start = client.positionOf('framework.tender', 'need value', { shift: 5 });
        const inside = client.positionOf('framework.tender', 'need value', { shift: 7 });
        expect(await client.prepareRename('framework.tender', inside)).toEqual({ start, end: { line: start.line, character: start.character + 5 } });
        const reference = client.positionOf('first-draft.tender', ', value', { shift: 3 });
        const back = await client.rename('first-draft.tender', reference, 'MentalHealth') as WorkspaceEdit;
        const after = await apply(back);
        expect(client.document('framework.tender').text).toContain('need MentalHealth "');
        for (const [file, list] of after) expect(unresolved(list), file).toEqual([]);
        // Another keyword, from the declaration: `region` (a property keyword) is accepted too.
        const region = await client.rename('framework.tender', at, 'region') as WorkspaceEdit;
        expect(region.changes![client.uri('framework.tender')].map(e => e.newText)).toEqual(['region']);
    });

    test('names that cannot be used are refused with a reason', async () => {
        const at = client.positionOf('framework.tender', 'need MentalHealth', { shift: 6 });
        for (const element of ['tender', 'framework', 'market', 'grant', 'import']) {
            await expect(client.rename('framework.tender', at, element), element).rejects.toThrow(
                `'${element}' cannot be a name: import, framework, market, tender and grant begin elements. Any other word may be a name, keywords included; choose another.`);
        }
        await expect(client.rename('framework.tender', at, '2Mental')).rejects.toThrow(/'2Mental' is not a name: use letters, digits and _/);
        await expect(client.rename('framework.tender', at, 'contributes-to')).rejects.toThrow(/'contributes-to' is not a name/);
        await expect(client.rename('framework.tender', at, 'Mental Health')).rejects.toThrow(/'Mental Health' is not a name/);
        await expect(client.rename('framework.tender', at, 'Mental//x')).rejects.toThrow(/is not a name/);
        await expect(client.rename('framework.tender', at, '"Mental"')).rejects.toThrow(/is not a name/);
        await expect(client.rename('framework.tender', at, '   ')).rejects.toThrow(/A name cannot be empty/);
        await expect(client.rename('framework.tender', at, 'Offending')).rejects.toThrow(/already a need called Offending/);
        // Names that contain or resemble element keywords are names.
        for (const name of ['Tender', 'tenders', 'grant_2027', '_market']) {
            expect((await client.rename('framework.tender', at, name) as WorkspaceEdit).changes, name).toBeDefined();
        }
        expect(client.alive).toBe(true);
    });
});
