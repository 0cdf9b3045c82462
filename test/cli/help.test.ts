/** `tender --help`, `--version`, each command's `--help`, and usage errors: as a real process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectNoStackTrace, REPO_ROOT, tender } from './run-cli.js';

/** The commands `tender --help` lists. */
function listedCommands(help: string): string[] {
    const section = help.split(/^Commands:$/m)[1]?.split(/^\s*$/m)[0] ?? '';
    return section.split('\n').map(line => /^\s+([a-z][a-z-]*)\s/.exec(line)?.[1]).filter((name): name is string => !!name);
}

describe('tender --help and --version', () => {
    test('--help lists the commands and the exit codes, exit 0', () => {
        const result = tender(['--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: tender <command>/);
        expect(listedCommands(result.stdout)).toEqual(expect.arrayContaining(['lint', 'init']));
        expect(result.stdout).toContain('Exit codes: 0');
        expect(result.stderr).toBe('');
    });

    test('-h and help are the same as --help', () => {
        const help = tender(['--help']).stdout;
        expect(tender(['-h']).stdout).toBe(help);
        expect(tender(['help']).stdout).toBe(help);
    });

    test('no command at all shows the usage and is a usage error (exit 2)', () => {
        const result = tender([]);
        expect(result.code).toBe(2);
        expect(result.stdout + result.stderr).toContain('Usage: tender <command>');
    });

    test('--version prints the CLI package version', () => {
        const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;
        const result = tender(['--version']);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`${version}\n`);
        expect(tender(['-v']).stdout).toBe(`${version}\n`);
    });

    test('every listed command has its own --help, exit 0', () => {
        const commands = listedCommands(tender(['--help']).stdout);
        expect(commands.length).toBeGreaterThanOrEqual(2);
        for (const command of commands) {
            const result = tender([command, '--help']);
            expect(result.code, command).toBe(0);
            expect(result.stdout, command).toMatch(new RegExp(`^Usage: tender ${command}\\b`));
            expect(result.stderr, command).toBe('');
            // -h works too, and --help wins over anything else on the line
            expect(tender([command, '-h']).stdout).toBe(result.stdout);
            expect(tender([command, 'no-such-file.tender', '--help']).code).toBe(0);
        }
    });

    test('lint --help documents every option it accepts', () => {
        const help = tender(['lint', '--help']).stdout;
        for (const option of ['--format stylish|json|sarif', '--max-warnings N', '--fix', '--output']) {
            expect(help).toContain(option);
        }
    });
});

describe('usage errors: one line, exit 2, never a stack trace', () => {
    const cases: [string, string[], RegExp][] = [
        ['an unknown command', ['frobnicate'], /^tender: unknown command "frobnicate" \(try tender --help\)$/],
        ['an unknown top-level flag', ['--frobnicate'], /unknown command "--frobnicate"/],
        ['an unknown lint flag', ['lint', '--frobnicate', 'examples'], /^tender lint: unknown option --frobnicate$/],
        ['an unknown short flag', ['lint', '-x', 'examples'], /^tender lint: unknown option -x$/],
        ['a flag missing its value', ['lint', 'examples', '--format'], /^tender lint: --format needs a value$/],
        ['a flag value that is another flag', ['lint', '--format', '--fix', 'examples'], /^tender lint: --format needs a value$/],
        ['an unknown format', ['lint', '--format', 'xml', 'examples'], /^tender lint: --format must be one of stylish, json, sarif \(got "xml"\)$/],
        ['--max-warnings that is not a whole number', ['lint', '--max-warnings', 'lots', 'examples'], /^tender lint: --max-warnings must be a whole number \(got "lots"\)$/],
        ['negative --max-warnings', ['lint', '--max-warnings=-1', 'examples'], /--max-warnings must be a whole number/],
        ['a value given to a switch', ['lint', '--fix=yes', 'examples'], /^tender lint: --fix takes no value$/],
        ['lint with nothing to lint', ['lint'], /^tender lint: name at least one \.tender file or folder/],
        ['a file that does not exist', ['lint', 'no-such-file.tender'], /^tender lint: cannot read no-such-file\.tender: no such file or folder$/],
        ['a file that is not a .tender file', ['lint', 'package.json'], /^tender lint: package\.json is not a \.tender file$/],
        ['a folder with no .tender files', ['lint', 'docs'], /^tender lint: no \.tender files found in docs$/],
        ['init without a folder', ['init'], /^tender init: name one folder/],
        ['init with two folders', ['init', 'a', 'b'], /^tender init: name one folder/]
    ];
    test.each(cases)('%s', (_, args, message) => {
        const result = tender(args);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(message);
        expect(expectNoStackTrace(result)).toEqual([]);
    });
});
