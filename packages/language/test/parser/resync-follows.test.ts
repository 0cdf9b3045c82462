/**
 * The error recovery's follow sets (src/parser/resync-follows.ts): made at their first use, and
 * the same as the ones Chevrotain makes while building a parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Rule, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LangiumParser } from 'langium';
import { createParser, LangiumParser as LangiumParserClass } from 'langium';
import { computeAllProdsFollows } from '../../src/parser/resync-follows.js';
import { createLinearLangiumParser } from '../../src/workspace/linear-parser.js';
import { EXAMPLES, newServices } from '../helpers.js';

interface Chevrotain {
    resyncFollows: Record<string, TokenType[]>;
    gastProductionsCache: Record<string, Rule>;
    recoveryEnabled: boolean;
}
const chevrotainOf = (parser: LangiumParser) => (parser as unknown as { wrapper: Chevrotain }).wrapper;
const names = (follows: Record<string, TokenType[]>) => Object.keys(follows).map(key => `${key}: ${follows[key].map(t => t.name).join(' ')}`);

/** Langium's own parser, built as Langium builds it: Chevrotain makes the follow sets then. */
function eagerParser(services: ReturnType<typeof newServices>): LangiumParser {
    const parser = new LangiumParserClass(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition as TokenTypeDictionary);
    parser.finalize();
    return parser;
}

describe('the follow sets of error recovery', () => {
    test('are the ones Chevrotain makes, key for key and token for token', () => {
        const services = newServices();
        const eager = chevrotainOf(eagerParser(services));
        const ours = chevrotainOf(services.parser.LangiumParser);
        expect(ours.recoveryEnabled).toBe(true);
        const expected = names(eager.resyncFollows);
        expect(expected.length).toBeGreaterThan(100);
        expect(names(computeAllProdsFollows(Object.values(eager.gastProductionsCache)))).toEqual(expected);
        // what the parser itself reads, made at the first look
        expect(names(ours.resyncFollows)).toEqual(expected);
    });

    test('recover from the same errors the same way', () => {
        const services = newServices();
        const ours = services.parser.LangiumParser;
        // the same parser, with the sets Chevrotain made up front
        const reference = createLinearLangiumParser(services);
        chevrotainOf(reference).resyncFollows = chevrotainOf(eagerParser(services)).resyncFollows;
        const texts = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.tender')).sort()
            .map(f => readFileSync(join(EXAMPLES, f), 'utf8'));
        let seed = 11;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        let errors = 0;
        for (const text of texts) {
            for (let i = 0; i < 10; i++) {
                const at = Math.floor(random() * text.length);
                // a few characters taken out, or a stray word put in: errors in the middle, where recovery re-syncs
                const broken = i % 2 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20)) : `${text.slice(0, at)} } oops ${text.slice(at)}`;
                const outcome = (parser: LangiumParser) => {
                    const result = parser.parse(broken);
                    return {
                        tree: JSON.stringify(result.value, (key, value: unknown) => (key.startsWith('$') && key !== '$type') || key.startsWith('_') || key === 'ref' ? undefined : value),
                        errors: result.parserErrors.map(e => `${e.token.startOffset}: ${e.message}`)
                    };
                };
                const got = outcome(ours);
                expect(got).toEqual(outcome(reference));
                errors += got.errors.length;
            }
        }
        expect(errors).toBeGreaterThan(50);
    });
});
