import { describe, expect, test } from 'vitest';
import { checksIn } from '../../../src/lint/rules/unmeasurable-requirement.js';
import { lint, marked, withCode } from '../../helpers.js';

async function requirementFindings(source: string) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text);
    return { found: withCode(diagnostics, 'unmeasurable-requirement'), ranges };
}

const MESSAGE = 'This requirement gives nothing to check it against: say how much, by when, how often, to what standard or who, '
    + 'e.g. "Respond to referrals within 5 working days".';

describe('unmeasurable-requirement', () => {
    test('fires, as info, on a service requirement with nothing that could be checked', async () => {
        const { found, ranges } = await requirementFindings(`tender T {
    service Support "Support" {
        requirement <|"Provide a safe and supportive environment for the service user"|>
        requirement "Respond to referrals within 5 working days"
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe(MESSAGE);
        expect(found[0].message.length).toBeLessThanOrEqual(200);
    });

    test('each requirement of a comma list is judged on its own; the tender\'s own requirement lines too', async () => {
        const { found, ranges } = await requirementFindings(`tender T {
    requirement <|"Work in partnership with local agencies"|>
    service Support "Support" {
        requirement "Hold a DBS enhanced check for every worker", <|"Treat people with dignity and respect"|>
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
    });

    test('quiet when there is something to check: a number, a time, a frequency, a standard, a named document or a named role', async () => {
        const checkable: [string, string][] = [
            ['Respond to referrals within 5 working days', 'number'],
            ['Hold a DBS enhanced check for every worker', 'standard'],
            ['Visit each person at least once a week', 'frequency'],
            ['Answer the helpline out of hours and at weekends', 'time'],
            ['Staff hold a qualification in health and social care at level 3', 'standard'],
            ['Comply with the Data Protection Act 2018', 'number'],
            ['Follow the Council\'s Safeguarding Adults Policy', 'document'],
            ['Keep a record of every contact with the family', 'document'],
            ['Each young person has a named support worker', 'role'],
            ['Report monthly to the commissioner', 'frequency'],
            ['Be registered with the Care Quality Commission', 'standard'],
            ['Make reasonable adjustments for disabled people', 'standard'],
            ['Ensure safeguarding concerns are reported to the local authority', 'role']
        ];
        for (const [text, kind] of checkable) {
            expect(checksIn(text), text).toContain(kind);
        }
        const body = checkable.map(([text]) => `        requirement "${text.replace(/"/g, '\\"')}"`).join('\n');
        const { found } = await requirementFindings(`tender T {\n    service S "S" {\n${body}\n    }\n}`);
        expect(found).toEqual([]);
    });

    test('vague obligations fire: no amount, time, standard, document or role to hold the provider to', () => {
        for (const text of [
            'Provide a safe and supportive environment for the service user',
            'Deliver high quality person-centred support',
            'Ensure that service users are treated with dignity and respect',
            'Support people to achieve their goals',
            'Look after the wellbeing of residents and lead a healthy life'
        ]) {
            expect(checksIn(text), text).toEqual([]);
        }
    });

    test('quiet on a requirement still being typed, an empty one, and a service without requirements', async () => {
        const { found } = await requirementFindings(`tender T {
    service A "A" { requirement "Provide support" }
    service B "B" { requirement "" }
    service C "C" { description "Support" }
}`);
        expect(found).toEqual([]);
    });

    test('the examples\' requirement lines are all checkable', async () => {
        for (const text of [
            'Each young person has a named support worker who visits at least once a week',
            'Every flat is within 10 miles of the Westhaven council boundary',
            'Enhanced Disclosure and Barring Service checks for every worker and volunteer who works with children',
            'Every adviser holds a debt advice qualification at level 3 or above'
        ]) {
            expect(checksIn(text).length, text).toBeGreaterThan(0);
        }
    });
});
