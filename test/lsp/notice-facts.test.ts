/**
 * The language 1.1 constructs in the built language server, over a real stdio connection:
 * completion inside `buyer { }`, `submission { }` and `assessment { }`, hover on a region code and
 * on a buyer's identifier, the outline's new blocks, and formatting a file that uses every form of
 * the language twice giving the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, makeWorkspace, offsetAt, positionAt, REPO_ROOT, startServer } from './client.mjs';
import type { LspClient } from './client.mjs';

const EVERY_FORM = readFileSync(join(REPO_ROOT, 'examples', 'forms', 'every-form.tender'), 'utf8');
const SCRATCH = `tender Scratch {
    buyer "Anyborough Borough Council" {
        id "GB-PPON-PANY-2741-BRGH"

    }
    region "UKF13", "UKQ1"
    submission {

    }
    award-criteria {
        technical "Quality" weight 70%
        price "Price" weight 30%
        assessment {

        }
    }
    timeline { bid-deadline 2027-04-19 12:00 publish 2027-01-11 09:00 }
}
`;

let client: LspClient;

beforeAll(async () => {
    client = await startServer({ workspace: makeWorkspace({ files: { 'every-form.tender': EVERY_FORM, 'scratch.tender': SCRATCH } }) });
    await client.open('every-form.tender');
    await client.open('scratch.tender');
    await Promise.all(['every-form.tender', 'scratch.tender'].map(f => client.waitForDiagnostics(f, { version: 1 })));
});

afterAll(async () => {
    await client?.stop();
});

function labels(list: CompletionList | CompletionItem[] | null): string[] {
    if (!list) return [];
    return (Array.isArray(list) ? list : list.items).map(i => i.label);
}

function plain(hover: Hover | null): string {
    const contents = hover?.contents;
    const value = typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
    return value.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
}

/** The position on the empty line after the line containing `after`. */
function emptyLineAfter(after: string): { line: number; character: number } {
    const offset = SCRATCH.indexOf(after);
    const line = positionAt(SCRATCH, offset).line + 1;
    return { line, character: 8 };
}

describe('completion in the new blocks', () => {
    test('inside buyer { }: the contracting authority details, not the one already given', async () => {
        const found = labels(await client.completion('scratch.tender', emptyLineAfter('id "GB-PPON')) as CompletionList);
        expect(found).toEqual(expect.arrayContaining(['type', 'address', 'region', 'email', 'telephone', 'website', 'contact']));
        expect(found).not.toContain('id');
        expect(found).not.toContain('title');
    });

    test('inside submission { }', async () => {
        const found = labels(await client.completion('scratch.tender', emptyLineAfter('submission {')) as CompletionList);
        expect(found).toEqual(expect.arrayContaining(['via', 'electronic', 'documents', 'language']));
        expect(found).not.toContain('title');
    });

    test('inside assessment { }', async () => {
        const found = labels(await client.completion('scratch.tender', emptyLineAfter('assessment {')) as CompletionList);
        expect(found).toEqual(expect.arrayContaining(['scale', 'mark', 'price', 'no-pass-marks']));
    });

    test('values after a new keyword: buyer type, electronic', async () => {
        const text = SCRATCH.replace('id "GB-PPON-PANY-2741-BRGH"\n', 'id "GB-PPON-PANY-2741-BRGH"\n        type ').replace('submission {\n', 'submission {\n        electronic ');
        const edited = await client.replace('scratch.tender', text);
        await client.waitForDiagnostics('scratch.tender', { version: edited });
        const typeAt = positionAt(text, text.indexOf('type ') + 5);
        expect(labels(await client.completion('scratch.tender', typeAt) as CompletionList)).toEqual(expect.arrayContaining(['sub-central-government', 'central-government', 'public-undertaking', 'private-utility']));
        const electronicAt = positionAt(text, text.indexOf('electronic ') + 11);
        expect(labels(await client.completion('scratch.tender', electronicAt) as CompletionList)).toEqual(expect.arrayContaining(['yes', 'no']));
        const version = await client.replace('scratch.tender', SCRATCH);
        await client.waitForDiagnostics('scratch.tender', { version });
    });
});

