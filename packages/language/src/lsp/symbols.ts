/**
 * The outline (document symbols) and workspace symbols. The outline follows the commissioner's
 * view of a tender: cohorts (with personas), outcomes, services, lots, award criteria and risks,
 * each with its title or key figure as detail. Workspace symbols list each element once, by its
 * own name, with its framework, market or tender as container, although the index knows members
 * by their qualified name as well.
 */
import type { AstNode, AstNodeDescription, CstNode, IndexManager, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, Cancellation, CstUtils, interruptAndCheck } from 'langium';
import type { DocumentSymbolProvider, FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { TenderServices } from '../tender-module.js';
import { formatMoney, moneyOf } from '../values/money.js';
import { formatPercent } from '../values/percent.js';
import { kindLabel, nameOf, titleOf } from './node-info.js';

export class TenderDocumentSymbolProvider implements DocumentSymbolProvider {
    protected readonly services: TenderServices;
    protected readonly nodeKinds: NodeKindProvider;

    constructor(services: TenderServices) {
        this.services = services;
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        return this.children(root);
    }

    protected children(node: AstNode): DocumentSymbol[] {
        const result: DocumentSymbol[] = [];
        for (const child of AstUtils.streamContents(node)) {
            result.push(...this.symbolsOf(child));
        }
        return result;
    }

    protected symbolsOf(node: AstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        if (!cst) return [];
        if (ast.isAwardCriteria(node)) {
            const assessment = node.assessment?.$cstNode
                ? [this.symbol(node.assessment, node.assessment.$cstNode, node.assessment.$cstNode, 'assessment', this.assessmentDetail(node.assessment), [])]
                : [];
            return [this.symbol(node, cst, cst, 'award-criteria', this.weightsDetail(node.criteria), [...this.criteria(node), ...assessment])];
        }
        const block = this.blockSymbol(node, cst);
        if (block) return [block];
        const kind = kindLabel(node);
        if (!kind) return []; // unnamed parts (engagement, timeline, ...) are properties, not outline entries
        const name = nameOf(node);
        const nameNode = name ? this.services.references.NameProvider.getNameNode(node) : undefined;
        const children = ast.isTender(node) || ast.isLot(node) || ast.isCohort(node) || ast.isFramework(node) || ast.isMarket(node) ? this.children(node) : [];
        // While a name is still being typed, the element and what it holds stay in the outline.
        const selection = nameNode ?? CstUtils.flattenCst(cst).head() ?? cst;
        return [this.symbol(node, cst, selection, name ?? `(unnamed ${kind})`, this.detail(node), children)];
    }

    protected criteria(node: ast.AwardCriteria): DocumentSymbol[] {
        return node.criteria.flatMap(criterion => {
            const cst = criterion.$cstNode;
            if (!cst) return [];
            const subs = criterion.subCriteria.flatMap(sub => sub.$cstNode
                ? [this.symbol(sub, sub.$cstNode, sub.$cstNode, sub.title ?? 'sub-criterion', sub.weight !== undefined ? formatPercent(sub.weight) : 'no weight', [])]
                : []);
            const detail = [criterion.kind, criterion.weight !== undefined ? formatPercent(criterion.weight) : 'no weight'].filter(Boolean).join(', ');
            return [this.symbol(criterion, cst, cst, criterion.title ?? criterion.kind ?? 'criterion', detail, subs)];
        });
    }

    /** The blocks of the notice facts (language 1.1): named by their keyword, with their key fact as detail. */
    protected blockSymbol(node: AstNode, cst: CstNode): DocumentSymbol | undefined {
        if (ast.isOrganisationDetails(node) && ast.isTender(node.$container)) {
            return this.symbol(node, cst, cst, 'buyer', [node.$container.buyer, node.id].filter(Boolean).join(' — '), []);
        }
        if (ast.isJointBuyer(node)) {
            return this.symbol(node, cst, cst, 'joint-buyer', [node.buyer, node.details?.id].filter(Boolean).join(' — '), []);
        }
        if (ast.isFrameworkAgreement(node)) {
            const term = node.term ? `${node.term.amount} ${node.term.unit}` : undefined;
            const suppliers = node.suppliers?.kind === 'up-to' ? `up to ${node.suppliers.upTo ?? '?'} suppliers` : node.suppliers?.kind;
            return this.symbol(node, cst, cst, 'framework-agreement', [term, suppliers, node.open ? 'open' : undefined].filter(Boolean).join(', '), []);
        }
        if (ast.isSubmission(node)) {
            return this.symbol(node, cst, cst, 'submission', node.via ?? '', []);
        }
        if (ast.isProcedureDetails(node) && ast.isTender(node.$container)) {
            return this.symbol(node, cst, cst, `procedure ${node.$container.procedure ?? ''}`.trim(), node.justification ?? node.rounds ?? '', []);
        }
        return undefined;
    }

    protected assessmentDetail(node: ast.Assessment): string {
        const scale = node.scaleFrom !== undefined && node.scaleTo !== undefined ? `scale ${node.scaleFrom} to ${node.scaleTo}` : 'no scale';
        return [scale, `${node.marks.length} ${node.marks.length === 1 ? 'mark' : 'marks'}`, node.noPassMarks ? 'no pass marks' : undefined].filter(Boolean).join(', ');
    }

    protected weightsDetail(criteria: readonly ast.Criterion[]): string {
        const total = criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0);
        return `${criteria.length} ${criteria.length === 1 ? 'criterion' : 'criteria'}, ${formatPercent(total)}`;
    }

    protected detail(node: AstNode): string {
        if (ast.isLot(node)) {
            const value = moneyOf(node.value);
            return [value ? formatMoney(value) : undefined, node.title].filter(Boolean).join(' — ');
        }
        if (ast.isCohort(node) && node.size) {
            return [`${node.size.count} ${node.size.unit ?? ''}`.trim(), node.description].filter(Boolean).join(' — ');
        }
        if (ast.isTender(node)) {
            const value = moneyOf(node.value?.amount);
            return [node.title, value ? formatMoney(value) : undefined].filter(Boolean).join(' — ');
        }
        return titleOf(node) ?? '';
    }

    protected symbol(node: AstNode, cst: CstNode, selection: CstNode, name: string, detail: string, children: DocumentSymbol[]): DocumentSymbol {
        return {
            name: name.length > 0 ? name : '(unnamed)',
            detail: oneLine(detail),
            kind: this.nodeKinds.getSymbolKind(node),
            range: cst.range,
            selectionRange: selection.range,
            children: children.length > 0 ? children : undefined
        };
    }
}

