/**
 * What may be a name, read from the grammar's `Name` rule and the lexer: every keyword but the five
 * element keywords (language 1.1), and what the lexer reads as one identifier. Each answer is checked
 * against the parser itself, so the rule and the parser cannot drift apart.
 */
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { lint, newServices } from '../helpers.js';
import { NameRule } from '../../src/parser/names.js';

const services = newServices();
const names = new NameRule(() => services.Grammar, () => services.parser.Lexer);

/** Whether the parser takes `word` as a need's name and a reference to it. */
async function parsesAsName(word: string): Promise<boolean> {
    const { diagnostics } = await lint(`framework F { need ${word} "x" }\ntender T { cohort C { needs ${word} } }`);
    return !diagnostics.some(d => d.code === 'syntax-error' || d.severity === 1);
}

describe('NameRule', () => {
    test('the keywords that cannot be names are the five element keywords', () => {
        expect(names.reservedKeywords()).toEqual(['import', 'framework', 'market', 'tender', 'grant']);
    });

    test('every other keyword with a name\'s form is a name, and the parser agrees', async () => {
        const keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        const wordLike = [...keywords].filter(k => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && !names.reservedKeywords().includes(k));
        expect(wordLike.length).toBeGreaterThan(150);
        for (const keyword of wordLike) expect(names.check(keyword), keyword).toEqual({ ok: true });
        for (const keyword of ['region', 'value', 'outcome', 'lot', 'kpi']) expect(await parsesAsName(keyword), keyword).toBe(true);
    });

    test('refused: element keywords, and what is not one identifier', async () => {
        for (const element of ['import', 'framework', 'market', 'tender', 'grant']) {
            expect(names.check(element), element).toEqual({ ok: false, reason: 'reserved-keyword' });
            expect(await parsesAsName(element), element).toBe(false);
        }
        for (const bad of ['', ' x', 'x ', 'a b', '2x', 'contributes-to', 'a-b', 'a.b', 'x//c', 'x/*c*/', '"x"', '£1m', '12:00', '2027-01-01', '15%', 'é', '{']) {
            expect(names.check(bad), JSON.stringify(bad)).toEqual({ ok: false, reason: 'not-a-name' });
        }
    });

    test('identifiers are names, those that resemble keywords included', async () => {
        for (const name of ['SettledHome', '_x', 'x_1', 'Tender', 'tenders', 'grant_2027', 'UKF13', 'A']) {
            expect(names.check(name), name).toEqual({ ok: true });
        }
        expect(await parsesAsName('tenders')).toBe(true);
    });
});
