/**
 * Langium's parser, with its handling of hidden tokens (comments) made linear.
 *
 * Langium 4.1 places the hidden tokens before each consumed token by splicing them off the front
 * of the list of every hidden token (a copy of the rest each time), and, at every new node, looks
 * the node up among its container's children with indexOf even when there is nothing to place.
 * `needs A,A,...` with 200,000 items spent minutes there; 100,000 comments the same. Here the
 * hidden tokens are taken with a cursor, nothing is looked up when there is nothing to place,
 * and a node is looked up from the end of its container (where the node being built is).
 */
import type { IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import { tokenMatcher } from 'chevrotain';
import type { GrammarAST, LangiumCoreServices } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { CompositeCstNodeImpl, CstNodeBuilder, CstUtils, LangiumParser, LeafCstNodeImpl, createParser } from 'langium';
import { finalizeParser } from '../parser/resync-follows.js';

interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    wrapper: { input: IToken[] };
    lexerResult?: { hidden: IToken[] };
    extractHiddenTokens(token: IToken): IToken[];
}

/** Langium's node builder state, private in its typings. */
interface BuilderInternals {
    rootNode: CompositeCstNodeImpl;
    nodeStack: CompositeCstNodeImpl[];
}

const arrayPush = Array.prototype.push;

/**
 * A leaf whose range (three objects) is made when it is first asked for, from the token's
 * line and column numbers kept in the leaf: most leaves are never asked.
 */
class LazyRangeLeaf extends LeafCstNodeImpl {
    readonly startLine: number;
    readonly startColumn: number;
    readonly endLine: number;
    readonly endColumn: number;

    constructor(token: IToken, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
        this.startLine = token.startLine!;
        this.startColumn = token.startColumn!;
        this.endLine = token.endLine!;
        this.endColumn = token.endColumn!;
    }

    override get range(): Range {
        const self = this as unknown as { _range: Range | undefined };
        return self._range ??= CstUtils.tokenToRange(this as unknown as IToken);
    }
}

class LinearCstNodeBuilder extends CstNodeBuilder {
    /** The full list of hidden tokens of the text being parsed, and how many are placed. */
    hidden: IToken[] | undefined;
    cursor = 0;

    // The two below are Langium's, but add the node to its container without the container's
    // push(...items), whose rest arrays and spread cost more than the node itself (a third of
    // the parse of a 200,000-item list). The fields are set in the same order, so the nodes
    // have the same shape as Langium's.
    override buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNodeImpl {
        const internals = this as unknown as BuilderInternals;
        const node = new CompositeCstNodeImpl();
        node.grammarSource = feature;
        node.root = internals.rootNode as unknown as CompositeCstNodeImpl['root'];
        const parent = this.current;
        node.container = parent;
        arrayPush.call(parent.content, node);
        internals.nodeStack.push(node);
        return node;
    }

    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNodeImpl {
        const node = new LazyRangeLeaf(token, !feature);
        node.grammarSource = feature;
        node.root = (this as unknown as BuilderInternals).rootNode as unknown as LeafCstNodeImpl['root'];
        const parent = this.current;
        node.container = parent;
        arrayPush.call(parent.content, node);
        return node;
    }

    override addHiddenNodes(tokens: IToken[]): void {
        // The parser ends by handing over the whole list: only what is left is still to place.
        const rest = tokens === this.hidden ? tokens.slice(this.cursor) : tokens;
        if (rest.length === 0) return;
        const root = (this as unknown as { rootNode: CompositeCstNodeImpl }).rootNode;
        const nodes = rest.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = root as unknown as LeafCstNodeImpl['root'];
            return leaf;
        });
        let current = this.current as CompositeCstNodeImpl;
        if (current.content.length > 0) {
            for (const node of nodes) current.content.push(node);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container as CompositeCstNodeImpl;
        }
        root.content.unshift(...nodes);
    }
}

/**
 * A rule that is only a choice of single tokens (`Name: ID | 'accepted' | ...`,
 * `DurationUnit: 'day' | 'days' | ...`), run with one list of choices made once. Langium's own
 * makes a fresh object and closure for every choice at every call: for `Name`, with its 170
 * keywords, 340 objects for each name in the file (`needs A,A,...` with 200,000 items spent
 * seconds making them and collecting them again). The occurrence numbers are the ones Langium's
 * builder gives (consumes numbered from 1 in order, the choice itself 1), so the parser's
 * lookahead and recovery see the same rule.
 */
