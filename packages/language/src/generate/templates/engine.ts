/**
 * The Handlebars side of the document writers. Each section's prose is a template that sees the
 * resolved tender (TenderDocument) and writes the small tag vocabulary of markup.ts.
 *
 * Safety, because an authority's override templates and the tender text both reach this code:
 * - a fresh `Handlebars.create()` environment per run, so nothing registered elsewhere leaks in;
 * - `strict: true`: a misspelt field is an error naming the template line, never silent blank text;
 * - `knownHelpersOnly`: only the helpers below (and Handlebars' own) can be called;
 * - prototype properties and methods are never reachable from a template;
 * - `{{{...}}}` and `{{& ...}}` are refused: tender text is always escaped, hence always data.
 */
import Handlebars from 'handlebars';
import type { TemplateBlock } from '../content/blocks.js';
import { isLabelKind, label, listText, lotHeading, nameToWords } from '../content/labels.js';
import { parseMarkup } from './markup.js';
import { everyHas, formationFit, someHas, valueCoverage } from '../content/claims.js';
import { TemplateError } from './template-error.js';

/** The section templates, in document order. Each is `<name>.hbs`. */
export const SECTION_TEMPLATES = [
    'introduction',
    'people',
    'outcomes',
    'services',
    'lots',
    'award-criteria',
    'social-value',
    'collaboration',
    'participation',
    'exclusions',
    'procedure',
    'timeline',
    'contract',
    'funding',
    'engagement',
    'risks',
    'instructions'
] as const;

export type SectionTemplateName = (typeof SECTION_TEMPLATES)[number];

export interface TemplateSource {
    /** `outcomes` for a section, `criterion-row` for the partial `_criterion-row.hbs`. */
    readonly name: string;
    /** Where it came from, as shown in messages. */
    readonly file: string;
    readonly text: string;
    /**
     * The template as Handlebars' compiler wrote it for this text (precompile()'s output), made
     * when the command was bundled (templates/precompiled.json, load-templates.ts): rendering
     * starts from it instead of running the compiler (about 0.15 s of a generate). Only the
     * shipped templates have it, and only when it was written for this text and this compiler.
     */
    readonly precompiled?: string;
}

/** The templates of one run: every section, and any partials (`_name.hbs`, used as `{{> name}}`). */
export interface TemplateSet {
    readonly sections: ReadonlyMap<SectionTemplateName, TemplateSource>;
    readonly partials: ReadonlyMap<string, TemplateSource>;
}

const COMPILE_OPTIONS = {
    strict: true,
    knownHelpersOnly: true,
    noEscape: false,
    preventIndent: true
} as const;

const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
    allowCallsToHelperMissing: false
};

/**
 * What rendering one section may cost: how deep partials may nest, how many partials it may
 * include, and how much text it may write. An override made to be slow (41 partials each
 * including the next twice) stops with a message instead of running for minutes.
 */
export const RENDER_BUDGET = {
    depth: 32,
    partialCalls: 100_000,
    outputChars: 10 * 1024 * 1024,
    /**
     * Passes through `{{#each}}` blocks, nested ones included: `{{#each}}` inside `{{#each}}` over
     * the same list multiplies the work at every level, and is stopped here long before the text
     * it writes reaches outputChars (which is only known once the section is written).
     */
    iterations: 1_000_000
} as const;

function overBudget(file: string): TemplateError {
    return new TemplateError(file, `the templates write more than ${RENDER_BUDGET.outputChars / (1024 * 1024)} MB of text for one section; a section's text is far shorter`);
}

type HelperArgs = readonly unknown[];

