/**
 * A lint rule: typed metadata declared once (id, severity, category, source, options) and a
 * `create` function returning visitors keyed by AST type, as ESLint rules do. The engine walks
 * each document once and calls every enabled rule's visitors; whole-tender checks use the
 * `Tender` visitor and run once per tender.
 */
import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TenderAstType } from '../generated/ast.js';
import type { LintConfig, ThresholdName } from './config.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Areas of the rule catalogue, as the docs index groups them. */
export type RuleCategory =
    | 'plain-language'
    | 'award-criteria'
    | 'lots'
    | 'outcomes'
    | 'people'
    | 'engagement'
    | 'timeline'
    | 'collaboration'
    | 'participation'
    | 'contract'
    | 'funding'
    | 'law';

export interface RuleMeta {
    /** Stable id: the diagnostic code, the docs page name and the SARIF rule id. */
    readonly id: string;
    readonly severity: Severity;
    readonly category: RuleCategory;
    /** One line: what the rule checks (SARIF shortDescription, docs index). */
    readonly description: string;
    /** Where the rule comes from: a section of domain.md and the law or guidance it cites. */
    readonly source: string;
    /** Configuration thresholds the rule reads. */
    readonly options?: readonly ThresholdName[];
    /** Whether the rule offers quick fixes. */
    readonly hasFix?: boolean;
    /**
     * Whether the rule's findings say that something is absent (no baseline, no service-users line,
     * weights that do not add up because one is missing), which a syntax error can fake by making
     * the parser drop what was written. While the file has syntax errors, the linter drops such
     * findings where an error touched: `node`, the node the finding is on (or one inside it);
     * `element`, anywhere in the top-level element holding it (the finding reads other parts of
     * it, e.g. no service delivers this outcome). Absent: the findings stand whatever the errors.
     */
    readonly absence?: Absence;
}

export type Absence = 'node' | 'element';

/** A finding a rule reports. `node`+`property` place it; `range` (absolute) overrides. */
export interface Finding<N extends AstNode = AstNode> {
    readonly node: N;
    readonly property?: string;
    readonly index?: number;
    readonly keyword?: string;
    readonly range?: Range;
    readonly message: string;
    /** A rule with two levels (bid-window) may set the level of one finding. */
    readonly severity?: Severity;
    /** What the rule's fixes need, carried in the diagnostic's `data`. */
    readonly data?: Record<string, unknown>;
    /** Overrides the rule's `absence` for this finding (`false`: it stands whatever the syntax errors). */
    readonly absence?: Absence | false;
}

export interface RuleContext {
    readonly config: LintConfig;
    readonly document: LangiumDocument;
    /** Every loaded document, for rules that read imported files (e.g. the market a tender imports). */
    readonly documents: LangiumDocuments;
    report<N extends AstNode>(finding: Finding<N>): void;
}

export type RuleVisitors = {
    [K in keyof TenderAstType]?: TenderAstType[K] extends AstNode
        ? (node: TenderAstType[K]) => void
        : never;
};

/** A proposed fix for one finding. `safe` fixes need no value from the user (CLI --fix, fix all). */
export interface FixProposal {
    readonly title: string;
    readonly edits: readonly TextEdit[];
    readonly safe: boolean;
    readonly preferred?: boolean;
    /** A fix that edits another file (e.g. tender.config.json); `create` when the file does not exist yet. */
    readonly otherFile?: { readonly uri: string; readonly edits: readonly TextEdit[]; readonly create?: boolean };
}

export interface FixContext {
    readonly document: LangiumDocument;
    readonly range: Range;
    readonly data: Record<string, unknown>;
    readonly config: LintConfig;
    readonly message: string;
    /**
     * The tender.config.json that applies to the document: its URI and text, or, when there is
     * none, where a new one would go (the workspace folder holding the document) with no text.
     * Read on demand, as most fixes never need it.
     */
    readonly configFile: () => ConfigFileInfo | undefined;
}

export interface ConfigFileInfo {
    readonly uri: string;
    /** The file's text; undefined when the file does not exist yet. */
    readonly text: string | undefined;
}

export interface Rule {
    readonly meta: RuleMeta;
    create(context: RuleContext): RuleVisitors;
    fix?(context: FixContext): FixProposal[];
}

export function defineRule(rule: Rule): Rule {
    return rule;
}
