/**
 * The built language server over a real stdio connection, in a temporary copy of the Anyborough
 * examples: diagnostics, completion, hover, navigation, symbols, folding, semantic tokens,
 * formatting and code actions, as an editor would ask for them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, SemanticTokens, SemanticTokensLegend, TextEdit, WorkspaceSymbol, DocumentHighlight } from 'vscode-languageserver-protocol';
import { applyTextEdits, makeWorkspace, offsetAt, positionAt, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';
import { QUALIFIED_TEXT } from './qualified-fixture.js';
import { ruleDocsUrl } from '../../packages/language/src/lint/docs.js';

const DRAFT = 'first-draft.tender';
const FULL = 'multiple-disadvantage.tender';
const FRAMEWORK = 'framework.tender';
const MARKET = 'market.tender';
const QUALIFIED = 'qualified.tender';

let client: LspClient;

beforeAll(async () => {
    client = await startServer({ workspace: makeWorkspace({ files: { [QUALIFIED]: QUALIFIED_TEXT } }) });
    for (const file of [DRAFT, FULL, FRAMEWORK, MARKET, QUALIFIED]) {
        await client.open(file);
    }
    await Promise.all([DRAFT, FULL, QUALIFIED].map(f => client.waitForDiagnostics(f, { version: 1 })));
});

afterAll(async () => {
    await client?.stop();
});

/** Hover text without Markdown emphasis and escapes. */
function plain(hover: Hover | null): string {
    const contents = hover?.contents;
    const value = typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
    return value.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
}

function items(list: CompletionList | CompletionItem[] | null): CompletionItem[] {
    if (!list) return [];
    return Array.isArray(list) ? list : list.items;
}

describe('server', () => {
    test('announces what it can do', () => {
        const capabilities = client.initializeResult!.capabilities;
        expect(capabilities.completionProvider?.triggerCharacters).toContain('.');
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.definitionProvider).toBe(true);
        expect(capabilities.referencesProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.documentFormattingProvider).toBe(true);
        expect(capabilities.documentRangeFormattingProvider).toBe(true);
        expect(capabilities.documentSymbolProvider).toBe(true);
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBe(true);
        expect(capabilities.semanticTokensProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBe(true);
        expect(capabilities.documentHighlightProvider).toBe(true);
    });

    test('registers a watcher for tender.config.json when the client can', () => {
        const registrations = client.serverRequests
            .filter(r => r.method === 'client/registerCapability')
            .flatMap(r => (r.params as { registrations: { method: string; registerOptions?: { watchers?: { globPattern: string }[] } }[] }).registrations);
        const watchers = registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles').flatMap(r => r.registerOptions?.watchers ?? []);
        expect(watchers.map(w => w.globPattern)).toContain('**/tender.config.json');
    });
});

