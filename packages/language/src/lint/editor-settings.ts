/**
 * Editor settings (VS Code's `tender.*`) as lint configuration. They mirror tender.config.json and
 * are read by the same parser, so a threshold means the same thing in both places and gets the same
 * messages when it is wrong. Editor settings lie under the config file: the file wins where both set
 * a value (ConfigProvider layers them).
 *
 * The settings section, as the editor sends it:
 *   { rules: { "weights-sum": "warning" },
 *     thresholds: { lotsThreshold: "£300,000", minSocialValueWeight: 15, ... },   // null: not set
 *     vague: { add: ["synergy", { phrase: "world class", suggestion: "..." }], remove: ["robust"] } }
 */
import type { ConfigProblem, LintConfig, Thresholds } from './config.js';
import { DEFAULT_THRESHOLDS, parseConfig } from './config.js';

/** The settings section the language server asks the editor for. */
export const EDITOR_SETTINGS_SECTION = 'tender';

/** How problems in editor settings name their source. */
export const EDITOR_SETTINGS_SOURCE = 'VS Code settings (tender.*)';

export interface EditorLintSettings {
    readonly config: Partial<LintConfig>;
    /** Settings that could not be used, with what to do about them. */
    readonly problems: readonly ConfigProblem[];
}

const THRESHOLD_NAMES = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];

/**
 * Maps the `tender` settings section to the part of a LintConfig it sets. Only what the user set
 * is returned (null, empty text and empty lists mean "not set"), so the defaults and the config
 * file show through the rest. Never throws.
 */
export function editorSettingsToConfig(settings: unknown, knownRules: ReadonlySet<string>): EditorLintSettings {
    if (!isObject(settings)) {
        return { config: {}, problems: [] };
    }
    const problems: ConfigProblem[] = [];
    // The same shape as tender.config.json, so parseConfig validates it.
    const asFile: Record<string, unknown> = {};
    if (isSet(settings.rules)) {
        asFile.rules = settings.rules;
    }
    const setThresholds = new Set<keyof Thresholds>();
    if (isObject(settings.thresholds)) {
        for (const [name, value] of Object.entries(settings.thresholds)) {
            if (!isSet(value)) continue;
            if (!(THRESHOLD_NAMES as string[]).includes(name)) {
                problems.push({ file: EDITOR_SETTINGS_SOURCE, pointer: `/thresholds/${name}`, message: `Unknown setting "tender.thresholds.${name}"; the thresholds are ${THRESHOLD_NAMES.join(', ')}.` });
                continue;
            }
            asFile[name] = value;
            setThresholds.add(name as keyof Thresholds);
        }
    } else if (isSet(settings.thresholds)) {
        problems.push({ file: EDITOR_SETTINGS_SOURCE, pointer: '/thresholds', message: `"tender.thresholds" must be an object of threshold name to value.` });
    }
    if (isObject(settings.vague)) {
        const vague: Record<string, unknown> = {};
        if (isSet(settings.vague.add)) vague.add = settings.vague.add;
        if (isSet(settings.vague.remove)) vague.remove = settings.vague.remove;
        asFile.vague = vague;
    } else if (isSet(settings.vague)) {
        asFile.vague = settings.vague; // parseConfig says what is wrong with it
    }
    const parsed = parseConfig(JSON.stringify(asFile), EDITOR_SETTINGS_SOURCE, knownRules);
    for (const problem of parsed.problems) {
        problems.push({ ...problem, message: asSettingMessage(problem.message) });
    }
    const thresholds = Object.fromEntries(
        [...setThresholds].filter(name => !problems.some(p => p.pointer === `/${name}`)).map(name => [name, parsed.thresholds[name]])
    ) as Partial<Thresholds>;
    const config: { -readonly [K in keyof LintConfig]?: LintConfig[K] } = {};
    if (Object.keys(parsed.rules).length > 0) config.rules = parsed.rules;
    if (Object.keys(thresholds).length > 0) config.thresholds = thresholds as Thresholds;
    if (parsed.vague.add.length > 0 || parsed.vague.remove.length > 0) config.vague = parsed.vague;
    return { config, problems };
}

/** parseConfig speaks of keys in tender.config.json; say which setting the user should change. */
function asSettingMessage(message: string): string {
    return message
        .replace(/^"(lotsThreshold|grantThreshold|minSocialValueWeight|maxPriceWeight|defaultFormationPeriod|advisoryTenderingDays)"/, '"tender.thresholds.$1"')
        .replace(/^"vague\.(add|remove)"/, '"tender.vague.$1"')
        .replace(/^"(rules|vague)"/, '"tender.$1"')
        .replace(/ in "rules"\.$/, ' in "tender.rules".');
}

function isSet(value: unknown): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    if (isObject(value)) return Object.keys(value).length > 0;
    return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
