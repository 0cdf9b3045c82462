import type { Need, Provider, Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import { needsAddressed, tenderFacts, visibleMarkets } from '../tender-facts.js';

/** With joint bids not accepted, no local provider can deliver everything a lot asks for. */
export default defineRule({
    meta: {
        id: 'lot-beyond-local-market',
        severity: 'warning',
        category: 'lots',
        description: 'With joint bids not accepted, no provider in the market offers every need a lot\'s services address.',
        source: 'Procurement Act 2023 s18 and s12(4): lots should be shaped so that small and medium-sized suppliers can bid, and suppliers may rely on consortium members (s22(8)–(9)); a lot no local provider can deliver alone, with joint bids refused, shuts the local market out (domain.md sections 4 and 5.1).'
    },
    create(context) {
        return {
            Tender(tender: Tender) {
                if (tender.collaboration?.jointBids !== 'not-accepted') {
                    return; // joint bids welcome or accepted, or nothing said: consortia may bid
                }
                const markets = visibleMarkets(tender, context.documents);
                const providers = markets.flatMap(m => m.providers);
                if (providers.length === 0) {
                    return; // no market visible: nothing to compare with
                }
                const facts = tenderFacts(tender);
                // without lots the whole contract is one lot
                const units = facts.lots.length > 0
                    ? facts.lots.map(l => ({ node: l.lot, label: `lot ${l.lot.name}`, needs: needsAddressed(l.services) }))
                    : [{ node: tender, label: 'the contract (it has no lots)', needs: needsAddressed(tender.services) }];
                for (const unit of units) {
                    if (unit.needs.length === 0 || !unit.node.name) {
                        continue;
                    }
                    const ranked = providers
                        .map(p => ({ provider: p, offered: unit.needs.filter(n => offers(p, n)).length }))
                        .sort((a, b) => b.offered - a.offered);
                    if (ranked[0].offered === unit.needs.length) {
                        continue;
                    }
                    const nearest = ranked[0].offered > 0
                        ? ` Nearest: ${ranked[0].provider.displayName ?? ranked[0].provider.name}, ${ranked[0].offered} of ${unit.needs.length}.` : '';
                    context.report({
                        node: unit.node,
                        property: 'name',
                        message: fit(unit.needs.map(n => n.name), needs => `No local provider offers every need ${unit.label} addresses${needs}, and joint bids are not accepted: accept them, or split the lot.${nearest}`)
                    });
                }
            }
        };
    }
});

/** Whether a provider offers a need: the same declaration, or one with the same qualified name. */
function offers(provider: Provider, need: Need): boolean {
    return provider.offers.some(ref => {
        const offered = ref.ref;
        return offered === need || (!!offered && offered.name === need.name && offered.$container?.name === need.$container?.name);
    });
}

/** The message naming the needs when that fits in about 200 characters, else without the list. */
function fit(needs: readonly string[], message: (needs: string) => string): string {
    const full = message(` (${needs.join(', ')})`);
    return full.length <= 200 ? full : message('');
}
