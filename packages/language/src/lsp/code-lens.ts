/**
 * Code lenses that show the whole while a commissioner types: above each `award-criteria` block how
 * the weights add up (total, price and social value shares), above a tender's first `lot` how the
 * lot values add up against the tender value, above `procedure` how many facts the notice it
 * publishes still lacks (the law module's legal situation). Information only: the lenses run no command.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isAwardCriteria, isTender } from '../generated/ast.js';
import { criteriaFigures, criteriaSummary, lotSummary, lotTotals, noticeSummary } from './figures.js';

export class TenderCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const lenses: CodeLens[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isAwardCriteria(node)) {
                const keyword = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, 'award-criteria');
                if (keyword) {
                    lenses.push({ range: keyword.range, command: { title: criteriaSummary(criteriaFigures(node)), command: '' } });
                }
            } else if (isTender(node)) {
                const totals = lotTotals(node);
                const first = node.lots[0];
                const keyword = first?.$cstNode && GrammarUtils.findNodeForKeyword(first.$cstNode, 'lot');
                if (totals && keyword) {
                    lenses.push({ range: keyword.range, command: { title: lotSummary(totals), command: '' } });
                }
                const notice = noticeSummary(node);
                const procedure = notice && node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, 'procedure');
                if (notice && procedure) {
                    lenses.push({ range: procedure.range, command: { title: notice, command: '' } });
                }
            }
        }
        return lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
}
