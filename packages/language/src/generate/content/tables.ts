/**
 * The standard tables, built from the resolved tender. Templates place them with
 * `<table name="..."/>`; both writers lay out the same rows.
 */
import type {
    AwardCriteriaModel, OutcomeModel, SourceRange, TargetModel, TenderDocument
} from '../../model/tender-document.js';
import type { Inline, SourceSpan, TableColumn, TableData, TableRow } from './blocks.js';
import { label, lotHeading } from './labels.js';
import { cleanText } from '../templates/markup.js';
import { isInternal, NOT_FOR_PUBLICATION } from '../publication/audience.js';

export const TABLE_NAMES = ['outcomes', 'award-criteria', 'lots', 'services', 'timeline', 'funding', 'risks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
    return (TABLE_NAMES as readonly string[]).includes(name);
}

/** What a table needs beyond its name; `lot` picks a lot's own award criteria. */
export interface TableRequest {
    readonly name: TableName;
    readonly lot?: string;
}

const NONE = '—';

export function buildTable(model: TenderDocument, request: TableRequest): TableData | string {
    switch (request.name) {
        case 'outcomes': return outcomesTable(model);
        case 'award-criteria': return awardCriteriaTable(model, request.lot);
        case 'lots': return lotsTable(model);
        case 'services': return servicesTable(model);
        case 'timeline': return timelineTable(model);
        case 'funding': return fundingTable(model);
        case 'risks': return risksTable(model);
    }
}

function column(header: string, width: number, align: 'left' | 'right' = 'left'): TableColumn {
    return { header, width, align };
}

function cell(text: string | null | undefined, fallback = NONE): Inline[] {
    const cleaned = text === null || text === undefined ? '' : cleanText(text);
    const value = cleaned.length === 0 ? fallback : cleaned;
    return value.length === 0 ? [] : [{ text: value }];
}

/** Items in a table cell: semicolons, since the items themselves may hold commas and "and". */
function cellList(items: readonly string[]): string {
    return items.filter(i => i.length > 0).join('; ');
}

function strongCell(text: string): Inline[] {
    return [{ text: cleanText(text), strong: true }];
}

export function spanOf(source: SourceRange | null | undefined): SourceSpan | undefined {
    return source ? { line: source.line, endLine: source.endLine } : undefined;
}

function row(kind: TableRow['kind'], cells: Inline[][], source?: SourceRange | null, id?: string): TableRow {
    const span = spanOf(source);
    return { kind, cells, ...(span ? { span } : {}), ...(id ? { id } : {}) };
}

function targetText(target: TargetModel | null): string {
    return target?.measure?.display ?? NONE;
}

export function outcomeTitle(outcome: OutcomeModel): string {
    return outcome.statement ?? outcome.name;
}

function outcomesTable(model: TenderDocument): TableData {
    return {
        name: 'outcomes',
        caption: 'Outcomes framework',
        columns: [
            column('Outcome', 1.45),
            column('Population outcome', 1.6),
            column('Indicator', 1.65),
            column('Baseline', 0.9, 'right'),
            column('6 months', 0.82, 'right'),
            column('2 years', 0.82, 'right'),
            column('5 years', 0.82, 'right'),
            column('Evidence', 1.4)
        ],
        rows: model.outcomes.map(outcome => row('body', [
            cell(outcomeTitle(outcome)),
            cell(cellList(outcome.contributesTo.map(p => p.text ?? p.name))),
            cell(outcome.indicator),
            cell(outcome.baseline?.display),
            cell(targetText(outcome.horizons.sixMonths)),
            cell(targetText(outcome.horizons.twoYears)),
            cell(targetText(outcome.horizons.fiveYears)),
            cell(outcome.evidence)
        ], outcome.source, `outcome-row-${outcome.name}`)),
        emptyText: 'The tender names no outcomes yet.'
    };
}

function awardCriteriaTable(model: TenderDocument, lotName: string | undefined): TableData | string {
    let criteria: AwardCriteriaModel | null = model.awardCriteria;
    let caption = 'Award criteria and weightings';
    if (lotName !== undefined) {
        const lot = model.lots.find(l => l.name === lotName);
        if (!lot) {
            return `the tender has no lot named "${lotName}"`;
        }
        criteria = lot.awardCriteria;
        caption = `Award criteria and weightings for ${lowerLot(lotHeading(lot))}`;
    }
    const rows: TableRow[] = [];
    for (const criterion of criteria?.criteria ?? []) {
        rows.push(row('body', [
            strongCell(criterion.title ?? label('criterion', criterion.kind)),
            cell(label('criterion', criterion.kind)),
            cell(criterion.weight?.display, 'no weighting'),
            []
        ], criterion.source));
        for (const sub of criterion.subCriteria) {
            rows.push(row('sub', [
                cell(sub.title, 'untitled sub-criterion'),
                [],
                cell(sub.weight?.display, 'no weighting'),
                cell(sub.measures.map(o => o.statement ?? o.name).join('; '), '')
            ], sub.source));
        }
    }
    if (criteria && criteria.criteria.length > 0) {
        rows.push(row('total', [strongCell('Total'), [], strongCell(criteria.totalWeight.display), []]));
    }
    return {
        name: 'award-criteria',
        caption,
        columns: [column('Criterion', 3.2), column('Type', 1.1), column('Weighting', 1, 'right'), column('Outcomes measured', 2.4)],
        rows,
        emptyText: 'No award criteria are given yet.'
    };
}

