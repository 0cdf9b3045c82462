/**
 * Go to definition, find references, document highlight and rename, all built on one notion: the
 * occurrences of an element's name. A need is named by its declaration, by plain references
 * (`Homelessness`) and by the last segment of qualified ones (`Anyborough.Homelessness`); a
 * framework, market or tender is also named by the qualifier of references to its members. So
 * renaming a need keeps the qualifier, and renaming a framework updates every qualifier.
 */
import type { AstNode, LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import { AstUtils, URI, UriUtils } from 'langium';
import type { DefinitionProvider, DocumentHighlightProvider, ReferencesProvider, RenameProvider } from 'langium/lsp';
import type { DefinitionParams, DocumentHighlight, DocumentHighlightParams, Location, LocationLink, PrepareRenameParams, Range, ReferenceParams, RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { DocumentHighlightKind, ResponseError } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';
import { kindLabel, nameOf } from './node-info.js';
import type { NamedTarget } from './targets.js';
import { leafAt, namedTargetAt } from './targets.js';
import { isImport } from '../generated/ast.js';
import { importUri } from '../references/imports.js';
import { NameRule } from '../parser/names.js';
import { echoed } from '../values/text.js';

/** Invalid parameters (JSON-RPC): a rename to a name that cannot be used. */
const INVALID_PARAMS = -32602;

export interface Occurrence {
    readonly uri: string;
    readonly range: Range;
    readonly isDeclaration: boolean;
}

/** What the cursor names, through references, declarations and qualifiers. */
export function targetAt(services: TenderServices, document: LangiumDocument, params: TextDocumentPositionParams): NamedTarget | undefined {
    const nameProvider = services.references.NameProvider;
    return namedTargetAt(document, document.textDocument.offsetAt(params.position), node => nameProvider.getNameNode(node));
}

/** Every range in the workspace that names `node`. */
export function occurrencesOf(services: TenderServices, node: AstNode, options: { includeDeclaration: boolean; documentUri?: string }): Occurrence[] {
    const result: Occurrence[] = [];
    const documents = services.shared.workspace.LangiumDocuments;
    const references = services.references.References;
    const wanted = (uri: string) => options.documentUri === undefined || UriUtils.equals(uri, options.documentUri);
    if (options.includeDeclaration) {
        const nameNode = services.references.NameProvider.getNameNode(node);
        const uri = documentUriOf(node);
        if (nameNode && uri && wanted(uri)) result.push({ uri, range: nameNode.range, isDeclaration: true });
    }
    for (const ref of references.findReferences(node, { includeDeclaration: false })) {
        const uri = ref.sourceUri.toString();
        if (!wanted(uri)) continue;
        const range = segmentRange(documents, uri, ref.segment.offset, ref.segment.end, 'last');
        if (range) result.push({ uri, range, isDeclaration: false });
    }
    // `Anyborough.Homelessness` names the framework Anyborough too.
    const name = nameOf(node);
    if (name) {
        for (const child of AstUtils.streamContents(node)) {
            if (!nameOf(child)) continue;
            for (const ref of references.findReferences(child, { includeDeclaration: false })) {
                const uri = ref.sourceUri.toString();
                if (!wanted(uri)) continue;
                const range = segmentRange(documents, uri, ref.segment.offset, ref.segment.end, 'qualifier', name);
                if (range) result.push({ uri, range, isDeclaration: false });
            }
        }
    }
    return dedupe(result);
}

function documentUriOf(node: AstNode): string | undefined {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return undefined;
    }
}

/**
 * The range of one segment of the reference text at [start, end): the last one, or the qualifier
 * (everything before the last dot) when it equals `qualifier`.
 */
function segmentRange(documents: LangiumDocuments, uri: string, start: number, end: number, which: 'last' | 'qualifier', qualifier?: string): Range | undefined {
    const document = documents.getDocument(URI.parse(uri));
    if (!document) return undefined;
    const textDocument = document.textDocument;
    const text = textDocument.getText().slice(start, end);
    const dot = text.lastIndexOf('.');
    if (which === 'last') {
        if (dot < 0) return { start: textDocument.positionAt(start), end: textDocument.positionAt(end) };
        const lead = text.slice(dot + 1).search(/\S/);
        return { start: textDocument.positionAt(start + dot + 1 + Math.max(0, lead)), end: textDocument.positionAt(end) };
    }
    if (dot < 0) return undefined;
    const before = text.slice(0, dot).trimEnd();
    if (before.trim() !== qualifier) return undefined;
    const lead = before.search(/\S/);
    return { start: textDocument.positionAt(start + Math.max(0, lead)), end: textDocument.positionAt(start + before.length) };
}

function dedupe(occurrences: Occurrence[]): Occurrence[] {
    const seen = new Set<string>();
    return occurrences.filter(o => {
        const key = `${o.uri}:${o.range.start.line}:${o.range.start.character}:${o.range.end.line}:${o.range.end.character}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** The file an import's path names, when the cursor is on the path and the file exists. */
export function importAt(services: TenderServices, document: LangiumDocument, offset: number): { uri: URI; range: Range } | undefined {
    const leaf = leafAt(document, offset);
    if (!leaf || !isImport(leaf.astNode) || leaf.tokenType.name !== 'STRING') return undefined;
    const uri = importUri(leaf.astNode, document.uri);
    if (!uri) return undefined;
    let exists = services.shared.workspace.LangiumDocuments.hasDocument(uri);
    if (!exists) {
        try {
            exists = services.shared.workspace.FileSystemProvider.existsSync(uri);
        } catch {
            exists = false;
        }
    }
    return exists ? { uri, range: leaf.range } : undefined;
}

export class TenderDefinitionProvider implements DefinitionProvider {
    constructor(protected readonly services: TenderServices) {}

    getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const imported = importAt(this.services, document, document.textDocument.offsetAt(params.position));
        if (imported) {
            const start = { line: 0, character: 0 };
            return [{ targetUri: imported.uri.toString(), targetRange: { start, end: start }, targetSelectionRange: { start, end: start }, originSelectionRange: imported.range }];
        }
        const target = targetAt(this.services, document, params);
        if (!target) return undefined;
        const uri = documentUriOf(target.node);
        const cst = target.node.$cstNode;
        const nameNode = this.services.references.NameProvider.getNameNode(target.node) ?? cst;
        if (!uri || !cst || !nameNode) return undefined;
        return [{ targetUri: uri, targetRange: cst.range, targetSelectionRange: nameNode.range, originSelectionRange: target.range }];
    }
}

export class TenderReferencesProvider implements ReferencesProvider {
    constructor(protected readonly services: TenderServices) {}

    findReferences(document: LangiumDocument, params: ReferenceParams): MaybePromise<Location[]> {
        const target = targetAt(this.services, document, params);
        if (!target) return [];
        return occurrencesOf(this.services, target.node, { includeDeclaration: params.context.includeDeclaration })
            .map(o => ({ uri: o.uri, range: o.range }));
    }
}

export class TenderDocumentHighlightProvider implements DocumentHighlightProvider {
    constructor(protected readonly services: TenderServices) {}

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): MaybePromise<DocumentHighlight[] | undefined> {
        const target = targetAt(this.services, document, params);
        if (!target) return undefined;
        return occurrencesOf(this.services, target.node, { includeDeclaration: true, documentUri: document.uri.toString() })
            .map(o => ({ range: o.range, kind: o.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    }
}

export class TenderRenameProvider implements RenameProvider {
    private readonly names: NameRule;

    constructor(protected readonly services: TenderServices) {
        this.names = new NameRule(() => services.Grammar, () => services.parser.Lexer);
    }

    prepareRename(document: LangiumDocument, params: PrepareRenameParams): MaybePromise<Range | undefined> {
        const target = targetAt(this.services, document, params);
        if (!target || !nameOf(target.node) || !kindLabel(target.node)) return undefined;
        return target.range;
    }

    rename(document: LangiumDocument, params: RenameParams): MaybePromise<WorkspaceEdit | undefined> {
        const target = targetAt(this.services, document, params);
        const oldName = target ? nameOf(target.node) : undefined;
        if (!target || !oldName || !kindLabel(target.node)) return undefined;
        const newName = params.newName.trim();
        this.checkName(target.node, newName);
        if (newName === oldName) return { changes: {} };
        const changes: Record<string, TextEdit[]> = {};
        for (const occurrence of occurrencesOf(this.services, target.node, { includeDeclaration: true })) {
            (changes[occurrence.uri] ??= []).push({ range: occurrence.range, newText: newName });
        }
        return { changes };
    }

    /**
     * A name must be what the grammar's `Name` rule accepts (any keyword but the element keywords
     * may be a name, language 1.1), and not taken by a sibling of the same kind.
     */
    protected checkName(node: AstNode, newName: string): void {
        const check = this.names.check(newName);
        if (!check.ok) throw new ResponseError(INVALID_PARAMS, this.refusal(newName, check.reason));
        const container = node.$container;
        if (container) {
            for (const sibling of AstUtils.streamContents(container)) {
                if (sibling !== node && sibling.$type === node.$type && nameOf(sibling) === newName) {
                    throw new ResponseError(INVALID_PARAMS, `There is already a ${kindLabel(node)} called ${newName} here.`);
                }
            }
        }
    }

    protected refusal(newName: string, reason: 'not-a-name' | 'reserved-keyword'): string {
        if (newName === '') return 'A name cannot be empty: use letters, digits and _, starting with a letter or _.';
        const shown = echoed(newName, 60);
        if (reason === 'reserved-keyword') {
            const reserved = this.names.reservedKeywords();
            const list = `${reserved.slice(0, -1).join(', ')} and ${reserved[reserved.length - 1]}`;
            return `'${shown}' cannot be a name: ${list} begin elements. Any other word may be a name, keywords included; choose another.`;
        }
        return `'${shown}' is not a name: use letters, digits and _, starting with a letter or _ (no spaces or hyphens).`;
    }
}
