/**
 * The Generate commands: where the files go, the clear error when the tender has errors (with
 * "Generate Anyway"), and what is offered once the files are written. VS Code is faked; the
 * language server is a recording stand-in.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import type { GenerateParams, GenerateResult } from '@tender/language/protocol';
import { fake, fakeDocument, fakeEditor, Uri } from '../vscode-fake.js';
import { ACTION_GENERATE_ANYWAY, ACTION_OPEN, ACTION_REVEAL, ACTION_SHOW_PROBLEMS, generate } from '../../src/commands/generate.js';
import type { TenderServer } from '../../src/client.js';

function server(...answers: GenerateResult[]): TenderServer & { requests: GenerateParams[] } {
    const requests: GenerateParams[] = [];
    return {
        requests,
        preview: () => Promise.reject(new Error('not used')),
        generate: async params => {
            requests.push(params);
            const next = answers.shift();
            if (!next) throw new Error('no answer left');
            return next;
        }
    };
}

const ERRORS: GenerateResult = {
    kind: 'errors',
    errors: 3,
    findings: [
        { code: 'weights-sum', message: 'Award criteria weights add up to 95%, not 100%.', line: 50 },
        { code: 'missing-weighting', message: 'Sub-criterion "Staffing" has no weight.', line: 53 },
        { code: 'bid-window', message: 'Tendering period is 14 days.', line: 70 }
    ]
};
const WRITTEN: GenerateResult = { kind: 'written', files: ['/ws/out/ANY-ASC-2027-001-D.docx'] };

beforeEach(() => {
    fake.reset();
    fake.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
    fake.activeTextEditor = fakeEditor(fakeDocument('/ws/anyborough/first-draft.tender'));
});

describe('Generate commands', () => {
    it('send the active tender, the formats and the output folder beside the workspace', async () => {
        const tender = server(WRITTEN);
        await generate(tender, 'docx');
        expect(tender.requests).toEqual([{ uri: 'file:///ws/anyborough/first-draft.tender', formats: ['docx'], outputFolder: '/ws/out', force: false }]);
        const pack = server(WRITTEN, WRITTEN);
        await generate(pack, 'pack');
        await generate(pack, 'ocds');
        expect(pack.requests.map(r => r.formats)).toEqual([[], ['ocds']]);
    });

    it('write into the configured output folder', async () => {
        fake.configuration['tender.output.folder'] = 'publish/packs';
        const tender = server(WRITTEN);
        await generate(tender, 'docx');
        expect(tender.requests[0].outputFolder).toBe('/ws/publish/packs');
        fake.configuration['tender.output.folder'] = '/srv/tenders';
        const absolute = server(WRITTEN);
        await generate(absolute, 'docx');
        expect(absolute.requests[0].outputFolder).toBe('/srv/tenders');
    });

    it('generate the file clicked in the explorer rather than the active one', async () => {
        const tender = server(WRITTEN);
        await generate(tender, 'pack', Uri.file('/ws/other/contract.tender'));
        expect(tender.requests[0].uri).toBe('file:///ws/other/contract.tender');
    });

    it('show progress while the server works', async () => {
        await generate(server(WRITTEN), 'docx');
        expect(fake.called('withProgress')).toEqual([[expect.objectContaining({ location: 15, title: 'Tender: generating the DOCX of first-draft.tender…' })]]);
    });

    it('say clearly that a tender with errors was not generated, naming the first errors', async () => {
        const tender = server(ERRORS);
        const result = await generate(tender, 'docx');
        expect(result).toEqual(ERRORS);
        expect(fake.called('showErrorMessage')).toEqual([[
            'Tender: first-draft.tender has 3 errors, so the DOCX was not generated. Award criteria weights add up to 95%, not 100%. (line 50) Sub-criterion "Staffing" has no weight. (line 53) …and 1 more.',
            ACTION_SHOW_PROBLEMS,
            ACTION_GENERATE_ANYWAY
        ]]);
        expect(tender.requests).toHaveLength(1);
    });

    it('"Generate Anyway" asks again with force, then reports what was written', async () => {
        fake.answers = [ACTION_GENERATE_ANYWAY];
        const tender = server(ERRORS, WRITTEN);
        const result = await generate(tender, 'docx');
        expect(result).toEqual(WRITTEN);
        expect(tender.requests.map(r => r.force)).toEqual([false, true]);
        expect(fake.called('withProgress')[1]).toEqual([expect.objectContaining({ title: 'Tender: generating the DOCX of first-draft.tender (with errors)…' })]);
        await vi.waitFor(() => expect(fake.called('showInformationMessage')).toEqual([['Tender: wrote ANY-ASC-2027-001-D.docx to out.', ACTION_OPEN, ACTION_REVEAL]]));
    });

    it('"Show Problems" opens the Problems panel', async () => {
        fake.answers = [ACTION_SHOW_PROBLEMS];
        await generate(server(ERRORS), 'pack');
        expect(fake.called('executeCommand')).toEqual([['workbench.actions.view.problems']]);
    });

    it('reveal the written file in the explorer', async () => {
        fake.answers = [ACTION_REVEAL];
        await generate(server(WRITTEN), 'docx');
        await vi.waitFor(() => expect(fake.called('executeCommand')).toHaveLength(1));
        const [command, uri] = fake.called('executeCommand')[0] as [string, Uri];
        expect(command).toBe('revealInExplorer');
        expect(uri.fsPath).toBe('/ws/out/ANY-ASC-2027-001-D.docx');
    });

    it('open a DOCX with the system\'s word processor and JSON in the editor', async () => {
        fake.answers = [ACTION_OPEN];
        await generate(server(WRITTEN), 'docx');
        await vi.waitFor(() => expect(fake.called('openExternal')).toHaveLength(1));
        expect((fake.called('openExternal')[0][0] as Uri).fsPath).toBe('/ws/out/ANY-ASC-2027-001-D.docx');
        fake.answers = [ACTION_OPEN];
        await generate(server({ kind: 'written', files: ['/ws/out/ANY.pack.json', '/ws/out/ANY.ocds.json'] }), 'pack');
        await vi.waitFor(() => expect(fake.called('showTextDocument')).toHaveLength(1));
        expect((fake.called('showTextDocument')[0][0] as Uri).fsPath).toBe('/ws/out/ANY.pack.json');
    });

    it('pass on why the server could not generate, and a server that fails', async () => {
        await generate(server({ kind: 'failed', message: 'This file holds no tender to generate from.' }), 'docx');
        const failing: TenderServer = { preview: () => Promise.reject(new Error('x')), generate: () => Promise.reject(new Error('Connection got disposed.')) };
        expect(await generate(failing, 'ocds')).toBeUndefined();
        expect(fake.called('showErrorMessage')).toEqual([
            ['Tender: could not generate the DOCX: This file holds no tender to generate from.'],
            ['Tender: could not generate the OCDS JSON: Connection got disposed.']
        ]);
    });

    it('need a tender file: none open, another language, or an unsaved one', async () => {
        fake.activeTextEditor = undefined;
        const tender = server();
        expect(await generate(tender, 'docx')).toBeUndefined();
        fake.activeTextEditor = fakeEditor(fakeDocument('/ws/notes.md', 'markdown'));
        expect(await generate(tender, 'docx')).toBeUndefined();
        fake.activeTextEditor = fakeEditor({ uri: Uri.parse('untitled:Untitled-1.tender'), languageId: 'tender', lineCount: 1 });
        expect(await generate(tender, 'docx')).toBeUndefined();
        expect(tender.requests).toEqual([]);
        expect(fake.called('showErrorMessage').map(args => args[0])).toEqual([
            'Tender: open a .tender file (or right-click one in the explorer) to generate from it.',
            'Tender: open a .tender file (or right-click one in the explorer) to generate from it.',
            'Tender: save the tender to a file first: generated files are written beside it.'
        ]);
    });

    it('use the tender\'s own folder when it is in no workspace folder', async () => {
        fake.workspaceFolders = undefined;
        const tender = server(WRITTEN);
        await generate(tender, 'docx');
        expect(tender.requests[0].outputFolder).toBe('/ws/anyborough/out');
    });
});
