/**
 * Pictures in the Word document without the `docx` library's ImageRun: for each picture the
 * library searches and rewrites the whole document.xml (twice), which for a tender with a thousand
 * outcome charts took most of a minute. Here a picture is a placeholder run in the paragraph,
 * replaced by the same drawing XML the library writes once the document is laid out, with its
 * relationship and its media part (word/media/picture<n>.png) added beside. Pictures of the same
 * bytes share one media part and relationship (the synthetic 20,000-line tender draws 1,262
 * charts of 30 different pictures), and a picture drawn once is not drawn again (drawn()).
 */
import type { IContext, IXmlableObject } from 'docx';
import { TextRun } from 'docx';
import { escapeText } from './body-groups.js';

export interface Picture {
    readonly png: Uint8Array;
    readonly widthPx: number;
    readonly heightPx: number;
    /** The drawing's name, title and description (its alt text). */
    readonly name: string;
    readonly title: string;
    readonly description: string;
}

const EMU_PER_PIXEL = 9525;
const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const PLACEHOLDER = /<w:r><w:tenderPicture n="(\d+)"\/><\/w:r>/g;

/** A run the library writes as `<w:r><w:tenderPicture n="…"/></w:r>`, for PictureBook to replace. */
class PicturePlaceholder extends TextRun {
    constructor(private readonly n: number) {
        super({});
    }

    override prepForXml(_context: IContext): IXmlableObject {
        return { 'w:r': [{ 'w:tenderPicture': { _attr: { n: this.n } } }] } as unknown as IXmlableObject;
    }
}

export class PictureBook {
    private readonly pictures: Picture[] = [];
    /** The media parts, in order of first use; mediaOf[i] is pictures[i]'s index among them. */
    private readonly media: Uint8Array[] = [];
    private readonly mediaOf: number[] = [];
    private readonly mediaByBytes = new Map<string, number>();
    /** The same as mediaByBytes, by the picture's bytes object: a picture drawn once (drawn()) is not read again. */
    private readonly mediaByArray = new Map<Uint8Array, number>();
    private readonly drawings = new Map<string, Uint8Array>();

    /** A run showing the picture inline. */
    run(picture: Picture): TextRun {
        let index = this.mediaByArray.get(picture.png);
        if (index === undefined) {
            const bytes = byteKey(picture.png);
            index = this.mediaByBytes.get(bytes);
            if (index === undefined) {
                index = this.media.length;
                this.media.push(picture.png);
                this.mediaByBytes.set(bytes, index);
            }
            this.mediaByArray.set(picture.png, index);
        }
        this.pictures.push(picture);
        this.mediaOf.push(index);
        return new PicturePlaceholder(this.pictures.length);
    }

    /** The PNG drawn for `key` (what the picture shows, whole), drawing it only the first time. */
    drawn(key: string, draw: () => Uint8Array): Uint8Array {
        let png = this.drawings.get(key);
        if (png === undefined) {
            png = draw();
            this.drawings.set(key, png);
        }
        return png;
    }

    get size(): number {
        return this.pictures.length;
    }

    /** The media parts, by part name. */
    parts(): Map<string, Uint8Array> {
        return new Map(this.media.map((png, i) => [`word/media/picture${i + 1}.png`, png]));
    }

    /** document.xml with every placeholder run replaced by its drawing. */
    finishDocument(xml: string): string {
        if (this.pictures.length === 0) return xml;
        return xml.replace(PLACEHOLDER, (_whole, n: string) => drawingXml(this.pictures[Number(n) - 1], `rIdPicture${this.mediaOf[Number(n) - 1] + 1}`));
    }

    /** word/_rels/document.xml.rels with a relationship for each media part. */
    finishRelationships(xml: string): string {
        if (this.media.length === 0) return xml;
        const added = this.media.map((_, i) => `<Relationship Id="rIdPicture${i + 1}" Type="${IMAGE_RELATIONSHIP}" Target="media/picture${i + 1}.png"/>`).join('');
        return xml.replace('</Relationships>', `${added}</Relationships>`);
    }
}

/** The inline drawing the library writes for an ImageRun (docPr ids are numbered afterwards). */
function drawingXml(picture: Picture, relationshipId: string): string {
    const cx = Math.round(picture.widthPx * EMU_PER_PIXEL);
    const cy = Math.round(picture.heightPx * EMU_PER_PIXEL);
    const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    return '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        + `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>`
        + `<wp:docPr id="1" name="${escapeText(picture.name)}" descr="${escapeText(picture.description)}" title="${escapeText(picture.title)}"/>`
        + `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>`
        + `<a:graphic xmlns:a="${a}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`
        + '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        + '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>'
        + `<pic:blipFill><a:blip r:embed="${relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
        + `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
        + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
}

/** The bytes as a string, one character each: a map key that needs no Node Buffer (the browser writes packs too). */
function byteKey(bytes: Uint8Array): string {
    let key = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        key += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return key;
}
