import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import Ajv from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { isTender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import { TENDER_DOCUMENT_FORMAT_VERSION } from '../../src/model/tender-document.js';
import type { TenderDocument } from '../../src/model/tender-document.js';
import { packJson, packWriter, TENDER_PACK_SCHEMA_ID } from '../../src/generate/pack/pack-writer.js';
import { writers } from '../../src/generate/writers.js';
import { exampleFiles, lint, REPO_ROOT, RICH_TENDER } from '../helpers-generate.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'language', 'schemas', 'tender-pack.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
ajvFormats(ajv);
const validate = ajv.compile(schema);

function errorsOf(json: string): string[] {
    return validate(JSON.parse(json)) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

async function modelsOf(file: string): Promise<TenderDocument[]> {
    const { Tender: services } = createTenderServices(NodeFileSystem);
    services.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(services, [file]);
    return document.parseResult.value.elements.filter(isTender).map(t => resolveTender(t, document));
}

describe('pack JSON against its published schema', () => {
    test('the schema names itself and the format version the writer writes', () => {
        expect(schema.$id).toBe(TENDER_PACK_SCHEMA_ID);
        const properties = schema.properties as Record<string, { const?: string }>;
        expect(properties.formatVersion.const).toBe(TENDER_DOCUMENT_FORMAT_VERSION);
    });

    const files = exampleFiles();
    test('there are examples with tenders', () => {
        expect(files.length).toBeGreaterThanOrEqual(2);
    });
    for (const file of files) {
        test(`every tender in ${file.slice(REPO_ROOT.length + 1)} gives a valid pack`, async () => {
            for (const model of await modelsOf(file)) {
                expect(errorsOf(packJson(model)), model.name).toEqual([]);
            }
        });
    }

    test('half-written tenders give valid packs too', async () => {
        for (const text of ['tender Empty { }', 'tender T { title "x" outcome O { target 3 years } lot L { value £1 } award-criteria { price }', 'tender T { value £abc over 2 weeks contract { review every 1 year } }']) {
            const { document } = await lint(text);
            const tender = document.parseResult.value.elements.find(isTender)!;
            expect(errorsOf(packJson(resolveTender(tender))), text).toEqual([]);
        }
    });

    test('every prefix of the Anyborough tender (a tender being typed) gives a valid pack', async () => {
        const text = readFileSync(join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender'), 'utf8');
        const framework = readFileSync(join(REPO_ROOT, 'examples', 'anyborough', 'framework.tender'), 'utf8');
        let checked = 0;
        for (let cut = 0; cut <= text.length; cut += 151) {
            const { document } = await lint(text.slice(0, cut), { files: { 'framework.tender': framework } });
            for (const tender of document.parseResult.value.elements.filter(isTender)) {
                expect(errorsOf(packJson(resolveTender(tender))), `cut at ${cut}`).toEqual([]);
                checked++;
            }
        }
        expect(checked).toBeGreaterThan(30);
    }, 120_000); // some 200 lints: well within 30 s on a quiet machine, not with both cores busy

    test('a tender using what the examples leave out gives a valid pack, its values filled', async () => {
        const { document } = await lint(RICH_TENDER);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1 && !d.codeDescription).map(d => d.message)).toEqual([]);
        const model = resolveTender(document.parseResult.value.elements.find(isTender)!);
        expect(errorsOf(packJson(model))).toEqual([]);
        expect(model.jurisdiction).toBe('wales');
        expect(model.value?.amount).toEqual({ minor: 120_000_000, currency: 'EUR', display: '€1,200,000' });
        expect(model.value?.term?.months).toBe(30);
        expect(model.lots[0].awardCriteriaFrom).toBe('lot');
        expect(model.lots[1].awardCriteriaFrom).toBe('tender');
        expect(model.outcomes[0].targets.map(t => t.standardHorizon)).toEqual(['6 months', '2 years', '5 years', null]);
        expect(model.cohorts[0].size?.display).toBe('120 families per year');
        expect(model.timeline?.participationPeriodDays).toBe(18);
        expect(model.contract?.end?.iso).toBe('2030-09-30');
        expect(model.contract?.maxEnd?.iso).toBe('2031-03-31');
        expect(model.totals.threshold?.reached).toBeNull();
        expect(model.socialValue?.requirements.map(r => r.mandatory)).toEqual([true, false]);
    });

    test('the schema catches drift: an unknown key, a missing key, a wrong type', async () => {
        const [model] = await modelsOf(join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender'));
        const pack = JSON.parse(packJson(model)) as { tender: Record<string, unknown> & { lots: Record<string, unknown>[] } };
        const extra = structuredClone(pack);
        extra.tender.lots[0].colour = 'blue';
        expect(validate(extra)).toBe(false);
        const missing = structuredClone(pack);
        delete missing.tender.lots[0].share;
        expect(validate(missing)).toBe(false);
        const wrong = structuredClone(pack);
        (wrong.tender.value as { amount: { minor: unknown } }).amount.minor = '240000000';
        expect(validate(wrong)).toBe(false);
    });
});

describe('pack JSON bytes', () => {
    test('keys are sorted at every level after $schema and formatVersion; two-space indent and a final newline', async () => {
        const [model] = await modelsOf(join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender'));
        const json = packJson(model);
        expect(json.startsWith(`{\n  "$schema": "${TENDER_PACK_SCHEMA_ID}",\n  "formatVersion": "${TENDER_DOCUMENT_FORMAT_VERSION}",\n  "tender": {\n`)).toBe(true);
        expect(json.endsWith('}\n')).toBe(true);
        const check = (value: unknown, path: string): void => {
            if (Array.isArray(value)) { value.forEach((v, i) => check(v, `${path}[${i}]`)); return; }
            if (value && typeof value === 'object') {
                const keys = Object.keys(value).filter(k => k !== '$schema' && k !== 'formatVersion');
                expect(keys, path).toEqual([...keys].sort());
                for (const [k, v] of Object.entries(value)) check(v, `${path}.${k}`);
            }
        };
        check(JSON.parse(json), '');
    });

    test('the writer is registered and gives the same bytes twice, from models built twice', async () => {
        expect(writers.map(w => w.id)).toContain('json');
        const file = join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender');
        const [a] = await modelsOf(file);
        const [b] = await modelsOf(file);
        const options = { findings: [], review: false };
        const first = await packWriter.write(a, options);
        const second = await packWriter.write(b, options);
        expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
        expect(packWriter.extension).toBe('.pack.json');
    });
});
