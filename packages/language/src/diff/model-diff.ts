/**
 * What changed between two versions of a tender, compared as resolved models (TenderDocument),
 * never as text: moving an outcome, reformatting the file or writing £2.4m as £2,400,000 is no
 * change, while a weighting moved from 20% to 15% is.
 *
 * Each version is first projected onto what its author wrote (derived figures such as totals,
 * shares and back-references, and source positions, are left out), then the two projections are
 * compared:
 * - named elements (cohorts, personas, outcomes, services, lots, risks) are matched by name, award
 *   criteria and sub-criteria by title, targets by horizon, funding contributors by who, payments
 *   by mechanism; an element whose name differs but whose content is the same is `renamed`, and
 *   references to it in the other elements follow the new name (so a rename is one change);
 * - lists of references (an outcome's cohorts, a lot's services) are sets: order is no change;
 * - lists of text (a cohort's assets, participation requirements) are compared in order;
 * - the texts of framework needs and population outcomes the tender uses are compared by name.
 * Text is compared with its spaces collapsed, as the documents print it.
 *
 * Paths read like the model: `awardCriteria[Quality].weight`, `lots[HousingLot].value`,
 * `timeline.bidDeadline`, `cohorts[Adults].assets[2]` (positions count from 1). A key with
 * brackets, quotes or only digits in it is written as a JSON string: `awardCriteria["[Draft]"]`.
 * The order is the model's: its fields in order, elements in the new version's order, then the
 * elements that are gone in the old version's order.
 */
import type {
    AwardCriteriaModel, CohortModel, CriterionModel, LotModel, NeedRef, OutcomeModel, PopulationOutcomeRef,
    RiskModel, ServiceModel, TenderDocument
} from '../model/tender-document.js';
import { diffKeys } from './myers.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One change. `old` is null for `added`, `new` is null for `removed`; for `renamed` both are names (or titles). */
export interface TenderChange {
    readonly path: string;
    readonly kind: ChangeKind;
    readonly old: JsonValue;
    readonly new: JsonValue;
}

// ------------------------------------------------------------------ the projection

/** The kinds of named elements that other elements refer to, so a rename carries over. */
export type RenameKind = 'cohort' | 'outcome' | 'service' | 'lot';

/** Old name → new name, by kind. */
export type Renames = Readonly<Record<RenameKind, ReadonlyMap<string, string>>>;

type Node =
    | { readonly t: 'value'; readonly v: JsonValue }
    | { readonly t: 'record'; readonly fields: readonly (readonly [string, Node])[] }
    /** Present or absent as a whole (`noLots`): adding or removing it is one change. */
    | { readonly t: 'optional'; readonly node: Node | null }
    /**
     * Elements by key. `reported: false` for things the tender only uses (framework needs): their
     * content changes are reported, their coming and going is reported where they are used.
     */
    | { readonly t: 'keyed'; readonly items: readonly KeyedItem[]; readonly reported: boolean }
    | { readonly t: 'set'; readonly items: readonly string[] }
    | { readonly t: 'list'; readonly items: readonly JsonValue[] };

interface KeyedItem {
    readonly key: string;
    readonly node: Node;
}

const value = (v: JsonValue | undefined): Node => ({ t: 'value', v: v === undefined ? null : v });
const record = (fields: readonly (readonly [string, Node])[]): Node => ({ t: 'record', fields });
/** Names, without those a syntax error left undefined. */
const set = (items: readonly string[]): Node => ({ t: 'set', items: items.filter(item => typeof item === 'string') });
const list = (items: readonly JsonValue[]): Node => ({ t: 'list', items });

/** Text as the documents print it: spaces collapsed, trimmed. */
function text(raw: string | null | undefined): JsonValue {
    if (raw === null || raw === undefined) return null;
    return raw.replace(/\s+/g, ' ').trim();
}

/**
 * Keys unique within a list: a repeated key (an error in the tender) gets `#2`, `#3`. An item a
 * syntax error left without its name or kind (`payment outcom%` has no mechanism, whatever the
 * model's type says) is keyed by its place in the list, so a half-written version is still compared.
 */
function keyed(items: readonly { key: string; node: Node }[], reported = true): Node {
    const seen = new Map<string, number>();
    return {
        t: 'keyed',
        reported,
        items: items.map((item, i) => {
            const key = typeof item.key === 'string' ? item.key : `#${i + 1}`;
            const count = (seen.get(key) ?? 0) + 1;
            seen.set(key, count);
            return count === 1 ? { key, node: item.node } : { key: `${key}#${count}`, node: item.node };
        })
    };
}

