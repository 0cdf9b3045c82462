import { GrammarUtils } from 'langium';
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Outcome } from '../../generated/ast.js';
import { unescapeText } from '../../values/text.js';
import { defineRule } from '../define-rule.js';
import { hasText, isHalfTyped } from '../outcome-facts.js';
import vocabulary from '../vocabulary/activity-indicators.json' with { type: 'json' };

/**
 * An outcome that contributes to no framework (population-level) outcome, or whose indicator
 * counts activity rather than change for people.
 */
export default defineRule({
    meta: {
        id: 'service-level-outcome',
        severity: 'warning',
        category: 'outcomes',
        absence: 'node',
        description: 'An outcome contributes to no population-level outcome, or its indicator counts activity rather than change for people.',
        source: 'Whole systems commissioning commissions for population-level outcomes shared across the place (docs/language.md section 1); outcome-based contracts fix outcomes, not activities (GO Lab), and the Commissioning for Better Outcomes standards ask for person-centred, outcomes-focused commissioning (domain.md section 10).'
    },
    create(context) {
        return {
            Outcome(node: Outcome) {
                if (isHalfTyped(node, node.statement)) {
                    return;
                }
                // An unresolved contributes-to is a linking error already; the outcome meant to contribute.
                if (node.contributesTo.length === 0) {
                    context.report({
                        node,
                        property: 'name',
                        message: `Outcome ${node.name} contributes to no population-level outcome: add contributes-to with an outcome of the framework, so the service is commissioned for a change the place shares.`,
                        data: { kind: 'no-population-outcome' }
                    });
                }
                if (hasText(node.indicator)) {
                    const found = findActivity(node.indicator);
                    if (found) {
                        context.report({
                            node,
                            property: 'indicator',
                            range: rangeInText(context.document, node, 'indicator', found.start, found.end),
                            message: `Outcome ${node.name} has an indicator that counts activity ("${node.indicator.slice(found.start, found.end)}"), not change for people: measure what changes in their lives, e.g. the share in settled homes.`,
                            data: { kind: 'activity-indicator' }
                        });
                    }
                }
            }
        };
    }
});

interface Word {
    readonly text: string;
    readonly start: number;
    readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

function words(text: string): Word[] {
    return [...text.matchAll(WORD)].map(m => ({ text: m[0].toLowerCase().replace(/\.$/, ''), start: m.index, end: m.index + m[0].replace(/\.$/, '').length }));
}

function phrases(list: readonly string[]): string[][] {
    return list.map(p => p.toLowerCase().split(/\s+/).map(w => w.replace(/\.$/, '')).filter(Boolean)).sort((a, b) => b.length - a.length);
}

const ACTIVITIES = phrases(vocabulary.activities);
const COUNTING = phrases(vocabulary.countingBefore);
const DOING = phrases(vocabulary.doingAfter);
const BREAKERS = new Set(vocabulary.breakers.map(w => w.toLowerCase()));

/** The length of the longest phrase of `list` starting at word `i`, or 0. */
function matchAt(list: readonly string[][], ws: readonly Word[], i: number): number {
    for (const phrase of list) {
        if (phrase.every((w, k) => ws[i + k]?.text === w)) {
            return phrase.length;
        }
    }
    return 0;
}

/** The first stretch of the indicator that counts activity, as offsets into its value. */
export function findActivity(indicator: string): { start: number; end: number } | undefined {
    const ws = words(indicator);
    for (let i = 0; i < ws.length; i++) {
        const length = matchAt(ACTIVITIES, ws, i);
        if (length === 0) continue;
        const last = i + length - 1;
        let from: number | undefined;
        if (i === 0) {
            from = ws[0].start;
        }
        for (let gap = 0; gap <= vocabulary.maxGapBefore && from === undefined; gap++) {
            const between = ws.slice(Math.max(0, i - gap), i);
            if (between.some(w => BREAKERS.has(w.text))) break;
            for (const phrase of COUNTING) {
                const at = i - gap - phrase.length;
                if (at >= 0 && phrase.every((w, k) => ws[at + k].text === w)) {
                    from = ws[at].start;
                    break;
                }
            }
        }
        let to: number | undefined;
        for (let gap = 0; gap <= vocabulary.maxGapAfter && to === undefined; gap++) {
            const between = ws.slice(last + 1, last + 1 + gap);
            if (between.length < gap || between.some(w => BREAKERS.has(w.text))) break;
            const at = last + 1 + gap;
            const doing = matchAt(DOING, ws, at);
            if (doing > 0) {
                to = ws[at + doing - 1].end;
            }
        }
        if (from !== undefined || to !== undefined) {
            return { start: from ?? ws[i].start, end: to ?? ws[last].end };
        }
        i = last;
    }
    return undefined;
}

/** The source range of characters [start, end) of a text property's value. */
function rangeInText(document: LangiumDocument, node: Outcome, property: string, start: number, end: number): Range | undefined {
    const cst = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst) {
        return undefined;
    }
    const { offsets } = unescapeText(cst.text);
    return {
        start: document.textDocument.positionAt(cst.offset + offsets[start]),
        end: document.textDocument.positionAt(cst.offset + offsets[end])
    };
}
