/**
 * Helpers for quick fixes. Fix data travels in a diagnostic's `data` between the linter and the
 * code action request, so it holds plain positions and text, never AST nodes.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { findNodeForKeyword, findNodeForProperty } from './cst-lookup.js';

/** The position just after a property of a node (or after the node when the property is absent). */
export function insertAfterNode(node: AstNode, property?: string): Position | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const target = property ? findNodeForProperty(cst, property) : undefined;
    return (target ?? cst).range.end;
}

/** A zero-length range at a position carried in fix data. */
export function findNodeRange(value: unknown): Range | undefined {
    if (isPosition(value)) {
        return { start: value, end: value };
    }
    return undefined;
}

export function isPosition(value: unknown): value is Position {
    return typeof value === 'object' && value !== null
        && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}

export function isRange(value: unknown): value is Range {
    return typeof value === 'object' && value !== null
        && isPosition((value as Range).start) && isPosition((value as Range).end);
}

/** The indentation of a line. */
export function indentOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/**
 * Where to insert new lines at the end of a block (`{ ... }`) node: just before its closing brace,
 * with the indentation of the block's members. Returns the position and the indent to use.
 */
export function endOfBlock(document: LangiumDocument, node: AstNode): { position: Position; indent: string; closingIndent: string } | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    // looked up once per node (cst-lookup.ts): a tender's notice gaps each ask for the end of its block
    const close = findNodeForKeyword(cst, '}');
    const open = findNodeForKeyword(cst, '{');
    if (!close || !open) {
        return undefined;
    }
    const closingIndent = indentOf(document, cst.range.start.line);
    const unit = detectIndentUnit(document);
    const lineStart = { line: close.range.start.line, character: 0 };
    const before = document.textDocument.getText({ start: lineStart, end: close.range.start });
    if (before.trim() === '') {
        // closing brace on its own line: insert whole lines before it
        return { position: lineStart, indent: closingIndent + unit, closingIndent };
    }
    return { position: close.range.start, indent: closingIndent + unit, closingIndent };
}

/** Four spaces unless the file is indented otherwise. */
export function detectIndentUnit(document: LangiumDocument): string {
    const match = /\n([ \t]+)\S/.exec(document.textDocument.getText());
    if (!match) {
        return '    ';
    }
    return match[1].startsWith('\t') ? '\t' : match[1].length >= 2 && match[1].length <= 8 ? ' '.repeat(Math.min(match[1].length, 4)) : '    ';
}

/** Text to insert lines at the end of a block, whichever way the block is laid out. */
export function linesForBlock(at: { position: Position; indent: string; closingIndent: string }, lines: readonly string[]): string {
    if (at.position.character === 0) {
        return lines.map(l => `${at.indent}${l}\n`).join('');
    }
    return lines.map(l => `\n${at.indent}${l}`).join('') + `\n${at.closingIndent}`;
}

/** The text of the rest of a line after a position. */
function restOfLine(document: LangiumDocument, at: Position): string {
    return document.textDocument.getText({ start: at, end: { line: at.line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/**
 * An edit inserting whole lines just before a member of a block, indented like it. When the member
 * shares its line with other code (a one-line block), the text goes in on that line instead.
 */
export function insertLinesBefore(document: LangiumDocument, member: CstNode, lines: readonly string[]): TextEdit {
    const start = member.range.start;
    const lineStart = { line: start.line, character: 0 };
    const before = document.textDocument.getText({ start: lineStart, end: start });
    if (before.trim() === '') {
        return { range: { start: lineStart, end: lineStart }, newText: lines.map(l => `${before}${l}\n`).join('') };
    }
    return { range: { start, end: start }, newText: lines.map(l => `${l} `).join('') };
}

/**
 * An edit inserting whole lines just after a member of a block, indented like it: at the end of its
 * line, after any trailing `//` comment, which stays with the member it explains. When other code
 * follows on the same line, the text goes in right after the member. `indent` defaults to that of the
 * member's first line (pass the indent of a property's first line when a list runs over lines).
 */
export function insertLinesAfter(document: LangiumDocument, member: CstNode, lines: readonly string[], indent = indentOf(document, member.range.start.line)): TextEdit {
    const end = member.range.end;
    const rest = restOfLine(document, end);
    const trimmed = rest.trim();
    if (trimmed === '' || trimmed.startsWith('//')) {
        const at = { line: end.line, character: end.character + rest.length };
        return { range: { start: at, end: at }, newText: lines.map(l => `\n${indent}${l}`).join('') };
    }
    return { range: { start: end, end }, newText: lines.map(l => ` ${l}`).join('') };
}

/** The innermost AST node of a kind at a position (a finding's start), for fixes that re-find their node. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}
