import { describe, expect, test } from 'vitest';
import { isTender } from '../../src/generated/ast.js';
import { resolveTender } from '../../src/model/resolve.js';
import { explainOcds, formatOcdsGaps } from '../../src/generate/ocds/explain.js';
import { lint, RICH_TENDER } from '../helpers-generate.js';

async function gapsOf(text: string, options = {}) {
    const { document } = await lint(text);
    const model = resolveTender(document.parseResult.value.elements.find(isTender)!);
    return explainOcds(model, options);
}

describe('--explain-ocds', () => {
    test('an empty tender misses the notice basics, each with how to add it', async () => {
        const gaps = await gapsOf('tender Bare { }');
        const missing = gaps.filter(g => g.kind === 'missing').map(g => g.field);
        expect(missing).toEqual(expect.arrayContaining([
            'Notice: publication date', 'Scope: reference', 'Scope: title', 'Scope: description', 'Scope: total value including VAT',
            'Scope: CPV classifications', 'Lots: reasons for not dividing into lots', 'Submission: tender submission deadline',
            'Award criteria: name, type, weighting', 'Procedure: procedure type', 'Contracting authority: name'
        ]));
        expect(gaps.find(g => g.field === 'Notice: publication date')?.fix).toMatch(/without a date no OCDS release can be written/);
        expect(gaps.find(g => g.field === 'Scope: reference')?.fix).toContain('Bare');
    });

    test('a tender written in language 1.0: every notice fact 1.1 can say is asked for, none left to the publishing platform', async () => {
        const gaps = await gapsOf(RICH_TENDER, { ocidPrefix: 'ocds-abc123', baseUrl: 'https://data.cwm.gov.uk/' });
        expect(gaps.filter(g => g.kind !== 'missing')).toEqual([]);
        expect(gaps.map(g => g.field)).toEqual([
            'Scope: total value excluding VAT',
            'Scope: contract locations',
            'Participation: particular suitability (SME, VCSE)',
            'Submission: time of the enquiry deadline',
            'Submission: time of the tender submission deadline',
            'Submission: time of the deadline for requests to participate',
            'Submission: address and electronic submission',
            'Planning: preliminary market engagement notice, or the reason for none',
            'Contracting authority: Cwm Council'
        ]);
        expect(gaps.find(g => g.field === 'Submission: time of the tender submission deadline')?.fix).toMatch(/no time is ever assumed/);
        expect(gaps.find(g => g.field === 'Contracting authority: Cwm Council')?.fix).toMatch(/`id` \(PPON\), `address`, `region`, `email`, `contact`/);
    });

    test('lots without values or titles, a weight missing, a framework call-off', async () => {
        const gaps = await gapsOf(`tender T { procedure framework-call-off lot A { } lot B "B" { value £1 }
            award-criteria { technical "Q" weight 70% price "P" } }`);
        const fields = gaps.map(g => g.field);
        expect(fields).toContain('Lots: value of lot 1 (A)');
        expect(fields).toContain('Lots: title of lot 1 (A)');
        expect(fields).not.toContain('Lots: value of lot 2 (B)');
        expect(fields).toContain('Award criteria: weighting');
        expect(fields).toContain('Procedure: framework details');
        expect(fields).not.toContain('Submission: enquiry deadline'); // no tendering period in a call-off
    });

    test('light touch: the reason for no lots need not be published, and the message says so', async () => {
        const gaps = await gapsOf('tender T { regime light-touch }');
        expect(gaps.find(g => g.field === 'Lots: reasons for not dividing into lots')?.fix).toMatch(/reg 18\(2\)\(q\)/);
    });

    test('formatted for a terminal', () => {
        expect(formatOcdsGaps('X', [])).toBe('X: the OCDS output fills every UK4 tender notice field the language knows of.\n');
        expect(formatOcdsGaps('X', [{ field: 'Scope: title', path: 'tender.title', kind: 'missing', fix: 'Add `title "..."`.' }]))
            .toBe('X: UK4 tender notice fields the OCDS output cannot fill yet (1)\n  Scope: title  [add to the tender]  tender.title\n      Add `title "..."`.\n');
    });
});
