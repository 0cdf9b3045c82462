/** Parsing helpers for the grammar tests: the AST of a text, and the errors of each kind. */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Element, Model } from '../../src/generated/ast.js';
import type { LintOptions } from '../helpers.js';
import { lint } from '../helpers.js';

export interface Parsed {
    readonly model: Model;
    readonly document: LangiumDocument;
    readonly diagnostics: Diagnostic[];
    /** Lexer and parser errors. */
    readonly syntaxErrors: string[];
    /** Errors that are not lint findings: syntax, linking and language checks. */
    readonly languageErrors: string[];
}

export async function parse(text: string, options: LintOptions = {}): Promise<Parsed> {
    const { document, diagnostics } = await lint(text, options);
    return {
        model: document.parseResult.value as Model,
        document,
        diagnostics,
        syntaxErrors: [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message),
        languageErrors: diagnostics.filter(d => d.severity === 1 && !d.codeDescription).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)
    };
}

/** The one element of a parsed text, of the expected type. */
export function only<T extends Element>(parsed: Parsed, type: T['$type']): T {
    const found = parsed.model.elements.filter(e => e.$type === type);
    if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
    return found[0] as T;
}
