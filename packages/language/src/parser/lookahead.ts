/**
 * The parser's lookahead, as Langium's (ALL(*), chevrotain-allstar), worked out for each decision
 * when the parser first reaches it.
 *
 * Building the parser works out how to choose at every decision of the grammar: the tokens each
 * alternative can start with, and, for a decision the next token does not settle, the grammar's
 * augmented transition network (ATN), built for the whole grammar up front. That is about a third
 * of building the parser, paid by every `tender` process at start-up, for decisions a file may
 * never reach: linting a one-element file reaches few, and no file of this repository reaches one
 * that needs the network (the grammar's decisions are all settled by the next token). Here each
 * decision's lookahead is worked out at its first use, and the network at the first decision
 * that needs it. Every decision chooses exactly as before: the LL(1) lookups below are
 * chevrotain-allstar 0.3's (MIT, TypeFox GmbH), and every other decision is chevrotain-allstar's own.
 */
import type { IParserConfig, LangiumCoreServices } from 'langium';
import type { ILookaheadStrategy, IOrAlt, OptionalProductionType, Rule, TokenType } from 'chevrotain';
import { getLookaheadPaths } from 'chevrotain';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';

type LookaheadFunction = (this: LookaheadParser, orAlts?: IOrAlt<unknown>[]) => number | boolean | undefined;
interface LookaheadParser {
    LA(offset: number): { tokenTypeIdx: number };
}
type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

export class LazyLLStarLookaheadStrategy extends LLStarLookaheadStrategy {
    private rules: Rule[] = [];
    private networkBuilt = false;

    override initialize(options: { rules: Rule[] }): void {
        this.rules = options.rules;
    }

    private buildNetwork(): void {
        if (!this.networkBuilt) {
            this.networkBuilt = true;
            super.initialize({ rules: this.rules });
        }
    }

    override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        return onFirstCall(() => this.alternation(options)) as unknown as AlternationLookahead;
    }

    override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
        return onFirstCall(() => this.optional(options)) as unknown as OptionalLookahead;
    }

    private alternation(options: AlternationOptions): LookaheadFunction {
        const { prodOccurrence, rule, hasPredicates, dynamicTokensEnabled } = options;
        const partialAlts = getLookaheadPaths({ maxLookahead: 1, occurrence: prodOccurrence, prodType: 'Alternation', rule })
            .map(alt => alt.map(path => path[0]));
        if (!isLL1Sequence(partialAlts, false) || dynamicTokensEnabled) {
            this.buildNetwork();
            return super.buildLookaheadForAlternation(options) as unknown as LookaheadFunction;
        }
        const choiceToAlt: Record<number, number> = {};
        partialAlts.forEach((alt, idx) => {
            for (const tokenType of alt) {
                if (tokenType) {
                    choiceToAlt[tokenType.tokenTypeIdx!] = idx;
                    for (const extending of tokenType.categoryMatches ?? []) {
                        choiceToAlt[extending] = idx;
                    }
                }
            }
        });
        if (hasPredicates) {
            return function (this: LookaheadParser, orAlts?: IOrAlt<unknown>[]) {
                const prediction = choiceToAlt[this.LA(1).tokenTypeIdx];
                if (orAlts !== undefined && prediction !== undefined) {
                    const gate = orAlts[prediction]?.GATE;
                    if (gate !== undefined && gate.call(this) === false) {
                        return undefined;
                    }
                }
                return prediction;
            };
        }
        return function (this: LookaheadParser) {
            return choiceToAlt[this.LA(1).tokenTypeIdx];
        };
    }

    private optional(options: OptionalOptions): LookaheadFunction {
        const { prodOccurrence, rule, prodType, dynamicTokensEnabled } = options;
        const alts = getLookaheadPaths({ maxLookahead: 1, occurrence: prodOccurrence, prodType: prodType as OptionalProductionType, rule })
            .map(alt => alt.map(path => path[0]));
        if (!isLL1Sequence(alts) || !alts[0][0] || dynamicTokensEnabled) {
            this.buildNetwork();
            return super.buildLookaheadForOptional(options) as unknown as LookaheadFunction;
        }
        const singleTokenTypes = alts[0].flat();
        if (singleTokenTypes.length === 1 && (singleTokenTypes[0].categoryMatches ?? []).length === 0) {
            const expected = singleTokenTypes[0].tokenTypeIdx;
            return function (this: LookaheadParser) {
                return this.LA(1).tokenTypeIdx === expected;
            };
        }
        const choiceToAlt: Record<number, boolean> = {};
        for (const tokenType of singleTokenTypes) {
            if (tokenType !== undefined) {
                choiceToAlt[tokenType.tokenTypeIdx!] = true;
                for (const extending of tokenType.categoryMatches ?? []) {
                    choiceToAlt[extending] = true;
                }
            }
        }
        return function (this: LookaheadParser) {
            return choiceToAlt[this.LA(1).tokenTypeIdx] === true;
        };
    }
}

/** A decision's lookahead, worked out when the parser first reaches the decision. */
function onFirstCall(make: () => LookaheadFunction): LookaheadFunction {
    let lookahead: LookaheadFunction | undefined;
    return function (this: LookaheadParser, orAlts?: IOrAlt<unknown>[]) {
        return (lookahead ??= make()).call(this, orAlts);
    };
}

/** chevrotain-allstar's test: whether the first tokens of the alternatives tell them apart. */
function isLL1Sequence(sequences: (TokenType | undefined)[][], allowEmpty = true): boolean {
    const fullSet = new Set<number>();
    for (const alt of sequences) {
        const altSet = new Set<number>();
        for (const tokenType of alt) {
            if (tokenType === undefined) {
                if (allowEmpty) {
                    break; // an empty alternative
                }
                return false;
            }
            for (const index of [tokenType.tokenTypeIdx!, ...(tokenType.categoryMatches ?? [])]) {
                if (fullSet.has(index)) {
                    if (!altSet.has(index)) {
                        return false;
                    }
                } else {
                    fullSet.add(index);
                    altSet.add(index);
                }
            }
        }
    }
    return true;
}

/**
 * The parser's configuration: Langium's defaults, with the lookahead above. Each parser built
 * from it (the parser, and the language server's completion parser) gets a strategy of its own,
 * as with Langium's default. Ambiguities found while parsing are logged as Langium logs them:
 * only in development mode (the sources, the tests), never in the shipped command and server.
 */
export function tenderParserConfig(services: LangiumCoreServices): IParserConfig {
    const production = services.LanguageMetaData.mode === 'production';
    return {
        // a getter: Langium spreads the configuration into each parser's own, making a new strategy each time
        get lookaheadStrategy() {
            return new LazyLLStarLookaheadStrategy(production ? { logging: () => { } } : undefined);
        }
    } as IParserConfig;
}
