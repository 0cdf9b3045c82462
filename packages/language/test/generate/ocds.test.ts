/**
 * The OCDS output against the OCDS 1.1.5 release package schema with the extensions merged
 * (test/fixtures/ocds, copied from the standard: see SOURCES.md there), plus what the schema
 * cannot check: open codelists, cross-references, weights, and unknown (misspelt) fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import AjvDraft04Module from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import type { TenderDocument } from '../../src/model/tender-document.js';
import { OcdsError, ocdsJson, ocdsReleasePackage, ocdsWriter } from '../../src/generate/ocds/ocds-writer.js';
import { exampleFiles, lint, REPO_ROOT, RICH_TENDER } from '../helpers-generate.js';

const FIXTURES = join(REPO_ROOT, 'packages', 'language', 'test', 'fixtures', 'ocds');
const RELEASE_SCHEMA_URL = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const load = (path: string) => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as Record<string, unknown>;

// Both packages are CommonJS; reach the class and the plugin whichever way the loader wraps them.
type AjvClass = typeof import('ajv-draft-04').default;
const Ajv04 = ((AjvDraft04Module as unknown as { default?: AjvClass }).default ?? AjvDraft04Module) as AjvClass;
type FormatsPlugin = typeof import('ajv-formats').default;
const addFormats = ((ajvFormatsModule as unknown as { default?: FormatsPlugin }).default ?? ajvFormatsModule) as FormatsPlugin;

const merged = load('release-schema-merged.json');
const ajv = new Ajv04({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(merged, RELEASE_SCHEMA_URL);
const validatePackage = ajv.compile(load('release-package-schema.json'));

function schemaErrors(data: unknown): string[] {
    return validatePackage(data) ? [] : (validatePackage.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`);
}

// ------------------------------------------------------------------ codelists

function csvCodes(path: string): string[] {
    const rows = parseCsv(readFileSync(join(FIXTURES, path), 'utf8'));
    const column = rows[0].indexOf('Code');
    return rows.slice(1).map(r => r[column]).filter(Boolean);
}

function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
            else if (ch === '"') quoted = false;
            else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') { row.push(field); field = ''; }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n') i++;
            row.push(field); field = '';
            if (row.some(f => f !== '')) rows.push(row);
            row = [];
        } else field += ch;
    }
    if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
    return rows;
}

/** A codelist with every extension's additions (`+name.csv`) applied. */
function codelist(name: string): Set<string> {
    const codes = new Set(csvCodes(`codelists/${name}.csv`));
    for (const extension of readdirSync(join(FIXTURES, 'extensions'))) {
        const folder = join(FIXTURES, 'extensions', extension, 'codelists');
        let files: string[] = [];
        try { files = readdirSync(folder); } catch { continue; }
        if (files.includes(`+${name}.csv`)) csvCodes(join('extensions', extension, 'codelists', `+${name}.csv`)).forEach(c => codes.add(c));
        if (files.includes(`-${name}.csv`)) csvCodes(join('extensions', extension, 'codelists', `-${name}.csv`)).forEach(c => codes.delete(c));
    }
    return codes;
}

const CODELISTS = {
    partyRole: codelist('partyRole'),
    documentType: codelist('documentType'),
    itemClassificationScheme: codelist('itemClassificationScheme'),
    awardCriteria: codelist('awardCriteria'),
    awardCriterionType: new Set(csvCodes('extensions/awardCriteria/codelists/awardCriterionType.csv')),
    criterionWeight: new Set(csvCodes('extensions/awardCriteria/codelists/criterionWeight.csv'))
};

// ------------------------------------------------------------------ the schema's property paths

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; patternProperties?: Record<string, SchemaNode> };
const definitions = merged.definitions as Record<string, SchemaNode>;

function deref(node: SchemaNode): SchemaNode {
    let current = node;
    while (current.$ref) {
        const name = current.$ref.replace('#/definitions/', '');
        current = definitions[name];
        if (!current) throw new Error(`dangling $ref ${name}`);
    }
    return current;
}

/** Every property path in `value` that the schema does not declare. */
function unknownPaths(value: unknown, schema: SchemaNode, path: string): string[] {
    const node = deref(schema);
    if (Array.isArray(value)) {
        return node.items ? value.flatMap((v, i) => unknownPaths(v, node.items!, `${path}[${i}]`)) : [];
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, v]) => {
            const child = node.properties?.[key];
            return child ? unknownPaths(v, child, `${path}.${key}`) : [`${path}.${key}`];
        });
    }
    return [];
}

