/**
 * The formatter: one canonical layout for every tender. Four-space indents, one property per line,
 * `{` on the line of its element, one blank line between top-level elements, `a, b, c` lists and
 * single spaces. Blank lines a writer left between properties stay (at most one); comments stay
 * where they are; texts, even multi-line ones, are never touched.
 *
 * It works on the token stream: only the whitespace between tokens is rewritten, and where a
 * property starts is read from the parse tree. Before any edit is returned the result is lexed
 * again and must give the same tokens, so formatting can never change what a file says. A file
 * with syntax errors only loses trailing spaces; one the lexer cannot read is left alone.
 */
import type { CstNode, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { IToken } from 'chevrotain';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import type { TenderServices } from '../tender-module.js';

const INDENT = '    ';

/** A whitespace gap between two tokens (or before the first, or after the last) and what it becomes. */
interface Gap {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

export class TenderFormatter implements Formatter {
    protected readonly services: TenderServices;
    private starts: ReadonlySet<GrammarAST.AbstractElement> | undefined;

    constructor(services: TenderServices) {
        this.services = services;
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const text = document.textDocument;
        const from = text.offsetAt(params.range.start);
        const to = text.offsetAt(params.range.end);
        return this.gaps(document)
            .filter(g => g.end >= from && g.start <= to)
            .map(g => this.toEdit(document, g));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    /** The edits that format the whole document. */
    edits(document: LangiumDocument): TextEdit[] {
        return this.gaps(document).map(g => this.toEdit(document, g));
    }

    /** The formatted text of a document (its text unchanged when it cannot be formatted safely). */
    format(document: LangiumDocument): string {
        return applyGaps(document.textDocument.getText(), this.gaps(document));
    }

    protected toEdit(document: LangiumDocument, gap: Gap): TextEdit {
        const text = document.textDocument;
        const range: Range = { start: text.positionAt(gap.start), end: text.positionAt(gap.end) };
        return { range, newText: gap.text };
    }

    /** The gaps whose whitespace changes. */
    protected gaps(document: LangiumDocument): Gap[] {
        const text = document.textDocument.getText();
        const lexed = this.services.parser.Lexer.tokenize(text);
        if (lexed.errors.length > 0) {
            return []; // characters the lexer cannot read: any change could alter what they become
        }
        const tokens = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
        const parse = document.parseResult;
        const root = parse.value.$cstNode;
        const gaps = parse.parserErrors.length > 0 || !root
            ? trailingSpaceGaps(text, tokens)
            : layoutGaps(text, tokens, this.statementStarts(root), eolOf(text));
        const changed = gaps.filter(g => text.slice(g.start, g.end) !== g.text);
        if (changed.length === 0) return [];
        const result = applyGaps(text, changed);
        if (!sameTokens(tokens, this.services.parser.Lexer.tokenize(result))) {
            console.error(`tender: the formatter would have changed the tokens of ${document.uri.toString()}; no edits made.`);
            return [];
        }
        return changed;
    }

    /** Offsets at which a property, a member or a top-level element starts. */
    protected statementStarts(root: CstNode): Set<number> {
        const starts = this.starts ??= statementStartElements(this.services.Grammar);
        const offsets = new Set<number>();
        for (const node of CstUtils.streamCst(root)) {
            if (!node.hidden && node.grammarSource && starts.has(node.grammarSource as GrammarAST.AbstractElement)) {
                offsets.add(node.offset);
            }
        }
        return offsets;
    }
}

/**
 * The grammar elements that begin one property or member: the first element of each iteration
 * of a repeated group that directly follows `{`, and the imports and elements of a file.
 */
export function statementStartElements(grammar: GrammarAST.Grammar): Set<GrammarAST.AbstractElement> {
    const result = new Set<GrammarAST.AbstractElement>();
    const entry = GrammarUtils.getEntryRule(grammar);
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule)) continue;
        for (const group of streamElements(rule.definition)) {
            if (rule === entry && GrammarAST.isGroup(group)) {
                for (const element of group.elements) {
                    if (element.cardinality === '*' || element.cardinality === '+') firstElements(element, result);
                }
            }
            if (!GrammarAST.isGroup(group)) continue;
            group.elements.forEach((element, i) => {
                const previous = group.elements[i - 1];
                if ((element.cardinality === '*' || element.cardinality === '+') && GrammarAST.isKeyword(previous) && previous.value === '{') {
                    firstElements(element, result);
                }
            });
        }
    }
    return result;
}

function* streamElements(element: GrammarAST.AbstractElement): Generator<GrammarAST.AbstractElement> {
    yield element;
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        for (const child of element.elements) yield* streamElements(child);
    } else if (GrammarAST.isAssignment(element)) {
        yield* streamElements(element.terminal);
    }
}

/** The elements whose parse-tree nodes can be the first of one iteration of `element`. */
function firstElements(element: GrammarAST.AbstractElement, into: Set<GrammarAST.AbstractElement>): void {
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        for (const alternative of element.elements) firstElements(alternative, into);
    } else if (GrammarAST.isGroup(element)) {
        for (const child of element.elements) {
            if (GrammarAST.isAction(child)) continue;
            firstElements(child, into);
            if (child.cardinality !== '?' && child.cardinality !== '*') break;
        }
    } else if (GrammarAST.isAssignment(element)) {
        into.add(element.terminal);
        into.add(element);
    } else {
        into.add(element);
    }
}

type TokenKind = 'open' | 'close' | 'comma' | 'dot' | 'line-comment' | 'block-comment' | 'other';

