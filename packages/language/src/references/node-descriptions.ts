/**
 * The descriptions of named nodes that the index and the scopes hold, as Langium's
 * DefaultAstNodeDescriptionProvider makes them, with the same fields, but where the name is written
 * (nameSegment), the node's extent (selectionSegment) and its path are worked out when first asked
 * for, most never are. Langium works out the extent and the path of every named node at once
 * (twice per node: as an export and as a local symbol), and makes two closures for each: on a
 * 5,000-line tender that was a few milliseconds of every edit, and the ranges it made stay in the
 * syntax tree of every open document.
 */
import type { AstNode, AstNodeDescription, AstNodeLocator, DocumentSegment, LangiumCoreServices, LangiumDocument, NameProvider, URI } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';

interface DescriptionServices {
    readonly locator: AstNodeLocator;
    readonly names: NameProvider;
}

class LazyNodeDescription implements AstNodeDescription {
    private _nameSegment: DocumentSegment | undefined | null = null;
    private _selectionSegment: DocumentSegment | undefined | null = null;
    private _path: string | undefined = undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        private readonly services: DescriptionServices
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        if (this._nameSegment === null) {
            this._nameSegment = CstUtils.toDocumentSegment(this.services.names.getNameNode(this.node) ?? this.node.$cstNode);
        }
        return this._nameSegment;
    }

    get selectionSegment(): DocumentSegment | undefined {
        if (this._selectionSegment === null) {
            this._selectionSegment = CstUtils.toDocumentSegment(this.node.$cstNode);
        }
        return this._selectionSegment;
    }

    get path(): string {
        return this._path ??= this.services.locator.getAstNodePath(this.node);
    }
}

export class TenderAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    private readonly services: DescriptionServices;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.services = { locator: services.workspace.AstNodeLocator, names: services.references.NameProvider };
    }

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) {
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        return new LazyNodeDescription(node, name, node.$type, doc.uri, this.services);
    }
}
