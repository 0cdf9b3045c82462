import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import type { Tender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import type { TenderDocument } from '../../src/model/tender-document.js';
import { ANYBOROUGH, lint, lintWithFramework, REPO_ROOT } from '../helpers.js';

async function resolveExample(file: string): Promise<TenderDocument[]> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [join(ANYBOROUGH, file)]);
    return document.parseResult.value.elements.filter(isTender).map(t => resolveTender(t, document));
}

async function resolveText(text: string, withFramework = true): Promise<TenderDocument> {
    const { document } = withFramework ? await lintWithFramework(text) : await lint(text);
    const tender = document.parseResult.value.elements.find(isTender) as Tender | undefined;
    if (!tender) throw new Error('no tender in the text');
    return resolveTender(tender, document);
}

describe('resolveTender on the Anyborough tender', async () => {
    const [model] = await resolveExample('multiple-disadvantage.tender');

    test('plain properties, value, dates and the assumed jurisdiction', () => {
        expect(model.name).toBe('MultipleDisadvantage2027');
        expect(model.reference).toBe('ANY-ASC-2027-003');
        expect(model.procedure).toBe('competitive-flexible');
        expect(model.regime).toBe('light-touch');
        expect(model.regimeStated).toBe(true);
        expect(model.jurisdiction).toBe('england');
        expect(model.jurisdictionStated).toBe(false);
        expect(model.value?.amount).toEqual({ minor: 240_000_000, currency: 'GBP', display: '£2,400,000' });
        expect(model.value?.term).toMatchObject({ amount: 5, unit: 'year', months: 60, display: '5 years' });
        expect(model.value?.display).toBe('£2,400,000 over 5 years');
        expect(model.issued).toEqual({ iso: '2027-03-01', display: '1 March 2027', long: 'Monday 1 March 2027' });
        expect(model.cpv).toEqual([expect.objectContaining({ code: '85000000-9', digits: '85000000', label: 'Health and social work services' })]);
    });

    test('funding: total, shares, co-funders without the buyer', () => {
        expect(model.funding?.total?.display).toBe('£2,400,000');
        expect(model.funding?.matchesValue).toBe(true);
        expect(model.funding?.contributors.map(c => [c.who, c.share?.display, c.isBuyer])).toEqual([
            ['Anyborough Borough Council', '62.5%', true],
            ['Anyshire Integrated Care Board', '25%', false],
            ['Anyshire Police and Crime Commissioner', '12.5%', false]
        ]);
        expect(model.coFunders).toEqual(['Anyshire Integrated Care Board', 'Anyshire Police and Crime Commissioner']);
    });

    test('cohort needs resolve to the framework text, and the cohort lists the outcomes serving it', () => {
        const cohort = model.cohorts[0];
        expect(cohort.needs[0]).toEqual({ name: 'Homelessness', text: 'Homeless, sofa surfing or at risk of losing their home' });
        expect(cohort.size?.display).toBe('420 people');
        expect(cohort.personas[0]).toMatchObject({ name: 'Sam', age: 30, area: 'Mossvale' });
        expect(cohort.outcomes.map(o => o.name)).toEqual(['SettledHome', 'Recovery', 'Stability', 'NoReturnToPrison', 'WorkAndLearning']);
    });

    test('outcomes: population outcome with its framework, horizons filled, delivered and measured by', () => {
        const settled = model.outcomes.find(o => o.name === 'SettledHome')!;
        expect(settled.contributesTo[0]).toMatchObject({
            name: 'SettledAccommodation',
            text: 'More residents live in settled, secure accommodation',
            framework: { name: 'Anyborough', title: 'Anyborough Health and Wellbeing Strategy 2026 to 2031', owner: 'Anyborough Health and Wellbeing Board' }
        });
        expect(settled.baseline?.display).toBe('18% in 2026');
        expect(settled.horizons.sixMonths?.measure?.display).toBe('30%');
        expect(settled.horizons.twoYears?.measure?.display).toBe('55%');
        expect(settled.horizons.fiveYears?.measure?.display).toBe('75%');
        expect(settled.deliveredBy.map(s => s.name)).toEqual(['KeyWorker', 'HousingFirst']);
        expect(settled.measuredBy).toEqual(["How support is built around each person's needs and assets"]);
        const stability = model.outcomes.find(o => o.name === 'Stability')!;
        expect(stability.baseline?.measure).toEqual({ kind: 'number', value: 64, display: '64' });
        expect(model.frameworks.map(f => f.name)).toEqual(['Anyborough']);
    });

    test('lots: values, shares of the tender value, services and the inherited award criteria', () => {
        expect(model.lots.map(l => [l.number, l.name, l.value?.display, l.share?.display])).toEqual([
            [1, 'KeyWorkerLot', '£1,100,000', '45.83%'],
            [2, 'HousingLot', '£800,000', '33.33%'],
            [3, 'RecoveryLot', '£500,000', '20.83%']
        ]);
        expect(model.lots[2].services).toEqual([
            { name: 'RecoveryAndPeerSupport', title: 'Recovery and peer support' },
            { name: 'RoutesIntoWork', title: 'Routes into work' }
        ]);
        expect(model.lots[2].needs.map(n => n.name)).toEqual(['SubstanceMisuse', 'MentalHealth', 'SocialIsolation', 'Employment']);
        expect(model.lots[0].awardCriteriaFrom).toBe('tender');
        expect(model.lots[0].awardCriteria?.criteria.map(c => c.weight?.value)).toEqual([55, 15, 30]);
        expect(model.services.find(s => s.name === 'HousingFirst')?.lots).toEqual([{ name: 'HousingLot', title: 'Housing-led support' }]);
        expect(model.lotRules?.maxPerBidder).toBe(2);
        expect(model.totals.lotValues?.display).toBe('£2,400,000');
        expect(model.totals.lotValuesShare?.value).toBe(100);
    });

    test('award criteria totals and shares', () => {
        const block = model.awardCriteria!;
        expect(block.totalWeight).toEqual({ value: 100, display: '100%' });
        expect(block.weightsComplete).toBe(true);
        expect(block.priceWeight?.value).toBe(30);
        expect(block.socialValueWeight?.value).toBe(15);
        expect(block.technicalWeight?.value).toBe(55);
        expect(block.criteria[0].subWeightsTotal?.value).toBe(55);
        expect(block.criteria[0].subCriteria[0].measures.map(m => m.name)).toEqual(['SettledHome', 'Recovery']);
        expect(block.criteria[2].subWeightsTotal).toBeNull();
    });

    test('timeline, contract dates and the light touch threshold', () => {
        expect(model.timeline?.milestones.map(m => m.name)).toEqual(['market-engagement', 'publish', 'clarification-deadline', 'bid-deadline', 'award', 'contract-start']);
        expect(model.timeline?.tenderingPeriodDays).toBe(49);
        expect(model.timeline?.participationDeadline).toBeNull();
        expect(model.contract?.end?.iso).toBe('2030-09-30');
        expect(model.contract?.maxEnd?.iso).toBe('2032-09-30');
        expect(model.contract?.paymentsTotal?.value).toBe(100);
        expect(model.contract?.review?.every?.display).toBe('12 months');
        expect(model.totals.threshold).toEqual({
            name: 'light touch contract threshold',
            amount: { minor: 66_354_000, currency: 'GBP', display: '£663,540' },
            source: 'Procurement Act 2023 Sch 1 row 8',
            reached: true
        });
    });

    test('source positions point at the element in the file', () => {
        const lines = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8').split('\n');
        const lineOf = (start: string) => lines.findIndex(l => l.trimStart().startsWith(start)) + 1;
        expect(model.source?.line).toBe(lineOf('tender MultipleDisadvantage2027'));
        expect(model.outcomes[0].source).toMatchObject({ line: lineOf('outcome SettledHome'), column: 5 });
        expect(model.lots[0].source?.line).toBe(lineOf('lot KeyWorkerLot'));
        expect(model.lots[0].source!.endLine).toBeGreaterThan(model.lots[0].source!.line);
    });

    test('the model is plain JSON: it survives a round trip unchanged', () => {
        expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    });
});

