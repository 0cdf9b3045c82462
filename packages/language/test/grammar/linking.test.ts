/**
 * Cross-references, imports and visibility: what a name in a tender can see.
 */
import { describe, expect, test } from 'vitest';
import { AstUtils, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticCode } from '../../src/validation/tender-validator.js';
import type { Grant, Market, Tender } from '../../src/generated/ast.js';
import { FRAMEWORK, MARKET, newServices } from '../helpers.js';
import { only, parse } from './parse-helpers.js';

const framework = { 'framework.tender': FRAMEWORK };

/** Diagnostics of one code, Langium's linking errors included (as `unresolved-reference`), in source order. */
function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(d => diagnosticCode(d) === code)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

describe('cross-references resolve to what they name', () => {
    const source = `import "framework.tender"
tender T {
    cohort Adults { needs Homelessness, SubstanceMisuse }
    cohort Young { needs Anyborough.MentalHealth }
    outcome Home "Home" { serves Adults, Young contributes-to SettledAccommodation, Anyborough.FewerCrises }
    outcome Recovery "Recovery" { serves Adults contributes-to RecoveryFromAddiction }
    service Housing "Housing" { addresses Homelessness delivers Home }
    service Treatment "Treatment" { addresses SubstanceMisuse, Anyborough.MentalHealth delivers Recovery, Home }
    lot A "A" { services Housing, Treatment award-criteria { technical "Q" weight 100% { sub "S" weight 100% measures Home } } }
    award-criteria { technical "Q" weight 100% { sub "S" weight 100% measures Home, Recovery } }
}`;

    test('with no unresolved reference', async () => {
        const parsed = await parse(source, { files: framework });
        expect(parsed.languageErrors).toEqual([]);
        expect(withCode(parsed.diagnostics, 'unresolved-reference')).toEqual([]);
    });

    test('cohort needs and service addresses → framework needs', async () => {
        const parsed = await parse(source, { files: framework });
        const t = only<Tender>(parsed, 'Tender');
        const needs = [...t.cohorts.flatMap(c => c.needs), ...t.services.flatMap(s => s.addresses)];
        expect(needs.map(r => [r.ref?.$type, r.ref?.name, r.ref?.$container.name])).toEqual([
            ['Need', 'Homelessness', 'Anyborough'], ['Need', 'SubstanceMisuse', 'Anyborough'], ['Need', 'MentalHealth', 'Anyborough'],
            ['Need', 'Homelessness', 'Anyborough'], ['Need', 'SubstanceMisuse', 'Anyborough'], ['Need', 'MentalHealth', 'Anyborough']
        ]);
        // the framework's own node, in the other document
        expect(AstUtils.getDocument(needs[0].ref!).uri.path).toMatch(/framework\.tender$/);
    });

    test('contributes-to → population outcomes; serves → cohorts', async () => {
        const t = only<Tender>(await parse(source, { files: framework }), 'Tender');
        const [home, recovery] = t.outcomes;
        expect(home.contributesTo.map(r => [r.ref?.$type, r.ref?.name])).toEqual([['PopulationOutcome', 'SettledAccommodation'], ['PopulationOutcome', 'FewerCrises']]);
        expect(recovery.contributesTo.map(r => r.ref?.name)).toEqual(['RecoveryFromAddiction']);
        expect(home.serves.map(r => r.ref)).toEqual(t.cohorts);
    });

    test('delivers and measures → outcomes; lot services → services', async () => {
        const t = only<Tender>(await parse(source, { files: framework }), 'Tender');
        const [home, recovery] = t.outcomes;
        expect(t.services[1].delivers.map(r => r.ref)).toEqual([recovery, home]);
        expect(t.awardCriteria?.criteria[0].subCriteria[0].measures.map(r => r.ref)).toEqual([home, recovery]);
        expect(t.lots[0].awardCriteria?.criteria[0].subCriteria[0].measures.map(r => r.ref)).toEqual([home]);
        expect(t.lots[0].services.map(r => r.ref)).toEqual(t.services);
    });

    test('provider offers → needs; grant addresses → needs', async () => {
        const parsed = await parse(`import "framework.tender"
market M { provider P { offers Homelessness, Anyborough.Employment } }
grant G { addresses SocialIsolation }`, { files: framework });
        expect(parsed.languageErrors).toEqual([]);
        expect(only<Market>(parsed, 'Market').providers[0].offers.map(r => r.ref?.name)).toEqual(['Homelessness', 'Employment']);
        expect(only<Grant>(parsed, 'Grant').addresses.map(r => r.ref?.name)).toEqual(['SocialIsolation']);
    });

    test('references of the wrong kind do not resolve', async () => {
        const parsed = await parse(`import "framework.tender"
tender T {
    cohort C { needs SettledAccommodation }
    outcome O { serves Homelessness contributes-to Homelessness }
    service S { delivers SettledAccommodation }
    lot L { services O }
}`, { files: framework });
        const unresolved = withCode(parsed.diagnostics, 'unresolved-reference');
        expect(unresolved.map(d => d.range.start.line)).toEqual([2, 3, 3, 4, 5]);
        expect(unresolved[0].message).toContain('SettledAccommodation');
    });

    test('a tender\'s members are visible qualified from another file, and unqualified only inside it', async () => {
        const parsed = await parse(`import "other.tender"
tender T {
    outcome Mine { serves Other.Adults }
    service S { delivers Other.Theirs, Mine }
    lot L { services Other.Theirs }
}`, { files: { 'other.tender': 'tender Other { cohort Adults { } outcome Theirs { } service Theirs { } }' } });
        const t = only<Tender>(parsed, 'Tender');
        expect(t.outcomes[0].serves[0].ref?.name).toBe('Adults');
        expect(t.services[0].delivers.map(r => r.ref?.$container.name)).toEqual(['Other', 'T']);
        expect(t.lots[0].services[0].ref?.$type).toBe('Service');
        expect(parsed.languageErrors.filter(e => !e.includes('Duplicate'))).toEqual([]);

        const unqualified = await parse('import "other.tender"\ntender T { outcome O { serves Adults } }',
            { files: { 'other.tender': 'tender Other { cohort Adults { } }' } });
        expect(withCode(unqualified.diagnostics, 'unresolved-reference')).toHaveLength(1);
    });

    test('the same framework names from two frameworks are told apart by qualifying them', async () => {
        const parsed = await parse(`import "framework.tender"
framework Local { need Homelessness "local meaning" }
tender T { cohort C { needs Anyborough.Homelessness, Local.Homelessness } }`, { files: framework });
        const needs = only<Tender>(parsed, 'Tender').cohorts[0].needs;
        expect(needs.map(r => [r.ref?.$container.name, r.ref?.text])).toEqual([
            ['Anyborough', 'Homeless, sofa surfing or at risk of losing their home'],
            ['Local', 'local meaning']
        ]);
    });
});

