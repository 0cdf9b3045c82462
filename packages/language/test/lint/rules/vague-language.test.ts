import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { parseConfig } from '../../../src/lint/config.js';
import { applyEdits, fixesFor, safeFixEdits } from '../../../src/lint/fixes.js';
import { ruleIds } from '../../../src/lint/rules/index.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';
import { servicesWithFiles } from '../memory-fs.js';

const vague = (diagnostics: readonly Diagnostic[]) => withCode(diagnostics, 'vague-language');

describe('vague-language', () => {
    test('fires once per occurrence, on the exact words, naming them and giving a plain alternative', async () => {
        const { text, ranges } = marked(`tender T {
    purpose "To deliver <|holistic|>, <|innovative|> and <|high quality|> support <|as appropriate|>, working in partnership <|going forward|>."
    service Support "Support" {
        description "A <|robust|>, person-centred offer, <|Robust|> again, delivered <|where possible|>."
    }
}`);
        const found = vague((await lint(text)).diagnostics);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.every(d => d.severity === 2)).toBe(true);
        expect(found[0].message).toBe('"holistic" is vague: say which needs the service meets together, and how.');
        expect(found[2].message).toBe('"high quality" cannot be measured: say what standard, e.g. rated good by the Care Quality Commission, or the outcomes expected.');
        expect(found[6].message).toMatch(/^"Robust" cannot be measured: /);
    });

    test('lands on the right characters through escapes and line breaks', async () => {
        const { text, ranges } = marked(`tender T {
    purpose "A \\"plan\\" that is \\\\ <|robust|>, and of <|high
        quality|> too"
}`);
        const found = vague((await lint(text)).diagnostics);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[1].message).toMatch(/^"high\n {8}quality" cannot be measured/);
    });

    test('matches whole words and phrases only, in any case', async () => {
        const { text, ranges } = marked(`tender T {
    purpose "Keyword robustness keys monkey; <|KEY|> and <|Key|> priorities; high-qualityish; <|high-quality|> care"
}`);
        expect(vague((await lint(text)).diagnostics).map(d => d.range)).toEqual(ranges);
    });

    test('never flags a term of art, nor a word inside one', async () => {
        const { diagnostics } = await lint(`tender T {
    purpose "Key workers and a key worker for each person; a lead provider; Housing First with flexible support for as long as the person needs it; social value; the most advantageous tender; reasonable adjustments; person-centred care; best value; key performance indicators; sufficient services; timely care planning; where regulated activity is delivered"
}`);
        expect(vague(diagnostics)).toEqual([]);
    });

    test('does not flag a qualifier followed by a number, unit or standard', async () => {
        const { text, ranges } = marked(`tender T {
    purpose "Regular visits every 4 weeks; a timely response within 2 working days; high quality, rated good by the CQC; adequate insurance of £5m; <|regular|> visits; a <|timely|> response. 4 weeks later"
}`);
        expect(vague((await lint(text)).diagnostics).map(d => d.range)).toEqual(ranges);
    });

    test('scans what the commissioner writes, not names, places or people\'s own words', async () => {
        const { text, ranges } = marked(`tender Holistic {
    title "<|Holistic|> support"
    buyer "Holistic Borough Council"
    cohort Adults {
        description "Adults with <|several|> needs"
        areas "Holistic Park"
        assets "<|Robust|> friendships"
        persona Sam {
            area "Holistic Park"
            story "Sam wanted holistic, innovative support"
            says "I want robust help going forward"
        }
    }
    outcome Settled "People are <|better|> housed" {
        indicator "Share with <|adequate|> housing"
        evidence "<|Regular|> checks"
    }
    lot A "<|Innovative|> lot"
    no-lots because "<|Going forward|> we will see"
    award-criteria {
        technical "<|Innovative|> approach" weight 100% { sub "<|Robust|> plans" weight 100% }
    }
    social-value {
        policy "Holistic Social Value Policy"
        requirement "<|Seamless|> apprenticeships"
    }
    participation { requirement "<|Appropriate|> experience" accreditation "<|Appropriate|> registration" }
    contract { review every 12 months "<|Regular|> review" }
    risk R "<|Several|> providers fail" { mitigation "<|Robust|> step-in" }
    engagement { providers "We <|liaised|> with providers" }
}
grant G "<|Innovative|> arts" { eligibility "<|Appropriate|> groups" buyer "Holistic Council" }`);
        expect(vague((await lint(text)).diagnostics).map(d => d.range)).toEqual(ranges);
    });

    test('vague.add flags a project\'s own words; vague.remove allows a word and all its forms', async () => {
        const { diagnostics } = await lint('tender T { purpose "We will utilise a wraparound offer and utilised tools; we are empowering people" }', {
            config: { vague: { add: [{ phrase: 'wraparound', suggestion: 'say which services come together' }, { phrase: 'tools' }], remove: ['utilise', 'Empowering'] } }
        });
        expect(vague(diagnostics).map(d => d.message)).toEqual([
            '"wraparound" is on this project\'s list of vague words: say which services come together.',
            '"tools" is on this project\'s list of vague words: say exactly what is meant.'
        ]);
    });

    describe('quick fixes', () => {
        test('a drop-in replacement is safe, keeps the capital, and the finding is gone', async () => {
            const source = 'tender T { purpose "Utilise the plan going forward." }';
            const { text, diagnostics, title } = await applyQuickFix(source, 'vague-language');
            expect(title).toBe('Replace "Utilise" with "Use"');
            expect(text).toBe('tender T { purpose "Use the plan going forward." }');
            expect(languageErrors(diagnostics)).toEqual([]);
            expect(vague(diagnostics).map(d => d.message)).toEqual(['"going forward" is a metaphor: say when (e.g. "from April 2027"), or leave it out.']);
            const { document, services } = await lint(source);
            // removing "going forward" changes what the tender commits to: the editor offers it, --fix does not apply it
            expect(applyEdits(document, safeFixEdits(services, document))).toBe('tender T { purpose "Use the plan going forward." }');
        });

        test('a plain-English swap that could change a meaning is offered in the editor, never applied in bulk', async () => {
            for (const [sentence, found, replacement] of [
                ['We will collaborate with providers.', 'collaborate with', 'work with'],
                ['We will facilitate the review.', 'facilitate', 'help'],
                ['We will initiate the review.', 'initiate', 'start']
            ]) {
                const first = await lint(`tender T { purpose "${sentence}" }`);
                const [finding] = vague(first.diagnostics);
                const [replace] = fixesFor(first.services, first.document, finding);
                expect(replace).toMatchObject({ title: `Replace "${found}" with "${replacement}"`, safe: false });
                expect(safeFixEdits(first.services, first.document)).toEqual([]);
            }
        });

        test('legal drafting is never flagged, and fix all changes nothing in it', async () => {
            const legal = 'The Provider shall ensure that all Staff comply with the Data Protection Act 2018 and shall, prior to the Commencement Date, '
                + 'commence the mobilisation plan in accordance with Schedule 3, subject to clause 12 and notwithstanding clause 14. '
                + 'The Provider shall use reasonable endeavours (and, where this Contract says so, best endeavours) to recover costs, '
                + 'and shall indemnify the Authority in respect of any loss; it warrants that, in the event that a sum remains outstanding, '
                + 'including but not limited to late payment, it will act reasonably and, for the avoidance of doubt, pursuant to clause 20.';
            const source = `tender T {
    purpose "${legal}"
    service Support "Support" { description "${legal} The Provider will utilise the Council's case management system." }
    participation { requirement "${legal}" }
    risk ProviderFailure "${legal}" { mitigation "${legal}" }
}`;
            const { document, services, diagnostics } = await lint(source);
            expect(vague(diagnostics).map(d => document.textDocument.getText(d.range))).toEqual(['utilise']);
            const fixed = applyEdits(document, safeFixEdits(services, document));
            expect(fixed).toBe(source.replace('will utilise', 'will use'));
        });

        test('removing a phrase keeps the sentence tidy; the file parses and the finding is gone', async () => {
            for (const [before, after] of [
                ['Support adults as appropriate, with care.', 'Support adults, with care.'],
                ['Support, where possible, in people\'s homes.', 'Support in people\'s homes.'],
                ['Where possible, visits are at home.', 'Visits are at home.'],
                ['Work in partnership going forward.', 'Work in partnership.']
            ]) {
                const source = `tender T { purpose "${before}" }`;
                const { text, diagnostics, title } = await applyQuickFix(source, 'vague-language', { fixIndex: 0 });
                expect(title).toMatch(/^Remove "/);
                expect(text).toBe(`tender T { purpose "${after}" }`);
                expect(languageErrors(diagnostics)).toEqual([]);
                expect(vague(diagnostics)).toEqual([]);
            }
        });

        test('"Allow" creates tender.config.json when there is none; with it the finding is gone', async () => {
            const first = await lint('tender T { purpose "A holistic offer" }');
            const [finding] = vague(first.diagnostics);
            const allow = fixesFor(first.services, first.document, finding).find(p => p.title === 'Allow "holistic" in this project')!;
            expect(allow.safe).toBe(false);
            expect(allow.edits).toEqual([]);
            expect(allow.otherFile).toMatchObject({ create: true });
            expect(allow.otherFile!.uri).toBe(first.document.uri.toString().replace(/tender\.tender$/, 'tender.config.json'));
            const written = allow.otherFile!.edits[0].newText;
            const config = parseConfig(written, 'tender.config.json', new Set(ruleIds));
            expect(config.problems).toEqual([]);
            const second = await lint('tender T { purpose "A holistic offer, holistically" }', { config: { vague: config.vague } });
            expect(vague(second.diagnostics)).toEqual([]);
        });

        test('"Allow" adds to the nearest existing tender.config.json, keeping what it holds', async () => {
            const folder = 'file:///memory/project';
            const { services } = await servicesWithFiles({
                [`${folder}/tender.config.json`]: '{\n    "rules": { "price-dominates": "off" },\n    "vague": { "remove": ["robust"] }\n}\n',
                [`${folder}/tenders/t.tender`]: 'tender T { purpose "A robust and holistic offer" }'
            });
            const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(`${folder}/tenders/t.tender`))!;
            const [finding] = vague(document.diagnostics ?? []);
            expect(finding.message).toMatch(/^"holistic"/);
            const allow = fixesFor(services, document, finding).find(p => p.title.startsWith('Allow'))!;
            expect(allow.otherFile).toMatchObject({ uri: `${folder}/tender.config.json`, create: false });
            expect(allow.otherFile!.edits[0].newText).toBe('{\n    "rules": {\n        "price-dominates": "off"\n    },\n    "vague": {\n        "remove": [\n            "robust",\n            "holistic"\n        ]\n    }\n}\n');
        });

        test('the editor gets a workspace edit that creates the config file', async () => {
            const first = await lint('tender T { purpose "A holistic offer" }');
            const [finding] = vague(first.diagnostics);
            const provider = first.services.lsp.CodeActionProvider!;
            const actions = await provider.getCodeActions(first.document, {
                textDocument: { uri: first.document.uri.toString() },
                range: finding.range,
                context: { diagnostics: [finding], only: ['quickfix'] }
            }) as CodeAction[];
            const allow = actions.find(a => a.title === 'Allow "holistic" in this project')!;
            const changes = allow.edit!.documentChanges!;
            expect(changes[0]).toMatchObject({ kind: 'create', uri: first.document.uri.toString().replace(/tender\.tender$/, 'tender.config.json') });
            expect(changes[1]).toMatchObject({ textDocument: { version: null } });
        });
    });
});

describe('vague-language: text in Word\'s curly quotes (language 1.1)', () => {
    test('is scanned like straight-quoted text, each finding on the exact words', async () => {
        const { text, ranges } = marked('tender T {\n    purpose “A <|holistic|> service for adults”\n}');
        const found = withCode((await lint(text)).diagnostics, 'vague-language');
        expect(found.map(d => d.range)).toEqual(ranges);
    });
});
