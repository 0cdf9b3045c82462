/**
 * The normative examples (docs/language.md sections 3 and 4): first-draft.tender produces at least
 * every finding listed under "The first draft, linted", each where it belongs, and
 * multiple-disadvantage.tender lints with no error and no warning under the default configuration.
 * Places are found by searching the example's text, not by counted line numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { beforeAll, describe, expect, test } from 'vitest';
import { rulesById } from '../../src/lint/rules/index.js';
import { ANYBOROUGH, lintWithFramework, withCode } from '../helpers.js';

const DRAFT = readFileSync(join(ANYBOROUGH, 'first-draft.tender'), 'utf8');
const LINES = DRAFT.split('\n');

/** The 0-based line of the first line containing `snippet` (after `from`). */
function lineOf(snippet: string, from = 0): number {
    const index = LINES.findIndex((line, i) => i >= from && line.includes(snippet));
    if (index < 0) throw new Error(`first-draft.tender has no line with ${snippet}`);
    return index;
}

/** The lines of the block that opens on the line containing `opening`, up to its closing brace. */
function block(opening: string): { first: number; last: number } {
    const first = lineOf(opening);
    let depth = 0;
    for (let i = first; i < LINES.length; i++) {
        // strings in the example hold no braces, so counting characters is enough
        for (const ch of LINES[i].replace(/"(\\.|[^"\\])*"/g, '""')) {
            if (ch === '{') depth++;
            if (ch === '}' && --depth === 0) return { first, last: i };
        }
    }
    throw new Error(`unclosed block ${opening}`);
}

function textOf(d: Diagnostic): string {
    const { start, end } = d.range;
    if (start.line !== end.line) return LINES.slice(start.line, end.line + 1).join('\n');
    return LINES[start.line].slice(start.character, end.character);
}

function inside(d: Diagnostic, where: { first: number; last: number }): boolean {
    return d.range.start.line >= where.first && d.range.start.line <= where.last;
}

interface Expected {
    readonly rule: string;
    /** What the spec says it is on. */
    readonly on: string;
    /** The finding's range covers exactly these words (case-insensitive)... */
    readonly words?: string;
    /** ...on this line, or else the finding starts within this block or on this line. */
    readonly line?: number;
    readonly within?: { first: number; last: number };
    readonly severity?: 1 | 2 | 3;
}

const purpose = lineOf('purpose "');
const support = block('service Support');
const supportDescription = lineOf('description "', support.first);
const engagement = block('engagement {');
const cohort = block('cohort VulnerableAdults');
const referrals = block('outcome Referrals');
const betterLives = block('outcome BetterLives');
const outreach = block('service Outreach');
const criteria = block('award-criteria {');
const participation = block('participation {');
const timeline = block('timeline {');
const contract = block('contract {');
const providerFailure = block('risk ProviderFailure');
const tender = block('tender MultipleDisadvantageDraft');
const cohortNeeds = lineOf('needs ', cohort.first);

const EXPECTED: readonly Expected[] = [
    ...['holistic', 'innovative', 'high quality', 'as appropriate', 'going forward']
        .map(words => ({ rule: 'vague-language', on: `"${words}" in the purpose`, words, line: purpose })),
    ...['robust', 'where possible']
        .map(words => ({ rule: 'vague-language', on: `"${words}" in the Support service`, words, line: supportDescription })),
    { rule: 'unsplit-lots', on: 'the tender', within: tender },
    { rule: 'no-service-user-engagement', on: 'the engagement', within: engagement },
    { rule: 'engagement-level', on: 'the engagement', within: engagement },
    { rule: 'cohort-assets', on: 'cohort VulnerableAdults', within: cohort },
    { rule: 'service-level-outcome', on: 'Referrals', within: referrals },
    { rule: 'outcome-horizons', on: 'Referrals', within: referrals },
    { rule: 'unmeasurable-outcome', on: 'BetterLives', within: betterLives },
    { rule: 'outcome-baseline', on: 'Referrals', within: referrals },
    { rule: 'outcome-baseline', on: 'BetterLives', within: betterLives },
    { rule: 'orphan-service', on: 'Outreach', within: outreach },
    { rule: 'unserved-outcome', on: 'BetterLives', within: betterLives },
    { rule: 'unmet-need', on: 'MentalHealth', words: 'MentalHealth', line: cohortNeeds },
    { rule: 'unmet-need', on: 'Offending', words: 'Offending', line: cohortNeeds },
    { rule: 'weights-sum', on: 'the award criteria', within: criteria },
    { rule: 'subweights-sum', on: 'the award criteria', within: criteria },
    { rule: 'missing-weighting', on: '"Staffing"', words: '"Staffing"', line: lineOf('sub "Staffing"') },
    { rule: 'social-value-weighting', on: 'the award criteria', within: criteria },
    { rule: 'price-dominates', on: 'the award criteria', within: criteria },
    { rule: 'social-value-undefined', on: 'the award criteria', within: criteria },
    { rule: 'criterion-not-linked', on: '"Approach"', line: lineOf('sub "Approach"') },
    { rule: 'turnover-cap', on: 'the conditions of participation', within: participation },
    { rule: 'bid-window', on: 'the bid deadline (an error)', words: '2027-03-15', line: lineOf('bid-deadline'), severity: 1 },
    { rule: 'timeline-order', on: 'the contract start, before the award', words: '2027-04-01', line: lineOf('contract-start') },
    { rule: 'no-market-engagement', on: 'the timeline', within: timeline },
    { rule: 'contract-review', on: 'the contract', within: contract },
    { rule: 'risk-mitigation', on: 'ProviderFailure', within: providerFailure },
    { rule: 'assessment-method', on: 'the award criteria (no assessment)', words: 'award-criteria', within: criteria }
];

describe('first-draft.tender, linted (docs/language.md section 4)', () => {
    let diagnostics: Diagnostic[] = [];
    beforeAll(async () => {
        diagnostics = (await lintWithFramework(DRAFT)).diagnostics;
    });

    test('parses and links with no language error', () => {
        expect(diagnostics.filter(d => d.severity === 1 && !d.codeDescription).map(d => d.message)).toEqual([]);
    });

    for (const expected of EXPECTED) {
        // A rule not yet in the catalogue is skipped, so this test runs at every commit.
        test.skipIf(!rulesById.has(expected.rule))(`${expected.rule}: ${expected.on}`, () => {
            const found = withCode(diagnostics, expected.rule).filter(d =>
                (expected.words === undefined || textOf(d).toLowerCase() === expected.words.toLowerCase())
                && (expected.line === undefined || d.range.start.line === expected.line)
                && (expected.within === undefined || inside(d, expected.within))
                && (expected.severity === undefined || d.severity === expected.severity));
            const all = withCode(diagnostics, expected.rule).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} "${textOf(d)}" ${d.message}`);
            expect(found.length, `${expected.rule} on ${expected.on}; found instead:\n${all.join('\n')}`).toBeGreaterThan(0);
        });
    }
});

describe('multiple-disadvantage.tender', () => {
    test('lints clean: no error and no warning under the default configuration', async () => {
        const text = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8');
        const { diagnostics } = await lintWithFramework(text);
        const problems = diagnostics.filter(d => d.severity === 1 || d.severity === 2)
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}: ${d.message}`);
        expect(problems).toEqual([]);
    });
});
