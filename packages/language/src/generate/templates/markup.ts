/**
 * Reads what a template writes into blocks. Templates write a tiny tag vocabulary:
 *
 *   blocks   <h1> <h2> <h3> <clause> <p> <item> <quote>, and <table name="..."/>
 *   inline   <em> <strong>
 *   attrs    id="..." (an anchor), at="12-20" (the source lines, from the `at` helper)
 *
 * Handlebars HTML-escapes every `{{value}}`, so tender text reaches this parser as entities and
 * comes out as literal characters: a title holding `<p>` or `{{` can never become structure.
 * Anything else that looks like a tag came from the template itself, and is an error naming it.
 */
import type { Inline, SourceSpan, TemplateBlock } from '../content/blocks.js';
import { TemplateError } from './template-error.js';

const BLOCK_TAGS = new Set(['h1', 'h2', 'h3', 'clause', 'p', 'item', 'quote']);
const INLINE_TAGS = new Set(['em', 'strong']);
const KNOWN_TAGS = 'h1, h2, h3, clause, p, item, quote, table, em, strong';

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z][A-Za-z0-9-]*="[^"<>]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z][A-Za-z0-9-]*)="([^"<>]*)"/g;
const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function decodeEntities(text: string): string {
    return text.replace(ENTITY, (whole, name: string) => {
        if (name.startsWith('#')) {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[name] ?? whole;
    });
}

/** Removes characters no XML document can hold, so hostile text cannot break a writer. */
export function xmlSafe(text: string): string {
    return text.replace(NOT_XML, '');
}

/** Tender text as one line of literal text: white space collapsed, characters XML cannot hold removed. */
export function cleanText(text: string): string {
    return xmlSafe(text.replace(/\s+/g, ' ').trim());
}

interface OpenBlock {
    readonly tag: string;
    readonly attributes: Record<string, string>;
    readonly runs: Inline[];
    /** Inline tags open inside the block, innermost last. */
    readonly inline: string[];
}

/** Parses a template's output into blocks. `file` names the template in error messages. */
export function parseMarkup(output: string, file: string): TemplateBlock[] {
    const blocks: TemplateBlock[] = [];
    let open: OpenBlock | undefined;
    let text = '';
    let position = 0;

    function fail(message: string): never {
        throw new TemplateError(file, `${message} (near "${snippet(output, position)}")`);
    }
    const flushText = () => {
        if (text.length === 0) return;
        if (!open) {
            if (text.trim().length > 0) fail(`text outside a block: wrap it in <p>, <clause> or another block tag`);
        } else {
            open.runs.push({ text: xmlSafe(decodeEntities(text)), ...(open.inline.includes('em') ? { emphasis: true } : {}), ...(open.inline.includes('strong') ? { strong: true } : {}) });
        }
        text = '';
    };

    while (position < output.length) {
        const lt = output.indexOf('<', position);
        if (lt < 0) {
            text += output.slice(position);
            position = output.length;
            break;
        }
        text += output.slice(position, lt);
        position = lt;
        TAG.lastIndex = lt;
        const match = TAG.exec(output);
        if (!match) {
            fail(`"<" that starts no tag: write &lt; for a literal "<" in template text`);
        }
        const [whole, closing, rawName, rawAttributes, selfClosing] = match;
        const name = rawName.toLowerCase();
        const attributes = readAttributes(rawAttributes);
        flushText();
        if (name === 'table') {
            if (closing || !selfClosing) fail(`<table> places a table and holds nothing: write <table name="..."/>`);
            if (open) fail(`<table/> inside <${open.tag}>: place tables between blocks`);
            const tableName = attributes.name;
            if (!tableName) fail(`<table/> needs a name, e.g. <table name="outcomes"/>`);
            const { name: _name, id, at, ...rest } = attributes;
            blocks.push({ kind: 'table', name: tableName, attributes: rest, ...blockExtras(id, at) });
        } else if (BLOCK_TAGS.has(name)) {
            if (selfClosing) fail(`<${name}/> cannot be empty`);
            if (!closing) {
                if (open) fail(`<${name}> inside <${open.tag}>: blocks do not nest; close <${open.tag}> first`);
                open = { tag: name, attributes, runs: [], inline: [] };
            } else {
                if (!open || open.tag !== name) fail(open ? `</${name}> closes <${open.tag}>` : `</${name}> without <${name}>`);
                const current = open;
                if (current.inline.length > 0) fail(`<${current.inline[current.inline.length - 1]}> is not closed before </${name}>`);
                const block = finishBlock(current);
                if (block) blocks.push(block);
                open = undefined;
            }
        } else if (INLINE_TAGS.has(name)) {
            if (selfClosing) fail(`<${name}/> cannot be empty`);
            if (!open) fail(`<${name}> outside a block: put it inside <p>, <clause> or another block`);
            const current = open;
            if (!closing) {
                current.inline.push(name);
            } else {
                if (current.inline[current.inline.length - 1] !== name) fail(`</${name}> without a matching <${name}>`);
                current.inline.pop();
            }
        } else {
            fail(`unknown tag <${closing}${rawName}>: templates may use ${KNOWN_TAGS}`);
        }
        position += whole.length;
    }
    flushText();
    if (open) {
        fail(`<${open.tag}> is not closed`);
    }
    return blocks;
}

function readAttributes(raw: string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const match of raw.matchAll(ATTRIBUTE)) {
        result[match[1].toLowerCase()] = xmlSafe(decodeEntities(match[2]));
    }
    return result;
}

