/**
 * `tender lint --format sarif`, validated against the official SARIF 2.1.0 JSON Schema (draft-04),
 * copied with its source into test/fixtures/sarif so the test runs on any clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGE_CHECKS, rules } from '@tender/language';
import { REPO_ROOT, removeFolder, tempFolder, tender } from './run-cli.js';

const SCHEMA_PATH = join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

interface SarifRule { id: string; name?: string; shortDescription?: { text: string }; helpUri?: string; defaultConfiguration?: { level?: string } }
interface SarifResult {
    ruleId: string;
    ruleIndex?: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    suppressions?: { kind: string; status?: string; justification?: string }[];
}
interface SarifLog {
    version: string;
    runs: {
        tool: { driver: { name: string; version: string; rules: SarifRule[] } };
        originalUriBaseIds?: Record<string, { uri: string }>;
        artifacts?: { location: { uri: string; uriBaseId?: string } }[];
        results: SarifResult[];
    }[];
}
interface JsonReport { filePath: string; messages: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; suppressed?: unknown }[] }

// CommonJS packages: the class and the plugin are their modules' default exports
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

function sarifValidator() {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}

const SUPPRESSED = `tender Suppressed {
    // tender-disable-next-line weights-sum -- weights agreed with the board, not final
    award-criteria {
        technical "Quality" weight 50%
    }
}
`;

let folder: string;
let log: SarifLog;
let jsonReports: JsonReport[];
let code: number | null;

beforeAll(() => {
    folder = tempFolder({ from: join(REPO_ROOT, 'examples'), files: { 'suppressed/suppressed.tender': SUPPRESSED, 'bad/errors.tender': 'framework F { need N need N }\ntender T { timeline { publish 2027-02-30 } }\ntender {' } });
    const result = tender(['lint', '.', '--format', 'sarif'], { cwd: folder });
    code = result.code;
    log = JSON.parse(result.stdout) as SarifLog;
    jsonReports = JSON.parse(tender(['lint', '.', '--format', 'json'], { cwd: folder }).stdout) as JsonReport[];
});
afterAll(() => removeFolder(folder));

describe('SARIF output', () => {
    test('the fixture schema and its source note are present', () => {
        expect(existsSync(SCHEMA_PATH)).toBe(true);
        expect(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'SOURCES.md'), 'utf8')).toContain('oasis-tcs/sarif-spec');
    });

    test('is valid SARIF 2.1.0 against the official schema', () => {
        const validate = sarifValidator();
        const valid = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(log.version).toBe('2.1.0');
        expect(code).toBe(1);
    });

    test('the schema validator is strict enough to reject a broken log', () => {
        const validate = sarifValidator();
        const broken = structuredClone(log);
        (broken.runs[0].results[0] as unknown as { level: string }).level = 'fatal';
        expect(validate(broken)).toBe(false);
        const noVersion = structuredClone(log) as Partial<SarifLog>;
        delete noVersion.version;
        expect(validate(noVersion)).toBe(false);
    });

    test('one run, by the tender tool with its version', () => {
        expect(log.runs).toHaveLength(1);
        const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;
        expect(log.runs[0].tool.driver).toMatchObject({ name: 'tender', version });
    });

    test('tool.driver.rules lists every lint rule and language check once, with id, description, help link and default level', () => {
        const listed = log.runs[0].tool.driver.rules;
        const ids = listed.map(r => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expect.arrayContaining([...rules.map(r => r.meta.id), ...LANGUAGE_CHECKS.map(c => c.id)]));
        expect(ids).toHaveLength(rules.length + LANGUAGE_CHECKS.length);
        const level = { error: 'error', warning: 'warning', info: 'note' } as const;
        for (const rule of listed) {
            expect(rule.shortDescription?.text, rule.id).toMatch(/\S/);
            expect(() => new URL(rule.helpUri ?? ''), rule.id).not.toThrow();
            expect(['error', 'warning', 'note'], rule.id).toContain(rule.defaultConfiguration?.level);
        }
        for (const rule of rules) {
            const entry = listed.find(r => r.id === rule.meta.id);
            expect(entry?.defaultConfiguration?.level, rule.meta.id).toBe(level[rule.meta.severity]);
            expect(entry?.helpUri, rule.meta.id).toMatch(new RegExp(`/docs/rules/${rule.meta.id}\\.md$`));
        }
    });

    test('every result has a ruleId listed in the rules, a level and a 1-based region in a named file', () => {
        const run = log.runs[0];
        const listed = run.tool.driver.rules;
        expect(run.results.length).toBeGreaterThan(0);
        for (const result of run.results) {
            expect(listed.some(r => r.id === result.ruleId), result.ruleId).toBe(true);
            if (result.ruleIndex !== undefined) expect(listed[result.ruleIndex].id).toBe(result.ruleId);
            expect(['error', 'warning', 'note']).toContain(result.level);
            expect(result.message.text).toMatch(/\S/);
            const { artifactLocation, region } = result.locations[0].physicalLocation;
            for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) {
                expect(Number.isInteger(n) && n >= 1).toBe(true);
            }
            expect(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn)).toBe(true);
            expect(artifactLocation.uri).toMatch(/\.tender$/);
        }
    });

    test('artifact URIs are relative to the current folder and resolve to the linted files', () => {
        const run = log.runs[0];
        const base = run.originalUriBaseIds?.SRCROOT?.uri;
        expect(base).toMatch(/^file:\/\/.*\/$/);
        for (const result of run.results) {
            const location = result.locations[0].physicalLocation.artifactLocation;
            expect(location.uriBaseId).toBe('SRCROOT');
            expect(existsSync(fileURLToPath(new URL(location.uri, base)))).toBe(true);
        }
        expect(run.artifacts?.map(a => fileURLToPath(new URL(a.location.uri, base)))).toEqual(jsonReports.map(r => r.filePath));
    });

    test('a file outside the current folder has an absolute file URI', () => {
        const result = tender(['lint', join(folder, 'bad', 'errors.tender'), '--format', 'sarif'], { cwd: join(folder, 'anyborough') });
        const outside = JSON.parse(result.stdout) as SarifLog;
        expect(sarifValidator()(outside)).toBe(true);
        const uri = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
        expect(uri.uriBaseId).toBeUndefined();
        expect(fileURLToPath(uri.uri)).toBe(join(folder, 'bad', 'errors.tender'));
    });

    test('the results are the findings of the json format, with the same positions and levels', () => {
        const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
        const base = log.runs[0].originalUriBaseIds!.SRCROOT.uri;
        const fromSarif = log.runs[0].results.map(r => {
            const { artifactLocation: a, region: g } = r.locations[0].physicalLocation;
            return `${fileURLToPath(new URL(a.uri, base))}:${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn} ${r.level} ${r.ruleId}${r.suppressions ? ' suppressed' : ''}`;
        });
        const fromJson = jsonReports.flatMap(f => f.messages.map(m => `${f.filePath}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${level[m.severity]} ${m.ruleId}${m.suppressed ? ' suppressed' : ''}`));
        expect(fromSarif).toEqual(fromJson);
    });

    test('language errors (syntax, duplicates, impossible dates) are results too', () => {
        const ids = log.runs[0].results.filter(r => r.locations[0].physicalLocation.artifactLocation.uri === 'bad/errors.tender').map(r => r.ruleId);
        expect(ids).toEqual(expect.arrayContaining(['duplicate-name', 'invalid-date', 'syntax-error']));
    });

    test('a suppressed finding appears with an in-source suppression and its justification', () => {
        const suppressed = log.runs[0].results.filter(r => r.locations[0].physicalLocation.artifactLocation.uri === 'suppressed/suppressed.tender' && r.ruleId === 'weights-sum');
        expect(suppressed).toHaveLength(1);
        expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'weights agreed with the board, not final' }]);
        expect(suppressed[0].locations[0].physicalLocation.region.startLine).toBe(3);
        // and it is not counted as a problem anywhere else
        const stylish = tender(['lint', 'suppressed/suppressed.tender'], { cwd: folder }).stdout;
        expect(stylish).not.toContain('weights-sum');
        expect(log.runs[0].results.filter(r => r.suppressions).every(r => r.suppressions!.length === 1)).toBe(true);
    });

    test('a clean run is valid SARIF with no results', () => {
        const clean = tempFolder({ files: { 'place.tender': 'framework Place { need Housing }\n' } });
        try {
            const result = tender(['lint', '.', '--format', 'sarif'], { cwd: clean });
            expect(result.code).toBe(0);
            const cleanLog = JSON.parse(result.stdout) as SarifLog;
            expect(sarifValidator()(cleanLog)).toBe(true);
            expect(cleanLog.runs[0].results).toEqual([]);
            expect(cleanLog.runs[0].tool.driver.rules.length).toBe(log.runs[0].tool.driver.rules.length);
        } finally {
            removeFolder(clean);
        }
    });
});
