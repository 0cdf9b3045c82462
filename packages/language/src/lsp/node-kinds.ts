/**
 * Symbol and completion kinds per element, so that the outline, workspace symbols and completion
 * lists show a distinct icon for needs, outcomes, cohorts, services, lots and so on.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Framework: SymbolKind.Namespace,
    Need: SymbolKind.EnumMember,
    PopulationOutcome: SymbolKind.Event,
    Market: SymbolKind.Package,
    Provider: SymbolKind.Object,
    Tender: SymbolKind.Class,
    Cohort: SymbolKind.Struct,
    Persona: SymbolKind.Variable,
    Outcome: SymbolKind.Event,
    Service: SymbolKind.Function,
    Lot: SymbolKind.Module,
    Risk: SymbolKind.Constant,
    Grant: SymbolKind.Class,
    AwardCriteria: SymbolKind.Array,
    Criterion: SymbolKind.Property,
    SubCriterion: SymbolKind.Property,
    Kpi: SymbolKind.Number,
    Assessment: SymbolKind.Array,
    FrameworkAgreement: SymbolKind.Package,
    Submission: SymbolKind.Interface,
    OrganisationDetails: SymbolKind.Object,
    JointBuyer: SymbolKind.Object,
    ProcedureDetails: SymbolKind.Enum,
    Contract: SymbolKind.Struct
};

const COMPLETION_KINDS: Readonly<Record<string, CompletionItemKind>> = {
    Framework: CompletionItemKind.Module,
    Need: CompletionItemKind.EnumMember,
    PopulationOutcome: CompletionItemKind.Event,
    Market: CompletionItemKind.Module,
    Provider: CompletionItemKind.Reference,
    Tender: CompletionItemKind.Class,
    Cohort: CompletionItemKind.Struct,
    Persona: CompletionItemKind.Variable,
    Outcome: CompletionItemKind.Event,
    Service: CompletionItemKind.Function,
    Lot: CompletionItemKind.Module,
    Risk: CompletionItemKind.Constant,
    Grant: CompletionItemKind.Class,
    Kpi: CompletionItemKind.Unit
};

export class TenderNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
