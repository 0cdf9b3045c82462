/**
 * Packages the bundled extension into a .vsix with vsce, offline (--no-dependencies: everything is
 * in dist/ already). README links to images are made absolute for the Marketplace page, pointing
 * into this package's folder of the repository. Extra arguments go to vsce (e.g. --out file.vsix).
 *
 *   node scripts/package.mjs [--out tender.vsix]     (npm run package bundles first)
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(extension, 'package.json'));
const manifest = require('./package.json');
const repository = manifest.repository.url.replace(/\.git$/, '');
const folder = manifest.repository.directory;
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

execFileSync(process.execPath, [
    vsce, 'package', '--no-dependencies',
    '--baseContentUrl', `${repository}/blob/HEAD/${folder}`,
    '--baseImagesUrl', `${repository}/raw/HEAD/${folder}`,
    ...process.argv.slice(2)
], { cwd: extension, stdio: 'inherit' });