const packageSchema = load('release-package-schema.json') as SchemaNode;
/**
 * Fields of the EU profile extension, which Find a Tender declares and so do we, but which is not
 * in the merged reference schema: lots' renewals and an organisation's website (`details.url`),
 * as Find a Tender's releases carry them (test/fixtures/ocds/find-a-tender).
 */
const EU_PROFILE_PATHS = [/\.tender\.lots\[\d+\]\.(hasRenewal|renewal)$/, /\.parties\[\d+\]\.details\.url$/];
function unknownPackagePaths(data: { releases: unknown[] }): string[] {
    const { releases, ...rest } = data;
    return [
        ...unknownPaths(rest, { properties: { ...packageSchema.properties, releases: undefined } as Record<string, SchemaNode> }, '')
            .filter(p => p !== '.releases'),
        ...releases.flatMap((r, i) => unknownPaths(r, merged as SchemaNode, `.releases[${i}]`))
    ].filter(p => !EU_PROFILE_PATHS.some(re => re.test(p)));
}

// ------------------------------------------------------------------ checks beyond the schema

interface Release {
    ocid: string; id: string; date: string;
    parties: { id: string; name: string; roles: string[]; details?: { classifications: { scheme: string; id: string }[] } }[];
    buyer?: { id: string; name: string };
    tender: {
        id: string; awardCriteria?: string; procuringEntity?: { id: string };
        items: { id: string; relatedLot: string; classification?: { scheme: string; id: string }; additionalClassifications?: { scheme: string }[] }[];
        lots: { id: string; awardCriteria?: { criteria: { type: string; name: string; description?: string; numbers?: { number: number; weight: string }[] }[] } }[];
        documents: { id: string; documentType: string; noticeType?: string; url?: string }[];
        [key: string]: unknown;
    };
}
interface Package { uri: string; publishedDate: string; releases: Release[]; [key: string]: unknown }

function problemsBeyondSchema(data: Package, weightsShouldSum: boolean): string[] {
    const problems: string[] = [];
    const unique = (what: string, ids: string[]) => {
        const seen = new Set<string>();
        for (const id of ids) {
            if (seen.has(id)) problems.push(`duplicate ${what} id ${id}`);
            seen.add(id);
        }
    };
    for (const release of data.releases) {
        if (!/^ocds-[a-z0-9]{6}-/.test(release.ocid)) problems.push(`ocid ${release.ocid} has no OCDS prefix`);
        if (release.id.includes('#')) problems.push('release id contains #');
        unique('party', release.parties.map(p => p.id));
        unique('lot', release.tender.lots.map(l => l.id));
        unique('item', release.tender.items.map(i => i.id));
        unique('document', release.tender.documents.map(d => d.id));
        for (const party of release.parties) {
            for (const role of party.roles) if (!CODELISTS.partyRole.has(role)) problems.push(`party role ${role} not in partyRole`);
            for (const c of party.details?.classifications ?? []) if (!CODELISTS.itemClassificationScheme.has(c.scheme)) problems.push(`classification scheme ${c.scheme} unknown`);
        }
        const byId = new Map(release.parties.map(p => [p.id, p]));
        if (release.buyer && !byId.get(release.buyer.id)?.roles.includes('buyer')) problems.push('buyer.id is not a party with role buyer');
        if (release.tender.procuringEntity && !byId.get(release.tender.procuringEntity.id)?.roles.includes('procuringEntity')) problems.push('procuringEntity is not a party with that role');
        const lotIds = new Set(release.tender.lots.map(l => l.id));
        for (const item of release.tender.items) {
            if (!lotIds.has(item.relatedLot)) problems.push(`item ${item.id} relates to lot ${item.relatedLot}, which does not exist`);
            for (const c of [item.classification, ...(item.additionalClassifications ?? [])]) {
                if (c && !CODELISTS.itemClassificationScheme.has(c.scheme)) problems.push(`item scheme ${c.scheme} unknown`);
            }
        }
        for (const lot of release.tender.lots) {
            if (!release.tender.items.some(i => i.relatedLot === lot.id)) problems.push(`lot ${lot.id} has no item`);
            const criteria = lot.awardCriteria?.criteria ?? [];
            for (const c of criteria) {
                if (!CODELISTS.awardCriterionType.has(c.type)) problems.push(`criterion type ${c.type} unknown`);
                for (const n of c.numbers ?? []) if (!CODELISTS.criterionWeight.has(n.weight)) problems.push(`weight ${n.weight} unknown`);
            }
            if (weightsShouldSum && criteria.length > 0) {
                const sum = criteria.reduce((s, c) => s + (c.numbers?.[0]?.number ?? 0), 0);
                if (Math.abs(sum - 100) > 1e-9) problems.push(`lot ${lot.id} weights add up to ${sum}, not 100`);
            }
        }
        if (release.tender.awardCriteria && !CODELISTS.awardCriteria.has(release.tender.awardCriteria)) problems.push(`awardCriteria ${release.tender.awardCriteria} unknown`);
        for (const d of release.tender.documents) {
            if (!CODELISTS.documentType.has(d.documentType)) problems.push(`documentType ${d.documentType} unknown`);
        }
    }
    return problems;
}

