/**
 * The settings the extension contributes (package.json) and what the language server makes of
 * them: every threshold has a setting, the defaults mean "not set" (so tender.config.json and the
 * built-in defaults show through), and the rule list names only real rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, editorSettingsToConfig, EDITOR_SETTINGS_SECTION, ruleIds, rulesById } from '@tender/language';
import { EXTENSION_ROOT } from './vsix.js';

interface SettingSchema {
    readonly default?: unknown;
    readonly type?: string | string[];
    readonly enum?: string[];
    readonly properties?: Record<string, SettingSchema>;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, SettingSchema> } };
};
const settings = manifest.contributes.configuration.properties;

/** The section object VS Code hands the server for `tender`: dotted keys become nested objects. */
function section(values: Record<string, unknown>): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
        const path = key.split('.').slice(1);
        let node = root;
        for (const part of path.slice(0, -1)) {
            node = (node[part] ??= {}) as Record<string, unknown>;
        }
        node[path[path.length - 1]] = value;
    }
    return root;
}

const defaults = () => Object.fromEntries(Object.entries(settings).map(([key, schema]) => [key, schema.default]));

describe('tender.* settings', () => {
    it('live in the section the language server reads', () => {
        expect(Object.keys(settings).every(key => key.startsWith(`${EDITOR_SETTINGS_SECTION}.`))).toBe(true);
    });

    it('have one setting per threshold, mirroring tender.config.json', () => {
        const thresholdSettings = Object.keys(settings).filter(k => k.startsWith('tender.thresholds.')).map(k => k.slice('tender.thresholds.'.length)).sort();
        expect(thresholdSettings).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    });

    it('at their defaults set nothing, so the config file and built-in defaults apply', () => {
        expect(editorSettingsToConfig(section(defaults()), new Set(ruleIds))).toEqual({ config: {}, problems: [] });
    });

    it('as a user would set them, reach the linter without problems', () => {
        const values = {
            ...defaults(),
            'tender.rules': { 'price-dominates': 'error' },
            'tender.thresholds.lotsThreshold': '£300,000',
            'tender.thresholds.maxPriceWeight': 40,
            'tender.thresholds.defaultFormationPeriod': '8 weeks',
            'tender.vague.add': ['synergy'],
            'tender.vague.remove': ['robust']
        };
        const { config, problems } = editorSettingsToConfig(section(values), new Set(ruleIds));
        expect(problems).toEqual([]);
        expect(config).toEqual({
            rules: { 'price-dominates': 'error' },
            thresholds: { lotsThreshold: { minor: 30_000_000, currency: 'GBP' }, maxPriceWeight: 40, defaultFormationPeriod: { amount: 8, unit: 'week' } },
            vague: { add: [{ phrase: 'synergy' }], remove: ['robust'] }
        });
    });

    it('list only rules that exist, each with the four severities', () => {
        const listed = settings['tender.rules'].properties ?? {};
        for (const [id, schema] of Object.entries(listed)) {
            expect(rulesById.has(id), `tender.rules lists "${id}", which is not a rule (run packages/extension/scripts/sync-settings.mjs)`).toBe(true);
            expect(schema.enum).toEqual(['off', 'info', 'warning', 'error']);
        }
        expect(Object.keys(listed).length).toBeGreaterThan(0);
    });
});
