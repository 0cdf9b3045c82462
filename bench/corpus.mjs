/**
 * The vague-language corpus: sentences quoted from published UK council tender notices and
 * specifications, each labelled vague or precise by hand before the linter was run on them
 * (packages/language/test/fixtures/vague-corpus, SOURCES.md says how). One home for reading it
 * and for the two figures, shared by `npm run bench -- --only corpus` and the test that holds
 * the figures to their goals (packages/language/test/lint/vague-corpus.test.ts).
 *
 *   recall  = share of vague sentences with at least one vague-language finding
 *   silence = share of precise sentences with none
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'language', 'test', 'fixtures', 'vague-corpus', 'corpus.jsonl');

/** The goals of issue 12; the test fails more than `CORPUS_MARGIN` points below either. */
export const CORPUS_GOALS = { recall: 0.85, silence: 0.95 };
export const CORPUS_MARGIN = 0.02;

/** Every sentence of the corpus: { id, split: 'tune' | 'heldout' | 'fresh', label: 'vague' | 'precise', phrase?, text, source }. */
export function loadCorpus(file = CORPUS_FILE) {
    return readFileSync(file, 'utf8').split('\n').filter(line => line.trim() !== '').map(line => JSON.parse(line));
}

/**
 * Recall and silence of `scan` (text => findings) on the corpus, for each split and in all,
 * with the sentences it gets wrong.
 */
export function measureCorpus(sentences, scan) {
    const figures = split => {
        const chosen = split === 'all' ? sentences : sentences.filter(s => s.split === split);
        const vague = chosen.filter(s => s.label === 'vague');
        const precise = chosen.filter(s => s.label === 'precise');
        const missed = vague.filter(s => scan(s.text).length === 0);
        const flagged = precise.map(s => ({ ...s, found: scan(s.text).map(m => m.text) })).filter(s => s.found.length > 0);
        return {
            vague: vague.length,
            precise: precise.length,
            recall: vague.length ? (vague.length - missed.length) / vague.length : 1,
            silence: precise.length ? (precise.length - flagged.length) / precise.length : 1,
            missed,
            flagged
        };
    };
    return { tune: figures('tune'), heldout: figures('heldout'), fresh: figures('fresh'), all: figures('all') };
}

const percent = value => `${(value * 100).toFixed(1)}%`;

/** The figures as a small table, one line a split. */
export function describeCorpus(result) {
    const rows = ['split      vague  recall   precise  silence'];
    for (const split of ['tune', 'heldout', 'fresh', 'all']) {
        const r = result[split];
        rows.push(`${split.padEnd(9)} ${String(r.vague).padStart(6)}  ${percent(r.recall).padStart(6)}  ${String(r.precise).padStart(8)}  ${percent(r.silence).padStart(7)}`);
    }
    return rows.join('\n');
}
