import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

async function assessment(source: string) {
    const { text, ranges } = marked(source);
    return { found: withCode((await lint(text)).diagnostics, 'assessment-method'), ranges };
}

const ASSESSMENT = 'assessment { scale 0 to 5 mark 0 "No answer" mark 5 "Full answer" price "Lowest price divided by the price, times 30" }';

describe('assessment-method', () => {
    test('award criteria with no assessment: a warning on the block', async () => {
        const { found, ranges } = await assessment('tender T {\n    <|award-criteria|> { technical "Quality" weight 70% price "Price" weight 30% }\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('The award criteria do not say how tenders are assessed: add assessment { scale 0 to 5; mark ...; price "..." }, and pass-mark or no-pass-marks (Procurement Act 2023 s23(3)(a)).');
    });

    test('an assessment that does not say whether failing a criterion disqualifies', async () => {
        const { found, ranges } = await assessment(`tender T { award-criteria { technical "Quality" weight 70% price "Price" weight 30% <|assessment|> { scale 0 to 5 price "formula" } } }`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('The assessment does not say whether failing a criterion disqualifies a tender: give a pass-mark on the criteria that do, or no-pass-marks (Procurement Act 2023 s23(3)(a)).');
    });

    test('quiet with a pass mark on a criterion or a sub-criterion, or with no-pass-marks', async () => {
        for (const criteria of [
            `technical "Quality" weight 70% pass-mark 2 price "Price" weight 30% ${ASSESSMENT}`,
            `technical "Quality" weight 70% { sub "Approach" weight 70% pass-mark 3 } price "Price" weight 30% ${ASSESSMENT}`,
            `technical "Quality" weight 70% price "Price" weight 30% ${ASSESSMENT.replace('assessment {', 'assessment { no-pass-marks')}`
        ]) {
            expect((await assessment(`tender T { award-criteria { ${criteria} } }`)).found, criteria).toEqual([]);
        }
    });

    test('a pass mark at either end of the scale is on it; one beyond either end fires on the pass mark', async () => {
        for (const mark of [0, 5]) {
            expect((await assessment(`tender T { award-criteria { technical "Q" weight 100% pass-mark ${mark} ${ASSESSMENT} } }`)).found, `${mark}`).toEqual([]);
        }
        const { found, ranges } = await assessment(`tender T { award-criteria { technical "Q" weight 100% pass-mark <|6|> ${ASSESSMENT} } }`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Pass mark 6 is outside the marking scale 0 to 5: no tender could reach it. Use a mark on the scale.');
        const low = await assessment(`tender T { award-criteria { technical "Q" weight 100% { sub "S" weight 100% pass-mark 1 } ${ASSESSMENT.replace('scale 0 to 5', 'scale 2 to 5')} } }`);
        expect(low.found[0].message).toBe('Pass mark 1 is outside the marking scale 2 to 5: no tender could fail it. Use a mark on the scale.');
    });

    test('no scale, or no price method with a price criterion: the same finding, said to be practice, not law', async () => {
        const { found } = await assessment('tender T { award-criteria { technical "Q" weight 70% price "P" weight 30% assessment { no-pass-marks } } }');
        expect(found.map(d => d.message)).toEqual([
            'The assessment has no marking scale (scale 0 to 5, with mark lines) and no price method (price "..."). Add it: this is good practice, not law, and lets bidders see how they will be marked.'
        ]);
        const noPrice = await assessment('tender T { award-criteria { technical "Q" weight 100% assessment { scale 0 to 4 no-pass-marks } } }');
        expect(noPrice.found, 'no price criterion: no price method needed').toEqual([]);
    });

    test('a lot\'s own criteria without an assessment take the tender\'s', async () => {
        const { found } = await assessment(`tender T {
    award-criteria { technical "Q" weight 100% pass-mark 2 ${ASSESSMENT} }
    lot A "A" { award-criteria { technical "Q" weight 100% pass-mark 2 } }
    lot B "B" { award-criteria { technical "Q" weight 100% pass-mark 7 } }
}`);
        expect(found.map(d => d.message)).toEqual(['Pass mark 7 is outside the marking scale 0 to 5: no tender could reach it. Use a mark on the scale.']);
    });

    test('quiet for an award-criteria block still empty, and without award criteria', async () => {
        expect((await assessment('tender T { award-criteria { } }')).found).toEqual([]);
        expect((await assessment('tender T { title "t" }')).found).toEqual([]);
    });
});