// ------------------------------------------------------------------ loading

async function modelsOf(file: string): Promise<TenderDocument[]> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [file]);
    return document.parseResult.value.elements.filter(isTender).map(t => resolveTender(t, document));
}

async function modelOfText(text: string): Promise<TenderDocument> {
    const { document } = await lint(text);
    return resolveTender(document.parseResult.value.elements.find(isTender)!);
}

const ANYBOROUGH = join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender');

// ------------------------------------------------------------------ tests

describe('the validator set-up', () => {
    test('accepts the reference example and rejects a broken copy', () => {
        const example = load('example-release-package.json') as unknown as Package;
        expect(schemaErrors(example)).toEqual([]);
        expect(problemsBeyondSchema(example, true)).toEqual([]);
        expect(unknownPackagePaths(example)).toEqual([]);
        const broken = structuredClone(example);
        broken.releases[0].tender.lots[0].awardCriteria!.criteria[0].numbers![0].weight = 'percent';
        (broken.releases[0] as unknown as Record<string, unknown>).date = 'yesterday';
        (broken.releases[0].tender as Record<string, unknown>).tenderPerod = {};
        broken.releases[0].tender.items[0].relatedLot = '9';
        expect(schemaErrors(broken)).toHaveLength(2);
        expect(unknownPackagePaths(broken)).toEqual(['.releases[0].tender.tenderPerod']);
        expect(problemsBeyondSchema(broken, true)).toContain('item 1 relates to lot 9, which does not exist');
    });
});

describe('every example tender gives a valid OCDS release package (or, without any date, a clear refusal)', () => {
    const files = exampleFiles();
    for (const file of files) {
        test(file.slice(REPO_ROOT.length + 1), async () => {
            for (const model of await modelsOf(file)) {
                if (!model.issued && !model.timeline?.publish) {
                    expect(() => ocdsJson(model), model.name).toThrow(OcdsError);
                    continue;
                }
                const data = JSON.parse(ocdsJson(model)) as Package;
                expect(schemaErrors(data), model.name).toEqual([]);
                expect(unknownPackagePaths(data), model.name).toEqual([]);
                const lotsComplete = model.lots.length === 0 ? model.awardCriteria?.weightsComplete ?? true
                    : model.lots.every(l => l.awardCriteria?.weightsComplete ?? true);
                expect(problemsBeyondSchema(data, lotsComplete), model.name).toEqual([]);
            }
        });
    }
});

