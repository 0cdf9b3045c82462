/**
 * Tokens. The grammar's text terminal, `/"(\\.|[^"\\])*"/`, makes the regular expression engine
 * keep one backtracking entry per character: a text of a few megabytes overflows its stack and
 * the whole document fails to lex ("Maximum call stack size exceeded"). The same language, written
 * as an unrolled loop, matches in linear time with constant stack, so it replaces the grammar's
 * pattern here. If the grammar's text terminal ever changes, the replacement stands down.
 */
import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder, GrammarUtils } from 'langium';
import type { TokenType } from 'chevrotain';

/** The grammar's STRING terminal, as written in tender.langium. */
export const GRAMMAR_STRING_SOURCE = String.raw`"(\\.|[^"\\])*"|“[^”"]*[”"]`;

/**
 * The same strings: a quote, runs of plain characters separated by escapes, a quote; or Word's
 * curly quotes, which have no escapes (a negated class, linear already).
 */
export const STRING_PATTERN = /"[^"\\]*(?:\\.[^"\\]*)*"|“[^”"]*[”"]/;

export class TenderTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING' && GrammarUtils.terminalRegex(terminal).source === GRAMMAR_STRING_SOURCE) {
            token.PATTERN = STRING_PATTERN;
        }
        return token;
    }
}
