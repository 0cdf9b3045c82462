/**
 * The body of a large document, written in groups. The `docx` library turns the whole body into a
 * tree of objects, then a second tree, then text, taking each element's children off the front
 * of an array (Array.prototype.shift, which costs the array's length each time): for the tens of
 * thousands of paragraphs of a large tender, time that grows with the square of its length and
 * memory several times the document's size.
 *
 * Here the body's children go in groups of a few hundred. When the library lays out the document,
 * each group lays out its children with the library (the same context: numbering, comments and
 * pictures are registered as usual), one child at a time: each is laid out and written to text
 * with the same rules as the library's XML writer, then let go. The group leaves a placeholder
 * element that BodyGroups.chunks replaces with that text, numbering references resolved as the
 * library resolves them. A long table's rows are made the same way, a batch at a time
 * (lazyRows). The XML is the same; the peak is one child's (or one batch of rows') objects and
 * the text.
 *
 * Why it matters beyond the objects themselves: what stays alive across a few of V8's young
 * collections is moved to the old generation, which grows to several times its live size before
 * it is collected. The whole outcomes table of the 20,000-line tender (1,262 rows, with the figure
 * table after it) laid out at once was over 60 MB of such objects, and the process peaked near
 * 400 MB for 80 MB of live data.
 */
import type { IContext, IXmlableObject, Paragraph, Table } from 'docx';
import { FileChild, TableRow } from 'docx';

const GROUP = 256;
const PLACEHOLDER = /<w:tenderGroup n="(\d+)"\/>/g;
/**
 * A laid-out element standing for text already written (rows written a batch at a time,
 * paragraphs written from their shape): `{ [WRITTEN]: text }`, only inside a group.
 */
export const WRITTEN = 'tender:written';
/** Rows written a batch at a time (lazyRows), as `{ [WRITTEN_ROWS]: text }`: the text may be cut before and after them. */
const WRITTEN_ROWS = 'tender:written-rows';
/** Rows made, laid out and written at a time by lazyRows. */
const ROW_BATCH = 32;
/**
 * A group's text is kept in pieces of about this many characters, cut between whole body elements
 * or whole table rows: pieces stay below V8's large-object size (128 KB), so the text of a long
 * table and its rewrites are never allocated straight into the old generation.
 */
const PIECE = 32 * 1024;

type Child = Paragraph | Table;

class Group extends FileChild {
    /** `children` makes the group's children one by one (when the library lays the group out, for groups made later). */
    constructor(private children: readonly Child[] | (() => Iterable<Child>), private readonly n: number, private readonly book: BodyGroups) {
        super('w:tenderGroup');
    }

    override prepForXml(context: IContext): IXmlableObject {
        const children = typeof this.children === 'function' ? this.children() : this.children;
        this.children = [];
        const out: string[] = [];
        const cuts: number[] = [];
        for (const child of children) {
            const prepared = child.prepForXml(context);
            if (prepared !== undefined) writeXml(prepared, out, cuts);
            cuts.push(out.length);
        }
        this.book.written[this.n] = piecesOf(out, cuts);
        this.book.numbering = (context.file as unknown as { Numbering?: { ConcreteNumbering?: ConcreteNumbering[] } }).Numbering;
        return { 'w:tenderGroup': { _attr: { n: this.n } } } as unknown as IXmlableObject;
    }
}

/**
 * Stands in a table for `count` rows that `make(start, end)` makes only when the library lays the
 * table out, `ROW_BATCH` at a time, each batch written to text at once. Only inside a group (the
 * text is the group's to write), and only where making a row numbers nothing that a later
 * block numbers too (no tracked changes or comments: those are numbered as made).
 */
class RowBatch extends TableRow {
    constructor(private readonly make: () => readonly TableRow[]) {
        super({ children: [] });
    }

