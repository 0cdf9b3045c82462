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
        for (const phrase of ['utilise', 'leverage', 'robust', 'going forward', 'facilitate', 'adequate number of', 'adequate',
            'appropriate', 'where appropriate', 'reasonable', 'when necessary', 'efficient', 'flexible', 'seamless', 'several',
            'improved', 'better', 'faster', 'maximise', 'minimise', 'optimise', 'etc.',
            'sufficient', 'timely', 'regular', 'as soon as possible', 'high quality', 'holistic', 'innovative', 'as appropriate',
            'where possible', 'world-class', 'best-in-class', 'key', 'empower', 'streamline', 'tackling', 'one-stop shop',
            // found in real council notices and specifications (test/fixtures/vague-corpus)
            'promptly', 'proactive', 'meaningful', 'excellent', 'outstanding', 'bespoke', 'joined-up', 'as required', 'working towards',
            'various', 'range of', 'value-added', 'pivotal', 'at the heart of']) {
            expect(listed.has(phraseKey(phrase)), phrase).toBe(true);
        }
        // legal drafting and words that are wordy but never vague are left to the writer (docs/rules/vague-language.md)
        for (const phrase of ['comply with', 'ensure', 'prior to', 'commence', 'in the event that', 'in respect of', 'including but not limited to',
            'implement', 'in order to', 'and/or']) {
            expect(listed.has(phraseKey(phrase)), phrase).toBe(false);
        }
        const terms = new Set(DEFAULT_VOCABULARY.termsOfArt.map(t => phraseKey(t.phrase)));
        for (const term of ['most advantageous tender', 'key performance indicator', 'social value', 'light touch', 'reasonable steps',
            'proportionate', 'best value', 'person-centred care', 'reasonable adjustment', 'regulated activity', 'Housing First',
            'key worker', 'lead provider', 'value for money', 'fit and proper person', 'timely care planning', 'sufficient services']) {
            expect(terms.has(phraseKey(term)), term).toBe(true);
        }
        const legal = new Set(DEFAULT_VOCABULARY.termsOfArt.filter(t => t.legal).map(t => phraseKey(t.phrase)));
        for (const term of ['comply with', 'ensure', 'reasonable endeavours', 'best endeavours', 'indemnify', 'warrant', 'in accordance with',
            'prior to', 'subject to', 'notwithstanding', 'commencement', 'in the event that', 'in respect of', 'including but not limited to']) {
            expect(legal.has(phraseKey(term)), term).toBe(true);
        }
    });

    test('marks as safe only replacements that cannot change a contract\'s meaning', () => {
        expect(DEFAULT_VOCABULARY.phrases.filter(p => p.dropIn).map(p => p.phrase).sort())
            .toEqual(['utilise', 'utilised', 'utilises', 'utilising', 'utilize', 'utilized', 'utilizes', 'utilizing']);
    });
});