function tokenChoiceRule(rule: GrammarAST.AbstractRule, parser: LangiumParser, tokens: TokenTypeDictionary): (() => void) | undefined {
    const definition = (rule as GrammarAST.ParserRule).definition as GrammarAST.AbstractElement | undefined;
    if (rule.$type !== 'ParserRule' || (rule as GrammarAST.ParserRule).parameters.length > 0 || !definition) return undefined;
    if (definition.$type !== 'Alternatives' || definition.cardinality) return undefined;
    const elements = (definition as GrammarAST.Alternatives).elements;
    if (elements.length < 2) return undefined;
    const consumed: Array<{ element: GrammarAST.AbstractElement; token: TokenType }> = [];
    for (const element of elements) {
        if (element.cardinality || (element as { guardCondition?: unknown }).guardCondition) return undefined;
        let token: TokenType | undefined;
        if (element.$type === 'Keyword') token = tokens[(element as GrammarAST.Keyword).value];
        else if (element.$type === 'RuleCall') {
            const called = (element as GrammarAST.RuleCall).rule.ref;
            if (called?.$type === 'TerminalRule' && (element as GrammarAST.RuleCall).arguments.length === 0) token = tokens[called.name];
        }
        if (!token) return undefined;
        consumed.push({ element, token });
    }
    const choices = consumed.map(({ element, token }, i) => ({ ALT: () => parser.consume(i + 1, token, element) }));
    // The choice the next token settles, by token type: the first choice whose token it matches,
    // as the parser's lookahead finds it. Anything else (no choice matches: a syntax error to
    // report and recover from) and the parser's recording of the grammar go through the parser.
    const choiceOf = new Map<number, number>();
    const wrapper = (parser as unknown as { wrapper: { LA(offset: number): IToken } }).wrapper;
    return () => {
        if (!parser.isRecording()) {
            const next = wrapper.LA(1);
            let index = choiceOf.get(next.tokenTypeIdx!);
            if (index === undefined) {
                index = consumed.findIndex(({ token }) => tokenMatcher(next, token));
                choiceOf.set(next.tokenTypeIdx!, index);
            }
            if (index >= 0) {
                parser.consume(index + 1, consumed[index].token, consumed[index].element);
                return;
            }
        }
        parser.alternatives(1, choices);
    };
}

interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}
interface NextPossibleTokens {
    getNextPossibleTokenTypes(path: GrammarPath): TokenType[];
}

/**
 * Error recovery asks which tokens may come after a point of the grammar, at every syntax error,
 * and Chevrotain works it out by walking the rule's grammar each time (about 0.2 ms for the
 * tender rule, making objects as it goes): 100,000 misplaced `cohort C {` took 20 s. The answer
 * depends only on the point of the grammar (the rules being parsed, their occurrences, the
 * last token and its occurrence), so it is worked out once per point.
 */
function rememberNextPossibleTokens(wrapper: NextPossibleTokens): void {
    const work = wrapper.getNextPossibleTokenTypes.bind(wrapper);
    const known = new Map<string, TokenType[]>();
    wrapper.getNextPossibleTokenTypes = (path: GrammarPath): TokenType[] => {
        const key = `${path.ruleStack.join(' ')}\u0000${path.occurrenceStack.join(' ')}\u0000${path.lastTok.tokenTypeIdx}\u0000${path.lastTokOccurrence}`;
        let tokens = known.get(key);
        if (!tokens) {
            tokens = work(path);
            known.set(key, tokens);
        }
        return tokens;
    };
}

/**
 * The most words a file may have: names, keywords, numbers and symbols, outside its texts and
 * comments (a text counts as one; wordsIn counts them). Every word costs a few microseconds and about a
 * kilobyte while the file is checked, so a file of 50 MB of `A,A,...` would need tens of
 * gigabytes; the largest benchmark tender (20,000 lines, 1 MB) has 56,000. A file with more is
 * not read, with one error saying so.
 */
export const MOST_WORDS = 500_000;

export const TOO_MANY_WORDS = `This file has more than ${MOST_WORDS.toLocaleString('en-GB')} words and symbols outside its texts and comments, more than Tender reads: it is not checked. Split it into files that import each other.`;

/**
 * The most syntax errors the parser reports, as compilers have an error limit: each error costs
 * the parser's recovery (an exception, and a search for where to go on), and past a thousand the
 * rest follow from the same mistake. At the next error the parser stops, with one more error
 * saying so (TOO_MANY_SYNTAX_ERRORS); the rest of the file is not checked, so only the syntax
 * errors of such a file are reported (TenderDocumentValidator).
 */
export const MOST_SYNTAX_ERRORS = 1_000;

export const TOO_MANY_SYNTAX_ERRORS = `More than ${MOST_SYNTAX_ERRORS.toLocaleString('en-GB')} syntax errors: the rest of the file was not checked. Fix the first errors and check the file again.`;

/**
 * How many words the text has, counting up to a little past `enough`: a run of letters, digits
 * and `_` is one word, a text ("..." or “...”) is one, comments and spaces are none, and every
 * other character is one (`contributes-to` is three, `£2.4m` four). One pass, no tokens made.
 */
