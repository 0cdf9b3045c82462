import { describe, expect, test } from 'vitest';
import { fixesFor } from '../../../src/lint/fixes.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

const OUTCOMES = `
    outcome SettledHome "People have a settled home"
    outcome Recovery "People recover from addiction"`;

describe('criterion-not-linked', () => {
    test('fires as info on the title of a technical sub-criterion that measures no outcome', async () => {
        const { text, ranges } = marked(`tender T {${OUTCOMES}
    award-criteria {
        technical "Quality" weight 70% {
            sub "Support built around each person" weight 40% measures SettledHome
            sub <|"Approach"|> weight 30%
        }
        price "Price" weight 30%
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'criterion-not-linked');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('Sub-criterion "Approach" measures no outcome: add measures with the outcomes it scores, so bids are judged on what changes for people.');
    });

    test('stays quiet on sub-criteria of social value, price and other criteria, and on one still without a title', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria {
        technical "Quality" weight 60% { sub weight 60% }
        social-value "Social value" weight 10% { sub "Local jobs" weight 10% }
        price "Price" weight 20% { sub "Whole-life cost" weight 20% }
        other "Other" weight 10% { sub "Presentation" weight 10% }
    }
}`);
        expect(withCode(diagnostics, 'criterion-not-linked')).toEqual([]);
    });

    test('offers each outcome, those no criterion measures yet first', async () => {
        const first = await lint(`tender T {${OUTCOMES}
    award-criteria { technical "Q" weight 100% { sub "A" weight 50% measures SettledHome sub "B" weight 50% } }
}`);
        const [finding] = withCode(first.diagnostics, 'criterion-not-linked');
        const titles = fixesFor(first.services, first.document, finding).map(p => p.title);
        expect(titles).toEqual(['Measure outcome Recovery', 'Measure outcome SettledHome']);
    });

    test('the fix adds measures; the file parses and the finding is gone', async () => {
        const source = `tender T {${OUTCOMES}
    award-criteria { technical "Q" weight 70% { sub "Approach" weight 70% } price "P" weight 30% }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'criterion-not-linked');
        expect(text).toContain('sub "Approach" weight 70% measures SettledHome }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'criterion-not-linked')).toEqual([]);
    });

    test('the fix goes after the title when the sub-criterion has no weight yet', async () => {
        const source = `tender T {${OUTCOMES}
    award-criteria { technical "Q" weight 70% { sub "Approach" } price "P" weight 30% }
}`;
        const { text, diagnostics } = await applyQuickFix(source, 'criterion-not-linked');
        expect(text).toContain('sub "Approach" measures SettledHome }');
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'criterion-not-linked')).toEqual([]);
    });
});
