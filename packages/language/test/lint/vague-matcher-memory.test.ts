import { describe, expect, test } from 'vitest';
import { buildMatcher, DEFAULT_VOCABULARY } from '../../src/lint/vague-matcher.js';

describe('the vague matcher remembers what it scanned', () => {
    test('the same text gives the same, unchangeable matches without a second scan', () => {
        const matcher = buildMatcher(DEFAULT_VOCABULARY);
        const text = 'A holistic service, robust where possible.';
        const first = matcher.scan(text);
        expect(first.map(m => m.text)).toEqual(['holistic', 'robust', 'where possible']);
        expect(matcher.scan(text)).toBe(first);
        expect(Object.isFrozen(first)).toBe(true);
    });

    test('stays right after forgetting: many distinct texts, then the first again', () => {
        const matcher = buildMatcher(DEFAULT_VOCABULARY);
        const first = matcher.scan('Text 0 is holistic.');
        for (let i = 1; i < 25_000; i++) {
            expect(matcher.scan(`Text ${i} is ${i % 2 ? 'holistic' : 'plain'}.`)).toHaveLength(i % 2);
        }
        const again = matcher.scan('Text 0 is holistic.');
        expect(again).not.toBe(first);
        expect(again).toEqual(first);
    });

    test('matchers of different configurations do not share what they remember', () => {
        const plain = buildMatcher(DEFAULT_VOCABULARY);
        const allowing = buildMatcher(DEFAULT_VOCABULARY, { add: [], remove: ['holistic'] });
        const text = 'A holistic service.';
        expect(plain.scan(text)).toHaveLength(1);
        expect(allowing.scan(text)).toHaveLength(0);
    });
});
