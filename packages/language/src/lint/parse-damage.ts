/**
 * Which parts of a document the parser had to guess at. While a file has syntax errors, Langium
 * still builds a tree, but an element around an error may have lost properties the user did write
 * (`servise-users "..."` leaves an engagement block with no service-users line). A rule saying
 * "X is missing" there would speak from the parser's guess, so the linter drops such findings on
 * the nodes an error touched (see `absence` in define-rule.ts); findings on elements that parsed
 * whole stay, so the editor does not flicker while the user types.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { isModel } from '../generated/ast.js';

/** More errors than this and the file is too broken to tell: every element counts as damaged. */
const MAX_ERRORS = 500;

export interface ParseDamage {
    /** Whether the document has any lexer or parser error. */
    readonly hasErrors: boolean;
    /** A node an error is inside, that an error cut short, or an ancestor of one. */
    isDamaged(node: AstNode): boolean;
    /** Whether the top-level element (framework, market, tender, grant) holding a node is damaged. */
    isElementDamaged(node: AstNode): boolean;
}

const UNDAMAGED: ParseDamage = { hasErrors: false, isDamaged: () => false, isElementDamaged: () => false };

/** The offsets at which the lexer and the parser reported errors. */
export function syntaxErrorOffsets(document: LangiumDocument): number[] {
    const { lexerErrors, parserErrors, lexerReport } = document.parseResult;
    const end = document.textDocument.getText().length;
    const offsets: number[] = [];
    for (const error of lexerErrors) offsets.push(error.offset);
    for (const diagnostic of lexerReport?.diagnostics ?? []) {
        if (diagnostic.severity === undefined || diagnostic.severity === 'error') offsets.push(diagnostic.offset);
    }
    for (const error of parserErrors) {
        const start = error.token.startOffset;
        if (!Number.isNaN(start)) {
            offsets.push(start);
            continue;
        }
        // A token the recovery inserted has no position: the error is just after the previous one,
        // or at the end of the text (a closing brace missing at the end of the file).
        const previous = (error as { previousToken?: { endOffset?: number } }).previousToken;
        offsets.push(previous?.endOffset !== undefined && !Number.isNaN(previous.endOffset) ? previous.endOffset + 1 : end);
    }
    return offsets;
}

export function parseDamage(document: LangiumDocument): ParseDamage {
    const offsets = syntaxErrorOffsets(document);
    if (offsets.length === 0) {
        return UNDAMAGED;
    }
    const root = document.parseResult.value;
    const damaged = new Set<AstNode>();
    const everything = offsets.length > MAX_ERRORS;
    if (!everything) {
        for (const offset of offsets) {
            markAround(root, offset, damaged);
        }
    }
    const elementOf = (node: AstNode): AstNode => {
        let current = node;
        while (current.$container && !isModel(current.$container)) current = current.$container;
        return current;
    };
    return {
        hasErrors: true,
        isDamaged: node => everything || damaged.has(node),
        isElementDamaged: node => everything || damaged.has(elementOf(node))
    };
}

/**
 * Marks the nodes around one error: every node whose text contains the offset (the innermost and
 * its ancestors), and the node just before it among the innermost one's children, with its last
 * descendants, when that node does not end with its closing brace: recovery may have closed it
 * early (`outcome A "a" { indicator "b"` with no `}`).
 */
function markAround(root: AstNode, offset: number, damaged: Set<AstNode>): void {
    let node: AstNode | undefined = root;
    while (node) {
        damaged.add(node);
        let inside: AstNode | undefined;
        let before: AstNode | undefined;
        for (const child of AstUtils.streamContents(node)) {
            const cst = child.$cstNode;
            if (!cst) continue;
            if (cst.offset <= offset && offset <= cst.end) {
                inside = child;
                break;
            }
            if (cst.end <= offset && (!before?.$cstNode || before.$cstNode.end <= cst.end)) {
                before = child;
            }
        }
        // A block closed by its own brace was not cut short by the error after it.
        if (!inside && before && !before.$cstNode!.text.trimEnd().endsWith('}')) {
            for (let last: AstNode | undefined = before; last; last = lastChild(last)) {
                damaged.add(last);
            }
        }
        node = inside;
    }
}

function lastChild(node: AstNode): AstNode | undefined {
    let last: AstNode | undefined;
    for (const child of AstUtils.streamContents(node)) {
        if (child.$cstNode && (!last?.$cstNode || last.$cstNode.end <= child.$cstNode.end)) last = child;
    }
    return last && last.$cstNode && node.$cstNode && last.$cstNode.end === node.$cstNode.end ? last : undefined;
}
