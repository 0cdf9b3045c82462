/**
 * Langium's document validator adds the custom checks' diagnostics with `push(...all)`: with more
 * than about a hundred thousand findings (a huge pasted text full of vague words) the spread
 * overflows the call stack and every diagnostic of the document is lost. This validator hands
 * the custom diagnostics over after the built-in ones, in the same order, without the spread.
 * It also gives Langium's lexer, parser and linker diagnostics our stable codes (`syntax-error`,
 * `unresolved-reference`), so the editor, the CLI and SARIF name every finding the same way; words
 * syntax errors with the text around them (a date written 01/07/2027, a misspelt hyphenated
 * keyword); and keeps one syntax error per line, the first: the rest follow from the same mistake.
 * A text with no closing quote, or a block comment with no end, runs to the end of the file as one
 * token: it is one syntax error at its start, and the parser's complaints after it are dropped.
 */
import type { AstNode, CstNode, LangiumDocument, LeafCstNode, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isCompositeCstNode, isLeafCstNode, OperationCancelled } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticCode, LANGUAGE_CODES } from './tender-validator.js';
import { GrammarKeywords, isFollowOnMessage, refineSyntaxMessage, WINDOW } from '../parser/syntax-messages.js';
import { isClosedComment, UNCLOSED_TEXT } from '../parser/tender-token-builder.js';
import { TOO_MANY_SYNTAX_ERRORS } from '../workspace/linear-parser.js';

export class TenderDocumentValidator extends DefaultDocumentValidator {
    private readonly custom = new WeakMap<AstNode, Diagnostic[]>();
    private readonly keywords: GrammarKeywords;
    private readonly allTypes: () => readonly string[];

    constructor(services: LangiumServices) {
        super(services);
        this.keywords = new GrammarKeywords(() => services.Grammar);
        this.allTypes = () => services.shared.AstReflection.getAllTypes();
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        // Past the error limit the parser stopped: what follows was not read, so nothing is said of
        // the file but its syntax errors (not names it declares further on, not parts it lacks).
        if (document.parseResult.lexerErrors.at(-1)?.message === TOO_MANY_SYNTAX_ERRORS) {
            options = { ...options, stopAfterLexingErrors: true };
        } else if (document.parseResult.parserErrors.at(-1)?.message === TOO_MANY_SYNTAX_ERRORS) {
            options = { ...options, stopAfterParsingErrors: true };
        }
        try {
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            for (const diagnostic of diagnostics) {
                if (diagnostic.code === undefined) {
                    diagnostic.code = diagnosticCode(diagnostic);
                }
            }
            // The open text's error first, so that the one error kept on its line is that one.
            const result = this.syntaxErrorsWorded(document, this.unclosedReported(document, diagnostics));
            for (const diagnostic of this.custom.get(root) ?? []) {
                result.push(diagnostic);
            }
            return result;
        } finally {
            this.custom.delete(root);
        }
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        this.custom.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }

    /**
     * The checks of each node, as Langium runs them, in the same order, without what Langium does
     * for every node: an await to look for cancellation, a stream of the node's checks made anew,
     * and an await for each check. The tender's checks are registered on the whole file (Model), so
     * when no other type has a check the nodes are not walked at all (on a 5,000-line tender the walk
     * and its awaits were ~10 ms of every edit).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksOf = new Map<string, ValidationCheck[]>();
        const checks = (type: string) => {
            let found = checksOf.get(type);
            if (!found) {
                found = this.validationRegistry.getChecks(type, options.categories).toArray();
                checksOf.set(type, found);
            }
            return found;
        };
        await interruptAndCheck(cancelToken);
        for (const check of checks(rootNode.$type)) {
            await check(rootNode, acceptor, cancelToken);
        }
        if (!this.allTypes().some(type => type !== rootNode.$type && checks(type).length > 0)) return;
        let visited = 0;
        for (const node of AstUtils.streamAllContents(rootNode)) {
            if (++visited % 256 === 0) await interruptAndCheck(cancelToken);
            else if (cancelToken.isCancellationRequested) throw OperationCancelled;
            for (const check of checks(node.$type)) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    /**
     * Langium's linking errors, at most MOST_UNRESOLVED of them: past that, one more error (at the
     * next name that resolves to nothing) says how many more there are. 240,000 names that resolve
     * to nothing were as many diagnostics to make, place, check against the suppressions and print.
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const listed: LangiumDocument['references'] = [];
        let unlisted = 0;
        let next: LangiumDocument['references'][number] | undefined;
        for (const reference of document.references) {
            if (!reference.error) continue;
            if (listed.length < MOST_UNRESOLVED) {
                listed.push(reference);
            } else {
                unlisted++;
                next ??= reference;
            }
        }
        super.processLinkingErrors(unlisted === 0 ? document : Object.create(document, { references: { value: listed } }) as LangiumDocument, diagnostics, options);
        const range = next?.$refNode?.range;
        if (range) {
            diagnostics.push({
                severity: 1,
                range,
                message: `${unlisted.toLocaleString('en-GB')} more name${unlisted === 1 ? '' : 's'} from here on resolve to nothing: only the first ${MOST_UNRESOLVED.toLocaleString('en-GB')} are listed. Check the file's imports and the names above.`,
                data: { code: DocumentValidator.LinkingError },
                source: 'tender'
            });
        }
    }

    /**
     * A text or block comment left open (the last token of the file, running to its end): one error
     * at its start, and none of the parser's after it, which only say that the file ended early.
     */
    protected unclosedReported(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const unclosed = lastUnclosed(document);
        if (!unclosed) return diagnostics;
        const textDocument = document.textDocument;
        const start = unclosed.leaf.offset;
        // The parser places "the file ends too early" at the last token before the open one.
        const atEnd = new Set(document.parseResult.parserErrors
            .filter(e => e.token.tokenType?.name === 'EOF' || e.token.image === '')
            .map(e => e.message));
        const kept = diagnostics.filter(d => d.code !== LANGUAGE_CODES.syntaxError
            || (textDocument.offsetAt(d.range.start) < start && !atEnd.has(d.message)));
        kept.push({
            severity: 1,
            range: { start: textDocument.positionAt(start), end: textDocument.positionAt(start + (unclosed.kind === 'text' ? 1 : 2)) },
            message: unclosed.kind === 'text'
                ? 'This text has no closing quote: add one where the text ends.'
                : 'This comment has no end: close it with */ where it ends.',
            code: LANGUAGE_CODES.syntaxError,
            source: 'tender'
        });
        return kept;
    }

