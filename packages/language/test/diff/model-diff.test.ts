import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { TenderChange } from '../../src/diff/model-diff.js';
import { diffTenders, keySegment } from '../../src/diff/model-diff.js';
import { diffJson, TENDER_DIFF_FORMAT_VERSION, TENDER_DIFF_SCHEMA_ID } from '../../src/diff/tender-diff.js';
import { FRAMEWORK, REPO_ROOT } from '../helpers.js';
import type { KnownEdit } from './diff-helpers.js';
import {
    BASE, DATE_MOVED, diffOf, edit, FORMATTING_ONLY, LOT_ADDED, OUTCOME_RENAMED, SENTENCE_REWORDED, versionOf, WEIGHTING_CHANGED
} from './diff-helpers.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'language', 'schemas', 'tender-diff.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajvFormats(ajv);
const validate = ajv.compile(schema);

function schemaErrors(json: string): string[] {
    return validate(JSON.parse(json)) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

async function changesFor(known: KnownEdit): Promise<readonly TenderChange[]> {
    const diff = await diffOf(BASE, known.apply(BASE));
    expect(schemaErrors(diffJson(diff)), known.name).toEqual([]);
    return diff.changes;
}

describe('the change list of each known edit', () => {
    test('a weighting changed', async () => {
        expect(await changesFor(WEIGHTING_CHANGED)).toEqual([
            { path: 'awardCriteria[Quality of the support model].weight', kind: 'changed', old: '55%', new: '50%' },
            { path: 'awardCriteria[Price].weight', kind: 'changed', old: '30%', new: '35%' }
        ]);
    });

    test('a lot added', async () => {
        expect(await changesFor(LOT_ADDED)).toEqual([{
            path: 'lots[PeerLot]',
            kind: 'added',
            old: null,
            new: { number: 4, title: 'Peer mentoring', value: '£100,000', services: ['RecoveryAndPeerSupport'], areas: [], awardCriteria: {} }
        }]);
    });

    test('an outcome renamed is one change: references to it follow the new name', async () => {
        expect(await changesFor(OUTCOME_RENAMED)).toEqual([
            { path: 'outcomes[SettledHome]', kind: 'renamed', old: 'SettledHome', new: 'StableHome' }
        ]);
    });

    test('a date moved', async () => {
        expect(await changesFor(DATE_MOVED)).toEqual([
            { path: 'timeline.bidDeadline', kind: 'changed', old: '2027-04-19', new: '2027-04-26' }
        ]);
    });

    test('a sentence reworded', async () => {
        expect(await changesFor(SENTENCE_REWORDED)).toEqual([{
            path: 'services[HousingFirst].description',
            kind: 'changed',
            old: 'Access to a self-contained tenancy within 4 weeks, with tenancy support for as long as the person needs it.',
            new: 'A self-contained tenancy within 6 weeks of referral, with tenancy support for as long as the person needs it.'
        }]);
    });

    test('only formatting changed (moved elements and properties, re-indented, £2.4m for £2,400,000): no change', async () => {
        const reformatted = FORMATTING_ONLY.apply(BASE);
        expect(reformatted).not.toBe(BASE);
        expect(await changesFor(FORMATTING_ONLY)).toEqual([]);
    });

    test('all the edits at once give all their changes, in the order of the model', async () => {
        const all = [WEIGHTING_CHANGED, LOT_ADDED, OUTCOME_RENAMED, DATE_MOVED, SENTENCE_REWORDED, FORMATTING_ONLY].reduce((text, e) => e.apply(text), BASE);
        const paths = (await diffOf(BASE, all)).changes.map(c => `${c.kind} ${c.path}`);
        expect(paths).toEqual([
            'renamed outcomes[SettledHome]',
            'changed services[HousingFirst].description',
            'added lots[PeerLot]',
            'changed awardCriteria[Quality of the support model].weight',
            'changed awardCriteria[Price].weight',
            'changed timeline.bidDeadline'
        ]);
    });
});

describe('matching and paths', () => {
    test('the same tender gives no change, and the same pair gives the same bytes', async () => {
        expect((await diffOf(BASE, BASE)).changes).toEqual([]);
        const a = diffJson(await diffOf(BASE, LOT_ADDED.apply(BASE)));
        const b = diffJson(await diffOf(BASE, LOT_ADDED.apply(BASE)));
        expect(a).toBe(b);
    });

    test('a renamed cohort is one change, though outcomes serve it by name', async () => {
        const renamed = BASE.replace(/\bAdultsFacingMultipleDisadvantage\b/g, 'Adults');
        expect((await diffOf(BASE, renamed)).changes).toEqual([
            { path: 'cohorts[AdultsFacingMultipleDisadvantage]', kind: 'renamed', old: 'AdultsFacingMultipleDisadvantage', new: 'Adults' }
        ]);
    });

    test('renamed and changed is removed and added', async () => {
        const changed = edit(OUTCOME_RENAMED.apply(BASE), 'target 5 years 75%', 'target 5 years 80%');
        const changes = (await diffOf(BASE, changed)).changes;
        // Without a rename to follow, the references to it change too.
        expect(changes.map(c => `${c.kind} ${c.path}`)).toEqual([
            'added outcomes[StableHome]',
            'removed outcomes[SettledHome]',
            'added services[KeyWorker].delivers[StableHome]',
            'removed services[KeyWorker].delivers[SettledHome]',
            'added services[HousingFirst].delivers[StableHome]',
            'removed services[HousingFirst].delivers[SettledHome]',
            "added awardCriteria[Quality of the support model].subCriteria[How support is built around each person's needs and assets].measures[StableHome]",
            "removed awardCriteria[Quality of the support model].subCriteria[How support is built around each person's needs and assets].measures[SettledHome]"
        ]);
    });

    test('a renamed criterion (same weight and sub-criteria) is renamed; a sub-criterion weight is under its criterion', async () => {
        const text = edit(edit(BASE, 'price "Price" weight 30%', 'price "Price and value" weight 30%'),
            'sub "Local employment and volunteering" weight 10%', 'sub "Local employment and volunteering" weight 8%');
        expect((await diffOf(BASE, text)).changes).toEqual([
            { path: 'awardCriteria[Social value].subCriteria[Local employment and volunteering].weight', kind: 'changed', old: '10%', new: '8%' },
            { path: 'awardCriteria[Price]', kind: 'renamed', old: 'Price', new: 'Price and value' }
        ]);
    });

    test('lists of text by position, references as sets, targets by horizon, lot numbers', async () => {
        let text = edit(BASE, '"Sporting and creative talents"', '"Sporting, musical and creative talents"');
        text = edit(text, 'needs Homelessness, SubstanceMisuse, MentalHealth, Offending, Employment, SocialIsolation', 'needs SocialIsolation, Homelessness, SubstanceMisuse, MentalHealth, Offending, Employment, DebtAndBenefits');
        text = edit(text, 'target 2 years 40%', 'target 2 years 42%');
        text = edit(text, 'insurance "Public liability cover of £5,000,000"', 'insurance "Public liability cover of £5,000,000"\n        insurance "Employer\'s liability cover of £10,000,000"');
        // Lot 1 moves to the end: lots are numbered, so their numbers change.
        const lot = /    lot KeyWorkerLot [\s\S]*?\n    }\n\n/.exec(text)![0];
        text = edit(text.replace(lot, ''), '    lots {\n', `${lot}    lots {\n`);
        const changes = (await diffOf(BASE, text)).changes;
        expect(changes).toEqual([
            { path: 'cohorts[AdultsFacingMultipleDisadvantage].needs[DebtAndBenefits]', kind: 'added', old: null, new: 'DebtAndBenefits' },
            { path: 'cohorts[AdultsFacingMultipleDisadvantage].assets[2]', kind: 'changed', old: 'Sporting and creative talents', new: 'Sporting, musical and creative talents' },
            { path: 'outcomes[Recovery].targets[2 years].measure', kind: 'changed', old: '40%', new: '42%' },
            { path: 'lots[HousingLot].number', kind: 'changed', old: 2, new: 1 },
            { path: 'lots[RecoveryLot].number', kind: 'changed', old: 3, new: 2 },
            { path: 'lots[KeyWorkerLot].number', kind: 'changed', old: 1, new: 3 },
            { path: 'participation.insurance[2]', kind: 'added', old: null, new: "Employer's liability cover of £10,000,000" }
        ]);
    });

    test('a need whose text changed in the framework', async () => {
        const framework = edit(FRAMEWORK, /need Homelessness "[^"]*"/, 'need Homelessness "Homeless or at risk of homelessness"');
        const diff = await diffOf(BASE, BASE, { new: framework });
        expect(diff.changes).toHaveLength(1);
        expect(diff.changes[0]).toMatchObject({ path: 'needs[Homelessness].text', kind: 'changed', new: 'Homeless or at risk of homelessness' });
    });

    test('whole sections coming and going: noLots, the timeline, a risk', async () => {
        const without = BASE.replace(/    timeline \{[\s\S]*?\n    }\n/, '').replace(/    risk UnmeasurableValue [\s\S]*?\n    }\n/, '');
        const changes = (await diffOf(BASE, without)).changes;
        expect(changes.map(c => `${c.kind} ${c.path}`)).toEqual([
            'removed timeline.marketEngagement',
            'removed timeline.publish',
            'removed timeline.clarificationDeadline',
            'removed timeline.bidDeadline',
            'removed timeline.award',
            'removed timeline.contractStart',
            'removed risks[UnmeasurableValue]'
        ]);
        const risk = changes[changes.length - 1];
        expect(risk.old).toEqual({
            text: 'A provider cannot evidence outcomes that matter but are hard to count',
            likelihood: 'medium',
            impact: 'medium',
            mitigation: 'Each annual review may agree case studies and peer-led evaluation as evidence alongside the indicators.'
        });
    });

    test('keys that could be misread are JSON strings', () => {
        expect(keySegment('Quality')).toBe('[Quality]');
        expect(keySegment('[Draft] Quality')).toBe('["[Draft] Quality"]');
        expect(keySegment('2')).toBe('["2"]');
        expect(keySegment('say "hello"')).toBe('["say \\"hello\\""]');
    });

    test('half-written tenders compare without an exception', async () => {
        const a = await versionOf('tender T {\n    title "x"\n    lot L { value }\n    award-criteria { technical weight }\n}\n', 'a.tender');
        const b = await versionOf('tender T {\n    lot L "Lot" { value £1 }\n    award-criteria { technical "Quality" weight 100% }\n}\n', 'b.tender');
        const changes = diffTenders(a.model, b.model);
        expect(changes.map(c => `${c.kind} ${c.path}`)).toEqual([
            'removed title',
            'added lots[L].title',
            'added lots[L].value',
            // An untitled criterion is known by its position; with a title and weight it is another.
            'added awardCriteria[Quality]',
            'removed awardCriteria[#1]'
        ]);
    });
});

describe('the published schema', () => {
    test('names itself and the format version the writer writes', () => {
        expect(schema.$id).toBe(TENDER_DIFF_SCHEMA_ID);
        expect((schema.properties as Record<string, { const?: string }>).formatVersion.const).toBe(TENDER_DIFF_FORMAT_VERSION);
    });

    test('rejects a change list that breaks it', async () => {
        const json = JSON.parse(diffJson(await diffOf(BASE, DATE_MOVED.apply(BASE)))) as { changes: { kind: string; old: unknown }[] };
        json.changes[0].kind = 'moved';
        expect(validate(json)).toBe(false);
        json.changes[0].kind = 'added';
        expect(validate(json)).toBe(false); // an addition has no old value
    });
});