function kindOf(token: IToken): TokenKind {
    switch (token.tokenType.name) {
        case 'SL_COMMENT': return 'line-comment';
        case 'ML_COMMENT': return 'block-comment';
        default:
            switch (token.image) {
                case '{': return 'open';
                case '}': return 'close';
                case ',': return 'comma';
                case '.': return 'dot';
                default: return 'other';
            }
    }
}

/** The offset just after a token. */
function endOf(token: IToken): number {
    return token.startOffset + token.image.length;
}

function countLineBreaks(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) count++;
        else if (ch === 13 && text.charCodeAt(i + 1) !== 10) count++;
    }
    return count;
}

function eolOf(text: string): string {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
}

/** The canonical whitespace of every gap of a document that parsed without errors. */
function layoutGaps(text: string, tokens: readonly IToken[], starts: ReadonlySet<number>, eol: string): Gap[] {
    const gaps: Gap[] = [];
    let depth = 0;
    let previous: IToken | undefined;
    let previousCode: IToken | undefined;
    /** Set after an element or an import ends at the top level: the next own-line token gets a blank line. */
    let pendingBreak: 'element' | 'import' | undefined;
    for (const token of tokens) {
        const kind = kindOf(token);
        const start = previous ? endOf(previous) : 0;
        const original = text.slice(start, token.startOffset);
        const lineBreaks = countLineBreaks(original);
        let whitespace: string;
        if (!previous) {
            whitespace = '';
        } else {
            const prevKind = kindOf(previous);
            const isStart = starts.has(token.startOffset) && kind !== 'line-comment' && kind !== 'block-comment';
            let newlines = 0;
            let indent = depth;
            if (kind === 'close') {
                newlines = prevKind === 'open' ? 0 : 1;
                indent = depth - 1;
            } else if (isStart) {
                newlines = 1;
            } else if (prevKind === 'line-comment') {
                newlines = 1;
                indent = depth + 1; // a statement continued after a comment
            } else if (kind === 'line-comment' || kind === 'block-comment') {
                newlines = lineBreaks > 0 ? 1 : 0;
            } else if (prevKind === 'block-comment' && lineBreaks > 0) {
                newlines = 1;
                indent = depth + 1;
            }
            if (newlines > 0) {
                if (kind !== 'close' && prevKind !== 'open' && lineBreaks >= 2) newlines = 2;
                if (depth === 0 && pendingBreak && kind !== 'close') {
                    const importAfterImport = pendingBreak === 'import' && token.image === 'import' && isStart;
                    if (!importAfterImport) newlines = 2;
                }
                if (prevKind === 'line-comment' && (kind === 'line-comment' || kind === 'block-comment' || isStart)) {
                    indent = kind === 'close' ? depth - 1 : depth;
                }
                whitespace = eol.repeat(newlines) + INDENT.repeat(Math.max(0, indent));
            } else if (kind === 'close' || kind === 'comma' || kind === 'dot' || prevKind === 'dot') {
                whitespace = '';
            } else {
                whitespace = ' ';
            }
            if (newlines > 0 && depth === 0) pendingBreak = undefined;
        }
        gaps.push({ start, end: token.startOffset, text: whitespace });
        if (kind === 'open') depth++;
        if (kind === 'close') {
            depth = Math.max(0, depth - 1);
            if (depth === 0) pendingBreak = 'element';
        }
        if (kind !== 'line-comment' && kind !== 'block-comment') {
            if (depth === 0 && previousCode?.image === 'import' && kind === 'other') pendingBreak = 'import';
            previousCode = token;
        }
        previous = token;
    }
    const end = previous ? endOf(previous) : 0;
    gaps.push({ start: end, end: text.length, text: previous ? eol : '' });
    return gaps;
}

/** Trailing spaces and tabs at line ends, outside every token: safe to remove even mid-edit. */
function trailingSpaceGaps(text: string, tokens: readonly IToken[]): Gap[] {
    const gaps: Gap[] = [];
    let start = 0;
    const visit = (from: number, to: number) => {
        const gapText = text.slice(from, to);
        const pattern = /[ \t]+(?=\r?\n|\r|$)/g;
        let match: RegExpExecArray | null;
        while ((match = pattern.exec(gapText)) !== null) {
            if (match[0].length === 0) break;
            // Only at a real line end, or at the very end of the file.
            const after = from + match.index + match[0].length;
            if (after === to && to !== text.length) continue;
            gaps.push({ start: from + match.index, end: after, text: '' });
        }
    };
    for (const token of tokens) {
        visit(start, token.startOffset);
        start = endOf(token);
    }
    visit(start, text.length);
    return gaps;
}

function applyGaps(text: string, gaps: readonly Gap[]): string {
    const sorted = [...gaps].sort((a, b) => a.start - b.start);
    let result = '';
    let at = 0;
    for (const gap of sorted) {
        result += text.slice(at, gap.start) + gap.text;
        at = gap.end;
    }
    return result + text.slice(at);
}

function sameTokens(before: readonly IToken[], after: { tokens: IToken[]; hidden: IToken[]; errors: unknown[] }): boolean {
    if (after.errors.length > 0) return false;
    const again = [...after.tokens, ...after.hidden].sort((a, b) => a.startOffset - b.startOffset);
    if (again.length !== before.length) return false;
    for (let i = 0; i < again.length; i++) {
        if (again[i].image !== before[i].image || again[i].tokenType.name !== before[i].tokenType.name) return false;
    }
    return true;
}
