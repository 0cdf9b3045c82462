/**
 * Langium's linker, with references that cost little when a file has very many of them.
 *
 * Langium 4.1 makes each reference as an object literal with three getters: three closures, three
 * accessor pairs and a dictionary of properties, about 800 bytes for every name written in a
 * reference; and it asks the scope provider for a fresh scope for every reference, and the scope
 * for the name again, even when the next reference is in the same list. `needs A,A,...` with
 * 200,000 items spent a third of its time making and collecting those objects. Here a reference
 * is an instance of one class (its getters on the prototype, the same fields and the same
 * behaviour as Langium's), and the references of one node share its scope and the names already
 * found in it (per node and property, within one synchronous step of linking).
 */
import type { AstNode, AstNodeDescription, CstNode, LangiumDocument, LinkingError, Reference, ReferenceInfo, Scope } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, DocumentState, interruptAndCheck, isAstNode, isAstNodeDescription, isLinkingError, RefResolving } from 'langium';
import { echoed } from '../values/text.js';

interface ReferenceOwner {
    readonly linker: TenderLinker;
    readonly node: AstNode;
    readonly property: string;
}

/** A reference, as Langium's buildReference makes it (see its doc), with its getters shared. */
class TenderReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    _nodeDescription: AstNodeDescription | undefined = undefined;

    constructor(readonly $refNode: CstNode | undefined, readonly $refText: string, private readonly _owner: ReferenceOwner) {}

    get ref(): AstNode | undefined {
        const { linker, node, property } = this._owner;
        if (isAstNode(this._ref)) {
            return this._ref;
        } else if (isAstNodeDescription(this._nodeDescription)) {
            const linkedNode = linker.loadAstNode(this._nodeDescription);
            this._ref = linkedNode ?? linker.createLinkingError({ reference: this, container: node, property }, this._nodeDescription);
        } else if (this._ref === undefined) {
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(node).$document;
            const refData = linker.getLinkedNode({ reference: this, container: node, property });
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                this._ref = undefined;
                return undefined;
            }
            this._ref = refData.node ?? refData.error;
            this._nodeDescription = refData.descr;
            document?.references.push(this);
        } else if (this._ref === RefResolving) {
            linker.cyclicReference(node, property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

/** What the references of one node have found so far: its scope and the names found in it, per property. */
interface NodeScopes {
    readonly node: AstNode;
    readonly byProperty: Map<string, { scope: Scope; found: Map<string, AstNodeDescription> }>;
}

export class TenderLinker extends DefaultLinker {
    private current: NodeScopes | undefined;

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            // Nothing else runs until this node's references are linked: the scopes cannot change meanwhile.
            this.current = { node, byProperty: new Map() };
            try {
                AstUtils.streamReferences(node).forEach(ref => this.doLink(ref, document));
            } finally {
                this.current = undefined;
            }
        }
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const current = this.current;
        if (!current || current.node !== refInfo.container) {
            return super.getCandidate(refInfo);
        }
        let entry = current.byProperty.get(refInfo.property);
        if (!entry) {
            entry = { scope: this.scopeProvider.getScope(refInfo), found: new Map() };
            current.byProperty.set(refInfo.property, entry);
        }
        const name = refInfo.reference.$refText;
        let description = entry.found.get(name);
        if (!description) {
            description = entry.scope.getElement(name);
            if (!description) return this.createLinkingError(refInfo);
            entry.found.set(name, description);
        }
        return description;
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new TenderReference(refNode, refText, this.ownerOf(node, property));
    }

    /** One owner object per node and property, shared by the references in its list. */
    private readonly owners = new WeakMap<AstNode, ReferenceOwner>();
    private ownerOf(node: AstNode, property: string): ReferenceOwner {
        const known = this.owners.get(node);
        if (known?.property === property) return known;
        const owner = { linker: this, node, property };
        this.owners.set(node, owner);
        return owner;
    }

    override loadAstNode(nodeDescription: AstNodeDescription): AstNode | undefined {
        return super.loadAstNode(nodeDescription);
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        // Langium's message repeats the name whole: a 100 KB name made a 100 KB message.
        const name = refInfo.reference.$refText;
        return name.length > 60 ? { ...error, message: error.message.replace(`'${name}'`, `'${echoed(name, 60)}'`) } : error;
    }

    override getLinkedNode(refInfo: ReferenceInfo): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError } {
        return super.getLinkedNode(refInfo);
    }

    cyclicReference(node: AstNode, property: string, refText: string): never {
        this.throwCyclicReferenceError(node, property, refText);
    }
}
