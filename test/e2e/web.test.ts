/**
 * Tender in the browser (packages/web), driven in Debian's Chromium through playwright-core like a
 * commissioner would: the page opened, the examples opened, a diagnostic typed in and out again, a
 * quick fix, a hover (a name, and a region code named from the ITL lists), a time of day coloured, a keyword completed, a rename across files, the preview following an edit,
 * the DOCX generated and opened, the draft found again after a reload. Every request the page
 * makes after it has loaded is recorded (there must be none), and axe-core checks each screen
 * against WCAG 2.2 AA. Screenshots go to test-output/web/. Without chromium the test is skipped
 * locally, and fails in CI.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, ensureBuilt, launchChromium } from '../../packages/web/scripts/browser.mjs';
import { serve } from '../../packages/web/scripts/serve.mjs';
import { REPO_ROOT } from './code-server.js';

const OUTPUT = join(REPO_ROOT, 'test-output', 'web');
const missing = chromiumMissing();
if (missing) {
    const message = `End-to-end web test: ${missing}.`;
    if (process.env.CI) {
        throw new Error(`${message} CI installs it in .ci/run; it must be there.`);
    }
    console.warn(`${message} Skipping it.`);
}

const STEP = 60_000;
const TENDER = 'multiple-disadvantage.tender';
const FRAMEWORK = 'framework.tender';
const DRAFT = 'first-draft.tender';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Published { path: string; version: number; count: number; errors: number; fixes: number; codes: string[] }

describe.skipIf(missing !== undefined)('Tender in the browser (Chromium)', () => {
    let server: Server;
    let url: string;
    let context: BrowserContext;
    let profile: string;
    let page: Page;
    /** Requests since the page was last ready (first diagnostics and preview shown). */
    let requests: string[] = [];
    let recording = false;

    const shot = (name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });

    /** axe-core on the page as it is now: no WCAG 2.0-2.2 A/AA violation. */
    const axe = async (screen: string) => {
        // Evaluated over the DevTools protocol: the page's content security policy stays as it is.
        if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `axe-core on the ${screen} screen`).toEqual([]);
    };

    /** Waits for diagnostics of a file matching a test, published after `after` (a count of earlier publications). */
    const published = (path: string, test: ((p: Published) => boolean) | string, timeout = 15_000) => page.evaluate(({ path, test, timeout }) => new Promise<Published>((resolve, reject) => {
        const check = new Function('p', `return (${test})(p)`) as (p: Published) => boolean;
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${path} matching ${test} within ${timeout} ms`)), timeout);
        const session = (window as any).tender.session;
        const now = session?.diagnostics.get(path);
        const file = session?.client.workspace.getFile(session.editorOf(path)?.uri);
        if (now && file && now.version === file.version && session.editorOf(path).view.state.doc.eq(file.doc)) {
            const current = { path, version: now.version, count: now.items.length, errors: now.items.filter((d: any) => d.severity === 1).length, fixes: now.fixes.size, codes: now.items.map((d: any) => d.code) };
            if (check(current)) {
                clearTimeout(timer);
                resolve(current);
                return;
            }
        }
        document.addEventListener('tender:diagnostics', function listener(event) {
            const detail = (event as CustomEvent<Published>).detail;
            if (detail.path === path && check(detail)) {
                clearTimeout(timer);
                document.removeEventListener('tender:diagnostics', listener);
                resolve(detail);
            }
        });
    }), { path, test: typeof test === 'string' ? test : test.toString(), timeout });

    const text = (path: string) => page.evaluate(path => (window as any).tender.session.editorOf(path).view.state.doc.toString() as string, path);

    const showFile = async (path: string) => {
        await page.locator('#file-list button', { hasText: path }).click();
        await expect.poll(() => page.locator('#editor-title').textContent()).toBe(path);
    };

    /** Shows `path` and puts the cursor at the first occurrence of `needle` (plus `offset`), focused. */
    const cursorAt = async (path: string, needle: string, offset = 0) => {
        if (await page.locator('#editor-title').textContent() !== path) await showFile(path);
        const pos = await page.evaluate(({ path, needle, offset }) => {
            const view = (window as any).tender.session.editorOf(path).view;
            const at = view.state.doc.toString().indexOf(needle);
            if (at < 0) return -1;
            view.dispatch({ selection: { anchor: at + offset }, scrollIntoView: true });
            view.focus();
            return at + offset;
        }, { path, needle, offset });
        expect(pos, `"${needle}" in ${path}`).toBeGreaterThanOrEqual(0);
        return pos;
    };

    /** Moves the mouse over `needle` (plus `offset`) in the editor and waits for the hover's tooltip. */
    const hoverAt = async (path: string, needle: string, offset = 0) => {
        const pos = await cursorAt(path, needle, offset);
        await page.waitForTimeout(200);
        const box = await page.evaluate(({ path, pos }) => {
            const view = (window as any).tender.session.editorOf(path).view;
            const rect = view.coordsAtPos(pos);
            return { x: (rect.left + rect.right) / 2 + 2, y: (rect.top + rect.bottom) / 2 };
        }, { path, pos });
        await page.mouse.move(box.x, box.y);
        const tooltip = page.locator('.cm-tooltip-hover');
        await tooltip.waitFor({ timeout: 10_000 });
        return tooltip;
    };

    const ready = async () => {
        await published(TENDER, () => true, 20_000);
        await page.waitForFunction(() => ((document.getElementById('preview') as HTMLIFrameElement).srcdoc ?? '').length > 1000, null, { timeout: 20_000 });
        recording = true;
        requests = [];
    };

    beforeAll(async () => {
        rmSync(OUTPUT, { recursive: true, force: true });
        mkdirSync(OUTPUT, { recursive: true });
        ensureBuilt();
        ({ server, url } = await serve({ port: 18_400 }));
        ({ context, profile } = await launchChromium());
        page = context.pages()[0] ?? await context.newPage();
        const record = (request: Request) => {
            // blob: and data: are the page's own memory (downloads), not the network.
            if (recording && /^(https?|wss?|ftp):/i.test(request.url())) requests.push(`${request.method()} ${request.url()}`);
        };
        context.on('request', record);
        page.on('pageerror', error => console.error(`page error: ${error.message}`));
    }, 120_000);

    afterAll(async () => {
        await context?.close();
        server?.close();
        if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('opens on the start screen, which says the page is private and where drafts are kept', async () => {
        await page.goto(url);
        await page.locator('#welcome').waitFor();
        expect(await page.locator('#privacy').textContent()).toContain('sends nothing anywhere');
        expect(await page.locator('#welcome').textContent()).toContain('kept in this browser');
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toContain("connect-src 'none'");
        expect(csp).toContain("default-src 'self'");
        await shot('welcome');
        await axe('start');
    }, STEP);

    it('opens the examples, each with its diagnostics', async () => {
        // With the keyboard alone: the skip link first, then Tab to an example and Enter.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the main content');
        for (let i = 0; i < 20 && await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.example) !== 'northvale'; i++) {
            await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.getElementById('folder-title')?.textContent === 'Files in northvale');
        for (const example of ['northvale', 'westhaven']) {
            const button = page.locator(`#example-buttons button[data-example="${example}"]`);
            if (await button.count() === 0) continue;
            await button.click();
            await page.locator('#workbench').waitFor();
            await page.waitForFunction(name => document.getElementById('folder-title')?.textContent?.includes(name), example);
            await page.waitForFunction(() => /Problems: \d+ errors?/.test(document.getElementById('problems-title')?.textContent ?? ''), null, { timeout: 20_000 });
        }
        await page.locator('#example-buttons button[data-example="anyborough"]').click();
        await page.waitForFunction(() => document.getElementById('folder-title')?.textContent?.includes('anyborough'));
        await ready();
        expect(await page.locator('#file-list').textContent()).toContain(FRAMEWORK);
        // Code lenses and inlay hints are drawn where the editor shows them: at the lots and award criteria.
        await cursorAt(TENDER, '    lot ', 4);
        await page.waitForFunction(() => document.querySelectorAll('.tender-lens').length > 0 && document.querySelectorAll('.tender-hint').length > 0, null, { timeout: 10_000 });
        expect(await page.locator('.tender-lens').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/lots? add up to/)]));
        await shot('editor');
        await axe('editor');
    }, STEP);

    it('shows a diagnostic as a tender is typed wrong, and takes it away when it is put right', async () => {
        const before = await published(TENDER, () => true);
        const end = (await text(TENDER)).length;
        await page.evaluate(({ path, end }) => {
            const view = (window as any).tender.session.editorOf(path).view;
            view.dispatch({ selection: { anchor: end } });
            view.focus();
        }, { path: TENDER, end });
        const typed = '\nthis is not a tender';
        await page.keyboard.type(typed);
        const broken = await published(TENDER, p => p.errors > 0);
        expect(broken.errors).toBeGreaterThan(before.errors);
        await expect.poll(() => page.locator('#status').textContent()).toMatch(/multiple-disadvantage\.tender: [1-9]\d* errors?/);
        await page.locator('.cm-lint-marker-error').first().waitFor();
        await shot('diagnostic');
        for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
        const fixed = await published(TENDER, p => p.errors === 0);
        expect(fixed.count).toBe(before.count);
    }, STEP);

    it('applies a quick fix from the keyboard (Ctrl+.)', async () => {
        await showFile(DRAFT);
        const first = await published(DRAFT, p => p.fixes > 0, 20_000);
        const target = await page.evaluate(path => {
            const entry = (window as any).tender.session.diagnostics.get(path);
            const [index, fixes] = [...entry.fixes.entries()].find(([, f]: [number, any[]]) => f.some((a: any) => !a.edit?.documentChanges))!;
            const item = entry.items[index];
            return { line: item.range.start.line, character: item.range.start.character, code: item.code, message: item.message, title: fixes[0].title };
        }, DRAFT);
        await page.evaluate(({ path, line, character }) => {
            const view = (window as any).tender.session.editorOf(path).view;
            const pos = view.state.doc.line(line + 1).from + character;
            view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
            view.focus();
        }, { path: DRAFT, ...target });
        const same = (path: string, message: string) => page.evaluate(({ path, message }) => (window as any).tender.session.diagnostics.get(path).items.filter((d: any) => d.message === message).length as number, { path, message });
        const sameBefore = await same(DRAFT, target.message);
        await page.keyboard.press('Control+.');
        const dialog = page.locator('#fix-dialog');
        await dialog.waitFor();
        await shot('quick-fix');
        await axe('quick fix');
        await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#fix-list') !== null)).toBe(true);
        const chosen = await page.evaluate(() => document.activeElement?.textContent);
        await page.keyboard.press('Enter');
        await published(DRAFT, `p => p.version > ${first.version}`);
        await expect.poll(() => same(DRAFT, target.message), { message: `after "${chosen}"` }).toBeLessThan(sameBefore);
        // CodeMirror's own list of the diagnostics, for screen readers (Ctrl+Shift+M).
        await page.evaluate(path => (window as any).tender.session.editorOf(path).view.focus(), DRAFT);
        await page.keyboard.press('Control+Shift+KeyM');
        await page.locator('.cm-panel-lint').waitFor();
        await shot('lint-panel');
        await axe('lint panel');
        await page.keyboard.press('Escape');
        // Fix all: every safe fix at once.
        const fixAll = page.locator('#fix-all');
        if (await fixAll.isEnabled()) {
            const beforeAll = await published(DRAFT, () => true);
            await fixAll.click();
            const afterAll = await published(DRAFT, `p => p.version > ${beforeAll.version}`);
            expect(afterAll.count).toBeLessThan(beforeAll.count);
        }
        await showFile(TENDER);
    }, STEP);

    it('hovers over a name and shows what it refers to', async () => {
        const tooltip = await hoverAt(TENDER, 'needs Homelessness', 'needs '.length + 3);
        expect(await tooltip.textContent()).toContain('Homelessness');
        await shot('hover');
        await axe('hover');
        await page.mouse.move(5, 5);
        // From the keyboard: Ctrl+K Ctrl+I says the same under the editor and in the live region.
        await cursorAt(TENDER, 'needs Homelessness', 'needs '.length + 3);
        await page.keyboard.press('Control+k');
        await page.keyboard.press('Control+i');
        await expect.poll(() => page.locator('#describe').textContent()).toContain('Homelessness');
        await expect.poll(() => page.locator('#status').textContent()).toContain('Homelessness');
    }, STEP);

    it('hovers over a region code and names the ITL area and the regions it lies in', async () => {
        const tooltip = await hoverAt(TENDER, 'region "UKF13"', 'region "'.length + 2);
        await expect.poll(() => tooltip.textContent()).toContain('South and West Derbyshire, an ITL level 3 area in Derbyshire and Nottinghamshire (UKF1), East Midlands (England) (UKF)');
        await page.mouse.move(5, 5);
    }, STEP);

    it('colours a time of day as one value, as it colours a date', async () => {
        await cursorAt(TENDER, 'bid-deadline 2027-04-19 12:00', 0);
        // The line is drawn once scrolled into view (with the bid window's inlay hint before the time): ask until it is there.
        const classes = () => page.evaluate(path => {
            const view = (window as any).tender.session.editorOf(path).view;
            const line = [...view.contentDOM.querySelectorAll('.cm-line')].find((l: Element) => /bid-deadline 2027-04-19\b.*\b12:00/.test(l.textContent ?? '')) as Element | undefined;
            const of = (text: string) => line ? [...line.querySelectorAll('span')].filter(s => s.textContent === text).map(s => s.className) : [];
            return { date: of('2027-04-19'), time: of('12:00') };
        }, TENDER);
        await expect.poll(async () => (await classes()).time).toHaveLength(1);
        const drawn = await classes();
        expect(drawn.date).toHaveLength(1);
        expect(drawn.time).toEqual(drawn.date);
    }, STEP);

    it('completes a keyword', async () => {
        // At the end of the line before the reference: a new line, then the start of a keyword that may come again.
        await cursorAt(TENDER, '\n    reference "', 0);
        const before = `${await text(TENDER)}`;
        await page.keyboard.press('Enter');
        await page.keyboard.type('coh');
        await page.keyboard.press('Control+Space');
        const list = page.locator('.cm-tooltip-autocomplete');
        await list.waitFor({ timeout: 10_000 });
        await expect.poll(() => list.textContent()).toContain('cohort');
        await shot('completion');
        await axe('completion');
        const option = list.locator('li', { hasText: /^cohort/ }).first();
        await option.click();
        await expect.poll(async () => (await text(TENDER)).includes('\n    cohort\n    reference')).toBe(true);
        // Put it back as it was.
        await page.evaluate(path => (window as any).tender.session.editorOf(path).view.focus(), TENDER);
        for (let i = 0; i < 10 && (await text(TENDER)) !== before; i++) await page.keyboard.press('Control+z');
        expect(await text(TENDER)).toBe(before);
        await published(TENDER, p => p.errors === 0);
    }, STEP);

    it('renames a need across files (F2)', async () => {
        await cursorAt(TENDER, 'needs Homelessness', 'needs '.length + 2);
        await page.keyboard.press('F2');
        const input = page.locator('.cm-lsp-rename-panel input[name=name]');
        await input.waitFor();
        await shot('rename');
        await axe('rename');
        await input.fill('Homeless');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await text(FRAMEWORK)).includes('need Homeless "'), { timeout: 10_000 }).toBe(true);
        expect(await text(TENDER)).toContain('needs Homeless,');
        expect(await text(TENDER)).not.toContain('Homelessness');
        await published(TENDER, p => p.errors === 0);
        expect(await page.locator('#file-list').textContent()).toContain(`${FRAMEWORK} (unsaved)`);
    }, STEP);

    it('goes to a definition in another file (F12)', async () => {
        await cursorAt(TENDER, 'needs Homeless', 'needs '.length + 2);
        await page.keyboard.press('F12');
        await expect.poll(() => page.locator('#editor-title').textContent()).toBe(FRAMEWORK);
        const line = await page.evaluate(path => {
            const view = (window as any).tender.session.editorOf(path).view;
            return view.state.doc.lineAt(view.state.selection.main.head).text as string;
        }, FRAMEWORK);
        expect(line).toContain('need Homeless');
        await showFile(TENDER);
    }, STEP);

    it('follows an edit in the preview', async () => {
        const title = 'Wraparound support for adults facing multiple disadvantage';
        await cursorAt(TENDER, title, 0);
        const preview = page.evaluate(() => new Promise<string>((resolve, reject) => {
            setTimeout(() => reject(new Error('the preview did not follow the edit within 15 s')), 15_000);
            document.addEventListener('tender:preview', e => {
                const title = (e as CustomEvent).detail.title as string;
                if (title.startsWith('Joined')) resolve(title);
            });
        }));
        await page.keyboard.type('Joined ');
        expect(await preview).toContain(`Joined ${title}`);
        expect(await page.locator('#preview').getAttribute('srcdoc')).toContain(`Joined ${title}`);
        const frame = page.frameLocator('#preview');
        expect(await frame.locator('h1').first().textContent()).toContain('Joined');
        await shot('preview');
    }, STEP);

    it('generates the DOCX in the page, with the title and its tables', async () => {
        await showFile(TENDER);
        await page.locator('#generate').click();
        const dialog = page.locator('#generate-dialog');
        await dialog.waitFor();
        for (const format of ['ocds', 'json', 'html']) await dialog.locator(`input[value=${format}]`).uncheck();
        await axe('generate');
        const download = page.waitForEvent('download', { timeout: 30_000 });
        await page.locator('#generate-run').click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('ANY-ASC-2027-003.docx');
        const path = join(OUTPUT, file.suggestedFilename());
        await file.saveAs(path);
        const zip = await JSZip.loadAsync(readFileSync(path));
        const documentXml = await zip.file('word/document.xml')!.async('string');
        const core = await zip.file('docProps/core.xml')!.async('string');
        expect(core).toContain('Joined Wraparound support');
        expect(documentXml).toContain('Joined Wraparound support');
        expect((documentXml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(3);
        expect(documentXml).toContain('Award criteria');
        await expect.poll(() => page.locator('#generate-result').textContent()).toContain('ANY-ASC-2027-003.docx');
        await shot('generated');
        // The whole pack: each file a link to save; the OCDS release is a tender notice of this tender.
        for (const format of ['ocds', 'json', 'html']) await dialog.locator(`input[value=${format}]`).check();
        await page.locator('#generate-run').click();
        await expect.poll(() => page.locator('#generate-result a').count()).toBe(4);
        const ocds = page.waitForEvent('download');
        await page.locator('#generate-result a', { hasText: '.ocds.json' }).click();
        const release = JSON.parse(readFileSync(await (await ocds).path(), 'utf8'));
        expect(JSON.stringify(release)).toContain('ANY-ASC-2027-003');
        await page.keyboard.press('Escape');
    }, STEP);

    it('made no network request after the page had loaded', () => {
        expect(requests).toEqual([]);
        recording = false;
    });

    it('finds the unsaved drafts again after a reload', async () => {
        await page.waitForTimeout(500); // drafts are kept 300 ms after the last change
        await page.reload();
        await page.locator('#workbench').waitFor();
        await ready();
        expect(await page.locator('#draft-note').textContent()).toMatch(/Reopened anyborough with (an|\d+) unsaved drafts?/);
        expect(await text(TENDER)).toContain('Joined Wraparound support');
        expect(await text(FRAMEWORK)).toContain('need Homeless "');
        expect(await page.locator('#draft-note').textContent()).toContain('Kept in this browser until you save');
        await shot('reloaded');
        await axe('reloaded');
        // Typing after the reload needs nothing from the network either.
        await cursorAt(TENDER, 'Joined ', 0);
        await page.keyboard.type('Well ');
        await published(TENDER, () => true);
        await page.waitForTimeout(300);
        expect(requests).toEqual([]);
    }, STEP);

    it('formats a file (Shift+Alt+F)', async () => {
        await cursorAt(TENDER, '    reference "', 0);
        await page.keyboard.type('  ');
        await published(TENDER, () => true);
        expect(await text(TENDER)).toContain('\n      reference "');
        await page.keyboard.press('Shift+Alt+F');
        await expect.poll(async () => (await text(TENDER)).includes('\n    reference "')).toBe(true);
        // The editor does not trap the keyboard: Tab leaves it.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('.cm-content') === null)).toBe(true);
        expect(await text(TENDER)).toContain('\n    reference "');
    }, STEP);

    it('saves the drafts (downloaded where the browser cannot write to the folder), and then nothing is unsaved', async () => {
        await cursorAt(TENDER, 'tender ', 0);
        const download = page.waitForEvent('download', { timeout: 20_000 });
        await page.keyboard.press('Control+s');
        const file = await download;
        expect(file.suggestedFilename()).toBe('anyborough.zip');
        const path = join(OUTPUT, file.suggestedFilename());
        await file.saveAs(path);
        const zip = await JSZip.loadAsync(readFileSync(path));
        expect(await zip.file(`anyborough/${FRAMEWORK}`)!.async('string')).toContain('need Homeless "');
        expect(await zip.file(`anyborough/${TENDER}`)!.async('string')).toContain('Well Joined Wraparound');
        await expect.poll(() => page.locator('#draft-note').textContent()).toContain('Everything is saved');
        expect(await page.locator('#file-list').textContent()).not.toContain('(unsaved)');
    }, STEP);

    it('opens a zip of a folder, as in browsers that cannot open folders, and honours its tender.config.json', async () => {
        // The first draft is full of vague words; the zip's tender.config.json turns the rule off.
        const rule = 'vague-language';
        const zip = new JSZip();
        const folder = join(REPO_ROOT, 'examples', 'anyborough');
        for (const name of [DRAFT, FRAMEWORK, 'market.tender']) zip.file(`council/${name}`, readFileSync(join(folder, name)));
        zip.file('council/tender.config.json', JSON.stringify({ rules: { [rule]: 'off' } }, null, 2));
        const buffer = await zip.generateAsync({ type: 'nodebuffer' });
        await page.locator('#file-input').setInputFiles({ name: 'council.zip', mimeType: 'application/zip', buffer });
        await page.waitForFunction(() => document.getElementById('folder-title')?.textContent === 'Files in council' && document.getElementById('file-list')?.textContent?.includes('tender.config.json'), null, { timeout: 20_000 });
        const configured = await published(DRAFT, `p => p.count > 0 && !p.codes.includes(${JSON.stringify(rule)})`, 20_000);
        expect(configured.errors).toBeGreaterThan(0);
        expect(await page.locator('#file-list').textContent()).toContain('market.tender');
        // Editing tender.config.json on the page checks the tenders again.
        await showFile('tender.config.json');
        await page.evaluate(() => {
            const view = (window as any).tender.session.editorOf('tender.config.json').view;
            view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: '{}' } });
        });
        await published(DRAFT, `p => p.codes.includes(${JSON.stringify(rule)})`, 20_000);
        await axe('zip opened');
        // Another folder again: the same worker takes the new files; nothing is fetched. (The edited
        // tender.config.json is a draft: the page asks first.)
        page.once('dialog', dialog => void dialog.accept());
        await page.locator('#example-buttons button[data-example="westhaven"]').click();
        await page.waitForFunction(() => document.getElementById('folder-title')?.textContent === 'Files in westhaven');
        await published('young-people-accommodation.tender', () => true, 20_000);
        // The one file fetched since the page loaded: JSZip, the page's own code, the first time a zip was opened.
        expect(requests.length).toBe(1);
        expect(requests[0]).toMatch(new RegExp(`^GET ${url}assets/jszip[^/]*\\.js$`));
    }, STEP);

    it('opens a folder with the File System Access API and saves back into it', async () => {
        const files: Record<string, string> = {
            [DRAFT]: readFileSync(join(REPO_ROOT, 'examples', 'anyborough', DRAFT), 'utf8'),
            [FRAMEWORK]: readFileSync(join(REPO_ROOT, 'examples', 'anyborough', FRAMEWORK), 'utf8'),
            'notes.txt': 'not a tender'
        };
        // A folder the browser's picker would give: handles over files held by the test.
        await page.evaluate(files => {
            const written: Record<string, string> = {};
            (window as any).writtenToFolder = written;
            const fileHandle = (name: string) => ({
                kind: 'file', name,
                getFile: async () => new File([written[name] ?? files[name]], name),
                createWritable: async () => {
                    let text = '';
                    return { write: async (data: string) => { text += data; }, close: async () => { written[name] = text; } };
                }
            });
            const folder = {
                kind: 'directory', name: 'council-folder',
                async *values() { for (const name of Object.keys(files)) yield fileHandle(name); },
                getFileHandle: async (name: string) => fileHandle(name),
                getDirectoryHandle: async () => { throw new Error('no sub-folders here'); }
            };
            (window as any).showDirectoryPicker = async () => folder;
        }, files);
        page.once('dialog', dialog => void dialog.accept());
        await page.locator('#open-folder').click();
        await page.waitForFunction(() => document.getElementById('folder-title')?.textContent === 'Files in council-folder', null, { timeout: 20_000 });
        expect(await page.locator('#file-list').textContent()).not.toContain('notes.txt');
        await published(DRAFT, p => p.count > 0, 20_000);
        await cursorAt(DRAFT, 'tender ', 0);
        await page.keyboard.type('// saved from the browser\n');
        expect(await page.locator('#draft-note').textContent()).toContain('Save writes them back to the folder council-folder');
        await page.keyboard.press('Control+s');
        await expect.poll(() => page.evaluate(name => (window as any).writtenToFolder[name] as string | undefined, DRAFT)).toContain('// saved from the browser');
        expect(await page.evaluate(name => (window as any).writtenToFolder[name], FRAMEWORK)).toBeUndefined();
        await expect.poll(() => page.locator('#draft-note').textContent()).toContain('Everything is saved');
    }, STEP);

    it('reflows into one column on a narrow window', async () => {
        await page.setViewportSize({ width: 400, height: 800 });
        try {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow).toBeLessThanOrEqual(0);
            await shot('narrow');
            await axe('narrow');
        } finally {
            await page.setViewportSize({ width: 1440, height: 900 });
        }
    }, STEP);
});
