/**
 * `tender init <dir>`: a starter framework, market and tender to fill in. Never overwrites a file.
 */
import { accessSync, constants, existsSync, lstatSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { failedTarget, publishFiles } from '@tender/language/node';
import { displayPath, safeText } from '../safe-text.js';
import { parseArgs } from '../args.js';
import { fsReason } from '../fs-errors.js';
import type { CliIo } from '../main.js';
import { STARTER_FILES } from '@tender/language/starter';

export const INIT_HELP = `Usage: tender init <dir>

Writes a starter tender, framework and market (and a tender.config.json) into <dir>, creating it
if needed. Existing files are never overwritten.
`;

export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, []);
    if (args.positionals.length !== 1) {
        io.stderr('tender init: name one folder to write the starter files into (see tender init --help)');
        return 2;
    }
    const folder = resolve(io.cwd, args.positionals[0]);
    if (existsSync(folder) && !statSync(folder).isDirectory()) {
        io.stderr(`tender init: ${safeText(args.positionals[0])} is a file, not a folder; nothing written`);
        return 2;
    }
    // A link counts as there even when it leads nowhere: it is never written through.
    const clashes = Object.keys(STARTER_FILES).filter(name => isThere(join(folder, name)));
    if (clashes.length > 0) {
        io.stderr(`tender init: ${clashes.join(', ')} already ${clashes.length === 1 ? 'exists' : 'exist'} in ${safeText(folder)}; nothing written`);
        return 1;
    }
    // All or nothing, as tender generate publishes a pack: a failure leaves the folder as it was.
    const files = Object.entries(STARTER_FILES).map(([name, text]) => ({ path: join(folder, name), bytes: text }));
    try {
        publishFiles(files);
    } catch (error) {
        io.stderr(`tender init: cannot write ${displayPath(failedTarget(error, folder), io.cwd)}: ${fsReason(error)}; nothing written`);
        return 2;
    }
    for (const name of Object.keys(STARTER_FILES)) io.stdout(`wrote ${displayPath(join(folder, name), io.cwd)}\n`);
    io.stdout(nextSteps(args.positionals[0]));
    return 0;
}

/**
 * What to do next. `tender lint <dir>` works as written only when a `tender` is on the PATH (a
 * global install); run from the clone with npx, there is none, so the hint says how to get one.
 */
export function nextSteps(dir: string, path = process.env.PATH ?? ''): string {
    const open = `\nNext: open ${join(dir, 'tender.tender')} and run tender lint ${dir}\n`;
    if (onPath('tender', path)) return open;
    return `${open}(no tender command on your PATH yet: install it once with npm install -g <the tender clone>/packages/cli,\n`
        + ` or run npx tender lint ${dir} from inside the clone; see the README)\n`;
}

function onPath(command: string, path: string): boolean {
    return path.split(delimiter).filter(Boolean).some(folder => {
        try {
            accessSync(join(folder, command), constants.X_OK);
            return true;
        } catch {
            return false;
        }
    });
}

function isThere(path: string): boolean {
    try {
        lstatSync(path);
        return true;
    } catch {
        return false;
    }
}