    override prepForXml(context: IContext): IXmlableObject {
        const out: string[] = [];
        for (const row of this.make()) {
            const prepared = row.prepForXml(context);
            if (prepared !== undefined) writeXml(prepared, out);
        }
        return { [WRITTEN_ROWS]: out.join('') } as unknown as IXmlableObject;
    }
}

/** The text of `out` in pieces of at least PIECE characters (the last may be shorter), cut only at `cuts` (ascending indexes of `out`). */
function piecesOf(out: readonly string[], cuts: readonly number[]): string[] {
    const pieces: string[] = [];
    let from = 0;
    let length = 0;
    let next = 0;
    for (const cut of cuts) {
        for (; next < cut; next++) length += out[next].length;
        if (length >= PIECE) {
            pieces.push(out.slice(from, cut).join(''));
            from = cut;
            length = 0;
        }
    }
    if (from < out.length) pieces.push(out.slice(from).join(''));
    return pieces;
}

/** `count` rows made by `make(start, end)` a batch at a time as the table is written (see RowBatch). */
export function lazyRows(count: number, make: (start: number, end: number) => readonly TableRow[]): TableRow[] {
    const batches: TableRow[] = [];
    for (let start = 0; start < count; start += ROW_BATCH) {
        const end = Math.min(count, start + ROW_BATCH);
        batches.push(new RowBatch(() => make(start, end)));
    }
    return batches;
}

interface ConcreteNumbering {
    readonly reference: string;
    readonly instance: number;
    readonly numId: number;
}

export class BodyGroups {
    /** Each group's text once the library has laid it out, in pieces (each whole elements or whole table rows). */
    readonly written: string[][] = [];
    /** The document's numbering, whose `{reference-instance}` placeholders the library replaces in the text it writes. */
    numbering: { ConcreteNumbering?: ConcreteNumbering[] } | undefined;
    private count = 0;

    /** The body's children, grouped (a short body stays as it is). */
    group(children: readonly Child[]): FileChild[] {
        if (children.length <= GROUP) return [...children];
        const groups: FileChild[] = [];
        for (let i = 0; i < children.length; i += GROUP) groups.push(new Group(children.slice(i, i + GROUP), this.count++, this));
        return groups;
    }

    /**
     * `head`, then the children `render` makes of each item, made only when the library lays out
     * their group: the library's objects for a large body never exist all at once. Whatever
     * `render` numbers (pictures, tracked changes) it numbers in document order, as made at once.
     */
    groupLater<T>(head: readonly Child[], items: readonly T[], render: (item: T, index: number) => readonly Child[]): FileChild[] {
        const groups: FileChild[] = [...head];
        const perGroup = Math.max(1, Math.floor(GROUP / 2));
        for (let i = 0; i < items.length; i += perGroup) {
            const start = i;
            groups.push(new Group(() => rendered(items, start, Math.min(items.length, start + perGroup), render), this.count++, this));
        }
        return groups;
    }

    /** How many characters `xml` holds with each group's placeholder replaced by its text (less the placeholders). */
    textLength(xml: string): number {
        let length = xml.length;
        for (const pieces of this.written) for (const piece of pieces ?? []) length += piece.length;
        return length;
    }

    /** document.xml with each group's placeholder replaced by its text. */
    finish(xml: string): string {
        return [...this.chunks(xml)].join('');
    }

    /**
     * document.xml in pieces, in order: the library's text up to a group's placeholder, then that
     * group's text, and so on. Every piece holds whole elements (each group holds whole body
     * children), so a rewrite that works element by element can be made piece by piece; each
     * group's text is let go once given.
     */
    *chunks(xml: string): Generator<string> {
        if (this.count === 0) {
            yield xml;
            return;
        }
        const numIds = new Map((this.numbering?.ConcreteNumbering ?? []).map(c => [`{${c.reference}-${c.instance}}`, String(c.numId)]));
        let at = 0;
        for (const match of xml.matchAll(PLACEHOLDER)) {
            if (match.index > at) yield xml.slice(at, match.index);
            const n = Number(match[1]);
            const pieces = this.written[n] ?? [];
            this.written[n] = [];
            for (const text of pieces) yield numIds.size === 0 ? text : text.replace(/\{[^{}]*\}/g, placeholder => numIds.get(placeholder) ?? placeholder);
            at = match.index + match[0].length;
        }
        if (at < xml.length) yield xml.slice(at);
    }
}

