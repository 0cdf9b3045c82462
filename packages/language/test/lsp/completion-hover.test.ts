/**
 * Completion and hover through Langium's test helpers (no server process): the fast checks; the
 * same features over a real connection are in test/lsp/server.test.ts.
 */
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { expectCompletion, expectHover, parseDocument } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { keywordDoc, VALUE_LISTS } from '../../src/lsp/vocabulary.js';
import { FRAMEWORK } from '../helpers.js';

const services = createTenderServices(EmptyFileSystem).Tender;
const completion = expectCompletion(services);
const hover = expectHover(services);
const FOLDER = 'file:///workspace';
const inFolder = { documentUri: `${FOLDER}/tender.tender` };

beforeAll(async () => {
    await parseDocument(services, FRAMEWORK, { documentUri: `${FOLDER}/framework.tender` });
});

function labels(list: CompletionList): string[] {
    return list.items.map(i => i.label);
}

function item(list: CompletionList, label: string): CompletionItem {
    const found = list.items.find(i => i.label === label);
    if (!found) throw new Error(`no ${label} in ${labels(list).join(', ')}`);
    return found;
}

describe('completion', () => {
    test('the properties of an outcome, hyphenated ones whole', async () => {
        await completion({
            text: 'tender T {\n    outcome O "o" {\n        <|>\n    }\n}\n',
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['serves', 'contributes-to', 'indicator', 'baseline', 'target', 'evidence']));
                expect(item(list, 'contributes-to').kind).toBe(14); // Keyword
            },
            disposeAfterCheck: true
        });
    });

    test('a property that may be given once and already is, is not offered again', async () => {
        await completion({
            text: 'tender T {\n    title "x"\n    value £1m over 1 year\n    funding {\n    }\n    <|>\n    contract {\n    }\n}\n',
            index: 0,
            assert: list => {
                for (const given of ['title', 'value', 'funding', 'contract']) expect(labels(list)).not.toContain(given);
                for (const open of ['reference', 'cohort', 'outcome', 'timeline', 'risk']) expect(labels(list)).toContain(open);
            },
            disposeAfterCheck: true
        });
        await completion({
            text: 'tender T {\n    contract {\n        extension up-to 1 year\n        <|>\n    }\n}\n',
            index: 0,
            assert: list => {
                expect(labels(list)).not.toContain('extension');
                expect(labels(list)).toEqual(expect.arrayContaining(['duration', 'review', 'payment']));
            },
            disposeAfterCheck: true
        });
        // Retyping the one that is there still offers it.
        await completion({ text: 'tender T {\n    tit<|>le "x"\n}\n', index: 0, assert: list => expect(labels(list)).toContain('title'), disposeAfterCheck: true });
    });

    test('a half-typed hyphenated keyword is replaced as a whole', async () => {
        await completion({
            text: 'tender T {\n    collaboration {\n        joint-b<|>\n    }\n}\n',
            index: 0,
            assert: list => {
                const edit = item(list, 'joint-bids').textEdit as TextEdit;
                expect(edit.range.start).toEqual({ line: 2, character: 8 });
                expect(edit.range.end).toEqual({ line: 2, character: 15 });
                expect(labels(list)).not.toContain('bid-deadline');
            },
            disposeAfterCheck: true
        });
    });

    test('values of a list come as enum members with their meaning', async () => {
        await completion({
            text: 'tender T {\n    regime <|>\n}\n',
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(['standard', 'light-touch']);
                const lightTouch = item(list, 'light-touch');
                expect(lightTouch.kind).toBe(20); // EnumMember
                expect(lightTouch.detail).toBe('regime: The light touch regime for social, health and education services');
                expect(JSON.stringify(lightTouch.documentation)).toContain('domain.md 3.2');
            },
            disposeAfterCheck: true
        });
    });

    test('names from the imported framework, plain first, then qualified', async () => {
        await completion({
            text: 'import "framework.tender"\ntender T {\n    cohort C {\n        needs Homelessness, <|>\n    }\n}\n',
            index: 0,
            parseOptions: inFolder,
            assert: list => {
                const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
                const names = sorted.map(i => i.label);
                expect(names.indexOf('Employment')).toBeLessThan(names.indexOf('Anyborough.Employment'));
                // Already in the list: offered last.
                expect(names.indexOf('Homelessness')).toBeGreaterThan(names.indexOf('Anyborough.SocialIsolation'));
                expect(item(list, 'MentalHealth').detail).toBe('need MentalHealth — Mental ill-health, including anxiety, depression and paranoia');
            },
            disposeAfterCheck: true
        });
    });

    test('nothing inside a comment or a text', async () => {
        await completion({ text: 'tender T { // a comm<|>ent\n}\n', index: 0, expectedItems: [], disposeAfterCheck: true });
        await completion({ text: 'tender T {\n    title "Supp<|>ort"\n}\n', index: 0, expectedItems: [], disposeAfterCheck: true });
    });
});

