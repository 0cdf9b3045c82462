/**
 * The body of a large document, written in groups. The `docx` library turns the whole body into a
 * tree of objects, then a second tree, then text, taking each element's children off the front
 * of an array (Array.prototype.shift, which costs the array's length each time): for the tens of
 * thousands of paragraphs of a large tender, time that grows with the square of its length and
 * memory several times the document's size.
 *
 * Here the body's children go in groups of a few hundred. When the library lays out the document,
 * each group lays out its children with the library (the same context: numbering, comments and
 * pictures are registered as usual), writes them to text at once with the same rules as the
 * library's XML writer, lets go of them, and leaves a placeholder element that BodyGroups.finish
 * replaces with that text, numbering references resolved as the library resolves them. The XML
 * is the same; the peak is one group's objects and the text.
 */
import type { IContext, IXmlableObject, Paragraph, Table } from 'docx';
import { FileChild } from 'docx';

const GROUP = 256;
const PLACEHOLDER = /<w:tenderGroup n="(\d+)"\/>/g;

type Child = Paragraph | Table;

class Group extends FileChild {
    /** `children` makes the group's children (when the library lays the group out, for groups made later). */
    constructor(private children: readonly Child[] | (() => readonly Child[]), private readonly n: number, private readonly book: BodyGroups) {
        super('w:tenderGroup');
    }

    override prepForXml(context: IContext): IXmlableObject {
        const children = typeof this.children === 'function' ? this.children() : this.children;
        const prepared = children.map(child => child.prepForXml(context)).filter(x => x !== undefined);
        this.book.written[this.n] = prepared.map(xmlOf).join('');
        this.book.numbering = (context.file as unknown as { Numbering?: { ConcreteNumbering?: ConcreteNumbering[] } }).Numbering;
        this.children = [];
        return { 'w:tenderGroup': { _attr: { n: this.n } } } as unknown as IXmlableObject;
    }
}

interface ConcreteNumbering {
    readonly reference: string;
    readonly instance: number;
    readonly numId: number;
}

export class BodyGroups {
    /** Each group's text once the library has laid it out. */
    readonly written: string[] = [];
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
            groups.push(new Group(() => items.slice(start, start + perGroup).flatMap((item, k) => render(item, start + k)), this.count++, this));
        }
        return groups;
    }

    /** document.xml with each group's placeholder replaced by its text. */
    finish(xml: string): string {
        if (this.count === 0) return xml;
        const numIds = new Map((this.numbering?.ConcreteNumbering ?? []).map(c => [`{${c.reference}-${c.instance}}`, String(c.numId)]));
        return xml.replace(PLACEHOLDER, (_whole, n: string) => {
            const text = this.written[Number(n)];
            this.written[Number(n)] = '';
            return numIds.size === 0 ? text : text.replace(/\{[^{}]*\}/g, placeholder => numIds.get(placeholder) ?? placeholder);
        });
    }
}

// ------------------------------------------------------------------ the library's XML rules

/** As the library's writer (the `xml` package) escapes text and attribute values. */
function escape(value: unknown): string {
    if (value === undefined) return '';
    return typeof value === 'string'
        ? value.replace(/[&"<>']/g, c => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&apos;'))
        : String(value);
}

function attributes(values: Record<string, unknown>, into: string[]): void {
    for (const key of Object.keys(values)) into.push(`${key}="${escape(values[key])}"`);
}

/**
 * One laid-out element ({ name: value }) as text, by the rules of the `xml` package without
 * indentation: `_attr` gives attributes (also as an item of a child list), a list gives children,
 * a string or number is text (the last text item of a list wins over items before it, as there),
 * and an element with no content closes itself.
 */
function xmlOf(element: IXmlableObject): string {
    const object = element as unknown as Record<string, unknown>;
    const name = Object.keys(object)[0];
    const value = object[name];
    const attrs: string[] = [];
    let content: string[] = [];
    if (value !== null && typeof value === 'object') {
        const values = value as Record<string, unknown> & { _attr?: Record<string, unknown>; _cdata?: string };
        if (values._attr) attributes(values._attr, attrs);
        if (values._cdata !== undefined) content.push(`${`<![CDATA[${values._cdata}`.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
        if (Array.isArray(value)) {
            let text = false;
            content.push('');
            for (const item of value as unknown[]) {
                if (item !== null && typeof item === 'object') {
                    const key = Object.keys(item)[0];
                    if (key === '_attr') attributes((item as { _attr: Record<string, unknown> })._attr, attrs);
                    else content.push(xmlOf(item as IXmlableObject));
                } else {
                    content.pop();
                    text = true;
                    content.push(escape(item));
                }
            }
            if (!text) content.push('');
        }
    } else if (value !== null) {
        content = [escape(value)];
    }
    const open = `<${name}${attrs.length ? ` ${attrs.join(' ')}` : ''}`;
    return content.length === 0 ? `${open}/>` : `${open}>${content.join('')}</${name}>`;
}
