/**
 * Inlay hints: after each lot's value, its share of the tender value; after the bid deadline (and
 * a participation deadline), the period in days against its legal minimum.
 */
import type { LangiumDocument } from 'langium';
import { AstUtils, Cancellation, GrammarUtils } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams, Position } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import { isLot, isTender, isTimeline } from '../generated/ast.js';
import type { TenderServices } from '../tender-module.js';
import { lotShare, lotShareLabel, periodFigures, periodLabel } from './figures.js';

export class TenderInlayHintProvider implements InlayHintProvider {
    protected readonly services: TenderServices;

    constructor(services: TenderServices) {
        this.services = services;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): InlayHint[] {
        const hints: InlayHint[] = [];
        // The whole tree, filtered by position: Langium 4.1's range-limited streamAst skips the
        // property after a child outside the range (a tender's lots after its value, for one).
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (cancelToken.isCancellationRequested) {
                break;
            }
            if (isLot(node) && isTender(node.$container) && node.value !== undefined && node.$cstNode) {
                const share = lotShare(node, node.$container);
                const value = GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
                if (share !== undefined && value && within(value.range.end, params.range)) {
                    hints.push({ position: value.range.end, label: lotShareLabel(share), paddingLeft: true, kind: InlayHintKind.Parameter });
                }
            } else if (isTimeline(node) && isTender(node.$container) && node.$cstNode) {
                const advisory = this.services.lint.ConfigProvider.getConfig(document.uri).thresholds.advisoryTenderingDays;
                for (const figure of periodFigures(node.$container, node, advisory)) {
                    const date = GrammarUtils.findNodeForProperty(node.$cstNode, figure.deadline);
                    if (date && within(date.range.end, params.range)) {
                        hints.push({ position: date.range.end, label: periodLabel(figure), tooltip: figure.explanation, paddingLeft: true, kind: InlayHintKind.Parameter });
                    }
                }
            }
        }
        return hints;
    }
}

function within(position: Position, range: InlayHintParams['range']): boolean {
    const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}
