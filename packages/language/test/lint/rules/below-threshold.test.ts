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
        expect(found[0].message).toBe('£150,000 is below the £207,720 services threshold (Procurement Act 2023 Sch 1 row 12): '
            + 'the Act\'s procedures and time limits do not apply; the best value duty still applies.');
    });

    test('at the threshold the contract is a public contract: quiet', async () => {
        expect((await below('tender T { value £207,720 }')).found).toEqual([]);
        expect((await below('tender T { value £207,719.99 }')).found).toHaveLength(1);
        expect((await below('tender T { regime light-touch value £663,540 }')).found).toEqual([]);
        expect((await below('tender T { regime light-touch value £663,539 }')).found).toHaveLength(1);
    });

    test('light touch from £207,720 to £663,540: the Social Value Act duty still applies', async () => {
        const { found } = await below('tender T { regime light-touch value £450,000 over 3 years }');
        expect(found[0].message).toBe('£450,000 is below the £663,540 light touch threshold (Procurement Act 2023 Sch 1 row 8): '
            + 'the Act\'s procedures and time limits do not apply; the Social Value Act 2012 and best value duties still apply.');
    });

    test('light touch below £207,720: no Social Value Act duty named', async () => {
        const { found } = await below('tender T { regime light-touch value £120,000 }');
        expect(found[0].message).not.toContain('Social Value');
        expect(found[0].message).toContain('the best value duty still applies');
    });

    test('Wales: the Social Value Act names its exemption; no English best value duty', async () => {
        const { found } = await below('tender T { jurisdiction wales regime light-touch value £450,000 }');
        expect(found[0].message).toContain('the Social Value Act 2012 duty (Welsh devolved authorities are exempt) still applies');
        expect(found[0].message).not.toContain('best value');
    });

    test('Northern Ireland: the Social Value Act does not extend there', async () => {
        const { found } = await below('tender T { jurisdiction northern-ireland regime light-touch value £450,000 }');
        expect(found).toHaveLength(1);
        expect(found[0].message).not.toContain('Social Value');
        expect(found[0].message).not.toContain('still appl');
    });

    test('Scotland: the £50,000 regulated contract threshold, whatever the regime', async () => {
        const { found } = await below('tender T { jurisdiction scotland regime light-touch value £40,000 }');
        expect(found[0].message).toBe('£40,000 is below the £50,000 regulated contract threshold (Procurement Reform (Scotland) Act 2014 s3(2)): '
            + 'the rules for regulated procurements, time limits included, do not apply.');
        expect((await below('tender T { jurisdiction scotland value £150,000 }')).found).toEqual([]);
    });

    test('Scotland compares the value excluding VAT (2014 Act s5(1)): £55,000 with VAT, £45,833 without, is below £50,000', async () => {
        const { found } = await below('tender T { jurisdiction scotland value £55,000 excluding-vat £45,833 }');
        expect(found[0].message).toBe('£45,833 excluding VAT is below the £50,000 regulated contract threshold (Procurement Reform (Scotland) Act 2014 s3(2)): '
            + 'the rules for regulated procurements, time limits included, do not apply.');
        // in England the VAT-inclusive estimate is compared (PA s123(2)), whatever excluding-vat says
        expect((await below('tender T { value £210,000 excluding-vat £175,000 }')).found).toEqual([]);
    });

    test('with a Provider Selection Regime code in England, the message adds that that regime has no value threshold', async () => {
        const { found } = await below('tender T { cpv "85323000-9" value £100,000 }');
        expect(found[0].message).toContain('The Provider Selection Regime has no threshold.');
        expect(found[0].message.length).toBeLessThanOrEqual(200);
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
