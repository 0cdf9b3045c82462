/**
 * A small argument parser: each command declares its flags; anything else is a usage error with a
 * one-line message (exit 2), never a stack trace.
 */

export class UsageError extends Error {}

export interface FlagSpec {
    readonly name: string;
    /** Takes a value (`--format json` or `--format=json`). */
    readonly value?: boolean;
}

export interface ParsedArgs {
    readonly positionals: string[];
    readonly flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
    const byName = new Map(specs.map(s => [s.name, s]));
    const positionals: string[] = [];
    const flags = new Map<string, string | true>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('--')) {
            const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
            const spec = byName.get(name);
            if (!spec) {
                throw new UsageError(`unknown option --${name}`);
            }
            if (spec.value) {
                const value = inline ?? argv[++i];
                // An empty value (`--out ''`, `--output=`) would name the current folder or nothing.
                if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
                    throw new UsageError(`--${name} needs a value`);
                }
                flags.set(name, value);
            } else {
                if (inline !== undefined) {
                    throw new UsageError(`--${name} takes no value`);
                }
                flags.set(name, true);
            }
        } else if (arg.startsWith('-') && arg.length > 1) {
            throw new UsageError(`unknown option ${arg}`);
        } else {
            positionals.push(arg);
        }
    }
    return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
    const value = args.flags.get(name);
    return typeof value === 'string' ? value : undefined;
}

export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
    const value = stringFlag(args, name);
    if (value === undefined) return fallback;
    if (!(choices as readonly string[]).includes(value)) {
        throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
    }
    return value as T;
}

export function listFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: readonly T[]): T[] {
    const value = stringFlag(args, name);
    if (value === undefined) return [...fallback];
    const items = value.split(',').map(s => s.trim()).filter(Boolean);
    for (const item of items) {
        if (!(choices as readonly string[]).includes(item)) {
            throw new UsageError(`--${name} takes a comma-separated list of ${choices.join(', ')} (got "${item}")`);
        }
    }
    if (items.length === 0) throw new UsageError(`--${name} needs at least one of ${choices.join(', ')}`);
    return items as T[];
}

export function intFlag(args: ParsedArgs, name: string): number | undefined {
    const value = stringFlag(args, name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) {
        throw new UsageError(`--${name} must be a whole number (got "${value}")`);
    }
    return Number(value);
}
