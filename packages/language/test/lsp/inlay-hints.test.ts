/**
 * Inlay hints: each lot value's share of the tender value; the tendering (and participation)
 * period against its legal minimum after the deadline that ends it.
 */
import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import type { LintConfig } from '../../src/lint/config.js';
import { lint, marked, withCode } from '../helpers.js';

async function hints(source: string, config?: Partial<LintConfig>): Promise<{ hints: InlayHint[]; ranges: ReturnType<typeof marked>['ranges'] }> {
    const { text, ranges } = marked(source);
    const { document, services } = await lint(text, { config });
    const end = document.textDocument.positionAt(text.length);
    const result = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end }
    });
    return { hints: result ?? [], ranges };
}

describe('lot share hints', () => {
    it('follow each lot value with its share of the tender value', async () => {
        const { hints: found, ranges } = await hints(`tender T {
    value £2,400,000 over 5 years
    lot A "A" { value <|£1,200,000|> }
    lot B "B" { value <|£800k|> }
    lot C "C" { value <|£400,000|> }
}`);
        expect(found.map(h => h.label)).toEqual(['50% of the tender', '33.33% of the tender', '16.67% of the tender']);
        expect(found.map(h => h.position)).toEqual(ranges.map(r => r.end));
        expect(found.every(h => h.paddingLeft === true)).toBe(true);
    });

    it('stay away when the share cannot be worked out', async () => {
        const noTenderValue = await hints('tender T { lot A "A" { value £100k } }');
        expect(noTenderValue.hints).toEqual([]);
        const otherCurrency = await hints('tender T { value £1m lot A "A" { value €100k } }');
        expect(otherCurrency.hints).toEqual([]);
        const noLotValue = await hints('tender T { value £1m lot A "A" { services X } }');
        expect(noLotValue.hints).toEqual([]);
        const zero = await hints('tender T { value £0 lot A "A" { value £100k } }');
        expect(zero.hints).toEqual([]);
    });

    it('only within the range the editor asks for', async () => {
        const { text } = marked('tender T {\n    value £1m\n    lot A "A" { value £500k }\n    lot B "B" { value £500k }\n}');
        const { document, services } = await lint(text);
        const result = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } }
        });
        expect(result?.map(h => h.position.line)).toEqual([3]);
    });
});

const tender = (procedure: string, timeline: string, extra = '') => `tender T {
    ${procedure}
    ${extra}
    timeline {
${timeline}
    }
}`;

describe('tendering period hints', () => {
    it('follow the bid deadline with the period in days against the legal minimum', async () => {
        const { hints: found, ranges } = await hints(tender('procedure open regime standard', '        publish 2027-03-01\n        bid-deadline <|2027-04-19|>'));
        expect(found.map(h => h.label)).toEqual(['49 days to bid · legal minimum 25 days']);
        expect(found[0].position).toEqual(ranges[0].end);
        expect(found[0].tooltip).toBe('The minimum for an open procedure under the standard regime is 25 days (Procurement Act 2023 s54(4) row 7). Assumed: e-tendering with all documents.');
    });

    it('agree with the bid-window rule about a period that is too short', async () => {
        const text = tender('procedure open', '        publish 2027-03-01\n        bid-deadline 2027-03-15');
        const { hints: found } = await hints(text);
        expect(found.map(h => h.label)).toEqual(['14 days to bid · legal minimum 25 days']);
        const [finding] = withCode((await lint(text)).diagnostics, 'bid-window');
        expect(finding.message).toMatch(/^The tendering period \(14 days from 2027-03-01\) is under the 25-day minimum \(PA 2023 s54\(4\) row 7/);
    });

    it('say when no legal minimum applies, with the advisory minimum for open and competitive procedures', async () => {
        const lightTouch = await hints(tender('procedure competitive-flexible regime light-touch', '        publish 2027-03-01\n        bid-deadline 2027-04-19'));
        expect(lightTouch.hints.map(h => h.label)).toEqual(['49 days to bid · no legal minimum (advice: 25 days)']);
        expect(lightTouch.hints[0].tooltip).toMatch(/^No statutory minimum: a light touch contract has no minimum participation or tendering period \(Procurement Act 2023 s54\(4\) row 1\)\.$/);
        const callOff = await hints(tender('procedure framework-call-off', '        publish 2027-03-01\n        bid-deadline 2027-03-08'));
        expect(callOff.hints.map(h => h.label)).toEqual(['7 days to bid · no legal minimum']);
    });

    it('take the advisory minimum from the configuration', async () => {
        const { hints: found } = await hints(tender('procedure open regime light-touch', '        publish 2027-03-01\n        bid-deadline 2027-04-19'),
            { thresholds: { advisoryTenderingDays: 30 } as LintConfig['thresholds'] });
        expect(found.map(h => h.label)).toEqual(['49 days to bid · no legal minimum (advice: 30 days)']);
    });

    it('show both periods of a competitive flexible procedure with a shortlist', async () => {
        const { hints: found, ranges } = await hints(tender('procedure competitive-flexible', '        publish 2027-03-01\n        participation-deadline <|2027-04-01|>\n        bid-deadline <|2027-04-20|>'));
        expect(found.map(h => h.label)).toEqual(['31 days to ask to take part · legal minimum 25 days', '19 days to bid after the shortlist · legal minimum 10 days']);
        expect(found.map(h => h.position)).toEqual(ranges.map(r => r.end));
    });

    it('give the length alone until the procedure is known, and nothing for dates out of order or missing', async () => {
        expect((await hints(tender('', '        publish 2027-03-01\n        bid-deadline 2027-04-19'))).hints.map(h => h.label)).toEqual(['49 days to bid']);
        expect((await hints(tender('procedure open', '        publish 2027-03-01\n        bid-deadline 2027-02-19'))).hints).toEqual([]);
        expect((await hints(tender('procedure open', '        bid-deadline 2027-02-19'))).hints).toEqual([]);
    });
});