describe('hover', () => {
    test('on a region code: its ITL level and region', async () => {
        const hover = plain(await client.hover('scratch.tender', positionAt(SCRATCH, SCRATCH.indexOf('UKF13') + 2)) as Hover);
        expect(hover).toContain('UKF13');
        expect(hover).toContain('level 3');
        expect(hover).toContain('East Midlands');
        expect(hover).toContain('UKF13: South and West Derbyshire, an ITL level 3 area in Derbyshire and Nottinghamshire (UKF1), East Midlands (England) (UKF).');
        const bad = plain(await client.hover('scratch.tender', positionAt(SCRATCH, SCRATCH.indexOf('UKQ1') + 2)) as Hover);
        expect(bad).toContain('none of the twelve level-1 regions');
    });

    test('on region codes of each ITL 2021 level: the name and the regions it lies in, with the source', async () => {
        const text = `tender Regions {
    region "UKC", "UKC1", "UKI3", "UKM6", "UKC14", "UKI32", "UKN0A", "UKC3", "UKF19"
    buyer "Anyborough Borough Council" {
        region "UKJ28"
    }
    lot North { region "UKD3", "UKD33" }
}
`;
        await client.open('regions.tender', text);
        const at = async (code: string) => plain(await client.hover('regions.tender', positionAt(text, text.indexOf(`"${code}"`) + 2)) as Hover);
        expect(await at('UKC')).toContain('UKC: North East (England), an ITL level 1 region.');
        expect(await at('UKC1')).toContain('UKC1: Tees Valley and Durham, an ITL level 2 area in North East (England) (UKC).');
        expect(await at('UKI3')).toContain('UKI3: Inner London - West, an ITL level 2 area in London (UKI).');
        expect(await at('UKM6')).toContain('UKM6: Highlands and Islands, an ITL level 2 area in Scotland (UKM).');
        expect(await at('UKC14')).toContain('UKC14: Durham, an ITL level 3 area in Tees Valley and Durham (UKC1), North East (England) (UKC).');
        expect(await at('UKI32')).toContain('UKI32: Westminster, an ITL level 3 area in Inner London - West (UKI3), London (UKI).');
        expect(await at('UKN0A')).toContain('UKN0A: Derry City and Strabane, an ITL level 3 area in Northern Ireland (UKN0), Northern Ireland (UKN).');
        expect(await at('UKJ28')).toContain('UKJ28: West Sussex (North East), an ITL level 3 area in Surrey, East and West Sussex (UKJ2), South East (England) (UKJ).');
        expect(await at('UKD3')).toContain('UKD3: Greater Manchester, an ITL level 2 area in North West (England) (UKD).');
        expect(await at('UKD33')).toContain('UKD33: Manchester, an ITL level 3 area in Greater Manchester (UKD3), North West (England) (UKD).');
        // Codes of the right form that ITL 2021 does not have are never given a name.
        expect(await at('UKC3')).toContain('UKC3: no ITL 2021 level 2 area has this code');
        expect(await at('UKF19')).toContain('UKF19: no ITL 2021 level 3 area has this code; by its form it is in Derbyshire and Nottinghamshire (UKF1), East Midlands (England) (UKF)');
        expect(await at('UKC14')).toContain('ONS, International Territorial Levels (ITL) 2021; Open Government Licence v3.0');
    });

    test("on a buyer's id: its scheme", async () => {
        const hover = plain(await client.hover('scratch.tender', positionAt(SCRATCH, SCRATCH.indexOf('GB-PPON') + 3)) as Hover);
        expect(hover).toContain('GB-PPON: Public Procurement Organisation Number');
        expect(hover).toContain('identifier PANY-2741-BRGH');
    });

    test('on assessment: what it is for and what this one says', async () => {
        const text = client.document('every-form.tender').text;
        const hover = plain(await client.hover('every-form.tender', positionAt(text, text.indexOf('assessment {') + 3)) as Hover);
        expect(hover).toContain('s23(3)(a)');
        expect(hover).toContain('scale of 0 to 5');
        expect(hover).toContain('failing no criterion disqualifies a tender');
    });

    test('on a time of day: UK time with its offset', async () => {
        const hover = plain(await client.hover('scratch.tender', positionAt(SCRATCH, SCRATCH.indexOf('12:00') + 1)) as Hover);
        expect(hover).toContain('12:00 British Summer Time (UTC+01:00)');
        const winter = plain(await client.hover('scratch.tender', positionAt(SCRATCH, SCRATCH.indexOf('09:00') + 1)) as Hover);
        expect(winter).toContain('Greenwich Mean Time (UTC+00:00)');
    });
});

describe('outline and formatting', () => {
    test('the outline shows the new blocks', async () => {
        const symbols = await client.documentSymbols('every-form.tender') as DocumentSymbol[];
        const debt = symbols.find(s => s.name === 'DebtAdvice2028')!;
        const names = (debt.children ?? []).map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['buyer', 'procedure competitive-flexible', 'submission', 'award-criteria']));
        expect((debt.children ?? []).find(s => s.name === 'award-criteria')?.children?.map(c => c.name)).toContain('assessment');
        const lot = (debt.children ?? []).find(s => s.name === 'AdviceLot');
        expect(lot?.children?.map(c => c.name)).toContain('FirstContact');
        const respite = symbols.find(s => s.name === 'RespiteFramework2028')!;
        expect((respite.children ?? []).map(s => s.name)).toContain('framework-agreement');
    });

    test('the new blocks fold: buyer details, procedure process, assessment, framework agreement', async () => {
        const ranges = await client.foldingRanges('every-form.tender') as FoldingRange[];
        const text = client.document('every-form.tender').text;
        const lineOf = (needle: string) => positionAt(text, text.indexOf(needle)).line;
        for (const opener of ['buyer "Eastmere District Council" {', 'procedure competitive-flexible {', 'assessment {', 'framework-agreement {', 'kpi FirstContact']) {
            expect(ranges.some(r => r.startLine === lineOf(opener)), opener).toBe(true);
        }
    });

    test('formatting every form of the language twice gives the same text', async () => {
        const once = applyTextEdits(EVERY_FORM, await client.formatting('every-form.tender') as TextEdit[]);
        expect(once).not.toBe(EVERY_FORM); // the reference's file aligns comments and writes some blocks on one line
        const version = await client.replace('every-form.tender', once);
        await client.waitForDiagnostics('every-form.tender', { version });
        expect(await client.formatting('every-form.tender')).toEqual([]);
        expect(once.replace(/\s+/g, '')).toBe(EVERY_FORM.replace(/\s+/g, ''));
        void offsetAt;
    });
});