/** The helpers templates may call. Every one returns plain text, which Handlebars then escapes. */
const HELPERS: Record<string, (...args: HelperArgs) => unknown> = {
    /** `at="{{lines this}}"` → `at="12-20"`: ties a block to the source lines of an element (or of a `source` range). */
    lines: (element) => {
        const range = isRecord(element) && isRecord(element.source) ? element.source : element;
        if (!isRecord(range)) return '';
        const line = Number(range.line);
        const endLine = Number(range.endLine ?? range.line);
        return Number.isInteger(line) && Number.isInteger(endLine) ? `${line}-${endLine}` : '';
    },
    /** `{{list areas}}` → `Mossvale, Eastgate and Old Town`; `{{list needs "name"}}` picks a field of each item. */
    list: (items, field) => {
        if (!Array.isArray(items)) return '';
        return listText(items.map(item => itemText(item, typeof field === 'string' ? field : undefined)));
    },
    /** `{{quoted services "title"}}` → `“Key worker” and “Housing-led support”`: names of things, mid-sentence. */
    quoted: (items, field) => {
        if (!Array.isArray(items)) return '';
        return listText(items.map(item => itemText(item, typeof field === 'string' ? field : undefined)).filter(t => t.length > 0).map(t => `\u201c${t}\u201d`));
    },
    /** `{{label "procedure" procedure}}` → `competitive flexible procedure`. */
    label: (kind, value) => {
        if (typeof kind !== 'string' || !isLabelKind(kind)) {
            throw new Error(`label: unknown kind ${JSON.stringify(kind)}`);
        }
        return typeof value === 'string' ? label(kind, value) : '';
    },
    /** `{{labels "model" models}}` → `a lead provider, an alliance contract and ...`. */
    labels: (kind, values) => {
        if (typeof kind !== 'string' || !isLabelKind(kind)) {
            throw new Error(`labels: unknown kind ${JSON.stringify(kind)}`);
        }
        return Array.isArray(values) ? listText(values.filter((v): v is string => typeof v === 'string').map(v => label(kind, v))) : '';
    },
    /** Ends the text with a full stop unless it already ends a sentence. */
    sentence: (text) => {
        if (typeof text !== 'string') return '';
        const trimmed = text.trim();
        return trimmed.length === 0 || /[.!?:;…)"'”’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
    },
    /** `{{words name}}` → `Adults facing multiple disadvantage` for `AdultsFacingMultipleDisadvantage`. */
    words: (name) => (typeof name === 'string' ? nameToWords(name) : ''),
    /** `{{lotHeading this}}` → `Lot 2: Housing-led support`, never "Lot 1: Lot 1: ..." when the title already says its number. */
    lotHeading: (lot) => (isRecord(lot) && typeof lot.number === 'number' && typeof lot.name === 'string'
        ? lotHeading({ number: lot.number, name: lot.name, title: typeof lot.title === 'string' ? lot.title : null })
        : ''),
    /** Lower-cases the first letter only, for text continuing a sentence. */
    lowerFirst: (text) => (typeof text === 'string' && text.length > 0 ? text[0].toLowerCase() + text.slice(1) : ''),
    lower: (text) => (typeof text === 'string' ? text.toLowerCase() : ''),
    capitalise: (text) => (typeof text === 'string' && text.length > 0 ? text[0].toUpperCase() + text.slice(1) : ''),
    /** `{{plural size.count "person" "people"}}` */
    plural: (count, one, many) => (Number(count) === 1 ? String(one) : String(many)),
    eq: (a, b) => a === b,
    ne: (a, b) => a !== b,
    not: (a) => !truthy(a),
    and: (...args) => args.every(truthy),
    or: (...args) => args.some(truthy),
    /** True when a list has items: `{{#if (any lots)}}`. */
    any: (items) => Array.isArray(items) && items.length > 0,
    /** Number of items in a list. */
    count: (items) => (Array.isArray(items) ? items.length : 0),
    /** `(every outcomes "contributesTo")`: every item has that field filled (content/claims.ts). */
    every: (items, field) => everyHas(items, String(field)),
    /** `(some cohorts "assets")`: at least one item has that field filled. */
    some: (items, field) => someHas(items, String(field)),
    /** `(valueCoverage value contract)`: `whole-term`, `no-extension`, `short` or `unknown` (content/claims.ts). */
    valueCoverage: (value, contract) => valueCoverage(isRecord(value) ? value as never : null, isRecord(contract) ? contract as never : null),
    /** `(formationFit collaboration.formationPeriod timeline.tenderingPeriodDays)`: `fits`, `short` or `unknown`. */
    formationFit: (period, days) => formationFit(isRecord(period) ? period as never : null, typeof days === 'number' ? days : null)
};

