/**
 * The extension in a real VS Code (code-server), driven like a commissioner would: the packaged
 * .vsix installed with --install-extension, the Anyborough example opened, the Problems panel read,
 * a quick fix applied, the preview opened and a DOCX generated. Screenshots go to
 * test-output/e2e/. Needs the tools of scripts/install-e2e-tools.sh and Debian's chromium: without
 * them the test is skipped locally, and fails in CI.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenderServices, diagnosticCode, loadTenders } from '@tender/language';
import { packageVsix } from '../../packages/extension/test/vsix.js';
import type { CodeServer, CodeServerFolders } from './code-server.js';
import {
    installExtension, launchBrowser, makeFolders, missingTools, openFile, processTree, removeFolder, REPO_ROOT,
    runCommand, startCodeServer, stopTree, tempFolder
} from './code-server.js';

const OUTPUT = join(REPO_ROOT, 'test-output', 'e2e');
/** With TENDER_SCREENSHOTS=update, these screenshots also replace the ones the extension's README and walkthrough show. */
const PUBLISHED = join(REPO_ROOT, 'packages', 'extension', 'media', 'screenshots');
const PUBLISHED_SHOTS = ['problems', 'code-lens', 'inlay-hints', 'quick-fix', 'preview', 'generated'];
const missing = missingTools();
if (missing.length > 0) {
    const message = `End-to-end VS Code test: missing ${missing.join('; ')}.`;
    if (process.env.CI) {
        throw new Error(`${message} CI installs them in .ci/run; they must be there.`);
    }
    console.warn(`${message} Skipping it.`);
}

const STEP_TIMEOUT = 120_000;

