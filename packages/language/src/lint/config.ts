/**
 * tender.config.json: rule severities, thresholds and project vocabulary. The nearest file up the
 * folder tree from a tender applies. A malformed file never stops linting: its problems are
 * reported and the defaults stand in for whatever could not be read.
 */
import type { Money } from '../values/money.js';
import { parseMoney } from '../values/money.js';
import type { DurationValue } from '../values/duration.js';
import { durationInDays, parseDuration } from '../values/duration.js';
import { echoed } from '../values/text.js';
import type { SeveritySetting } from './define-rule.js';

export const CONFIG_FILE_NAME = 'tender.config.json';

export interface Thresholds {
    /** Value at or above which a tender should be split into lots or say why not. */
    readonly lotsThreshold: Money;
    /** Value below which a lot (or a tender) would suit a grant. */
    readonly grantThreshold: Money;
    /** Recognised minimum social value weighting, in percent. */
    readonly minSocialValueWeight: number;
    /** Highest price weighting before price dominates, in percent. */
    readonly maxPriceWeight: number;
    /** Consortium formation period assumed when a tender names none. */
    readonly defaultFormationPeriod: DurationValue;
    /** Advisory minimum tendering period, in days, where no statutory minimum applies. */
    readonly advisoryTenderingDays: number;
}

export type ThresholdName = keyof Thresholds;

export const DEFAULT_THRESHOLDS: Thresholds = {
    lotsThreshold: { minor: 25_000_000, currency: 'GBP' },
    grantThreshold: { minor: 10_000_000, currency: 'GBP' },
    minSocialValueWeight: 10,
    maxPriceWeight: 50,
    defaultFormationPeriod: { amount: 6, unit: 'week' },
    advisoryTenderingDays: 25
};

/**
 * The longest period, in days, the day-valued settings take: a tendering period or a consortium's
 * formation time of more than a year is a slip of the keyboard (1e15 days made bid-window suggest
 * a deadline of 9999-12-31).
 */
export const LONGEST_SETTING_DAYS = 366;

export interface VagueAddition {
    readonly phrase: string;
    readonly suggestion?: string;
}

export interface ConfigProblem {
    /** The config file, as a path or URI string. */
    readonly file: string;
    readonly message: string;
    /** JSON pointer of the offending key, when there is one. */
    readonly pointer?: string;
}

export interface LintConfig {
    readonly rules: Readonly<Record<string, SeveritySetting>>;
    readonly thresholds: Thresholds;
    readonly vague: { readonly add: readonly VagueAddition[]; readonly remove: readonly string[] };
    /** Folder of Handlebars templates overriding the shipped ones, resolved against the config file. */
    readonly templates?: string;
    /** OCDS ocid prefix, e.g. `ocds-213czf`. */
    readonly ocidPrefix?: string;
    /** Author of tracked changes in redlines. */
    readonly reviewAuthor?: string;
    /** The config file this came from, if any. */
    readonly file?: string;
    /** The thresholds the config file itself sets (the rest are defaults), so layering keeps only those. */
    readonly thresholdsSet?: readonly ThresholdName[];
    readonly problems: readonly ConfigProblem[];
}

export const DEFAULT_CONFIG: LintConfig = {
    rules: {},
    thresholds: DEFAULT_THRESHOLDS,
    vague: { add: [], remove: [] },
    problems: []
};

/**
 * The most phrases `vague.add` and `vague.remove` may list, and the longest phrase: a project
 * vocabulary is a few hundred words; tens of thousands only slow every lint down.
 */
export const MAX_VAGUE_ADDITIONS = 5_000;
export const MAX_VAGUE_PHRASE_LENGTH = 200;

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/**
 * Reads the text of a config file into a LintConfig. `knownRules` lets unknown rule ids be
 * reported. Never throws.
 */
