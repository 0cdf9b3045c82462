/**
 * Scoping. Frameworks, markets, tenders and grants are exported by name, and so are the needs,
 * population outcomes and providers inside them, each both by its own name (`Homelessness`) and
 * qualified by its container (`Anyborough.Homelessness`). A reference sees its own file and the
 * files that file imports, nothing else in the workspace.
 */
import type { AstNode, AstNodeDescription, LangiumCoreServices, LangiumDocument, LangiumDocuments, ReferenceInfo, Scope } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, DefaultScopeProvider, interruptAndCheck, MultiMapScope, WorkspaceCache } from 'langium';
import { isFramework, isMarket, isModel, isTender } from '../generated/ast.js';
import { importClosure } from './imports.js';

export class TenderScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        if (!isModel(root)) {
            return exports;
        }
        for (const element of root.elements) {
            await interruptAndCheck(cancelToken);
            this.addExportedSymbol(element, exports, document);
            if (isFramework(element) || isMarket(element) || isTender(element)) {
                const container = element.name;
                for (const child of AstUtils.streamContents(element)) {
                    const name = this.nameProvider.getName(child);
                    if (!name) {
                        continue;
                    }
                    if (isFramework(element) || isMarket(element)) {
                        exports.push(this.descriptions.createDescription(child, name, document));
                    }
                    if (container) {
                        exports.push(this.descriptions.createDescription(child, `${container}.${name}`, document));
                    }
                }
            }
        }
        return exports;
    }
}

export class TenderScopeProvider extends DefaultScopeProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly visibleCache: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.visibleCache = new WorkspaceCache(services.shared);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container as AstNode);
        const key = `${document.uri.toString()}\u0000${referenceType}`;
        return this.visibleCache.get(key, () => {
            const visible = importClosure(document, this.documents);
            return new MultiMapScope(this.indexManager.allElements(referenceType, visible));
        });
    }
}
