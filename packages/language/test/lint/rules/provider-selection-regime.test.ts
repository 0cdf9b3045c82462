import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANYBOROUGH, lint, lintWithFramework, marked, withCode } from '../../helpers.js';

async function psr(source: string) {
    const { text, ranges } = marked(source);
    const { diagnostics } = await lint(text);
    return { found: withCode(diagnostics, 'provider-selection-regime'), ranges };
}

const WHEN = 'the Provider Selection Regime, not the Procurement Act 2023, governs where health care services are the main '
    + 'subject-matter by estimated lifetime value and the rest cannot reasonably be contracted separately (PSR reg 3(2)–(4); '
    + 'Procurement Act 2023 s120; Procurement Regulations 2024 reg 43).';

describe('provider-selection-regime', () => {
    test('a Schedule 1 code in England: an info on the code saying when the PSR governs', async () => {
        const { found, ranges } = await psr('tender T {\n    cpv <|"85323000-9"|> "Community health services"\n}');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(3);
        expect(found[0].message).toBe('CPV 85323000 (community health services delivered to individuals) is a health care service in PSR Schedule 1: '
            + `${WHEN} Decide which regime applies before choosing a procedure.`);
    });

    test('85312500 counts only for substance misuse or rehabilitation, and the message says so', async () => {
        const { found } = await psr('tender T { cpv "85312500-4" }');
        expect(found[0].message).toContain('CPV 85312500 (rehabilitation services) is a health care service in PSR Schedule 1, '
            + 'but only for tackling substance misuse or for mental or physical rehabilitation:');
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

    test('an integrated care board co-funding the tender is the other sign (domain.md section 7)', async () => {
        const { found, ranges } = await psr(`tender T {
    funding {
        contributor "Anyborough Borough Council" £1,000,000
        contributor <|"Anyshire Integrated Care Board"|> £500,000
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Anyshire Integrated Care Board is an integrated care board: if this tender buys health care services for the health '
            + `service in England, ${WHEN} Decide which regime applies.`);
        expect((await psr('tender T { buyer "NHS Anyshire ICB" }')).found).toHaveLength(1);
    });

    test('a Schedule 1 code already says it: no second finding for the board', async () => {
        const { found } = await psr('tender T { cpv "85323000" funding { contributor "Anyshire Integrated Care Board" £1 } }');
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('CPV 85323000');
    });

    test('quiet with no codes and no board, or an unfinished code', async () => {
        expect((await psr('tender T { buyer "Anyborough Borough Council" funding { contributor "Police and Crime Commissioner" £1 } }')).found).toEqual([]);
        expect((await psr('tender T { cpv }')).found).toEqual([]);
    });

    test('multiple-disadvantage.tender: 85000000-9 is a whole division, so only the board prompts, as information', async () => {
        const { diagnostics } = await lintWithFramework(readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8'));
        const found = withCode(diagnostics, 'provider-selection-regime');
        expect(found.map(d => [d.severity, d.range.start.line + 1])).toEqual([[3, 21]]);
    });
});