describe('diagnostics', () => {
    test('the first draft gets findings, each with its rule id as code and a link to its page', async () => {
        const diagnostics = await client.waitForDiagnostics(DRAFT, { version: 1 });
        const findings = diagnostics.filter(d => d.codeDescription);
        expect(findings.length).toBeGreaterThan(10);
        for (const finding of findings) {
            expect(typeof finding.code).toBe('string');
            expect(finding.codeDescription!.href).toBe(ruleDocsUrl(finding.code as string));
            expect(finding.source).toBe('tender');
        }
        const codes = new Set(findings.map(f => f.code));
        for (const code of ['missing-weighting', 'weights-sum']) {
            expect(codes).toContain(code);
        }
        // It parses: the findings are advice, not syntax errors.
        expect(diagnostics.filter(d => d.code === undefined && d.severity === 1)).toEqual([]);
    });

    test('the complete example has no errors or warnings', async () => {
        const diagnostics = await client.waitForDiagnostics(FULL, { version: 1 });
        expect(diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });

    test('diagnostics carry the version of the text they were computed for', async () => {
        const scratch = 'scratch-versions.tender';
        await client.open(scratch, 'tender Scratch {\n    award-criteria {\n        price "Price" weight 100%\n    }\n}\n');
        expect(await client.waitForDiagnostics(scratch, { version: 1 })).toBeDefined();
        const text = client.document(scratch).text.replace('weight 100%', 'weight 90%');
        const version = await client.replace(scratch, text);
        const diagnostics = await client.waitForDiagnostics(scratch, { version });
        expect(diagnostics.some(d => d.code === 'weights-sum')).toBe(true);
        await client.close(scratch);
    });
});

describe('completion', () => {
    /** Completion at the end of `typed`, typed on a new line of a copy of `base` just above `at`. */
    async function completeAfterTyping(base: string, at: string, typed: string, shift = 0): Promise<{ items: CompletionItem[]; text: string; offset: number }> {
        const path = `scratch-completion-${Math.random().toString(36).slice(2)}.tender`;
        const original = client.document(base).text;
        const insertAt = original.indexOf(at) + shift;
        if (insertAt < shift) throw new Error(`"${at}" not in ${base}`);
        // The typed text gets a line of its own, as if just typed above the line found.
        const text = original.slice(0, insertAt) + typed + '\n' + original.slice(insertAt);
        await client.open(path, text);
        await client.waitForDiagnostics(path, { version: 1 });
        const offset = insertAt + typed.length;
        const list = await client.completion(path, positionAt(text, offset));
        await client.close(path);
        return { items: items(list as CompletionList), text, offset };
    }

    test('keywords valid at the cursor, with what each holds; those given once and already there left out', async () => {
        const { items: proposals } = await completeAfterTyping(FULL, '        evidence "Housing register', '', 0);
        const labels = proposals.map(i => i.label);
        for (const keyword of ['serves', 'contributes-to', 'target']) {
            expect(labels).toContain(keyword);
        }
        // SettledHome already has its indicator, baseline and evidence.
        for (const given of ['indicator', 'baseline', 'evidence']) {
            expect(labels).not.toContain(given);
        }
        expect(labels).not.toContain('tender');
        const contributes = proposals.find(i => i.label === 'contributes-to')!;
        expect(contributes.detail).toMatch(/population-level outcomes/);
    });

    test('a half-typed hyphenated keyword completes as one word', async () => {
        const { items: proposals, text, offset } = await completeAfterTyping(FULL, '        indicator "Share of the cohort living', '        contributes-t', 0);
        const item = proposals.find(i => i.label === 'contributes-to');
        expect(item, JSON.stringify(proposals.map(i => i.label))).toBeDefined();
        const edit = item!.textEdit as TextEdit;
        const applied = applyTextEdits(text, [edit]);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        expect(applied.slice(lineStart, applied.indexOf('\n', lineStart))).toBe('        contributes-to');
    });

    test('joint- proposes joint-bids replacing the whole word', async () => {
        const path = 'scratch-joint.tender';
        const text = 'tender T {\n    collaboration {\n        joint-\n    }\n}\n';
        await client.open(path, text);
        await client.waitForDiagnostics(path, { version: 1 });
        const proposals = items(await client.completion(path, { line: 2, character: 14 }) as CompletionList);
        await client.close(path);
        const item = proposals.find(i => i.label === 'joint-bids');
        expect(item, JSON.stringify(proposals.map(i => i.label))).toBeDefined();
        const edit = item!.textEdit as TextEdit;
        expect(edit.range).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 14 } });
        expect(applyTextEdits(text, [edit])).toBe('tender T {\n    collaboration {\n        joint-bids\n    }\n}\n');
    });

    test('enum values come with what they mean', async () => {
        const cases: { at: string; typed: string; values: string[]; meaning?: [string, RegExp] }[] = [
            { at: '    regime light-touch', typed: '    regime ', values: ['standard', 'light-touch'], meaning: ['light-touch', /light touch regime for social, health and education services/] },
            { at: '    procedure competitive-flexible', typed: '    procedure ', values: ['open', 'competitive-flexible', 'direct-award', 'framework-call-off'], meaning: ['competitive-flexible', /Competitive flexible procedure/] },
            { at: '        models lead-provider', typed: '        models ', values: ['co-location', 'alliance-contract', 'prime-subcontractor', 'new-legal-entity'], meaning: ['alliance-contract', /one contract/] },
            { at: '        risk-sharing partnership', typed: '        risk-sharing ', values: ['jointly-and-severally-liable', 'memorandum-of-understanding'], meaning: ['jointly-and-severally-liable', /whole contract/] },
            { at: '        level collaborate', typed: '        level ', values: ['inform', 'consult', 'involve', 'collaborate', 'empower'], meaning: ['inform', /told what has been decided/] }
        ];
        for (const c of cases) {
            const path = `scratch-enum-${c.values[0]}.tender`;
            const original = client.document(FULL).text;
            const at = original.indexOf(c.at);
            const text = original.slice(0, at) + c.typed + '\n' + original.slice(at);
            await client.open(path, text);
            await client.waitForDiagnostics(path, { version: 1 });
            const position = client.positionOf(path, c.typed, { shift: c.typed.length });
            const proposals = items(await client.completion(path, position) as CompletionList);
            await client.close(path);
            const labels = proposals.map(i => i.label);
            for (const value of c.values) expect(labels, c.typed).toContain(value);
            const [value, meaning] = c.meaning!;
            const item = proposals.find(i => i.label === value)!;
            expect(item.kind).toBe(20); // EnumMember
            const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';
            expect(`${item.detail} ${documentation}`).toMatch(meaning);
        }
    });

    test('provider kinds in the market', async () => {
        const path = 'scratch-kind.tender';
        await client.open(path, 'market M {\n    provider P "P" {\n        kind \n    }\n}\n');
        await client.waitForDiagnostics(path, { version: 1 });
        const proposals = items(await client.completion(path, { line: 2, character: 13 }) as CompletionList);
        await client.close(path);
        expect(proposals.map(i => i.label)).toEqual(expect.arrayContaining(['charity', 'social-enterprise', 'community-group', 'housing-association', 'public', 'private']));
    });

    test('references: needs, population outcomes, cohorts, outcomes and services, plain and qualified', async () => {
        const original = client.document(FULL).text;
        const cases: { after: string; expected: string[]; detail?: [string, RegExp] }[] = [
            { after: '        needs Homelessness, ', expected: ['SubstanceMisuse', 'Anyborough.SubstanceMisuse', 'Employment'], detail: ['Employment', /^need Employment — Out of work/] },
            { after: '        contributes-to ', expected: ['SettledAccommodation', 'Anyborough.GoodWork'], detail: ['GoodWork', /^population outcome GoodWork/] },
            { after: '        serves ', expected: ['AdultsFacingMultipleDisadvantage'], detail: ['AdultsFacingMultipleDisadvantage', /^cohort AdultsFacingMultipleDisadvantage/] },
            { after: '        delivers ', expected: ['SettledHome', 'Stability', 'WorkAndLearning'], detail: ['Recovery', /^outcome Recovery — People recover/] },
            { after: '        services ', expected: ['KeyWorker', 'HousingFirst', 'RoutesIntoWork'], detail: ['HousingFirst', /^service HousingFirst — Housing-led support/] }
        ];
        for (const c of cases) {
            const at = original.indexOf(c.after) + c.after.length;
            const lineEnd = original.indexOf('\n', at);
            // Cut the rest of the line so that the cursor is where the next name goes.
            const text = original.slice(0, at) + original.slice(lineEnd);
            const path = `scratch-ref-${c.expected[0]}.tender`;
            await client.open(path, text);
            await client.waitForDiagnostics(path, { version: 1 });
            const proposals = items(await client.completion(path, client.positionOf(path, c.after, { shift: c.after.length })) as CompletionList);
            await client.close(path);
            const labels = proposals.map(i => i.label);
            for (const name of c.expected) expect(labels, c.after).toContain(name);
            if (c.detail) {
                const item = proposals.find(i => i.label === c.detail![0])!;
                expect(item.detail).toMatch(c.detail[1]);
            }
        }
    });

    test('after a qualifier and a dot, the members of that framework', async () => {
        const path = 'scratch-dot.tender';
        await client.open(path, 'import "framework.tender"\n\ntender T {\n    cohort C {\n        needs Anyborough.\n    }\n}\n');
        await client.waitForDiagnostics(path, { version: 1 });
        const position = { line: 4, character: 25 };
        const proposals = items(await client.completion(path, position) as CompletionList);
        await client.close(path);
        const item = proposals.find(i => i.label === 'Anyborough.Homelessness');
        expect(item, JSON.stringify(proposals.map(i => i.label))).toBeDefined();
        const applied = applyTextEdits('import "framework.tender"\n\ntender T {\n    cohort C {\n        needs Anyborough.\n    }\n}\n', [item!.textEdit as TextEdit]);
        expect(applied).toContain('        needs Anyborough.Homelessness\n');
    });

    test('nothing inside a text', async () => {
        const position = client.positionOf(FULL, 'Wraparound support', { shift: 4 });
        expect(items(await client.completion(FULL, position) as CompletionList)).toEqual([]);
    });
});

