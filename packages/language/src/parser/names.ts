/**
 * What may be a name: exactly what the grammar's `Name` rule accepts (language 1.1: an identifier,
 * or any keyword but the element keywords `import`, `framework`, `market`, `tender` and `grant`).
 * Read from the grammar and the lexer built from it, so that this is the one home of the idea and
 * a keyword added to the grammar (and to `Name`) is a name here without a second list to keep.
 */
import type { Grammar } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { Lexer } from 'langium';

export type NameCheck =
    | { readonly ok: true }
    /** Not one token the `Name` rule accepts: empty, spaces, punctuation, a leading digit, a hyphen, ... */
    | { readonly ok: false; readonly reason: 'not-a-name' }
    /** A word with a name's form that the grammar keeps for itself (an element keyword). */
    | { readonly ok: false; readonly reason: 'reserved-keyword' };

interface NameRuleFacts {
    /** The terminals `Name` accepts (`ID`). */
    readonly terminals: ReadonlySet<string>;
    /** The keywords `Name` accepts. */
    readonly keywords: ReadonlySet<string>;
    /** The keywords of the whole grammar that have a name's form but `Name` does not accept. */
    readonly reserved: readonly string[];
}

export class NameRule {
    private facts?: NameRuleFacts;

    constructor(private readonly grammar: () => Grammar, private readonly lexer: () => Lexer) {}

    /** Whether `text`, exactly as given, can stand where the grammar expects a name. */
    check(text: string): NameCheck {
        const facts = this.ruleFacts();
        // A name is one token: no spaces, comments or other tokens around it, nothing the lexer refuses.
        const lexed = this.lexer().tokenize(text);
        if (lexed.errors.length > 0 || lexed.hidden.length > 0 || lexed.tokens.length !== 1 || lexed.tokens[0].image !== text) {
            return { ok: false, reason: 'not-a-name' };
        }
        const tokenType = lexed.tokens[0].tokenType.name;
        if (facts.terminals.has(tokenType) || facts.keywords.has(text)) return { ok: true };
        return facts.reserved.includes(text) ? { ok: false, reason: 'reserved-keyword' } : { ok: false, reason: 'not-a-name' };
    }

    /** The keywords that have a name's form and still cannot be names (the element keywords), in grammar order. */
    reservedKeywords(): readonly string[] {
        return this.ruleFacts().reserved;
    }

    private ruleFacts(): NameRuleFacts {
        if (this.facts) return this.facts;
        const grammar = this.grammar();
        const rule = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.name === 'Name');
        if (!rule) throw new Error('The grammar has no Name rule.');
        const terminals = new Set<string>();
        const keywords = new Set<string>();
        const forms: RegExp[] = [];
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) keywords.add(node.value);
            else if (GrammarAST.isRuleCall(node) && GrammarAST.isTerminalRule(node.rule.ref)) {
                terminals.add(node.rule.ref.name);
                forms.push(new RegExp(`^(?:${GrammarUtils.terminalRegex(node.rule.ref).source})$`));
            }
        }
        const reserved: string[] = [];
        for (const node of AstUtils.streamAllContents(grammar)) {
            if (GrammarAST.isKeyword(node) && !keywords.has(node.value) && !reserved.includes(node.value) && forms.some(f => f.test(node.value))) {
                reserved.push(node.value);
            }
        }
        this.facts = { terminals, keywords, reserved };
        return this.facts;
    }
}