/** The children `render` makes of items[start..end), item by item as they are asked for. */
function* rendered<T>(items: readonly T[], start: number, end: number, render: (item: T, index: number) => readonly Child[]): Generator<Child> {
    for (let i = start; i < end; i++) yield* render(items[i], i);
}

// ------------------------------------------------------------------ the library's XML rules

const NEEDS_ESCAPE = /[&"<>']/;

/** As the library's writer (the `xml` package) escapes a text. */
export function escapeText(text: string): string {
    return escape(text);
}

/** As the library's writer (the `xml` package) escapes text and attribute values. */
function escape(value: unknown): string {
    if (value === undefined) return '';
    if (typeof value !== 'string') return String(value);
    return NEEDS_ESCAPE.test(value)
        ? value.replace(/[&"<>']/g, c => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&apos;'))
        : value;
}

function attributes(values: Record<string, unknown>, into: string[]): void {
    for (const key of Object.keys(values)) into.push(`${key}="${escape(values[key])}"`);
}

/**
 * One laid-out element ({ name: value }) as text, by the rules of the `xml` package without
 * indentation: `_attr` gives attributes (also as an item of a child list), a list gives children,
 * a string or number is text (a text item of a list takes the place of the item before it, as
 * there), and an element with no content closes itself. The text goes onto `out` in pieces, joined
 * once by the caller: nested elements are not each joined into a string of their own.
 */
export function writeXml(element: IXmlableObject, out: string[], cuts?: number[]): void {
    const object = element as unknown as Record<string, unknown>;
    const name = firstKey(object);
    const value = object[name];
    if (name === WRITTEN) {
        out.push(value as string);
        return;
    }
    if (name === WRITTEN_ROWS) {
        cuts?.push(out.length);
        out.push(value as string);
        cuts?.push(out.length);
        return;
    }
    // The opening tag's place: its attributes may come after the children.
    const openAt = out.length;
    out.push('');
    const attrs: string[] = [];
    let hasContent = false;
    if (value !== null && typeof value === 'object') {
        const values = value as Record<string, unknown> & { _attr?: Record<string, unknown>; _cdata?: string };
        if (values._attr) attributes(values._attr, attrs);
        if (values._cdata !== undefined) {
            out.push(`${`<![CDATA[${values._cdata}`.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
            hasContent = true;
        }
        if (Array.isArray(value)) {
            hasContent = true;
            // Where the last item's text starts: a text item replaces it.
            let last = out.length;
            out.push('');
            for (const item of value as unknown[]) {
                if (item !== null && typeof item === 'object') {
                    const key = firstKey(item as Record<string, unknown>);
                    if (key === '_attr') {
                        attributes((item as { _attr: Record<string, unknown> })._attr, attrs);
                        continue;
                    }
                    last = out.length;
                    writeXml(item as IXmlableObject, out, cuts);
                } else {
                    out.length = last;
                    while (cuts && cuts.length > 0 && cuts[cuts.length - 1] > last) cuts.pop();
                    out.push(escape(item));
                }
            }
        }
    } else if (value !== null) {
        out.push(escape(value));
        hasContent = true;
    }
    const open = `<${name}${attrs.length ? ` ${attrs.join(' ')}` : ''}`;
    if (hasContent) {
        out[openAt] = `${open}>`;
        out.push(`</${name}>`);
    } else {
        out[openAt] = `${open}/>`;
    }
}

function firstKey(object: Record<string, unknown>): string {
    for (const key in object) return key;
    return '';
}
