/**
 * `tender init <dir>`: a starter framework, market and tender to fill in. Never overwrites a file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '@tender/language/node';
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
        io.stderr(`tender init: ${args.positionals[0]} is a file, not a folder; nothing written`);
        return 2;
    }
    const clashes = Object.keys(STARTER_FILES).filter(name => existsSync(join(folder, name)));
    if (clashes.length > 0) {
        io.stderr(`tender init: ${clashes.join(', ')} already ${clashes.length === 1 ? 'exists' : 'exist'} in ${folder}; nothing written`);
        return 1;
    }
    for (const [name, text] of Object.entries(STARTER_FILES)) {
        try {
            writeFileAtomic(join(folder, name), text);
        } catch (error) {
            io.stderr(`tender init: cannot write ${join(args.positionals[0], name)}: ${fsReason(error)}`);
            return 2;
        }
        io.stdout(`wrote ${join(args.positionals[0], name)}\n`);
    }
    io.stdout(`\nNext: open ${join(args.positionals[0], 'tender.tender')} and run tender lint ${args.positionals[0]}\n`);
    return 0;
}