describe('the Anyborough tender in OCDS', async () => {
    const [model] = await modelsOf(ANYBOROUGH);
    const data = JSON.parse(ocdsJson(model)) as Package;
    const release = data.releases[0];
    const tender = release.tender;

    test('package and release identity come from the tender, dates from issued', () => {
        expect(data.publishedDate).toBe('2027-03-01T00:00:00Z');
        expect(release.ocid).toBe('ocds-213czf-ANY-ASC-2027-003');
        expect(release.id).toBe('ANY-ASC-2027-003-tender-1.0');
        expect(release.date).toBe('2027-03-01T00:00:00Z');
        expect(data.uri).toBe('urn:tender:ocds:ocds-213czf-ANY-ASC-2027-003:ANY-ASC-2027-003-tender-1.0');
        expect(data.extensions).toHaveLength(16);
        expect(data.extensions).toContain('https://standard.open-contracting.org/profiles/eu/latest/en/extension.json');
    });

    test('buyer and co-funders are parties', () => {
        expect(release.parties.map(p => [p.name, p.roles])).toEqual([
            ['Anyborough Borough Council', ['buyer', 'funder']],
            ['Anyshire Integrated Care Board', ['funder']],
            ['Anyshire Police and Crime Commissioner', ['funder']]
        ]);
        expect(release.parties[0].details?.classifications).toEqual([{ scheme: 'UK_CA_TYPE', id: 'publicAuthoritySubCentralGovernment', description: 'Public authority - sub-central government' }]);
        expect(release.buyer).toEqual({ id: 'GB-PPON-PANY-2741-BRGH', name: 'Anyborough Borough Council' });
        // Find a Tender marks an agent buying for the buyer as procuringEntity, never the buyer itself.
        expect(tender).not.toHaveProperty('procuringEntity');
    });

    test('procedure, regime, threshold, value and legal basis', () => {
        expect(tender).toMatchObject({
            id: 'ANY-ASC-2027-003',
            status: 'active',
            procurementMethod: 'selective',
            procurementMethodDetails: 'Competitive flexible procedure',
            mainProcurementCategory: 'services',
            specialRegime: ['lightTouch'],
            aboveThreshold: true,
            value: { amount: 2400000, amountGross: 2400000, currency: 'GBP' },
            legalBasis: { scheme: 'UKPGA', id: '2023/54' }
        });
    });

    test('periods: start of day on publication, no deadline date-time without a written time, contract dates', () => {
        // The times the tender writes (bid-deadline 2027-04-19 12:00, clarification-deadline 2027-03-29 17:00).
        expect(tender.tenderPeriod).toEqual({ startDate: '2027-03-01T00:00:00Z', endDate: '2027-04-19T12:00:00+01:00' });
        expect(tender.enquiryPeriod).toEqual({ startDate: '2027-03-01T00:00:00Z', endDate: '2027-03-29T17:00:00+01:00' });
        expect(tender.awardPeriod).toEqual({ startDate: '2027-06-01T00:00:00+01:00', endDate: '2027-06-01T23:59:59+01:00' });
        expect(tender.contractPeriod).toEqual({
            startDate: '2027-10-01T00:00:00+01:00',
            endDate: '2030-09-30T23:59:59+01:00',
            maxExtentDate: '2032-09-30T23:59:59+01:00',
            durationInMonths: 36
        });
        expect(tender).not.toHaveProperty('expressionOfInterestDeadline');
    });

    test('lots with values, CPV items, weighted criteria and sub-criteria in the description', () => {
        expect(tender.lots.map(l => l.id)).toEqual(['1', '2', '3']);
        // CPV codes where Find a Tender puts them: the items' additionalClassifications.
        expect(tender.items.map(i => [i.id, i.relatedLot, i.additionalClassifications?.map(c => c.id)])).toEqual([['1', '1', ['85000000']], ['2', '2', ['85000000']], ['3', '3', ['85000000']]]);
        expect(tender.items.every(i => i.classification === undefined)).toBe(true);
        expect(tender.lotDetails).toEqual({ maximumLotsBidPerSupplier: 2 });
        const criteria = tender.lots[0].awardCriteria!.criteria;
        expect(criteria.map(c => [c.type, c.name, c.numbers?.[0].number])).toEqual([
            ['quality', 'Quality of the support model', 55], ['quality', 'Social value', 15], ['price', 'Price', 30]
        ]);
        expect(criteria[1].description).toBe('Local employment and volunteering (10%); Involving people with lived experience in delivery (5%).');
        expect(tender.awardCriteria).toBe('ratedCriteria');
        // Suitability only as the tender states it, never inferred from lots or joint bids.
        const stated = (model as { suitableFor?: string[] }).suitableFor ?? [];
        if (stated.length === 0) expect(tender).not.toHaveProperty('suitability');
    });

    test('risks as riskDetails, an Open Government Licence', () => {
        expect(tender.riskDetails).toMatch(/^A member of a consortium goes out of business during the contract \(mitigation: The lead organisation holds step-in arrangements/);
        expect(data.license).toBe('http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    });

    test('the tender notice is a UK4 document', () => {
        expect(tender.documents[0]).toMatchObject({ documentType: 'tenderNotice', noticeType: 'UK4', datePublished: '2027-03-01T00:00:00Z' });
        expect(tender.documents[1]).toMatchObject({ documentType: 'biddingDocuments' });
        expect(tender.documents[1]).not.toHaveProperty('url');
    });

    test('the same model gives the same bytes, and so does a model built again', async () => {
        const [again] = await modelsOf(ANYBOROUGH);
        const options = { findings: [], review: false };
        const a = await ocdsWriter.write(model, options);
        const b = await ocdsWriter.write(again, options);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });

    test('ocidPrefix and base URL options', () => {
        const other = ocdsReleasePackage(model, { ocidPrefix: 'ocds-abc123', baseUrl: 'https://data.anyborough.gov.uk/tenders', baseName: 'ANY-ASC-2027-003' });
        expect(other.releases[0].ocid).toBe('ocds-abc123-ANY-ASC-2027-003');
        expect(other.uri).toBe('https://data.anyborough.gov.uk/tenders/ANY-ASC-2027-003.ocds.json');
        expect(other.releases[0].tender.documents?.[1].url).toBe('https://data.anyborough.gov.uk/tenders/ANY-ASC-2027-003.docx');
        expect(schemaErrors(JSON.parse(JSON.stringify(other)))).toEqual([]);
        expect(() => ocdsReleasePackage(model, { ocidPrefix: 'OCDS-1' })).toThrow(OcdsError);
        expect(() => ocdsReleasePackage(model, { ocidPrefix: 'OCDS-1' })).toThrow(/six letters or digits/);
        expect(() => ocdsReleasePackage(model, { baseUrl: 'data/tenders' })).toThrow(/not an absolute URL/);
    });
});

describe('OCDS for other shapes of tender', () => {
    test('no lots: one virtual lot carrying the criteria, and the reason for not dividing', async () => {
        const model = await modelOfText(`tender Small {
            title "Peer support" reference "ANY-2027-9" buyer "Anyborough Borough Council" issued 2027-01-11
            procedure open value £150,000 over 2 years
            no-lots because "One small service; splitting it would not help smaller providers"
            award-criteria { technical "Quality" weight 60% social-value "Social value" weight 10% price "Price" weight 30% }
            timeline { publish 2027-02-01 participation-deadline 2027-02-20 bid-deadline 2027-03-10 }
        }`);
        const data = JSON.parse(ocdsJson(model)) as Package;
        expect(schemaErrors(data)).toEqual([]);
        expect(unknownPackagePaths(data)).toEqual([]);
        expect(problemsBeyondSchema(data, true)).toEqual([]);
        const tender = data.releases[0].tender;
        expect(tender.lots).toHaveLength(1);
        expect(tender.lots[0].awardCriteria?.criteria).toHaveLength(3);
        expect(tender.lotDetails).toEqual({ noLotsDivisionRationale: 'One small service; splitting it would not help smaller providers' });
        expect(tender.aboveThreshold).toBe(false);
        expect(tender.procurementMethodDetails).toBe('Below threshold - open competition');
        // Written without a time: no invented date-time.
        expect(tender).not.toHaveProperty('expressionOfInterestDeadline');
        expect(tender).not.toHaveProperty('suitability');
        expect(tender).not.toHaveProperty('specialRegime');
    });

    test('a lot with its own criteria, euros, two CPV codes, every deadline, Wales', async () => {
        const model = await modelOfText(RICH_TENDER);
        const data = JSON.parse(ocdsJson(model)) as Package;
        expect(schemaErrors(data)).toEqual([]);
        expect(unknownPackagePaths(data)).toEqual([]);
        expect(problemsBeyondSchema(data, true)).toEqual([]);
        const release = data.releases[0];
        const tender = release.tender;
        expect(release.id).toBe('WAL/2027/1-tender-2.1');
        expect(release.parties.map(p => [p.id, p.roles])).toEqual([['cwm-council', ['buyer', 'funder']], ['cwm-health-board', ['funder']]]);
        expect(release.parties[0].details?.classifications[1]).toEqual({ scheme: 'UK_CA_DEVOLVED_REGULATIONS', id: 'GB-WLS' });
        expect(tender.value).toEqual({ amountGross: 1200000, currency: 'EUR' });
        expect(tender).not.toHaveProperty('aboveThreshold'); // the thresholds are in pounds
        expect(tender.items[0]).toMatchObject({ additionalClassifications: [{ scheme: 'CPV', id: '85312000' }, { scheme: 'CPV', id: '85320000', description: 'Social services' }] });
        expect(tender.lots[0].awardCriteria?.criteria.map(c => c.numbers?.[0].number)).toEqual([70, 30]);
        expect(tender.lots[1].awardCriteria?.criteria.map(c => [c.type, c.name])).toEqual([['quality', 'Quality'], ['quality', 'Social value'], ['quality', 'Innovation'], ['price', 'Price']]);
        expect(tender).not.toHaveProperty('expressionOfInterestDeadline');
        expect(tender.contractPeriod).toEqual({ startDate: '2028-04-01T00:00:00+01:00', endDate: '2030-09-30T23:59:59+01:00', maxExtentDate: '2031-03-31T23:59:59+01:00', durationInMonths: 30 });
        expect(tender).not.toHaveProperty('suitability');
        expect(tender.lotDetails).toEqual({ maximumLotsBidPerSupplier: 1 });
        expect(tender.status).toBe('active');
    });

    test('every prefix of the Anyborough tender gives a valid package, or (before `issued`) a clear refusal', async () => {
        const text = readFileSync(ANYBOROUGH, 'utf8');
        const framework = readFileSync(join(REPO_ROOT, 'examples', 'anyborough', 'framework.tender'), 'utf8');
        let valid = 0;
        for (let cut = 0; cut <= text.length; cut += 173) {
            const { document } = await lint(text.slice(0, cut), { files: { 'framework.tender': framework } });
            for (const tender of document.parseResult.value.elements.filter(isTender)) {
                const model = resolveTender(tender);
                if (!model.issued && !model.timeline?.publish) {
                    expect(() => ocdsJson(model)).toThrow(OcdsError);
                    continue;
                }
                const data = JSON.parse(ocdsJson(model)) as Package;
                expect(schemaErrors(data), `cut at ${cut}`).toEqual([]);
                expect(unknownPackagePaths(data), `cut at ${cut}`).toEqual([]);
                expect(problemsBeyondSchema(data, false), `cut at ${cut}`).toEqual([]);
                valid++;
            }
        }
        expect(valid).toBeGreaterThan(20);
    }, 120_000); // some 180 lints and packages: well within 30 s on a quiet machine, not with both cores busy

    test('two identical criteria stay distinct (the extension requires unique criteria)', async () => {
        const model = await modelOfText(`tender Twice { issued 2027-01-01 award-criteria { price "Price" weight 50% price "Price" weight 50% } }`);
        const data = JSON.parse(ocdsJson(model)) as Package;
        expect(schemaErrors(data)).toEqual([]);
        expect(data.releases[0].tender.lots[0].awardCriteria?.criteria.map(c => c.name)).toEqual(['Price', 'Price (criterion 2)']);
    });

    test('Scotland: no Procurement Act legal basis or UK4 notice type; devolved classification', async () => {
        const model = await modelOfText(`tender Scot { reference "S-1" buyer "Glen Council" jurisdiction scotland issued 2027-05-01 value £80,000 }`);
        const data = JSON.parse(ocdsJson(model)) as Package;
        expect(schemaErrors(data)).toEqual([]);
        expect(problemsBeyondSchema(data, true)).toEqual([]);
        const release = data.releases[0];
        expect(release.tender).not.toHaveProperty('legalBasis');
        expect(release.tender.documents[0]).not.toHaveProperty('noticeType');
        expect(release.parties[0].details?.classifications[1]).toEqual({ scheme: 'UK_CA_DEVOLVED_REGULATIONS', id: 'GB-SCT' });
        expect(release.date).toBe('2027-05-01T00:00:00+01:00');
    });

    test('a half-written tender still gives a valid package; with no date at all it is refused with a message', async () => {
        const half = await modelOfText(`tender Half { title "x" issued 2027-01-01 lot A { } award-criteria { price } outcome O { } }`);
        const data = JSON.parse(ocdsJson(half)) as Package;
        expect(schemaErrors(data)).toEqual([]);
        expect(unknownPackagePaths(data)).toEqual([]);
        expect(problemsBeyondSchema(data, false)).toEqual([]);
        expect(data.releases[0].tender.id).toBe('Half');
        expect(data.releases[0]).not.toHaveProperty('buyer');
        const undated = await modelOfText('tender Undated { title "x" }');
        expect(() => ocdsJson(undated)).toThrow(/needs a date: add `issued YYYY-MM-DD`/);
        await expect(ocdsWriter.write(undated, { findings: [], review: false })).rejects.toThrow(OcdsError);
    });
});