describe('hover', () => {
    test('a reference shows kind, name, text and where it is declared', async () => {
        const text = plain(await client.hover(DRAFT, client.positionOf(DRAFT, 'Homelessness', { shift: 3 })) as Hover);
        expect(text).toContain('need Homelessness — Homeless, sofa surfing or at risk of losing their home');
        expect(text).toMatch(/Declared in \[framework\.tender\]\(file:.*framework\.tender#L8\) line 8, in framework Anyborough/);
    });

    test('the qualifier of a qualified reference shows the framework', async () => {
        const text = plain(await client.hover(QUALIFIED, client.positionOf(QUALIFIED, 'Anyborough.Homelessness', { shift: 2 })) as Hover);
        expect(text).toContain('framework Anyborough — Anyborough Health and Wellbeing Strategy 2026 to 2031');
    });

    test('a lot value shows its share of the tender value', async () => {
        const text = plain(await client.hover(FULL, client.positionOf(FULL, '£1,100,000', { shift: 2 })) as Hover);
        expect(text).toBe('£1,100,000 — 45.8% of the tender value £2,400,000');
    });

    test('a tender value shows what it comes to a year', async () => {
        const text = plain(await client.hover(FULL, client.positionOf(FULL, 'value £2,400,000', { shift: 8 })) as Hover);
        expect(text).toBe('£2,400,000 over 5 years — about £480,000 a year');
    });

    test('a date shows its weekday, and a deadline its distance from publication', async () => {
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'issued 2027-03-01', { shift: 9 })) as Hover)).toBe('Monday 1 March 2027');
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'bid-deadline 2027-04-19', { shift: 15 })) as Hover))
            .toBe('Monday 19 April 2027 — 49 days after publication (1 March 2027)');
    });

    test('durations in days and months', async () => {
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'over 5 years', { shift: 5 })) as Hover)).toBe('5 years = 60 months, about 1,826 days');
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'formation-period 6 weeks', { shift: 19 })) as Hover)).toBe('6 weeks = 42 days, about 1.4 months');
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'target 6 months', { shift: 9 })) as Hover)).toBe('6 months = about 183 days — the outcome horizon at 6 months');
    });

    test('a weight against the total', async () => {
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'weight 55%', { shift: 8 })) as Hover)).toBe('55% of the total score — the criteria add up to 100%');
    });

    test('keywords and values say what they mean', async () => {
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'light-touch', { shift: 3 })) as Hover)).toContain('light touch regime for social, health and education services');
        expect(plain(await client.hover(FULL, client.positionOf(FULL, '    regime', { shift: 6 })) as Hover)).toContain('standard or light-touch');
        expect(plain(await client.hover(FULL, client.positionOf(FULL, 'contributes-to', { shift: 12 })) as Hover)).toContain('population-level outcomes');
    });

    test('on a finding, the rule behind it: what it checks and a link to its page', async () => {
        const text = plain(await client.hover(DRAFT, client.positionOf(DRAFT, '"Staffing"', { shift: 3 })) as Hover);
        expect(text).toContain(`\`missing-weighting\` — An award criterion or sub-criterion has no weight. [Documentation](${ruleDocsUrl('missing-weighting')})`);
        // Nothing about rules where there is no finding.
        expect(plain(await client.hover(FULL, client.positionOf(FULL, '"Quality of the support model"', { shift: 3 })) as Hover)).toBe('');
    });

    test('a rule id in a suppression comment shows the rule and its page', async () => {
        const path = 'scratch-suppressed.tender';
        await client.open(path, 'tender S {\n    award-criteria {\n        // tender-disable-next-line missing-weighting -- being agreed\n        price "Price"\n    }\n}\n');
        await client.waitForDiagnostics(path, { version: 1 });
        const text = plain(await client.hover(path, { line: 2, character: 40 }) as Hover);
        await client.close(path);
        expect(text).toContain('missing-weighting (error, award criteria)');
        expect(text).toContain('An award criterion or sub-criterion has no weight.');
        expect(text).toContain(`[Documentation](${ruleDocsUrl('missing-weighting')})`);
    });
});

