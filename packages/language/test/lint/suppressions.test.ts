/**
 * Inline suppression comments: `// tender-disable-next-line <ids> -- why` and
 * `/* tender-disable <ids> *\/ ... /* tender-enable <ids> *\/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyEdits, safeFixEdits } from '../../src/lint/fixes.js';
import { UNUSED_SUPPRESSION } from '../../src/lint/linter.js';
import { languageErrors, lint, marked, REPO_ROOT, withCode } from '../helpers.js';

const UNMITIGATED = (name: string) => `risk ${name} "It goes wrong" { likelihood high }`;

async function lintResult(text: string) {
    const { document, services, diagnostics } = await lint(text);
    return { document, services, diagnostics, result: services.lint.Linter.lint(document) };
}

describe('inline suppression', () => {
    test('disable-next-line silences the rule on the next line only', async () => {
        const { text, ranges } = marked(`tender T {
    // tender-disable-next-line risk-mitigation
    ${UNMITIGATED('Silenced')}
    risk <|Reported|> "It goes wrong" { likelihood high }
}`);
        const { diagnostics } = await lint(text);
        expect(withCode(diagnostics, 'risk-mitigation').map(d => d.range)).toEqual(ranges);
        expect(withCode(diagnostics, UNUSED_SUPPRESSION)).toEqual([]);
    });

    test('disable-next-line names only the rules it lists: other rules on that line still report', async () => {
        const { diagnostics } = await lint(`tender T {
    // tender-disable-next-line outcome-baseline
    outcome A "a" { indicator "Share of the cohort in work" target 2 years 40% }
}`);
        expect(withCode(diagnostics, 'outcome-baseline')).toEqual([]);
        expect(withCode(diagnostics, 'unserved-outcome')).toHaveLength(1);
    });

    test('several rule ids, separated by commas or spaces', async () => {
        const { diagnostics } = await lint(`tender T {
    // tender-disable-next-line outcome-baseline, unserved-outcome outcome-horizons
    outcome A "a" { indicator "Share of the cohort in work" target 2 years 40% }
}`);
        expect(withCode(diagnostics, 'outcome-baseline')).toEqual([]);
        expect(withCode(diagnostics, 'unserved-outcome')).toEqual([]);
        expect(withCode(diagnostics, 'outcome-horizons')).toEqual([]);
    });

    test('with no rule id, a comment silences every rule on the next line', async () => {
        const { diagnostics } = await lint(`tender T {
    // tender-disable-next-line -- drafted with the board, measures to follow
    outcome A "a"
}`);
        for (const rule of ['outcome-baseline', 'unserved-outcome', 'unmeasurable-outcome', 'service-level-outcome']) {
            expect(withCode(diagnostics, rule), rule).toEqual([]);
        }
        expect(withCode(diagnostics, UNUSED_SUPPRESSION)).toEqual([]);
    });

    test('a block comment works for the next line too', async () => {
        const { diagnostics } = await lint(`tender T {
    /* tender-disable-next-line risk-mitigation */
    ${UNMITIGATED('R')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation')).toEqual([]);
    });

    test('a region silences the rule between disable and enable, and not after', async () => {
        const { text, ranges } = marked(`tender T {
    /* tender-disable risk-mitigation */
    ${UNMITIGATED('A')}
    ${UNMITIGATED('B')}
    /* tender-enable risk-mitigation */
    risk <|C|> "It goes wrong" { likelihood high }
}`);
        const { diagnostics } = await lint(text);
        expect(withCode(diagnostics, 'risk-mitigation').map(d => d.range)).toEqual(ranges);
    });

    test('a region never enabled again runs to the end of the file', async () => {
        const { diagnostics } = await lint(`tender T {
    /* tender-disable risk-mitigation */
    ${UNMITIGATED('A')}
}
tender U {
    ${UNMITIGATED('B')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation')).toEqual([]);
    });

    test('a region with no rule id silences every rule; other rules outside it still report', async () => {
        const { diagnostics } = await lint(`tender T {
    /* tender-disable -- legacy section, reviewed in 2026 */
    ${UNMITIGATED('A')}
    contract { duration 3 years }
    /* tender-enable */
    ${UNMITIGATED('B')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation')).toHaveLength(1);
        expect(withCode(diagnostics, 'contract-review')).toEqual([]);
    });

    test('an enable with no rule id ends every open region, as in ESLint', async () => {
        const { text, ranges } = marked(`tender T {
    /* tender-disable risk-mitigation */
    /* tender-disable contract-review */
    ${UNMITIGATED('A')}
    contract { duration 1 year }
    /* tender-enable */
    risk <|B|> "It goes wrong" { likelihood high }
}`);
        const { diagnostics } = await lint(text);
        expect(withCode(diagnostics, 'risk-mitigation').map(d => d.range)).toEqual(ranges);
        expect(withCode(diagnostics, UNUSED_SUPPRESSION)).toEqual([]);
    });

    test('an enable matches its disable whatever the order of the ids, and may name several regions\' rules at once', async () => {
        const { diagnostics } = await lint(`tender T {
    /* tender-disable risk-mitigation, contract-review */
    ${UNMITIGATED('A')}
    contract { duration 1 year }
    /* tender-enable contract-review, risk-mitigation */
    ${UNMITIGATED('B')}
}
tender U {
    /* tender-disable risk-mitigation */
    /* tender-disable contract-review */
    ${UNMITIGATED('C')}
    contract { duration 1 year }
    /* tender-enable risk-mitigation contract-review */
    ${UNMITIGATED('D')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation').map(d => d.message.split(' ')[1])).toEqual(['B', 'D']);
        expect(withCode(diagnostics, 'contract-review')).toEqual([]);
    });

    test('the justification after -- is kept with the silenced finding', async () => {
        const { result } = await lintResult(`tender T {
    // tender-disable-next-line risk-mitigation -- covered by the council's corporate risk register, item 14
    ${UNMITIGATED('R')}
    /* tender-disable contract-review -- reviews are in the framework agreement */
    contract { duration 3 years }
    /* tender-enable contract-review */
}`);
        const silenced = result.findings.filter(f => f.suppression);
        expect(silenced.map(f => [f.ruleId, f.suppression])).toEqual([
            ['risk-mitigation', { kind: 'next-line', justification: 'covered by the council\'s corporate risk register, item 14' }],
            ['contract-review', { kind: 'region', justification: 'reviews are in the framework agreement' }]
        ]);
    });

    test('a suppression that silences nothing is reported as info, on the comment, with code unused-suppression', async () => {
        const { text, ranges } = marked(`tender T {
    <|// tender-disable-next-line risk-mitigation|>
    risk R "It goes wrong" { mitigation "Step-in arrangements" }
    <|/* tender-disable contract-review */|>
    title "t"
    /* tender-enable contract-review */
}`);
        const { diagnostics } = await lint(text);
        const unused = withCode(diagnostics, UNUSED_SUPPRESSION);
        expect(unused.map(d => d.range)).toEqual(ranges);
        expect(unused.map(d => d.severity)).toEqual([3, 3]);
        expect(unused.map(d => d.message)).toEqual([
            'This suppression of risk-mitigation silences nothing: remove it.',
            'This suppression of contract-review silences nothing: remove it.'
        ]);
    });

    test('text that looks like a directive inside a string is not one', async () => {
        const { diagnostics } = await lint(`tender T {
    title "// tender-disable-next-line risk-mitigation"
    ${UNMITIGATED('R')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation')).toHaveLength(1);
        expect(withCode(diagnostics, UNUSED_SUPPRESSION)).toEqual([]);
    });

    test('a directive must be the whole comment: one mentioned in passing does nothing', async () => {
        const { diagnostics } = await lint(`tender T {
    // note: use tender-disable-next-line risk-mitigation sparingly
    ${UNMITIGATED('R')}
}`);
        expect(withCode(diagnostics, 'risk-mitigation')).toHaveLength(1);
    });

    test('tender lint --fix leaves silenced findings alone', async () => {
        const { document, services } = await lintResult(`tender T {
    // tender-disable-next-line contract-review -- reviews are in the framework agreement
    contract { duration 3 years }
}`);
        expect(applyEdits(document, safeFixEdits(services, document))).not.toContain('review every');
    });

    test('the examples of docs/configuration.md parse, and silence what they say', async () => {
        const page = readFileSync(join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
        const examples = [...page.matchAll(/```tender\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(examples.length).toBeGreaterThanOrEqual(2);
        for (const example of examples) {
            const { diagnostics } = await lint(example);
            expect(languageErrors(diagnostics)).toEqual([]);
            const silenced = [...example.matchAll(/tender-disable(?:-next-line)? ([a-z-]+)/g)].map(m => m[1]);
            for (const rule of silenced) {
                expect(withCode(diagnostics, rule), rule).toEqual([]);
            }
        }
    });
});
