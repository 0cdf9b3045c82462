/**
 * Dependency injection for the tender language, in Langium's createXServices shape.
 */
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { Module } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject } from 'langium';
import { TenderGeneratedSharedModule, TenderLanguageGeneratedModule } from './generated/module.js';
import { TenderScopeComputation, TenderScopeProvider } from './references/tender-scope.js';
import { TenderLinker } from './references/tender-linker.js';
import { TenderReferenceDescriptionProvider } from './references/reference-descriptions.js';
import { TenderAstNodeDescriptionProvider } from './references/node-descriptions.js';
import { TenderValueConverter } from './tender-value-converter.js';
import { TenderTokenBuilder } from './parser/tender-token-builder.js';
import { TenderLexer } from './parser/tender-lexer.js';
import { GrammarKeywords, TenderLexerErrorMessageProvider, TenderParserErrorMessageProvider } from './parser/syntax-messages.js';
import { TenderDocumentValidator } from './validation/tender-document-validator.js';
import { registerValidationChecks, TenderValidator } from './validation/tender-validator.js';
import { ConfigProvider } from './lint/config-provider.js';
import { Linter } from './lint/linter.js';
import { isBoundedFileSystem, WorkspaceRoots } from './workspace/workspace-roots.js';
import { TenderDocumentBuilder } from './workspace/document-builder.js';
import { createLinearLangiumParser } from './workspace/linear-parser.js';
import { TenderCodeActionProvider } from './lsp/code-actions.js';
import { guardedLspModule, TenderLspModule, TenderSharedLspModule } from './lsp/tender-lsp-module.js';
import { TenderCodeLensProvider } from './lsp/code-lens.js';
import { TenderInlayHintProvider } from './lsp/inlay-hints.js';
import { keepPositionNumbersInline } from './parser/number-fields.js';
import { tenderParserConfig } from './parser/lookahead.js';

export type TenderAddedServices = {
    validation: {
        TenderValidator: TenderValidator;
    };
    lint: {
        ConfigProvider: ConfigProvider;
        Linter: Linter;
    };
    workspace: {
        WorkspaceRoots: WorkspaceRoots;
    };
};

export type TenderServices = LangiumServices & TenderAddedServices;

export const TenderModule: Module<TenderServices, PartialLangiumServices & TenderAddedServices> = {
    parser: {
        ParserConfig: (services) => tenderParserConfig(services),
        LangiumParser: (services) => createLinearLangiumParser(services),
        ValueConverter: () => new TenderValueConverter(),
        TokenBuilder: () => new TenderTokenBuilder(),
        Lexer: (services) => new TenderLexer(services),
        ParserErrorMessageProvider: (services) => new TenderParserErrorMessageProvider(new GrammarKeywords(() => services.Grammar)),
        LexerErrorMessageProvider: () => new TenderLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new TenderScopeComputation(services),
        ScopeProvider: (services) => new TenderScopeProvider(services),
        Linker: (services) => new TenderLinker(services)
    },
    validation: {
        DocumentValidator: (services) => new TenderDocumentValidator(services),
        TenderValidator: (services) => new TenderValidator(services)
    },
    lint: {
        ConfigProvider: (services) => new ConfigProvider(services.shared, () => services.workspace.WorkspaceRoots.roots()),
        Linter: (services) => new Linter(services)
    },
    workspace: {
        WorkspaceRoots: () => new WorkspaceRoots(),
        ReferenceDescriptionProvider: (services) => new TenderReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new TenderAstNodeDescriptionProvider(services)
    },
    lsp: {
        CodeActionProvider: (services) => new TenderCodeActionProvider(services),
        CodeLensProvider: () => new TenderCodeLensProvider(),
        InlayHintProvider: (services) => new TenderInlayHintProvider(services)
    }
};

/** Shared services: documents are relinked when a file they import changes. */
export const TenderSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (services) => new TenderDocumentBuilder(services)
    }
};

export function createTenderServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Tender: TenderServices;
} {
    keepPositionNumbersInline();
    const shared = inject(createDefaultSharedModule(context), TenderGeneratedSharedModule, TenderSharedModule, TenderSharedLspModule);
    const Tender = inject(createDefaultModule({ shared }), TenderLanguageGeneratedModule, guardedLspModule(TenderModule), TenderLspModule);
    shared.ServiceRegistry.register(Tender);
    registerValidationChecks(Tender);
    const fileSystem = shared.workspace.FileSystemProvider;
    if (isBoundedFileSystem(fileSystem)) {
        // Every read of a workspace file stays inside the folders the CLI or the editor names.
        fileSystem.useRoots(() => Tender.workspace.WorkspaceRoots.roots());
    }
    if (!context.connection) {
        // No language server: the configuration is complete at once.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Tender };
}