function truthy(value: unknown): boolean {
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a list item: the named field, else the first of the usual text fields, else the element's name in words. */
function itemText(item: unknown, field: string | undefined): string {
    if (typeof item === 'string') return item;
    if (typeof item === 'number') return String(item);
    if (!isRecord(item)) return '';
    const keys = field ? [field] : ['text', 'statement', 'title', 'description', 'display'];
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(item, key)) {
            const value = item[key];
            if (typeof value === 'string' && value.length > 0) return value;
            if (typeof value === 'number') return String(value);
        }
    }
    return typeof item.name === 'string' ? nameToWords(item.name) : '';
}

export { nameToWords };

/** Handlebars passes its options object as the last argument; helpers see only the template's arguments. */
function withoutOptions(fn: (...args: HelperArgs) => unknown): Handlebars.HelperDelegate {
    return (...args: unknown[]) => fn(...args.slice(0, -1));
}

interface CompiledTemplate {
    readonly source: TemplateSource;
    /** The template's syntax tree (for messages); parsed when first asked for, if it was precompiled. */
    readonly ast: hbs.AST.Program | undefined;
    readonly render: Handlebars.TemplateDelegate;
}

/**
 * What a precompiled template depends on besides its text: Handlebars' version and the compile
 * options, helpers included. A precompiled.json written with another of these is not used.
 */
export function precompileKey(): string {
    return JSON.stringify({ handlebars: Handlebars.VERSION, options: compileOptions() });
}

function compileOptions(): CompileOptions {
    const knownHelpers: Record<string, boolean> = {};
    for (const name of Object.keys(HELPERS)) knownHelpers[name] = true;
    return { ...COMPILE_OPTIONS, knownHelpers };
}

/**
 * The precompiled form of every template of a set, by file name (`outcomes.hbs`), with the
 * SHA-256 of the text each was made from: what the bundle writes to templates/precompiled.json.
 * Throws TemplateError for a template that would not compile.
 */
export function precompileTemplates(templates: TemplateSet, sha256: (text: string) => string): { key: string; templates: Record<string, { sha256: string; spec: string }> } {
    const renderer = new TemplateRenderer(templates);
    const result: Record<string, { sha256: string; spec: string }> = {};
    for (const [source, spec] of renderer.specs) {
        result[`${source.file.split(/[\\/]/).pop()}`] = { sha256: sha256(source.text), spec };
    }
    return { key: precompileKey(), templates: result };
}

/** A compiled set of templates, ready to render sections for any number of tenders. */
export class TemplateRenderer {
    private readonly env: typeof Handlebars;
    private readonly sections = new Map<SectionTemplateName, CompiledTemplate>();
    /** The work of the section being rendered (see RENDER_BUDGET). */
    private budget = { depth: 0, calls: 0, output: 0, iterations: 0 };
    /** The file of the section being rendered, for messages. */
    private section = '';
    /** What Handlebars' compiler wrote for each template compiled here (not for precompiled ones). */
    readonly specs = new Map<TemplateSource, string>();

