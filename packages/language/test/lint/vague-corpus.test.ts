/**
 * vague-language on real text: sentences quoted from published UK council tender notices and
 * specifications, labelled vague or precise by hand before the linter was run on them
 * (test/fixtures/vague-corpus/SOURCES.md). The goals of issue 12 are that at least 85% of the
 * vague sentences get a finding (recall) and at least 95% of the precise ones get none (silence);
 * this test fails when either figure, on the tuning split or on the whole corpus, drops more than 2
 * points below its goal. The held-out split (every 5th sentence, not read while the vocabulary was
 * tuned) is small: one sentence moves it by almost 3 points, so it is allowed two sentences more;
 * so is the fresh split, gathered after the tuning was done and labelled before it was measured.
 * `npm run bench -- --only corpus` prints the same figures.
 */
import { describe, expect, test } from 'vitest';
// @ts-expect-error a plain JavaScript module shared with the benchmark
import { CORPUS_GOALS, CORPUS_MARGIN, describeCorpus, loadCorpus, measureCorpus } from '../../../../bench/corpus.mjs';
import { buildMatcher, DEFAULT_VOCABULARY } from '../../src/lint/vague-matcher.js';
import { lint, withCode } from '../helpers.js';

interface Sentence { id: number; split: 'tune' | 'heldout' | 'fresh'; label: 'vague' | 'precise'; phrase?: string; text: string; source: string }
interface Figures { vague: number; precise: number; recall: number; silence: number; missed: Sentence[]; flagged: Array<Sentence & { found: string[] }> }

const corpus = loadCorpus() as Sentence[];
const matcher = buildMatcher(DEFAULT_VOCABULARY);
const result = measureCorpus(corpus, (text: string) => matcher.scan(text)) as Record<'tune' | 'heldout' | 'fresh' | 'all', Figures>;

describe('the vague-language corpus', () => {
    test('holds at least 150 vague and 150 precise sentences, each with its source, and a held-out split', () => {
        expect(corpus.filter(s => s.label === 'vague').length).toBeGreaterThanOrEqual(150);
        expect(corpus.filter(s => s.label === 'precise').length).toBeGreaterThanOrEqual(150);
        expect(corpus.every(s => /^https?:\/\//.test(s.source) && s.text.trim().length > 0)).toBe(true);
        expect(corpus.filter(s => s.label === 'vague').every(s => s.phrase && s.text.toLowerCase().includes(s.phrase.toLowerCase()))).toBe(true);
        const first = corpus.filter(s => s.split !== 'fresh');
        expect(first.filter(s => s.split === 'heldout').map(s => s.id)).toEqual(first.filter(s => s.id % 5 === 0).map(s => s.id));
    });

    for (const split of ['tune', 'all', 'heldout', 'fresh'] as const) {
        test(`on ${split === 'all' ? 'the whole corpus' : `the ${split} split`}, recall and silence are within ${CORPUS_MARGIN * 100} points of the goals`, () => {
            const figures = result[split];
            const noise = (n: number) => split === 'heldout' || split === 'fresh' ? 2 / n : 0;
            const detail = [
                describeCorpus(result),
                'missed:', ...figures.missed.map(s => `  ${s.id} ${s.phrase}: ${s.text}`),
                'flagged:', ...figures.flagged.map(s => `  ${s.id} ${s.found.join(', ')}: ${s.text}`)
            ].join('\n');
            expect(figures.recall, detail).toBeGreaterThanOrEqual(CORPUS_GOALS.recall - CORPUS_MARGIN - noise(figures.vague));
            expect(figures.silence, detail).toBeGreaterThanOrEqual(CORPUS_GOALS.silence - CORPUS_MARGIN - noise(figures.precise));
        });
    }

    test('the rule finds what the matcher finds, in a tender', async () => {
        // a sample of the corpus, as service descriptions: the rule reports every match of the matcher
        const sample = corpus.filter((_, i) => i % 7 === 0);
        const services = sample.map((s, i) => `    service S${i} "Service" { description "${s.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" }`).join('\n');
        const { diagnostics } = await lint(`tender T {\n${services}\n}`);
        const expected = sample.reduce((n, s) => n + matcher.scan(s.text).length, 0);
        expect(withCode(diagnostics, 'vague-language')).toHaveLength(expected);
    });
});
