/**
 * Hover: what a name refers to (kind, name, title, where it is declared); what an amount, date,
 * duration or weight comes to (£1,100,000 — 45.8% of the tender value; Monday 1 March 2027);
 * what a keyword or a value such as `light-touch` means; and, on a rule id in a suppression
 * comment, what the rule checks with a link to its page.
 */
import type { AstNode, CstNode, LangiumDocument, LeafCstNode, MaybePromise } from 'langium';
import { AstUtils, GrammarAST, UriUtils } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { TenderServices } from '../tender-module.js';
import { rulesById } from '../lint/rules/index.js';
import { ruleDocsUrl } from '../lint/docs.js';
import type { Money } from '../values/money.js';
import { formatMoney, parseMoney, shareOf } from '../values/money.js';
import { dateOf, daysBetween, displayDate, longDate, parseDate } from '../values/dates.js';
import type { DurationValue } from '../values/duration.js';
import { durationInDays, durationInMonths, durationUnit, formatDuration, horizonOf } from '../values/duration.js';
import { formatPercent } from '../values/percent.js';
import { describeIdentifier, describeRegion, ITL_SOURCE } from '../values/itl.js';
import { isInRepeatedHour, isInSkippedHour, parseTimeOfDay, ukOffset } from '../values/uk-time.js';
import { detailLines, kindLabel, nameOf, summaryLine } from './node-info.js';
import { leafAt, namedTargetAt } from './targets.js';
import { importAt } from './navigation.js';
import { keywordDoc, VALUE_LISTS, wordMarkdown } from './vocabulary.js';

export class TenderHoverProvider implements HoverProvider {
    protected readonly services: TenderServices;

