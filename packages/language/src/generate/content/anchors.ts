/**
 * Where each lint finding belongs in the document, for review comments: the finding's source line
 * leads to the innermost tender element that contains it, and from there to the first clause,
 * heading or table row that renders that element. A finding no block renders goes on the cover.
 */
import type { ContentBlock, SourceSpan } from './blocks.js';
import type { WriterFinding } from '../writers.js';

/** A place a comment can be anchored: a block, a row of a table block, or the cover. */
export type AnchorKey = `block:${number}` | `row:${number}:${number}` | 'cover';

interface Candidate {
    readonly key: AnchorKey;
    readonly span: SourceSpan;
    readonly isRow: boolean;
    readonly order: number;
}

export interface LocatedFinding {
    readonly line: number;
}

/** Groups findings by the anchor they belong on, keeping each group in the findings' order. */
export function anchorFindings<F extends LocatedFinding>(blocks: readonly ContentBlock[], findings: readonly F[]): Map<AnchorKey, F[]> {
    const candidates: Candidate[] = [];
    let order = 0;
    blocks.forEach((block, index) => {
        if (block.kind === 'table') {
            block.table.rows.forEach((row, rowIndex) => {
                if (row.span) candidates.push({ key: `row:${index}:${rowIndex}`, span: row.span, isRow: true, order: order++ });
            });
        } else if (block.span) {
            candidates.push({ key: `block:${index}`, span: block.span, isRow: false, order: order++ });
        }
    });
    const result = new Map<AnchorKey, F[]>();
    for (const finding of findings) {
        const key = bestAnchor(candidates, finding.line);
        const list = result.get(key) ?? [];
        list.push(finding);
        result.set(key, list);
    }
    return result;
}

function bestAnchor(candidates: readonly Candidate[], line: number): AnchorKey {
    let best: Candidate | undefined;
    for (const candidate of candidates) {
        if (line < candidate.span.line || line > candidate.span.endLine) continue;
        if (!best || better(candidate, best)) best = candidate;
    }
    return best?.key ?? 'cover';
}

/** Narrower spans first; between equals, prose before table rows, then document order. */
function better(a: Candidate, b: Candidate): boolean {
    const widthA = a.span.endLine - a.span.line;
    const widthB = b.span.endLine - b.span.line;
    if (widthA !== widthB) return widthA < widthB;
    if (a.isRow !== b.isRow) return !a.isRow;
    return a.order < b.order;
}

/** ` Silenced in the tender: <reason>.` for a finding an inline comment silences; empty otherwise. */
export function suppressionNote(finding: WriterFinding): string {
    if (!finding.suppressed) return '';
    const why = finding.suppressed.justification?.trim();
    return why ? ` Silenced in the tender: ${why.replace(/[.\s]+$/, '')}.` : ' Silenced in the tender, with no reason given.';
}