describe('the matcher', () => {
    test('prefers the longest phrase at a place, and a term of art over the words inside it', () => {
        expect(words('Act as appropriate and where appropriate, appropriately.')).toEqual(['as appropriate', 'where appropriate', 'appropriately']);
        expect(words('Our key worker, key workers and KEY WORKERS; key staff')).toEqual(['key']);
        expect(words('reasonable adjustments; reasonable endeavours; a reasonable level')).toEqual(['reasonable']);
    });

    test('spans line breaks and hyphens inside a phrase', () => {
        expect(words('a high\n   quality and high-quality\tservice; going\nforward')).toEqual(['high\n   quality', 'high-quality', 'going\nforward']);
    });

    test('finds phrases only where a word starts, after any character, and a project phrase that starts with punctuation', () => {
        // the scan tries the phrases only where a word starts: inside a word, after a hyphen or an
        // underscore, nothing is flagged; after letters beyond the Basic Multilingual Plane, as anywhere
        expect(words('reutilise pre-utilise x_utilise utilise2 𝒜utilise')).toEqual([]);
        expect(words('𝒜 utilise; (utilise) “utilise” 2 utilise')).toEqual(['utilise', 'utilise', 'utilise', 'utilise']);
        // a phrase that starts with a quote cannot be looked for at word starts alone: every place is tried
        const quoted = buildMatcher(DEFAULT_VOCABULARY, { add: [{ phrase: '\'world-class\'' }], remove: [] });
        expect(quoted.scan('a \'world-class\' service, a world-class one').map(m => [m.start, m.text])).toEqual([[2, '\'world-class\''], [27, 'world-class']]);
    });

    test('lets a qualifier pass only when a measure attaches to it', () => {
        expect(words('regular visits every 4 weeks')).toEqual([]);
        expect(words('regular visits, weekly')).toEqual([]);
        expect(words('adequate cover of £5,000,000')).toEqual([]);
        expect(words('high quality as set out in Schedule 2')).toEqual([]);
        expect(words('high quality as defined by ISO 9001')).toEqual([]);
        expect(words('a timely response within 5 working days')).toEqual([]);
        expect(words('high quality care to CQC standards')).toEqual([]);
        expect(words('regular contact at least 3 times a week')).toEqual([]);
        expect(words('a timely response, no later than 31 March 2027')).toEqual([]);
        expect(words('support available as required between 08:00 and 20:00')).toEqual([]);
        expect(words('short-term intensive (5 to 20 hours per week) support')).toEqual([]);
        expect(words('a well maintained home, to the Decent Homes Standard')).toEqual([]);
        // a number nearby is not a measure of the qualifier
        expect(words('get robust advice and support from one team')).toEqual(['robust']);
        expect(words('appropriate support for approx. 63 units')).toEqual(['appropriate']);
        expect(words('high quality support for people who need a lot of help, at 9001 places')).toEqual(['high quality']);
        expect(words('regular visits. 4 are needed')).toEqual(['regular']);
        expect(words('appropriate action to improve the health of residents')).toEqual(['appropriate']);
        expect(words('tailored flexible support delivered in accordance with needs of users')).toEqual(['flexible']);
        // other kinds are flagged whatever follows
        expect(words('holistic support for 420 people')).toEqual(['holistic']);
    });

    test('needs the kind of measure the qualifier lacks: a time, a frequency, an amount or a standard', () => {
        expect(words('regular visits for 12 months; flexible support for up to 2 years; a timely response every week')).toEqual(['regular', 'flexible', 'timely']);
        expect(words('regular visits every 2 weeks for 12 months; sufficient staff for 10 hours a day; a timely reply within 2 days')).toEqual([]);
        expect(words('high quality care within 2 weeks; high quality care, rated outstanding by Ofsted')).toEqual(['high quality']);
        // a span of times, a document that defines it, or a stated comparison measures any kind
        expect(words('flexible visits between 08:00 and 20:00; appropriate support as set out in the Specification; better than 2025')).toEqual([]);
    });

    test('does not flag a comparison with a stated object, an exact allocation, or a word of a name', () => {
        expect(words('Demand for advice rises faster than the contract can fund')).toEqual([]);
        expect(words('better value than the current contract')).toEqual([]);
        expect(words('a more enabling approach; a more flexible offer than the current one')).toEqual(['a more']);
        expect(words('Demand rises faster and faster')).toEqual(['faster', 'faster']);
        expect(words('6 units ring-fenced for standard support needs; £2m ring fenced for housing')).toEqual([]);
        expect(words('funding is ring-fenced for the service')).toEqual(['ring-fenced']);
        expect(words('one joined-up offer; a single joined-up service; joined-up working')).toEqual(['joined-up']);
        expect(words('As part of the Tackling Homelessness Transformation Programme, the council will buy 20 units')).toEqual([]);
        expect(words('Grants are managed through the Prevention and Innovation Fund for the county')).toEqual([]);
        expect(words('Tackling homelessness is our aim; Robust plans; a Robust plan')).toEqual(['Tackling', 'Robust', 'Robust']);
        // a heading in capitals throughout is not a name
        expect(words('Innovative Floating Support Service')).toEqual(['Innovative']);
    });

    test('never flags legal drafting', () => {
        expect(words('The Provider shall ensure that it complies with the Data Protection Act 2018 and shall comply with the Contract in accordance with '
            + 'Schedule 2, subject to clause 4 and notwithstanding clause 5, and shall use reasonable endeavours (or best endeavours where stated) '
            + 'to indemnify the Authority prior to the Commencement Date; the Supplier warrants that, in the event that a sum remains outstanding, '
            + 'in respect of any breach, including but not limited to late payment, it will act reasonably.')).toEqual([]);
        expect(words('as required by law, at the Authority\'s reasonable request and to its reasonable satisfaction, the Key Personnel '
            + 'and key personnel shall, to the best of their knowledge, protect vital interests, foster good relations and advance '
            + 'equality of opportunity')).toEqual([]);
        expect(words('Key Stage 2 pupils; a key decision; a home judged outstanding; to BREEAM Excellent standard')).toEqual([]);
    });

    test('flags the words of real council specifications', () => {
        expect(words('The Services are a pivotal and strategically aligned provision at the heart of the Strategy.'))
            .toEqual(['pivotal', 'strategically', 'at the heart of']);
        expect(words('Get robust advice and support from one team, promptly, with a proactive, bespoke and joined-up offer.'))
            .toEqual(['robust', 'promptly', 'proactive', 'bespoke', 'joined-up']);
        expect(words('A range of meaningful, excellent activities, as required, working towards value-added outcomes.'))
            .toEqual(['range of', 'meaningful', 'excellent', 'as required', 'working towards', 'value-added']);
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
        // The fastest of five runs: other processes on a loaded machine only ever add time.
        const time = (text: string) => {
            let best = Infinity;
            for (let i = 0; i < 5; i++) {
                const start = performance.now();
                matcher.scan(text);
                best = Math.min(best, performance.now() - start);
            }
            return best;
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