    constructor(services: TenderServices) {
        this.services = services;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = leafAt(document, offset);
        if (!leaf) return undefined;
        const markdown = leaf.hidden
            ? this.commentHover(leaf, offset)
            : this.importHover(document, offset) ?? this.namedHover(document, offset) ?? this.valueHover(leaf) ?? this.keywordHover(leaf);
        const rules = leaf.hidden ? undefined : this.findingsHover(document, offset);
        const value = [markdown, rules].filter((part): part is string => part !== undefined).join('\n\n---\n\n');
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /**
     * The rules behind the findings under the cursor: what each checks and a link to its page
     * (the editor shows the message itself).
     */
    protected findingsHover(document: LangiumDocument, offset: number): string | undefined {
        let findings;
        try {
            findings = this.services.lint.Linter.lint(document).findings;
        } catch {
            return undefined;
        }
        const text = document.textDocument;
        const seen = new Set<string>();
        const lines: string[] = [];
        for (const finding of findings) {
            if (finding.suppression || seen.has(finding.ruleId)) continue;
            if (offset < text.offsetAt(finding.range.start) || offset > text.offsetAt(finding.range.end)) continue;
            const rule = rulesById.get(finding.ruleId);
            if (!rule) continue;
            seen.add(finding.ruleId);
            lines.push(`\`${rule.meta.id}\` — ${escapeMarkdown(rule.meta.description)} [Documentation](${ruleDocsUrl(rule.meta.id)})`);
        }
        return lines.length > 0 ? lines.join('  \n') : undefined;
    }

    /** An import path: the file it names and what that file declares. */
    protected importHover(document: LangiumDocument, offset: number): string | undefined {
        const imported = importAt(this.services, document, offset);
        if (!imported) return undefined;
        const relative = UriUtils.relative(UriUtils.dirname(document.uri), imported.uri);
        const target = this.services.shared.workspace.LangiumDocuments.getDocument(imported.uri);
        const root = target?.parseResult.value;
        const lines = [`**${escapeMarkdown(relative)}**`];
        if (ast.isModel(root)) {
            for (const element of root.elements) {
                const members = AstUtils.streamContents(element).filter(child => kindLabel(child) !== undefined).toArray();
                const counts = new Map<string, number>();
                for (const member of members) counts.set(kindLabel(member)!, (counts.get(kindLabel(member)!) ?? 0) + 1);
                const summary = [...counts].map(([kind, n]) => `${n} ${n === 1 ? kind : pluralKind(kind)}`).join(', ');
                lines.push(`- ${escapeMarkdown(summaryLine(element))}${summary ? ` (${summary})` : ''}`);
            }
        }
        return lines.join('\n\n');
    }

    protected namedHover(document: LangiumDocument, offset: number): string | undefined {
        const nameProvider = this.services.references.NameProvider;
        const target = namedTargetAt(document, offset, node => nameProvider.getNameNode(node));
        if (!target || !kindLabel(target.node)) return undefined;
        const node = target.node;
        const parts = [`**${escapeMarkdown(summaryLine(node))}**`];
        const details = detailLines(node);
        if (details.length > 0) {
            parts.push(details.map(escapeMarkdown).join('  \n'));
        }
        const documentation = this.services.documentation.DocumentationProvider.getDocumentation(node);
        if (documentation) parts.push(documentation);
        const where = this.declaredWhere(document, node);
        if (where) parts.push(where);
        return parts.join('\n\n');
    }

    /** `Declared in framework.tender line 8, in framework Anyborough.` */
    protected declaredWhere(from: LangiumDocument, node: AstNode): string | undefined {
        let document: LangiumDocument;
        try {
            document = AstUtils.getDocument(node);
        } catch {
            return undefined;
        }
        const nameNode = this.services.references.NameProvider.getNameNode(node) ?? node.$cstNode;
        if (!nameNode) return undefined;
        const line = nameNode.range.start.line + 1;
        const container = containerOf(node);
        const inContainer = container ? `, in ${kindLabel(container)} ${nameOf(container)}` : '';
        if (UriUtils.equals(document.uri, from.uri)) {
            return `Declared on line ${line}${inContainer}.`;
        }
        const relative = UriUtils.relative(UriUtils.dirname(from.uri), document.uri);
        const link = `${document.uri.toString()}#L${line}`;
        return `Declared in [${escapeMarkdown(relative)}](${link}) line ${line}${inContainer}.`;
    }

    protected valueHover(leaf: LeafCstNode): string | undefined {
        const token = leaf.tokenType.name;
        const node = leaf.astNode;
        if (token === 'MONEY') return this.moneyHover(leaf.text, node);
        if (token === 'DATE') return this.dateHover(leaf.text, node, leaf);
        if (ast.isDuration(node)) return durationHover(node);
        if (token === 'PERCENT') return this.percentHover(leaf, node);
        if (token === 'TIME') return timeHover(leaf, node);
        if (token === 'STRING') return stringHover(leaf, node);
        return undefined;
    }

    protected moneyHover(text: string, node: AstNode): string {
        const parsed = parseMoney(text);
        if (!parsed.ok) return escapeMarkdown(parsed.message);
        const amount = parsed.money;
        const shown = `**${formatMoney(amount)}**`;
        const tender = AstUtils.getContainerOfType(node, ast.isTender);
        const tenderValue = tender ? parseValue(tender.value?.amount) : undefined;
        if (ast.isLot(node) || ast.isContributor(node)) {
            if (!tenderValue) return shown;
            const share = shareOf(amount, tenderValue);
            return share === undefined
                ? `${shown} — in a different currency from the tender value ${formatMoney(tenderValue)}`
                : `${shown} — ${formatShare(share)} of the tender value ${formatMoney(tenderValue)}`;
        }
        if (ast.isEstimatedValue(node)) {
            const term = node.term ? durationOf(node.term) : undefined;
            const years = term ? durationInMonths(term) / 12 : undefined;
            if (term && years && years > 0 && Number.isFinite(years)) {
                const perYear: Money = { minor: Math.round(amount.minor / years), currency: amount.currency };
                return `${shown} over ${formatDuration(term)} — about ${formatMoney(perYear)} a year`;
            }
            return shown;
        }
        if (ast.isParticipation(node) && tender) {
            const lots = tender.lots.map(l => parseValue(l.value)).filter((m): m is Money => m !== undefined && m.currency === amount.currency && m.minor > 0);
            const smallest = lots.length > 0 ? lots.reduce((a, b) => (b.minor < a.minor ? b : a)) : undefined;
            const base = smallest ?? tenderValue;
            if (base && base.currency === amount.currency && base.minor > 0) {
                const times = amount.minor / base.minor;
                return `${shown} — ${formatTimes(times)} the ${smallest ? 'value of the smallest lot' : 'tender value'} ${formatMoney(base)}`;
            }
        }
        return shown;
    }

    protected dateHover(text: string, node: AstNode, leaf: CstNode): string {
        const parsed = parseDate(text);
        if (!parsed.ok) return escapeMarkdown(parsed.message);
        const shown = `**${longDate(parsed.date)}**`;
        if (ast.isTimeline(node)) {
            const publish = dateOf(node.publish);
            const property = assignedProperty(leaf);
            if (publish && property && property !== 'publish') {
                const days = daysBetween(publish, parsed.date);
                const when = days === 0 ? 'the day of publication'
                    : days > 0 ? `${plural(days, 'day')} after publication (${displayDate(publish)})`
                        : `${plural(-days, 'day')} before publication (${displayDate(publish)})`;
                return `${shown} — ${when}`;
            }
        }
        return shown;
    }

    protected percentHover(leaf: LeafCstNode, node: AstNode): string | undefined {
        const value = Number(leaf.text.slice(0, -1));
        if (!Number.isFinite(value)) return undefined;
        if (ast.isCriterion(node) && node.weight !== undefined && ast.isAwardCriteria(node.$container)) {
            const total = sum(node.$container.criteria.map(c => c.weight));
            return `**${formatPercent(value)}** of the total score — the criteria add up to ${formatPercent(total)}`;
        }
        if (ast.isSubCriterion(node) && node.weight !== undefined && ast.isCriterion(node.$container)) {
            const parent = node.$container;
            const total = sum(parent.subCriteria.map(s => s.weight));
            const of = parent.weight !== undefined ? `of the ${formatPercent(parent.weight)} for "${escapeMarkdown(parent.title ?? parent.kind)}"` : 'of the parent criterion';
            return `**${formatPercent(value)}** ${of} — the sub-criteria add up to ${formatPercent(total)}`;
        }
        return undefined;
    }

    protected keywordHover(leaf: LeafCstNode): string | undefined {
        const keyword = leaf.grammarSource;
        if (!GrammarAST.isKeyword(keyword)) return undefined;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const doc = keywordDoc(rule?.name, keyword.value);
        if (!doc) return undefined;
        const list = rule ? VALUE_LISTS[rule.name] : undefined;
        const here = ast.isAssessment(leaf.astNode) && keyword.value === 'assessment' ? assessmentSummary(leaf.astNode) : undefined;
        return wordMarkdown(doc, list ? `${keyword.value}` : keyword.value) + (list ? `\n\n_${list}_` : '') + (here ? `\n\n${here}` : '');
    }

    /** A rule id in a `tender-disable` comment: what the rule checks, and its page. */
    protected commentHover(leaf: LeafCstNode, offset: number): string | undefined {
        const text = leaf.text;
        if (!/tender-(disable|enable)/.test(text)) return undefined;
        const at = offset - leaf.offset;
        const word = /[a-z0-9-]+/g;
        let match: RegExpExecArray | null;
        while ((match = word.exec(text)) !== null) {
            if (at < match.index || at > match.index + match[0].length) continue;
            const rule = rulesById.get(match[0]);
            if (!rule) return undefined;
            const meta = rule.meta;
            return [
                `**${meta.id}** (${meta.severity}, ${meta.category.replace(/-/g, ' ')})`,
                escapeMarkdown(meta.description),
                `Source: ${escapeMarkdown(meta.source)}`,
                `[Documentation](${ruleDocsUrl(meta.id)})`
            ].join('\n\n');
        }
        return undefined;
    }
}

/** A region code (ITL 2021) or an organisation identifier with its scheme. */
function stringHover(leaf: LeafCstNode, node: AstNode): string | undefined {
    const property = assignedProperty(leaf);
    const value = leaf.text.replace(/^[\u201C"]|[\u201D"]$/g, '');
    if ((property === 'regions' && (ast.isTender(node) || ast.isLot(node))) || (property === 'region' && ast.isOrganisationDetails(node))) {
        const region = describeRegion(value);
        return `**ITL region** — ${escapeMarkdown(region.summary)}${region.valid && region.level !== 0 ? `\n\n_${ITL_SOURCE}._` : ''}`;
    }
    if (property === 'id' && ast.isOrganisationDetails(node)) {
        return `**Organisation identifier** — ${escapeMarkdown(describeIdentifier(value).summary)}`;
    }
    return undefined;
}

/** A time of day: UK civil time on its date, with the offset the outputs carry. */
function timeHover(leaf: LeafCstNode, node: AstNode): string | undefined {
    const parsed = parseTimeOfDay(leaf.text);
    if (!parsed.ok) return escapeMarkdown(parsed.message);
    const property = assignedProperty(leaf)?.replace(/Time$/, '');
    const dateText = property && ast.isTimeline(node) ? (node as unknown as Record<string, unknown>)[property] : undefined;
    const date = typeof dateText === 'string' ? dateOf(dateText) : undefined;
    if (!ast.isTimeline(node)) return `**${leaf.text}** — a time of day means something only on a timeline date`;
    if (!date) return `**${leaf.text}** UK time`;
    if (isInSkippedHour(date, parsed.time)) return `**${leaf.text}** does not happen on ${displayDate(date)}: the clocks go forward from 01:00 to 02:00`;
    const offset = ukOffset(date, parsed.time);
    const zone = offset === '+01:00' ? 'British Summer Time' : 'Greenwich Mean Time';
    const repeated = isInRepeatedHour(date, parsed.time) ? ' (the hour the clocks go back: read as British Summer Time)' : '';
    return `**${leaf.text} ${zone}** (UTC${offset}) on ${longDate(date)}${repeated}`;
}

/** What an assessment block says, in one paragraph. */
function assessmentSummary(node: ast.Assessment): string {
    const parts: string[] = [];
    parts.push(node.scaleFrom !== undefined && node.scaleTo !== undefined ? `Marked on a scale of ${node.scaleFrom} to ${node.scaleTo}` : 'No marking scale given');
    const marks = node.marks.filter(m => Number.isFinite(m.mark)).map(m => m.mark);
    parts.push(marks.length > 0 ? `meaning given for ${marks.length === 1 ? 'mark' : 'marks'} ${marks.join(', ')}` : 'no mark described');
    parts.push(node.price !== undefined ? 'price scored as stated' : 'no price method');
    const criteria = ast.isAwardCriteria(node.$container) ? node.$container.criteria : [];
    const passMarks = criteria.filter(c => c.passMark !== undefined).length + criteria.flatMap(c => c.subCriteria).filter(s => s.passMark !== undefined).length;
    parts.push(node.noPassMarks ? 'failing no criterion disqualifies a tender' : passMarks > 0 ? `${passMarks} pass ${passMarks === 1 ? 'mark' : 'marks'} set` : 'neither pass marks nor no-pass-marks');
    return `${parts.join('; ')}.`;
}

/** The property a leaf token was assigned to, e.g. `bidDeadline`. */
function assignedProperty(leaf: CstNode): string | undefined {
    const assignment = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isAssignment);
    return assignment?.feature;
}

