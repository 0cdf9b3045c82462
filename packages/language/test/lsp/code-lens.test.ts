/**
 * Code lenses: the award criteria weights and the lot values added up, above the blocks they sum.
 */
import { describe, expect, it } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { lint, marked } from '../helpers.js';

async function lenses(source: string): Promise<{ lenses: CodeLens[]; ranges: ReturnType<typeof marked>['ranges'] }> {
    const { text, ranges } = marked(source);
    const { document, services } = await lint(text);
    const result = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return { lenses: result ?? [], ranges };
}

const titles = (list: CodeLens[]) => list.map(l => l.command?.title);

describe('award criteria lens', () => {
    it('sits on the award-criteria keyword and gives the total with the price and social value shares', async () => {
        const { lenses: found, ranges } = await lenses(`tender T {
    <|award-criteria|> {
        technical "Quality" weight 55% {
            sub "Support" weight 55%
        }
        social-value "Social value" weight 15%
        price "Price" weight 30%
    }
}`);
        expect(titles(found)).toEqual(['Total weight 100% · price 30% · social value 15% · quality 55%']);
        expect(found[0].range).toEqual(ranges[0]);
        expect(found[0].command?.command).toBe('');
    });

    it('says how far the weights are from 100%', async () => {
        const short = await lenses('tender T { award-criteria { technical "Q" weight 30% social-value "SV" weight 5% price "P" weight 60% } }');
        expect(titles(short.lenses)).toEqual(['Total weight 95%, 5% short of 100% · price 60% · social value 5% · quality 30%']);
        const over = await lenses('tender T { award-criteria { technical "Q" weight 50.5% price "P" weight 60% } }');
        expect(titles(over.lenses)).toEqual(['Total weight 110.5%, 10.5% over 100% · price 60% · quality 50.5% · no social value criterion']);
    });

    it('adds several criteria of one kind together, and counts those still without a weight', async () => {
        const { lenses: found } = await lenses(`tender T { award-criteria {
            technical "Approach" weight 30%
            technical "Staffing"
            social-value "Local jobs" weight 5%
            social-value "Volunteering" weight 5%
        } }`);
        expect(titles(found)).toEqual(['Total weight 40% so far (1 criterion without a weight) · social value 10% · quality without a weight · no price criterion']);
    });

    it('shows one lens per block, a lot\'s own criteria included, and one for an empty block', async () => {
        const { lenses: found, ranges } = await lenses(`tender T {
    <|award-criteria|> { }
    lot A "A" {
        value £100k
        <|award-criteria|> { price "Price" weight 100% }
    }
}`);
        const awards = found.filter(l => l.command?.title.startsWith('Total') || l.command?.title.startsWith('No award'));
        expect(awards.map(l => l.range)).toEqual(ranges);
        expect(titles(awards)).toEqual([
            'No award criteria yet: add price, quality and social value criteria with weights adding up to 100%',
            'Total weight 100% · price 100% · no social value criterion'
        ]);
    });
});

describe('lot values lens', () => {
    it('sits on the first lot and adds the lot values up against the tender value', async () => {
        const { lenses: found, ranges } = await lenses(`tender T {
    value £2,400,000 over 5 years
    <|lot|> A "A" { value £1,000,000 }
    lot B "B" { value £800k }
    lot C "C" { value £500,000 }
}`);
        expect(titles(found)).toEqual(['3 lots add up to £2,300,000 of the tender value £2,400,000 (£100,000 short)']);
        expect(found[0].range).toEqual(ranges[0]);
    });

    it('says when the lots add up to the whole, go over, lack values, or mix currencies', async () => {
        const whole = await lenses('tender T { value £2m lot A "A" { value £1.5m } lot B "B" { value £500k } }');
        expect(titles(whole.lenses)).toEqual(['2 lots add up to £2,000,000, the whole tender value']);
        const over = await lenses('tender T { value £1m lot A "A" { value £1.5m } }');
        expect(titles(over.lenses)).toEqual(['1 lot add up to £1,500,000 of the tender value £1,000,000 (£500,000 over)']);
        const partial = await lenses('tender T { value £1m lot A "A" { value £400k } lot B "B" }');
        expect(titles(partial.lenses)).toEqual(['1 of 2 lots have a value: £400,000 so far of the tender value £1,000,000']);
        const noValue = await lenses('tender T { lot A "A" { value £400k } lot B "B" { value £100k } }');
        expect(titles(noValue.lenses)).toEqual(['2 lots add up to £500,000; the tender has no value yet']);
        const mixed = await lenses('tender T { value £1m lot A "A" { value €400k } lot B "B" { value £100k } }');
        expect(titles(mixed.lenses)).toEqual(['2 lots in more than one currency: they cannot be added up against the tender value']);
    });

    it('shows nothing for a tender without lots', async () => {
        const { lenses: found } = await lenses('tender T { value £2m no-lots because "One small service" }');
        expect(found).toEqual([]);
    });
});

describe('notice lens', () => {
    it('sits on procedure and counts the facts the notice still lacks, required and asked for by the form', async () => {
        const { lenses: found, ranges } = await lenses('tender T {\n    buyer "B" { id "GB-PPON-X" address "Town Hall", "AN1 1AA" email "a@b.gov.uk" contact "Team" }\n    <|procedure|> open\n    value £400,000\n}');
        const notice = found.filter(l => l.command?.title.includes('notice'));
        expect(notice.map(l => l.range)).toEqual(ranges);
        expect(titles(notice)).toEqual(['Tender notice (UK4): 5 facts the regulations require and 4 fields Find a Tender asks for still missing']);
    });

    it('says when every fact is given, and when no notice is published', async () => {
        const { readFileSync } = await import('node:fs');
        const { join } = await import('node:path');
        const { EXAMPLES, lintWithFramework } = await import('../helpers.js');
        const text = readFileSync(join(EXAMPLES, 'anyborough', 'multiple-disadvantage.tender'), 'utf8');
        const { document, services } = await lintWithFramework(text);
        const all = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(titles(all ?? []).filter(t => t?.includes('notice'))).toEqual(['Tender notice (UK4): every fact it needs is given']);
        const callOff = await lenses('tender T { procedure framework-call-off }');
        expect(titles(callOff.lenses)).toEqual(['No notice before a call-off (Procurement Act 2023 s45–46)']);
    });

    it('no lens while the procedure is not given, nor in Scotland', async () => {
        expect((await lenses('tender T { value £1m }')).lenses).toEqual([]);
        expect((await lenses('tender T { jurisdiction scotland procedure open }')).lenses).toEqual([]);
    });
});
