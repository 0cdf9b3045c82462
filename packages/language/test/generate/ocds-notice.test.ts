/**
 * The OCDS release as Find a Tender publishes the notice (issue 11): the normative examples field
 * by field, field shapes compared with real Find a Tender data copied into
 * test/fixtures/ocds/find-a-tender/releases.json (with its source addresses), the notice the
 * procedure calls for, and nothing the tender does not state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import type { TenderDocument } from '../../src/model/tender-document.js';
import { explainOcds } from '../../src/generate/ocds/explain.js';
import { ocdsJson, OPEN_GOVERNMENT_LICENCE } from '../../src/generate/ocds/ocds-writer.js';
import { lint, REPO_ROOT } from '../helpers.js';

const FIXTURES = join(REPO_ROOT, 'packages', 'language', 'test', 'fixtures', 'ocds', 'find-a-tender', 'releases.json');
interface RealParty { id: string; identifier: { scheme: string; id: string }; address: Record<string, string>; contactPoint: Record<string, string>; roles: string[]; details: { classifications: { id: string; scheme: string; description: string }[] } }
const REAL = JSON.parse(readFileSync(FIXTURES, 'utf8')) as {
    packages: { source: string; package: { license: string; publisher: { name: string } } }[];
    releases: { source: string; release: { parties: RealParty[]; buyer?: { id: string; name: string } } }[];
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function modelsOf(path: string): Promise<TenderDocument[]> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [join(REPO_ROOT, path)]);
    return document.parseResult.value.elements.filter(isTender).map(t => resolveTender(t, document));
}

async function modelOf(text: string): Promise<TenderDocument> {
    const { document } = await lint(text);
    return resolveTender(document.parseResult.value.elements.find(isTender)!);
}

function releaseOf(model: TenderDocument, options = {}): Json {
    return (JSON.parse(ocdsJson(model, options)) as Json).releases[0] as Json;
}

/** The keys of an object, sorted: shapes compared, not values. */
const keys = (o: object) => Object.keys(o).sort();

