/**
 * Language checks (errors in what was written, not advice): imports that cannot be resolved or
 * leave the workspace, duplicate names, properties given twice, impossible dates and amounts.
 * The lint rules run from here too, through one check on the whole document.
 */
import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Model, TenderAstType } from '../generated/ast.js';
import { isDuration, isModel } from '../generated/ast.js';
import { durationInDays, durationUnit } from '../values/duration.js';
import type { TenderServices } from '../tender-module.js';
import { importUri, isInside } from '../references/imports.js';
import { isBoundedFileSystem } from '../workspace/workspace-roots.js';
import { parseDate } from '../values/dates.js';
import { parseMoney } from '../values/money.js';
import { echoed } from '../values/text.js';
import { languageDocsUrl, ruleDocsUrl } from '../lint/docs.js';
import { UNUSED_SUPPRESSION } from '../lint/linter.js';
import { rulesById } from '../lint/rules/index.js';
import { checkLanguage11, LANGUAGE_1_1_CHECKS } from './language-1-1-checks.js';
import { buildTrace } from '../lsp/build-trace.js';
import { forEachAstNode, forEachLeaf } from '../ast-walk.js';
import { assignmentOf } from '../lint/cst-lookup.js';

/** Dates after this year and terms longer than this are errors: beyond any tender, and beyond what outputs can write. */
const LAST_YEAR = 2200;
const LONGEST_TERM_YEARS = 100;

/** Codes of language errors (what was written cannot be read), beside the lint rules. */
export const LANGUAGE_CODES = {
    syntaxError: 'syntax-error',
    unresolvedReference: 'unresolved-reference',
    unresolvedImport: 'unresolved-import',
    importOutsideWorkspace: 'import-outside-workspace',
    duplicateName: 'duplicate-name',
    duplicateProperty: 'duplicate-property',
    invalidDate: 'invalid-date',
    invalidMoney: 'invalid-money',
    invalidNumber: 'invalid-number'
} as const;

