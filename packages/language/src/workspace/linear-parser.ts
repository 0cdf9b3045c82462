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
import type { IToken } from 'chevrotain';
import type { LangiumCoreServices, LangiumParser } from 'langium';
import { CompositeCstNodeImpl, CstNodeBuilder, CstUtils, LeafCstNodeImpl, createLangiumParser } from 'langium';

interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexerResult?: { hidden: IToken[] };
    extractHiddenTokens(token: IToken): IToken[];
}

class LinearCstNodeBuilder extends CstNodeBuilder {
    /** The full list of hidden tokens of the text being parsed, and how many are placed. */
    hidden: IToken[] | undefined;
    cursor = 0;

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

/** Langium's parser for the services, with linear hidden-token handling. */
export function createLinearLangiumParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as ParserInternals;
    const builder = new LinearCstNodeBuilder();
    internals.nodeBuilder = builder;
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
