/**
 * Rebuilding after a change. Langium relinks a document when one of the files its references point
 * into changes; a tender also depends on files it imports without referring into them (a market
 * that `lot-beyond-local-market` reads, a framework whose new need would resolve a reference), so
 * a change to any file in a document's import closure relinks it too.
 */
import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { DefaultDocumentBuilder } from 'langium';
import { importClosure } from '../references/imports.js';

export class TenderDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const closure = importClosure(document, this.langiumDocuments);
        for (const uri of changedUris) {
            if (uri !== document.uri.toString() && closure.has(uri)) {
                return true;
            }
        }
        return false;
    }
}

export type { URI };
