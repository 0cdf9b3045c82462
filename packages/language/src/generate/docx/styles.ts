/**
 * The Word styles of the invitation to tender, written as styles.xml. Every piece of text in the
 * document has a named style (Title, Heading 1-3, Clause, Body Indent, List Bullet, Quote,
 * Caption, table styles), so a legal team can restyle the whole document from the Styles pane and
 * navigate it by headings, without fighting direct formatting.
 */

/** Page geometry shared by the writer and the styles (twentieths of a point). */
export const PAGE = {
    width: 11906, // A4
    height: 16838,
    margin: 1304, // 23 mm
    headerFooter: 680
} as const;

export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Table text size (half-points, Word's w:sz) and the left plus right cell margins (twips), for column widths. */
export const TABLE_TEXT_SIZE = 18;
export const TABLE_CELL_MARGINS = 2 * 85;

/** Where text starts at each depth (under Heading 1, 2, 3), matching the clause numbering indents. */
export function textIndent(depth: number): number {
    return depth <= 1 ? (depth <= 0 ? 0 : 720) : 720 * depth;
}

/** The style ids the writer uses. */
export const STYLE = {
    normal: 'Normal',
    title: 'Title',
    subtitle: 'Subtitle',
    heading: ['Heading1', 'Heading2', 'Heading3'] as const,
    tocHeading: 'TOCHeading',
    clause: 'Clause',
    body: ['Normal', 'BodyIndent1', 'BodyIndent2', 'BodyIndent3'] as const,
    bullet: ['ListBullet', 'ListBullet', 'ListBullet2', 'ListBullet3'] as const,
    quote: ['Quote', 'Quote', 'Quote2', 'Quote3'] as const,
    caption: 'Caption',
    tableText: 'TableText',
    tableTextRight: 'TableTextRight',
    tableHeading: 'TableHeading',
    tableHeadingRight: 'TableHeadingRight',
    tableSubText: 'TableSubText',
    tableNote: 'TableNote',
    coverLabel: 'CoverLabel',
    coverValue: 'CoverValue',
    header: 'Header',
    footer: 'Footer',
    strong: 'Strong',
    emphasis: 'Emphasis',
    table: 'TenderTable',
    coverTable: 'CoverTable',
    figureTable: 'FigureTable',
    figure: 'Figure',
    figureLabel: 'FigureLabel'
} as const;

const FONT = 'Arial';
const INK = '1A1A1A';
const ACCENT = '1F3864';
const MUTED = '595959';
const RULE = '8EA9C1';
const HEADER_FILL = 'DCE6F1';
/** Shading of totals rows (applied to the row, since Word's lastRow look would also catch tables without totals). */
export const TOTAL_FILL = 'F2F2F2';

function paragraphStyle(id: string, name: string, options: { basedOn?: string; next?: string; pPr?: string; rPr?: string; primary?: boolean; priority?: number }): string {
    return `<w:style w:type="paragraph" w:styleId="${id}"${id === 'Normal' ? ' w:default="1"' : ''}>`
        + `<w:name w:val="${name}"/>`
        + (options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : '')
        + (options.next ? `<w:next w:val="${options.next}"/>` : '')
        + (options.priority !== undefined ? `<w:uiPriority w:val="${options.priority}"/>` : '')
        + (options.primary ? '<w:qFormat/>' : '')
        + (options.pPr ? `<w:pPr>${options.pPr}</w:pPr>` : '')
        + (options.rPr ? `<w:rPr>${options.rPr}</w:rPr>` : '')
        + '</w:style>';
}

function characterStyle(id: string, name: string, rPr: string): string {
    return `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/><w:rPr>${rPr}</w:rPr></w:style>`;
}

const border = (side: string, size: number, color: string) => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${color}"/>`;

const cellMargins = `<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="${TABLE_CELL_MARGINS / 2}" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="${TABLE_CELL_MARGINS / 2}" w:type="dxa"/></w:tblCellMar>`;

export function stylesXml(): string {
    const headingRun = (size: number, extra = '') => `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:b/><w:bCs/>${extra}<w:color w:val="${ACCENT}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
    const styles = [
        paragraphStyle('Normal', 'Normal', {
            primary: true,
            pPr: '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>',
            rPr: `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:color w:val="${INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>`
        }),
        paragraphStyle('Title', 'Title', {
            basedOn: 'Normal', next: 'Normal', primary: true, priority: 10,
            pPr: '<w:spacing w:before="0" w:after="480" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
            rPr: `<w:b/><w:bCs/><w:color w:val="${ACCENT}"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>`
        }),
        paragraphStyle('Subtitle', 'Subtitle', {
            basedOn: 'Normal', next: 'Normal', primary: true, priority: 11,
            pPr: '<w:spacing w:before="2400" w:after="240"/>',
            rPr: `<w:caps/><w:color w:val="${MUTED}"/><w:spacing w:val="20"/><w:sz w:val="26"/><w:szCs w:val="26"/>`
        }),
        paragraphStyle('Heading1', 'heading 1', {
            basedOn: 'Normal', next: 'Clause', primary: true, priority: 9,
            pPr: `<w:keepNext/><w:keepLines/><w:pBdr>${border('bottom', 6, RULE)}</w:pBdr><w:spacing w:before="480" w:after="160"/><w:outlineLvl w:val="0"/>`,
            rPr: headingRun(30)
        }),
        paragraphStyle('Heading2', 'heading 2', {
            basedOn: 'Normal', next: 'Clause', primary: true, priority: 9,
            pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="1"/>',
            rPr: headingRun(25)
        }),
        paragraphStyle('Heading3', 'heading 3', {
            basedOn: 'Normal', next: 'Clause', primary: true, priority: 9,
            pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/>',
            rPr: headingRun(22, '<w:i/><w:iCs/>')
        }),
        paragraphStyle('TOCHeading', 'TOC Heading', {
            basedOn: 'Normal', next: 'Normal', priority: 39,
            pPr: '<w:keepNext/><w:spacing w:before="0" w:after="240"/>',
            rPr: headingRun(30)
        }),
        paragraphStyle('TOC1', 'toc 1', {
            basedOn: 'Normal', next: 'Normal', priority: 39,
            pPr: `<w:tabs><w:tab w:val="left" w:pos="567"/><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:before="120" w:after="40"/>`,
            rPr: '<w:b/><w:bCs/>'
        }),
        paragraphStyle('TOC2', 'toc 2', {
            basedOn: 'Normal', next: 'Normal', priority: 39,
            pPr: `<w:tabs><w:tab w:val="left" w:pos="1134"/><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="567"/>`
        }),
        paragraphStyle('TOC3', 'toc 3', {
            basedOn: 'Normal', next: 'Normal', priority: 39,
            pPr: `<w:tabs><w:tab w:val="left" w:pos="1871"/><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="1134"/>`
        }),
        paragraphStyle('Clause', 'Clause', {
            basedOn: 'Normal', primary: true, priority: 12,
            pPr: '<w:spacing w:after="120"/>'
        }),
        paragraphStyle('BodyIndent1', 'Body Indent 1', { basedOn: 'Normal', primary: true, pPr: `<w:ind w:left="${textIndent(1)}"/>` }),
        paragraphStyle('BodyIndent2', 'Body Indent 2', { basedOn: 'Normal', pPr: `<w:ind w:left="${textIndent(2)}"/>` }),
        paragraphStyle('BodyIndent3', 'Body Indent 3', { basedOn: 'Normal', pPr: `<w:ind w:left="${textIndent(3)}"/>` }),
        paragraphStyle('ListBullet', 'List Bullet', { basedOn: 'Normal', primary: true, pPr: '<w:spacing w:after="60"/><w:contextualSpacing/>' }),
        paragraphStyle('ListBullet2', 'List Bullet 2', { basedOn: 'ListBullet' }),
        paragraphStyle('ListBullet3', 'List Bullet 3', { basedOn: 'ListBullet' }),
        paragraphStyle('Quote', 'Quote', {
            basedOn: 'Normal', next: 'Normal', primary: true, priority: 29,
            pPr: `<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="${RULE}"/></w:pBdr><w:spacing w:before="60" w:after="120"/><w:ind w:left="${textIndent(1) + 360}" w:right="720"/>`,
            rPr: `<w:i/><w:iCs/><w:color w:val="404040"/>`
        }),
        paragraphStyle('Quote2', 'Quote 2', { basedOn: 'Quote', pPr: `<w:ind w:left="${textIndent(2) + 360}" w:right="720"/>` }),
        paragraphStyle('Quote3', 'Quote 3', { basedOn: 'Quote', pPr: `<w:ind w:left="${textIndent(3) + 360}" w:right="720"/>` }),
        paragraphStyle('Caption', 'caption', {
            basedOn: 'Normal', next: 'Normal', primary: true, priority: 35,
            pPr: '<w:keepNext/><w:spacing w:before="240" w:after="80"/>',
            rPr: `<w:b/><w:bCs/><w:color w:val="${ACCENT}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`
        }),
        paragraphStyle('TableText', 'Table Text', {
            basedOn: 'Normal', primary: true,
            pPr: '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
            rPr: `<w:sz w:val="${TABLE_TEXT_SIZE}"/><w:szCs w:val="${TABLE_TEXT_SIZE}"/>`
        }),
        paragraphStyle('TableTextRight', 'Table Text Right', { basedOn: 'TableText', pPr: '<w:jc w:val="right"/>' }),
        paragraphStyle('TableSubText', 'Table Text Indent', { basedOn: 'TableText', pPr: '<w:ind w:left="284"/>' }),
        paragraphStyle('TableHeading', 'Table Heading', {
            basedOn: 'TableText', next: 'TableText',
            pPr: '<w:keepNext/>',
            rPr: `<w:b/><w:bCs/><w:color w:val="${ACCENT}"/>`
        }),
        paragraphStyle('TableHeadingRight', 'Table Heading Right', { basedOn: 'TableHeading', pPr: '<w:jc w:val="right"/>' }),
        paragraphStyle('Figure', 'Figure', {
            basedOn: 'Normal', next: 'FigureLabel', primary: true,
            pPr: '<w:keepNext/><w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/>'
        }),
        paragraphStyle('FigureLabel', 'Figure Label', {
            basedOn: 'Normal', primary: true,
            pPr: '<w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/>',
            rPr: `<w:color w:val="${MUTED}"/><w:sz w:val="${TABLE_TEXT_SIZE}"/><w:szCs w:val="${TABLE_TEXT_SIZE}"/>`
        }),
        paragraphStyle('TableNote', 'Table Note', {
            basedOn: 'Normal',
            pPr: `<w:ind w:left="${textIndent(1)}"/>`,
            rPr: `<w:i/><w:iCs/><w:color w:val="${MUTED}"/>`
        }),
        paragraphStyle('CoverLabel', 'Cover Label', {
            basedOn: 'Normal',
            pPr: '<w:spacing w:before="60" w:after="60"/>',
            rPr: `<w:b/><w:bCs/><w:color w:val="${MUTED}"/><w:sz w:val="20"/><w:szCs w:val="20"/>`
        }),
        paragraphStyle('CoverValue', 'Cover Value', { basedOn: 'Normal', pPr: '<w:spacing w:before="60" w:after="60"/>' }),
        paragraphStyle('Header', 'header', {
            basedOn: 'Normal', priority: 99,
            pPr: `<w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>`,
            rPr: `<w:color w:val="${MUTED}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`
        }),
        paragraphStyle('Footer', 'footer', {
            basedOn: 'Normal', priority: 99,
            pPr: '<w:jc w:val="right"/><w:spacing w:after="0"/>',
            rPr: `<w:color w:val="${MUTED}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`
        }),
        paragraphStyle('CommentText', 'annotation text', {
            basedOn: 'Normal', priority: 99,
            rPr: '<w:sz w:val="20"/><w:szCs w:val="20"/>'
        }),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        characterStyle('Strong', 'Strong', '<w:b/><w:bCs/>'),
        characterStyle('Emphasis', 'Emphasis', '<w:i/><w:iCs/>'),
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        + `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>${cellMargins}</w:tblPr></w:style>`,
        '<w:style w:type="table" w:styleId="TenderTable"><w:name w:val="Tender Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/>'
        + '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
        + `<w:tblPr><w:tblBorders>${border('top', 8, ACCENT)}${border('bottom', 8, ACCENT)}${border('insideH', 4, RULE)}</w:tblBorders>${cellMargins}</w:tblPr>`
        + `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="${ACCENT}"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:tcBorders>${border('bottom', 8, ACCENT)}</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr>`
        + '</w:style>',
        '<w:style w:type="table" w:styleId="FigureTable"><w:name w:val="Figure Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="42"/>'
        + `<w:tblPr>${cellMargins}</w:tblPr>`
        + '</w:style>',
        '<w:style w:type="table" w:styleId="CoverTable"><w:name w:val="Cover Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="41"/>'
        + `<w:tblPr><w:tblBorders>${border('top', 12, ACCENT)}${border('bottom', 12, ACCENT)}${border('insideH', 4, RULE)}</w:tblBorders>${cellMargins}</w:tblPr>`
        + '</w:style>'
    ];
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + '<w:docDefaults><w:rPrDefault><w:rPr>'
        + `<w:rFonts w:ascii="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>`
        + '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        + styles.join('')
        + '</w:styles>';
}