    constructor(readonly templates: TemplateSet) {
        this.env = Handlebars.create();
        for (const [name, fn] of Object.entries(HELPERS)) {
            this.env.registerHelper(name, withoutOptions(fn));
        }
        // {{log}} would write to standard output, which carries reports and outputs: it says nothing.
        this.env.registerHelper('log', () => '');
        this.countIterations();
        const options = compileOptions();
        for (const [name, source] of templates.partials) {
            const compiled = this.compile(source, options);
            this.env.registerPartial(name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
                const budget = this.budget;
                if (++budget.depth > RENDER_BUDGET.depth) {
                    throw new TemplateError(source.file, `partials include each other more than ${RENDER_BUDGET.depth} deep; a partial may not include itself, directly or through others`);
                }
                if (++budget.calls > RENDER_BUDGET.partialCalls) {
                    throw new TemplateError(source.file, `the templates include partials more than ${RENDER_BUDGET.partialCalls.toLocaleString('en-GB')} times for one section; simplify them (a partial that includes another twice doubles the work at every level)`);
                }
                try {
                    const output = compiled.render(context, options);
                    budget.output += output.length;
                    if (budget.output > RENDER_BUDGET.outputChars) throw overBudget(source.file);
                    return output;
                } catch (error) {
                    throw toTemplateError(error, compiled);
                } finally {
                    budget.depth--;
                }
            }) as Handlebars.TemplateDelegate);
        }
        for (const [name, source] of templates.sections) {
            this.sections.set(name, this.compile(source, options));
        }
    }

    /** The blocks a section's template writes for this tender; none when the section has no template. */
    renderSection(name: SectionTemplateName, data: unknown): TemplateBlock[] {
        const compiled = this.sections.get(name);
        if (!compiled) return [];
        let output: string;
        this.budget = { depth: 0, calls: 0, output: 0, iterations: 0 };
        this.section = compiled.source.file;
        try {
            output = compiled.render(data, RUNTIME_OPTIONS);
        } catch (error) {
            throw toTemplateError(error, compiled);
        }
        if (output.length > RENDER_BUDGET.outputChars) throw overBudget(compiled.source.file);
        return parseMarkup(output, compiled.source.file);
    }

    /** `{{#each}}` as Handlebars has it, each pass counted against RENDER_BUDGET.iterations. */
    private countIterations(): void {
        const each = this.env.helpers.each as Handlebars.HelperDelegate;
        const renderer = this;
        this.env.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
            const fn = options.fn;
            const counted = Object.assign((item: unknown, runtime?: Handlebars.RuntimeOptions) => {
                if (++renderer.budget.iterations > RENDER_BUDGET.iterations) {
                    throw new TemplateError(renderer.section, `the templates repeat {{#each}} blocks more than ${RENDER_BUDGET.iterations.toLocaleString('en-GB')} times for one section; an {{#each}} inside another over the same list multiplies the work at every level`);
                }
                return fn(item, runtime);
            }, fn);
            return each.call(this, context, Object.assign({}, options, { fn: counted }));
        });
    }

    private compile(source: TemplateSource, options: CompileOptions): CompiledTemplate {
        if (source.precompiled !== undefined) {
            const env = this.env;
            let parsed: hbs.AST.Program | undefined;
            return {
                source,
                get ast() {
                    try {
                        parsed ??= env.parse(source.text);
                    } catch {
                        return undefined;
                    }
                    return parsed;
                },
                render: this.fromSpec(source.precompiled)
            };
        }
        let ast: hbs.AST.Program;
        try {
            ast = this.env.parse(source.text);
        } catch (error) {
            throw toTemplateError(error, { source });
        }
        refuseUnescaped(ast, source);
        let render: Handlebars.TemplateDelegate;
        try {
            // precompile() runs the compiler now, so unknown helpers are reported up front; its
            // output is made the template (as a precompiled template is loaded), rather than
            // compile(), which would run the compiler again on first use (~0.3 s a generate).
            const precompiled = this.env.precompile(ast, options) as unknown as string; // typed as the spec, written as its source text
            this.specs.set(source, precompiled);
            render = this.fromSpec(precompiled);
        } catch (error) {
            throw toTemplateError(error, { source, ast });
        }
        return { source, ast, render };
    }

    /** The template of a spec as precompile() writes it (its source text). */
    private fromSpec(precompiled: string): Handlebars.TemplateDelegate {
        const spec = new Function(`return ${precompiled};`)() as TemplateSpecification;
        return this.env.template(spec);
    }
}

type CompileOptions = typeof COMPILE_OPTIONS & { knownHelpers: Record<string, boolean> };

/** Refuses `{{{x}}}` and `{{& x}}`: they would let tender text become markup. */
function refuseUnescaped(ast: hbs.AST.Program, source: TemplateSource): void {
    walk(ast, node => {
        if (node.type === 'MustacheStatement' && (node as hbs.AST.MustacheStatement).escaped === false) {
            const loc = node.loc;
            throw new TemplateError(source.file, 'unescaped output ({{{...}}} or {{& ...}}) is not allowed: tender text is always inserted as text, write {{...}}', loc.start.line, loc.start.column + 1);
        }
    });
}