export function parseConfig(text: string, file: string, knownRules: ReadonlySet<string>): LintConfig {
    const problems: ConfigProblem[] = [];
    let raw: unknown;
    try {
        // Some Windows editors start UTF-8 files with a byte order mark, which JSON.parse rejects.
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        problems.push({ file, message: `${file} is not valid JSON (${jsonErrorText(error, text)}); using the default configuration.` });
        return { ...DEFAULT_CONFIG, file, problems };
    }
    if (!isObject(raw)) {
        problems.push({ file, message: `${file} must hold a JSON object; using the default configuration.` });
        return { ...DEFAULT_CONFIG, file, problems };
    }
    const rules: Record<string, SeveritySetting> = {};
    if (raw.rules !== undefined) {
        if (!isObject(raw.rules)) {
            problems.push({ file, pointer: '/rules', message: `"rules" must be an object of rule id to "off", "info", "warning" or "error".` });
        } else {
            for (const [id, setting] of Object.entries(raw.rules)) {
                if (!knownRules.has(id)) {
                    problems.push({ file, pointer: `/rules/${pointerToken(id)}`, message: `Unknown rule ${quotedKey(id)} in "rules".` });
                } else if (typeof setting !== 'string' || !SEVERITIES.has(setting)) {
                    problems.push({ file, pointer: `/rules/${pointerToken(id)}`, message: `Rule "${id}" is set to ${echoed(JSON.stringify(setting) ?? String(setting), 60)}; use "off", "info", "warning" or "error".` });
                } else {
                    rules[id] = setting as SeveritySetting;
                }
            }
        }
    }
    const thresholds = readThresholds(raw, file, problems);
    const vague = readVague(raw.vague, file, problems);
    const templates = readString(raw, 'templates', file, problems);
    const ocidPrefix = readString(raw, 'ocidPrefix', file, problems);
    const reviewAuthor = readString(raw, 'reviewAuthor', file, problems);
    const known = new Set(['$schema', 'rules', 'vague', 'templates', 'ocidPrefix', 'reviewAuthor', ...Object.keys(DEFAULT_THRESHOLDS)]);
    for (const key of Object.keys(raw)) {
        if (!known.has(key)) {
            problems.push({ file, pointer: `/${pointerToken(key)}`, message: `Unknown setting ${quotedKey(key)} in ${CONFIG_FILE_NAME}.` });
        }
    }
    const thresholdsSet = (Object.keys(DEFAULT_THRESHOLDS) as ThresholdName[]).filter(key => raw[key] !== undefined && !problems.some(p => p.pointer === `/${key}`));
    return { rules, thresholds, vague, templates, ocidPrefix, reviewAuthor, file, thresholdsSet, problems: atMost(problems, file) };
}

/** The most problems one file reports: a file of 60,000 made-up rule ids is 60,000 lines of log otherwise. */
export const MAX_CONFIG_PROBLEMS = 50;

function atMost(problems: ConfigProblem[], file: string): ConfigProblem[] {
    if (problems.length <= MAX_CONFIG_PROBLEMS) return problems;
    return [...problems.slice(0, MAX_CONFIG_PROBLEMS),
        { file, message: `... and ${problems.length - MAX_CONFIG_PROBLEMS} more problems in ${CONFIG_FILE_NAME}; fix those above first.` }];
}

function quotedKey(key: string): string {
    return JSON.stringify(echoed(key, 60));
}

/** Layers settings over a base configuration (editor settings under the file, for instance). */
export function mergeConfig(base: LintConfig, over: Partial<LintConfig>): LintConfig {
    return {
        ...base,
        ...definedOnly(over),
        rules: { ...base.rules, ...(over.rules ?? {}) },
        thresholds: { ...base.thresholds, ...(over.thresholds ?? {}) },
        vague: {
            add: [...base.vague.add, ...(over.vague?.add ?? [])],
            remove: [...base.vague.remove, ...(over.vague?.remove ?? [])]
        },
        problems: [...base.problems, ...(over.problems ?? [])]
    };
}

function definedOnly<T extends object>(value: T): Partial<T> {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readThresholds(raw: Record<string, unknown>, file: string, problems: ConfigProblem[]): Thresholds {
    const result: { -readonly [K in keyof Thresholds]: Thresholds[K] } = { ...DEFAULT_THRESHOLDS };
    for (const key of ['lotsThreshold', 'grantThreshold'] as const) {
        const value = raw[key];
        if (value === undefined) continue;
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
            result[key] = { minor: Math.round(value * 100), currency: 'GBP' };
        } else if (typeof value === 'string') {
            const parsed = parseMoney(value);
            if (parsed.ok) {
                result[key] = parsed.money;
            } else {
                problems.push({ file, pointer: `/${key}`, message: `"${key}": ${parsed.message}` });
            }
        } else {
            problems.push({ file, pointer: `/${key}`, message: `"${key}" must be an amount such as "£250,000" or a number of pounds.` });
        }
    }
    for (const key of ['minSocialValueWeight', 'maxPriceWeight'] as const) {
        const value = raw[key];
        if (value === undefined) continue;
        const percent = typeof value === 'string' && /^\d+(\.\d+)?%$/.test(value) ? Number(value.slice(0, -1)) : value;
        if (typeof percent === 'number' && Number.isFinite(percent) && percent >= 0 && percent <= 100) {
            result[key] = percent;
        } else {
            problems.push({ file, pointer: `/${key}`, message: `"${key}" must be a percentage from 0 to 100.` });
        }
    }
    if (raw.defaultFormationPeriod !== undefined) {
        const value = raw.defaultFormationPeriod;
        const duration = typeof value === 'string' ? parseDuration(value)
            : typeof value === 'number' && Number.isFinite(value) && value >= 0 ? { amount: value, unit: 'day' as const } : undefined;
        if (duration && durationInDays(duration) > LONGEST_SETTING_DAYS) {
            problems.push({ file, pointer: '/defaultFormationPeriod', message: `"defaultFormationPeriod" must be at most a year (${LONGEST_SETTING_DAYS} days, or "1 year").` });
        } else if (duration) {
            result.defaultFormationPeriod = duration;
        } else {
            problems.push({ file, pointer: '/defaultFormationPeriod', message: `"defaultFormationPeriod" must be a duration such as "6 weeks" or a number of days.` });
        }
    }
    if (raw.advisoryTenderingDays !== undefined) {
        const value = raw.advisoryTenderingDays;
        if (typeof value === 'number' && Number.isInteger(value) && value > LONGEST_SETTING_DAYS) {
            problems.push({ file, pointer: '/advisoryTenderingDays', message: `"advisoryTenderingDays" must be at most ${LONGEST_SETTING_DAYS} days.` });
        } else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
            result.advisoryTenderingDays = value;
        } else {
            problems.push({ file, pointer: '/advisoryTenderingDays', message: `"advisoryTenderingDays" must be a whole number of days.` });
        }
    }
    return result;
}