describe('navigation', () => {
    test('go to definition across files, and from a qualifier to its framework', async () => {
        const links = await client.definition(DRAFT, client.positionOf(DRAFT, 'Homelessness', { shift: 1 })) as LocationLink[];
        expect(links).toHaveLength(1);
        expect(links[0].targetUri).toBe(client.uri(FRAMEWORK));
        expect(links[0].targetSelectionRange.start).toEqual({ line: 7, character: 9 });
        const toFramework = await client.definition(QUALIFIED, client.positionOf(QUALIFIED, 'Anyborough.Settled', { shift: 1 })) as LocationLink[];
        expect(toFramework[0].targetSelectionRange.start).toEqual({ line: 3, character: 10 });
        const toMember = await client.definition(QUALIFIED, client.positionOf(QUALIFIED, 'SettledAccommodation', { shift: 1 })) as LocationLink[];
        expect(toMember[0].targetUri).toBe(client.uri(FRAMEWORK));
        expect(toMember[0].originSelectionRange).toEqual({ start: { line: 9, character: 34 }, end: { line: 9, character: 54 } });
    });

    test('go to definition on an import path opens the file, and hover says what it declares', async () => {
        const position = client.positionOf(FULL, '"framework.tender"', { shift: 4 });
        const links = await client.definition(FULL, position) as LocationLink[];
        expect(links.map(l => l.targetUri)).toEqual([client.uri(FRAMEWORK)]);
        expect(plain(await client.hover(FULL, position) as Hover)).toBe('framework.tender\n\n- framework Anyborough — Anyborough Health and Wellbeing Strategy 2026 to 2031 (6 needs, 5 population outcomes)');
    });

    test('find references in every file that imports the framework, qualified ones included', async () => {
        const locations = await client.references(FRAMEWORK, { line: 7, character: 12 }) as Location[];
        const byFile = new Map<string, number>();
        for (const l of locations) byFile.set(l.uri.split('/').pop()!, (byFile.get(l.uri.split('/').pop()!) ?? 0) + 1);
        expect(Object.fromEntries(byFile)).toEqual({ [FRAMEWORK]: 1, [DRAFT]: 3, [FULL]: 3, [MARKET]: 2, [QUALIFIED]: 1 });
        const qualified = locations.find(l => l.uri.endsWith(QUALIFIED))!;
        expect(qualified.range).toEqual({ start: { line: 4, character: 25 }, end: { line: 4, character: 37 } });
        const without = await client.references(FRAMEWORK, { line: 7, character: 12 }, false) as Location[];
        expect(without).toHaveLength(locations.length - 1);
    });

    test('document highlight marks the declaration and the references in the file', async () => {
        const highlights = await client.documentHighlight(FULL, client.positionOf(FULL, 'serves AdultsFacing', { shift: 10 })) as DocumentHighlight[];
        // The cohort's name plus its five `serves` lines.
        expect(highlights).toHaveLength(6);
        expect(highlights.filter(h => h.kind === 3)).toHaveLength(1);
    });

    test('workspace symbols: each element once, by name, with its container', async () => {
        const symbols = await client.workspaceSymbols('Homelessness') as WorkspaceSymbol[];
        const homelessness = symbols.filter(s => s.name === 'Homelessness');
        expect(homelessness).toHaveLength(1);
        expect(homelessness[0].containerName).toBe('Anyborough');
        expect((homelessness[0].location as Location).uri).toBe(client.uri(FRAMEWORK));
        const lots = await client.workspaceSymbols('KeyWorkerLot') as WorkspaceSymbol[];
        expect(lots.map(s => `${s.containerName}.${s.name}`)).toContain('MultipleDisadvantage2027.KeyWorkerLot');
    });
});