function containerOf(node: AstNode): AstNode | undefined {
    let current = node.$container;
    while (current && !kindLabel(current)) current = current.$container;
    return current;
}

function parseValue(text: string | undefined): Money | undefined {
    if (text === undefined) return undefined;
    const parsed = parseMoney(text);
    return parsed.ok ? parsed.money : undefined;
}

function durationOf(node: ast.Duration): DurationValue | undefined {
    const unit = durationUnit(node.unit);
    return unit && Number.isFinite(node.amount) ? { amount: node.amount, unit } : undefined;
}

function durationHover(node: ast.Duration): string | undefined {
    const duration = durationOf(node);
    if (!duration) return undefined;
    const days = durationInDays(duration);
    const months = durationInMonths(duration);
    let line: string;
    switch (duration.unit) {
        case 'day':
        case 'week':
            line = `**${formatDuration(duration)}** = ${plural(Math.round(days), 'day')}${duration.unit === 'week' ? `, about ${plural(round1(months), 'month')}` : ''}`;
            break;
        case 'month':
            line = months % 12 === 0
                ? `**${formatDuration(duration)}** = ${plural(months / 12, 'year')}, about ${plural(Math.round(days), 'day')}`
                : `**${formatDuration(duration)}** = about ${plural(Math.round(days), 'day')}`;
            break;
        default:
            line = `**${formatDuration(duration)}** = ${plural(months, 'month')}, about ${plural(Math.round(days), 'day')}`;
    }
    if (ast.isTarget(node.$container)) {
        const horizon = horizonOf(duration);
        line += horizon ? ` — the outcome horizon at ${horizon.label}` : ' — not one of the outcome horizons (6 months, 2 years, 5 years)';
    }
    return line;
}

function pluralKind(kind: string): string {
    return kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}s`;
}

function sum(values: readonly (number | undefined)[]): number {
    return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

function round1(value: number): number {
    return Math.round(value * 10) / 10;
}

function plural(count: number, unit: string): string {
    const shown = Number.isInteger(count) ? count.toLocaleString('en-GB') : count.toString();
    return `${shown} ${unit}${count === 1 ? '' : 's'}`;
}

/** 45.8% — one decimal place, none when whole. */
export function formatShare(share: number): string {
    const rounded = Math.round(share * 10) / 10;
    return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

function formatTimes(times: number): string {
    const rounded = Math.round(times * 10) / 10;
    return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} times`;
}

export function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
