import { describe, expect, test } from 'vitest';
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST, GrammarUtils } from 'langium';
import { GRAMMAR_STRING_SOURCE, STRING_PATTERN, TenderTokenBuilder } from '../../src/parser/tender-token-builder.js';
import { newServices } from '../helpers.js';

function matchAt(pattern: RegExp, text: string): string | undefined {
    const sticky = new RegExp(pattern.source, 'y');
    return sticky.exec(text)?.[0];
}

describe('the text token', () => {
    test('the grammar still writes STRING as the pattern the builder replaces', () => {
        const grammar = newServices().Grammar;
        const terminal = grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === 'STRING') as GrammarAST.TerminalRule;
        expect(GrammarUtils.terminalRegex(terminal).source).toBe(GRAMMAR_STRING_SOURCE);
    });

    test('matches exactly what the grammar pattern matches', () => {
        const grammarPattern = new RegExp(GRAMMAR_STRING_SOURCE);
        const alphabet = ['"', '\\', 'a', ' ', '\n', '\r', 'é'];
        let seed = 12345;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let i = 0; i < 20_000; i++) {
            let text = '"';
            const length = Math.floor(random() * 12);
            for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
            expect(matchAt(STRING_PATTERN, text), JSON.stringify(text)).toBe(matchAt(grammarPattern, text));
        }
    });

    test('a text of several megabytes lexes as one token', () => {
        const services = newServices();
        const body = 'word '.repeat(2_000_000);
        const result = services.parser.Lexer.tokenize(`purpose "${body}" "\\"${body}\\\\"`);
        expect(result.errors).toEqual([]);
        expect(result.tokens.map(t => t.tokenType.name)).toEqual(['purpose', 'STRING', 'STRING']);
        expect(result.tokens[1].image.length).toBe(body.length + 2);
    });
});

describe('the keyword tokens', () => {
    test('each can be the start of the same terminals as with Langium\'s own lookup (LONGER_ALT)', () => {
        const grammar = newServices().Grammar;
        /** The builder with Langium's findLongerAlt, which makes each terminal's partial pattern again for every keyword. */
        class LangiumLongerAlt extends TenderTokenBuilder {
            protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
                return (DefaultTokenBuilder.prototype as unknown as { findLongerAlt(k: GrammarAST.Keyword, t: TokenType[]): TokenType[] }).findLongerAlt.call(this, keyword, terminalTokens);
            }
        }
        const shape = (tokens: unknown) => (tokens as TokenType[]).map(t => `${t.name} ${(t.LONGER_ALT as TokenType[] | undefined)?.map(a => a.name).join(',') ?? ''}`);
        const ours = shape(new TenderTokenBuilder().buildTokens(grammar));
        expect(ours).toEqual(shape(new LangiumLongerAlt().buildTokens(grammar)));
        expect(ours).toContain('value ID');
    });
});
