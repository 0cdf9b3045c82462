/**
 * The figures both document writers draw, as plain geometry: the HTML writes it as inline SVG,
 * the DOCX rasterises the same shapes to a PNG (docx/png-chart.ts). One home for what a figure
 * shows, so the Word document and the preview never disagree.
 */
import type { MeasureValue, OutcomeModel } from '../../model/tender-document.js';
import { cleanText } from '../templates/markup.js';
import { outcomeTitle } from './tables.js';

export type Tone = 'ink' | 'muted' | 'accent' | 'on-colour';

export const CHART_COLOURS = {
    accent: '#1f3864',
    muted: '#595959',
    grid: '#d0d7e1',
    ink: '#1a1a1a',
    paper: '#ffffff'
} as const;

export const TONE_FILL: Record<Tone, string> = { ink: CHART_COLOURS.ink, muted: CHART_COLOURS.muted, accent: CHART_COLOURS.accent, 'on-colour': '#ffffff' };

export type Shape =
    | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly stroke: string; readonly width: number; readonly className: string }
    | { readonly kind: 'polyline'; readonly points: readonly (readonly [number, number])[]; readonly stroke: string; readonly width: number; readonly className: string }
    | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string; readonly stroke: string; readonly width: number; readonly className: string }
    | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly anchor: 'start' | 'middle' | 'end'; readonly size: number; readonly bold: boolean; readonly tone: Tone };

export interface Figure {
    readonly width: number;
    readonly height: number;
    /** Read out by screen readers (SVG title, the Word picture's title). */
    readonly title: string;
    /** Every value in words (SVG desc, the Word picture's description). */
    readonly description: string;
    readonly shapes: readonly Shape[];
}

interface TrajectoryPoint {
    readonly label: string;
    readonly sublabel?: string;
    readonly measure: MeasureValue | null;
}

function trajectoryPoints(outcome: OutcomeModel): TrajectoryPoint[] {
    return [
        { label: 'Baseline', sublabel: outcome.baseline?.year ? String(outcome.baseline.year) : undefined, measure: outcome.baseline?.measure ?? null },
        { label: '6 months', measure: outcome.horizons.sixMonths?.measure ?? null },
        { label: '2 years', measure: outcome.horizons.twoYears?.measure ?? null },
        { label: '5 years', measure: outcome.horizons.fiveYears?.measure ?? null }
    ];
}

/**
 * An outcome's trajectory: baseline, then the targets at 6 months, 2 years and 5 years; none with
 * fewer than two values. Worked out once per outcome (the model is read-only, and so is the
 * figure): the DOCX and the HTML of one run draw the same figures.
 */
export function trajectoryFigure(outcome: OutcomeModel): Figure | undefined {
    let figure = trajectories.get(outcome);
    if (figure === undefined) {
        figure = drawTrajectory(outcome) ?? null;
        trajectories.set(outcome, figure);
    }
    return figure ?? undefined;
}

const trajectories = new WeakMap<OutcomeModel, Figure | null>();

function drawTrajectory(outcome: OutcomeModel): Figure | undefined {
    const points = trajectoryPoints(outcome);
    const present = points.filter(p => p.measure !== null);
    if (present.length < 2) return undefined;
    const allPercent = present.every(p => p.measure?.kind === 'percent');
    const maximum = allPercent ? Math.max(100, ...present.map(p => p.measure?.value ?? 0)) : niceCeiling(Math.max(...present.map(p => p.measure?.value ?? 0)) * 1.15);
    const width = 300;
    const height = 180;
    const left = 36;
    const right = 16;
    const top = 22;
    const bottom = 44;
    const plotWidth = width - left - right;
    const plotHeight = height - top - bottom;
    const x = (index: number) => left + (plotWidth * index) / (points.length - 1);
    const y = (value: number) => top + plotHeight - (maximum === 0 ? 0 : (plotHeight * value) / maximum);
    const shapes: Shape[] = [];
    const text = (tx: number, ty: number, content: string, options: { anchor?: 'start' | 'middle' | 'end'; size?: number; bold?: boolean; tone?: Tone }): Shape =>
        ({ kind: 'text', x: round(tx), y: round(ty), text: content, anchor: options.anchor ?? 'start', size: options.size ?? 12, bold: options.bold ?? false, tone: options.tone ?? 'ink' });
    for (const fraction of [0, 0.5, 1]) {
        const value = maximum * fraction;
        const yy = round(y(value));
        shapes.push({ kind: 'line', x1: left, x2: width - right, y1: yy, y2: yy, stroke: CHART_COLOURS.grid, width: 1, className: 'grid' });
        shapes.push(text(left - 6, yy + 4, allPercent ? `${formatNumber(value)}%` : formatNumber(value), { anchor: 'end', size: 10, tone: 'muted' }));
    }
    const coordinates = points.flatMap((p, i) => (p.measure ? [[round(x(i)), round(y(p.measure.value))] as const] : []));
    shapes.push({ kind: 'polyline', points: coordinates, stroke: CHART_COLOURS.accent, width: 2.5, className: 'line' });
    points.forEach((point, i) => {
        const anchor = i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
        shapes.push(text(x(i), height - 24, point.label, { anchor, size: 10, tone: 'muted' }));
        if (point.sublabel) shapes.push(text(x(i), height - 11, point.sublabel, { anchor, size: 10, tone: 'muted' }));
        if (!point.measure) return;
        const px = round(x(i));
        const py = round(y(point.measure.value));
        shapes.push({ kind: 'circle', cx: px, cy: py, r: 4, fill: i === 0 ? CHART_COLOURS.paper : CHART_COLOURS.accent, stroke: CHART_COLOURS.accent, width: 2, className: i === 0 ? 'point baseline' : 'point' });
        shapes.push(text(px, py - 9, point.measure.display, { anchor, size: 11, bold: true, tone: 'accent' }));
    });
    return {
        width,
        height,
        title: `${cleanText(outcomeTitle(outcome))}: trajectory`,
        description: points.map(p => `${p.label}${p.sublabel ? ` ${p.sublabel}` : ''}: ${p.measure ? p.measure.display : 'not given'}`).join('; '),
        shapes
    };
}

export function round(value: number): number {
    return Math.round(value * 10) / 10;
}

export function niceCeiling(value: number): number {
    if (value <= 0) return 1;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 2.5, 5, 10]) {
        if (step * magnitude >= value) return step * magnitude;
    }
    return 10 * magnitude;
}

export function formatNumber(value: number): string {
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}
