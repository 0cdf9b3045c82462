/**
 * The `docx` library's XML writer takes each element's children off the front of an array
 * (Array.prototype.shift), which costs the length of the array each time: for the tens of
 * thousands of paragraphs of a large tender's body, time that grows with the square of its
 * length. Grouping the body's children in runs of a few hundred under elements that write no tag
 * of their own keeps every array short; the XML is the same.
 */
import type { IContext, IXmlableObject, Paragraph, Table } from 'docx';
import { FileChild } from 'docx';

const GROUP = 256;

/** A wrapper the XML writer writes as its children alone (an element with an empty name). */
class Group extends FileChild {
    constructor(private readonly children: readonly (Paragraph | Table | FileChild)[]) {
        super('');
    }

    override prepForXml(context: IContext): IXmlableObject | undefined {
        const prepared = this.children.map(child => child.prepForXml(context)).filter(x => x !== undefined);
        return { '': prepared } as unknown as IXmlableObject;
    }
}

export function groupedForXml(children: readonly (Paragraph | Table)[]): FileChild[] {
    if (children.length <= GROUP) return [...children];
    const groups: FileChild[] = [];
    for (let i = 0; i < children.length; i += GROUP) groups.push(new Group(children.slice(i, i + GROUP)));
    return groups;
}
