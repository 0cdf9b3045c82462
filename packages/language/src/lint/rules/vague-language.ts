import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { TenderAstType } from '../../generated/ast.js';
import type { FixProposal, RuleVisitors } from '../define-rule.js';
import { defineRule } from '../define-rule.js';
import { isRange } from '../fix-utils.js';
import { allowInConfig } from '../config-edit.js';
import { isCurlyQuoted, unescapeText } from '../../values/text.js';
import type { VagueEntry, VagueMatch } from '../vague-matcher.js';
import { matcherFor } from '../vague-matcher.js';
import { textTokensOf } from '../text-tokens.js';

/**
 * The texts scanned, by element: what the commissioner writes to describe, specify and score the
 * service. Not scanned: names and references, buyers, areas and places, CPV labels, policy names,
 * contributors, and personas' stories and sayings, which are people's own words.
 */
const SCANNED: { readonly [K in keyof TenderAstType]?: readonly string[] } = {
    Tender: ['title', 'purpose'],
    Engagement: ['serviceUsers', 'providers', 'commissioners'],
    Cohort: ['description', 'assets'],
    Outcome: ['statement', 'indicator', 'evidence'],
    Service: ['title', 'description'],
    Lot: ['title'],
    NoLots: ['reason'],
    Criterion: ['title'],
    SubCriterion: ['title'],
    SocialValueRequirement: ['text'],
    Participation: ['insurance', 'accreditations', 'requirements'],
    ContractReview: ['text'],
    Risk: ['text', 'mitigation'],
    Need: ['text'],
    PopulationOutcome: ['text', 'indicators'],
    Grant: ['title', 'eligibility']
};

const WHAT: Record<VagueEntry['kind'], string> = {
    avoid: 'is on GOV.UK\'s list of words to avoid',
    wordy: 'has a plainer alternative',
    metaphor: 'is a metaphor',
    qualifier: 'cannot be measured',
    buzzword: 'is vague',
    project: 'is on this project\'s list of vague words'
};

/** Vague or "fluffy" words in the tender's texts, each occurrence on its exact characters. */
export default defineRule({
    meta: {
        id: 'vague-language',
        severity: 'warning',
        category: 'plain-language',
        description: 'Vague, wordy or unmeasurable words and phrases in the tender\'s texts.',
        source: 'Procurement Act 2023 s21(6): requirements must be sufficiently clear and specific; s23(2): award criteria clear, measurable and specific. Word lists from the GOV.UK style guide, plain English swaps and ambiguous-terms tables (domain.md section 9).',
        hasFix: true
    },
    create(context) {
        const matcher = matcherFor(context.config.vague);
        const document = context.document;
        const scan = (node: AstNode, properties: ReadonlySet<string>) => {
            for (const leaves of textTokensOf(node, properties).values()) {
                for (const leaf of leaves) {
                    // Text tokens only: straight-quoted, or in Word's curly quotes.
                    const token = leaf.text;
                    if (!token.startsWith('"') && !isCurlyQuoted(token)) {
                        continue;
                    }
                    const text = textValue(token);
                    for (const match of matcher.scan(text.value)) {
                        const at = (i: number) => document.textDocument.positionAt(leaf.offset + text.offset(i));
                        const range = { start: at(match.start), end: at(match.end) };
                        context.report({
                            node,
                            range,
                            message: messageFor(match),
                            data: fixData(match, text.value, at)
                        });
                    }
                }
            }
        };
        const visitors: Record<string, (node: AstNode) => void> = {};
        for (const [type, properties] of Object.entries(SCANNED)) {
            const wanted = new Set(properties);
            visitors[type] = node => scan(node, wanted);
        }
        return visitors as RuleVisitors;
    },
    fix({ data, range, document, configFile }) {
        const proposals: FixProposal[] = [];
        const found = typeof data.found === 'string' ? data.found : document.textDocument.getText(range);
        if (typeof data.replacement === 'string') {
            proposals.push({
                title: `Replace "${found}" with "${data.replacement}"`,
                edits: [{ range, newText: escapeForText(data.replacement) }],
                safe: data.dropIn === true,
                preferred: true
            });
        }
        if (isRange(data.removal) && typeof data.removalText === 'string') {
            proposals.push({
                title: `Remove "${found}"`,
                edits: [{ range: data.removal, newText: escapeForText(data.removalText) }],
                safe: false,
                preferred: proposals.length === 0
            });
        }
        if (typeof data.allow === 'string') {
            const file = configFile();
            const edit = file && allowInConfig(file.text, data.allow);
            if (file && edit) {
                proposals.push({
                    title: `Allow "${data.allow}" in this project`,
                    edits: [],
                    safe: false,
                    otherFile: { uri: file.uri, edits: [edit], create: file.text === undefined }
                });
            }
        }
        return proposals;
    }
});

