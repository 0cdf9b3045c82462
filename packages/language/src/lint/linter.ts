/**
 * The lint engine: walks a document once, calls every enabled rule's visitors, places each finding,
 * applies the configured severity and inline suppressions. Results are cached per document
 * version so the language server and the CLI share one run.
 */
import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { TenderServices } from '../tender-module.js';
import type { LintConfig } from './config.js';
import type { Finding, Rule, RuleContext, RuleVisitors, Severity } from './define-rule.js';
import { rules } from './rules/index.js';
import type { Suppression } from './suppressions.js';
import { collectSuppressions, SuppressionIndex } from './suppressions.js';
import type { ConfigProvider } from './config-provider.js';
import { ruleDocsUrl } from './docs.js';
import { parseDamage } from './parse-damage.js';
import { forEachAstNode } from '../ast-walk.js';
import { findNodeForKeyword, findNodeForProperty } from './cst-lookup.js';

export interface LintFinding {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly range: Range;
    readonly data?: Record<string, unknown>;
    /** Set when an inline comment silences the finding. */
    readonly suppression?: { readonly kind: 'next-line' | 'region'; readonly justification?: string };
}

export interface LintResult {
    readonly findings: readonly LintFinding[];
    readonly unusedSuppressions: readonly Suppression[];
    readonly config: LintConfig;
}

/** Diagnostic code of an inline suppression that silences nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

export class Linter {
    protected readonly configs: ConfigProvider;
    protected readonly cache = new WeakMap<LangiumDocument, { version: number; references: unknown; generation: number; result: LintResult }>();
    /** Bumped by clear() with no document: every cached result older than it is stale. */
    protected generation = 0;
    protected readonly rules: readonly Rule[];
    protected readonly documents: LangiumDocuments;

    constructor(services: TenderServices) {
        this.configs = services.lint.ConfigProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.rules = rules;
    }

    /** Lints a built (parsed and linked) document. */
    lint(document: LangiumDocument): LintResult {
        const version = document.textDocument.version;
        const cached = this.cache.get(document);
        // Langium relinks a document whose imports changed without a new text version, and gives it
        // a fresh `references` array when it does: findings that read imported files must follow.
        if (cached && cached.version === version && cached.references === document.references && cached.generation === this.generation) {
            return cached.result;
        }
        const result = this.run(document);
        this.cache.set(document, { version, references: document.references, generation: this.generation, result });
        return result;
    }

    /** Forget cached results: of one document, or of all (the configuration changed). */
    clear(document?: LangiumDocument): void {
        if (document) {
            this.cache.delete(document);
        } else {
            this.generation++;
        }
    }

    protected run(document: LangiumDocument): LintResult {
        const config = this.configs.getConfig(document.uri);
        const findings: LintFinding[] = [];
        const root = document.parseResult.value;
        // While the file has syntax errors, a finding that something is absent from an element the
        // parser had to guess at is not reported (parse-damage.ts).
        const damage = parseDamage(document);
        const active: { rule: Rule; severity: Severity; visitors: RuleVisitors }[] = [];
        for (const rule of this.rules) {
            const setting = config.rules[rule.meta.id] ?? rule.meta.severity;
            if (setting === 'off') {
                continue;
            }
            const context: RuleContext = {
                config,
                document,
                documents: this.documents,
                report: (finding) => {
                    const absence = finding.absence ?? rule.meta.absence;
                    if (damage.hasErrors && absence
                        && (absence === 'node' ? damage.isDamaged(finding.node) : damage.isElementDamaged(finding.node))) {
                        return;
                    }
                    const range = placeFinding(finding);
                    if (range) {
                        findings.push({
                            ruleId: rule.meta.id,
                            severity: setting === rule.meta.severity && finding.severity ? finding.severity : setting,
                            message: finding.message,
                            range,
                            data: finding.data
                        });
                    }
                }
            };
            try {
                active.push({ rule, severity: setting, visitors: rule.create(context) });
            } catch (error) {
                reportRuleFailure(rule, error);
            }
        }
        // Each node type's visitors, in the order of the rules: a node costs one lookup, not one per rule.
        const visitorsByType = new Map<string, { rule: Rule; visit: (node: AstNode) => void }[]>();
        for (const { rule, visitors } of active) {
            for (const [type, visit] of Object.entries(visitors as Record<string, ((node: AstNode) => void) | undefined>)) {
                if (typeof visit !== 'function') continue;
                const list = visitorsByType.get(type);
                if (list) list.push({ rule, visit });
                else visitorsByType.set(type, [{ rule, visit }]);
            }
        }
        forEachAstNode(root, node => {
            const visits = visitorsByType.get(node.$type);
            if (!visits) return;
            for (const { rule, visit } of visits) {
                try {
                    visit(node);
                } catch (error) {
                    reportRuleFailure(rule, error);
                }
            }
        });
        const suppressions = collectSuppressions(document);
        const covering = suppressions.length === 0 ? [] : new SuppressionIndex(suppressions)
            .find(findings.map(finding => ({ ruleId: finding.ruleId, offset: document.textDocument.offsetAt(finding.range.start) })));
        const placed: LintFinding[] = [];
        findings.forEach((finding, i) => {
            const suppression = covering[i];
            placed.push(suppression ? { ...finding, suppression: { kind: suppression.kind, justification: suppression.justification } } : finding);
        });
        placed.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
        // With syntax errors, what a suppression would have silenced may not have been parsed at all.
        const unusedSuppressions = damage.hasErrors ? [] : suppressions.filter(s => !s.used);
        return { findings: placed, unusedSuppressions, config };
    }
}

const reported = new Set<string>();
function reportRuleFailure(rule: Rule, error: unknown): void {
    // A broken rule must never take the linter or the language server down with it.
    if (!reported.has(rule.meta.id)) {
        reported.add(rule.meta.id);
        console.error(`tender: rule ${rule.meta.id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
}

/** The range of a finding: an explicit range, else the property, keyword or node. */
export function placeFinding(finding: Finding): Range | undefined {
    if (finding.range) {
        return finding.range;
    }
    const cst = finding.node.$cstNode;
    if (!cst) {
        return undefined;
    }
    if (finding.property) {
        const target = findNodeForProperty(cst, finding.property, finding.index);
        if (target) {
            return target.range;
        }
    }
    if (finding.keyword) {
        const target = findNodeForKeyword(cst, finding.keyword);
        if (target) {
            return target.range;
        }
    }
    return cst.range;
}

export { ruleDocsUrl };
