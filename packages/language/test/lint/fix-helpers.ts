/**
 * Quick fix tests: lint, take the first fix for the first finding of a rule, apply it, lint again.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { fixesFor, applyEdits } from '../../src/lint/fixes.js';
import type { LintOptions } from '../helpers.js';
import { lint, withCode } from '../helpers.js';

export async function applyQuickFix(source: string, ruleId: string, options: LintOptions & { fixIndex?: number } = {}): Promise<{ text: string; diagnostics: Diagnostic[]; title: string }> {
    const first = await lint(source, options);
    const [finding] = withCode(first.diagnostics, ruleId);
    if (!finding) throw new Error(`no ${ruleId} finding to fix`);
    const proposals = fixesFor(first.services, first.document, finding);
    const proposal = proposals[options.fixIndex ?? 0];
    if (!proposal) throw new Error(`no fix for ${ruleId}`);
    const text = applyEdits(first.document, proposal.edits);
    const second = await lint(text, { ...options, services: undefined });
    return { text, diagnostics: second.diagnostics, title: proposal.title };
}
