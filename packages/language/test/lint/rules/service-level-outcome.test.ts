import { describe, expect, test } from 'vitest';
import vocabulary from '../../../src/lint/vocabulary/activity-indicators.json' with { type: 'json' };
import { findActivity } from '../../../src/lint/rules/service-level-outcome.js';
import { lint, lintWithFramework, marked, withCode } from '../../helpers.js';

describe('service-level-outcome', () => {
    test('reports each cause on its own: no population outcome on the name, activity on the counting words', async () => {
        const { text, ranges } = marked(`tender T {
    outcome <|Referrals|> "Referrals are processed" {
        indicator "<|Number of referrals processed|> each quarter"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'service-level-outcome');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found.map(d => d.message)).toEqual([
            'Outcome Referrals contributes to no population-level outcome: add contributes-to with an outcome of the framework, so the service is commissioned for a change the place shares.',
            'Outcome Referrals has an indicator that counts activity ("Number of referrals processed"), not change for people: measure what changes in their lives, e.g. the share in settled homes.'
        ]);
        expect(found.every(d => d.severity === 2)).toBe(true);
    });

    test('an activity indicator is reported even when the outcome contributes to the framework', async () => {
        const { text, ranges } = marked(`import "framework.tender"
tender T {
    outcome Visits "Visits happen" {
        contributes-to SettledAccommodation
        indicator "<|Total home visits carried out|> by the team"
    }
}`);
        const found = withCode((await lintWithFramework(text)).diagnostics, 'service-level-outcome');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('("Total home visits carried out")');
    });

    test('the range lands on the right characters after escaped quotes and across lines', async () => {
        const { text, ranges } = marked(`tender T {
    outcome A "a" {
        contributes-to X
        indicator "The \\"core\\" measure:
            <|sessions delivered|> per month"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'service-level-outcome');
        expect(found.map(d => d.range)).toEqual(ranges);
    });

    test('stays quiet on an outcome that contributes to the framework and measures change for people', async () => {
        const { diagnostics } = await lintWithFramework(`import "framework.tender"
tender T {
    outcome Connected "People have people to turn to" {
        contributes-to SettledAccommodation
        indicator "Share of the cohort with three or more trusted contacts"
    }
}`);
        expect(withCode(diagnostics, 'service-level-outcome')).toEqual([]);
    });

    test('stays quiet on an unresolved contributes-to (the linking error says so) and on a half-typed outcome', async () => {
        const { diagnostics } = await lint(`tender T {
    outcome A "a" { contributes-to Missing }
    outcome B
}`);
        expect(withCode(diagnostics, 'service-level-outcome')).toEqual([]);
    });

    test.each([
        ['Number of referrals processed each quarter', 'Number of referrals processed'],
        ['Sessions delivered per month', 'Sessions delivered'],
        ['Referrals each quarter', 'Referrals'],
        ['Number of face-to-face support sessions', 'Number of face-to-face support sessions'],
        ['No. of assessments completed within 28 days', 'No. of assessments completed'],
        ['Calls answered within 20 seconds', 'Calls answered'],
        ['How many appointments are booked', 'How many appointments are booked'],
        ['Volume of outreach shifts run', 'Volume of outreach shifts run']
    ])('counts activity: %s', (indicator, expected) => {
        const found = findActivity(indicator);
        expect(found && indicator.slice(found.start, found.end)).toBe(expected);
    });

    test.each([
        'Share of the cohort with three or more trusted contacts',
        'Number of people with trusted contacts',
        'Number of people who attend appointments',
        'Emergency mental health presentations per 100 people in the cohort per year',
        'Share of the cohort living in settled accommodation for at least 6 months',
        'Proven reoffending rate of the cohort within 12 months',
        'Share of people referred who are housed within 4 weeks',
        'Recall of the cohort by name'
    ])('measures change for people: %s', indicator => {
        expect(findActivity(indicator)).toBeUndefined();
    });

    test('the vocabulary is data: lower-case phrases, no duplicates', () => {
        for (const list of [vocabulary.activities, vocabulary.countingBefore, vocabulary.doingAfter, vocabulary.breakers]) {
            expect(list.length).toBeGreaterThan(0);
            expect(list.every(w => w === w.toLowerCase() && w.trim() === w && w !== '')).toBe(true);
            expect(new Set(list).size).toBe(list.length);
        }
        expect(Number.isInteger(vocabulary.maxGapBefore) && Number.isInteger(vocabulary.maxGapAfter)).toBe(true);
    });
});
