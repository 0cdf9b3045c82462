/**
 * The small language errors of language 1.1: each fires with its stable code on the words at fault,
 * and stays quiet on what is right.
 */
import { describe, expect, test } from 'vitest';
import type { Range } from 'vscode-languageserver-types';
import { LANGUAGE_1_1_CODES } from '../../src/validation/language-1-1-checks.js';
import { LANGUAGE_CHECKS } from '../../src/validation/tender-validator.js';
import { lint, marked } from '../helpers.js';

async function findings(source: string, code: string): Promise<{ ranges: Range[]; messages: string[]; expected: Range[] }> {
    const { text, ranges: expected } = marked(source);
    const { diagnostics } = await lint(text);
    const found = diagnostics.filter(d => d.code === code);
    for (const d of found) expect(d.severity, d.message).toBe(1);
    return { ranges: found.map(d => d.range), messages: found.map(d => d.message), expected };
}

async function expectExactly(source: string, code: string): Promise<string[]> {
    const { ranges, messages, expected } = await findings(source, code);
    expect(ranges).toEqual(expected);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(220);
    return messages;
}

describe('language 1.1 checks', () => {
    test('every code is listed with its description and help page (SARIF)', () => {
        for (const code of Object.values(LANGUAGE_1_1_CODES)) {
            const check = LANGUAGE_CHECKS.find(c => c.id === code);
            expect(check, code).toBeDefined();
            expect(check!.helpUri).toMatch(/language\.md#/);
        }
    });

    test('badly-grouped-number: 1,2000 is an error, 1,200 and 12,000,000 are numbers', async () => {
        const [message] = await expectExactly('tender T { cohort C { size <|1,2000|> people } outcome O { target 6 months <|1,00%|> } cohort D { size 1,200 people } persona P { age 12 } }', LANGUAGE_1_1_CODES.badlyGroupedNumber);
        expect(message).toContain('1,2000');
        await expectExactly('tender T { cohort C { size 12,000,000 people } outcome O { target 6 months 1,000% baseline 12.5% in 2026 } }', LANGUAGE_1_1_CODES.badlyGroupedNumber);
    });

    test('time-not-on-timeline: a time after issued; a timeline time is fine', async () => {
        await expectExactly('tender T {\n    issued 2027-05-10 <|09:00|>\n    timeline { bid-deadline 2027-06-25 12:00 }\n}', LANGUAGE_1_1_CODES.timeNotOnTimeline);
    });

    test('invalid-time: 24:00 and 12:60 are not times of day; 00:00 and 23:59 are', async () => {
        await expectExactly('tender T { timeline { publish 2027-05-10 <|24:00|> award 2027-08-01 <|12:60|> bid-deadline 2027-06-25 23:59 contract-start 2027-11-01 00:00 } }', LANGUAGE_1_1_CODES.invalidTime);
    });

    test('time-in-skipped-hour: 01:00 to 01:59 on the last Sunday of March; 00:59 and 02:00 exist, and the repeated hour in October is fine', async () => {
        const [message] = await expectExactly('tender T { timeline { publish 2027-03-28 <|01:30|> bid-deadline 2027-03-28 02:00 award 2027-03-28 00:59 contract-start 2027-10-31 01:30 } }', LANGUAGE_1_1_CODES.timeInSkippedHour);
        expect(message).toContain('clocks go forward');
        await expectExactly('tender T { timeline { publish 2027-03-21 01:30 } }', LANGUAGE_1_1_CODES.timeInSkippedHour);
    });

    test('procedure-block-mismatch: process after a procedure other than competitive-flexible, justification after one other than direct-award', async () => {
        await expectExactly(`tender A { procedure open { <|negotiation may|> } }
tender B { procedure competitive-flexible { negotiation may rounds "r" <|justification "j"|> } }
tender C { procedure direct-award { justification "j" <|rounds "r"|> } }
tender D { procedure framework-call-off <|{ }|> }`, LANGUAGE_1_1_CODES.procedureBlockMismatch);
        await expectExactly('tender A { procedure competitive-flexible { negotiation none shortlist up-to 3 by "b" minimum-suppliers 2 refine-criteria "x" rounds "r" } }\ntender B { procedure direct-award { justification "j" } }', LANGUAGE_1_1_CODES.procedureBlockMismatch);
    });

    test('notice-and-no-notice: on the reason for none', async () => {
        await expectExactly('tender T { engagement { notice "2027/S 000-1" <|no-notice because "x"|> } }', LANGUAGE_1_1_CODES.noticeAndNoNotice);
        await expectExactly('tender T { engagement { notice "2027/S 000-1" } }\ntender U { engagement { no-notice because "x" } }', LANGUAGE_1_1_CODES.noticeAndNoNotice);
    });

    test('invalid-cpv: eight digits with an optional check digit; a label after a comma is a code', async () => {
        await expectExactly('tender T { cpv "85311000-2" "Social work", <|"Social work services"|> cpv <|"8531100"|> cpv "85311000" cpv <|"85311000-22"|> lot L { cpv <|"abc"|> } }', LANGUAGE_1_1_CODES.invalidCpv);
    });

    test('framework-lot-without-agreement: kind framework needs a framework-agreement', async () => {
        await expectExactly('tender T { lot A { <|kind framework|> } lot B { kind contract } }', LANGUAGE_1_1_CODES.frameworkLotWithoutAgreement);
        await expectExactly('tender T { framework-agreement { term 4 years } lot A { kind framework } }', LANGUAGE_1_1_CODES.frameworkLotWithoutAgreement);
    });

    test('framework-agreement-in-call-off: a call-off cannot establish a framework', async () => {
        await expectExactly('tender T { procedure framework-call-off <|framework-agreement|> { term 4 years } }', LANGUAGE_1_1_CODES.frameworkAgreementInCallOff);
        await expectExactly('tender T { procedure open framework-agreement { term 4 years } }', LANGUAGE_1_1_CODES.frameworkAgreementInCallOff);
    });

    test('not-a-whole-number: counts, supplier numbers, marks, scales and pass marks; not the 1.0 cohort size', async () => {
        await expectExactly(`tender T {
    procedure competitive-flexible { shortlist up-to <|2.5|> by "x" minimum-suppliers <|1.5|> }
    capacity <|6.5|> units
    lots { max-awarded <|1.5|> }
    lot L { suppliers up-to <|3.5|> }
    award-criteria {
        technical "Q" weight 100% pass-mark <|2.5|> { sub "S" weight 100% pass-mark <|1.5|> }
        assessment { scale <|0.5|> to 5 mark <|2.5|> "half" }
    }
    cohort C { size 12.5 people }
}`, LANGUAGE_1_1_CODES.notAWholeNumber);
        await expectExactly('tender T { capacity 1,200 households lot L { suppliers up-to 3 } award-criteria { assessment { scale 0 to 5 mark 5 "full" } } }', LANGUAGE_1_1_CODES.notAWholeNumber);
    });
});
