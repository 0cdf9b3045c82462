import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Lot, Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { endOfBlock, insertAfterNode, isPosition, linesForBlock } from '../fix-utils.js';
import { tenderFacts } from '../tender-facts.js';

/** Lots exist but a service is in none of them. */
export default defineRule({
    meta: {
        id: 'service-not-in-lot',
        severity: 'warning',
        category: 'lots',
        absence: 'element',
        description: 'The tender is divided into lots but a service is in none of them.',
        source: 'Procurement Act 2023 s18 and PR 2024 reg 18: where a contract is awarded by lots, each lot says what it covers; a service in no lot is bought by no contract (domain.md section 4).',
        hasFix: true
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                const facts = tenderFacts(tender);
                if (facts.lots.length === 0 || !tender.lots.some(l => l.services.length > 0)) {
                    return; // no lots, or lots still being written with no services named yet
                }
                const lots = tender.lots.filter(l => !!l.name && !!l.$cstNode);
                for (const service of tender.services) {
                    if (!service.name || facts.servicesInLots.has(service)) {
                        continue;
                    }
                    context.report({
                        node: service,
                        property: 'name',
                        message: `Service ${service.name} is in no lot: add it to the lot that should deliver it, or to a lot of its own.`,
                        data: { service: service.name, lots: lots.map(lot => ({ name: lot.name, ...placeIn(context.document, lot) })) }
                    });
                }
            }
        };
    },
    fix({ data }) {
        if (typeof data.service !== 'string' || !Array.isArray(data.lots)) {
            return [];
        }
        const proposals = [];
        for (const lot of data.lots as unknown[]) {
            const { name, at, prefix, suffix } = (lot ?? {}) as { name?: unknown; at?: unknown; prefix?: unknown; suffix?: unknown };
            if (typeof name !== 'string' || !isPosition(at) || typeof prefix !== 'string') {
                continue;
            }
            proposals.push({
                title: `Add ${data.service} to lot ${name}`,
                edits: [{ range: { start: at, end: at }, newText: `${prefix}${data.service}${typeof suffix === 'string' ? suffix : ''}` }],
                safe: false,
                preferred: (data.lots as unknown[]).length === 1
            });
        }
        return proposals;
    }
});

/**
 * Where a service name goes in a lot, and the text before it: after its last service, as a new
 * `services` line in its block, or in a new block.
 */
function placeIn(document: LangiumDocument, lot: Lot): { at?: Position; prefix?: string; suffix?: string } {
    const cst = lot.$cstNode!;
    if (lot.services.length > 0) {
        const last = GrammarUtils.findNodeForProperty(cst, 'services', lot.services.length - 1);
        return { at: last?.range.end, prefix: ', ' };
    }
    const block = endOfBlock(document, lot);
    if (block) {
        const text = linesForBlock(block, ['services \u0000']);
        const [prefix, suffix] = text.split('\u0000');
        return { at: block.position, prefix, suffix };
    }
    return { at: insertAfterNode(lot, lot.title !== undefined ? 'title' : 'name'), prefix: ' { services ', suffix: ' }' };
}
