/**
 * Semantic tokens: what the TextMate grammar cannot know. Declared names and references are
 * coloured by what they name (a need, a cohort, a service, ...), the qualifier of a qualified
 * reference as its framework, market or tender; chosen values (`light-touch`, `alliance-contract`)
 * as enum members; amounts, percentages, dates and durations as numbers.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, Cancellation, CstUtils, GrammarAST, interruptAndCheck, isReference } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import { VALUE_LISTS } from './vocabulary.js';
import { segmentLeaves } from './targets.js';

/** The token type for names of each kind of element. */
const NAME_TYPES: Readonly<Record<string, string>> = {
    Framework: SemanticTokenTypes.namespace,
    Market: SemanticTokenTypes.namespace,
    Tender: SemanticTokenTypes.class,
    Grant: SemanticTokenTypes.class,
    Need: SemanticTokenTypes.type,
    PopulationOutcome: SemanticTokenTypes.interface,
    Provider: SemanticTokenTypes.variable,
    Cohort: SemanticTokenTypes.struct,
    Persona: SemanticTokenTypes.parameter,
    Outcome: SemanticTokenTypes.event,
    Service: SemanticTokenTypes.function,
    Lot: SemanticTokenTypes.property,
    Risk: SemanticTokenTypes.variable,
    Kpi: SemanticTokenTypes.enum
};

const LITERALS = new Set(['MONEY', 'PERCENT', 'NUMBER', 'DATE', 'TIME']);

export class TenderSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected readonly services: TenderServices;

    constructor(services: TenderServices) {
        super(services);
        this.services = services;
    }

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const root = document.parseResult.value;
        const nameProvider = this.services.references.NameProvider;
        let count = 0;
        for (const node of AstUtils.streamAst(root)) {
            if (++count % 500 === 0) await interruptAndCheck(cancelToken);
            const type = NAME_TYPES[node.$type];
            const nameNode = type ? nameProvider.getNameNode(node) : undefined;
            if (type && nameNode) {
                acceptor({ cst: nameNode, type, modifier: SemanticTokenModifiers.declaration });
            }
            this.highlightReferences(node, acceptor);
        }
        const cst = root.$cstNode;
        if (!cst) return;
        for (const leaf of CstUtils.flattenCst(cst)) {
            if (++count % 500 === 0) await interruptAndCheck(cancelToken);
            if (leaf.hidden) continue;
            if (LITERALS.has(leaf.tokenType.name)) {
                acceptor({ cst: leaf, type: SemanticTokenTypes.number });
                continue;
            }
            const keyword = leaf.grammarSource;
            if (GrammarAST.isKeyword(keyword)) {
                const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
                if (rule?.name === 'DurationUnit') {
                    acceptor({ cst: leaf, type: SemanticTokenTypes.number });
                } else if (rule && VALUE_LISTS[rule.name]) {
                    acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember });
                }
            }
        }
    }

    protected highlightReferences(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (!isReference(reference) || !reference.$refNode) continue;
            const target = reference.ref;
            const leaves = segmentLeaves(reference.$refNode);
            if (leaves.length === 0) continue;
            const last = leaves[leaves.length - 1];
            const type = target ? NAME_TYPES[target.$type] ?? SemanticTokenTypes.variable : SemanticTokenTypes.variable;
            for (const qualifier of leaves.slice(0, -1)) {
                acceptor({ cst: qualifier, type: SemanticTokenTypes.namespace });
            }
            acceptor({ cst: last, type });
        }
    }

    protected highlightElement(): void | 'prune' {
        return 'prune'; // everything is done in computeHighlighting, in one pass
    }
}