class Projector {
    constructor(private readonly renames: Renames) {}

    private ref(kind: RenameKind, name: string): string {
        return this.renames[kind].get(name) ?? name;
    }

    tender(model: TenderDocument): Node {
        return record([
            ['name', value(model.name)],
            ['title', value(text(model.title))],
            ['reference', value(text(model.reference))],
            ['buyer', value(text(model.buyer))],
            ['version', value(text(model.version))],
            ['stage', value(model.stage)],
            ['jurisdiction', value(model.jurisdiction)],
            ['procedure', value(model.procedure)],
            ['regime', value(model.regime)],
            ['cpv', keyed(model.cpv.map(c => ({ key: c.code, node: record([['label', value(text(c.label))]]) })))],
            ['value', record([
                ['amount', value(model.value?.amount?.display)],
                ['term', value(model.value?.term?.display)]
            ])],
            ['issued', value(model.issued?.iso)],
            ['funding', record([
                ['contributors', keyed((model.funding?.contributors ?? []).map(c => ({
                    key: String(text(c.who)),
                    node: record([['amount', value(c.amount?.display)]])
                })))]
            ])],
            ['coFunders', list(model.coFunders.map(text))],
            ['purpose', value(text(model.purpose))],
            ['engagement', record([
                ['level', value(model.engagement?.level)],
                ['serviceUsers', value(text(model.engagement?.serviceUsers))],
                ['providers', value(text(model.engagement?.providers))],
                ['commissioners', value(text(model.engagement?.commissioners))]
            ])],
            ['cohorts', this.cohorts(model.cohorts)],
            ['outcomes', this.outcomes(model.outcomes)],
            ['services', this.services(model.services)],
            ['lots', this.lots(model.lots)],
            ['lotRules', record([['maxPerBidder', value(model.lotRules?.maxPerBidder)]])],
            ['noLots', { t: 'optional', node: model.noLots ? record([['reason', value(text(model.noLots.reason))]]) : null }],
            ['awardCriteria', this.criteria(model.awardCriteria)],
            ['socialValue', record([
                ['policy', value(text(model.socialValue?.policy))],
                ['requirements', list((model.socialValue?.requirements ?? []).map(r => ({ text: text(r.text), mandatory: r.mandatory })))]
            ])],
            ['collaboration', record([
                ['jointBids', value(model.collaboration?.jointBids)],
                ['models', set(model.collaboration?.models ?? [])],
                ['leadOrganisation', value(model.collaboration?.leadOrganisation)],
                ['riskSharing', set(model.collaboration?.riskSharing ?? [])],
                ['formationPeriod', value(model.collaboration?.formationPeriod?.display)],
                ['subcontractShare', value(model.collaboration?.subcontractShare?.display)]
            ])],
            ['participation', record([
                ['minimumTurnover', value(model.participation?.minimumTurnover?.display)],
                ['insurance', list((model.participation?.insurance ?? []).map(text))],
                ['accreditations', list((model.participation?.accreditations ?? []).map(text))],
                ['requirements', list((model.participation?.requirements ?? []).map(text))]
            ])],
            ['timeline', record([
                ['marketEngagement', value(model.timeline?.marketEngagement?.iso)],
                ['plannedProcurementNotice', value(model.timeline?.plannedProcurementNotice?.iso)],
                ['publish', value(model.timeline?.publish?.iso)],
                ['participationDeadline', value(model.timeline?.participationDeadline?.iso)],
                ['clarificationDeadline', value(model.timeline?.clarificationDeadline?.iso)],
                ['bidDeadline', value(model.timeline?.bidDeadline?.iso)],
                ['award', value(model.timeline?.award?.iso)],
                ['contractStart', value(model.timeline?.contractStart?.iso)]
            ])],
            ['contract', record([
                ['duration', value(model.contract?.duration?.display)],
                ['extension', value(model.contract?.extension?.display)],
                ['review', record([
                    ['every', value(model.contract?.review?.every?.display)],
                    ['text', value(text(model.contract?.review?.text))]
                ])],
                ['payments', keyed((model.contract?.payments ?? []).map(p => ({ key: p.mechanism, node: record([['share', value(p.share?.display)]]) })))]
            ])],
            ['risks', this.risks(model.risks)],
            ['needs', keyed(usedNeeds(model).map(n => ({ key: n.name, node: record([['text', value(text(n.text))]]) })), false)],
            ['populationOutcomes', keyed(usedPopulationOutcomes(model).map(p => ({
                key: p.name,
                node: record([['text', value(text(p.text))], ['indicators', list(p.indicators.map(text))]])
            })), false)]
        ]);
    }

