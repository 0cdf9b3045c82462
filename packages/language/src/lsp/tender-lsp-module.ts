/**
 * The editor services of the tender language, as Langium DI modules: completion, hover, navigation,
 * rename, symbols, folding, semantic tokens and the formatter. Every provider is guarded (see
 * guard.ts) so that one failing request answers empty instead of failing.
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumLSPServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { TenderServices } from '../tender-module.js';
import { TenderCompletionProvider } from './completion.js';
import { TenderDocumentUpdateHandler } from './document-updates.js';
import { TenderFoldingRangeProvider } from './folding.js';
import { TenderFormatter } from './formatter.js';
import { guarded } from './guard.js';
import { TenderHoverProvider } from './hover.js';
import { TenderDefinitionProvider, TenderDocumentHighlightProvider, TenderReferencesProvider, TenderRenameProvider } from './navigation.js';
import { TenderNodeKindProvider } from './node-kinds.js';
import { TenderSemanticTokenProvider } from './semantic-tokens.js';
import { TenderDocumentSymbolProvider, TenderWorkspaceSymbolProvider } from './symbols.js';

export const TenderLspModule: Module<TenderServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: (services) => guarded(new TenderCompletionProvider(services), 'completion'),
        HoverProvider: (services) => guarded(new TenderHoverProvider(services), 'hover'),
        DefinitionProvider: (services) => guarded(new TenderDefinitionProvider(services), 'definition'),
        ReferencesProvider: (services) => guarded(new TenderReferencesProvider(services), 'references'),
        DocumentHighlightProvider: (services) => guarded(new TenderDocumentHighlightProvider(services), 'highlight'),
        RenameProvider: (services) => guarded(new TenderRenameProvider(services), 'rename'),
        DocumentSymbolProvider: (services) => guarded(new TenderDocumentSymbolProvider(services), 'document symbols'),
        FoldingRangeProvider: (services) => guarded(new TenderFoldingRangeProvider(services), 'folding'),
        SemanticTokenProvider: (services) => guarded(new TenderSemanticTokenProvider(services), 'semantic tokens'),
        Formatter: (services) => guarded(new TenderFormatter(services), 'formatting')
    }
};

export const TenderSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new TenderNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => guarded(new TenderWorkspaceSymbolProvider(services), 'workspace symbols'),
        DocumentUpdateHandler: (services) => new TenderDocumentUpdateHandler(services)
    }
};

type LspFactories = Record<string, ((services: TenderServices) => unknown) | undefined>;

/** The same module with every `lsp` provider it defines guarded. */
export function guardedLspModule<M extends { lsp?: PartialLangiumLSPServices | object }>(module: M): M {
    const lsp = module.lsp as LspFactories | undefined;
    if (!lsp) return module;
    const wrapped: LspFactories = {};
    for (const [name, factory] of Object.entries(lsp)) {
        wrapped[name] = typeof factory === 'function'
            ? (services: TenderServices) => {
                const provider = factory(services);
                return typeof provider === 'object' && provider !== null ? guarded(provider, name) : provider;
            }
            : factory;
    }
    return { ...module, lsp: wrapped };
}
