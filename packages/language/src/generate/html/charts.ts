/**
 * Inline SVG figures for the HTML page, where a picture says it faster than the table beside it:
 * each outcome's trajectory from baseline to its 5-year target, the award weightings as one
 * stacked bar, and each lot's value against the tender value. Every figure is an image with a
 * title and a description for screen readers; the DOCX carries the same figures as tables.
 */
import type { AwardCriteriaModel, OutcomeModel, TenderDocument } from '../../model/tender-document.js';
import { cleanText } from '../templates/markup.js';
import { label, lotHeading } from '../content/labels.js';
import type { Figure, Tone } from '../content/figures.js';
import { CHART_COLOURS, formatNumber, round, TONE_FILL, trajectoryFigure } from '../content/figures.js';
import { attribute, escapeHtml } from './escape.js';

const MUTED = CHART_COLOURS.muted;
const PALETTE = ['#1f3864', '#2e7d32', '#b26a00', '#6a1b9a', '#00695c', '#8e244d', '#37474f', '#5d4037'];

function svg(id: string, width: number, height: number, title: string, description: string, body: string): string {
    return `<svg role="img"${attribute('viewBox', `0 0 ${width} ${height}`)}${attribute('width', width)}${attribute('height', height)}`
        + `${attribute('aria-labelledby', `${id}-title ${id}-desc`)}${attribute('id', id)} class="chart" font-family="Arial, 'Liberation Sans', Helvetica, sans-serif">`
        + `<title${attribute('id', `${id}-title`)}>${escapeHtml(title)}</title>`
        + `<desc${attribute('id', `${id}-desc`)}>${escapeHtml(description)}</desc>`
        + body
        + '</svg>';
}


/**
 * Text in a chart. The fill attribute is for the SVG on its own; on the page the class takes the
 * page's colours, so the figures follow a dark editor theme too.
 */
function text(x: number, y: number, content: string, options: { anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: 'bold'; tone?: Tone } = {}): string {
    const tone = options.tone ?? 'ink';
    return `<text${attribute('class', tone)}${attribute('x', round(x))}${attribute('y', round(y))}${attribute('text-anchor', options.anchor ?? 'start')}`
        + `${attribute('font-size', options.size ?? 12)}${options.weight ? attribute('font-weight', options.weight) : ''}${attribute('fill', TONE_FILL[tone])}>${escapeHtml(content)}</text>`;
}


// ------------------------------------------------------------------ outcome trajectories

/** A small line chart per outcome (content/figures.ts, which the DOCX draws as a picture too). */
export function outcomeTrajectory(outcome: OutcomeModel, id: string): string | undefined {
    const figure = trajectoryFigure(outcome);
    return figure ? figureSvg(figure, id) : undefined;
}

/** A figure's shapes as SVG. */
function figureSvg(figure: Figure, id: string): string {
    const parts = figure.shapes.map(shape => {
        switch (shape.kind) {
            case 'line':
                return `<line${attribute('x1', shape.x1)}${attribute('x2', shape.x2)}${attribute('y1', shape.y1)}${attribute('y2', shape.y2)}${attribute('stroke', shape.stroke)}${attribute('class', shape.className)}${attribute('stroke-width', shape.width)}/>`;
            case 'polyline':
                return `<polyline${attribute('points', shape.points.map(([px, py]) => `${px},${py}`).join(' '))} fill="none"${attribute('stroke', shape.stroke)}${attribute('class', shape.className)}${attribute('stroke-width', shape.width)} stroke-linejoin="round"/>`;
            case 'circle':
                return `<circle${attribute('cx', shape.cx)}${attribute('cy', shape.cy)}${attribute('r', shape.r)}${attribute('class', shape.className)}${attribute('fill', shape.fill)}${attribute('stroke', shape.stroke)}${attribute('stroke-width', shape.width)}/>`;
            case 'text':
                return text(shape.x, shape.y, shape.text, { anchor: shape.anchor, size: shape.size, tone: shape.tone, ...(shape.bold ? { weight: 'bold' as const } : {}) });
        }
    });
    return svg(id, figure.width, figure.height, figure.title, figure.description, parts.join(''));
}

// ------------------------------------------------------------------ award weightings