function walk(node: unknown, visit: (node: hbs.AST.Node) => void): void {
    if (Array.isArray(node)) {
        for (const child of node) walk(child, visit);
        return;
    }
    if (!isRecord(node)) return;
    if (typeof node.type === 'string' && isRecord(node.loc)) {
        visit(node as unknown as hbs.AST.Node);
    }
    for (const [key, value] of Object.entries(node)) {
        if (key !== 'loc' && typeof value === 'object' && value !== null) walk(value, visit);
    }
}

/** Turns whatever Handlebars throws into a message with the template's file and line. */
function toTemplateError(error: unknown, where: { readonly source: TemplateSource; readonly ast?: hbs.AST.Program }): TemplateError {
    if (error instanceof TemplateError) return error;
    const file = where.source.file;
    const raw = error instanceof Error ? error.message : String(error);
    const record = isRecord(error) ? error : {};
    const lineNumber = typeof record.lineNumber === 'number' ? record.lineNumber : undefined;
    const column = typeof record.column === 'number' ? record.column + 1 : undefined;

    const parse = /^Parse error on line (\d+):\n([\s\S]*?)\n(-*\^)\n(.*)$/.exec(raw);
    if (parse) {
        const found = /got '([^']+)'$/.exec(parse[4])?.[1];
        const what = found === 'EOF' ? 'the template ends before a {{...}} or a block is closed'
            : found === 'INVALID' ? 'a {{...}} is not closed with }} here'
            : `unexpected ${found ?? 'text'} here`;
        return new TemplateError(file, `Handlebars cannot parse this template: ${what}\n    ${parse[2]}\n    ${parse[3]}`, Number(parse[1]));
    }
    const withoutLocation = raw.replace(/ - \d+:\d+$/, '');
    const notDefined = /^"([^"]+)" not defined in (.*)$/.exec(withoutLocation);
    if (notDefined) {
        const where = notDefined[2] === 'null' || notDefined[2] === 'undefined'
            ? `it is read from a value that is ${notDefined[2]} here (guard it with {{#if ...}})`
            : 'the resolved tender has no field by that name here (templates run in strict mode; see docs/outputs.md for the fields)';
        return new TemplateError(file, `"${notDefined[1]}" is not defined: ${where}`, lineNumber, column);
    }
    const knownOnly = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(withoutLocation);
    if (knownOnly) {
        return new TemplateError(file, `unknown helper "${knownOnly[1]}": templates may use ${Object.keys(HELPERS).sort().join(', ')} and Handlebars' own if, unless, each, with, lookup`, lineNumber ?? lineOfPath(where.ast, knownOnly[1]), column);
    }
    const nullRead = /^Cannot read properties of (null|undefined) \(reading '([^']+)'\)$/.exec(raw);
    if (nullRead) {
        return new TemplateError(file, `"${nullRead[2]}" is read from a value that is ${nullRead[1]} here (guard it with {{#if ...}})`, lineNumber ?? lineOfPath(where.ast, nullRead[2], true));
    }
    const inText = /^Cannot use 'in' operator to search for '([^']+)' in (.*)$/.exec(raw);
    if (inText) {
        return new TemplateError(file, `"${inText[1]}" is read from a text or a number, which has no fields`, lineNumber ?? lineOfPath(where.ast, inText[1], true));
    }
    return new TemplateError(file, withoutLocation, lineNumber, column);
}

/** Best effort: the line of the first path naming `part` (after its first segment when `nested`). */
function lineOfPath(ast: hbs.AST.Program | undefined, part: string, nested = false): number | undefined {
    if (!ast) return undefined;
    let found: number | undefined;
    walk(ast, node => {
        if (found !== undefined || node.type !== 'PathExpression') return;
        const parts = (node as hbs.AST.PathExpression).parts;
        const index = parts.indexOf(part);
        if (index > (nested ? 0 : -1)) found = node.loc.start.line;
    });
    return found;
}