    cohorts(cohorts: readonly CohortModel[]): Node {
        return keyed(cohorts.map(c => ({ key: c.name, node: this.cohort(c) })));
    }

    cohort(c: CohortModel): Node {
        return record([
            ['description', value(text(c.description))],
            ['size', value(c.size?.display)],
            ['areas', list(c.areas.map(text))],
            ['needs', set(c.needs.map(n => n.name))],
            ['assets', list(c.assets.map(text))],
            ['personas', keyed(c.personas.map(p => ({
                key: p.name,
                node: record([
                    ['age', value(p.age)],
                    ['area', value(text(p.area))],
                    ['story', value(text(p.story))],
                    ['says', value(text(p.says))]
                ])
            })))]
        ]);
    }

    outcomes(outcomes: readonly OutcomeModel[]): Node {
        return keyed(outcomes.map(o => ({ key: o.name, node: this.outcome(o) })));
    }

    outcome(o: OutcomeModel): Node {
        return record([
            ['statement', value(text(o.statement))],
            ['serves', set(o.serves.map(c => this.ref('cohort', c.name)))],
            ['contributesTo', set(o.contributesTo.map(p => p.name))],
            ['indicator', value(text(o.indicator))],
            ['baseline', value(o.baseline?.display)],
            ['targets', keyed(o.targets.map(t => ({
                key: t.horizon?.display ?? 'no horizon',
                node: record([['measure', value(t.measure?.display)]])
            })))],
            ['evidence', value(text(o.evidence))]
        ]);
    }

    services(services: readonly ServiceModel[]): Node {
        return keyed(services.map(s => ({ key: s.name, node: this.service(s) })));
    }

    service(s: ServiceModel): Node {
        return record([
            ['title', value(text(s.title))],
            ['description', value(text(s.description))],
            ['addresses', set(s.addresses.map(n => n.name))],
            ['delivers', set(s.delivers.map(o => this.ref('outcome', o.name)))]
        ]);
    }

    lots(lots: readonly LotModel[]): Node {
        return keyed(lots.map(l => ({ key: l.name, node: this.lot(l) })));
    }

    lot(l: LotModel): Node {
        return record([
            // A lot's number is what bidders cite ("Lot 2"): lots are numbered in order, so unlike
            // outcomes, moving a lot is a change.
            ['number', value(l.number)],
            ['title', value(text(l.title))],
            ['value', value(l.value?.display)],
            ['services', set(l.services.map(s => this.ref('service', s.name)))],
            ['areas', list(l.areas.map(text))],
            ['awardCriteria', this.criteria(l.awardCriteriaFrom === 'lot' ? l.awardCriteria : null)]
        ]);
    }

    criteria(criteria: AwardCriteriaModel | null): Node {
        const list = criteria?.criteria ?? [];
        return keyed(list.map((c, i) => ({ key: c.title === null ? `#${i + 1}` : String(text(c.title)), node: this.criterion(c) })));
    }

    criterion(c: CriterionModel): Node {
        return record([
            ['kind', value(c.kind)],
            ['weight', value(c.weight?.display)],
            ['subCriteria', keyed(c.subCriteria.map((s, i) => ({
                key: s.title === null ? `#${i + 1}` : String(text(s.title)),
                node: record([
                    ['weight', value(s.weight?.display)],
                    ['measures', set(s.measures.map(o => this.ref('outcome', o.name)))]
                ])
            })))]
        ]);
    }

    risks(risks: readonly RiskModel[]): Node {
        return keyed(risks.map(r => ({
            key: r.name,
            node: record([
                ['text', value(text(r.text))],
                ['likelihood', value(r.likelihood)],
                ['impact', value(r.impact)],
                ['mitigation', value(text(r.mitigation))]
            ])
        })));
    }
}

/** The framework needs the tender refers to, by first use. */
function usedNeeds(model: TenderDocument): NeedRef[] {
    const byName = new Map<string, NeedRef>();
    const add = (needs: readonly NeedRef[]) => needs.forEach(n => { if (!byName.has(n.name)) byName.set(n.name, n); });
    model.cohorts.forEach(c => add(c.needs));
    model.services.forEach(s => add(s.addresses));
    return [...byName.values()];
}

