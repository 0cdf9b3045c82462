/**
 * Writes the lint rules into the `tender.rules` setting of package.json, so the Settings editor
 * lists every rule with its default severity and what it checks. Run after adding a rule:
 *
 *   npm run build && node packages/extension/scripts/sync-settings.mjs
 *
 * (package.json must be static for vsce, so this is a step, not part of the bundle.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocsUrl, rules } from '@tender/language';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const setting = manifest.contributes.configuration.properties['tender.rules'];
setting.properties = Object.fromEntries([...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map(rule => [rule.meta.id, {
    type: 'string',
    enum: ['off', 'info', 'warning', 'error'],
    markdownDescription: `${rule.meta.description} Default: \`${rule.meta.severity}\`. [About this rule](${ruleDocsUrl(rule.meta.id)})`
}]));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`tender.rules: ${rules.length} rules`);
