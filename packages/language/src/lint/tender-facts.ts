/**
 * Facts about a tender that several rules need: its value as Money, the award-criteria blocks in
 * force, its lots with their values, which services the lots cover, the markets it can see.
 * Computed once per tender and memoised, so whole-tender sums run once per lint, not once per
 * rule or per node.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, URI } from 'langium';
import type { AwardCriteria, Criterion, Lot, Market, Need, Service, Tender } from '../generated/ast.js';
import { isMarket, isModel, isTender } from '../generated/ast.js';
import { importClosure } from '../references/imports.js';
import { memoisePerLinkingPass } from '../memo.js';
import type { Money } from '../values/money.js';
import { moneyOf } from '../values/money.js';

export interface LotFacts {
    readonly lot: Lot;
    /** The lot's value; undefined when missing or unreadable. */
    readonly value: Money | undefined;
    /** The lot's services that resolve. */
    readonly services: readonly Service[];
}

export interface TenderFacts {
    /** The tender's estimated value; undefined when missing or unreadable. */
    readonly value: Money | undefined;
    /** The tender's own award-criteria block, then each lot's own block, in source order. */
    readonly criteriaBlocks: readonly AwardCriteria[];
    readonly lots: readonly LotFacts[];
    /**
     * The lot worth least, when every lot has a value above zero in the tender's currency (a lot
     * of £0 is a placeholder still to be filled in, not a value). Undefined otherwise.
     */
    readonly smallestLot: LotFacts | undefined;
    /** Services named by at least one lot. */
    readonly servicesInLots: ReadonlySet<Service>;
}

/** The facts of a tender, computed once per parse and link of its document. */
export const tenderFacts = memoisePerLinkingPass(computeFacts);

function computeFacts(tender: Tender): TenderFacts {
    const value = moneyOf(tender.value?.amount);
    const criteriaBlocks: AwardCriteria[] = [];
    if (tender.awardCriteria) {
        criteriaBlocks.push(tender.awardCriteria);
    }
    const lots: LotFacts[] = [];
    const servicesInLots = new Set<Service>();
    for (const lot of tender.lots) {
        if (lot.awardCriteria) {
            criteriaBlocks.push(lot.awardCriteria);
        }
        const services: Service[] = [];
        for (const ref of lot.services) {
            const service = ref.ref;
            if (service) {
                services.push(service);
                servicesInLots.add(service);
            }
        }
        lots.push({ lot, value: moneyOf(lot.value), services });
    }
    return { value, criteriaBlocks, lots, smallestLot: smallest(lots, value), servicesInLots };
}

function smallest(lots: readonly LotFacts[], tenderValue: Money | undefined): LotFacts | undefined {
    let result: LotFacts | undefined;
    const currency = tenderValue?.currency ?? lots[0]?.value?.currency;
    for (const lot of lots) {
        if (!lot.value || lot.value.minor <= 0 || lot.value.currency !== currency) {
            return undefined;
        }
        if (!result || lot.value.minor < result.value!.minor) {
            result = lot;
        }
    }
    return result;
}

/** The tender that holds a node (a lot, a criterion, ...), if any. */
export function tenderOf(node: { $container?: unknown } | undefined): Tender | undefined {
    let current = node as { $container?: unknown; $type?: string } | undefined;
    while (current) {
        if (isTender(current)) {
            return current;
        }
        current = current.$container as typeof current;
    }
    return undefined;
}

/**
 * The award-criteria block that applies to a lot: its own, else the tender's. A lot's own block
 * replaces the tender's for that lot (docs/language.md section 3).
 */
export function effectiveCriteria(tender: Tender, lot?: Lot): AwardCriteria | undefined {
    return lot?.awardCriteria ?? tender.awardCriteria;
}

/** Total weight of the criteria of one kind in a block; undefined when any of them has no weight. */
export function weightOfKind(block: AwardCriteria, kind: Criterion['kind']): { total: number; criteria: Criterion[] } | undefined {
    const criteria = block.criteria.filter(c => c.kind === kind);
    let total = 0;
    for (const criterion of criteria) {
        if (criterion.weight === undefined) {
            return undefined;
        }
        total += criterion.weight;
    }
    return { total, criteria };
}

/** The needs a set of services address, resolved, without repeats, in order of first mention. */
export function needsAddressed(services: readonly Service[]): Need[] {
    const result: Need[] = [];
    const seen = new Set<Need>();
    for (const service of services) {
        for (const ref of service.addresses) {
            const need = ref.ref;
            if (need && !seen.has(need)) {
                seen.add(need);
                result.push(need);
            }
        }
    }
    return result;
}

/**
 * The markets a tender can see: those in its own file and in every file that file imports,
 * directly or through other imports (the same closure as name resolution). Not memoised across
 * lints: an imported market can change while the tender's text stays the same.
 */
export function visibleMarkets(tender: Tender, documents: LangiumDocuments): Market[] {
    const document = documentOf(tender);
    if (!document) {
        return [];
    }
    const markets: Market[] = [];
    const own = document.uri.toString();
    // its own file first, then the imported ones in a stable order
    const uris = [own, ...[...importClosure(document, documents)].filter(u => u !== own).sort()];
    for (const uri of uris) {
        const other = uri === own ? document : documents.getDocument(URI.parse(uri));
        const root = other?.parseResult?.value;
        if (!isModel(root)) {
            continue;
        }
        for (const element of root.elements) {
            if (isMarket(element)) {
                markets.push(element);
            }
        }
    }
    return markets;
}

function documentOf(node: Tender): LangiumDocument | undefined {
    try {
        return AstUtils.getDocument(node);
    } catch {
        return undefined; // a node outside any document (built by hand in a tool)
    }
}

/** Compares two amounts in the same currency; undefined when the currencies differ. */
export function compareMoney(a: Money, b: Money): number | undefined {
    return a.currency === b.currency ? a.minor - b.minor : undefined;
}
