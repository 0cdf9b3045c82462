/**
 * Langium's lexer, with the STRAY tokens of the token builder (runs of characters that start no
 * token) reported as the errors Chevrotain's lexer would have made of them: one error for each
 * run of characters it could not read, a STRAY token and the characters beside it that Chevrotain
 * reported (a `$` that starts no money) joined into one, with the same message.
 *
 * Past MOST_SYNTAX_ERRORS errors the rest of the file is dropped, with one more error saying so
 * (TOO_MANY_SYNTAX_ERRORS), as the parser stops at its limit: 240,000 lines of `@` would otherwise
 * be 240,000 errors to word, place and print.
 */
import type { ILexingError, IToken } from 'chevrotain';
import type { LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer } from 'langium';
import { STRAY_GROUP } from './tender-token-builder.js';
import { MOST_SYNTAX_ERRORS, TOO_MANY_SYNTAX_ERRORS } from '../workspace/linear-parser.js';

export class TenderLexer extends DefaultLexer {
    override tokenize(text: string, _options?: TokenizeOptions): LexerResult {
        const result = this.chevrotainLexer.tokenize(text);
        const stray = result.groups[STRAY_GROUP];
        let errors = stray && stray.length > 0 ? this.joined(text, result.errors, stray) : result.errors;
        let tokens = result.tokens;
        let hidden = result.groups.hidden ?? [];
        if (errors.length > MOST_SYNTAX_ERRORS) {
            const cut = errors[MOST_SYNTAX_ERRORS];
            errors = errors.slice(0, MOST_SYNTAX_ERRORS);
            errors.push({ ...cut, message: TOO_MANY_SYNTAX_ERRORS });
            tokens = before(tokens, cut.offset);
            hidden = before(hidden, cut.offset);
        }
        return {
            tokens,
            errors,
            hidden,
            report: this.tokenBuilder.flushLexingReport?.(text)
        };
    }

    /** The lexer's errors and the stray runs, in order, those that touch joined into one. */
    private joined(text: string, errors: ILexingError[], stray: IToken[]): ILexingError[] {
        const runs: ILexingError[] = [];
        let e = 0;
        let s = 0;
        while (e < errors.length || s < stray.length) {
            let next: ILexingError;
            if (s >= stray.length || (e < errors.length && errors[e].offset < stray[s].startOffset)) {
                next = { ...errors[e++] };
            } else {
                const token = stray[s++];
                next = { offset: token.startOffset, length: token.image.length, line: token.startLine ?? 1, column: token.startColumn ?? 1, message: '' };
            }
            const last = runs.at(-1);
            if (last && last.offset + last.length === next.offset) {
                last.length += next.length;
                last.message = '';
            } else {
                runs.push(next);
            }
        }
        for (const run of runs) {
            if (run.message === '') {
                run.message = this.errorMessageProvider.buildUnexpectedCharactersMessage(text, run.offset, run.length, run.line, run.column);
            }
        }
        return runs;
    }
}

/** The tokens that start before `offset` (tokens in order). */
function before(tokens: IToken[], offset: number): IToken[] {
    let count = tokens.length;
    while (count > 0 && tokens[count - 1].startOffset >= offset) count--;
    return count === tokens.length ? tokens : tokens.slice(0, count);
}