describe('outline, folding and colours', () => {
    test('document symbols: the tender with its cohorts, outcomes, services, lots, criteria and risks', async () => {
        const symbols = await client.documentSymbols(FULL) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['MultipleDisadvantage2027', 'CommunityArtsAndSport']);
        const tender = symbols[0];
        expect(tender.kind).toBe(5); // Class
        expect(tender.detail).toBe('Wraparound support for adults facing multiple disadvantage — £2,400,000');
        const children = new Map((tender.children ?? []).map(c => [c.name, c]));
        expect(children.get('AdultsFacingMultipleDisadvantage')?.kind).toBe(23); // Struct
        expect(children.get('AdultsFacingMultipleDisadvantage')?.children?.map(c => c.name)).toEqual(['Sam']);
        expect(children.get('SettledHome')?.kind).toBe(24); // Event
        expect(children.get('SettledHome')?.detail).toBe('People have a settled home');
        expect(children.get('KeyWorker')?.kind).toBe(12); // Function
        expect(children.get('KeyWorkerLot')?.detail).toBe('£1,100,000 — Key worker and navigation');
        expect(children.get('ProviderFailure')?.kind).toBe(14); // Constant
        const criteria = children.get('award-criteria')!;
        expect(criteria.detail).toBe('3 criteria, 100%');
        expect(criteria.children?.map(c => `${c.name}: ${c.detail}`)).toEqual([
            'Quality of the support model: technical, 55%',
            'Social value: social-value, 15%',
            'Price: price, 30%',
            'assessment: scale 0 to 5, 6 marks'
        ]);
        // Every selection range lies inside its range.
        const check = (s: DocumentSymbol) => {
            expect(offsetAt(client.document(FULL).text, s.selectionRange.start)).toBeGreaterThanOrEqual(offsetAt(client.document(FULL).text, s.range.start));
            s.children?.forEach(check);
        };
        symbols.forEach(check);
    });

    test('folding: blocks, the comment header and multi-line texts', async () => {
        const path = 'scratch-folding.tender';
        await client.open(path, '// one\n// two\n// three\ntender F {\n    purpose "a\n    long\n    text"\n    timeline {\n        publish 2027-03-01\n        bid-deadline 2027-04-19\n    }\n}\n');
        await client.waitForDiagnostics(path, { version: 1 });
        const ranges = await client.foldingRanges(path) as FoldingRange[];
        await client.close(path);
        const shown = ranges.map(r => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`).sort();
        expect(shown).toEqual(expect.arrayContaining(['0-2 comment', '3-10', '4-6 region', '7-9']));
    });

    test('semantic tokens: names by kind, values as enum members, amounts, dates and durations as numbers', async () => {
        const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
        const tokens = await client.semanticTokens(FULL) as SemanticTokens;
        const text = client.document(FULL).text;
        const lines = text.split('\n');
        const decoded: { text: string; type: string; modifiers: string[] }[] = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            decoded.push({
                text: lines[line].slice(character, character + length),
                type: legend.tokenTypes[type],
                modifiers: legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0)
            });
        }
        const find = (t: string, type: string) => decoded.find(d => d.text === t && d.type === type);
        expect(find('light-touch', 'enumMember')).toBeDefined();
        expect(find('alliance-contract', 'enumMember')).toBeDefined();
        expect(find('£2,400,000', 'number')).toBeDefined();
        expect(find('2027-03-01', 'number')).toBeDefined();
        expect(find('55%', 'number')).toBeDefined();
        expect(find('weeks', 'number')).toBeDefined();
        expect(find('Homelessness', 'type')).toBeDefined();
        expect(find('SettledHome', 'event')?.modifiers).toContain('declaration');
        expect(find('KeyWorker', 'function')).toBeDefined();
    });
});

describe('formatting', () => {
    test('the examples are already in the canonical layout', async () => {
        for (const file of [DRAFT, FRAMEWORK, MARKET]) {
            expect(await client.formatting(file), file).toEqual([]);
        }
        // The reference's tender aligns a trailing comment with two spaces; the formatter keeps one.
        const edits = await client.formatting(FULL) as TextEdit[];
        expect(edits.map(e => e.newText)).toEqual([' ']);
    });

    test('a messy tender comes out canonical, and formatting it again changes nothing', async () => {
        const path = 'scratch-format.tender';
        const messy = 'import "framework.tender"\ntender   Messy{title "Messy"\n  cohort People { needs Homelessness ,MentalHealth\n assets "Friends",\n  "Skills" }\n\n\n\n    outcome Housed "Housed" { serves People  target 6 months 30% } // housed\n}\ngrant G "g" { buyer "b" }';
        await client.open(path, messy);
        await client.waitForDiagnostics(path, { version: 1 });
        const edits = await client.formatting(path) as TextEdit[];
        const formatted = applyTextEdits(messy, edits);
        expect(formatted).toBe([
            'import "framework.tender"',
            '',
            'tender Messy {',
            '    title "Messy"',
            '    cohort People {',
            '        needs Homelessness, MentalHealth',
            '        assets "Friends", "Skills"',
            '    }',
            '',
            '    outcome Housed "Housed" {',
            '        serves People',
            '        target 6 months 30%',
            '    } // housed',
            '}',
            '',
            'grant G "g" {',
            '    buyer "b"',
            '}',
            ''
        ].join('\n'));
        const version = await client.replace(path, formatted);
        await client.waitForDiagnostics(path, { version });
        expect(await client.formatting(path)).toEqual([]);
        await client.close(path);
    });

    test('with a syntax error, only trailing spaces go', async () => {
        const path = 'scratch-format-broken.tender';
        const broken = 'tender Broken {   \n  title "a   \n  b"  \n  cohort {\n}\n';
        await client.open(path, broken);
        await client.waitForDiagnostics(path, { version: 1 });
        const formatted = applyTextEdits(broken, await client.formatting(path) as TextEdit[]);
        await client.close(path);
        expect(formatted).toBe('tender Broken {\n  title "a   \n  b"\n  cohort {\n}\n');
    });
});

describe('code actions', () => {
    test('the light bulb offers a weight for a criterion without one', async () => {
        const diagnostics = await client.waitForDiagnostics(DRAFT, { version: 1 });
        const missing = diagnostics.find(d => d.code === 'missing-weighting') as Diagnostic;
        expect(missing.message).toContain('Staffing');
        const actions = await client.codeActions(DRAFT, missing.range, [missing], ['quickfix']) as CodeAction[];
        const fix = actions.find(a => a.kind === 'quickfix' && /weight/i.test(a.title));
        expect(fix, JSON.stringify(actions.map(a => a.title))).toBeDefined();
        expect(fix!.isPreferred).toBe(true);
        const edits = fix!.edit!.changes![client.uri(DRAFT)];
        const fixed = applyTextEdits(client.document(DRAFT).text, edits);
        expect(fixed).toContain('sub "Staffing" weight 0%');
    });

    test('"fix all" applies every safe fix in the file', async () => {
        const path = 'scratch-fix-all.tender';
        await client.open(path, client.document(DRAFT).text);
        const before = await client.waitForDiagnostics(path, { version: 1 });
        const actions = await client.codeActions(path, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']) as CodeAction[];
        const fixAll = actions.find(a => a.kind === 'source.fixAll.tender');
        expect(fixAll, JSON.stringify(actions)).toBeDefined();
        const edits = fixAll!.edit!.changes![client.uri(path)];
        expect(edits.length).toBeGreaterThan(0);
        const fixed = applyTextEdits(client.document(path).text, edits);
        const version = await client.replace(path, fixed);
        const after = await client.waitForDiagnostics(path, { version });
        await client.close(path);
        expect(after.filter(d => d.code === 'syntax-error' || (d.severity === 1 && !d.code))).toEqual([]);
        const count = (list: Diagnostic[], code: unknown) => list.filter(d => d.code === code).length;
        const fixedCodes = [...new Set(before.map(d => d.code))].filter(code => count(after, code) < count(before, code));
        expect(fixedCodes.length).toBeGreaterThan(0);
    });
});
