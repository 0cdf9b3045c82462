import { describe, expect, test } from 'vitest';
import type { Model, Tender } from '../../src/generated/ast.js';
import { isHalfTyped, outcomeFacts } from '../../src/lint/outcome-facts.js';
import { lintWithFramework } from '../helpers.js';

const SOURCE = `import "framework.tender"
tender T {
    cohort Adults { needs Homelessness, MentalHealth }
    outcome Housed "People are housed"
    outcome Well "People stay well"
    service A "a" { addresses Homelessness delivers Housed }
    service B "b" { addresses Anyborough.Homelessness delivers Housed, Missing }
}`;

async function tender() {
    const result = await lintWithFramework(SOURCE);
    const model = result.document.parseResult.value as Model;
    return { ...result, tender: model.elements[0] as Tender };
}

describe('outcome facts', () => {
    test('hold the outcomes delivered and needs addressed by the services, skipping unresolved names', async () => {
        const { tender: t } = await tender();
        const facts = outcomeFacts(t);
        expect([...facts.delivered].map(o => o.name)).toEqual(['Housed']);
        expect([...facts.addressed].map(n => n.name)).toEqual(['Homelessness']);
    });

    test('are computed once per tender and linking pass', async () => {
        const { tender: t, document, services } = await tender();
        const first = outcomeFacts(t);
        expect(outcomeFacts(t)).toBe(first);
        // Relinking (as when an imported framework changes) resolves names afresh: the facts follow.
        const linker = services.references.Linker;
        linker.unlink(document);
        await linker.link(document);
        const relinked = outcomeFacts(t);
        expect(relinked).not.toBe(first);
        expect([...relinked.addressed].map(n => n.name)).toEqual(['Homelessness']);
        expect(outcomeFacts(t)).toBe(relinked);
    });

    test('an element is half-typed without a name, or without both its text and its block', async () => {
        const { tender: t } = await tender();
        const [housed] = t.outcomes;
        expect(isHalfTyped(housed, housed.statement)).toBe(false);
        expect(isHalfTyped(housed, undefined)).toBe(true); // no text and no block
        const [a] = t.services;
        expect(isHalfTyped(a, undefined)).toBe(false); // a block counts
        expect(isHalfTyped({ ...a, name: '' }, a.title)).toBe(true);
    });
});
