/**
 * The legal situation of a tender: its defaults, the threshold it is measured against, which notice
 * it needs, its periods with their minimums, worked out once per linking pass.
 */
import { describe, expect, test } from 'vitest';
import type { Tender } from '../../src/generated/ast.js';
import { isModel, isTender } from '../../src/generated/ast.js';
import { legalSituation } from '../../src/law/situation.js';
import { lint } from '../helpers.js';

async function situationOf(text: string) {
    const { document } = await lint(text);
    const root = document.parseResult.value;
    const tender = isModel(root) ? root.elements.find(isTender) as Tender : undefined;
    if (!tender) throw new Error('no tender');
    return { tender, situation: legalSituation(tender) };
}

describe('legalSituation', () => {
    test('a tender that says nothing: England, the standard regime, a council, no procedure, no notice yet', async () => {
        const { situation } = await situationOf('tender T { title "t" }');
        expect(situation.jurisdiction).toBe('england');
        expect(situation.regime).toBe('standard');
        expect(situation.procedure).toBeUndefined();
        expect(situation.buyerType).toBe('sub-central-government');
        expect(situation.buyerTypeAssumed).toBe(true);
        expect(situation.notice).toBeUndefined();
        expect(situation.periods).toEqual([]);
        expect(situation.submission.assumed).toEqual(['electronic', 'documents']);
    });

    test('the notice each procedure publishes first', async () => {
        const kinds: Record<string, string> = {};
        for (const procedure of ['open', 'competitive-flexible', 'direct-award', 'framework-call-off']) {
            const { situation } = await situationOf(`tender T { procedure ${procedure} }`);
            kinds[procedure] = `${situation.notice!.kind} ${situation.notice!.form ?? ''}`.trim();
        }
        expect(kinds).toEqual({
            'open': 'tender-notice UK4',
            'competitive-flexible': 'tender-notice UK4',
            'direct-award': 'transparency-notice UK5',
            'framework-call-off': 'none'
        });
    });

    test('the threshold and whether the value reaches it (at the threshold it does)', async () => {
        const at = await situationOf('tender T { regime light-touch value £663,540 }');
        expect(at.situation.threshold.source).toBe('Procurement Act 2023 Sch 1 row 8');
        expect(at.situation.reachesThreshold).toBe(true);
        const below = await situationOf('tender T { value £207,719 }');
        expect(below.situation.reachesThreshold).toBe(false);
        const none = await situationOf('tender T { }');
        expect(none.situation.reachesThreshold).toBeUndefined();
    });

    test('periods carry the minimum the bid-window rule applies', async () => {
        const { situation } = await situationOf('tender T { procedure open timeline { publish 2027-03-01 bid-deadline 2027-03-15 } }');
        expect(situation.periods).toHaveLength(1);
        const [period] = situation.periods;
        expect(period.kind).toBe('tendering');
        expect(period.requirement).toMatchObject({ kind: 'minimum', days: 25, source: 'Procurement Act 2023 s54(4) row 7' });
    });

    test('worked out once per linking pass', async () => {
        const { tender, situation } = await situationOf('tender T { procedure open }');
        expect(legalSituation(tender)).toBe(situation);
    });
});

describe('legalSituation: the duties', () => {
    test('the KPI duty, what the value covers and the notice\'s gaps, each worked out once', async () => {
        const { situation } = await situationOf('tender T { procedure open value £6m over 3 years contract { duration 3 years extension 1 year, 1 year } }');
        expect(situation.kpiDuty).toMatchObject({ applies: true, contracts: [{ kpis: 0, short: true }] });
        expect(situation.kpiDuty).toBe(situation.kpiDuty);
        expect(situation.valueCover).toMatchObject({ basis: 'whole-term', termMonths: 60, vatIncluded: true });
        expect(situation.noticeGaps.map(g => g.id)).toContain('buyer-id');
        expect(situation.noticeGaps).toBe(situation.noticeGaps);
        const framework = await situationOf('tender T { framework-agreement { term 4 years } }');
        expect(framework.situation.valueCover.basis).toBe('sum-of-call-offs');
        expect(framework.situation.kpiDuty).toMatchObject({ applies: false, source: 'Procurement Act 2023 s52(6)(a)' });
    });
});