/**
 * A text token's value, and where each of its characters stands in the token. Nearly every text
 * has no escape, and then each character stands one after the opening quote: unescapeText's table
 * of offsets, a number for every character, and its value built a character at a time, took most
 * of the time (and the memory) of scanning a long text.
 */
function textValue(token: string): { value: string; offset: (i: number) => number } {
    const curly = isCurlyQuoted(token);
    if (curly || !token.includes('\\')) {
        const closed = token.length >= 2 && (curly ? /[”"]$/.test(token) : token.endsWith('"'));
        return { value: token.slice(1, closed ? token.length - 1 : token.length), offset: i => i + 1 };
    }
    const { value, offsets } = unescapeText(token);
    return { value, offset: i => offsets[i] };
}

function messageFor(match: VagueMatch): string {
    const { entry } = match;
    return `"${match.text}" ${WHAT[entry.kind]}: ${entry.suggestion}.`;
}

/** What the fixes need, worked out while the text is at hand: only positions and strings. */
function fixData(match: VagueMatch, value: string, at: (i: number) => Range['start']): Record<string, unknown> {
    const { entry } = match;
    const data: Record<string, unknown> = { found: match.text, allow: entry.of ?? entry.phrase };
    if (entry.replacement !== undefined) {
        data.replacement = matchCase(entry.replacement, match.text);
        data.dropIn = entry.dropIn === true;
    }
    if (entry.removable) {
        const removal = removalOf(value, match.start, match.end);
        data.removal = { start: at(removal.start), end: at(removal.end) };
        data.removalText = removal.text;
    }
    return data;
}

/**
 * What to take out of the text to drop a phrase, so the sentence still reads: "support, where
 * possible, to" loses ", where possible,"; "adults as appropriate, working" loses " as
 * appropriate"; a phrase opening the text goes with the comma and space after it, and the next
 * word takes its capital.
 */
export function removalOf(value: string, start: number, end: number): { start: number; end: number; text: string } {
    // Look back from the phrase character by character: searching the whole text before it for
    // trailing spaces made each finding cost the length of the text (minutes for a pasted document).
    let spaceStart = start;
    while (spaceStart > 0 && /\s/.test(value[spaceStart - 1])) spaceStart--;
    if (spaceStart < start && spaceStart > 0 && value[spaceStart - 1] === ',' && value[end] === ',') {
        return { start: spaceStart - 1, end: end + 1, text: '' };
    }
    if (spaceStart < start) {
        return { start: spaceStart, end, text: '' };
    }
    const after = /^[,;:]?\s*/.exec(value.slice(end))![0];
    const next = value[end + after.length];
    if (start === 0 && next && /\p{Ll}/u.test(next) && /^\p{Lu}/u.test(value)) {
        return { start, end: end + after.length + 1, text: next.toUpperCase() };
    }
    return { start, end: end + after.length, text: '' };
}

/** The replacement in the case the text used: "Utilise" becomes "Use", "ETC" stays shouting. */
function matchCase(replacement: string, found: string): string {
    if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) {
        return replacement.toUpperCase();
    }
    if (/^\p{Lu}/u.test(found)) {
        return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return replacement;
}

/** Text going inside a string literal keeps the literal well formed. */
function escapeForText(value: string): string {
    return value.replace(/[\\"]/g, '\\$&');
}
