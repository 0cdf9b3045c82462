/**
 * The parser's lookahead (src/parser/lookahead.ts): worked out for each decision at its first use,
 * and choosing exactly as Langium's own. The tests run the sources in development mode, so
 * building the parser here also runs Chevrotain's grammar checks (ambiguities, left recursion,
 * empty alternatives): a grammar change that breaks them fails here, though the shipped command
 * and server, built in production mode, skip them at start-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LangiumParser } from 'langium';
import { LazyLLStarLookaheadStrategy } from '../../src/parser/lookahead.js';
import { createLinearLangiumParser } from '../../src/workspace/linear-parser.js';
import { EXAMPLES, newServices } from '../helpers.js';

interface ParserInternals {
    wrapper: { lookaheadStrategy: unknown; skipValidations: boolean };
}

const examples = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.tender')).sort()
    .map(f => readFileSync(join(EXAMPLES, f), 'utf8'));

/** Each example whole, and cut short and with a few characters taken out, which puts the parser's recovery to work. */
function texts(): string[] {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const result: string[] = [];
    for (const text of examples) {
        result.push(text);
        for (let i = 0; i < 12; i++) {
            const at = Math.floor(random() * text.length);
            result.push(text.slice(0, at), text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 30))));
        }
    }
    return result;
}

const outcome = (parser: LangiumParser, text: string) => {
    const result = parser.parse(text);
    const tree = JSON.stringify(result.value, (key, value: unknown) => (key.startsWith('$') && key !== '$type') || key.startsWith('_') || key === 'ref' ? undefined : value);
    return { tree, errors: result.parserErrors.map(e => `${e.token.startOffset}: ${e.message}`) };
};

describe('the parser\'s lookahead', () => {
    test('the grammar passes Chevrotain\'s checks, which the tests run (development mode)', () => {
        const services = newServices();
        expect(services.LanguageMetaData.mode).toBe('development');
        const parser = services.parser.LangiumParser as unknown as ParserInternals;
        expect(parser.wrapper.skipValidations).toBe(false);
        expect(parser.wrapper.lookaheadStrategy).toBeInstanceOf(LazyLLStarLookaheadStrategy);
    });

    test('chooses as Langium\'s own lookahead on every example, whole and broken', () => {
        const services = newServices();
        const parser = services.parser.LangiumParser;
        // Langium's parser with its default configuration (chevrotain-allstar's strategy, built up front)
        const reference = createLinearLangiumParser(Object.create(services, {
            parser: { value: Object.create(services.parser, { ParserConfig: { value: {} } }) }
        }));
        expect((reference as unknown as ParserInternals).wrapper.lookaheadStrategy).not.toBeInstanceOf(LazyLLStarLookaheadStrategy);
        const all = texts();
        expect(all.length).toBeGreaterThan(100);
        let errors = 0;
        for (const text of all) {
            const ours = outcome(parser, text);
            expect(ours).toEqual(outcome(reference, text));
            errors += ours.errors.length;
        }
        expect(errors).toBeGreaterThan(0);
    });

    test('each parser has a strategy of its own', () => {
        const services = newServices();
        const config = services.parser.ParserConfig!;
        expect(config.lookaheadStrategy).not.toBe(config.lookaheadStrategy);
    });
});
