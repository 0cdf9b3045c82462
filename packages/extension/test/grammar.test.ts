/**
 * The TextMate grammar VS Code colours tenders with (written by scripts/bundle.mjs through
 * scripts/editor-grammar.mjs from Langium's and the Tender grammar), tokenised as VS Code does:
 * vscode-textmate with the Oniguruma engine VS Code uses. A sample with every token kind of
 * language 1.1: hyphenated keywords whole, declared names (keywords as names too), texts in straight
 * and curly quotes, comments, dates, times of day, money, percentages, numbers and durations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { EXTENSION_ROOT } from './vsix.js';

const GRAMMAR_PATH = join(EXTENSION_ROOT, 'syntaxes', 'tender-vscode.tmLanguage.json');
const ROOT = 'source.tender';

let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async (scopeName: string) => scopeName === ROOT ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null
    });
    const loaded = await registry.loadGrammar(ROOT);
    if (!loaded) throw new Error(`${GRAMMAR_PATH} did not load`);
    grammar = loaded;
});

/** Each token of the text that has a scope of its own, as [text, innermost scope], whitespace left out. */
function tokens(text: string): [string, string][] {
    const found: [string, string][] = [];
    let state = textmate.INITIAL;
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            const part = line.slice(token.startIndex, token.endIndex);
            const scope = token.scopes[token.scopes.length - 1];
            if (part.trim() === '' || scope === ROOT) continue;
            found.push([part, scope]);
        }
        state = result.ruleStack;
    }
    return found;
}

/** The scope of every token that reads `text` exactly. */
function scopesOf(all: [string, string][], text: string): string[] {
    return all.filter(([part]) => part === text).map(([, scope]) => scope);
}

const KEYWORD = 'keyword.control.tender';
const NAME = 'entity.name.type.tender';

