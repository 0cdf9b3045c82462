import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildRulesIndex } from '../../src/lint/rules-index.js';
import { rules } from '../../src/lint/rules/index.js';
import { REPO_ROOT } from '../helpers.js';

test('docs/rules/README.md lists every rule by area and is up to date (npm run docs:rules)', () => {
    const published = readFileSync(join(REPO_ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    expect(published).toBe(buildRulesIndex(rules));
    for (const rule of rules) {
        expect(published).toContain(`[\`${rule.meta.id}\`](${rule.meta.id}.md)`);
    }
});
