/**
 * Commands beyond lint and init (generate, diff) register here, so main.ts stays one list.
 */
import type { Command } from '../main.js';
import { GENERATE_HELP, generateCommand } from './generate.js';
import { DIFF_HELP, diffCommand } from './diff.js';

export function commandTable(): Command[] {
    return [
        { name: 'generate', summary: 'write the tender pack: DOCX, OCDS JSON, pack JSON, HTML', help: GENERATE_HELP, run: generateCommand },
        { name: 'diff', summary: 'what changed between two versions: a Word redline, HTML and a change list', help: DIFF_HELP, run: diffCommand }
    ];
}