describe.skipIf(missing.length > 0)('the extension in VS Code (code-server)', () => {
    let root: string;
    let workspace: string;
    let folders: CodeServerFolders;
    let server: CodeServer | undefined;
    let browser: BrowserContext | undefined;
    let page: Page;
    let started: number[] = [];

    const shot = async (name: string) => {
        await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
        if (process.env.TENDER_SCREENSHOTS === 'update' && PUBLISHED_SHOTS.includes(name)) {
            mkdirSync(PUBLISHED, { recursive: true });
            copyFileSync(join(OUTPUT, `${name}.png`), join(PUBLISHED, `${name}.png`));
        }
    };

    beforeAll(async () => {
        mkdirSync(OUTPUT, { recursive: true });
        root = tempFolder('tender-e2e-');
        workspace = join(root, 'workspace');
        cpSync(join(REPO_ROOT, 'examples', 'anyborough'), workspace, { recursive: true });
        folders = makeFolders(root);
        const vsix = await packageVsix(join(OUTPUT, 'tender.vsix'));
        const installed = await installExtension(folders, vsix);
        expect(installed).toContain('was successfully installed');
        server = await startCodeServer(folders, workspace);
        browser = await launchBrowser(join(root, 'chromium-profile'));
        page = browser.pages()[0] ?? await browser.newPage();
        await page.goto(server.url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
    }, 300_000);

    afterAll(async () => {
        try {
            if (server) {
                started = processTree(server.process.pid!);
            }
            await browser?.close();
            if (server) {
                await stopTree(server.process);
            }
        } finally {
            removeFolder(root);
        }
        // Every process the test started (code-server, its extension hosts, watchers, the tender
        // language server) is gone.
        const survivors = started.filter(pid => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '));
        expect(survivors).toEqual([]);
    }, 60_000);

    it('lists the tender\'s findings in the Problems panel', async () => {
        await openFile(page, 'first-draft.tender');
        await page.keyboard.press('Control+Shift+M');
        const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'first-draft.tender' });
        await fileRow.waitFor({ timeout: 60_000 });

        // What the linter finds in-process is what the editor must show.
        const services = createTenderServices(NodeFileSystem).Tender;
        services.workspace.WorkspaceRoots.setRoots([URI.file(workspace)]);
        const [document] = await loadTenders(services, [join(workspace, 'first-draft.tender')]);
        const expected = document.diagnostics ?? [];
        const codes = [...new Set(expected.map(d => diagnosticCode(d)))].sort();
        expect(codes).toEqual(expect.arrayContaining(['weights-sum', 'missing-weighting', 'subweights-sum', 'bid-window', 'vague-language', 'unsplit-lots']));
        await expect.poll(() => fileRow.locator('.monaco-count-badge').innerText(), { timeout: 30_000 }).toBe(String(expected.length));
        await shot('problems');

        const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        for (const code of codes) {
            await filter.fill(code);
            await page.locator('.markers-panel .monaco-list-row', { hasText: code }).first().waitFor({ timeout: 10_000 });
        }
        await filter.fill('');
        await expect.poll(() => fileRow.locator('.monaco-count-badge').innerText(), { timeout: 10_000 }).toBe(String(expected.length));
    }, STEP_TIMEOUT);

    it('shows the weights and lot figures above the award criteria', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.keyboard.type('50');
        await page.keyboard.press('Enter');
        const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Total weight' });
        await lens.first().waitFor({ timeout: 30_000 });
        expect(await lens.first().innerText()).toContain('Total weight 95%, 5% short of 100% · price 60% · social value 5% · quality 30%');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await shot('code-lens');
    }, STEP_TIMEOUT);

    it('shows the tendering period against the legal minimum after the bid deadline', async () => {
        await page.keyboard.press('Control+G');
        await page.keyboard.type('69');
        await page.keyboard.press('Enter');
        const line = page.locator('.view-line', { hasText: 'bid-deadline' }).first();
        await expect.poll(async () => (await line.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 })
            .toMatch(/bid-deadline 2027-03-15\s*14 days to bid · legal minimum 25 days/);
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await shot('inlay-hints');
    }, STEP_TIMEOUT);

    it('applies a quick fix from the light bulb, and its finding goes', async () => {
        const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        await filter.fill('missing-weighting');
        const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-weighting' }).first();
        await row.waitFor();
        await row.click();
        await page.keyboard.press('Enter'); // opens the finding in the editor, cursor on it
        await page.waitForTimeout(500);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Add a weight' }).first();
        await fix.waitFor({ timeout: 30_000 });
        await shot('quick-fix');
        await fix.click();
        await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-weighting' }).count(), { timeout: 30_000 }).toBe(0);
        await expect.poll(() => page.locator('.monaco-editor .view-lines').first().innerText(), { timeout: 10_000 })
            .toMatch(/sub\s"Staffing"\sweight\s0%/); // the editor renders spaces as no-break spaces
        await filter.fill('');
        await shot('quick-fix-applied');
    }, STEP_TIMEOUT);

    it('opens the preview to the side, showing the tender', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await runCommand(page, 'Tender: Open Preview to the Side');
        const preview: FrameLocator = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
        await preview.locator('h1', { hasText: 'Support services for vulnerable adults' }).first().waitFor({ timeout: 60_000 });
        await shot('preview');
    }, STEP_TIMEOUT);

    it('generates a DOCX (after "Generate Anyway", the draft has errors) into out/', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await runCommand(page, 'Tender: Generate DOCX');
        const anyway = page.locator('.notifications-toasts .monaco-button', { hasText: 'Generate Anyway' }).first();
        await anyway.waitFor({ timeout: 60_000 });
        await shot('generate-errors');
        await anyway.click();
        const docx = join(workspace, 'out', 'ANY-ASC-2027-003-D.docx');
        await expect.poll(() => existsSync(docx), { timeout: 60_000 }).toBe(true);
        expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
        // The message shows as a toast; on a loaded machine VS Code may keep it in the notification
        // centre only, which is where a user would then find it.
        const wrote = 'wrote ANY-ASC-2027-003-D.docx to out';
        const toast = page.locator('.notification-toast.notification-fade-in-done', { hasText: wrote });
        try {
            await toast.waitFor({ timeout: 15_000 });
        } catch {
            await runCommand(page, 'Notifications: Show Notifications');
            await page.locator('.notifications-center .notification-list-item', { hasText: wrote }).first().waitFor({ timeout: 15_000 });
        }
        await page.locator('.notification-toast', { hasText: 'generating the DOCX' }).waitFor({ state: 'detached', timeout: 30_000 });
        await shot('generated');
    }, STEP_TIMEOUT);
});
