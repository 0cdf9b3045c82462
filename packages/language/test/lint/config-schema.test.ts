/**
 * The published JSON Schema of tender.config.json: it is what the code builds from the rule list
 * (so editors complete every rule id), valid configurations pass it, and every malformed one fails
 * it and gets a clear problem from parseConfig (never a crash), at the same JSON pointer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/lint/config.js';
import { buildConfigSchema } from '../../src/lint/config-schema.js';
import { ruleIds, rules } from '../../src/lint/rules/index.js';
import { REPO_ROOT } from '../helpers.js';

const SCHEMA_FILE = join(REPO_ROOT, 'packages', 'language', 'schemas', 'tender.config.schema.json');
const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
    properties: { rules: { properties: Record<string, { default: string }>; propertyNames: { enum: string[] } } } & Record<string, unknown>;
};
const known = new Set(ruleIds);

const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addKeyword('markdownDescription');
const validate = ajv.compile(published);

function check(config: unknown) {
    const valid = validate(config);
    const parsed = parseConfig(JSON.stringify(config), 'tender.config.json', known);
    return { valid, errors: validate.errors ?? [], parsed };
}

describe('tender.config.schema.json', () => {
    test('is what the code builds (run `npx tsc -b && npm run schema:config` after adding a rule)', () => {
        expect(published).toEqual(JSON.parse(JSON.stringify(buildConfigSchema(rules))));
    });

    test('lists exactly the rules of rules/index.ts, with their default severities', () => {
        const listed = published.properties.rules.propertyNames.enum;
        expect([...listed].sort()).toEqual([...ruleIds].sort());
        expect(Object.keys(published.properties.rules.properties).sort()).toEqual([...ruleIds].sort());
        for (const rule of rules) {
            expect(published.properties.rules.properties[rule.meta.id].default).toBe(rule.meta.severity);
        }
    });

    test('gives every setting a description, and every threshold its default', () => {
        const properties = published.properties as unknown as Record<string, { description?: string; default?: unknown }>;
        for (const [key, value] of Object.entries(properties)) {
            expect(value.description, key).toBeTruthy();
        }
        expect(properties.lotsThreshold.default).toBe('£250,000');
        expect(properties.grantThreshold.default).toBe('£100,000');
        expect(properties.minSocialValueWeight.default).toBe(10);
        expect(properties.maxPriceWeight.default).toBe(50);
        expect(properties.defaultFormationPeriod.default).toBe('6 weeks');
        expect(properties.advisoryTenderingDays.default).toBe(25);
    });

    test.each<[string, Record<string, unknown>]>([
        ['an empty file', {}],
        ['the starter file of tender init', { $schema: './node_modules/@tender/language/schemas/tender.config.schema.json', rules: {}, vague: { add: [], remove: [] } }],
        ['every key, in text forms', {
            $schema: './node_modules/@tender/language/schemas/tender.config.schema.json',
            rules: { 'weights-sum': 'warning', 'cohort-assets': 'off', 'engagement-level': 'error', 'outcome-baseline': 'info' },
            lotsThreshold: '£300k',
            grantThreshold: '€75,000',
            minSocialValueWeight: '12.5%',
            maxPriceWeight: '100%',
            defaultFormationPeriod: '2 months',
            advisoryTenderingDays: 30,
            vague: { add: ['synergy', { phrase: 'world class', suggestion: 'say what standard' }, { phrase: 'best in class' }], remove: ['robust'] },
            templates: './templates',
            ocidPrefix: 'ocds-213czf',
            reviewAuthor: 'Legal Services'
        }],
        ['every threshold, in number forms', { lotsThreshold: 250000, grantThreshold: 0, minSocialValueWeight: 0, maxPriceWeight: 40, defaultFormationPeriod: 42, advisoryTenderingDays: 0 }]
    ])('a valid configuration passes and parses without problems: %s', (_name, config) => {
        const { valid, errors, parsed } = check(config);
        expect(errors).toEqual([]);
        expect(valid).toBe(true);
        expect(parsed.problems).toEqual([]);
    });

    test('a valid configuration is read as written', () => {
        const { parsed } = check({ rules: { 'weights-sum': 'warning' }, lotsThreshold: '£300k', minSocialValueWeight: '12.5%', defaultFormationPeriod: 42, vague: { add: [{ phrase: 'world class', suggestion: 'say what standard' }] } });
        expect(parsed.rules).toEqual({ 'weights-sum': 'warning' });
        expect(parsed.thresholds.lotsThreshold).toEqual({ minor: 30_000_000, currency: 'GBP' });
        expect(parsed.thresholds.minSocialValueWeight).toBe(12.5);
        expect(parsed.thresholds.defaultFormationPeriod).toEqual({ amount: 42, unit: 'day' });
        expect(parsed.vague.add).toEqual([{ phrase: 'world class', suggestion: 'say what standard' }]);
    });

    test.each<[string, unknown, string]>([
        ['rules is not an object', { rules: ['weights-sum'] }, '/rules'],
        ['a severity that is not one of the four', { rules: { 'weights-sum': 'warn' } }, '/rules/weights-sum'],
        ['a severity given as a number', { rules: { 'weights-sum': 2 } }, '/rules/weights-sum'],
        ['an unknown rule id', { rules: { 'weight-sum': 'off' } }, '/rules/weight-sum'],
        ['an unknown rule id with a slash', { rules: { 'plugin/rule': 'off' } }, '/rules/plugin~1rule'],
        ['a threshold of the wrong type', { lotsThreshold: true }, '/lotsThreshold'],
        ['a threshold that is not money', { grantThreshold: '100k pounds' }, '/grantThreshold'],
        ['a negative threshold', { lotsThreshold: -1 }, '/lotsThreshold'],
        ['a percentage above 100', { minSocialValueWeight: 120 }, '/minSocialValueWeight'],
        ['a percentage text above 100', { maxPriceWeight: '120%' }, '/maxPriceWeight'],
        ['a percentage without its sign', { maxPriceWeight: '50' }, '/maxPriceWeight'],
        ['a duration in words', { defaultFormationPeriod: 'six weeks' }, '/defaultFormationPeriod'],
        ['a duration with an unknown unit', { defaultFormationPeriod: '6 fortnights' }, '/defaultFormationPeriod'],
        ['days that are not whole', { advisoryTenderingDays: 2.5 }, '/advisoryTenderingDays'],
        ['days as text', { advisoryTenderingDays: '25' }, '/advisoryTenderingDays'],
        ['vague is a list', { vague: ['synergy'] }, '/vague'],
        ['vague.add is not a list', { vague: { add: 'synergy' } }, '/vague/add'],
        ['a vague word that is a number', { vague: { add: [3] } }, '/vague/add/0'],
        ['a vague word that is blank', { vague: { add: ['  '] } }, '/vague/add/0'],
        ['a vague phrase that is empty', { vague: { add: [{ phrase: '' }] } }, '/vague/add/0'],
        ['a vague suggestion that is not text', { vague: { add: [{ phrase: 'synergy', suggestion: 1 }] } }, '/vague/add/0'],
        ['an unknown key in a vague phrase', { vague: { add: [{ phrase: 'synergy', replacement: 'working together' }] } }, '/vague/add/0'],
        ['vague.remove is not a list', { vague: { remove: 'robust' } }, '/vague/remove'],
        ['a removed word that is not text', { vague: { remove: [null] } }, '/vague/remove/0'],
        ['an unknown key in vague', { vague: { ignore: ['robust'] } }, '/vague/ignore'],
        ['templates that is not text', { templates: 5 }, '/templates'],
        ['an ocid prefix that is not text', { ocidPrefix: ['ocds-213czf'] }, '/ocidPrefix'],
        ['a review author that is not text', { reviewAuthor: {} }, '/reviewAuthor'],
        ['an unknown key', { lotThreshold: '£250,000' }, '/lotThreshold'],
        ['the editor-settings shape in a file', { thresholds: { lotsThreshold: '£250,000' } }, '/thresholds']
    ])('a malformed configuration fails the schema and parseConfig reports it: %s', (_name, config, pointer) => {
        const { valid, parsed } = check(config);
        expect(valid).toBe(false);
        expect(parsed.problems.map(p => p.pointer)).toContain(pointer);
        const problem = parsed.problems.find(p => p.pointer === pointer)!;
        expect(problem.file).toBe('tender.config.json');
        expect(problem.message.length).toBeGreaterThan(10);
    });

    test('a whole file that is not an object fails the schema and parseConfig falls back to the defaults', () => {
        for (const config of [[], 'rules', 42, null]) {
            const { valid, parsed } = check(config);
            expect(valid).toBe(false);
            expect(parsed.problems).toHaveLength(1);
            expect(parsed.problems[0].message).toBe('tender.config.json must hold a JSON object; using the default configuration.');
            expect(parsed.thresholds.maxPriceWeight).toBe(50);
        }
    });

    test('text that is not JSON is reported, not thrown, and the defaults stand in', () => {
        for (const text of ['{ "rules": { "weights-sum": "off", } }', '', '{ rules: {} }', '// comment\n{}']) {
            const parsed = parseConfig(text, '/project/tender.config.json', known);
            expect(parsed.problems).toHaveLength(1);
            expect(parsed.problems[0].message).toMatch(/^\/project\/tender\.config\.json is not valid JSON \([^\n]+\); using the default configuration\.$/);
            expect(parsed.rules).toEqual({});
        }
        // where the mistake is, as a line and column, and not the whole file again
        const trailingComma = parseConfig('{\n  "rules": {\n    "weights-sum": "off",\n  }\n}', 'tender.config.json', known);
        expect(trailingComma.problems[0].message).toMatch(/ at line 4, column 3\); using the default configuration\.$/);
        const comment = parseConfig('// rules\n{}', 'tender.config.json', known);
        expect(comment.problems[0].message).not.toContain('// rules');
    });

    test('a byte order mark at the start of the file is not an error', () => {
        const parsed = parseConfig('\uFEFF{ "rules": { "weights-sum": "off" } }', 'tender.config.json', known);
        expect(parsed.problems).toEqual([]);
        expect(parsed.rules).toEqual({ 'weights-sum': 'off' });
    });

    test('every complete example in docs/configuration.md is valid', () => {
        const page = readFileSync(join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
        const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) {
            const config = JSON.parse(block) as unknown;
            const { valid, errors, parsed } = check(config);
            expect(errors, block).toEqual([]);
            expect(valid).toBe(true);
            expect(parsed.problems).toEqual([]);
        }
    });
});
