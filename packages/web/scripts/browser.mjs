/**
 * Debian's Chromium through playwright-core, as the web tests and bench drive it: headless, no
 * background traffic of its own, a fresh profile. Also builds dist/ when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function chromiumMissing() {
    return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install chromium)`;
}

/** Builds packages/web/dist unless it is there (npm run build writes it). */
export function ensureBuilt() {
    if (!existsSync(join(WEB_ROOT, 'dist', 'index.html'))) {
        execFileSync(process.execPath, [join(WEB_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    }
}

/** A persistent context on a fresh profile folder; downloads accepted. */
export async function launchChromium(profile = mkdtempSync(join(tmpdir(), 'tender-web-'))) {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        acceptDownloads: true,
        viewport: { width: 1440, height: 900 },
        args: CHROMIUM_ARGS
    });
    return { context, profile };
}
