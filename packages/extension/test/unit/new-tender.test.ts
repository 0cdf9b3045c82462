/**
 * "Tender: New Tender": the same starter files as `tender init`, never over an existing file.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import { STARTER_FILES } from '@tender/language/starter';
import { fake, Uri } from '../vscode-fake.js';
import { ACTION_OPEN_FOLDER, newTender } from '../../src/commands/new-tender.js';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

beforeEach(() => {
    fake.reset();
    fake.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
});

describe('New Tender', () => {
    it('writes the tender, framework, market and config of tender init into the folder chosen, and opens the tender', async () => {
        fake.openDialogAnswer = [Uri.file('/ws/adult-support')];
        const written = await newTender();
        expect(written.map(u => u.fsPath)).toEqual([
            '/ws/adult-support/framework.tender',
            '/ws/adult-support/market.tender',
            '/ws/adult-support/tender.tender',
            '/ws/adult-support/tender.config.json'
        ]);
        for (const name of ['framework.tender', 'market.tender', 'tender.tender']) {
            expect(decode(fake.files.get(`/ws/adult-support/${name}`))).toBe(STARTER_FILES[name]);
        }
        expect((fake.called('showTextDocument')[0][0] as Uri).fsPath).toBe('/ws/adult-support/tender.tender');
        // Inside the workspace: nothing more to ask.
        expect(fake.called('showInformationMessage')).toEqual([]);
    });

    it('leaves the schema reference out of tender.config.json: the extension supplies the schema', async () => {
        await newTender(Uri.file('/ws/t'));
        const config = JSON.parse(decode(fake.files.get('/ws/t/tender.config.json'))) as Record<string, unknown>;
        const cli = JSON.parse(STARTER_FILES['tender.config.json']) as Record<string, unknown>;
        expect(config.$schema).toBeUndefined();
        expect(cli.$schema).toBeDefined();
        const { $schema: _, ...rest } = cli;
        expect(config).toEqual(rest);
    });

    it('writes nothing when any starter file is already there', async () => {
        fake.files.set('/ws/t/market.tender', new TextEncoder().encode('market Mine { }'));
        expect(await newTender(Uri.file('/ws/t'))).toEqual([]);
        expect(fake.called('writeFile')).toEqual([]);
        expect(decode(fake.files.get('/ws/t/market.tender'))).toBe('market Mine { }');
        expect(fake.called('showErrorMessage')).toEqual([['Tender: market.tender already exists in t; nothing written. Pick an empty folder.']]);
    });

    it('does nothing when the folder dialog is cancelled', async () => {
        fake.openDialogAnswer = undefined;
        expect(await newTender()).toEqual([]);
        expect(fake.called('writeFile')).toEqual([]);
    });

    it('offers to open a folder outside the workspace, since imports must stay inside it', async () => {
        fake.answers = [ACTION_OPEN_FOLDER];
        await newTender(Uri.file('/elsewhere/t'));
        expect(fake.called('showInformationMessage')[0][1]).toBe(ACTION_OPEN_FOLDER);
        const [command, folder] = fake.called('executeCommand')[0] as [string, Uri];
        expect(command).toBe('vscode.openFolder');
        expect(folder.fsPath).toBe('/elsewhere/t');
    });
});
