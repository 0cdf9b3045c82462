import { describe, expect, test } from 'vitest';
import type { Inline } from '../../src/generate/content/blocks.js';
import { acceptedText, diffRuns, rejectedText, words } from '../../src/diff/word-diff.js';

/** `[-old-]{+new+}` notation, as `git diff --word-diff` writes it. */
function show(runs: readonly Inline[]): string {
    return runs.map(r => r.revision === 'inserted' ? `{+${r.text}+}` : r.revision === 'deleted' ? `[-${r.text}-]` : r.text).join('');
}

function wordDiff(before: string, after: string): string {
    return show(diffRuns([{ text: before }], [{ text: after }]).runs);
}

describe('words', () => {
    test('words, spaces as they are, punctuation apart at either end of a word', () => {
        expect(words('Tenders (all of them) must arrive by “Monday”.  Late ones: no.')).toEqual([
            'Tenders', ' ', '(', 'all', ' ', 'of', ' ', 'them', ')', ' ', 'must', ' ', 'arrive', ' ', 'by', ' ', '“', 'Monday', '”', '.', '  ',
            'Late', ' ', 'ones', ':', ' ', 'no', '.'
        ]);
        // Figures stay whole: a changed amount is one word.
        expect(words('£2,400,000 over 2.5 years, 35%')).toEqual(['£2,400,000', ' ', 'over', ' ', '2.5', ' ', 'years', ',', ' ', '35%']);
    });
});

describe('diffRuns', () => {
    test('a changed word, an inserted phrase (starting with its space), a changed stop', () => {
        expect(wordDiff('within 4 weeks of referral', 'within 6 weeks of referral')).toBe('within [-4-]{+6+} weeks of referral');
        expect(wordDiff('Price (30%)', 'Price and value for money (30%)')).toBe('Price{+ and value for money+} (30%)');
        expect(wordDiff('The outcomes.', 'The outcomes;')).toBe('The outcomes[-.-]{+;+}');
    });

    test('neighbouring changed words read as one change, not word by word', () => {
        expect(wordDiff('the quick brown fox', 'a slow brown fox')).toBe('[-the quick-]{+a slow+} brown fox');
    });

    test('accepting gives the new text and rejecting the old, whatever the edit', () => {
        const pairs = [
            ['', 'All new.'],
            ['All gone.', ''],
            ['A support plan within 10 working days.', 'A plan agreed with the person within 5 working days, in writing.'],
            ['one two three four five', 'five four three two one']
        ];
        for (const [before, after] of pairs) {
            const { runs } = diffRuns([{ text: before }], [{ text: after }]);
            expect(acceptedText(runs)).toBe(after);
            expect(rejectedText(runs)).toBe(before);
        }
    });

    test('emphasis counts: a word made strong is a change; unchanged styled text keeps its style', () => {
        const result = diffRuns([{ text: 'Sam, ' }, { text: '30', emphasis: true }], [{ text: 'Sam', strong: true }, { text: ', ' }, { text: '30', emphasis: true }]);
        expect(result.changed).toBe(true);
        expect(result.runs).toEqual([
            { text: 'Sam', revision: 'deleted' },
            { text: 'Sam', strong: true, revision: 'inserted' },
            { text: ', ' },
            { text: '30', emphasis: true }
        ]);
    });

    test('similarity: the share of words on both sides that stay', () => {
        expect(diffRuns([{ text: 'a b c d' }], [{ text: 'a b c d' }])).toMatchObject({ changed: false, similarity: 1 });
        expect(diffRuns([{ text: 'a b c d' }], [{ text: 'a b x y' }]).similarity).toBe(0.5);
        expect(diffRuns([{ text: 'a b' }], [{ text: 'x y' }]).similarity).toBe(0);
        expect(diffRuns([], []).similarity).toBe(1);
    });
});
