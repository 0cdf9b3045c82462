import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';

async function below(source: string) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text);
    return { found: withCode(diagnostics, 'below-threshold'), ranges };
}

describe('below-threshold', () => {
    test('standard regime below £207,720: an info on the value saying the competitive regime does not apply', async () => {
        const { found, ranges } = await below('tender T {\n    value <|£150,000|> over 2 years\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('The value £150,000 is below the services threshold for a council (sub-central authority) of £207,720 '
            + '(Procurement Act 2023 Sch 1 row 12, from 1 January 2026): it is not a public contract (Procurement Act 2023 s3(2)), so the Act\'s '
            + 'competitive procedures and minimum time limits do not apply. Check that the value includes VAT, as the thresholds do (Procurement Act 2023 s123(2)). '
            + 'Still applying: a council\'s best value duty to secure continuous improvement in economy, efficiency and effectiveness (Local Government Act 1999 s3).');
    });

    test('at the threshold the contract is a public contract: quiet', async () => {
        expect((await below('tender T { value £207,720 }')).found).toEqual([]);
        expect((await below('tender T { value £207,719.99 }')).found).toHaveLength(1);
        expect((await below('tender T { regime light-touch value £663,540 }')).found).toEqual([]);
        expect((await below('tender T { regime light-touch value £663,539 }')).found).toHaveLength(1);
    });

    test('light touch from £207,720 to £663,540: the Social Value Act duty still applies', async () => {
        const { found } = await below('tender T { regime light-touch value £450,000 over 3 years }');
        expect(found[0].message).toContain('below the light touch contract threshold of £663,540 (Procurement Act 2023 Sch 1 row 8, from 1 January 2026)');
        expect(found[0].message).toContain('the Public Services (Social Value) Act 2012 duty to consider how the procurement might improve the economic, '
            + 'social and environmental well-being of the area, which covers light touch contracts from £207,720 (Public Services (Social Value) Act 2012 s1(16)–(17))');
    });

    test('light touch below £207,720: no Social Value Act duty named', async () => {
        const { found } = await below('tender T { regime light-touch value £120,000 }');
        expect(found[0].message).not.toContain('Social Value');
        expect(found[0].message).toContain('best value duty');
    });

    test('Wales: the Social Value Act names its exemption; no English best value duty', async () => {
        const { found } = await below('tender T { jurisdiction wales regime light-touch value £450,000 }');
        expect(found[0].message).toContain('Welsh devolved authorities are exempt (s1(11), s4(4))');
        expect(found[0].message).not.toContain('Local Government Act 1999');
    });

    test('Northern Ireland: the Social Value Act does not extend there', async () => {
        const { found } = await below('tender T { jurisdiction northern-ireland regime light-touch value £450,000 }');
        expect(found).toHaveLength(1);
        expect(found[0].message).not.toContain('Social Value');
        expect(found[0].message).not.toContain('Still applying');
    });

    test('Scotland: the £50,000 regulated contract threshold, whatever the regime', async () => {
        const { found } = await below('tender T { jurisdiction scotland regime light-touch value £40,000 }');
        expect(found[0].message).toBe('The value £40,000 is below the regulated contract threshold for goods and services in Scotland of £50,000 '
            + '(Procurement Reform (Scotland) Act 2014 s3(2)): it is not a regulated contract, so the rules for regulated procurements, competition '
            + 'and minimum time limits included, do not apply.');
        expect((await below('tender T { jurisdiction scotland value £150,000 }')).found).toEqual([]);
    });

    test('with a Provider Selection Regime code in England, the message adds that that regime has no value threshold', async () => {
        const { found } = await below('tender T { cpv "85323000-9" value £100,000 }');
        expect(found[0].message).toContain('The Provider Selection Regime, which may cover its health care services, has no value threshold.');
        const whole = await below('tender T { cpv "85000000-9" value £100,000 }');
        expect(whole.found[0].message).not.toContain('Provider Selection Regime');
    });

    test('stays quiet with no value, a value in another currency, or a grant', async () => {
        for (const source of [
            'tender T { regime light-touch }',
            'tender T { value €100,000 }',
            'tender T { value $100,000 }',
            'grant G "Small grant" { value £60,000 over 1 year }'
        ]) {
            expect((await below(source)).found, source).toEqual([]);
        }
    });

    test('the Anyborough examples are above their thresholds', async () => {
        for (const file of ['first-draft.tender', 'multiple-disadvantage.tender']) {
            const { diagnostics } = await lintWithFramework(readFileSync(join(ANYBOROUGH, file), 'utf8'));
            expect(withCode(diagnostics, 'below-threshold'), file).toEqual([]);
        }
    });
});
