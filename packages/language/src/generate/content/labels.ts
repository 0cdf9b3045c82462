/**
 * Words for the language's keywords, as they read in a tender document. Templates reach these
 * through the `label` helper (`{{label "procedure" procedure}}`), tables use them directly.
 */

const LABELS = {
    procedure: {
        'open': 'open procedure',
        'competitive-flexible': 'competitive flexible procedure',
        'direct-award': 'direct award',
        'framework-call-off': 'call-off from a framework'
    },
    regime: {
        'standard': 'standard regime',
        'light-touch': 'light touch regime'
    },
    jurisdiction: {
        'england': 'England',
        'wales': 'Wales',
        'northern-ireland': 'Northern Ireland',
        'scotland': 'Scotland'
    },
    /** The law the procurement is run under, by jurisdiction (docs/domain.md sections 1 and 8). */
    law: {
        'england': 'the Procurement Act 2023',
        'wales': 'the Procurement Act 2023',
        'northern-ireland': 'the Procurement Act 2023',
        'scotland': 'the Procurement Reform (Scotland) Act 2014 and the Public Contracts (Scotland) Regulations 2015'
    },
    stage: {
        'analyse': 'analyse',
        'plan': 'plan',
        'do': 'do',
        'review': 'review'
    },
    criterion: {
        'technical': 'Quality',
        'social-value': 'Social value',
        'price': 'Price',
        'other': 'Other'
    },
    'joint-bids': {
        'welcome': 'welcome',
        'accepted': 'accepted',
        'not-accepted': 'not accepted'
    },
    model: {
        'co-location': 'co-location',
        'informal-network': 'an informal network',
        'alliance-contract': 'an alliance contract',
        'joint-venture': 'a joint venture',
        'lead-provider': 'a lead provider',
        'prime-subcontractor': 'a prime contractor with subcontractors',
        'external-lead': 'an external lead organisation',
        'new-legal-entity': 'a new legal entity'
    },
    'risk-sharing': {
        'jointly-and-severally-liable': 'joint and several liability',
        'memorandum-of-understanding': 'a memorandum of understanding',
        'partnership-agreement': 'a partnership agreement',
        'non-disclosure-agreement': 'a non-disclosure agreement',
        'service-level-agreement': 'a service level agreement'
    },
    payment: {
        'block': 'block payment',
        'outcomes': 'payment by outcomes',
        'spot-purchase': 'spot purchase'
    },
    engagement: {
        'inform': 'inform',
        'consult': 'consult',
        'involve': 'involve',
        'collaborate': 'collaborate',
        'empower': 'empower'
    },
    level: {
        'low': 'Low',
        'medium': 'Medium',
        'high': 'High'
    },
    unit: {
        'people': 'people',
        'households': 'households',
        'families': 'families',
        'places': 'places'
    }
} as const satisfies Record<string, Record<string, string>>;

export type LabelKind = keyof typeof LABELS;

export const LABEL_KINDS: readonly LabelKind[] = Object.keys(LABELS) as LabelKind[];

export function isLabelKind(kind: string): kind is LabelKind {
    return Object.prototype.hasOwnProperty.call(LABELS, kind);
}

/** The reading of a keyword; the keyword itself when it has none (a half-written tender). */
export function label(kind: LabelKind, value: string | null | undefined): string {
    if (value === null || value === undefined) return '';
    const table: Readonly<Record<string, string>> = LABELS[kind];
    return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : value;
}

/** `A`, `A and B`, `A, B and C`. */
export function listText(items: readonly string[]): string {
    const present = items.filter(i => i.length > 0);
    if (present.length <= 1) return present.join('');
    return `${present.slice(0, -1).join(', ')} and ${present[present.length - 1]}`;
}

/**
 * `Lot 2: Housing-led support`: a lot's number and title as a heading or caption. A title that
 * already starts with its lot number (`Lot 1: Refuge accommodation`, `Lot 1 - Refuge`) is used
 * as it is, never as "Lot 1: Lot 1: ...". Without a title, the name in words (`Key worker lot`).
 */
export function lotHeading(lot: { readonly number: number; readonly title: string | null; readonly name: string }): string {
    const title = lot.title?.replace(/\s+/g, ' ').trim() ?? '';
    if (title.length === 0) return `Lot ${lot.number}: ${nameToWords(lot.name)}`;
    return startsWithLotNumber(title, lot.number) ? title : `Lot ${lot.number}: ${title}`;
}

/** Whether a title already says its lot number: `Lot 1`, `Lot 1:`, `LOT 1 -`, but not `Lot 12` for lot 1. */
export function startsWithLotNumber(title: string, number: number): boolean {
    return new RegExp(`^lot\\s*0*${number}(?![0-9])`, 'i').test(title.trim());
}

/** `SettledHome` → `Settled home`; `KeyWorkerLot` → `Key worker lot`; runs of capitals (`NHSTrust`) stay together. */
export function nameToWords(name: string): string {
    const words = name
        .replace(/_/g, ' ')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/\s+/)
        .filter(w => w.length > 0)
        .map((w, i) => (i > 0 && /^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w));
    const text = words.join(' ');
    return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
