/**
 * The JSON Schema of tender.config.json, built from the rule list and the defaults in config.ts so
 * that editors complete every rule id and show every default, and neither can drift from the code.
 * `scripts/write-config-schema.mjs` writes it to `schemas/tender.config.schema.json`; a test fails
 * when the published file differs from what this builds.
 *
 * It describes exactly what `parseConfig` accepts: a config the schema rejects gets a problem from
 * parseConfig too, with the same JSON pointer.
 */
import { formatDuration } from '../values/duration.js';
import { formatMoney } from '../values/money.js';
import { CONFIG_FILE_NAME, DEFAULT_THRESHOLDS, LONGEST_SETTING_DAYS, MAX_VAGUE_ADDITIONS, MAX_VAGUE_PHRASE_LENGTH } from './config.js';
import type { RuleMeta } from './define-rule.js';
import { ruleDocsUrl } from './docs.js';

/** The schema's own address, as published with the package. */
export const CONFIG_SCHEMA_ID = 'https://github.com/tender-lang/tender/blob/main/packages/language/schemas/tender.config.schema.json';

/** The subset of JSON Schema draft-07 this file uses. */
export interface JsonSchema {
    readonly $schema?: string;
    readonly $id?: string;
    readonly $ref?: string;
    readonly title?: string;
    readonly description?: string;
    readonly markdownDescription?: string;
    readonly type?: string | readonly string[];
    readonly enum?: readonly unknown[];
    readonly default?: unknown;
    readonly examples?: readonly unknown[];
    readonly pattern?: string;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly maxItems?: number;
    readonly properties?: Readonly<Record<string, JsonSchema>>;
    readonly required?: readonly string[];
    readonly additionalProperties?: boolean | JsonSchema;
    readonly propertyNames?: JsonSchema;
    readonly items?: JsonSchema;
    readonly oneOf?: readonly JsonSchema[];
    readonly anyOf?: readonly JsonSchema[];
    readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

// The same forms as the language's MONEY terminal and values/money.ts, which trims.
const MONEY_PATTERN = '^\\s*[£€$](\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(bn|k|m)?\\s*$';
// 0% to 100%, as parseConfig accepts.
const PERCENT_PATTERN = '^(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)%$';
// As values/duration.ts parseDuration reads it.
const DURATION_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s+(day|days|week|weeks|month|months|year|years)\\s*$';
const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
// Not empty and not only spaces: parseConfig ignores nothing silently.
const SOME_TEXT = '\\S';

function money(what: string, fallback: string): JsonSchema {
    return {
        description: `${what} An amount such as "£250,000", "£2.4m" or "€950k", or a number of pounds. Default: ${fallback}.`,
        default: fallback,
        oneOf: [
            { type: 'string', pattern: MONEY_PATTERN },
            { type: 'number', minimum: 0 }
        ],
        examples: [fallback]
    };
}

function percent(what: string, fallback: number): JsonSchema {
    return {
        description: `${what} A percentage from 0 to 100, as a number (${fallback}) or text ("${fallback}%"). Default: ${fallback}.`,
        default: fallback,
        oneOf: [
            { type: 'number', minimum: 0, maximum: 100 },
            { type: 'string', pattern: PERCENT_PATTERN }
        ]
    };
}

/** The schema for a configuration file, with one property per rule. */
export function buildConfigSchema(rules: readonly { readonly meta: RuleMeta }[]): JsonSchema {
    const sorted = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
    const ruleProperties: Record<string, JsonSchema> = {};
    for (const { meta } of sorted) {
        ruleProperties[meta.id] = {
            type: 'string',
            enum: SEVERITIES,
            description: `${meta.description} Default: ${meta.severity}. ${ruleDocsUrl(meta.id)}`,
            markdownDescription: `${meta.description}\n\nDefault: \`${meta.severity}\`. [Documentation](${ruleDocsUrl(meta.id)})`,
            default: meta.severity
        };
    }
    const t = DEFAULT_THRESHOLDS;
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_ID,
        title: CONFIG_FILE_NAME,
        description: 'Configuration of the tender linter and tender pack writers. The nearest tender.config.json up the folder tree from a .tender file applies to it. Every key is optional.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: {
                type: 'string',
                description: 'The JSON Schema of this file, for editors: "./node_modules/@tender/language/schemas/tender.config.schema.json".'
            },
            rules: {
                type: 'object',
                description: 'Severity of each lint rule: "off", "info", "warning" or "error". Rules not listed keep their default severity.',
                default: {},
                properties: ruleProperties,
                propertyNames: { enum: sorted.map(r => r.meta.id) },
                additionalProperties: false
            },
            lotsThreshold: money('Value at or above which a tender should be divided into lots or say why not (unsplit-lots).', formatMoney(t.lotsThreshold)),
            grantThreshold: money('Value below which a lot would suit a grant (small-lot-grant), and below which a mandatory social value requirement is a burden (social-value-burden).', formatMoney(t.grantThreshold)),
            minSocialValueWeight: percent('Recognised minimum weight of social value criteria (social-value-weighting).', t.minSocialValueWeight),
            maxPriceWeight: percent('Highest weight of price criteria before price dominates (price-dominates).', t.maxPriceWeight),
            defaultFormationPeriod: {
                description: `Time a consortium needs to form, assumed when a tender's collaboration block names no formation-period (bid-window). A duration such as "6 weeks", or a number of days. Default: ${formatDuration(t.defaultFormationPeriod)}.`,
                default: formatDuration(t.defaultFormationPeriod),
                oneOf: [
                    { type: 'string', pattern: DURATION_PATTERN },
                    { type: 'number', minimum: 0, maximum: LONGEST_SETTING_DAYS }
                ]
            },
            advisoryTenderingDays: {
                type: 'integer',
                minimum: 0,
                maximum: LONGEST_SETTING_DAYS,
                description: `Advisory minimum tendering period in days, where no statutory minimum applies to an open or competitive flexible procedure (bid-window). Default: ${t.advisoryTenderingDays}.`,
                default: t.advisoryTenderingDays
            },
            vague: {
                type: 'object',
                description: 'Changes to the vague-language word list.',
                default: { add: [], remove: [] },
                additionalProperties: false,
                properties: {
                    add: {
                        type: 'array',
                        description: 'Words or phrases to flag as vague, each as text or as { "phrase", "suggestion" }; at most 5,000, each at most 200 characters.',
                        default: [],
                        maxItems: MAX_VAGUE_ADDITIONS,
                        items: {
                            oneOf: [
                                { type: 'string', pattern: SOME_TEXT, maxLength: MAX_VAGUE_PHRASE_LENGTH, description: 'A word or phrase to flag.' },
                                {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['phrase'],
                                    properties: {
                                        phrase: { type: 'string', pattern: SOME_TEXT, maxLength: MAX_VAGUE_PHRASE_LENGTH, description: 'The word or phrase to flag.' },
                                        suggestion: { type: 'string', description: 'What to write instead; offered as a quick fix.' }
                                    }
                                }
                            ]
                        }
                    },
                    remove: {
                        type: 'array',
                        description: 'Words or phrases of the built-in list to allow; at most 5,000.',
                        default: [],
                        maxItems: MAX_VAGUE_ADDITIONS,
                        items: { type: 'string', pattern: SOME_TEXT }
                    }
                }
            },
            templates: {
                type: 'string',
                description: 'Folder of Handlebars templates overriding the shipped ones for the DOCX and HTML outputs, relative to this file. Default: the shipped templates.'
            },
            ocidPrefix: {
                type: 'string',
                description: 'OCDS ocid prefix registered for the publisher, e.g. "ocds-213czf"; the OCDS release ids start with it. Default: none.',
                examples: ['ocds-213czf']
            },
            reviewAuthor: {
                type: 'string',
                description: 'Author named on tracked changes in generated redlines. Default: none.'
            }
        }
    };
}
