/**
 * The first page of a redline: the changes that matter legally, in words a legal team reads
 * (value and lots, award weightings, timeline dates and whether the bid window is still lawful,
 * conditions of participation, outcomes and services added or removed), then how many other
 * changes the document shows. Built from the change list, so it says exactly what the JSON says.
 */
import type { ContentBlock, DocumentContent, Inline, Preface, PrefaceBlock, TableData, TableRow } from '../generate/content/blocks.js';
import { plainText } from '../generate/content/blocks.js';
import { label, lotHeading, nameToWords } from '../generate/content/labels.js';
import type { TenderDocument } from '../model/tender-document.js';
import { dateOf, displayDate } from '../values/dates.js';
import type { BidWindowPeriod } from './bid-window.js';
import { describePeriod } from './bid-window.js';
import type { ChangeKind, JsonValue, TenderChange } from './model-diff.js';

export interface SummaryVersion {
    readonly model: TenderDocument;
    /** Where this version was read from, as the user named it (`git:HEAD~3:tender.tender`). */
    readonly source: string;
    readonly bidWindow: readonly BidWindowPeriod[];
}

/** A path split into field names and `[keys]`. */
type Segment = { readonly field: string } | { readonly key: string };

export function parsePath(path: string): Segment[] {
    const out: Segment[] = [];
    let i = 0;
    while (i < path.length) {
        if (path[i] === '.') {
            i++;
        } else if (path[i] === '[') {
            if (path[i + 1] === '"') {
                // A JSON string key: find its closing quote.
                let j = i + 2;
                while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
                out.push({ key: JSON.parse(path.slice(i + 1, j + 1)) as string });
                i = j + 2;
            } else {
                const end = path.indexOf(']', i);
                out.push({ key: path.slice(i + 1, end) });
                i = end + 1;
            }
        } else {
            const match = /^[^.[]+/.exec(path.slice(i))!;
            out.push({ field: match[0] });
            i += match[0].length;
        }
    }
    return out;
}

function fieldAt(segments: readonly Segment[], index: number): string | undefined {
    const segment = segments[index];
    return segment && 'field' in segment ? segment.field : undefined;
}

function keyAt(segments: readonly Segment[], index: number): string | undefined {
    const segment = segments[index];
    return segment && 'key' in segment ? segment.key : undefined;
}

type Group = 'procurement' | 'weightings' | 'timeline' | 'participation' | 'outcomes';

const GROUP_TITLES: Record<Group, string> = {
    procurement: 'Value, procedure and lots',
    weightings: 'Award criteria and weightings',
    timeline: 'Timeline',
    participation: 'Conditions of participation',
    outcomes: 'Outcomes and services added or removed'
};

/** Which legal group a change belongs to, if any. */
export function legalGroup(change: TenderChange): Group | undefined {
    const segments = parsePath(change.path);
    const first = fieldAt(segments, 0);
    const whole = segments.length === 2 && keyAt(segments, 1) !== undefined;
    switch (first) {
        case 'value':
        case 'procedure':
        case 'regime':
        case 'jurisdiction':
        case 'lotRules':
        case 'noLots':
            return 'procurement';
        case 'lots': {
            const part = fieldAt(segments, 2);
            if (part === 'awardCriteria') return 'weightings';
            return whole || part === 'value' || part === 'number' || part === 'title' ? 'procurement' : undefined;
        }
        case 'awardCriteria':
            return 'weightings';
        case 'timeline':
            return 'timeline';
        case 'participation':
            return 'participation';
        case 'outcomes':
        case 'services':
            return whole ? 'outcomes' : undefined;
        default:
            return undefined;
    }
}

const TIMELINE_LABELS: Record<string, string> = {
    marketEngagement: 'Market engagement',
    plannedProcurementNotice: 'Planned procurement notice',
    publish: 'Publication',
    participationDeadline: 'Participation deadline',
    clarificationDeadline: 'Clarification deadline',
    bidDeadline: 'Bid deadline',
    award: 'Award',
    contractStart: 'Contract start'
};

const PARTICIPATION_LABELS: Record<string, string> = {
    minimumTurnover: 'Minimum turnover',
    insurance: 'Insurance',
    accreditations: 'Accreditation',
    requirements: 'Requirement'
};

const KIND_WORDS: Record<ChangeKind, string> = { added: 'added', removed: 'removed', changed: 'changed', renamed: 'renamed' };

/**
 * Where a text is said in each version's document: the number of the clause (or heading) that
 * holds it, so the summary cites clauses as a lawyer does, not the tender's internal names.
 */
export interface ClauseFinder {
    (text: string, side: 'old' | 'new'): string | undefined;
}

/** A ClauseFinder over both versions' document content. */
export function clauseFinder(older: DocumentContent | undefined, newer: DocumentContent | undefined): ClauseFinder {
    const numbered = (content: DocumentContent | undefined) => (content?.blocks ?? [])
        .filter((b): b is Extract<ContentBlock, { kind: 'clause' | 'heading' }> => b.kind === 'clause' || b.kind === 'heading')
        .map(b => ({ number: b.number, text: plainText(b.runs.filter(r => r.revision !== 'deleted')).replace(/\s+/g, ' ') }));
    const sides = { old: numbered(older), new: numbered(newer) };
    return (text, side) => {
        const wanted = text.replace(/\s+/g, ' ').trim();
        if (wanted.length === 0) return undefined;
        return sides[side].find(b => b.text.includes(wanted))?.number;
    };
}

/** Words for a change: what it is about, as a legal reader names it (clause numbers and titles, never internal names). */
export function describeChange(change: TenderChange, oldModel: TenderDocument, newModel: TenderDocument, clauses: ClauseFinder = () => undefined): string {
    const segments = parsePath(change.path);
    const first = fieldAt(segments, 0);
    const lotName = (name: string) => {
        const lot = newModel.lots.find(l => l.name === name) ?? oldModel.lots.find(l => l.name === name);
        return lot ? `lot ${lot.number}${lot.title ? ` “${lotHeading(lot).replace(/^lot\s*\d+\s*[:\-–—]?\s*/i, '') || lot.title}”` : ''}` : `lot “${nameToWords(name)}”`;
    };
    /** `clause 9.3`, for the text the change adds (or, when it removes it, the text it removed). */
    const clauseOf = (): string | undefined => {
        const text = change.kind === 'removed' ? change.old : change.new;
        if (typeof text !== 'string') return undefined;
        const number = clauses(text, change.kind === 'removed' ? 'old' : 'new');
        return number ? `clause ${number}` : undefined;
    };
    const elementWords = (kind: 'outcomes' | 'services', name: string): string => {
        const element = kind === 'outcomes'
            ? (newModel.outcomes.find(o => o.name === name) ?? oldModel.outcomes.find(o => o.name === name))?.statement
            : (newModel.services.find(x => x.name === name) ?? oldModel.services.find(x => x.name === name))?.title;
        return `“${element ?? nameToWords(name)}”`;
    };
    const criterionWords = (from: number, scope: string): string => {
        const title = keyAt(segments, from);
        const sub = fieldAt(segments, from + 1) === 'subCriteria' ? keyAt(segments, from + 2) : undefined;
        const property = fieldAt(segments, sub !== undefined ? from + 3 : from + 1);
        const subject = sub !== undefined ? `sub-criterion “${sub}” of “${title}”` : `award criterion “${title}”`;
        const within = scope ? ` (${scope})` : '';
        if (property === 'weight') return `Weighting of ${subject}${within}`;
        if (property === 'kind') return `Type of ${subject}${within}`;
        if (property === 'measures') return `Outcome ${elementWords('outcomes', keyAt(segments, segments.length - 1) ?? '')} measured by ${subject}${within} ${KIND_WORDS[change.kind]}`;
        return `${capitalise(subject)}${within} ${KIND_WORDS[change.kind]}`;
    };
    switch (first) {
        case 'value':
            return fieldAt(segments, 1) === 'term' ? 'Term of the estimated value' : 'Estimated value';
        case 'procedure': return 'Procedure';
        case 'regime': return 'Regime';
        case 'jurisdiction': return 'Whose procurement law applies';
        case 'lotRules': return 'Most lots one tenderer may win';
        case 'noLots': return fieldAt(segments, 1) === 'reason' ? 'Reason for not dividing into lots' : `Not divided into lots (${KIND_WORDS[change.kind]})`;
        case 'lots': {
            const name = keyAt(segments, 1) ?? '';
            const part = fieldAt(segments, 2);
            if (part === undefined) {
                return change.kind === 'renamed' ? `Lot ${String(change.old)} renamed ${String(change.new)}` : `${capitalise(lotName(name))} ${KIND_WORDS[change.kind]}`;
            }
            if (part === 'value') return `Value of ${lotName(name)}`;
            if (part === 'number') return `Number of ${lotName(name)}`;
            if (part === 'title') {
                const lot = newModel.lots.find(l => l.name === name) ?? oldModel.lots.find(l => l.name === name);
                return lot ? `Title of lot ${lot.number}` : `Title of ${lotName(name)}`;
            }
            if (part === 'awardCriteria') return criterionWords(3, `own criteria of ${lotName(name)}`);
            return change.path;
        }
        case 'awardCriteria':
            return criterionWords(1, '');
        case 'timeline':
            return TIMELINE_LABELS[fieldAt(segments, 1) ?? ''] ?? change.path;
        case 'participation': {
            const part = fieldAt(segments, 1) ?? '';
            const clause = clauseOf();
            return `${PARTICIPATION_LABELS[part] ?? part}${clause ? ` (${clause})` : ''}${change.kind === 'added' || change.kind === 'removed' ? ` ${KIND_WORDS[change.kind]}` : ''}`;
        }
        case 'outcomes':
        case 'services': {
            const noun = first === 'outcomes' ? 'Outcome' : 'Service';
            if (change.kind === 'renamed') return `${noun} ${elementWords(first, String(change.new))} (was named ${String(change.old)} in the tender) renamed`;
            return `${noun} ${elementWords(first, keyAt(segments, 1) ?? '')} ${KIND_WORDS[change.kind]}`;
        }
        default:
            return change.path;
    }
}

/** A value as the summary shows it: dates in words, elements by what they are called and worth. */
export function describeValue(value: JsonValue, path: string): string {
    if (value === null) return '—';
    if (typeof value === 'string') {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateOf(value) : undefined;
        if (date) return displayDate(date);
        const first = fieldAt(parsePath(path), 0);
        if (first === 'procedure' || first === 'regime' || first === 'jurisdiction') return label(first, value);
        return value;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (Array.isArray(value)) return (value as readonly JsonValue[]).map(v => describeValue(v, path)).join('; ');
    const object = value as { readonly [key: string]: JsonValue };
    // An element added or removed: what it is called and, for a lot, what it is worth.
    const parts = [object.title, object.statement, object.kind, object.weight, object.value, object.amount, object.text, object.reason]
        .filter((v): v is string => typeof v === 'string' && v.length > 0);
    return parts.length > 0 ? parts.join(', ') : '—';
}

function capitalise(text: string): string {
    return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** `version 1.1 (15 March 2027)`, `the version of 15 March 2027`, else `the version in <file>`. */
function versionName(version: SummaryVersion): string {
    const model = version.model;
    if (model.version) return `version ${model.version}${model.issued ? ` (${model.issued.display})` : ''}`;
    return model.issued ? `the version of ${model.issued.display}` : `the version in ${sourceName(version.source)}`;
}

/**
 * A version's source as a reader of the document names it: the file's name without the folders
 * of whoever ran the command (`multiple-disadvantage.tender`), and for a git revision the file
 * at that revision (`multiple-disadvantage.tender at revision v1.0`).
 */
export function sourceName(source: string): string {
    const git = /^git:([^:]*):(.*)$/.exec(source);
    const file = (path: string) => path.split(/[\\/]/).filter(p => p.length > 0).pop() ?? path;
    if (git) return `${file(git[2])} at revision ${git[1] || 'HEAD'}`;
    return file(source);
}

function counts(changes: readonly TenderChange[]): string {
    if (changes.length === 0) return 'no changes';
    const by = (kind: ChangeKind) => changes.filter(c => c.kind === kind).length;
    const parts = (['changed', 'added', 'removed', 'renamed'] as const).filter(k => by(k) > 0).map(k => `${by(k)} ${k}`);
    return `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} (${parts.join(', ')})`;
}

/** The summary page of the redline of `newer` against `older`; `contents` (each version's document) lets it cite clause numbers. */
export function summaryPreface(older: SummaryVersion, newer: SummaryVersion, changes: readonly TenderChange[], contents?: { readonly older: DocumentContent; readonly newer: DocumentContent }): Preface {
    const blocks: PrefaceBlock[] = [];
    const oldName = versionName(older);
    const newName = versionName(newer);
    const clauses = clauseFinder(contents?.older, contents?.newer);
    blocks.push({
        kind: 'paragraph',
        runs: [{ text: `The document after this page is the tender as in ${newName}, with every change since ${oldName} shown as a tracked change: accept or reject each one in Word’s Review tab. `
            + `Compared: ${sourceName(older.source)} (before) and ${sourceName(newer.source)} (after). `
            + (changes.length === 0
                ? 'The two versions say the same: nothing in the tender has changed.'
                : `The tender itself has ${counts(changes)}; this page lists those that matter legally.`) }]
    });
    const groups = new Map<Group, TenderChange[]>();
    for (const change of changes) {
        const group = legalGroup(change);
        if (!group) continue;
        const list = groups.get(group) ?? [];
        list.push(change);
        groups.set(group, list);
    }
    const order: Group[] = ['procurement', 'weightings', 'timeline', 'participation', 'outcomes'];
    for (const group of order) {
        const list = groups.get(group) ?? [];
        if (group === 'timeline') {
            blocks.push({ kind: 'heading', text: GROUP_TITLES.timeline });
            if (list.length > 0) blocks.push({ kind: 'table', table: changeTable(list, older.model, newer.model, clauses) });
            else blocks.push({ kind: 'paragraph', runs: [{ text: 'No date has changed.' }] });
            blocks.push(...bidWindowBlocks(older, newer));
            continue;
        }
        if (list.length === 0) continue;
        blocks.push({ kind: 'heading', text: GROUP_TITLES[group] });
        blocks.push({ kind: 'table', table: changeTable(list, older.model, newer.model, clauses) });
    }
    const legal = [...groups.values()].reduce((n, list) => n + list.length, 0);
    const others = changes.length - legal;
    blocks.push({ kind: 'heading', text: 'Other changes' });
    blocks.push({
        kind: 'paragraph',
        runs: [{ text: others === 0
            ? 'There are no other changes to the tender.'
            : `${others} other ${others === 1 ? 'change' : 'changes'} (wording, outcomes, services, cohorts, risks and the like) ${others === 1 ? 'is' : 'are'} shown as tracked changes in the document that follows.` }]
    });
    return {
        kicker: `Changes since ${oldName}`,
        title: `What changed in ${newer.model.reference ?? newer.model.name}`,
        blocks
    };
}

function changeTable(changes: readonly TenderChange[], oldModel: TenderDocument, newModel: TenderDocument, clauses: ClauseFinder): TableData {
    const rows: TableRow[] = changes.map(change => ({
        kind: 'body',
        cells: [
            [{ text: describeChange(change, oldModel, newModel, clauses) }],
            cellRuns(change.old, change.path, oldModel, newModel),
            cellRuns(change.new, change.path, oldModel, newModel)
        ]
    }));
    return {
        name: 'changes',
        caption: '',
        columns: [
            { header: 'What', width: 3, align: 'left' },
            { header: 'Was', width: 2, align: 'left' },
            { header: 'Now', width: 2, align: 'left' }
        ],
        rows,
        emptyText: 'No changes.'
    };
}

function cellRuns(value: JsonValue, path: string, oldModel: TenderDocument, newModel: TenderDocument): Inline[] {
    // An outcome a criterion measures is named in the change list; the summary gives its statement.
    if (typeof value === 'string' && /\.measures\[[^\]]*\]$/.test(path)) {
        const outcome = newModel.outcomes.find(o => o.name === value) ?? oldModel.outcomes.find(o => o.name === value);
        return [{ text: outcome?.statement ?? nameToWords(value) }];
    }
    return [{ text: describeValue(value, path) }];
}

function bidWindowBlocks(older: SummaryVersion, newer: SummaryVersion): PrefaceBlock[] {
    if (newer.bidWindow.length === 0) {
        return [{ kind: 'paragraph', runs: [{ text: 'Bid window: the timeline does not give both the publication date and a deadline, so it cannot be checked.' }] }];
    }
    const blocks: PrefaceBlock[] = [{ kind: 'paragraph', runs: [{ text: 'Is the bid window lawful?', strong: true }] }];
    for (const period of newer.bidWindow) {
        const before = older.bidWindow.find(p => p.period === period.period);
        const was = before && before.status !== period.status
            ? ` Before: ${before.status === 'lawful' ? 'lawful' : before.status === 'too-short' ? 'too short' : 'no statutory minimum'} (${before.days} days).`
            : '';
        blocks.push({ kind: 'item', runs: [{ text: `${describePeriod(period)}${was}`, ...(period.status === 'too-short' ? { strong: true } : {}) }] });
    }
    return blocks;
}
