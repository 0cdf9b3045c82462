import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import type { Model } from '../../src/generated/ast.js';
import { textTokensOf } from '../../src/lint/text-tokens.js';
import { ANYBOROUGH, lint } from '../helpers.js';

describe('textTokensOf', () => {
    test('finds the same tokens as Langium\'s findNodeForProperty, for every text property of every node', async () => {
        let compared = 0;
        for (const name of ['multiple-disadvantage.tender', 'first-draft.tender', 'framework.tender', 'market.tender']) {
            const { document } = await lint(readFileSync(join(ANYBOROUGH, name), 'utf8'));
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const properties = Object.keys(node).filter(key => !key.startsWith('$') && (typeof (node as unknown as Record<string, unknown>)[key] === 'string'
                    || (Array.isArray((node as unknown as Record<string, unknown>)[key]) && ((node as unknown as Record<string, unknown[]>)[key]).every(v => typeof v === 'string'))));
                const found = textTokensOf(node, new Set(properties));
                for (const property of properties) {
                    const value = (node as unknown as Record<string, unknown>)[property];
                    const count = Array.isArray(value) ? value.length : 1;
                    for (let index = 0; index < count; index++) {
                        const expected = GrammarUtils.findNodeForProperty(node.$cstNode, property, Array.isArray(value) ? index : undefined);
                        if (!expected || !isLeafCstNode(expected) || expected.tokenType.name !== 'STRING') continue;
                        expect(found.get(property)?.[index], `${node.$type}.${property}[${index}]`).toBe(expected);
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(100);
    });

    test('only the properties asked for, and nothing of nested elements', async () => {
        const { document } = await lint('tender T {\n    title "Title"\n    purpose "Purpose"\n    outcome O "Statement" { indicator "Indicator" }\n}');
        const tender = (document.parseResult.value as Model).elements[0];
        const found = textTokensOf(tender, new Set(['purpose', 'statement', 'indicator']));
        expect([...found.keys()]).toEqual(['purpose']);
        expect(found.get('purpose')?.map(l => l.text)).toEqual(['"Purpose"']);
    });
});