describe('the editor grammar', () => {
    it('is the one package.json names, for source.tender', () => {
        const manifest = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { path: string; scopeName: string }[] } };
        expect(manifest.contributes.grammars).toEqual([{ language: 'tender', scopeName: 'source.tender', path: './syntaxes/tender-vscode.tmLanguage.json' }]);
        expect(grammar.tokenizeLine('', textmate.INITIAL).tokens[0].scopes[0]).toBe(ROOT);
    });

    it('colours every token kind of a tender that uses them all', () => {
        const sample = `import "framework.tender"   // names declared there become visible here

/* A sample with every token kind */
framework Place {
    need region "Lives somewhere without services"
    need Housing “Homeless, in Word’s quotes”
}

tender SupportForAdults {
    title "Support for \\"adults\\" facing multiple disadvantage"
    value £2,400,000 over 5 years excluding-vat £2,000,000
    cohort people { size 1,200 people per year needs region, Housing }
    outcome SettledHome "People have a settled home" {
        serves people
        baseline 18% in 2026
        target 6 months 30%
        target 2 years 12.5%
    }
    lot lot_1 "Outreach" { value £2.4m region "UKF13" cpv "85311000" "Social work services" }
    funding { contributor "ICB" €950k contributor "Trust" $3bn }
    award-criteria { price "Price" weight 30% }
    timeline {
        publish 2027-03-01
        bid-deadline 2027-04-19 12:00
        contract-start 2027-10-01 09:30
    }
    contract { duration 1 year extension 6 weeks }
}
`;
        const all = tokens(sample);
        // Comments, texts (escapes inside), curly-quoted texts.
        expect(all.filter(([part]) => part.includes('names declared there')).map(([, scope]) => scope)).toEqual(['comment.line.tender']);
        expect(all.some(([part, scope]) => part.includes('A sample with every token kind') && scope === 'comment.block.tender')).toBe(true);
        expect(scopesOf(all, '"framework.tender"').length + scopesOf(all, 'framework.tender').length).toBeGreaterThan(0);
        expect(all.filter(([, scope]) => scope === 'constant.character.escape.tender').map(([part]) => part)).toEqual(['\\"', '\\"']);
        expect(all.some(([part, scope]) => part.includes('Homeless, in Word’s quotes') && scope === 'string.quoted.delimiter.tender')).toBe(true);
        // Keywords, hyphenated ones whole.
        for (const keyword of ['import', 'title', 'value', 'over', 'excluding-vat', 'award-criteria', 'bid-deadline', 'contract-start', 'weight', 'serves']) {
            expect(scopesOf(all, keyword), keyword).toContain(KEYWORD);
        }
        // Declared names, a keyword used as a name included; the declaring keyword stays a keyword.
        for (const name of ['Place', 'SupportForAdults', 'SettledHome', 'lot_1']) expect(scopesOf(all, name), name).toEqual([NAME]);
        expect(all).toContainEqual(['need', KEYWORD]);
        expect(all).toContainEqual(['region', NAME]);
        expect(all).toContainEqual(['people', NAME]);
        expect(scopesOf(all, 'Housing')[0]).toBe(NAME);
        // Values: each kind its own scope.
        expect(scopesOf(all, '£2,400,000')).toEqual(['constant.numeric.money.tender']);
        expect(scopesOf(all, '£2,000,000')).toEqual(['constant.numeric.money.tender']);
        expect(scopesOf(all, '£2.4m')).toEqual(['constant.numeric.money.tender']);
        expect(scopesOf(all, '€950k')).toEqual(['constant.numeric.money.tender']);
        expect(scopesOf(all, '$3bn')).toEqual(['constant.numeric.money.tender']);
        expect(scopesOf(all, '18%')).toEqual(['constant.numeric.percent.tender']);
        expect(scopesOf(all, '12.5%')).toEqual(['constant.numeric.percent.tender']);
        expect(scopesOf(all, '2027-03-01')).toEqual(['constant.numeric.date.tender']);
        expect(scopesOf(all, '2027-04-19')).toEqual(['constant.numeric.date.tender']);
        expect(scopesOf(all, '12:00')).toEqual(['constant.numeric.time.tender']);
        expect(scopesOf(all, '09:30')).toEqual(['constant.numeric.time.tender']);
        for (const duration of ['5 years', '6 months', '2 years', '1 year', '6 weeks']) {
            expect(scopesOf(all, duration), duration).toEqual(['constant.numeric.duration.tender']);
        }
        expect(scopesOf(all, '1,200')).toEqual(['constant.numeric.tender']);
        expect(scopesOf(all, '2026')).toEqual(['constant.numeric.tender']);
        // Codes are texts: a region or CPV code is written in quotes.
        expect(scopesOf(all, 'UKF13').concat(scopesOf(all, '"UKF13"'))).not.toContain('constant.numeric.tender');
        // Nothing is left without a scope but punctuation and a reference's name (coloured by the
        // server's semantic tokens; a reference that is also a keyword, `needs region`, looks like one until then).
        expect(tokenize_unscoped(sample).join(' ').match(/[^\s{},.]+/g)).toEqual(['Housing']);
        expect(all.filter(([part]) => part === 'region' || part === 'people').map(([, scope]) => scope)).toEqual([NAME, NAME, KEYWORD, KEYWORD, KEYWORD, KEYWORD]);
    });

    it('keeps numbers and keywords out of names, and hyphenated keywords whole', () => {
        expect(tokens('    lot lot_12 "x" { services Open_Access, PlanForAward, Service2027 }').filter(([, s]) => s !== 'string.quoted.double.tender'))
            .toEqual([['lot', KEYWORD], ['lot_12', NAME], ['services', KEYWORD]]);
        expect(tokens('minimum-turnover £6,000,000')).toEqual([['minimum-turnover', KEYWORD], ['£6,000,000', 'constant.numeric.money.tender']]);
        expect(tokens('joint-bids not-accepted')).toEqual([['joint-bids', KEYWORD], ['not-accepted', KEYWORD]]);
        expect(tokens('contributes-to SettledAccommodation')).toEqual([['contributes-to', KEYWORD]]);
        // `framework-agreement` is one keyword, not the element keyword `framework` declaring `-agreement`.
        expect(tokens('    framework-agreement { term 4 years }')).toEqual([['framework-agreement', KEYWORD], ['term', KEYWORD], ['4 years', 'constant.numeric.duration.tender']]);
        // A time only where the lexer reads one: two digits, a colon, two digits, then no digit or colon.
        expect(tokens('bid-deadline 2027-04-19 12:00:30')).toEqual([['bid-deadline', KEYWORD], ['2027-04-19', 'constant.numeric.date.tender'], ['12', 'constant.numeric.tender'], ['00:30', 'constant.numeric.time.tender']]);
        expect(tokens('publish 2027-04-19 9:30')).toEqual([['publish', KEYWORD], ['2027-04-19', 'constant.numeric.date.tender'], ['9', 'constant.numeric.tender'], ['30', 'constant.numeric.tender']]);
    });
});

/** The text of the tokens that carry only the root scope (apart from whitespace). */
function tokenize_unscoped(text: string): string[] {
    const found: string[] = [];
    let state = textmate.INITIAL;
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            const part = line.slice(token.startIndex, token.endIndex).trim();
            if (part !== '' && token.scopes.length === 1) found.push(part);
        }
        state = result.ruleStack;
    }
    return found;
}