export class TenderWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    protected readonly indexManager: IndexManager;
    protected readonly nodeKinds: NodeKindProvider;
    protected readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.indexManager = services.workspace.IndexManager;
        this.nodeKinds = services.lsp.NodeKindProvider;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const byNode = new Map<string, AstNodeDescription>();
        for (const description of this.indexManager.allElements()) {
            await interruptAndCheck(cancelToken);
            const key = `${description.documentUri.toString()}#${description.path}`;
            const existing = byNode.get(key);
            // Prefer the plain name; keep the qualified one for members known only by it.
            if (!existing || description.name.length < existing.name.length) byNode.set(key, description);
        }
        const result: WorkspaceSymbol[] = [];
        for (const description of byNode.values()) {
            const dot = description.name.lastIndexOf('.');
            const name = dot >= 0 ? description.name.slice(dot + 1) : description.name;
            const container = dot >= 0 ? description.name.slice(0, dot) : containerName(description);
            if (query.length > 0 && !this.fuzzyMatcher.match(query, name) && !this.fuzzyMatcher.match(query, description.name)) continue;
            const range = description.nameSegment?.range;
            if (!range) continue;
            result.push({
                name,
                kind: this.nodeKinds.getSymbolKind(description) ?? SymbolKind.Field,
                containerName: container,
                location: { uri: description.documentUri.toString(), range }
            });
        }
        return result.sort((a, b) => a.name.localeCompare(b.name) || (a.containerName ?? '').localeCompare(b.containerName ?? ''));
    }
}

function containerName(description: AstNodeDescription): string | undefined {
    const container = description.node?.$container;
    return container ? nameOf(container) : undefined;
}

function oneLine(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
