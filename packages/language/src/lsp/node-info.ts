/**
 * How the editor names things: the commissioner's word for each kind of element (need, population
 * outcome, cohort, lot, ...), its title or text, and where it is declared. Shared by hover,
 * completion, symbols and semantic tokens so that they all speak alike.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { formatMoney, moneyOf } from '../values/money.js';

/** The commissioner's word for a kind of element, or undefined for unnamed parts. */
export function kindLabel(node: AstNode): string | undefined {
    switch (node.$type) {
        case ast.Framework.$type: return 'framework';
        case ast.Need.$type: return 'need';
        case ast.PopulationOutcome.$type: return 'population outcome';
        case ast.Market.$type: return 'market';
        case ast.Provider.$type: return 'provider';
        case ast.Tender.$type: return 'tender';
        case ast.Cohort.$type: return 'cohort';
        case ast.Persona.$type: return 'persona';
        case ast.Outcome.$type: return 'outcome';
        case ast.Service.$type: return 'service';
        case ast.Lot.$type: return 'lot';
        case ast.Risk.$type: return 'risk';
        case ast.Kpi.$type: return 'kpi';
        case ast.Grant.$type: return 'grant';
        default: return undefined;
    }
}

/** The title, text or statement that says what a named element is. */
export function titleOf(node: AstNode): string | undefined {
    if (ast.isNeed(node) || ast.isPopulationOutcome(node) || ast.isRisk(node)) return node.text;
    if (ast.isProvider(node)) return node.displayName;
    if (ast.isCohort(node)) return node.description;
    if (ast.isOutcome(node) || ast.isKpi(node)) return node.statement;
    if (ast.isService(node) || ast.isLot(node) || ast.isFramework(node) || ast.isTender(node) || ast.isGrant(node)) return node.title;
    if (ast.isPersona(node)) return node.says ? `"${node.says}"` : undefined;
    return undefined;
}

/** The name of an element, if it has one. */
export function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
}

/** The named element that contains a node (a need's framework, a cohort's tender). */
export function namedContainer(node: AstNode): AstNode | undefined {
    let current = node.$container;
    while (current) {
        if (nameOf(current)) return current;
        current = current.$container;
    }
    return undefined;
}

/** A one-line summary: `need Homelessness — Homeless, sofa surfing ...`. */
export function summaryLine(node: AstNode): string {
    const kind = kindLabel(node) ?? node.$type;
    const name = nameOf(node) ?? '(unnamed)';
    const title = titleOf(node);
    return title ? `${kind} ${name} — ${title}` : `${kind} ${name}`;
}

/** Facts worth a line in a hover, beyond the title. */
export function detailLines(node: AstNode): string[] {
    const lines: string[] = [];
    const names = (refs: readonly { $refText: string }[]) => refs.map(r => r.$refText).filter(t => t.length > 0).join(', ');
    if (ast.isPopulationOutcome(node)) {
        for (const indicator of node.indicators) lines.push(`Indicator: ${indicator}`);
    } else if (ast.isProvider(node)) {
        const income = moneyOf(node.income);
        const facts = [node.kind, income ? `income ${formatMoney(income)}` : undefined].filter(Boolean);
        if (facts.length) lines.push(facts.join(', '));
        if (node.offers.length) lines.push(`Offers: ${names(node.offers)}`);
    } else if (ast.isCohort(node)) {
        if (node.size) lines.push(`Size: ${node.size.count} ${node.size.unit ?? ''}${node.size.perYear ? ' per year' : ''}`.trimEnd());
        if (node.needs.length) lines.push(`Needs: ${names(node.needs)}`);
    } else if (ast.isOutcome(node)) {
        if (node.indicator) lines.push(`Indicator: ${node.indicator}`);
        if (node.contributesTo.length) lines.push(`Contributes to: ${names(node.contributesTo)}`);
    } else if (ast.isService(node)) {
        if (node.addresses.length) lines.push(`Addresses: ${names(node.addresses)}`);
        if (node.delivers.length) lines.push(`Delivers: ${names(node.delivers)}`);
    } else if (ast.isLot(node)) {
        const value = moneyOf(node.value);
        if (value) lines.push(`Value: ${formatMoney(value)}`);
        if (node.services.length) lines.push(`Services: ${names(node.services)}`);
    } else if (ast.isRisk(node)) {
        const facts = [node.likelihood ? `likelihood ${node.likelihood}` : undefined, node.impact ? `impact ${node.impact}` : undefined].filter(Boolean);
        if (facts.length) lines.push(facts.join(', '));
        if (node.mitigation) lines.push(`Mitigation: ${node.mitigation}`);
    } else if (ast.isTender(node) || ast.isGrant(node)) {
        const value = moneyOf(node.value?.amount);
        if (value) lines.push(`Value: ${formatMoney(value)}`);
    } else if (ast.isFramework(node)) {
        if (node.owner) lines.push(`Owner: ${node.owner}`);
    }
    return lines;
}

export interface Declaration {
    readonly document: LangiumDocument;
    /** The range of the element's name. */
    readonly range: Range;
}

/** Where a node is declared: its document and the range of its name. */
export function declarationOf(node: AstNode, nameRange: (node: AstNode) => Range | undefined): Declaration | undefined {
    let document: LangiumDocument;
    try {
        document = AstUtils.getDocument(node);
    } catch {
        return undefined;
    }
    const range = nameRange(node) ?? node.$cstNode?.range;
    return range ? { document, range } : undefined;
}