describe('imports and visibility', () => {
    test('names from a file that is not imported are not visible', async () => {
        const parsed = await parse('tender T { cohort C { needs Homelessness } }', { files: framework });
        const unresolved = withCode(parsed.diagnostics, 'unresolved-reference');
        expect(unresolved).toHaveLength(1);
        expect(unresolved[0].message).toContain('Homelessness');
        const qualified = await parse('tender T { cohort C { needs Anyborough.Homelessness } }', { files: framework });
        expect(withCode(qualified.diagnostics, 'unresolved-reference')).toHaveLength(1);
    });

    test('names reach through imports of imports', async () => {
        const parsed = await parse(`import "market.tender"
tender T { cohort C { needs Homelessness } }`, { files: { ...framework, 'market.tender': MARKET } });
        expect(parsed.languageErrors).toEqual([]);
        expect(only<Tender>(parsed, 'Tender').cohorts[0].needs[0].ref?.name).toBe('Homelessness');
    });

    test('imports are relative to the importing file', async () => {
        const parsed = await parse('import "shared/framework.tender"\ntender T { cohort C { needs Homelessness } }',
            { files: { 'shared/framework.tender': FRAMEWORK, 'shared/market.tender': 'import "framework.tender"\nmarket M { provider P { offers Homelessness } }' } });
        expect(parsed.languageErrors).toEqual([]);
        const nested = await parse('import "shared/market.tender"\ntender T { }',
            { files: { 'shared/framework.tender': FRAMEWORK, 'shared/market.tender': 'import "framework.tender"\nmarket M { provider P { offers Homelessness } }' } });
        expect(nested.languageErrors).toEqual([]);
    });

    test('an unresolvable import is an error on the import line', async () => {
        const parsed = await parse('// header\nimport "framewrk.tender"\ntender T { }', { files: framework });
        const found = withCode(parsed.diagnostics, 'unresolved-import');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(1);
        expect(found[0].range.start).toEqual({ line: 1, character: 7 });
        expect(found[0].message).toBe('Cannot import "framewrk.tender": no such file next to this one.');
    });

    test('an import of something that is not a .tender file, or of nothing, is an error', async () => {
        const parsed = await parse('import "notes.txt"\nimport ""\nimport "   "\ntender T { }');
        const found = withCode(parsed.diagnostics, 'unresolved-import');
        expect(found.map(d => d.range.start.line)).toEqual([0, 1, 2]);
        expect(found[0].message).toBe('Cannot import "notes.txt": imports name a .tender file, e.g. import "framework.tender".');
    });

    test('an import that leaves the workspace folder is an error on the import line', async () => {
        const services = newServices();
        services.workspace.WorkspaceRoots.setRoots([URI.parse('file:///virtual')]);
        const parsed = await parse('import "framework.tender"\nimport "../../outside.tender"\nimport "/etc/passwd.tender"\ntender T { }', { files: framework, services });
        const found = withCode(parsed.diagnostics, 'import-outside-workspace');
        expect(found.map(d => d.range.start.line)).toEqual([1, 2]);
        expect(found[0].message).toBe('Cannot import "../../outside.tender": it is outside the workspace folder.');
        expect(withCode(parsed.diagnostics, 'unresolved-import')).toEqual([]);
    });

    test('a workspace folder whose name is a prefix of another folder does not contain it', async () => {
        const services = newServices();
        // file:///virtual/1 is not inside file:///virtual/1x, and the other way round
        services.workspace.WorkspaceRoots.setRoots([URI.parse('file:///virtual/1x')]);
        const parsed = await parse('tender T { }', { services });
        expect(parsed.languageErrors).toEqual([]);
        const importing = await parse('import "../1x/a.tender"\ntender T { }', { services });
        expect(withCode(importing.diagnostics, 'import-outside-workspace')).toEqual([]);
    });

    test('import cycles are fine, and names flow both ways', async () => {
        const parsed = await parse(`import "b.tender"
framework A { need FromA }
tender T { cohort C { needs FromA, FromB } }`, { files: { 'b.tender': 'import "tender.tender"\nframework B { need FromB }\ngrant G { addresses FromA }' } });
        expect(parsed.languageErrors).toEqual([]);
        expect(only<Tender>(parsed, 'Tender').cohorts[0].needs.map(r => r.ref?.name)).toEqual(['FromA', 'FromB']);
    });

    test('a file importing itself is harmless', async () => {
        const parsed = await parse('import "tender.tender"\nframework F { need N }\ntender T { cohort C { needs N } }');
        expect(parsed.languageErrors).toEqual([]);
    });

    test('importing the same file twice is harmless', async () => {
        const parsed = await parse('import "framework.tender"\nimport "./framework.tender"\ntender T { cohort C { needs Homelessness } }', { files: framework });
        expect(parsed.languageErrors).toEqual([]);
    });
});

