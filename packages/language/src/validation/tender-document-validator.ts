/**
 * Langium's document validator adds the custom checks' diagnostics with `push(...all)`: with more
 * than about a hundred thousand findings (a huge pasted text full of vague words) the spread
 * overflows the call stack and every diagnostic of the document is lost. This validator hands
 * the custom diagnostics over after the built-in ones, in the same order, without the spread.
 * It also gives Langium's lexer, parser and linker diagnostics our stable codes (`syntax-error`,
 * `unresolved-reference`), so the editor, the CLI and SARIF name every finding the same way.
 */
import type { AstNode, LangiumDocument, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticCode } from './tender-validator.js';

export class TenderDocumentValidator extends DefaultDocumentValidator {
    private readonly custom = new WeakMap<AstNode, Diagnostic[]>();

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        try {
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            for (const diagnostic of diagnostics) {
                if (diagnostic.code === undefined) {
                    diagnostic.code = diagnosticCode(diagnostic);
                }
            }
            for (const diagnostic of this.custom.get(root) ?? []) {
                diagnostics.push(diagnostic);
            }
            return diagnostics;
        } finally {
            this.custom.delete(root);
        }
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        this.custom.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }
}
