/**
 * What the cursor is on: a declaration's name, a reference (or the qualifier of a qualified
 * reference, `Anyborough` in `Anyborough.Homelessness`, which stands for the framework), or some
 * other token. Hover, go to definition, rename and highlight all start here, so that they agree.
 */
import type { AstNode, CstNode, LangiumDocument, LeafCstNode, Reference } from 'langium';
import { AstUtils, CstUtils, isReference } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { nameOf } from './node-info.js';

const NAME_CHAR = /[A-Za-z0-9_]/;

export interface NamedTarget {
    /** The element the cursor stands for. */
    readonly node: AstNode;
    /** The characters under the cursor that name it (one segment of a qualified name). */
    readonly range: Range;
    /** The cursor is on the element's own name, not on a reference to it. */
    readonly isDeclaration: boolean;
    /** The reference the cursor is in, if any. */
    readonly reference?: Reference;
}

/** The leaf token at an offset; at the end of a name, the name (as editors expect). */
export function leafAt(document: LangiumDocument, offset: number): LeafCstNode | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) return undefined;
    const text = root.text;
    let at = offset;
    if (at > 0 && !NAME_CHAR.test(text.charAt(at - root.offset)) && NAME_CHAR.test(text.charAt(at - 1 - root.offset))) {
        at--;
    }
    return CstUtils.findLeafNodeAtOffset(root, at);
}

/** The named element at an offset, through a reference or a declaration. */
export function namedTargetAt(document: LangiumDocument, offset: number, nameNode: (node: AstNode) => CstNode | undefined): NamedTarget | undefined {
    const leaf = leafAt(document, offset);
    if (!leaf || leaf.hidden) return undefined;
    const owner = leaf.astNode;
    for (const { reference } of AstUtils.streamReferences(owner)) {
        if (!isReference(reference)) continue;
        const refNode = reference.$refNode;
        if (!refNode || leaf.offset < refNode.offset || leaf.end > refNode.end) continue;
        const target = reference.ref;
        if (!target) return undefined;
        const qualifier = qualifierTarget(reference, leaf, target);
        if (qualifier) {
            return { node: qualifier, range: leaf.range, isDeclaration: false, reference };
        }
        return { node: target, range: lastSegmentRange(refNode) ?? leaf.range, isDeclaration: false, reference };
    }
    const name = nameNode(owner);
    if (name && leaf.offset >= name.offset && leaf.end <= name.end) {
        return { node: owner, range: name.range, isDeclaration: true };
    }
    return undefined;
}

/**
 * In `Anyborough.Homelessness`, the cursor on `Anyborough` stands for the element that contains
 * the target and carries that name.
 */
function qualifierTarget(reference: Reference, leaf: LeafCstNode, target: AstNode): AstNode | undefined {
    const refNode = reference.$refNode!;
    const text = refNode.text;
    const lastDot = text.lastIndexOf('.');
    if (lastDot < 0 || leaf.offset - refNode.offset > lastDot) return undefined;
    const segments = text.split('.').map(s => s.trim());
    const before = text.slice(0, leaf.offset - refNode.offset).split('.').length - 1;
    // Walk up from the target: the last-but-one segment names its container, and so on.
    let node: AstNode | undefined = target;
    for (let i = segments.length - 1; i > before && node; i--) {
        node = node.$container;
        while (node && !nameOf(node)) node = node.$container;
    }
    return node && nameOf(node) === segments[before] ? node : undefined;
}

/** The range of the last segment of a possibly qualified name. */
export function lastSegmentRange(node: CstNode): Range | undefined {
    const leaves = CstUtils.flattenCst(node).filter(l => !l.hidden).toArray();
    const last = leaves[leaves.length - 1];
    return last?.range;
}

/** The leaf tokens of a qualified reference, without the dots. */
export function segmentLeaves(node: CstNode): LeafCstNode[] {
    return CstUtils.flattenCst(node).filter(l => !l.hidden && l.text !== '.').toArray();
}
