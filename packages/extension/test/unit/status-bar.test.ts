/**
 * The status bar item: the active tender's errors and warnings, hidden for other files.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', async () => await import('../vscode-fake.js'));
import { DiagnosticSeverity, fake, fakeDocument, fakeEditor, statusItems, Uri } from '../vscode-fake.js';
import { countFindings, statusText, statusTooltip, TenderStatusBar } from '../../src/status-bar.js';

beforeEach(() => {
    fake.reset();
    statusItems.length = 0;
});

const findings = (...severities: DiagnosticSeverity[]) => severities.map(severity => ({ severity }));

describe('status bar', () => {
    it('counts errors, warnings and the rest by VS Code\'s severities', () => {
        const { Error, Warning, Information, Hint } = DiagnosticSeverity;
        expect(countFindings(findings(Error, Warning, Warning, Information, Hint, Error))).toEqual({ errors: 2, warnings: 2, infos: 2 });
    });

    it('reads as counts, or a tick when the tender is clean', () => {
        expect(statusText({ errors: 5, warnings: 24, infos: 7 })).toBe('$(error) 5 $(warning) 24');
        expect(statusText({ errors: 0, warnings: 0, infos: 3 })).toBe('$(pass) Tender');
        expect(statusTooltip({ errors: 1, warnings: 2, infos: 0 }, 'first-draft.tender'))
            .toBe('first-draft.tender: 1 error, 2 warnings, 0 suggestions. Errors stop tender packs being generated. Click to open the Problems panel.');
        expect(statusTooltip({ errors: 0, warnings: 0, infos: 0 }, 'clean.tender')).toBe('clean.tender: no findings.');
    });

    it('follows the active editor and its diagnostics, and opens the Problems panel', () => {
        const tender = fakeEditor(fakeDocument('/ws/first-draft.tender'));
        fake.activeTextEditor = tender;
        fake.diagnostics.set(tender.document.uri.toString(), findings(DiagnosticSeverity.Error, DiagnosticSeverity.Warning));
        const bar = new TenderStatusBar();
        const [item] = statusItems;
        expect(item).toMatchObject({ text: '$(error) 1 $(warning) 1', visible: true, command: 'workbench.actions.view.problems' });
        expect(item.backgroundColor).toEqual({ id: 'statusBarItem.errorBackground' });

        fake.diagnostics.set(tender.document.uri.toString(), findings(DiagnosticSeverity.Warning));
        fake.events.changeDiagnostics.fire({ uris: [tender.document.uri] });
        expect(item.text).toBe('$(error) 0 $(warning) 1');
        expect(item.backgroundColor).toBeUndefined();

        // Another file's diagnostics do not touch it.
        fake.diagnostics.set(tender.document.uri.toString(), []);
        fake.events.changeDiagnostics.fire({ uris: [Uri.file('/ws/other.tender')] });
        expect(item.text).toBe('$(error) 0 $(warning) 1');

        const markdown = fakeEditor(fakeDocument('/ws/README.md', 'markdown'));
        fake.activeTextEditor = markdown;
        fake.events.changeActiveEditor.fire(markdown);
        expect(item.visible).toBe(false);

        bar.dispose();
        expect(fake.events.changeDiagnostics.count).toBe(0);
    });
});