function lotsTable(model: TenderDocument): TableData {
    const rows: TableRow[] = model.lots.map(lot => row('body', [
        cell(String(lot.number)),
        cell(lot.title ?? lot.name),
        cell(cellList(lot.services.map(s => s.title ?? s.name))),
        cell(lot.value?.display),
        cell(lot.share?.display)
    ], lot.source, `lot-row-${lot.name}`));
    if (model.lots.length > 0) {
        rows.push(row('total', [
            strongCell('Total'), [], [],
            strongCell(model.totals.lotValues?.display ?? NONE),
            strongCell(model.totals.lotValuesShare?.display ?? NONE)
        ]));
    }
    return {
        name: 'lots',
        caption: 'Lots and their share of the value',
        columns: [column('Lot', 0.5), column('Title', 2.4), column('Services', 2.6), column('Value', 1.2, 'right'), column('Share of value', 1, 'right')],
        rows,
        emptyText: model.noLots ? 'The contract is not divided into lots.' : 'No lots are given yet.'
    };
}

function servicesTable(model: TenderDocument): TableData {
    return {
        name: 'services',
        caption: 'Services',
        columns: [column('Service', 2), column('Needs addressed', 2), column('Outcomes delivered', 2.4), column('Lot', 1.3)],
        rows: model.services.map(service => row('body', [
            cell(service.title ?? service.name),
            cell(cellList(service.addresses.map(n => n.text ?? n.name))),
            cell(cellList(service.delivers.map(o => o.statement ?? o.name))),
            cell(cellList(service.lots.map(l => l.title ?? l.name)))
        ], service.source, `service-row-${service.name}`)),
        emptyText: 'The tender names no services yet.'
    };
}

function timelineTable(model: TenderDocument): TableData {
    const timeline = model.timeline;
    return {
        name: 'timeline',
        caption: 'Timeline',
        columns: [column('Milestone', 3), column('Date', 3)],
        // A time only where the tender writes one: no time is invented.
        rows: (timeline?.milestones ?? []).map(m => row('body', [cell(m.label), cell(m.time ? `${m.date.long}, ${m.time.display}` : m.date.long)], timeline?.source, `milestone-${m.name}`)),
        emptyText: 'No dates are given yet.'
    };
}

function fundingTable(model: TenderDocument): TableData {
    const funding = model.funding;
    const rows: TableRow[] = (funding?.contributors ?? []).map(c => row('body', [
        cell(c.who),
        cell(c.amount?.display),
        cell(c.share?.display)
    ], c.source));
    if (funding && funding.contributors.length > 0) {
        rows.push(row('total', [strongCell('Total'), strongCell(funding.total?.display ?? NONE), strongCell(funding.total ? '100%' : NONE)]));
    }
    return {
        name: 'funding',
        caption: 'Funding',
        columns: [column('Contributor', 3.4), column('Amount', 1.4, 'right'), column('Share', 1, 'right')],
        rows,
        emptyText: 'No funding contributions are given.'
    };
}

function risksTable(model: TenderDocument): TableData {
    return {
        name: 'risks',
        caption: 'Risks',
        columns: [column('Risk', 2.6), column('Likelihood', 0.9), column('Impact', 0.9), column('Mitigation', 3.2)],
        rows: model.risks.map(risk => row('body', [
            // Only review outputs (and tender diff) are written with internal risks: they say so.
            isInternal(risk) ? [{ text: cleanText(risk.text ?? risk.name) }, { text: ` (${NOT_FOR_PUBLICATION})`, strong: true }] : cell(risk.text ?? risk.name),
            cell(label('level', risk.likelihood)),
            cell(label('level', risk.impact)),
            cell(risk.mitigation)
        ], risk.source, `risk-row-${risk.name}`)),
        emptyText: 'No risks are recorded.'
    };
}

/** `lot 2: Housing-led support` mid-sentence. */
function lowerLot(heading: string): string {
    return heading.replace(/^Lot\b/, 'lot');
}
