/**
 * The `tender` command. Every failure ends in a one-line message and an exit code: 0 clean, 1 the
 * tender has problems, 2 bad usage or unreadable input. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './args.js';
import { INIT_HELP, initCommand } from './commands/init.js';
import { LINT_HELP, lintCommand } from './commands/lint.js';
import { commandTable } from './commands/table.js';

export interface CliIo {
    readonly cwd: string;
    readonly color: boolean;
    readonly version: string;
    stdout(text: string): void;
    stderr(line: string): void;
}

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Command {
    readonly name: string;
    readonly summary: string;
    readonly help: string;
    run(argv: readonly string[], io: CliIo): Promise<number>;
}

const builtIn: Command[] = [
    { name: 'lint', summary: 'lint .tender files and folders', help: LINT_HELP, run: lintCommand },
    { name: 'init', summary: 'write a starter tender, framework and market', help: INIT_HELP, run: initCommand }
];

export function helpText(commands: readonly Command[]): string {
    const width = Math.max(...commands.map(c => c.name.length));
    return `Usage: tender <command> [options]

Write outcome-based tenders for public services, lint them and publish tender packs.

Commands:
${commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  --help       show help (also: tender <command> --help)
  --version    show the version

Exit codes: 0 clean, 1 the tender has problems, 2 bad usage or unreadable input.
`;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
    const commands = [...builtIn, ...commandTable()];
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(helpText(commands));
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const command = commands.find(c => c.name === name);
    if (!command) {
        io.stderr(`tender: unknown command "${name}" (try tender --help)`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(command.help);
        return 0;
    }
    try {
        return await command.run(rest, io);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`tender ${command.name}: ${error.message}`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`tender ${command.name}: ${message}`);
        return 2;
    }
}

export function processIo(): CliIo {
    return {
        cwd: process.cwd(),
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
        version: VERSION,
        stdout: (text) => { process.stdout.write(text); },
        stderr: (line) => { process.stderr.write(`${line}\n`); }
    };
}
