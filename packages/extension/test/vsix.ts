/**
 * Packages the extension into a .vsix for tests, from the bundle `npm run build` left in dist/
 * (tests never rebuild it: two test files bundling at once would race on dist/).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const EXTENSION_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = join(EXTENSION_ROOT, '..', '..');

const run = promisify(execFile);

/** Writes the .vsix to `outFile` as `npm run package` does (without bundling again) and returns its path. */
export async function packageVsix(outFile: string): Promise<string> {
    for (const file of ['dist/extension.js', 'dist/server.js', 'dist/preview.js', 'templates', 'schemas/tender.config.schema.json']) {
        if (!existsSync(join(EXTENSION_ROOT, file))) {
            throw new Error(`packages/extension/${file} is missing: run \`npm run build\` first (it bundles the extension).`);
        }
    }
    mkdirSync(dirname(outFile), { recursive: true });
    await run(process.execPath, [join(EXTENSION_ROOT, 'scripts', 'package.mjs'), '--out', outFile], { cwd: EXTENSION_ROOT, timeout: 120_000 });
    return outFile;
}