/** The criteria's weights as one bar adding up to 100%, with a legend. */
export function weightingsBar(criteria: AwardCriteriaModel, id: string): string | undefined {
    const weighted = criteria.criteria.filter(c => c.weight !== null && c.weight.value > 0);
    if (weighted.length === 0) return undefined;
    const width = 640;
    const barTop = 8;
    const barHeight = 34;
    const total = weighted.reduce((sum, c) => sum + (c.weight?.value ?? 0), 0);
    const scale = Math.max(100, total);
    const legendTop = barTop + barHeight + 22;
    const legendRow = 20;
    const height = legendTop + legendRow * (weighted.length + (total < 100 ? 1 : 0)) + 4;
    const parts: string[] = [];
    let cursor = 0;
    weighted.forEach((criterion, i) => {
        const value = criterion.weight?.value ?? 0;
        const x = (width * cursor) / scale;
        const w = (width * value) / scale;
        const colour = PALETTE[i % PALETTE.length];
        const name = cleanText(criterion.title ?? label('criterion', criterion.kind));
        parts.push(`<rect${attribute('x', round(x))}${attribute('y', barTop)}${attribute('width', round(w))}${attribute('height', barHeight)}${attribute('fill', colour)} class="segment" stroke="#ffffff" stroke-width="1"/>`);
        if (w >= 48) parts.push(text(x + w / 2, barTop + barHeight / 2 + 5, criterion.weight?.display ?? '', { anchor: 'middle', size: 13, weight: 'bold', tone: 'on-colour' }));
        const ly = legendTop + legendRow * i;
        parts.push(`<rect x="0"${attribute('y', ly - 11)} width="14" height="14"${attribute('fill', colour)}/>`);
        const kind = label('criterion', criterion.kind);
        parts.push(text(22, ly, `${name}${name.toLowerCase() === kind.toLowerCase() ? '' : ` (${kind.toLowerCase()})`}: ${criterion.weight?.display ?? ''}`, { size: 12 }));
        cursor += value;
    });
    if (total < 100) {
        const x = (width * total) / scale;
        parts.push(`<rect${attribute('x', round(x))}${attribute('y', barTop)}${attribute('width', round(width - x))}${attribute('height', barHeight)} class="unallocated" fill="#ffffff"${attribute('stroke', MUTED)} stroke-dasharray="4 3"/>`);
        const ly = legendTop + legendRow * weighted.length;
        parts.push(text(22, ly, `Not allocated: ${formatNumber(100 - total)}%`, { size: 12, tone: 'muted' }));
    }
    const description = weighted.map(c => `${cleanText(c.title ?? label('criterion', c.kind))} ${c.weight?.display ?? ''}`).join('; ')
        + `; total ${criteria.totalWeight.display}`;
    return svg(id, width, height, 'Award weightings', description, parts.join(''));
}

// ------------------------------------------------------------------ lot values

/** Each lot's value against the value of the whole tender. */
export function lotValues(model: TenderDocument, id: string): string | undefined {
    const whole = model.totals.value;
    const lots = model.lots.filter(l => l.value !== null);
    if (lots.length === 0 || !whole || whole.minor <= 0) return undefined;
    const width = 640;
    const labelWidth = 300;
    const valueWidth = 140;
    const barWidth = width - labelWidth - valueWidth;
    const row = 30;
    const height = row * (lots.length + 1) + 6;
    const largest = Math.max(whole.minor, ...lots.map(l => l.value?.minor ?? 0));
    const parts: string[] = [];
    const bar = (index: number, name: string, minor: number, valueText: string, colour: string) => {
        const y = 4 + index * row;
        parts.push(text(0, y + 16, truncate(name, 46), { size: 12 }));
        parts.push(`<rect${attribute('x', labelWidth)}${attribute('y', y + 4)}${attribute('width', barWidth)} height="16" class="track" fill="#eef2f7"/>`);
        parts.push(`<rect${attribute('x', labelWidth)}${attribute('y', y + 4)}${attribute('width', round((barWidth * minor) / largest))} height="16"${attribute('fill', colour)}/>`);
        parts.push(text(labelWidth + barWidth + 8, y + 16, valueText, { size: 12 }));
    };
    lots.forEach((lot, i) => {
        const value = lot.value;
        if (!value) return;
        bar(i, cleanText(lotHeading(lot)), value.minor, `${value.display}${lot.share ? ` (${lot.share.display})` : ''}`, PALETTE[i % PALETTE.length]);
    });
    bar(lots.length, 'Tender value', whole.minor, whole.display, MUTED);
    const description = lots.map(l => `Lot ${l.number} ${l.value?.display ?? ''}${l.share ? `, ${l.share.display} of the tender value` : ''}`).join('; ') + `; tender value ${whole.display}`;
    return svg(id, width, height, 'Lot values against the tender value', description, parts.join(''));
}

function truncate(text: string, length: number): string {
    return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
