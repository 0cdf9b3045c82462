/**
 * Folding: Langium folds every block of three lines or more and block comments; this adds texts
 * that span lines (a long purpose or story), runs of line comments, and the imports.
 */
import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { FoldingRangeAcceptor } from 'langium/lsp';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';

export class TenderFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const root = document.parseResult?.value;
        const cst = root?.$cstNode;
        if (!cst) return;
        let run: { start: number; end: number } | undefined;
        const flushRun = () => {
            if (run && run.end > run.start) {
                acceptor({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            }
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(cst)) {
            const type = leaf.tokenType.name;
            if (type === 'SL_COMMENT') {
                const line = leaf.range.start.line;
                if (run && line === run.end + 1) run.end = line;
                else {
                    flushRun();
                    run = { start: line, end: line };
                }
                continue;
            }
            if (type === 'STRING' && leaf.range.end.line > leaf.range.start.line) {
                acceptor({ startLine: leaf.range.start.line, endLine: leaf.range.end.line, kind: FoldingRangeKind.Region });
            }
            if (!leaf.hidden) flushRun();
        }
        flushRun();
        if (isModel(root) && root.imports.length > 1) {
            const first = root.imports[0].$cstNode;
            const last = root.imports[root.imports.length - 1].$cstNode;
            if (first && last && last.range.end.line > first.range.start.line) {
                acceptor({ startLine: first.range.start.line, endLine: last.range.end.line, kind: FoldingRangeKind.Imports });
            }
        }
    }
}
