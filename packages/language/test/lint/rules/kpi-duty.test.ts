import { describe, expect, test } from 'vitest';
import { lint, marked, withCode } from '../../helpers.js';

async function kpiDuty(source: string) {
    const { text, ranges } = marked(source);
    const found = withCode((await lint(text)).diagnostics, 'kpi-duty');
    return { found, ranges };
}

const KPIS = (n: number) => Array.from({ length: n }, (_, i) => `    kpi K${i} "KPI ${i}" { indicator "Share seen within 5 days" target 95% }\n`).join('');

describe('kpi-duty', () => {
    test('fires on the value of a contract over £5,000,000 with fewer than three KPIs, and says what to do', async () => {
        const { found, ranges } = await kpiDuty(`tender T {\n    procedure open\n    value <|£5,000,001|> over 5 years\n${KPIS(2)}}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('The contract is worth £5,000,001, over £5,000,000, and has only 2 KPIs: set at least 3 (kpi elements) '
            + 'or say why not (no-kpis because "...") (Procurement Act 2023 s52(1)–(2)).');
    });

    test('exactly £5,000,000 is not "more than £5 million": quiet; a penny more fires', async () => {
        expect((await kpiDuty('tender T { value £5,000,000 }')).found).toEqual([]);
        expect((await kpiDuty('tender T { value £5m }')).found).toEqual([]);
        expect((await kpiDuty('tender T { value £5,000,000.01 }')).found).toHaveLength(1);
    });

    test('quiet with three KPIs, or with no-kpis because', async () => {
        expect((await kpiDuty(`tender T {\n    value £6m\n${KPIS(3)}}`)).found).toEqual([]);
        expect((await kpiDuty('tender T { value £6m no-kpis because "Spot purchases of a standard service" }')).found).toEqual([]);
    });

    test('outcomes do not count: they measure people\'s lives, not the supplier\'s performance (s52(4))', async () => {
        const { found } = await kpiDuty(`tender T {
    value £6m
    outcome A "a" { indicator "x" target 1 year 5% }
    outcome B "b" { indicator "y" target 1 year 5% }
    outcome C "c" { indicator "z" target 1 year 5% }
}`);
        expect(found).toHaveLength(1);
    });

    test('quiet for a framework, a light touch contract and a private utility (s52(6)); a framework call-off is caught', async () => {
        expect((await kpiDuty('tender T { value £6m framework-agreement { term 4 years } }')).found).toEqual([]);
        expect((await kpiDuty('tender T { regime light-touch value £6m }')).found).toEqual([]);
        expect((await kpiDuty('tender T { buyer "Water plc" { type private-utility } value £6m }')).found).toEqual([]);
        expect((await kpiDuty('tender T { procedure framework-call-off value £6m }')).found).toHaveLength(1);
    });

    test('each lot is its own contract: a lot over £5,000,000 needs three KPIs of its own or the tender\'s', async () => {
        const { found, ranges } = await kpiDuty(`tender T {
    value £9m
    kpi K0 "k" { indicator "i" target 95% }
    lot A "A" {
        value <|£6m|>
        kpi K1 "k" { indicator "i" target 95% }
    }
    lot B "B" {
        value £3m
    }
    lot C "C" {
        value £5.5m
        kpi K2 "k" { indicator "i" target 95% }
        kpi K3 "k" { indicator "i" target 95% }
    }
}`);
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('Lot A is worth £6,000,000, over £5,000,000, and has only 2 KPIs');
    });

    test('in a tender with a framework-agreement, only lots of kind contract are contracts', async () => {
        expect((await kpiDuty('tender T { framework-agreement { term 4 years } lot A "A" { value £6m } }')).found).toEqual([]);
        expect((await kpiDuty('tender T { framework-agreement { term 4 years } lot A "A" { kind contract value £6m } }')).found).toHaveLength(1);
    });

    test('quiet in Scotland, for values in other currencies and with no value', async () => {
        expect((await kpiDuty('tender T { jurisdiction scotland value £6m }')).found).toEqual([]);
        expect((await kpiDuty('tender T { value €9m }')).found).toEqual([]);
        expect((await kpiDuty('tender T { title "t" }')).found).toEqual([]);
    });
});