    /**
     * Syntax errors worded with the text around them, at most one per line (the first), without
     * the follow-on errors of the parser's recovery (text left outside every element), and the
     * error limit's message (TOO_MANY_SYNTAX_ERRORS) always. Only the errors that may be the first
     * of their line are worded: a line of 100,000 errors words a handful.
     */
    protected syntaxErrorsWorded(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        if (!diagnostics.some(d => d.code === LANGUAGE_CODES.syntaxError)) {
            return diagnostics;
        }
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        // A worded error stays on its line, so the errors are grouped by line first.
        const onLine = new Map<number, Diagnostic[]>();
        let tooMany: Diagnostic | undefined;
        for (const diagnostic of diagnostics) {
            if (diagnostic.code !== LANGUAGE_CODES.syntaxError) continue;
            if (diagnostic.message === TOO_MANY_SYNTAX_ERRORS) {
                tooMany = diagnostic;
                continue;
            }
            const line = diagnostic.range.start.line;
            const errors = onLine.get(line);
            if (errors) errors.push(diagnostic);
            else onLine.set(line, [diagnostic]);
        }
        const firstOnLine = new Map<number, Diagnostic>();
        for (const [line, errors] of onLine) firstOnLine.set(line, this.firstWorded(text, textDocument, errors));
        // A brace that closes nothing after an earlier error is the recovery's, not the user's.
        let firstLine = Infinity;
        for (const line of firstOnLine.keys()) firstLine = Math.min(firstLine, line); // no spread: there may be 100,000 lines
        return diagnostics.filter(d => d.code !== LANGUAGE_CODES.syntaxError || d === tooMany
            || (firstOnLine.get(d.range.start.line) === d && (d.range.start.line === firstLine || !isFollowOnMessage(d.message))));
    }

    /**
     * The error kept of one line's (in the order reported): a text or comment left open, which
     * explains the rest of its line; else the one that starts first once worded (the earlier
     * reported of two that start at the same place). Wording moves an error's start at most WINDOW
     * characters back, so the errors are worded from the left until the next can no longer start
     * first.
     */
    private firstWorded(text: string, textDocument: LangiumDocument['textDocument'], errors: Diagnostic[]): Diagnostic {
        const unclosed = errors.find(d => UNCLOSED.test(d.message));
        if (unclosed) return unclosed;
        const order = errors.map((diagnostic, index) => ({ diagnostic, index, offset: textDocument.offsetAt(diagnostic.range.start) }));
        if (order.length > 1) order.sort((a, b) => a.offset - b.offset || a.index - b.index);
        let first: { diagnostic: Diagnostic; index: number; start: number } | undefined;
        for (const { diagnostic, index, offset } of order) {
            if (first && offset - WINDOW > first.start) break;
            const refined = refineSyntaxMessage(text, offset, this.keywords);
            let start = offset;
            if (refined) {
                diagnostic.message = refined.message;
                diagnostic.range = { start: textDocument.positionAt(refined.start), end: textDocument.positionAt(refined.end) };
                start = refined.start;
            }
            if (!first || start < first.start || (start === first.start && index < first.index)) first = { diagnostic, index, start };
        }
        return first!.diagnostic;
    }
}

/** The most names that resolve to nothing listed for a file (processLinkingErrors). */
export const MOST_UNRESOLVED = 1_000;

/** The messages of a text or comment left open (unclosedReported). */
const UNCLOSED = /^This (?:text has no closing quote|comment has no end)/;

/** The last leaf of a syntax tree, found from the end (walking every leaf took 0.3 s on 400,000). */
function lastLeaf(root: CstNode): LeafCstNode | undefined {
    // Depth first from the right, without recursion: a deeply nested tree must not overflow the stack.
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isLeafCstNode(node)) return node;
        if (isCompositeCstNode(node)) for (const child of node.content) stack.push(child);
    }
    return undefined;
}

/** The token that runs to the end of the file because it is never closed, if there is one. */
function lastUnclosed(document: LangiumDocument): { leaf: LeafCstNode; kind: 'text' | 'comment' } | undefined {
    const root = document.parseResult.value?.$cstNode;
    if (!root) return undefined;
    const text = document.textDocument.getText();
    const last = lastLeaf(root);
    if (!last || last.end < text.trimEnd().length) return undefined;
    if (last.tokenType.name === UNCLOSED_TEXT) return { leaf: last, kind: 'text' };
    if (last.tokenType.name === 'ML_COMMENT' && !isClosedComment(last.text)) return { leaf: last, kind: 'comment' };
    return undefined;
}
