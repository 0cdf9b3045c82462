/**
 * The resolved model of language 1.1: each new construct parses into the model expected, each lot's
 * effective values follow the reference's "What a lot takes from the tender", and every 1.0 example
 * (kept under fixtures/language-1.0 as it was before 1.1) resolves to the same model as it did then,
 * field for field (fields added in 1.1 aside).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import type { Tender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import type { LotModel, TenderDocument } from '../../src/model/tender-document.js';
import { EXAMPLES, languageErrors, lint } from '../helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'language-1.0');

async function resolveFile(file: string, root: string): Promise<TenderDocument[]> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(root)]);
    const [document] = await loadTenders(services, [file]);
    expect(document.parseResult.parserErrors).toEqual([]);
    return document.parseResult.value.elements.filter(isTender).map(t => resolveTender(t, document));
}

async function resolveText(text: string): Promise<TenderDocument> {
    const { document, diagnostics } = await lint(text);
    expect(languageErrors(diagnostics).map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    const tender = document.parseResult.value.elements.find(isTender) as Tender | undefined;
    if (!tender) throw new Error('no tender in the text');
    return resolveTender(tender, document);
}

function lot(model: TenderDocument, name: string): LotModel {
    const found = model.lots.find(l => l.name === name);
    if (!found) throw new Error(`no lot ${name}`);
    return found;
}

/** `old` with only the keys `now` also has kept, recursively: what 1.0 said, as 1.1 says it. */
function differences(old: unknown, now: unknown, path = ''): string[] {
    if (Array.isArray(old)) {
        if (!Array.isArray(now) || now.length !== old.length) return [`${path}: ${JSON.stringify(old)?.slice(0, 80)} became ${JSON.stringify(now)?.slice(0, 80)}`];
        return old.flatMap((item, i) => differences(item, now[i], `${path}[${i}]`));
    }
    if (old !== null && typeof old === 'object') {
        if (now === null || typeof now !== 'object') return [`${path}: became ${JSON.stringify(now)}`];
        return Object.entries(old).flatMap(([key, value]) => key in now
            ? differences(value, (now as Record<string, unknown>)[key], `${path}.${key}`)
            : [`${path}.${key}: gone`]);
    }
    return Object.is(old, now) ? [] : [`${path}: ${JSON.stringify(old)} became ${JSON.stringify(now)}`];
}

function fixtureFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? fixtureFiles(path) : name.endsWith('.tender') && existsSync(path.replace(/\.tender$/, '.model-1.0.json')) ? [path] : [];
    });
}

function allTenderFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? allTenderFiles(path) : name.endsWith('.tender') ? [path] : [];
    });
}

