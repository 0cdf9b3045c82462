/**
 * A real VS Code for end-to-end tests: code-server (run by its own Node 24, both installed into
 * .tools/ by scripts/install-e2e-tools.sh, never project dependencies) in fresh temporary folders,
 * driven through Debian's chromium with playwright-core. Every process started is stopped by id,
 * with everything it spawned (extension hosts, file watchers, the language server).
 */
import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS = join(REPO_ROOT, '.tools');
export const NODE_24 = join(TOOLS, 'node24', 'node_modules', 'node', 'bin', 'node');
export const CODE_SERVER = join(TOOLS, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';

/** What is missing for the end-to-end test, with how to get it; empty when everything is there. */
export function missingTools(): string[] {
    const missing: string[] = [];
    if (!existsSync(NODE_24) || !existsSync(CODE_SERVER)) {
        missing.push('code-server and Node 24 in .tools/ (run scripts/install-e2e-tools.sh)');
    }
    if (!existsSync(CHROMIUM)) {
        missing.push(`${CHROMIUM} (apt-get install chromium)`);
    }
    return missing;
}

const run = promisify(execFile);

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
    return new Promise((done, fail) => {
        const server = createServer();
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => done(port));
        });
    });
}

/** Settings for a quiet, predictable editor: no welcome page, tips, chat, updates or trust prompts. */
export const EDITOR_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'editor.inlayHints.enabled': 'on',
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
    'window.commandCenter': false
};

export interface CodeServer {
    readonly url: string;
    readonly process: ChildProcess;
    readonly log: () => string;
    stop(): Promise<void>;
}

export interface CodeServerFolders {
    readonly userData: string;
    readonly extensions: string;
    readonly config: string;
}

/** Fresh folders for one run: user data (with settings), extensions, and a config file. */
export function makeFolders(root: string, settings: Record<string, unknown> = EDITOR_SETTINGS): CodeServerFolders {
    const userData = join(root, 'user-data');
    const extensions = join(root, 'extensions');
    const config = join(root, 'config.yaml');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(extensions, { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    // Flags given on the command line win; the file keeps code-server from writing ~/.config.
    writeFileSync(config, 'auth: none\ncert: false\n');
    return { userData, extensions, config };
}

function baseArgs(folders: CodeServerFolders): string[] {
    return ['--config', folders.config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions];
}

/** Installs a .vsix the way a user would, with code-server's --install-extension. */
export async function installExtension(folders: CodeServerFolders, vsix: string): Promise<string> {
    const { stdout, stderr } = await run(NODE_24, [CODE_SERVER, ...baseArgs(folders), '--install-extension', vsix], { timeout: 120_000 });
    return `${stdout}${stderr}`;
}

/** Starts code-server on 127.0.0.1 with `folder` open; resolves once it listens. */
export async function startCodeServer(folders: CodeServerFolders, folder: string): Promise<CodeServer> {
    const port = await freePort();
    const child = spawn(NODE_24, [
        CODE_SERVER,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...baseArgs(folders),
        folder
    ], {
        // Its own process group, so the whole tree can be found and stopped.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined }
    });
    let log = '';
    child.stdout?.on('data', chunk => { log += String(chunk); });
    child.stderr?.on('data', chunk => { log += String(chunk); });
    const server: CodeServer = { url: `http://127.0.0.1:${port}/`, process: child, log: () => log, stop: () => stopTree(child) };
    const deadline = Date.now() + 60_000;
    while (!log.includes('HTTP server listening')) {
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before listening:\n${log}`);
        }
        if (Date.now() > deadline) {
            await server.stop();
            throw new Error(`code-server did not start within a minute:\n${log}`);
        }
        await new Promise(done => setTimeout(done, 100));
    }
    return server;
}

/** The ids of a process and everything below it, from /proc. */
export function processTree(root: number): number[] {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        let stat: string;
        try {
            stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        } catch {
            continue; // gone meanwhile
        }
        // pid (comm) state ppid ...; comm may hold spaces and parentheses
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = children.get(ppid) ?? [];
        list.push(Number(entry));
        children.set(ppid, list);
    }
    const tree: number[] = [];
    const queue = [root];
    while (queue.length > 0) {
        const pid = queue.shift()!;
        tree.push(pid);
        queue.push(...(children.get(pid) ?? []));
    }
    return tree;
}

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        const state = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return state.slice(state.lastIndexOf(')') + 2, state.lastIndexOf(')') + 3) !== 'Z';
    } catch {
        return false;
    }
}

/**
 * Stops a process and everything it started: its process group, then, by id, any descendant that
 * left the group (file watchers and extension hosts may), first politely, then for good.
 */
export async function stopTree(child: ChildProcess): Promise<void> {
    const pid = child.pid;
    if (pid === undefined) return;
    const tree = processTree(pid);
    const signal = (sig: NodeJS.Signals) => {
        try { process.kill(-pid, sig); } catch { /* the group is gone */ }
        for (const id of tree) {
            try { process.kill(id, sig); } catch { /* gone */ }
        }
    };
    signal('SIGTERM');
    const deadline = Date.now() + 5_000;
    while (tree.some(alive) && Date.now() < deadline) {
        await new Promise(done => setTimeout(done, 100));
    }
    if (tree.some(alive)) {
        signal('SIGKILL');
        await new Promise(done => setTimeout(done, 200));
    }
}

/** Debian's chromium, headless, with a fresh profile. */
export async function launchBrowser(profile: string): Promise<BrowserContext> {
    const { chromium } = await import('playwright-core');
    return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1440, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    });
}

/** The ids of the browser's processes (the persistent context owns one chromium tree). */
export function browserPid(context: BrowserContext): number | undefined {
    const browser = context.browser() as unknown as { process?: () => ChildProcess } | null;
    return browser?.process?.()?.pid;
}

export function tempFolder(prefix: string): string {
    return mkdtempSync(join(tmpdir(), prefix));
}

export function removeFolder(folder: string | undefined): void {
    if (folder) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

/** Opens a workspace file with Quick Open. */
export async function openFile(page: Page, name: string): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
}
