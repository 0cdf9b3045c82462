/**
 * The follow sets the parser's error recovery re-syncs with, worked out at the first syntax error
 * that needs them instead of while building the parser.
 *
 * With error recovery on, Chevrotain works out, for every rule call in the grammar, the tokens
 * that may follow it (`computeAllProdsFollows`): about a sixth of building the parser, paid by
 * every `tender` process at start-up, though a file with no syntax error never uses them. Here the
 * parser is built with that step left out, and the sets are made, by the same walk, the first time
 * recovery looks one up. The walk below is Chevrotain 11's (follow.js, rest.js, first.js and the
 * production helpers of @chevrotain/gast; Apache-2.0), which the package does not export.
 */
import type { IProduction, TokenType } from 'chevrotain';
import { Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal } from 'chevrotain';
import type { LangiumParser } from 'langium';

/** Chevrotain's separator in follow keys (constants.js). */
const IN = '_~IN~_';

type Follows = Record<string, TokenType[]>;

interface RecoveringParser {
    recoveryEnabled: boolean;
    resyncFollows: Follows;
    gastProductionsCache: Record<string, Rule>;
}

/** `parser.finalize()`, with the follow sets made at their first use. */
export function finalizeParser(parser: LangiumParser): void {
    const chevrotain = (parser as unknown as { wrapper?: RecoveringParser }).wrapper;
    if (!chevrotain || chevrotain.recoveryEnabled !== true || typeof chevrotain.resyncFollows !== 'object') {
        parser.finalize();
        return;
    }
    // Recovery off while the grammar is analysed: the one step that reads it is the follow sets.
    chevrotain.recoveryEnabled = false;
    try {
        parser.finalize();
    } finally {
        chevrotain.recoveryEnabled = true;
    }
    let follows: Follows | undefined;
    const made = (): Follows => (follows ??= computeAllProdsFollows(Object.values(chevrotain.gastProductionsCache)));
    // Recovery only ever reads a set by its key (recoverable.js, getFollowSetFromFollowKey).
    chevrotain.resyncFollows = new Proxy({} as Follows, {
        get: (_, key) => (typeof key === 'string' ? made()[key] : undefined),
        has: (_, key) => key in made(),
        ownKeys: () => Reflect.ownKeys(made()),
        getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(made(), key)
    });
}

/** Chevrotain's computeAllProdsFollows (follow.js). */
export function computeAllProdsFollows(topProductions: readonly Rule[]): Follows {
    const follows: Follows = {};
    for (const topProd of topProductions) {
        Object.assign(follows, new ResyncFollowsWalker(topProd).startWalking());
    }
    return follows;
}

/** Chevrotain's RestWalker (rest.js): the rest of the grammar after each production. */
abstract class RestWalker {
    walk(prod: { definition: IProduction[] }, prevRest: IProduction[] = []): void {
        prod.definition.forEach((subProd, index) => {
            const currRest = prod.definition.slice(index + 1);
            if (subProd instanceof NonTerminal) {
                this.walkProdRef(subProd, currRest, prevRest);
            } else if (subProd instanceof Terminal) {
                // nothing to do at a terminal
            } else if (subProd instanceof Alternative) {
                this.walk(subProd, currRest.concat(prevRest));
            } else if (subProd instanceof Option) {
                this.walk(subProd, currRest.concat(prevRest));
            } else if (subProd instanceof RepetitionMandatory) {
                this.walk(subProd, [new Option({ definition: subProd.definition }) as IProduction].concat(currRest, prevRest));
            } else if (subProd instanceof RepetitionMandatoryWithSeparator) {
                this.walk(subProd, restForRepetitionWithSeparator(subProd, currRest, prevRest));
            } else if (subProd instanceof RepetitionWithSeparator) {
                this.walk(subProd, restForRepetitionWithSeparator(subProd, currRest, prevRest));
            } else if (subProd instanceof Repetition) {
                this.walk(subProd, [new Option({ definition: subProd.definition }) as IProduction].concat(currRest, prevRest));
            } else if (subProd instanceof Alternation) {
                const fullOrRest = currRest.concat(prevRest);
                for (const alt of subProd.definition) {
                    // each alternative alone, so that the next one is not taken for its rest
                    this.walk(new Alternative({ definition: [alt] }), fullOrRest);
                }
            } else {
                throw Error('non exhaustive match');
            }
        });
    }