function usedPopulationOutcomes(model: TenderDocument): PopulationOutcomeRef[] {
    const byName = new Map<string, PopulationOutcomeRef>();
    model.outcomes.forEach(o => o.contributesTo.forEach(p => { if (!byName.has(p.name)) byName.set(p.name, p); }));
    return [...byName.values()];
}

// ------------------------------------------------------------------ JSON of a projection

function toJson(node: Node): JsonValue {
    switch (node.t) {
        case 'value': return node.v;
        case 'record': {
            const out: Record<string, JsonValue> = {};
            for (const [name, child] of node.fields) out[name] = toJson(child);
            return out;
        }
        case 'optional': return node.node ? toJson(node.node) : null;
        case 'keyed': {
            const out: Record<string, JsonValue> = {};
            for (const item of node.items) out[item.key] = toJson(item.node);
            return out;
        }
        case 'set': return [...node.items].sort(compareText);
        case 'list': return node.items;
    }
}

/** Stable text of a JSON value, for equality (object keys sorted). */
function canonical(value: JsonValue): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) return `[${(value as readonly JsonValue[]).map(canonical).join(',')}]`;
    const object = value as { readonly [key: string]: JsonValue };
    return `{${Object.keys(object).sort(compareText).map(k => `${JSON.stringify(k)}:${canonical(object[k])}`).join(',')}}`;
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

// ------------------------------------------------------------------ paths