/** Language checks with their descriptions and where the language reference explains them (SARIF). */
export const LANGUAGE_CHECKS: readonly { readonly id: string; readonly description: string; readonly helpUri: string }[] = [
    { id: LANGUAGE_CODES.syntaxError, description: 'The text does not follow the grammar of the tender language.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.unresolvedReference, description: 'A name refers to nothing declared in this file or the files it imports.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.unresolvedImport, description: 'An import names a file that does not exist or is not a .tender file.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.importOutsideWorkspace, description: 'An import leaves the workspace folder.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.duplicateName, description: 'Two elements in the same scope have the same name.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.duplicateProperty, description: 'A property that may be given once is given more than once.', helpUri: languageDocsUrl('3-files-and-elements') },
    { id: LANGUAGE_CODES.invalidDate, description: 'A date that does not exist, such as 2027-02-30.', helpUri: languageDocsUrl('2-lexical-rules') },
    { id: LANGUAGE_CODES.invalidMoney, description: 'An amount of money that cannot be read or is too large.', helpUri: languageDocsUrl('2-lexical-rules') },
    { id: LANGUAGE_CODES.invalidNumber, description: 'A number too large to work with.', helpUri: languageDocsUrl('2-lexical-rules') },
    { id: 'unused-suppression', description: 'An inline tender-disable comment that silences nothing.', helpUri: languageDocsUrl('4-lint-rules') },
    ...LANGUAGE_1_1_CHECKS.map(check => ({ id: check.id, description: check.description, helpUri: languageDocsUrl(check.section) }))
];

/** The help page of any diagnostic code: a rule's page, a language check's section of the reference, or none. */
export function docsUrlFor(code: string): string | undefined {
    if (rulesById.has(code)) return ruleDocsUrl(code);
    return LANGUAGE_CHECKS.find(check => check.id === code)?.helpUri;
}

/** The stable code of any diagnostic: its own code, or Langium's parse and link codes mapped to ours. */
export function diagnosticCode(diagnostic: { code?: number | string; data?: unknown }): string {
    if (typeof diagnostic.code === 'string') return diagnostic.code;
    const dataCode = typeof diagnostic.data === 'object' && diagnostic.data !== null ? (diagnostic.data as { code?: unknown }).code : undefined;
    if (dataCode === 'linking-error') return LANGUAGE_CODES.unresolvedReference;
    return LANGUAGE_CODES.syntaxError;
}

export function registerValidationChecks(services: TenderServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.TenderValidator;
    const checks: ValidationChecks<TenderAstType> = {
        // Every check is registered on the whole file, so that the validator need not walk the
        // nodes (tender-document-validator.ts); the duplicate properties last, node by node, in the
        // order they came in when registered on each node.
        Model: [validator.checkImports, validator.checkDuplicateNames, validator.checkTokens, checkLanguage11, validator.runLint,
            validator.checkDuplicatePropertiesEverywhere]
    };
    registry.register(checks, validator);
}

export class TenderValidator {
    protected readonly services: TenderServices;

    constructor(services: TenderServices) {
        this.services = services;
    }

    checkImports = (model: Model, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(model);
        const fs = this.services.shared.workspace.FileSystemProvider;
        const roots = this.services.workspace.WorkspaceRoots.roots();
        for (const imp of model.imports) {
            if (imp.path === undefined) continue;
            const uri = importUri(imp, document.uri);
            if (!uri || !imp.path.trim().endsWith('.tender')) {
                accept('error', `Cannot import "${echoed(imp.path, 60)}": imports name a .tender file, e.g. import "framework.tender".`, { node: imp, property: 'path', code: LANGUAGE_CODES.unresolvedImport });
                continue;
            }
            if (roots.length > 0 && !roots.some(root => isInside(uri, root))) {
                accept('error', `Cannot import "${echoed(imp.path, 60)}": it is outside the workspace folder.`, { node: imp, property: 'path', code: LANGUAGE_CODES.importOutsideWorkspace });
                continue;
            }
            if (uri.toString() === document.uri.toString()) {
                continue; // a file importing itself adds nothing, and is harmless
            }
            const refusal = isBoundedFileSystem(fs) ? fs.refusal(uri) : undefined;
            if (refusal && refusal.code !== 'missing') {
                // Refused at the workspace boundary: never read, so nothing of it links or reaches a message.
                accept('error', `Cannot import "${echoed(imp.path, 60)}": ${refusal.reason}.`, { node: imp, property: 'path',
                    code: refusal.code === 'outside' ? LANGUAGE_CODES.importOutsideWorkspace : LANGUAGE_CODES.unresolvedImport });
                continue;
            }
            const loaded = this.services.shared.workspace.LangiumDocuments.hasDocument(uri);
            let exists = loaded;
            if (!exists) {
                try {
                    exists = fs.existsSync(uri);
                } catch {
                    exists = false;
                }
            }
            if (!exists) {
                accept('error', `Cannot import "${echoed(imp.path, 60)}": no such file next to this one.`, { node: imp, property: 'path', code: LANGUAGE_CODES.unresolvedImport });
            }
        }
    };

    checkDuplicateNames = (model: Model, accept: ValidationAcceptor): void => {
        // Names must be unique among the elements that share a scope: the top-level elements of a
        // file, and the named members of each element.
        const nameProvider = this.services.references.NameProvider;
        const check = (nodes: Iterable<AstNode>) => {
            const seen = new Map<string, AstNode>();
            for (const node of nodes) {
                const name = nameProvider.getName(node);
                if (!name) continue;
                const kindKey = `${scopeKind(node.$type)}:${name}`;
                if (seen.has(kindKey)) {
                    accept('error', `Duplicate name '${name}': another ${describeType(node.$type)} in this ${node.$container && !isModel(node.$container) ? describeType(node.$container.$type) : 'file'} has it.`,
                        { node, property: 'name', code: LANGUAGE_CODES.duplicateName });
                } else {
                    seen.set(kindKey, node);
                }
            }
        };
        check(model.elements);
        for (const element of model.elements) {
            check(AstUtils.streamContents(element));
            for (const child of AstUtils.streamContents(element)) {
                check(AstUtils.streamContents(child));
            }
        }
    };

    checkTokens = (model: Model, accept: ValidationAcceptor): void => {
        const root = model.$cstNode;
        if (!root) return;
        const textDocument = AstUtils.getDocument(model).textDocument;
        const text = textDocument.getText();
        // One pass over the tokens: looking each property's token up in the tree, node by node,
        // cost a fifth of the validation time of a large tender.
        forEachLeaf(root, leaf => {
            const rule = leaf.tokenType.name;
            if (rule === 'DATE') {
                const parsed = parseDate(leaf.text);
                if (!parsed.ok) accept('error', parsed.message, { node: leaf.astNode, range: leaf.range, code: LANGUAGE_CODES.invalidDate });
                else if (parsed.date.year > LAST_YEAR) {
                    accept('error', `${leaf.text} is after the year ${LAST_YEAR}: check the year (Tender works with dates up to ${LAST_YEAR}).`, { node: leaf.astNode, range: leaf.range, code: LANGUAGE_CODES.invalidDate });
                }
            } else if (rule === 'MONEY') {
                const glued = gluedToMoney(text, leaf.end);
                if (glued > 0) {
                    // `£1,00` lexes as `£1` then `,00`: the parser's complaint about the comma
                    // does not say what is wrong with the amount, so say it on the whole amount.
                    const written = text.slice(leaf.offset, leaf.end + glued);
                    const range = { start: leaf.range.start, end: textDocument.positionAt(leaf.end + glued) };
                    const parsedWhole = parseMoney(written);
                    accept('error', parsedWhole.ok ? `'${written}' is not an amount of money: write it as £2,400,000, £2.4m or €950k.` : parsedWhole.message,
                        { node: leaf.astNode, range, code: LANGUAGE_CODES.invalidMoney });
                    return;
                }
                const parsed = parseMoney(leaf.text);
                if (!parsed.ok) {
                    accept('error', parsed.message, { node: leaf.astNode, range: leaf.range, code: LANGUAGE_CODES.invalidMoney });
                } else if (parsed.roundedFromFraction) {
                    accept('warning', `${leaf.text} is more precise than a penny or cent; it is read as rounded to the nearest one.`, { node: leaf.astNode, range: leaf.range, code: LANGUAGE_CODES.invalidMoney });
                }
            }
        });
        forEachAstNode(model, node => {
            if (isDuration(node) && Number.isFinite(node.amount)) {
                const unit = durationUnit(node.unit);
                if (unit && durationInDays({ amount: node.amount, unit }) > LONGEST_TERM_YEARS * 365.25) {
                    accept('error', `${node.$cstNode?.text ?? 'This term'} is longer than ${LONGEST_TERM_YEARS} years: check the figure (Tender works with terms up to ${LONGEST_TERM_YEARS} years).`, { node, code: LANGUAGE_CODES.invalidNumber });
                }
            }
            for (const property in node) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (typeof value === 'number' && !Number.isFinite(value)) {
                    accept('error', `This number is too large to work with.`, { node, property, code: LANGUAGE_CODES.invalidNumber });
                }
            }
        });
    };

    checkDuplicatePropertiesEverywhere = (model: Model, accept: ValidationAcceptor): void => {
        forEachAstNode(model, node => this.checkDuplicateProperties(node, accept));
    };

    checkDuplicateProperties = (node: AstNode, accept: ValidationAcceptor): void => {
        let cst = node.$cstNode;
        // A top-level element is reached through the unassigned `Element` alternative: its own
        // properties sit one level down, in the node the Framework/Market/Tender/Grant rule made.
        while (cst && isCompositeCstNode(cst) && cst.content.length === 1 && isCompositeCstNode(cst.content[0]) && cst.content[0].astNode === node) {
            cst = cst.content[0];
        }
        if (!cst || !isCompositeCstNode(cst)) return;
        const seen = new Set<string>();
        const content = cst.content;
        for (let i = 0; i < content.length; i++) {
            const child = content[i];
            const assignment = child.grammarSource && assignmentOf(child.grammarSource);
            if (!assignment || assignment.operator !== '=') continue;
            if (seen.has(assignment.feature)) {
                const previous = content[i - 1];
                const keyword = previous && GrammarAST.isKeyword(previous.grammarSource) ? previous : undefined;
                // A block (`timeline { ... }`, `value £1m over 1 year`) starts with its own keyword.
                const inner = !keyword && isCompositeCstNode(child) && child.astNode !== node ? child.content[0] : undefined;
                const leading = inner && GrammarAST.isKeyword(inner.grammarSource) ? inner : undefined;
                const label = keyword?.text ?? leading?.text ?? assignment.feature;
                const range = keyword ? { start: keyword.range.start, end: child.range.end } : leading ? leading.range : child.range;
                accept('error', `'${label}' is given more than once here; keep one.`, { node, range, code: LANGUAGE_CODES.duplicateProperty });
            }
            seen.add(assignment.feature);
        }
    };

    runLint = (model: Model, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(model) as LangiumDocument;
        const linted = buildTrace?.lintStarted();
        const result = this.services.lint.Linter.lint(document);
        linted?.();
        for (const finding of result.findings) {
            if (finding.suppression) continue;
            accept(finding.severity, finding.message, {
                node: model,
                range: finding.range,
                code: finding.ruleId,
                codeDescription: { href: ruleDocsUrl(finding.ruleId) },
                data: { ruleId: finding.ruleId, ...finding.data }
            });
        }
        for (const unused of result.unusedSuppressions) {
            accept('info', unused.ruleIds.length
                ? `This suppression of ${unused.ruleIds.join(', ')} silences nothing: remove it.`
                : 'This suppression silences nothing: remove it.', {
                node: model,
                range: unused.range,
                code: UNUSED_SUPPRESSION,
                tags: [1],
                data: { ruleId: UNUSED_SUPPRESSION }
            });
        }
    };
}

/** Length of what is glued to the end of a money token without a space (`,00` in `£1,00`, `illion` in `£2.4million`). */
function gluedToMoney(text: string, end: number): number {
    const match = /^(?:[,.]\d|\w)[\w,.]*/.exec(text.slice(end, end + 64));
    return match ? match[0].length : 0;
}

function scopeKind(type: string): string {
    return type;
}

function describeType(type: string): string {
    return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export { DiagnosticSeverity };