export function wordsIn(text: string, enough = Infinity): number {
    let words = 0;
    let i = 0;
    const n = text.length;
    while (i < n && words <= enough) {
        const c = text.charCodeAt(i);
        if (c === 32 || (c >= 9 && c <= 13)) {
            i++;
        } else if (c === 34 /* " */) {
            words++;
            for (i++; i < n && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
            i++;
        } else if (c === 0x201c /* “ */) {
            words++;
            for (i++; i < n && text.charCodeAt(i) !== 0x201d && text.charCodeAt(i) !== 34; i++);
            i++;
        } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
        } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 2;
        } else if (isWordCharacter(c)) {
            words++;
            while (i < n && isWordCharacter(text.charCodeAt(i))) i++;
        } else {
            words++;
            i++;
        }
    }
    return words;
}

function isWordCharacter(c: number): boolean {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Langium's parser for the services, with linear hidden-token handling. */
export function createLinearLangiumParser(services: LangiumCoreServices): LangiumParser {
    const tokens = services.parser.Lexer.definition as TokenTypeDictionary;
    const parser = new LangiumParser(services);
    const defineRule = parser.rule.bind(parser);
    parser.rule = (rule, impl) => defineRule(rule, tokenChoiceRule(rule, parser, tokens) ?? impl);
    createParser(services.Grammar, parser, tokens);
    finalizeParser(parser); // parser.finalize(), the error recovery's follow sets made at their first use
    const internals = parser as unknown as ParserInternals;
    const builder = new LinearCstNodeBuilder();
    internals.nodeBuilder = builder;
    rememberNextPossibleTokens(internals.wrapper as unknown as NextPossibleTokens);
    const limited = limitSyntaxErrors(internals.wrapper as unknown as RecoveringWrapper);
    // The parser keeps the tokens of the last text until the next parse: two objects per word,
    // held through linking and validation for nothing. Let them go once the tree is built.
    // Each syntax error is an Error that captures the stack (twice, in Chevrotain's
    // RecognitionException), about 20 µs and a list of frames held with the error: 95,000
    // misplaced `cohort C {` spent 2 s there. Nothing reads those stacks (the errors are reported
    // by message and token), so none is captured while parsing.
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            if (input.length > MOST_WORDS && wordsIn(input, MOST_WORDS) > MOST_WORDS) {
                // Too large to read: an empty file, with the reason as its one error.
                const empty = parse('', options);
                empty.lexerErrors.push({ offset: 0, length: 0, line: 1, column: 1, message: TOO_MANY_WORDS });
                return empty;
            }
            const result = parse(input, options);
            // The same message for the same mistake, made anew (in pieces) for each: keep one copy.
            if (result.parserErrors.length > 1) {
                const messages = new Map<string, string>();
                for (const error of result.parserErrors) {
                    const known = messages.get(error.message);
                    if (known === undefined) messages.set(error.message, error.message);
                    else error.message = known;
                }
            }
            return result;
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
            limited.reset();
            internals.wrapper.input = [];
            builder.hidden = undefined;
        }
    }) as LangiumParser['parse'];
    internals.extractHiddenTokens = function (this: ParserInternals, token: IToken): IToken[] {
        const hidden = this.lexerResult?.hidden;
        if (!hidden || hidden.length === 0) return [];
        if (builder.hidden !== hidden) {
            builder.hidden = hidden;
            builder.cursor = 0;
        }
        const start = builder.cursor;
        while (builder.cursor < hidden.length && hidden[builder.cursor].startOffset <= token.startOffset) builder.cursor++;
        return start === builder.cursor ? [] : hidden.slice(start, builder.cursor);
    };
    return parser;
}

/** Chevrotain's parser state that the error limit works with. */
interface RecoveringWrapper {
    recoveryEnabled: boolean;
    _errors: Array<{ message: string }>;
    SAVE_ERROR<E extends { message: string }>(error: E): E;
    moveToTerminatedState(): void;
}

/**
 * Stops the parser at its MOST_SYNTAX_ERRORS + 1st error: that error is kept, worded as
 * TOO_MANY_SYNTAX_ERRORS, recovery is turned off and the parser moves to the end of the input,
 * so the error unwinds to the first rule, which ends the parse; errors met while unwinding are
 * not kept.
 */
function limitSyntaxErrors(wrapper: RecoveringWrapper): { reset(): void } {
    const save = wrapper.SAVE_ERROR;
    const recovering = wrapper.recoveryEnabled;
    let stopped = false;
    wrapper.SAVE_ERROR = function <E extends { message: string }>(this: RecoveringWrapper, error: E): E {
        if (stopped) return error;
        if (this._errors.length < MOST_SYNTAX_ERRORS) return save.call(this, error) as E;
        stopped = true;
        error.message = TOO_MANY_SYNTAX_ERRORS;
        save.call(this, error);
        this.recoveryEnabled = false;
        this.moveToTerminatedState();
        return error;
    };
    return {
        reset() {
            stopped = false;
            wrapper.recoveryEnabled = recovering;
        }
    };
}
