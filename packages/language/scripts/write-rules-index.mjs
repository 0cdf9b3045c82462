#!/usr/bin/env node
// Writes docs/rules/README.md from the rules' metadata (build first: npx tsc -b).
//   npm run docs:rules
// packages/language/test/lint/rules-index.test.ts fails while the published page is out of date.
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRulesIndex } from '../dist/lint/rules-index.js';
import { rules } from '../dist/lint/rules/index.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'rules', 'README.md');
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, buildRulesIndex(rules));
renameSync(temporary, target);
console.log(`wrote ${target} (${rules.length} rules)`);
