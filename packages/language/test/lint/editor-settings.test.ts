/**
 * VS Code's tender.* settings as lint configuration: what is set maps through the same parser as
 * tender.config.json, what is not set stays out of the way, and the config file wins where both
 * set a value.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { afterEach, describe, expect, it } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { editorSettingsToConfig, EDITOR_SETTINGS_SOURCE } from '../../src/lint/editor-settings.js';
import { ruleIds } from '../../src/lint/rules/index.js';
import { lint, withCode } from '../helpers.js';

const known = new Set(ruleIds);

describe('editorSettingsToConfig', () => {
    it('maps rule severities, thresholds and vague-word changes', () => {
        const { config, problems } = editorSettingsToConfig({
            rules: { 'weights-sum': 'warning', 'missing-weighting': 'off' },
            thresholds: { lotsThreshold: '£300,000', grantThreshold: 50000, minSocialValueWeight: 15, maxPriceWeight: '40%', defaultFormationPeriod: '8 weeks', advisoryTenderingDays: 30 },
            vague: { add: ['synergy', { phrase: 'world class', suggestion: 'name the standard' }], remove: ['robust'] }
        }, known);
        expect(problems).toEqual([]);
        expect(config.rules).toEqual({ 'weights-sum': 'warning', 'missing-weighting': 'off' });
        expect(config.thresholds).toEqual({
            lotsThreshold: { minor: 30_000_000, currency: 'GBP' },
            grantThreshold: { minor: 5_000_000, currency: 'GBP' },
            minSocialValueWeight: 15,
            maxPriceWeight: 40,
            defaultFormationPeriod: { amount: 8, unit: 'week' },
            advisoryTenderingDays: 30
        });
        expect(config.vague).toEqual({ add: [{ phrase: 'synergy' }, { phrase: 'world class', suggestion: 'name the standard' }], remove: ['robust'] });
    });

    it('leaves out what is not set: null thresholds, empty text, empty lists, no section at all', () => {
        const empty = {
            rules: {},
            thresholds: { lotsThreshold: null, grantThreshold: '', minSocialValueWeight: null, maxPriceWeight: null, defaultFormationPeriod: '  ', advisoryTenderingDays: null },
            vague: { add: [], remove: [] }
        };
        expect(editorSettingsToConfig(empty, known)).toEqual({ config: {}, problems: [] });
        expect(editorSettingsToConfig(undefined, known)).toEqual({ config: {}, problems: [] });
        expect(editorSettingsToConfig(null, known)).toEqual({ config: {}, problems: [] });
        expect(editorSettingsToConfig('nonsense', known)).toEqual({ config: {}, problems: [] });
    });

    it('only the thresholds that are set, so the defaults and the config file show through', () => {
        const { config } = editorSettingsToConfig({ thresholds: { maxPriceWeight: 45, lotsThreshold: null } }, known);
        expect(config).toEqual({ thresholds: { maxPriceWeight: 45 } });
    });

    it('says which setting is wrong, and still applies the rest', () => {
        const { config, problems } = editorSettingsToConfig({
            rules: { 'weights-sum': 'loud', 'no-such-rule': 'off', 'missing-weighting': 'info' },
            thresholds: { lotsThreshold: 'lots of money', maxPriceWeight: 140, minSocialValueWeight: 12, colour: 'blue' },
            vague: { add: [42] }
        }, known);
        expect(config.rules).toEqual({ 'missing-weighting': 'info' });
        expect(config.thresholds).toEqual({ minSocialValueWeight: 12 });
        expect(config.vague).toBeUndefined();
        const messages = problems.map(p => p.message);
        expect(messages).toContainEqual(expect.stringContaining('Rule "weights-sum" is set to "loud"'));
        expect(messages).toContainEqual('Unknown rule "no-such-rule" in "tender.rules".');
        expect(messages).toContainEqual(expect.stringMatching(/^"tender\.thresholds\.lotsThreshold": /));
        expect(messages).toContainEqual('"tender.thresholds.maxPriceWeight" must be a percentage from 0 to 100.');
        expect(messages).toContainEqual(expect.stringContaining('"tender.thresholds.colour"'));
        expect(messages).toContainEqual(expect.stringMatching(/^"tender\.vague\.add" entry 1 /));
        expect(problems.every(p => p.file === EDITOR_SETTINGS_SOURCE)).toBe(true);
    });
});

describe('editor settings and tender.config.json together', () => {
    let folder: string | undefined;
    afterEach(() => {
        if (folder) rmSync(folder, { recursive: true, force: true });
        folder = undefined;
    });

    it('the config file wins where both set a value; the editor settings fill in the rest', () => {
        folder = mkdtempSync(join(tmpdir(), 'tender-settings-'));
        writeFileSync(join(folder, 'tender.config.json'), JSON.stringify({ rules: { 'weights-sum': 'warning' }, maxPriceWeight: 60 }));
        const services = createTenderServices(NodeFileSystem).Tender;
        const settings = editorSettingsToConfig({
            rules: { 'weights-sum': 'off', 'missing-weighting': 'warning' },
            thresholds: { maxPriceWeight: 40, minSocialValueWeight: 20 },
            vague: { remove: ['robust'] }
        }, known);
        services.lint.ConfigProvider.setEditorSettings(settings.config);
        const config = services.lint.ConfigProvider.getConfig(URI.file(join(folder, 'tender.tender')));
        expect(config.rules['weights-sum']).toBe('warning');
        expect(config.rules['missing-weighting']).toBe('warning');
        expect(config.thresholds.maxPriceWeight).toBe(60);
        expect(config.thresholds.minSocialValueWeight).toBe(20);
        expect(config.thresholds.lotsThreshold).toEqual({ minor: 25_000_000, currency: 'GBP' });
        expect(config.vague.remove).toEqual(['robust']);
    });

    it('the config file wins even when it sets the default value, and a file saved with a byte order mark counts', () => {
        folder = mkdtempSync(join(tmpdir(), 'tender-settings-'));
        writeFileSync(join(folder, 'tender.config.json'), '\uFEFF' + JSON.stringify({ maxPriceWeight: 50 }));
        const services = createTenderServices(NodeFileSystem).Tender;
        services.lint.ConfigProvider.setEditorSettings(editorSettingsToConfig({ thresholds: { maxPriceWeight: 40, minSocialValueWeight: 20 } }, known).config);
        const config = services.lint.ConfigProvider.getConfig(URI.file(join(folder, 'tender.tender')));
        expect(config.thresholds.maxPriceWeight).toBe(50);
        expect(config.thresholds.minSocialValueWeight).toBe(20);
    });

    it('a severity set in the editor changes what the linter reports', async () => {
        const tender = 'tender T {\n  award-criteria {\n    technical "Quality" weight 60%\n    price "Price" weight 30%\n  }\n}\n';
        const byDefault = withCode((await lint(tender)).diagnostics, 'weights-sum');
        expect(byDefault.map(d => d.severity)).toEqual([1]);
        const asWarning = withCode((await lint(tender, { config: editorSettingsToConfig({ rules: { 'weights-sum': 'warning' } }, known).config })).diagnostics, 'weights-sum');
        expect(asWarning.map(d => d.severity)).toEqual([2]);
        const off = withCode((await lint(tender, { config: editorSettingsToConfig({ rules: { 'weights-sum': 'off' } }, known).config })).diagnostics, 'weights-sum');
        expect(off).toEqual([]);
    });
});
