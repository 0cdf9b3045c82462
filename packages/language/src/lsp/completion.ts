/**
 * Completion. Langium proposes what the grammar allows at the cursor; this adds what each proposal
 * means: values (procedures, regimes, collaboration models, ...) come as enum members with what
 * choosing them implies, keywords with what the property holds, and names with their kind and
 * title. Hyphenated keywords (`contributes-to`, `joint-bids`) complete as one word even half typed,
 * which the lexer alone would split at the hyphen.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionProviderOptions, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { Position } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import { detailLines, summaryLine } from './node-info.js';
import { keywordDoc, VALUE_LISTS } from './vocabulary.js';
import { UNCLOSED_TEXT } from '../parser/tender-token-builder.js';

/** The datatype rule for names, whose keyword alternatives are names, not keywords. */
export const NAME_RULE = 'Name';

/** A word being typed that contains a hyphen: `contributes-t`, `joint-`. */
const HYPHENATED_WORD = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]*)+$/;

export class TenderCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    protected readonly services: TenderServices;
    private readonly ownersCache = new Map<GrammarAST.Keyword, readonly { type: string; feature: string }[]>();

    constructor(services: TenderServices) {
        super(services);
        this.services = services;
    }

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offset = textDocument.offsetAt(position);
        const root = document.parseResult.value.$cstNode;
        if (!root) return;
        if (insideTextOrComment(document, offset)) return;
        const word = HYPHENATED_WORD.exec(text.slice(Math.max(0, offset - 64), offset));
        if (word) {
            // The lexer reads `joint-b` as `joint`, an error and `b`: complete the whole word instead.
            const start = offset - word[0].length;
            let end = offset;
            while (end < text.length && /[A-Za-z0-9_-]/.test(text.charAt(end))) end++;
            yield {
                document,
                textDocument,
                offset,
                position,
                node: CstUtils.findLeafNodeBeforeOffset(root, start)?.astNode,
                tokenOffset: start,
                tokenEndOffset: end,
                features: this.findFeaturesAt(textDocument, start)
            };
            return;
        }
        yield* super.buildContexts(document, position);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isKeyword(next.feature)) {
            return this.keywordCompletion(context, next.feature, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected keywordCompletion(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) return;
        // A keyword may be a name (`need region`), but where a name belongs it is not proposed.
        if (AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === NAME_RULE) return;
        if (this.alreadyGiven(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const list = rule ? VALUE_LISTS[rule.name] : undefined;
        const doc = keywordDoc(rule?.name, keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: list ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: list ? `${list}: ${doc?.summary ?? keyword.value}` : doc?.summary ?? 'keyword',
            documentation: doc?.details ? { kind: 'markdown', value: doc.details } : undefined,
            // Values are what the cursor most likely wants after their property keyword.
            sortText: list ? '0' : '1'
        });
    }

    /**
     * Whether the keyword starts a property that may be given once and already is, in the element
     * the cursor is in (a second `title` would only be an error). The property being retyped at
     * the cursor does not count.
     */
    protected alreadyGiven(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const root = context.document.parseResult.value.$cstNode;
        if (!root) return false;
        const owners = this.singleOwners(keyword);
        if (owners.length === 0) return false;
        let node: AstNode | undefined = CstUtils.findLeafNodeBeforeOffset(root, context.tokenOffset)?.astNode;
        while (node) {
            for (const owner of owners) {
                if (node.$type !== owner.type) continue;
                const value = (node as unknown as Record<string, unknown>)[owner.feature];
                if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) return false;
                const given = typeof value === 'object' && value !== null && '$cstNode' in value
                    ? (value as AstNode).$cstNode
                    : node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, keyword.value);
                return !given || given.offset !== context.tokenOffset;
            }
            node = node.$container;
        }
        return false;
    }

    /** The element types and single-valued properties a keyword begins (cached per keyword). */
    protected singleOwners(keyword: GrammarAST.Keyword): readonly { type: string; feature: string }[] {
        const cached = this.ownersCache.get(keyword);
        if (cached) return cached;
        const owners: { type: string; feature: string }[] = [];
        const group: AstNode | undefined = keyword.$container;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (rule && GrammarAST.isGroup(group)) {
            const index = group.elements.indexOf(keyword);
            // `extension up-to duration`: the property follows the keywords.
            const next = group.elements.slice(index + 1).find(e => !GrammarAST.isKeyword(e));
            const first = group.elements.find(e => !GrammarAST.isAction(e));
            if (first === keyword && group === rule.definition) {
                // `funding { ... }`: the rule is given once where it is assigned with `=`.
                for (const assignment of AstUtils.streamAllContents(this.grammar).filter(GrammarAST.isAssignment)) {
                    if (assignment.operator === '=' && GrammarAST.isRuleCall(assignment.terminal) && assignment.terminal.rule.ref === rule) {
                        const caller = AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule);
                        if (caller) owners.push({ type: caller.name, feature: assignment.feature });
                    }
                }
            } else if (GrammarAST.isAssignment(next) && next.operator !== '+=') {
                owners.push({ type: rule.name, feature: next.feature });
            }
        }
        this.ownersCache.set(keyword, owners);
        return owners;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, _context: CompletionContext): CompletionValueItem {
        const node = this.nodeOf(description);
        const qualified = description.name.includes('.');
        const already = alreadyReferenced(refInfo, description.name);
        const documentation = node ? this.referenceDocumentation(node) : undefined;
        return {
            nodeDescription: description,
            kind: this.nodeKindProvider.getCompletionItemKind(description),
            detail: node ? summaryLine(node) : description.type,
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            // Plain names first, qualified ones after, names already in this list last.
            sortText: `${already ? 2 : qualified ? 1 : 0}${description.name}`
        };
    }

    protected referenceDocumentation(node: AstNode): string | undefined {
        const lines = detailLines(node);
        const comment = this.documentationProvider.getDocumentation(node);
        const parts = [lines.join('  \n'), comment ?? ''].filter(p => p.length > 0);
        return parts.length > 0 ? parts.join('\n\n') : undefined;
    }

    protected nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const document = this.services.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        if (!document) return undefined;
        return this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path);
    }
}

/** Whether the name is already given in the same list (`needs Homelessness, |`). */
function alreadyReferenced(refInfo: ReferenceInfo, name: string): boolean {
    const value = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
    if (!Array.isArray(value)) return false;
    return value.some(v => typeof v === 'object' && v !== null && (v as { $refText?: string }).$refText === name);
}

/** The cursor is inside a text or a comment, where nothing should be proposed. */
function insideTextOrComment(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root) return false;
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1);
    if (!leaf) return false;
    const type = leaf.tokenType.name;
    if (type === 'STRING' || type === 'ML_COMMENT') {
        return offset > leaf.offset && offset < leaf.end;
    }
    if (type === UNCLOSED_TEXT) {
        return offset > leaf.offset; // a text or comment left open runs to the end of the file
    }
    if (type === 'SL_COMMENT') {
        return offset > leaf.offset && offset <= leaf.end;
    }
    return false;
}