describe('resolveTender on incomplete tenders', () => {
    test('an empty tender resolves with nulls and empty lists', async () => {
        const model = await resolveText('tender Empty { }', false);
        expect(model.name).toBe('Empty');
        expect(model.title).toBeNull();
        expect(model.value).toBeNull();
        expect(model.lots).toEqual([]);
        expect(model.awardCriteria).toBeNull();
        expect(model.regime).toBe('standard');
        expect(model.regimeStated).toBe(false);
        expect(model.totals.threshold?.reached).toBeNull();
        expect(model.totals.threshold?.amount.display).toBe('£207,720');
    });

    test('unresolved references keep their names, with null text', async () => {
        const model = await resolveText(`tender T {
            cohort C { needs Nowhere }
            outcome O "Statement" { serves Ghost contributes-to Missing target 3 years 10% }
            service S { delivers Unknown }
            lot L "Lot" { services Phantom }
        }`, false);
        expect(model.cohorts[0].needs).toEqual([{ name: 'Nowhere', text: null }]);
        expect(model.outcomes[0].serves).toEqual([{ name: 'Ghost', description: null }]);
        expect(model.outcomes[0].contributesTo).toEqual([{ name: 'Missing', text: null, indicators: [], framework: null }]);
        expect(model.outcomes[0].horizons).toEqual({ sixMonths: null, twoYears: null, fiveYears: null });
        expect(model.outcomes[0].targets[0].standardHorizon).toBeNull();
        expect(model.services[0].delivers).toEqual([{ name: 'Unknown', statement: null }]);
        expect(model.lots[0].services).toEqual([{ name: 'Phantom', title: null }]);
        expect(model.lots[0].awardCriteriaFrom).toBeNull();
    });

    test('targets are ordered by horizon, 26 weeks fills the 6 months slot', async () => {
        const model = await resolveText(`tender T {
            outcome O "S" { target 5 years 70% target 26 weeks 20% target 2 years 40% target 1 year 30% }
        }`, false);
        const outcome = model.outcomes[0];
        expect(outcome.targets.map(t => t.horizon?.display)).toEqual(['26 weeks', '1 year', '2 years', '5 years']);
        expect(outcome.horizons.sixMonths?.horizon?.display).toBe('26 weeks');
        expect(outcome.horizons.twoYears?.measure?.value).toBe(40);
        expect(outcome.horizons.fiveYears?.measure?.value).toBe(70);
    });

    test('missing weights, a lot with its own criteria, malformed money and dates', async () => {
        const model = await resolveText(`tender T {
            value £1,000,000
            award-criteria { technical "Quality" weight 60% price "Price" }
            lot A "A" { value £400,000 award-criteria { price "Price" weight 100% } }
            lot B "B" { }
            timeline { publish 2027-02-30 bid-deadline 2027-04-01 }
            contract { duration 18 months }
        }`, false);
        expect(model.awardCriteria?.totalWeight.value).toBe(60);
        expect(model.awardCriteria?.weightsComplete).toBe(false);
        expect(model.awardCriteria?.criteria[1].weight).toBeNull();
        expect(model.lots[0].awardCriteriaFrom).toBe('lot');
        expect(model.lots[0].awardCriteria?.priceWeight?.value).toBe(100);
        expect(model.lots[1].awardCriteriaFrom).toBe('tender');
        expect(model.lots[0].share?.display).toBe('40%');
        expect(model.lots[1].value).toBeNull();
        expect(model.totals.lotValuesShare?.display).toBe('40%');
        expect(model.timeline?.publish).toBeNull();
        expect(model.timeline?.tenderingPeriodDays).toBeNull();
        expect(model.value?.term).toBeNull();
        expect(model.contract?.end).toBeNull();
        expect(model.totals.threshold?.reached).toBe(true);
    });

    test('a tender cut off mid-typing still resolves', async () => {
        const model = await resolveText(`tender T {
            title "Half"
            outcome O "S" { target
            lot L "L" { services`, false);
        expect(model.title).toBe('Half');
        expect(Array.isArray(model.outcomes)).toBe(true);
    });

    test('every prefix of the Anyborough tender resolves without throwing, to plain JSON', async () => {
        const text = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8');
        const services = (await lint('tender T { }')).services;
        let resolved = 0;
        for (let cut = 0; cut <= text.length; cut += 97) {
            const { document } = await lintWithFramework(text.slice(0, cut), { services });
            const root = document.parseResult.value;
            for (const tender of root.elements.filter(isTender)) {
                const model = resolveTender(tender, document);
                expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
                resolved++;
            }
        }
        expect(resolved).toBeGreaterThan(50);
    }, 120_000); // some 300 lints: well within 30 s on a quiet machine, not with both cores busy
});
