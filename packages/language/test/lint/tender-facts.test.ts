import { describe, expect, test } from 'vitest';
import type { Model, Tender } from '../../src/generated/ast.js';
import { effectiveCriteria, needsAddressed, tenderFacts, tenderOf, visibleMarkets, weightOfKind } from '../../src/lint/tender-facts.js';
import { URI } from 'langium';
import { lint, lintWithFramework } from '../helpers.js';
import { servicesWithFiles } from './memory-fs.js';

async function tenderIn(text: string, files?: Record<string, string>): Promise<{ tender: Tender; documents: Awaited<ReturnType<typeof lint>>['services']['shared']['workspace']['LangiumDocuments'] }> {
    const { document, services } = files ? await lintWithFramework(text, { files }) : await lint(text);
    const tender = (document.parseResult.value as Model).elements.find(e => e.$type === 'Tender') as Tender;
    return { tender, documents: services.shared.workspace.LangiumDocuments };
}

describe('tender facts', () => {
    test('are computed once per tender', async () => {
        const { tender } = await tenderIn('tender T { value £1m lot A "A" { value £400k } lot B "B" { value £600k } }');
        const facts = tenderFacts(tender);
        expect(tenderFacts(tender)).toBe(facts);
        expect(facts.value).toEqual({ minor: 100_000_000, currency: 'GBP' });
        expect(facts.smallestLot?.lot.name).toBe('A');
    });

    test('are computed again when the document is relinked, since lots name services by reference', async () => {
        const folder = 'file:///memory/facts';
        const { services, fs } = await servicesWithFiles({
            [`${folder}/services.tender`]: 'tender Shared { service Support "Support" }',
            [`${folder}/t.tender`]: 'import "services.tender"\ntender T { lot A "A" { services Shared.Support } }'
        });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(`${folder}/t.tender`))!;
        const tender = (document.parseResult.value as Model).elements[0] as Tender;
        const before = tenderFacts(tender);
        expect(before.lots[0].services.map(s => s.name)).toEqual(['Support']);
        fs.write(`${folder}/services.tender`, 'tender Shared { service Outreach "Outreach" }');
        await services.shared.workspace.DocumentBuilder.update([URI.parse(`${folder}/services.tender`)], []);
        const after = tenderFacts(tender);
        expect(after).not.toBe(before);
        expect(after.lots[0].services).toEqual([]);
    });

    test('list the award-criteria blocks in force: the tender\'s, then each lot\'s own', async () => {
        const { tender } = await tenderIn(`tender T {
    lot A "A" { award-criteria { price "P" weight 100% } }
    lot B "B"
    award-criteria { technical "Q" weight 70% price "P" weight 20% price "Whole life" weight 10% }
}`);
        const blocks = tenderFacts(tender).criteriaBlocks;
        expect(blocks.map(b => b.$container.$type)).toEqual(['Tender', 'Lot']);
        expect(effectiveCriteria(tender, tender.lots[0])).toBe(tender.lots[0].awardCriteria);
        expect(effectiveCriteria(tender, tender.lots[1])).toBe(tender.awardCriteria);
        expect(weightOfKind(tender.awardCriteria!, 'price')?.total).toBe(30);
        expect(tenderOf(tender.awardCriteria!.criteria[0])).toBe(tender);
    });

    test('have no smallest lot while a lot has no value, a £0 placeholder, or another currency', async () => {
        for (const lots of ['lot A "A" { value £1m } lot B "B"', 'lot A "A" { value £1m } lot B "B" { value £0 }', 'lot A "A" { value £1m } lot B "B" { value €5k }']) {
            const { tender } = await tenderIn(`tender T { value £2m ${lots} }`);
            expect(tenderFacts(tender).smallestLot, lots).toBeUndefined();
        }
    });

    test('know which services the lots cover and which needs they address', async () => {
        const { tender } = await tenderIn(`import "framework.tender"
tender T {
    service S1 "S1" { addresses Homelessness, MentalHealth }
    service S2 "S2" { addresses MentalHealth, Offending }
    service S3 "S3"
    lot A "A" { services S1, S2 }
}`, {});
        const facts = tenderFacts(tender);
        expect([...facts.servicesInLots].map(s => s.name)).toEqual(['S1', 'S2']);
        expect(needsAddressed(facts.lots[0].services).map(n => n.name)).toEqual(['Homelessness', 'MentalHealth', 'Offending']);
    });

    test('see the markets of the tender\'s own file first, then of every file it imports', async () => {
        const { tender, documents } = await tenderIn(`import "b.tender"
market Own { }
tender T { }`, { 'b.tender': 'import "a.tender"\nmarket B { }', 'a.tender': 'market A { }', 'c.tender': 'market NotImported { }' });
        expect(visibleMarkets(tender, documents).map(m => m.name)).toEqual(['Own', 'A', 'B']);
    });
});
