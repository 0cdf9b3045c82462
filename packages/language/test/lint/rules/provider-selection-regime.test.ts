import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';

async function psr(source: string) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text);
    return { found: withCode(diagnostics, 'provider-selection-regime'), ranges };
}

describe('provider-selection-regime', () => {
    test('a Schedule 1 code in England: an info on the code saying when the PSR governs', async () => {
        const { found, ranges } = await psr('tender T {\n    cpv <|"85323000-9"|> "Community health services"\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('CPV 85323000 (community health services delivered to individuals) is in PSR Schedule 1: '
            + 'decide whether the PSR, not the Procurement Act, governs before choosing a procedure.');
        expect(found[0].message.length).toBeLessThanOrEqual(200);
    });

    test('85312500 counts only for substance misuse or rehabilitation, and the message says so', async () => {
        const { found } = await psr('tender T { cpv "85312500-4" }');
        expect(found[0].message).toBe('CPV 85312500 is in PSR Schedule 1 only for tackling substance misuse or for mental or physical rehabilitation: '
            + 'if so, decide whether the PSR or the Procurement Act governs.');
    });

    test('every listed code, with or without its check digit; one finding per code', async () => {
        const { found } = await psr('tender T { cpv "85100000" cpv "85121270-6" cpv "85312330-1" cpv " 85312500 " cpv "85323000-9" }');
        expect(found.map(d => d.message.slice(0, 12))).toEqual(['CPV 85100000', 'CPV 85121270', 'CPV 85312330', 'CPV 85312500', 'CPV 85323000']);
    });

    test('not a whole CPV division, nor codes domain.md does not list as Schedule 1, nor text that is not a code', async () => {
        for (const code of ['85000000-9', '85300000-2', '85311000-2', '853230001', 'community health', '8532300']) {
            expect((await psr(`tender T { cpv "${code}" }`)).found, code).toEqual([]);
        }
    });

    test('England only: Wales, Northern Ireland and Scotland are left alone; England is the default', async () => {
        expect((await psr('tender T { jurisdiction england cpv "85323000" }')).found).toHaveLength(1);
        for (const jurisdiction of ['wales', 'northern-ireland', 'scotland']) {
            expect((await psr(`tender T { jurisdiction ${jurisdiction} cpv "85323000" }`)).found, jurisdiction).toEqual([]);
        }
    });

    test('an integrated care board co-funding a social-care service is no sign: quiet (domain.md section 7)', async () => {
        const { found } = await psr(`tender T {
    cpv "85311000-2" "Social work services with accommodation"
    funding {
        contributor "Anyborough Borough Council" £1,000,000
        contributor "Anyshire Integrated Care Board" £500,000
    }
}`);
        expect(found).toEqual([]);
        expect((await psr('tender T { buyer "NHS Anyshire ICB" }')).found).toEqual([]);
    });

    test('with a board and a Schedule 1 code, one finding, on the code', async () => {
        const { found } = await psr('tender T { cpv "85323000" funding { contributor "Anyshire Integrated Care Board" £1 } }');
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(/^CPV 85323000 /);
    });

    test('a Schedule 1 code mixed with other codes: the PSR governs only if health care is the main part', async () => {
        const { found, ranges } = await psr('tender T {\n    cpv "85311000-2", <|"85323000-9"|>\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('CPV 85323000 is in PSR Schedule 1, mixed here with other codes: '
            + 'the Provider Selection Regime governs only if health care is the main part by lifetime value.');
        const conditional = await psr('tender T { cpv "85311000-2", "85312500-4" }');
        expect(conditional.found[0].message).toBe('CPV 85312500 is in PSR Schedule 1 only for tackling substance misuse or for mental or physical rehabilitation; '
            + 'mixed with other codes, the PSR governs if that is the main part.');
        for (const d of [...found, ...conditional.found]) expect(d.message.length).toBeLessThanOrEqual(200);
    });

    test('a lot\'s own codes count (they replace the tender\'s)', async () => {
        const { found, ranges } = await psr('tender T {\n    cpv "85311000-2"\n    lot L "Health" {\n        cpv <|"85323000"|>\n    }\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
    });

    test('quiet with no codes and no board, or an unfinished code', async () => {
        expect((await psr('tender T { buyer "Anyborough Borough Council" funding { contributor "Police and Crime Commissioner" £1 } }')).found).toEqual([]);
        expect((await psr('tender T { cpv }')).found).toEqual([]);
    });

    test('multiple-disadvantage.tender: 85000000-9 is a whole division and the board co-funds social care: no finding', async () => {
        const { diagnostics } = await lintWithFramework(readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8'));
        expect(withCode(diagnostics, 'provider-selection-regime')).toEqual([]);
    });
});
