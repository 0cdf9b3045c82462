import { describe, expect, test } from 'vitest';
import type { Vocabulary } from '../../src/lint/vague-matcher.js';
import { buildMatcher, DEFAULT_VOCABULARY, matcherFor, phraseKey } from '../../src/lint/vague-matcher.js';
import { removalOf } from '../../src/lint/rules/vague-language.js';

const words = (text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY) => buildMatcher(vocabulary).scan(text).map(m => m.text);

describe('the vague-language vocabulary', () => {
    test('is data with a source for every entry, and no phrase listed twice', () => {
        const keys = DEFAULT_VOCABULARY.phrases.map(p => phraseKey(p.phrase));
        expect(DEFAULT_VOCABULARY.phrases.length).toBeGreaterThan(100);
        expect(DEFAULT_VOCABULARY.phrases.every(p => p.source.length > 0 && p.suggestion.length > 0)).toBe(true);
        expect(DEFAULT_VOCABULARY.termsOfArt.every(t => t.source.length > 0)).toBe(true);
        expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
        // a drop-in replacement is what makes a fix safe, so there must be a replacement to drop in
        expect(DEFAULT_VOCABULARY.phrases.filter(p => p.dropIn && p.replacement === undefined)).toEqual([]);
    });

    test('covers the words of domain.md section 9 and the commissioner buzzwords', () => {
        const listed = new Set(DEFAULT_VOCABULARY.phrases.map(p => phraseKey(p.phrase)));
        for (const phrase of ['utilise', 'leverage', 'robust', 'going forward', 'in order to', 'commence', 'prior to', 'ensure',
            'in the event that', 'implement', 'comply with', 'facilitate', 'adequate number of', 'in respect of', 'adequate',
            'appropriate', 'where appropriate', 'reasonable', 'when necessary', 'efficient', 'flexible', 'seamless', 'several',
            'improved', 'better', 'faster', 'maximise', 'minimise', 'optimise', 'including but not limited to', 'etc.',
            'sufficient', 'timely', 'regular', 'as soon as possible', 'high quality', 'holistic', 'innovative', 'as appropriate',
            'where possible', 'world-class', 'best-in-class', 'key', 'empower', 'streamline', 'tackling', 'one-stop shop']) {
            expect(listed.has(phraseKey(phrase)), phrase).toBe(true);
        }
        const terms = new Set(DEFAULT_VOCABULARY.termsOfArt.map(t => phraseKey(t.phrase)));
        for (const term of ['most advantageous tender', 'key performance indicator', 'social value', 'light touch', 'reasonable steps',
            'proportionate', 'best value', 'person-centred care', 'reasonable adjustment', 'regulated activity', 'Housing First',
            'key worker', 'lead provider', 'value for money', 'fit and proper person', 'timely care planning', 'sufficient services']) {
            expect(terms.has(phraseKey(term)), term).toBe(true);
        }
    });
});

describe('the matcher', () => {
    test('prefers the longest phrase at a place, and a term of art over the words inside it', () => {
        expect(words('Act as appropriate and where appropriate, appropriately.')).toEqual(['as appropriate', 'where appropriate', 'appropriately']);
        expect(words('Our key worker, key workers and KEY WORKERS; key staff')).toEqual(['key']);
        expect(words('reasonable adjustments; a reasonable time')).toEqual(['reasonable']);
    });

    test('spans line breaks and hyphens inside a phrase', () => {
        expect(words('a high\n   quality and high-quality\tservice; going\nforward')).toEqual(['high\n   quality', 'high-quality', 'going\nforward']);
    });

    test('needs a number, unit or standard within four words in the same sentence to let a qualifier pass', () => {
        expect(words('regular visits every 4 weeks')).toEqual([]);
        expect(words('regular visits, weekly')).toEqual([]);
        expect(words('adequate cover of £5,000,000')).toEqual([]);
        expect(words('high quality as set out in Schedule 2')).toEqual([]);
        expect(words('high quality as defined by ISO 9001')).toEqual([]);
        expect(words('high quality support for people who need a lot of help, at 9001 places')).toEqual(['high quality']);
        expect(words('regular visits. 4 are needed')).toEqual(['regular']);
        // other kinds are flagged whatever follows
        expect(words('holistic support for 420 people')).toEqual(['holistic']);
    });

    test('is built once per configuration', () => {
        const vague = { add: [], remove: [] };
        expect(matcherFor(vague)).toBe(matcherFor(vague));
        expect(matcherFor({ add: [], remove: [] })).not.toBe(matcherFor(vague));
    });

    test('a project may flag a term of art on purpose, and allowing every phrase leaves nothing to find', () => {
        expect(buildMatcher(DEFAULT_VOCABULARY, { add: [{ phrase: 'key worker' }], remove: [] }).scan('a key worker').map(m => m.text)).toEqual(['key worker']);
        const none = buildMatcher({ measures: [], phrases: [{ phrase: 'robust', kind: 'qualifier', suggestion: 's', source: 's' }], termsOfArt: [] }, { add: [], remove: ['robust'] });
        expect(none.scan('robust')).toEqual([]);
    });

    test('escapes what it is given', () => {
        const vocabulary: Vocabulary = { measures: [], phrases: [{ phrase: 'a+b (c)', kind: 'buzzword', suggestion: 's', source: 's' }], termsOfArt: [] };
        expect(words('x a+b (c) y; aab c', vocabulary)).toEqual(['a+b (c)']);
    });

    test('scans in time proportional to the text', () => {
        const matcher = buildMatcher(DEFAULT_VOCABULARY);
        const sentence = 'Every person has one named key worker who agrees a plan with them and gets holistic, robust support where possible. ';
        const time = (text: string) => {
            const start = performance.now();
            for (let i = 0; i < 3; i++) matcher.scan(text);
            return (performance.now() - start) / 3;
        };
        time(sentence.repeat(1000)); // warm up the regular expression
        const small = time(sentence.repeat(2000));
        const large = time(sentence.repeat(16_000));
        expect(matcher.scan(sentence.repeat(16_000))).toHaveLength(48_000);
        // eight times the text: allow for noise, but not for quadratic growth (64 times)
        expect(large / Math.max(small, 0.5)).toBeLessThan(24);
    });
});

describe('removing a phrase', () => {
    const remove = (value: string, phrase: string) => {
        const start = value.indexOf(phrase);
        const r = removalOf(value, start, start + phrase.length);
        return value.slice(0, r.start) + r.text + value.slice(r.end);
    };

    test('keeps the sentence tidy wherever the phrase stands', () => {
        expect(remove('support, where possible, at home', 'where possible')).toBe('support at home');
        expect(remove('support adults as appropriate, with care', 'as appropriate')).toBe('support adults, with care');
        expect(remove('Where possible, visits are at home', 'Where possible')).toBe('Visits are at home');
        expect(remove('where possible visits are at home', 'where possible')).toBe('visits are at home');
        expect(remove('(where possible) at home', 'where possible')).toBe('() at home');
    });
});
