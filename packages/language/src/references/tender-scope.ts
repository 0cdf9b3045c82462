/**
 * Scoping. Frameworks, markets, tenders and grants are exported by name, and so are the needs,
 * population outcomes and providers inside them, each both by its own name (`Homelessness`) and
 * qualified by its container (`Anyborough.Homelessness`). A reference sees its own file and the
 * files that file imports, nothing else in the workspace.
 */
import type { AstNode, AstNodeDescription, FileSystemProvider, LangiumCoreServices, LangiumDocument, LangiumDocuments, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, Cancellation, URI, DefaultScopeComputation, DefaultScopeProvider, interruptAndCheck, MultiMap, MultiMapScope, stream, WorkspaceCache } from 'langium';
import { forEachAstNode } from '../ast-walk.js';
import { isFramework, isMarket, isModel, isTender } from '../generated/ast.js';
import { importClosure } from './imports.js';
import { isBoundedFileSystem } from '../workspace/workspace-roots.js';

export class TenderScopeComputation extends DefaultScopeComputation {
    /**
     * Langium's, with the same symbols in the same order, but the nodes listed with a plain loop
     * (ast-walk.ts) and a look for cancellation every 256 nodes rather than an await at every
     * node: it runs on every edit.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes: AstNode[] = [];
        forEachAstNode(root, node => {
            if (node !== root) nodes.push(node);
        });
        for (let i = 0; i < nodes.length; i++) {
            if (i % 256 === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        return symbols;
    }

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

/** The names declared directly in one container, of one reference type, looked up by name. */
interface LocalNames {
    readonly byName: ReadonlyMap<string, readonly AstNodeDescription[]>;
    readonly all: readonly AstNodeDescription[];
}

/**
 * A container's own names in front of an outer scope, as Langium's StreamScope, but found by name
 * in a map: the default scope searches every name of the tender for every reference, which made
 * linking a tender of a thousand outcomes quadratic.
 */
class LocalScope implements Scope {
    constructor(private readonly names: LocalNames, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.names.byName.get(name)?.[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.names.byName.get(name) ?? []).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.names.all).concat(this.outer.getAllElements());
    }
}

export class TenderScopeProvider extends DefaultScopeProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly fileSystem: FileSystemProvider;
    protected readonly visibleCache: WorkspaceCache<string, Scope>;
    /** Per computation of a document's local symbols: per container, per reference type. */
    protected readonly localNames = new WeakMap<LocalSymbols, WeakMap<AstNode, Map<string, LocalNames>>>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.visibleCache = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        let result = this.getGlobalScope(referenceType, context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) {
            return result;
        }
        // Innermost container first in the chain, as in DefaultScopeProvider.
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) {
                containers.push(node);
            }
        }
        for (let i = containers.length - 1; i >= 0; i--) {
            result = new LocalScope(this.localNamesOf(localSymbols, containers[i], referenceType), result);
        }
        return result;
    }

    protected localNamesOf(localSymbols: LocalSymbols, container: AstNode, referenceType: string): LocalNames {
        let byContainer = this.localNames.get(localSymbols);
        if (!byContainer) {
            byContainer = new WeakMap();
            this.localNames.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let names = byType.get(referenceType);
        if (!names) {
            const all = localSymbols.getStream(container).filter(d => this.reflection.isSubtype(d.type, referenceType)).toArray();
            const byName = new Map<string, AstNodeDescription[]>();
            for (const description of all) {
                const list = byName.get(description.name);
                if (list) list.push(description);
                else byName.set(description.name, [description]);
            }
            names = { byName, all };
            byType.set(referenceType, names);
        }
        return names;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container as AstNode);
        const key = `${document.uri.toString()}\u0000${referenceType}`;
        return this.visibleCache.get(key, () => {
            const visible = importClosure(document, this.documents);
            const fileSystem = this.fileSystem;
            if (isBoundedFileSystem(fileSystem)) {
                // A file refused at the workspace boundary contributes no names, even when an editor has it open.
                for (const uri of visible) {
                    if (uri === document.uri.toString()) continue;
                    const refusal = fileSystem.refusal(URI.parse(uri));
                    if (refusal && refusal.code !== 'missing') visible.delete(uri);
                }
            }
            return new MultiMapScope(this.indexManager.allElements(referenceType, visible));
        });
    }
}