function blockExtras(id: string | undefined, at: string | undefined): { id?: string; span?: SourceSpan } {
    const result: { id?: string; span?: SourceSpan } = {};
    const anchor = id === undefined ? '' : toAnchor(id);
    if (anchor) result.id = anchor;
    const span = at === undefined ? undefined : parseSpan(at);
    if (span) result.span = span;
    return result;
}

/** An id safe in HTML and as a Word bookmark name: letters, digits, `-` and `_`. */
export function toAnchor(text: string): string {
    return text.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

function parseSpan(at: string): SourceSpan | undefined {
    const match = /^(\d+)(?:-(\d+))?$/.exec(at.trim());
    if (!match) return undefined;
    const line = Number(match[1]);
    const endLine = match[2] === undefined ? line : Number(match[2]);
    return endLine >= line ? { line, endLine } : undefined;
}

/** Collapses white space as HTML does, and drops blocks left empty by a template's conditions. */
function finishBlock(open: OpenBlock): TemplateBlock | undefined {
    const runs = normaliseRuns(open.runs);
    if (runs.length === 0) return undefined;
    const extras = blockExtras(open.attributes.id, open.attributes.at);
    switch (open.tag) {
        case 'h1': return { kind: 'heading', level: 1, runs, ...extras };
        case 'h2': return { kind: 'heading', level: 2, runs, ...extras };
        case 'h3': return { kind: 'heading', level: 3, runs, ...extras };
        case 'clause': return { kind: 'clause', runs, ...extras };
        case 'item': return { kind: 'item', runs, ...extras };
        case 'quote': return { kind: 'quote', runs, ...extras };
        default: return { kind: 'paragraph', runs, ...extras };
    }
}

export function normaliseRuns(runs: readonly Inline[]): Inline[] {
    const collapsed: Inline[] = [];
    for (const run of runs) {
        const text = run.text.replace(/\s+/g, ' ');
        if (text.length === 0) continue;
        const previous = collapsed[collapsed.length - 1];
        if (previous && Boolean(previous.emphasis) === Boolean(run.emphasis) && Boolean(previous.strong) === Boolean(run.strong)) {
            collapsed[collapsed.length - 1] = withText(previous, previous.text + text);
        } else {
            collapsed.push(withText(run, text));
        }
    }
    // No double spaces across run boundaries, none at the ends.
    for (let i = 1; i < collapsed.length; i++) {
        if (collapsed[i - 1].text.endsWith(' ') && collapsed[i].text.startsWith(' ')) {
            collapsed[i] = withText(collapsed[i], collapsed[i].text.slice(1));
        }
    }
    if (collapsed.length > 0) {
        collapsed[0] = withText(collapsed[0], collapsed[0].text.trimStart());
        const last = collapsed.length - 1;
        collapsed[last] = withText(collapsed[last], collapsed[last].text.trimEnd());
    }
    return collapsed.filter(r => r.text.length > 0);
}

/**
 * The run with another text: the same fields in the same order as `{ ...run, text }`, but runs
 * share their hidden class in V8 (spread copies of objects of several shapes each got their own).
 */
function withText(run: Inline, text: string): Inline {
    return Object.assign({}, run, { text });
}

function snippet(text: string, at: number): string {
    return text.slice(Math.max(0, at - 20), at + 40).replace(/\s+/g, ' ').trim();
}
