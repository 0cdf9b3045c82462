/**
 * Commands beyond lint and init (generate, diff) register here, so main.ts stays one list. Each
 * module is imported only when its command runs (the writers behind them are the heaviest code).
 */
import type { Command } from '../main.js';

export function commandTable(): Command[] {
    return [
        {
            name: 'generate', summary: 'write the tender pack: DOCX, OCDS JSON, pack JSON, HTML',
            load: async () => { const m = await import('./generate.js'); return { help: m.GENERATE_HELP, run: m.generateCommand }; }
        },
        {
            name: 'diff', summary: 'what changed between two versions: a Word redline, HTML and a change list',
            load: async () => { const m = await import('./diff.js'); return { help: m.DIFF_HELP, run: m.diffCommand }; }
        }
    ];
}