/** `[Quality]`, or `["a]b"]` when the key could be misread. */
export function keySegment(key: string): string {
    return /^[^\[\]"\\\n]+$/.test(key) && !/^\d+$/.test(key) && key.trim() === key ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

function field(path: string, name: string): string {
    return path === '' ? name : `${path}.${name}`;
}

// ------------------------------------------------------------------ comparison

class Differ {
    readonly changes: TenderChange[] = [];

    compare(path: string, a: Node, b: Node): void {
        if (a.t === 'value' && b.t === 'value') {
            this.values(path, a.v, b.v);
        } else if (a.t === 'record' && b.t === 'record') {
            const other = new Map(a.fields);
            for (const [name, child] of b.fields) {
                const before = other.get(name);
                if (before) this.compare(field(path, name), before, child);
            }
        } else if (a.t === 'optional' && b.t === 'optional') {
            if (a.node && b.node) this.compare(path, a.node, b.node);
            else if (a.node) this.changes.push({ path, kind: 'removed', old: toJson(a.node), new: null });
            else if (b.node) this.changes.push({ path, kind: 'added', old: null, new: toJson(b.node) });
        } else if (a.t === 'keyed' && b.t === 'keyed') {
            this.keyed(path, a.items, b.items, b.reported);
        } else if (a.t === 'set' && b.t === 'set') {
            const before = new Set(a.items);
            const after = new Set(b.items);
            for (const item of b.items) if (!before.has(item)) this.changes.push({ path: `${path}${keySegment(item)}`, kind: 'added', old: null, new: item });
            for (const item of a.items) if (!after.has(item)) this.changes.push({ path: `${path}${keySegment(item)}`, kind: 'removed', old: item, new: null });
        } else if (a.t === 'list' && b.t === 'list') {
            this.list(path, a.items, b.items);
        }
    }

    private values(path: string, a: JsonValue, b: JsonValue): void {
        if (canonical(a) === canonical(b)) return;
        const kind: ChangeKind = a === null ? 'added' : b === null ? 'removed' : 'changed';
        this.changes.push({ path, kind, old: a, new: b });
    }

    private keyed(path: string, a: readonly KeyedItem[], b: readonly KeyedItem[], reported: boolean): void {
        const before = new Map(a.map(item => [item.key, item]));
        const after = new Set(b.map(item => item.key));
        const renamed = reported ? findRenames(a.filter(i => !after.has(i.key)), b.filter(i => !before.has(i.key))) : new Map<string, string>();
        const renamedFrom = new Map([...renamed].map(([from, to]) => [to, from]));
        for (const item of b) {
            const old = before.get(item.key);
            if (old) {
                this.compare(`${path}${keySegment(item.key)}`, old.node, item.node);
            } else if (renamedFrom.has(item.key)) {
                const from = renamedFrom.get(item.key)!;
                this.changes.push({ path: `${path}${keySegment(from)}`, kind: 'renamed', old: from, new: item.key });
            } else if (reported) {
                this.changes.push({ path: `${path}${keySegment(item.key)}`, kind: 'added', old: null, new: toJson(item.node) });
            }
        }
        if (!reported) return;
        for (const item of a) {
            if (!after.has(item.key) && !renamed.has(item.key)) {
                this.changes.push({ path: `${path}${keySegment(item.key)}`, kind: 'removed', old: toJson(item.node), new: null });
            }
        }
    }

    /** Text lists in order: a replaced item is `changed` (at its new position), the rest added or removed. */
    private list(path: string, a: readonly JsonValue[], b: readonly JsonValue[]): void {
        const keysA = a.map(canonical);
        const keysB = b.map(canonical);
        for (const op of diffKeys(keysA, keysB)) {
            if (op.kind === 'equal') continue;
            const paired = Math.min(op.aEnd - op.aStart, op.bEnd - op.bStart);
            for (let i = 0; i < paired; i++) {
                this.changes.push({ path: `${path}[${op.bStart + i + 1}]`, kind: 'changed', old: a[op.aStart + i], new: b[op.bStart + i] });
            }
            for (let i = op.aStart + paired; i < op.aEnd; i++) this.changes.push({ path: `${path}[${i + 1}]`, kind: 'removed', old: a[i], new: null });
            for (let j = op.bStart + paired; j < op.bEnd; j++) this.changes.push({ path: `${path}[${j + 1}]`, kind: 'added', old: null, new: b[j] });
        }
    }
}

/** Pairs elements that are gone with new ones of exactly the same content: old key → new key. */
function findRenames(gone: readonly KeyedItem[], added: readonly KeyedItem[]): Map<string, string> {
    const renames = new Map<string, string>();
    if (gone.length === 0 || added.length === 0) return renames;
    const byContent = new Map<string, string[]>();
    for (const item of added) {
        const content = canonical(toJson(item.node));
        const keys = byContent.get(content) ?? [];
        keys.push(item.key);
        byContent.set(content, keys);
    }
    for (const item of gone) {
        const keys = byContent.get(canonical(toJson(item.node)));
        const to = keys?.shift();
        if (to !== undefined) renames.set(item.key, to);
    }
    return renames;
}

const NO_RENAMES: Renames = { cohort: new Map(), outcome: new Map(), service: new Map(), lot: new Map() };

/**
 * Renamed cohorts, outcomes, services and lots, found in the order they refer to each other
 * (outcomes serve cohorts, services deliver outcomes, lots hold services), so an outcome that
 * serves a renamed cohort can itself be recognised as renamed.
 */
export function findElementRenames(oldModel: TenderDocument, newModel: TenderDocument): Renames {
    const found: Record<RenameKind, Map<string, string>> = { cohort: new Map(), outcome: new Map(), service: new Map(), lot: new Map() };
    const steps: { kind: RenameKind; project: (p: Projector, m: TenderDocument) => Node }[] = [
        { kind: 'cohort', project: (p, m) => p.cohorts(m.cohorts) },
        { kind: 'outcome', project: (p, m) => p.outcomes(m.outcomes) },
        { kind: 'service', project: (p, m) => p.services(m.services) },
        { kind: 'lot', project: (p, m) => p.lots(m.lots) }
    ];
    const plain = new Projector(NO_RENAMES);
    for (const step of steps) {
        const before = step.project(new Projector(found), oldModel);
        const after = step.project(plain, newModel);
        if (before.t !== 'keyed' || after.t !== 'keyed') continue;
        const newKeys = new Set(after.items.map(i => i.key));
        const oldKeys = new Set(before.items.map(i => i.key));
        const renames = findRenames(before.items.filter(i => !newKeys.has(i.key)), after.items.filter(i => !oldKeys.has(i.key)));
        for (const [from, to] of renames) found[step.kind].set(from, to);
    }
    return found;
}

/** Every change from `oldModel` to `newModel`, in a stable order. */
export function diffTenders(oldModel: TenderDocument, newModel: TenderDocument): TenderChange[] {
    const renames = findElementRenames(oldModel, newModel);
    const differ = new Differ();
    differ.compare('', new Projector(renames).tender(oldModel), new Projector(NO_RENAMES).tender(newModel));
    return differ.changes;
}