describe('the normative examples, field by field', async () => {
    const [westhaven] = await modelsOf('examples/westhaven/young-people-accommodation.tender');
    const [anyborough] = await modelsOf('examples/anyborough/multiple-disadvantage.tender');
    const release = releaseOf(westhaven);
    const tender = release.tender as Json;

    test('parties: <scheme>-<id> with identifier, address with its ITL region, contact point; joint buyers are buyers; no procuringEntity', () => {
        const [lead, joint] = release.parties as Json[];
        expect(lead).toMatchObject({
            id: 'GB-PPON-PWHV-5080-CNCL', name: 'Westhaven Council', identifier: { scheme: 'GB-PPON', id: 'PWHV-5080-CNCL' },
            address: { streetAddress: 'Civic Offices, Harbour Road', locality: 'Westhaven', postalCode: 'WH1 4QT', countryName: 'United Kingdom', region: 'UKK42' },
            contactPoint: { name: "Children's Placements Commissioning", email: 'placements.commissioning@westhaven.gov.uk', telephone: '01803 200000' },
            details: { url: 'https://www.westhaven.gov.uk', classifications: [{ scheme: 'UK_CA_TYPE', id: 'publicAuthoritySubCentralGovernment' }] }
        });
        expect(lead.roles).toContain('buyer');
        expect(joint).toMatchObject({ id: 'GB-PPON-PECB-1193-BRGH', identifier: { scheme: 'GB-PPON', id: 'PECB-1193-BRGH' }, address: { region: 'UKK42' }, contactPoint: { email: 'procurement@eastcombe.gov.uk' } });
        expect(joint.roles).toContain('buyer');
        expect(release.buyer).toEqual({ id: 'GB-PPON-PWHV-5080-CNCL', name: 'Westhaven Council' });
        expect((release.parties as Json[]).some(p => p.roles.includes('procuringEntity'))).toBe(false);
        expect(tender).not.toHaveProperty('procuringEntity');
    });

    test('value excluding and including VAT; CPV and delivery regions on each lot\'s item; lot periods and renewals', () => {
        expect(tender.value).toEqual({ amount: 9600000, amountGross: 9600000, currency: 'GBP' });
        // Each lot's own codes where it has them (lot 2 "85311300-5"), else the tender's ("85311000-2").
        expect((tender.items as Json[]).map(i => i.additionalClassifications.map((c: Json) => c.id))).toEqual(westhaven.lots.map(l => l.cpv.map(c => c.digits)));
        expect(new Set((tender.items as Json[]).map(i => i.additionalClassifications[0].id))).toEqual(new Set(['85311000', '85311300']));
        for (const item of tender.items as Json[]) {
            expect(item.additionalClassifications[0]).toMatchObject({ scheme: 'CPV' });
            expect(item.deliveryAddresses).toEqual([{ region: 'UKK42' }]);
            expect(item).not.toHaveProperty('classification');
        }
        for (const lot of tender.lots as Json[]) {
            expect(lot.contractPeriod).toMatchObject({ startDate: expect.any(String), endDate: expect.any(String), maxExtentDate: expect.any(String), durationInMonths: expect.any(Number) });
            expect(lot.hasRenewal).toBe(true);
            expect(lot.renewal.description).toMatch(/^The contract may be extended /);
        }
    });

    test('deadlines with the time written; submission method and address; suitability only as stated', () => {
        expect(tender.tenderPeriod.endDate).toMatch(/^2027-06-25T\d\d:\d\d:00\+01:00$/);
        expect(tender.enquiryPeriod.endDate).toMatch(/T\d\d:\d\d:00\+01:00$/);
        expect(tender.submissionMethod).toEqual(['electronicSubmission']);
        expect(tender.submissionMethodDetails).toMatch(/^https:\/\//);
        expect(tender.suitability).toEqual({ sme: false, vcse: true });
    });

    test('framework details; the UK2 notice; risks without the internal one; the licence', () => {
        expect(tender.techniques).toMatchObject({ hasFrameworkAgreement: true, frameworkAgreement: { maximumParticipants: 12, method: 'withReopeningCompetition', isOpenFrameworkScheme: false, period: { durationInMonths: 48 } } });
        expect(release.planning.documents[0]).toMatchObject({ documentType: 'marketEngagementNotice', noticeType: 'UK2', id: '2027/S 000-004512' });
        expect(tender.riskDetails).toContain('Providers cannot find enough flats');
        expect(tender.riskDetails).not.toContain('Eastcombe reduces its contribution');
        expect((JSON.parse(ocdsJson(westhaven)) as Json).license).toBe(OPEN_GOVERNMENT_LICENCE);
    });

    test('--explain-ocds lists nothing for either example once ocidPrefix and --base-url are set', () => {
        for (const model of [westhaven, anyborough]) {
            expect(explainOcds(model, { ocidPrefix: 'ocds-abc123', baseUrl: 'https://data.example.gov.uk/tenders/' }), model.name).toEqual([]);
            // With the documentation prefix, the setting is the one thing listed.
            expect(explainOcds(model, { baseUrl: 'https://data.example.gov.uk/tenders/' }).map(g => g.kind)).toEqual(['setting']);
        }
    });
});

describe('field shapes match real Find a Tender data', async () => {
    const [westhaven] = await modelsOf('examples/westhaven/young-people-accommodation.tender');
    const ours = releaseOf(westhaven);
    const theirs = REAL.releases.map(r => r.release.parties[0]);

    test('the fixture says where each part came from', () => {
        for (const entry of [...REAL.packages, ...REAL.releases]) expect(entry.source).toMatch(/^https:\/\//);
    });

    test('a buyer party: id is <scheme>-<identifier.id>, identifier {scheme, id}, address and contact fields named as Find a Tender names them', () => {
        const buyer = (ours.parties as Json[])[0];
        for (const real of theirs) {
            expect(real.id).toBe(`${real.identifier.scheme}-${real.identifier.id}`);
            expect(buyer.id).toBe(`${buyer.identifier.scheme}-${buyer.identifier.id}`);
            expect(keys(buyer.identifier)).toEqual(keys(real.identifier));
            // Ours has every address field theirs has, except `country` (the EU profile's ISO code, not in our merged schema).
            expect(keys(real.address).filter(k => k !== 'country')).toEqual(keys(buyer.address));
            for (const k of keys(buyer.contactPoint)) expect(['name', 'email', 'telephone']).toContain(k);
            expect(keys(real.contactPoint).every(k => k in buyer.contactPoint)).toBe(true);
            expect(keys(buyer.details.classifications[0])).toEqual(keys(real.details.classifications[0]));
            expect(buyer.details.classifications[0].scheme).toBe(real.details.classifications[0].scheme);
            expect(real.roles).toEqual(['buyer']);
        }
        const withBuyer = REAL.releases.find(r => r.release.buyer)!.release;
        expect(keys(ours.buyer)).toEqual(keys(withBuyer.buyer!));
        expect(withBuyer.buyer!.id).toBe(withBuyer.parties[0].id);
        expect(ours.buyer.id).toBe((ours.parties as Json[])[0].id);
    });

    test('the package licence is Find a Tender\'s', () => {
        expect((JSON.parse(ocdsJson(westhaven)) as Json).license).toBe(REAL.packages[0].package.license);
    });
});

describe('the notice the procedure calls for', () => {
    const base = (procedure: string) => `tender T { title "t" reference "R-1" buyer "B Council" issued 2027-01-04 ${procedure} value £900,000 }`;
    test('open and competitive flexible: UK4; direct award: UK5 with its justification; call-off: no notice document', async () => {
        const notice = async (procedure: string) => (releaseOf(await modelOf(base(procedure))).tender.documents as Json[]).filter(d => d.documentType === 'tenderNotice');
        expect((await notice('procedure open'))[0]).toMatchObject({ noticeType: 'UK4', title: 'Tender notice' });
        expect((await notice('procedure competitive-flexible'))[0]).toMatchObject({ noticeType: 'UK4' });
        expect((await notice('procedure direct-award { justification "Schedule 5 paragraph 13: extreme urgency" }'))[0]).toMatchObject({ noticeType: 'UK5', title: 'Transparency notice' });
        expect(await notice('procedure framework-call-off')).toEqual([]);
        const direct = releaseOf(await modelOf(base('procedure direct-award { justification "Schedule 5 paragraph 13: extreme urgency" }')));
        expect(direct.tender.procurementMethodRationale).toBe('Schedule 5 paragraph 13: extreme urgency');
    });
});

describe('nothing the tender does not state', () => {
    test('a tender without times, suitability or buyer details: no deadline date-times, no suitability, no identifier, address or contact, no amount excluding VAT', async () => {
        const model = await modelOf(`tender Bare {
            title "Peer support" reference "B-1" buyer "Anyborough Borough Council" issued 2027-01-11
            procedure open value £150,000 over 2 years
            service S "Support" { description "d" }
            lot L "Support" { value £150,000 services S }
            collaboration { joint-bids welcome }
            timeline { publish 2027-02-01 clarification-deadline 2027-02-15 participation-deadline 2027-02-20 bid-deadline 2027-03-10 award 2027-04-01 }
        }`);
        const release = releaseOf(model);
        const tender = release.tender as Json;
        expect(tender.tenderPeriod).toEqual({ startDate: '2027-02-01T00:00:00Z' });
        expect(tender.enquiryPeriod).toEqual({ startDate: '2027-02-01T00:00:00Z' });
        expect(tender).not.toHaveProperty('expressionOfInterestDeadline');
        expect(JSON.stringify(release)).not.toMatch(/T12:00:00/);
        expect(tender).not.toHaveProperty('suitability');
        expect(tender.lots[0]).not.toHaveProperty('suitability');
        const buyer = (release.parties as Json[])[0];
        expect(keys(buyer)).toEqual(['details', 'id', 'name', 'roles']);
        // The organisation type is the documented default for a council, and says so nowhere else.
        expect(buyer.details.classifications).toEqual([{ scheme: 'UK_CA_TYPE', id: 'publicAuthoritySubCentralGovernment', description: 'Public authority - sub-central government' }]);
        expect(tender.value).toEqual({ amountGross: 150000, currency: 'GBP' });
        expect(tender).not.toHaveProperty('submissionMethod');
        expect(tender.items[0]).not.toHaveProperty('deliveryAddresses');
        expect(release).not.toHaveProperty('planning');
        expect(tender).not.toHaveProperty('techniques');
        expect(tender).not.toHaveProperty('otherRequirements');
        // Dates that are not deadlines: 00:00 start and 23:59:59 end, UK time.
        expect(tender.awardPeriod).toEqual({ startDate: '2027-04-01T00:00:00+01:00', endDate: '2027-04-01T23:59:59+01:00' });
    });
});