describe('every 1.0 file parses and links in 1.1 with no language error', () => {
    for (const file of allTenderFiles(FIXTURES)) {
        test(file.slice(FIXTURES.length + 1), async () => {
            const { Tender: services } = createTenderServices(NodeFileSystem);
            services.workspace.WorkspaceRoots.setRoots([URI.file(FIXTURES)]);
            const [document] = await loadTenders(services, [file]);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            expect(languageErrors(document.diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
        });
    }
});

describe('every 1.0 example resolves to the same model as in 1.0', () => {
    const files = fixtureFiles(FIXTURES);
    test('there are 1.0 tenders with their 1.0 models', () => {
        expect(files.length).toBe(3);
    });
    for (const file of files) {
        test(file.slice(FIXTURES.length + 1), async () => {
            const before = JSON.parse(readFileSync(file.replace(/\.tender$/, '.model-1.0.json'), 'utf8')) as unknown;
            const now = JSON.parse(JSON.stringify(await resolveFile(file, FIXTURES))) as unknown;
            expect(differences(before, now)).toEqual([]);
        });
    }
});

describe('notice facts in the model', () => {
    test('buyer details, joint buyers, the id scheme, postcode and town, and the default type', async () => {
        const model = await resolveText(`tender T {
    buyer "Eastmere District Council" {
        id "GB-PPON-PMRV-7341-TLNB"
        address "Council Offices", "Market Street", "Eastmere", "EM1 2AB"
        region "UKH14"
        email "a@b.gov.uk"
        telephone "01234 567890"
        website "https://eastmere.gov.uk"
        contact "Procurement Team"
    }
    joint-buyer "Westmere Borough Council" { id "GB-COH-01234567" type central-government address "Town Hall", "WM1 1AA" }
}`);
        expect(model.buyer).toBe('Eastmere District Council');
        expect(model.buyerDetails).toMatchObject({
            name: 'Eastmere District Council', id: 'GB-PPON-PMRV-7341-TLNB', scheme: 'GB-PPON', identifier: 'PMRV-7341-TLNB', type: null,
            address: ['Council Offices', 'Market Street', 'Eastmere', 'EM1 2AB'], postcode: 'EM1 2AB', town: 'Eastmere', region: 'UKH14',
            email: 'a@b.gov.uk', telephone: '01234 567890', website: 'https://eastmere.gov.uk', contact: 'Procurement Team'
        });
        expect(model.buyerType).toBe('sub-central-government');
        expect(model.buyerTypeStated).toBe(false);
        expect(model.jointBuyers).toEqual([expect.objectContaining({ name: 'Westmere Borough Council', scheme: 'GB-COH', identifier: '01234567', type: 'central-government', postcode: 'WM1 1AA', town: 'Town Hall' })]);
    });

    test('procedure process, direct award justification, region, excluding VAT, reserved, suitability, capacity, requirements', async () => {
        const model = await resolveText(`tender T {
    procedure competitive-flexible {
        negotiation may
        refine-criteria "r"
        shortlist up-to 4 by "highest scores"
        minimum-suppliers 3
        rounds "two rounds"
    }
    region "UKH14", "UKH15"
    region "UKH16"
    value £6,000,000 over 5 years excluding-vat £5,000,000
    reserved supported-employment
    suitable-for sme, vcse
    capacity 1,200 households per year "with problem debt"
    capacity 6 units
    requirement "a", "b"
    requirement "c"
}
tender D { procedure direct-award { justification "User choice" } }`);
        expect(model.procedureProcess).toMatchObject({ negotiation: 'may', refineCriteria: 'r', shortlist: { upTo: 4, by: 'highest scores' }, minimumSuppliers: 3, rounds: 'two rounds' });
        expect(model.justification).toBeNull();
        expect(model.regions).toEqual(['UKH14', 'UKH15', 'UKH16']);
        expect(model.value?.excludingVat).toEqual({ minor: 500_000_000, currency: 'GBP', display: '£5,000,000' });
        expect(model.value?.amount?.minor).toBe(600_000_000);
        expect(model.reserved).toBe('supported-employment');
        expect(model.suitableFor).toEqual(['sme', 'vcse']);
        expect(model.capacities.map(c => [c.count, c.unit, c.per, c.description, c.display])).toEqual([
            [1200, 'households', 'year', 'with problem debt', '1,200 households per year'],
            [6, 'units', null, null, '6 units']
        ]);
        expect(model.requirements).toEqual(['a', 'b', 'c']);
    });

    test('a direct award carries its justification and no process', async () => {
        const { document } = await lint('tender D { procedure direct-award { justification "User choice (Schedule 5 paragraph 15)" } }');
        const model = resolveTender(document.parseResult.value.elements.find(isTender) as Tender, document);
        expect(model.justification).toBe('User choice (Schedule 5 paragraph 15)');
        expect(model.procedureProcess).toBeNull();
    });

    test('submission, engagement notice, KPIs and no-kpis, framework agreement', async () => {
        const model = await resolveText(`tender T {
    submission { via "https://x" electronic no documents later language "English", "Welsh" }
    engagement { providers "p" notice "2027/S 000-004512" }
    kpi Occupancy "Places are used" { indicator "share occupied" target 95% reported every 3 months }
    no-kpis because "set later"
    framework-agreement {
        term 6 years
        longer-term because "registration takes 18 months"
        suppliers up-to 12
        open
        call-off competitive-selection "by quality then price"
        users "Westhaven Council", "Eastcombe Borough Council"
        fee 1%
    }
}`);
        expect(model.submission).toMatchObject({ via: 'https://x', electronic: false, documents: 'later', languages: ['English', 'Welsh'] });
        expect(model.engagement).toMatchObject({ providers: 'p', notice: '2027/S 000-004512', noNoticeReason: null });
        expect(model.kpis).toEqual([expect.objectContaining({ name: 'Occupancy', statement: 'Places are used', indicator: 'share occupied', target: { kind: 'percent', value: 95, display: '95%' } })]);
        expect(model.kpis[0]!.reportedEvery?.display).toBe('3 months');
        expect(model.noKpis?.reason).toBe('set later');
        expect(model.frameworkAgreement).toMatchObject({
            longerTermBecause: 'registration takes 18 months', suppliers: { kind: 'up-to', upTo: 12, display: 'up to 12 suppliers' }, open: true,
            callOff: 'competitive-selection', callOffText: 'by quality then price', users: ['Westhaven Council', 'Eastcombe Borough Council'], fee: { value: 1, display: '1%' }
        });
        expect(model.frameworkAgreement?.term?.months).toBe(72);
    });

    test('submission languages as a list, written with or without commas', async () => {
        const model = await resolveText('tender T { submission { language "English" "Welsh", "Polish" language "Urdu" } }');
        expect(model.submission?.languages).toEqual(['English', 'Welsh', 'Polish', 'Urdu']);
    });

    test('engagement without a notice carries the reason', async () => {
        const model = await resolveText('tender T { engagement { no-notice because "open meetings" } }');
        expect(model.engagement).toMatchObject({ notice: null, noNoticeReason: 'open meetings' });
    });

    test('times of day carry their UK offset: BST in summer, GMT in winter, the repeated hour as BST', async () => {
        const model = await resolveText(`tender T { timeline {
    publish 2027-01-10 09:30
    clarification-deadline 2027-10-31 01:30
    bid-deadline 2027-04-19 12:00
    award 2027-08-16
} }`);
        const timeline = model.timeline!;
        expect(timeline.bidDeadline?.iso).toBe('2027-04-19');
        expect(timeline.bidDeadlineTime).toEqual({ time: '12:00', offset: '+01:00', dateTime: '2027-04-19T12:00:00+01:00', display: '12:00 BST' });
        expect(timeline.publishTime).toEqual({ time: '09:30', offset: '+00:00', dateTime: '2027-01-10T09:30:00+00:00', display: '09:30 GMT' });
        expect(timeline.clarificationDeadlineTime?.offset).toBe('+01:00'); // 31 October 2027 is the last Sunday: read as BST
        expect(timeline.awardTime).toBeNull();
        expect(timeline.milestones.find(m => m.name === 'bid-deadline')?.time?.dateTime).toBe('2027-04-19T12:00:00+01:00');
        expect(timeline.milestones.find(m => m.name === 'award')?.time).toBeNull();
    });

    test('assessment, pass marks, baseline pending, service requirements, internal risks', async () => {
        const model = await resolveText(`tender T {
    outcome O "o" { baseline pending "measured in the first 6 months" }
    service S "s" { requirement "Each person has a named worker", "Visits weekly" requirement "Reports monthly" }
    award-criteria {
        technical "Quality" weight 60% pass-mark 2 { sub "A" weight 60% pass-mark 3 }
        price "Price" weight 40%
        assessment {
            scale 0 to 4
            mark 0 "No answer"
            mark 4 "Full" "with evidence"
            price "lowest price divided by the tendered price, times 40"
            no-pass-marks
        }
    }
    risk R "r" { mitigation "m" internal }
    risk P "p"
}`);
        expect(model.outcomes[0]!.baseline).toEqual({ measure: null, year: null, pending: true, pendingText: 'measured in the first 6 months', display: 'To be measured: measured in the first 6 months' });
        expect(model.services[0]!.requirements).toEqual(['Each person has a named worker', 'Visits weekly', 'Reports monthly']);
        const criteria = model.awardCriteria!;
        expect(criteria.criteria[0]!.passMark).toBe(2);
        expect(criteria.criteria[0]!.subCriteria[0]!.passMark).toBe(3);
        expect(criteria.criteria[1]!.passMark).toBeNull();
        expect(criteria.assessment).toMatchObject({ scale: { from: 0, to: 4 }, price: 'lowest price divided by the tendered price, times 40', noPassMarks: true });
        expect(criteria.assessment?.marks.map(m => [m.mark, m.texts, m.description])).toEqual([[0, ['No answer'], 'No answer'], [4, ['Full', 'with evidence'], 'Full with evidence']]);
        expect(model.risks.map(r => [r.name, r.internal])).toEqual([['R', true], ['P', false]]);
    });

    test('contract: extension forms, payment texts, reporting, TUPE, terms; lot rules; cpv lists and labels', async () => {
        const model = await resolveText(`tender T {
    cpv "85311000-2" "Social work services with accommodation"
    cpv "79111000-5", "85312310-5"
    timeline { contract-start 2027-11-01 }
    contract {
        duration 4 years
        extension 1 year, 1 year if "funding is available"
        payment block 60% "paid monthly in advance"
        payment spot-purchase 40%
        reporting every 3 months "occupancy"
        tupe unlikely "no staff transfer"
        terms "Council Terms 2026"
    }
    lots { max-per-bidder 3 max-awarded 2 by "highest quality" }
}`);
        expect(model.cpv.map(c => [c.code, c.label])).toEqual([['85311000-2', 'Social work services with accommodation'], ['79111000-5', null], ['85312310-5', null]]);
        const contract = model.contract!;
        expect(contract.extension?.display).toBe('2 years');
        expect(contract.extensions).toMatchObject({ kind: 'successive', step: null, condition: 'funding is available', display: '1 year + 1 year if funding is available' });
        expect(contract.extensions?.periods.map(p => p.display)).toEqual(['1 year', '1 year']);
        expect(contract.maxEnd?.iso).toBe('2033-10-31');
        expect(contract.payments).toEqual([
            { mechanism: 'block', share: { value: 60, display: '60%' }, text: 'paid monthly in advance' },
            { mechanism: 'spot-purchase', share: { value: 40, display: '40%' }, text: null }
        ]);
        expect(contract.reporting).toMatchObject({ every: { display: '3 months' }, text: 'occupancy' });
        expect(contract.tupe).toEqual({ likelihood: 'unlikely', text: 'no staff transfer' });
        expect(contract.terms).toBe('Council Terms 2026');
        expect(model.lotRules).toMatchObject({ maxPerBidder: 3, maxAwarded: 2, maxAwardedBy: 'highest quality' });
    });

    test('an up-to extension in steps', async () => {
        const model = await resolveText('tender T { contract { duration 3 years extension up-to 2 years in-steps-of 12 months } }');
        expect(model.contract?.extension?.display).toBe('2 years');
        expect(model.contract?.extensions).toMatchObject({ kind: 'up-to', step: { display: '12 months' }, condition: null, display: 'up to 2 years in steps of 12 months' });
    });

    test('a social value requirement list: one requirement per text, mandatory applying to each', async () => {
        const model = await resolveText('tender T { social-value { requirement "a", "b" mandatory requirement "c" } }');
        expect(model.socialValue?.requirements.map(r => [r.text, r.mandatory])).toEqual([['a', true], ['b', true], ['c', false]]);
    });

    test('Word curly quotes and grouped numbers read as their values', async () => {
        const model = await resolveText('tender T { title “Money advice for “people in debt” cohort C { size 1,200 people } purpose “ends at a straight quote" }');
        expect(model.title).toBe('Money advice for “people in debt'); // a curly text closes at the first ” or "
        expect(model.cohorts[0]!.size?.count).toBe(1200);
        expect(model.purpose).toBe('ends at a straight quote');
    });
});

describe("what a lot takes from the tender", () => {
    const TEXT = `tender T {
    cpv "85311000-2"
    region "UKK42"
    reserved public-service-mutual
    suitable-for vcse
    value £3,000,000 over 6 years
    framework-agreement { term 4 years suppliers up-to 12 call-off direct-award users "u" }
    timeline { contract-start 2027-11-01 }
    contract {
        duration 4 years
        extension up-to 2 years
        review every 12 months "joint review"
        payment block 60% "monthly"
        payment spot-purchase 40%
        terms "Terms 2026"
    }
    award-criteria {
        technical "Quality" weight 70%
        price "Price" weight 30%
        assessment { scale 0 to 4 price "lowest price" no-pass-marks }
    }
    lot Inherits "All from the tender" { value £1,000,000 }
    lot Own "Its own" {
        value £1,000,000 over 2 years excluding-vat £900,000
        cpv "85311300-5" "Welfare services for children"
        region "UKK41", "UKK43"
        reserved supported-employment
        suitable-for sme
        suppliers unlimited
        capacity 8 units "flats"
        kpi K "k" { target 90% }
        contract {
            duration 2 years
            payment outcomes 100% "on evidence"
            tupe likely
        }
        award-criteria { technical "Quality" weight 80% price "Price" weight 20% }
    }
    lot Contract "A contract lot" { value £1,000,000 kind contract contract { extension 1 year, 1 year } award-criteria { price "Price" weight 100% assessment { scale 1 to 10 } } }
}`;

    test('a lot that says nothing takes the tender\'s terms, codes, regions, reservation, suitability and criteria; a framework lot the framework\'s suppliers', async () => {
        const model = await resolveText(TEXT);
        const inherits = lot(model, 'Inherits');
        expect(inherits.kind).toBe('framework');
        expect(inherits.kindStated).toBe(false);
        expect(inherits.suppliers).toMatchObject({ kind: 'up-to', upTo: 12 });
        expect(inherits.suppliersFrom).toBe('tender');
        expect(inherits.cpv.map(c => c.code)).toEqual(['85311000-2']);
        expect(inherits.cpvFrom).toBe('tender');
        expect(inherits.regions).toEqual(['UKK42']);
        expect(inherits.regionsFrom).toBe('tender');
        expect([inherits.reserved, inherits.reservedFrom]).toEqual(['public-service-mutual', 'tender']);
        expect([inherits.suitableFor, inherits.suitableForFrom]).toEqual([['vcse'], 'tender']);
        expect(inherits.contractFrom).toBe('tender');
        expect(inherits.contract).toEqual({ ...model.contract, source: model.contract!.source });
        expect(inherits.awardCriteriaFrom).toBe('tender');
        expect(inherits.assessmentFrom).toBe('tender');
        expect(inherits.awardCriteria?.assessment?.noPassMarks).toBe(true);
        expect(inherits.valueExcludingVat).toBeNull();
        expect(inherits.valueTerm).toBeNull();
    });

    test('a lot\'s own contract overrides property by property, payment lines as one group', async () => {
        const model = await resolveText(TEXT);
        const own = lot(model, 'Own');
        expect(own.contractFrom).toBe('both');
        const contract = own.contract!;
        expect(contract.duration?.display).toBe('2 years');
        expect(contract.extension?.display).toBe('2 years'); // the tender's up-to 2 years
        expect(contract.review?.text).toBe('joint review');
        expect(contract.payments.map(p => [p.mechanism, p.share?.value, p.text])).toEqual([['outcomes', 100, 'on evidence']]);
        expect(contract.paymentsTotal?.value).toBe(100);
        expect(contract.tupe).toEqual({ likelihood: 'likely', text: null });
        expect(contract.terms).toBe('Terms 2026');
        expect(contract.end?.iso).toBe('2029-10-31');
        expect(contract.maxEnd?.iso).toBe('2031-10-31');
    });

    test('a lot\'s own cpv, region, reservation, suitability, suppliers and criteria replace the tender\'s; its criteria take the tender\'s assessment when they have none', async () => {
        const model = await resolveText(TEXT);
        const own = lot(model, 'Own');
        expect(own.cpv.map(c => [c.code, c.label])).toEqual([['85311300-5', 'Welfare services for children']]);
        expect(own.cpvFrom).toBe('lot');
        expect([own.regions, own.regionsFrom]).toEqual([['UKK41', 'UKK43'], 'lot']);
        expect([own.reserved, own.reservedFrom]).toEqual(['supported-employment', 'lot']);
        expect([own.suitableFor, own.suitableForFrom]).toEqual([['sme'], 'lot']);
        expect([own.suppliers?.kind, own.suppliersFrom]).toEqual(['unlimited', 'lot']);
        expect(own.capacities.map(c => c.display)).toEqual(['8 units']);
        expect(own.kpis.map(k => k.name)).toEqual(['K']);
        expect(own.valueExcludingVat?.minor).toBe(90_000_000);
        expect(own.valueTerm?.display).toBe('2 years');
        expect(own.awardCriteriaFrom).toBe('lot');
        expect(own.awardCriteria?.technicalWeight?.value).toBe(80);
        expect(own.assessmentFrom).toBe('tender');
        expect(own.awardCriteria?.assessment).toMatchObject({ scale: { from: 0, to: 4 }, price: 'lowest price', noPassMarks: true });
    });

    test('a contract lot in a framework tender: one supplier by default, its own assessment, successive extensions', async () => {
        const model = await resolveText(TEXT);
        const contractLot = lot(model, 'Contract');
        expect([contractLot.kind, contractLot.kindStated]).toEqual(['contract', true]);
        expect(contractLot.suppliers).toEqual({ kind: 'single', upTo: null, display: 'a single supplier' });
        expect(contractLot.suppliersFrom).toBe('default');
        expect(contractLot.assessmentFrom).toBe('lot');
        expect(contractLot.awardCriteria?.assessment).toMatchObject({ scale: { from: 1, to: 10 }, price: null, noPassMarks: false });
        expect(contractLot.contract?.extensions?.display).toBe('1 year + 1 year');
        expect(contractLot.contract?.extension?.display).toBe('2 years');
        expect(contractLot.contract?.payments.map(p => p.mechanism)).toEqual(['block', 'spot-purchase']);
    });

    test('without a framework-agreement every lot is a contract lot with a single supplier', async () => {
        const model = await resolveText('tender T { lot A "a" { value £1m } }');
        expect(lot(model, 'A')).toMatchObject({ kind: 'contract', kindStated: false, suppliers: { kind: 'single' }, suppliersFrom: 'default', cpv: [], cpvFrom: null, regions: [], regionsFrom: null, contract: null, contractFrom: null, assessmentFrom: null });
    });
});

describe('the normative examples resolve with their notice facts', () => {
    test('Westhaven: joint buyer, framework lots, per-lot contract and suppliers', async () => {
        const [model] = await resolveFile(join(EXAMPLES, 'westhaven', 'young-people-accommodation.tender'), EXAMPLES);
        expect(model!.buyerDetails?.scheme).toBe('GB-PPON');
        expect(model!.jointBuyers.map(j => j.name)).toEqual(['Eastcombe Borough Council']);
        expect(model!.timeline?.bidDeadlineTime?.dateTime).toBe('2027-06-25T12:00:00+01:00');
        const flats = lot(model!, 'FlatsLot');
        expect(flats.kind).toBe('framework');
        expect(flats.suppliers?.display).toBe('up to 6 suppliers');
        expect(flats.contract?.extensions?.display).toBe('1 year + 1 year if funding is available');
        expect(flats.contract?.payments.map(p => p.share?.value)).toEqual([70, 30]);
        expect(flats.contract?.reporting?.text).toBe('Occupancy, unplanned moves and move-on outcomes for each young person');
        const parents = lot(model!, 'ParentsLot');
        expect(parents.cpv.map(c => c.code)).toEqual(['85311300-5']);
        expect(parents.suitableFor).toEqual(['vcse']);
        expect(lot(model!, 'LodgingsLot').suitableFor).toEqual(['sme', 'vcse']);
        expect(model!.risks.find(r => r.name === 'BudgetCut')?.internal).toBe(true);
        expect(model!.outcomes.find(o => o.name === 'MoveOn')?.baseline?.pending).toBe(true);
    });

    test('every form: each tender resolves to plain JSON', async () => {
        const models = await resolveFile(join(EXAMPLES, 'forms', 'every-form.tender'), EXAMPLES);
        expect(models.map(m => m.name)).toEqual(['DebtAdvice2028', 'UserChoiceCareHome2028', 'RespiteFramework2028']);
        expect(JSON.parse(JSON.stringify(models))).toEqual(models);
        expect(models[0]!.title).toBe('Money advice for people in problem debt');
        expect(models[1]!.justification).toMatch(/^User choice/);
        expect(lot(models[2]!, 'Overnight').suppliers?.kind).toBe('unlimited');
        expect(lot(models[2]!, 'DayBreaks').suppliers?.upTo).toBe(3);
    });
});