describe('duplicates', () => {
    test('two top-level elements with one name in a file', async () => {
        const parsed = await parse('tender T { }\ntender T { }');
        const found = withCode(parsed.diagnostics, 'duplicate-name');
        expect(found).toHaveLength(1);
        expect(found[0].range.start).toEqual({ line: 1, character: 7 });
        expect(found[0].message).toBe("Duplicate name 'T': another tender in this file has it.");
    });

    test('two members of one element with one name', async () => {
        const parsed = await parse(`framework F { need N need N outcome O outcome O }
market M { provider P provider P }
tender T {
    cohort C { persona Sam { } persona Sam { } }
    cohort C { }
    outcome O
    outcome O
    service S
    service S
    lot L
    lot L
    risk R
    risk R
}`);
        const found = withCode(parsed.diagnostics, 'duplicate-name');
        expect(found.map(d => `${d.range.start.line}: ${d.message}`)).toEqual([
            "0: Duplicate name 'N': another need in this framework has it.",
            "0: Duplicate name 'O': another population outcome in this framework has it.",
            "1: Duplicate name 'P': another provider in this market has it.",
            "3: Duplicate name 'Sam': another persona in this cohort has it.",
            "4: Duplicate name 'C': another cohort in this tender has it.",
            "6: Duplicate name 'O': another outcome in this tender has it.",
            "8: Duplicate name 'S': another service in this tender has it.",
            "10: Duplicate name 'L': another lot in this tender has it.",
            "12: Duplicate name 'R': another risk in this tender has it."
        ]);
    });

    test('the same name in different scopes or for different kinds is not a duplicate', async () => {
        const parsed = await parse(`framework F { need Housing outcome Housing }
tender A { outcome Housing service Housing lot Housing cohort Housing { } }
tender B { outcome Housing }`);
        expect(withCode(parsed.diagnostics, 'duplicate-name')).toEqual([]);
    });

    test('properties given twice are errors on the second, naming the keyword', async () => {
        const parsed = await parse(`tender T {
    title "One"
    title "Two"
    value £1m over 1 year
    value £2m over 2 years
    timeline { publish 2027-03-01 publish 2027-03-02 }
    cohort C { description "a" description "b" size 3 people size 4 people }
    outcome O { indicator "a" indicator "b" baseline 1 baseline 2 }
    collaboration { joint-bids welcome joint-bids accepted }
    contract { duration 1 year duration 2 years review every 1 year review every 2 years }
    award-criteria { price "P" weight 100% }
    award-criteria { price "P" weight 100% }
}`);
        const found = withCode(parsed.diagnostics, 'duplicate-property');
        expect(found.every(d => d.severity === 1)).toBe(true);
        expect(found.map(d => `${d.range.start.line}: ${d.message}`)).toEqual([
            "2: 'title' is given more than once here; keep one.",
            "4: 'value' is given more than once here; keep one.",
            "5: 'publish' is given more than once here; keep one.",
            "6: 'description' is given more than once here; keep one.",
            "6: 'size' is given more than once here; keep one.",
            "7: 'indicator' is given more than once here; keep one.",
            "7: 'baseline' is given more than once here; keep one.",
            "8: 'joint-bids' is given more than once here; keep one.",
            "9: 'duration' is given more than once here; keep one.",
            "9: 'review' is given more than once here; keep one.",
            "11: 'award-criteria' is given more than once here; keep one."
        ]);
        // the range covers the keyword and its value, or the keyword that opens a block
        expect(found[0].range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 15 } });
        expect(found.at(-1)?.range).toEqual({ start: { line: 11, character: 4 }, end: { line: 11, character: 18 } });
    });

    test('repeatable properties may repeat', async () => {
        const parsed = await parse(`tender T {
    cpv "1" cpv "2"
    cohort A { areas "x" areas "y" needs N needs M assets "a" assets "b" }
    participation { insurance "a" insurance "b" requirement "c" requirement "d" }
    social-value { requirement "a" requirement "b" }
    contract { payment block 50% payment outcomes 50% }
    outcome O { target 6 months 1 target 2 years 2 }
}
framework F { need N need M }`);
        expect(withCode(parsed.diagnostics, 'duplicate-property')).toEqual([]);
    });
});
