/**
 * The `tender` command. Every failure ends in a one-line message and an exit code: 0 clean, 1 the
 * tender has problems, 2 bad usage or unreadable input. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { commandTable } from './commands/table.js';
import { safeText } from './safe-text.js';

export interface CliIo {
    readonly cwd: string;
    readonly color: boolean;
    readonly version: string;
    stdout(text: string): void;
    stderr(line: string): void;
}

/** Set by the bundler (scripts/bundle.mjs); tsc's output reads package.json instead. */
declare const TENDER_VERSION: string | undefined;

export const VERSION: string = typeof TENDER_VERSION === 'string' ? TENDER_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** What a command module gives once loaded: its help text and how to run it. */
export interface LoadedCommand {
    readonly help: string;
    run(argv: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command as `tender --help` lists it. Its module (and the language services, writers and
 * templates behind it) is loaded only when the command runs, so `tender --version` and
 * `tender --help` load nothing else.
 */
export interface Command {
    readonly name: string;
    readonly summary: string;
    load(): Promise<LoadedCommand>;
}

const builtIn: Command[] = [
    {
        name: 'lint', summary: 'lint .tender files and folders',
        load: async () => { const m = await import('./commands/lint.js'); return { help: m.LINT_HELP, run: m.lintCommand }; }
    },
    {
        name: 'init', summary: 'write a starter tender, framework and market',
        load: async () => { const m = await import('./commands/init.js'); return { help: m.INIT_HELP, run: m.initCommand }; }
    }
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
        io.stderr(`tender: unknown command "${safeText(name)}" (try tender --help)`);
        return 2;
    }
    const loaded = await command.load();
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(loaded.help);
        return 0;
    }
    try {
        return await loaded.run(rest, io);
    } catch (error) {
        // A UsageError, or anything else a command did not catch: one line, exit 2. (Each command
        // is bundled apart, with its own copy of UsageError, so this does not tell them apart.)
        // Messages may echo arguments (file names, flag values): escaped like every other echoed text.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`tender ${command.name}: ${safeText(message)}`);
        return 2;
    }
}

export function processIo(): CliIo {
    const stdout = quietWhenClosed(process.stdout);
    const stderr = quietWhenClosed(process.stderr);
    return {
        cwd: process.cwd(),
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
        version: VERSION,
        stdout: (text) => { stdout(text); },
        stderr: (line) => { stderr(`${line}\n`); }
    };
}

/**
 * A writer to stdout or stderr that goes quiet once the reader has gone (`tender diff ... | head -1`
 * closes the pipe: the next write fails with EPIPE). The command carries on to its end, writes
 * its files and exits with its usual code; what it would have printed is dropped, never a stack trace.
 */
export function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
    if (!watched.has(stream)) {
        watched.add(stream);
        stream.on('error', () => { closed.add(stream); });
    }
    return (text) => {
        if (closed.has(stream) || stream.destroyed) return;
        try {
            stream.write(text);
        } catch {
            closed.add(stream);
        }
    };
}

const watched = new WeakSet<NodeJS.WriteStream>();
const closed = new WeakSet<NodeJS.WriteStream>();
