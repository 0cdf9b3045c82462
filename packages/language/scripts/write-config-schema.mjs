#!/usr/bin/env node
// Writes schemas/tender.config.schema.json from the rule list and the configuration defaults.
// Run after adding a rule or changing a default (build first: npx tsc -b):
//   npm run schema:config   (or: node packages/language/scripts/write-config-schema.mjs)
// packages/language/test/lint/config-schema.test.ts fails while the published file is out of date.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../dist/lint/config-schema.js';
import { rules } from '../dist/lint/rules/index.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'tender.config.schema.json');
const text = `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
mkdirSync(dirname(target), { recursive: true });
// Whole or not at all: write beside, then rename.
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, text);
renameSync(temporary, target);
console.log(`wrote ${target} (${rules.length} rules)`);