describe('completion of the language 1.1 constructs', () => {
    const cases: readonly (readonly [string, string, readonly string[]])[] = [
        ['a tender', 'tender T {\n    <|>\n}\n', ['joint-buyer', 'region', 'reserved', 'suitable-for', 'capacity', 'requirement', 'kpi', 'no-kpis', 'framework-agreement', 'submission']],
        ['a lot', 'tender T {\n    lot L {\n        <|>\n    }\n}\n', ['region', 'cpv', 'kind', 'reserved', 'suitable-for', 'suppliers', 'capacity', 'kpi', 'contract', 'award-criteria']],
        ['a procedure block', 'tender T {\n    procedure competitive-flexible {\n        <|>\n    }\n}\n', ['negotiation', 'refine-criteria', 'shortlist', 'minimum-suppliers', 'rounds', 'justification']],
        ['a framework agreement', 'tender T {\n    framework-agreement {\n        <|>\n    }\n}\n', ['term', 'longer-term', 'suppliers', 'open', 'call-off', 'users', 'fee']],
        ['lot rules', 'tender T {\n    lots {\n        <|>\n    }\n}\n', ['max-per-bidder', 'max-awarded']],
        ['a contract', 'tender T {\n    contract {\n        <|>\n    }\n}\n', ['extension', 'reporting', 'tupe', 'terms', 'payment']],
        ['an engagement', 'tender T {\n    engagement {\n        <|>\n    }\n}\n', ['notice', 'no-notice']],
        ['a kpi', 'tender T {\n    kpi K "k" {\n        <|>\n    }\n}\n', ['indicator', 'target', 'reported']],
        ['a risk', 'tender T {\n    risk R "r" {\n        <|>\n    }\n}\n', ['internal']],
        ['a lot\'s suppliers', 'tender T {\n    lot L {\n        suppliers <|>\n    }\n}\n', ['single', 'up-to', 'unlimited']],
        ['a framework lot kind', 'tender T {\n    lot L {\n        kind <|>\n    }\n}\n', ['framework', 'contract']],
        ['a reservation', 'tender T {\n    reserved <|>\n}\n', ['supported-employment', 'public-service-mutual']],
        ['TUPE', 'tender T {\n    contract {\n        tupe <|>\n    }\n}\n', ['likely', 'unlikely', 'not-applicable']],
        ['a call-off method', 'tender T {\n    framework-agreement {\n        call-off <|>\n    }\n}\n', ['direct-award', 'competitive-selection']],
        ['documents', 'tender T {\n    submission {\n        documents <|>\n    }\n}\n', ['with-notice', 'later']]
    ];
    for (const [where, text, expected] of cases) {
        test(`inside ${where}`, async () => {
            await completion({ text, index: 0, assert: list => expect(labels(list)).toEqual(expect.arrayContaining([...expected])), disposeAfterCheck: true });
        });
    }

    test('where a name belongs, keywords are not proposed as names', async () => {
        await completion({ text: 'tender T {\n    cohort <|>\n}\n', index: 0, assert: list => expect(labels(list)).not.toContain('region'), disposeAfterCheck: true });
    });
});

describe('hover', () => {
    test('a need from the framework', async () => {
        await hover({
            text: 'import "framework.tender"\ntender T {\n    cohort C {\n        needs Home<|>lessness\n    }\n}\n',
            index: 0,
            parseOptions: inFolder,
            hover: /^\*\*need Homelessness — Homeless, sofa surfing or at risk of losing their home\*\*\n\nDeclared in \[framework\.tender\]\(file:\/\/\/workspace\/framework\.tender#L8\) line 8, in framework Anyborough\.(\n\n---\n\n.*)?$/s,
            disposeAfterCheck: true
        });
    });

    test('a lot value against the tender value, and a contribution', async () => {
        await hover({
            text: 'tender T {\n    value £2,400,000 over 5 years\n    lot L "l" {\n        value £1,1<|>00,000\n    }\n}\n',
            index: 0,
            hover: /^\*\*£1,100,000\*\* — 45\.8% of the tender value £2,400,000(\n|$)/,
            disposeAfterCheck: true
        });
        await hover({
            text: 'tender T {\n    value £2.4m\n    funding {\n        contributor "ICB" €6<|>00k\n    }\n}\n',
            index: 0,
            hover: /^\*\*€600,000\*\* — in a different currency from the tender value £2,400,000(\n|$)/,
            disposeAfterCheck: true
        });
    });

    test('an impossible date says why', async () => {
        await hover({ text: 'tender T {\n    issued 2027-02-<|>30\n}\n', index: 0, hover: '2027-02-30 is not a date: February 2027 has 28 days.', disposeAfterCheck: true });
    });

    test('a sub-criterion weight against its parent', async () => {
        await hover({
            text: 'tender T {\n    award-criteria {\n        technical "Quality" weight 60% {\n            sub "A" weight 2<|>0%\n            sub "B" weight 30%\n        }\n    }\n}\n',
            index: 0,
            hover: '**20%** of the 60% for "Quality" — the sub-criteria add up to 50%',
            disposeAfterCheck: true
        });
    });

    test('a target horizon that is not one of the three', async () => {
        await hover({
            text: 'tender T {\n    outcome O "o" {\n        target 1<|>8 months 40%\n    }\n}\n',
            index: 0,
            hover: '**18 months** = about 548 days — not one of the outcome horizons (6 months, 2 years, 5 years)',
            disposeAfterCheck: true
        });
    });
});

describe('vocabulary', () => {
    test('every keyword of the grammar is documented where it is used', () => {
        const missing: string[] = [];
        for (const keyword of AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)) {
            if (!/[a-z]/.test(keyword.value)) continue;
            const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
            if (rule?.name === 'Name') continue; // keywords that may be names
            if (!keywordDoc(rule?.name, keyword.value)) missing.push(`${rule?.name}: ${keyword.value}`);
        }
        expect(missing).toEqual([]);
    });

    test('every list of values in the grammar is known as one', () => {
        const lists = services.Grammar.rules
            .filter(GrammarAST.isParserRule)
            .filter(rule => GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.every(GrammarAST.isKeyword))
            .map(rule => rule.name)
            .sort();
        expect(lists).toEqual(Object.keys(VALUE_LISTS).sort());
    });
});