function readVague(value: unknown, file: string, problems: ConfigProblem[]): LintConfig['vague'] {
    const add: VagueAddition[] = [];
    const remove: string[] = [];
    if (value === undefined) {
        return { add, remove };
    }
    if (!isObject(value)) {
        problems.push({ file, pointer: '/vague', message: `"vague" must be an object with "add" and "remove" lists.` });
        return { add, remove };
    }
    for (const key of Object.keys(value)) {
        if (key !== 'add' && key !== 'remove') {
            problems.push({ file, pointer: `/vague/${pointerToken(key)}`, message: `Unknown setting "vague.${key}": "vague" takes "add" and "remove" lists.` });
        }
    }
    if (value.add !== undefined) {
        if (!Array.isArray(value.add)) {
            problems.push({ file, pointer: '/vague/add', message: `"vague.add" must be a list of words or { "phrase", "suggestion" } objects.` });
        } else if (value.add.length > MAX_VAGUE_ADDITIONS) {
            problems.push({ file, pointer: '/vague/add', message: `"vague.add" lists ${value.add.length} phrases; at most ${MAX_VAGUE_ADDITIONS} are read, so none of them is used: keep the list to the words your authority wants flagged.` });
        } else {
            value.add.forEach((entry, i) => {
                const phrase = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.phrase === 'string' ? entry.phrase : undefined;
                if (phrase !== undefined && phrase.trim().length > MAX_VAGUE_PHRASE_LENGTH) {
                    problems.push({ file, pointer: `/vague/add/${i}`, message: `"vague.add" entry ${i + 1} is ${phrase.trim().length} characters long; a phrase may have at most ${MAX_VAGUE_PHRASE_LENGTH}.` });
                } else if (typeof entry === 'string' && entry.trim()) {
                    add.push({ phrase: entry.trim() });
                } else if (isObject(entry) && typeof entry.phrase === 'string' && entry.phrase.trim()
                    && (entry.suggestion === undefined || typeof entry.suggestion === 'string')
                    && Object.keys(entry).every(k => k === 'phrase' || k === 'suggestion')) {
                    add.push({ phrase: entry.phrase.trim(), suggestion: entry.suggestion as string | undefined });
                } else {
                    problems.push({ file, pointer: `/vague/add/${i}`, message: `"vague.add" entry ${i + 1} must be a word or { "phrase": "...", "suggestion": "..." }.` });
                }
            });
        }
    }
    if (value.remove !== undefined) {
        if (!Array.isArray(value.remove)) {
            problems.push({ file, pointer: '/vague/remove', message: `"vague.remove" must be a list of words to allow.` });
        } else if (value.remove.length > MAX_VAGUE_ADDITIONS) {
            problems.push({ file, pointer: '/vague/remove', message: `"vague.remove" lists ${value.remove.length} phrases; at most ${MAX_VAGUE_ADDITIONS} are read, so none of them is used.` });
        } else {
            value.remove.forEach((entry, i) => {
                if (typeof entry === 'string' && entry.trim()) {
                    remove.push(entry.trim());
                } else {
                    problems.push({ file, pointer: `/vague/remove/${i}`, message: `"vague.remove" entry ${i + 1} must be a word or phrase.` });
                }
            });
        }
    }
    return { add, remove };
}

/** Characters no document, file name or XML attribute can carry: C0 and C1 controls, unpaired surrogates, U+FFFE and U+FFFF. */
const NOT_TEXT = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function readString(raw: Record<string, unknown>, key: string, file: string, problems: ConfigProblem[]): string | undefined {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string') {
        // reviewAuthor goes into the DOCX's XML, ocidPrefix into ids, templates into file paths:
        // a control character would make a document Word cannot open, so the default stands in.
        if (!NOT_TEXT.test(value)) return value;
        problems.push({ file, pointer: `/${key}`, message: `"${key}" holds a control character (such as \\u0000); write it as plain text.` });
        return undefined;
    }
    problems.push({ file, pointer: `/${key}`, message: `"${key}" must be text.` });
    return undefined;
}

/**
 * JSON.parse's complaint in a form people can act on: the line and column instead of an offset,
 * and without the copy of the whole file that V8 appends to some messages.
 */
function jsonErrorText(error: unknown, text: string): string {
    const message = (error instanceof Error ? error.message : String(error)).replace(/, ".*" is not valid JSON$/s, '');
    const at = / in JSON at position (\d+)/.exec(message);
    if (!at) {
        return message;
    }
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `${message.slice(0, at.index)} at line ${line}, column ${column}`;
}

/** A key as a JSON pointer token (RFC 6901): `~` and `/` escaped. */
function pointerToken(key: string): string {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
