import { describe, expect, test } from 'vitest';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

async function frameworkTerm(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'framework-term'), ranges };
}

const framework = (body: string, before = '') => `tender T {\n${before}    framework-agreement {\n        ${body}\n        suppliers unlimited\n    }\n}\n`;

describe('framework-term', () => {
    test('4 years and a day without reasons fires on the term', async () => {
        const { found, ranges } = await frameworkTerm(framework('term <|1462 days|>'));
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('The framework\'s term of 1462 days is over the 4-year maximum: shorten it, or give the reasons a longer term is needed '
            + '(longer-term because "...") (Procurement Act 2023 s47(1)–(3)).');
    });

    test('exactly 4 years is quiet, however written', async () => {
        for (const term of ['4 years', '48 months', '1461 days']) {
            expect((await frameworkTerm(framework(`term ${term}`))).found, term).toEqual([]);
        }
        expect((await frameworkTerm(framework('term 49 months'))).found).toHaveLength(1);
        expect((await frameworkTerm(framework('term 5 years'))).found).toHaveLength(1);
    });

    test('with reasons for the longer term: quiet', async () => {
        expect((await frameworkTerm(framework('term 1462 days\n        longer-term because "Placements last up to 6 years"'))).found).toEqual([]);
        expect((await frameworkTerm(framework('term 8 years\n        longer-term because "Children stay until they are 18"'))).found).toEqual([]);
    });

    test('quiet for an open framework, a light touch framework and a private utility (s47(5))', async () => {
        expect((await frameworkTerm(framework('term 6 years\n        open'))).found).toEqual([]);
        expect((await frameworkTerm(framework('term 6 years', '    regime light-touch\n'))).found).toEqual([]);
        expect((await frameworkTerm(framework('term 6 years', '    buyer "Water plc" { type private-utility }\n'))).found).toEqual([]);
    });

    test('8 years for a utilities buyer (a public undertaking contracts only for utilities, s2(1)(b))', async () => {
        const utility = '    buyer "Harbour Authority" { type public-undertaking }\n';
        expect((await frameworkTerm(framework('term 8 years', utility))).found).toEqual([]);
        const { found } = await frameworkTerm(framework('term 9 years', utility));
        expect(found[0].message).toContain('over the 8-year maximum for a utilities framework');
    });

    test('the quick fix adds an empty longer-term because line to fill in; the text parses', async () => {
        const { text, diagnostics, title } = await applyQuickFix(framework('term 5 years'), 'framework-term');
        expect(title).toBe('Give the reasons for the longer term (fill them in)');
        expect(text).toContain('        suppliers unlimited\n        longer-term because ""\n    }');
        expect(languageErrors(diagnostics)).toEqual([]);
    });
});