    abstract walkProdRef(refProd: NonTerminal, currRest: IProduction[], prevRest: IProduction[]): void;
}

function restForRepetitionWithSeparator(repSepProd: RepetitionWithSeparator | RepetitionMandatoryWithSeparator, currRest: IProduction[], prevRest: IProduction[]): IProduction[] {
    const repSepRest: IProduction[] = [new Option({ definition: [new Terminal({ terminalType: repSepProd.separator }) as IProduction].concat(repSepProd.definition) })];
    return repSepRest.concat(currRest, prevRest);
}

/** Chevrotain's ResyncFollowsWalker (follow.js). */
class ResyncFollowsWalker extends RestWalker {
    private readonly follows: Follows = {};

    constructor(private readonly topProd: Rule) {
        super();
    }

    startWalking(): Follows {
        this.walk(this.topProd);
        return this.follows;
    }

    walkProdRef(refProd: NonTerminal, currRest: IProduction[], prevRest: IProduction[]): void {
        const followName = `${refProd.referencedRule.name}${refProd.idx}${IN}${this.topProd.name}`;
        this.follows[followName] = first(new Alternative({ definition: currRest.concat(prevRest) }));
    }
}

/** Chevrotain's first (first.js). */
function first(prod: IProduction): TokenType[] {
    if (prod instanceof NonTerminal) {
        return first(prod.referencedRule);
    } else if (prod instanceof Terminal) {
        return [prod.terminalType];
    } else if (isSequenceProd(prod)) {
        let firstSet: TokenType[] = [];
        const seq = (prod as unknown as { definition: IProduction[] }).definition;
        let index = 0;
        let lastOptional = true;
        // a sequence up to its end, or to its first production that is not optional
        while (index < seq.length && lastOptional) {
            const sub = seq[index];
            lastOptional = isOptionalProd(sub);
            firstSet = firstSet.concat(first(sub));
            index++;
        }
        return [...new Set(firstSet)];
    } else if (prod instanceof Alternation) {
        return [...new Set(prod.definition.flatMap(alt => first(alt)))];
    }
    throw Error('non exhaustive match');
}

/** @chevrotain/gast's isSequenceProd. */
function isSequenceProd(prod: IProduction): boolean {
    return prod instanceof Alternative || prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionMandatory
        || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}

/** @chevrotain/gast's AbstractProduction: every production with a definition. */
function isAbstractProduction(prod: IProduction): prod is IProduction & { definition: IProduction[] } {
    return prod instanceof Rule || prod instanceof NonTerminal || prod instanceof Alternative || prod instanceof Option
        || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof Repetition
        || prod instanceof RepetitionWithSeparator || prod instanceof Alternation;
}

/** @chevrotain/gast's isOptionalProd. */
function isOptionalProd(prod: IProduction, alreadyVisited: IProduction[] = []): boolean {
    if (prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionWithSeparator) {
        return true;
    }
    if (prod instanceof Alternation) {
        return prod.definition.some(sub => isOptionalProd(sub, alreadyVisited));
    } else if (prod instanceof NonTerminal && alreadyVisited.includes(prod)) {
        return false; // a cycle
    } else if (isAbstractProduction(prod)) {
        if (prod instanceof NonTerminal) {
            alreadyVisited.push(prod);
        }
        return prod.definition.every(sub => isOptionalProd(sub, alreadyVisited));
    }
    return false;
}
