/**
 * The Word document, opened back up: sections in the order of docs/language.md section 6, tables
 * and their cells, contents field, numbering, header and footer fields, properties, review
 * comments, reproducible bytes and hostile text.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { writeDocx } from '../../../src/generate/docx/docx-writer.js';
import type { WriterFinding } from '../../../src/generate/writers.js';
import { resolveExample, resolveExampleWithFindings, resolveText, writerOptions } from '../generate-helpers.js';
import type { DocxPackage, DocxParagraph } from './docx-reader.js';
import { readDocx, tableAfterCaption, textOf } from './docx-reader.js';

const example = await resolveExample('multiple-disadvantage.tender');
const pkg = await readDocx(await writeDocx(example, writerOptions()));

const headings = (p: DocxPackage, style: string) => p.paragraphs.filter(x => x.style === style).map(x => x.text);
const paragraphWith = (p: DocxPackage, start: string): DocxParagraph => {
    const found = p.paragraphs.find(x => x.text.startsWith(start));
    if (!found) throw new Error(`no paragraph starting "${start}"`);
    return found;
};

describe('the invitation to tender, as Word reads it', () => {
    test('cover: kicker, title and the key facts', () => {
        expect(pkg.paragraphs[0]).toMatchObject({ style: 'Subtitle', text: 'Invitation to tender' });
        expect(pkg.paragraphs[1]).toMatchObject({ style: 'Title', text: 'Wraparound support for adults facing multiple disadvantage' });
        const cover = pkg.tables[0];
        expect(cover.style).toBe('CoverTable');
        expect(cover.rows.map(r => r.map(c => c.text))).toEqual([
            ['Reference', 'ANY-ASC-2027-003'],
            ['Buyer', 'Anyborough Borough Council'],
            ['Co-funders', 'Anyshire Integrated Care Board and Anyshire Police and Crime Commissioner'],
            ['Estimated value', '£2,400,000 over 5 years'],
            ['Procedure', 'Competitive flexible procedure, light touch regime'],
            ['Version', '1.0'],
            ['Date', '1 March 2027']
        ]);
    });

    test('the sections come in the order the language reference lists them', () => {
        expect(headings(pkg, 'Heading1')).toEqual([
            'Introduction', 'The people at the centre', 'Outcomes', 'Services', 'Lots', 'Award criteria', 'Social value',
            'Collaboration and joint bids', 'Conditions of participation', 'Exclusion', 'The procedure', 'Timeline', 'Contract terms', 'Funding',
            'Engagement undertaken', 'Risks', 'Instructions to tenderers'
        ]);
        expect(headings(pkg, 'Heading2')).toContain('Purpose');
        expect(paragraphWith(pkg, 'Adults in Anyborough who are homeless').style).toBe('BodyIndent2');
        // A persona's story is set apart in the Quote style, at the depth of its cohort.
        expect(paragraphWith(pkg, 'Sam was a promising athlete').style).toBe('Quote2');
        expect(pkg.paragraphs.find(p => p.text === '“I want to get my life back on track.”')?.style).toBe('Quote2');
    });

    test('a table of contents field whose result already lists the numbered headings', () => {
        const toc = pkg.paragraphs.filter(p => /^TOC\d$/.test(p.style ?? ''));
        expect(toc[0].xml).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
        expect(toc[0].xml).toContain('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>');
        expect(toc[toc.length - 1].xml).toContain('<w:fldChar w:fldCharType="end"/>');
        expect(toc.map(p => p.text)).toContain('6\tAward criteria');
        expect(toc.map(p => p.text)).toContain('6.2\tQuality of the support model (55%)');
        expect(toc.find(p => p.text === '6.2\tQuality of the support model (55%)')?.style).toBe('TOC2');
        expect(pkg.part('word/settings.xml')).toContain('<w:updateFields/>');
    });

    test('the outcomes framework table: one row per outcome, every horizon', () => {
        const outcomes = tableAfterCaption(pkg, 'Table 1: Outcomes framework');
        expect(outcomes.style).toBe('TenderTable');
        expect(outcomes.rows[0].map(c => c.text)).toEqual(['Outcome', 'Population outcome', 'Indicator', 'Baseline', '6 months', '2 years', '5 years', 'Evidence']);
        expect(outcomes.rows[0][0].xml).toBe(outcomes.rows[0][0].xml); // header row repeats on each page:
        expect(outcomes.xml).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>|<w:trPr><w:tblHeader\/>/);
        expect(outcomes.rows).toHaveLength(6);
        expect(outcomes.rows[1].map(c => c.text)).toEqual([
            'People have a settled home',
            'More residents live in settled, secure accommodation',
            'Share of the cohort living in settled accommodation for at least 6 months',
            '18% in 2026', '30%', '55%', '75%',
            'Housing register matched quarterly with provider case records'
        ]);
        expect(outcomes.rows[3].slice(3, 7).map(c => c.text)).toEqual(['64 in 2026', '60', '45', '30']);
        expect(outcomes.rows[1][4].style).toBe('TableTextRight');
    });

    test('the award criteria table: sub-criteria indented under their criterion, and a totals row', () => {
        const criteria = tableAfterCaption(pkg, 'Table 4: Award criteria and weightings');
        const rows = criteria.rows.map(r => r.map(c => c.text));
        expect(rows).toEqual([
            ['Criterion', 'Type', 'Weighting', 'Outcomes measured'],
            ['Quality of the support model', 'Quality', '55%', ''],
            ['How support is built around each person\'s needs and assets', '', '20%', 'People have a settled home; People recover from drug and alcohol dependence'],
            ['Partnership, referral and key worker arrangements', '', '20%', 'People stay well and out of crisis; People do not return to prison'],
            ['How outcomes will be evidenced and reported', '', '15%', 'People are in work, volunteering or learning'],
            ['Social value', 'Social value', '15%', ''],
            ['Local employment and volunteering', '', '10%', ''],
            ['Involving people with lived experience in delivery', '', '5%', ''],
            ['Price', 'Price', '30%', ''],
            ['Total', '', '100%', '']
        ]);
        expect(criteria.rows[2][0].style).toBe('TableSubText');
        expect(criteria.rows[1][0].style).toBe('TableText');
        expect(criteria.rows[9][0].xml).toContain('<w:shd w:fill="F2F2F2"');
        expect(criteria.rows[9][0].xml).toContain('<w:rStyle w:val="Strong"/>');
    });

    test('lots with their share of the value, timeline, funding and risks tables', () => {
        expect(tableAfterCaption(pkg, 'Table 3: Lots and their share of the value').rows.map(r => r.map(c => c.text))).toEqual([
            ['Lot', 'Title', 'Services', 'Value', 'Share of value'],
            ['1', 'Key worker and navigation', 'Key worker and navigation', '£1,100,000', '45.83%'],
            ['2', 'Housing-led support', 'Housing-led support', '£800,000', '33.33%'],
            ['3', 'Recovery, peer support and routes into work', 'Recovery and peer support; Routes into work', '£500,000', '20.83%'],
            ['Total', '', '', '£2,400,000', '100%']
        ]);
        expect(tableAfterCaption(pkg, 'Table 5: Timeline').rows.map(r => r.map(c => c.text))).toEqual([
            ['Milestone', 'Date'],
            ['Market engagement', 'Monday 11 January 2027'],
            ['Tender notice published', 'Monday 1 March 2027'],
            ['Clarification deadline', 'Monday 29 March 2027, 17:00 BST'],
            ['Bid deadline', 'Monday 19 April 2027, 12:00 BST'],
            ['Award decision', 'Tuesday 1 June 2027'],
            ['Contract start', 'Friday 1 October 2027']
        ]);
        expect(tableAfterCaption(pkg, 'Table 6: Funding').rows.map(r => r.map(c => c.text))).toEqual([
            ['Contributor', 'Amount', 'Share'],
            ['Anyborough Borough Council', '£1,500,000', '62.5%'],
            ['Anyshire Integrated Care Board', '£600,000', '25%'],
            ['Anyshire Police and Crime Commissioner', '£300,000', '12.5%'],
            ['Total', '£2,400,000', '100%']
        ]);
        expect(tableAfterCaption(pkg, 'Table 7: Risks').rows[1].map(c => c.text)).toEqual([
            'A member of a consortium goes out of business during the contract', 'Medium', 'High',
            'The lead organisation holds step-in arrangements and the partnership agreement names a successor for each service.'
        ]);
        // Tables take their borders from the table style, and only its header-row format applies.
        for (const t of pkg.tables) {
            expect(t.xml).not.toContain('<w:tblBorders>');
            expect(t.xml).toMatch(/<w:tblLook [^>]*w:firstRow="(0|1)"/);
        }
    });

    test('headings and clauses share one multi-level list, so every clause has a citable number', () => {
        const numbering = pkg.part('word/numbering.xml');
        const heading1 = pkg.paragraphs.find(p => p.style === 'Heading1' && p.text === 'Award criteria');
        const criterion = pkg.paragraphs.find(p => p.style === 'Heading2' && p.text.startsWith('Quality of the support model'));
        const sub = paragraphWith(pkg, 'How support is built around each person');
        // A section without headings 2 (Social value) has its clauses directly under its heading 1.
        const clauseUnderHeading1 = paragraphWith(pkg, 'Social value carries');
        expect(heading1).toMatchObject({ level: 0 });
        expect(criterion).toMatchObject({ level: 1 });
        expect(sub).toMatchObject({ style: 'Clause', level: 2 });
        expect(clauseUnderHeading1).toMatchObject({ style: 'Clause', level: 1 });
        expect(new Set([heading1?.numId, criterion?.numId, sub.numId, clauseUnderHeading1.numId]).size).toBe(1);
        // The list behind that numId: legal numbering 1, 1.1, 1.1.1, 1.1.1.1.
        const abstractId = new RegExp(`<w:num w:numId="${sub.numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
        const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(numbering)?.[1] ?? '';
        expect([...abstract.matchAll(/<w:lvlText w:val="([^"]+)"\/>/g)].map(m => m[1])).toEqual(['%1', '%1.%2', '%1.%2.%3', '%1.%2.%3.%4']);
        expect(abstract).toContain('<w:isLgl/>');
        // Bullets are a separate list, indented under the text they belong to.
        const bullet = paragraphWith(pkg, 'Peer networks and friendships');
        expect(bullet).toMatchObject({ style: 'ListBullet2', level: 2 });
        expect(bullet.numId).not.toBe(sub.numId);
    });

    test('real Word styles, defined once each', () => {
        const styles = pkg.part('word/styles.xml');
        const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ['Normal', 'Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Clause', 'Quote', 'ListBullet', 'Caption', 'TOC1', 'TOC2', 'Header', 'Footer', 'Strong', 'TenderTable']) {
            expect(ids, id).toContain(id);
        }
        expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"\/>[\s\S]*?<w:outlineLvl w:val="0"\/>/);
        expect(styles).toMatch(/<w:style w:type="table" w:styleId="TenderTable">[\s\S]*?<w:tblStylePr w:type="firstRow">/);
        // Body text carries styles, not direct formatting.
        expect(pkg.document).not.toMatch(/<w:p><w:pPr><w:ind /);
        expect(pkg.document).not.toContain('<w:b/>');
    });

    test('header with reference and version; footer "Page X of Y" with PAGE and NUMPAGES fields', () => {
        const relations = pkg.part('word/_rels/document.xml.rels');
        const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(pkg.document)?.[0] ?? '';
        const target = (type: 'header' | 'footer', kind: 'default' | 'first') => {
            const id = new RegExp(`<w:${type}Reference w:type="${kind}" r:id="(rId\\d+)"/>`).exec(sectPr)?.[1];
            return new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(relations)?.[1];
        };
        expect(sectPr).toContain('<w:titlePg/>');
        const header = pkg.part(`word/${target('header', 'default')}`);
        expect(header).toContain('ANY-ASC-2027-003');
        expect(header).toContain('Version 1.0');
        const footer = pkg.part(`word/${target('footer', 'default')}`);
        expect(footer.replace(/<[^>]+>/g, (tag) => /instrText|w:t /.test(tag) ? tag : '')).toMatch(/Page .*PAGE.* of .*NUMPAGES/);
        expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/);
        // The cover page has neither.
        expect(pkg.part(`word/${target('header', 'first')}`)).not.toContain('ANY-ASC-2027-003');
        expect(pkg.part(`word/${target('footer', 'first')}`)).not.toContain('PAGE');
    });

    test('document properties: title, subject, creator from the buyer, keywords from the reference, dates from issued', () => {
        const core = pkg.part('docProps/core.xml');
        expect(core).toContain('<dc:title>Wraparound support for adults facing multiple disadvantage</dc:title>');
        expect(core).toContain('<dc:subject>Invitation to tender</dc:subject>');
        expect(core).toContain('<dc:creator>Anyborough Borough Council</dc:creator>');
        expect(core).toContain('<cp:keywords>ANY-ASC-2027-003, 85000000-9</cp:keywords>');
        expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-01T00:00:00Z</dcterms:created>');
        expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-01T00:00:00Z</dcterms:modified>');
    });
});

describe('lots with their own award criteria', () => {
    test('the lot gets its own weightings table after its clauses, and the tender says so', async () => {
        const model = await resolveText(`tender T {
            title "Two lots"
            value £1m
            service A "Advice" { }
            service B "Beds" { }
            lot AdviceLot "Advice" { value £400k services A award-criteria { technical "Advice quality" weight 70% price "Price" weight 30% } }
            lot BedsLot "Beds" { value £600k services B }
            award-criteria { technical "Quality" weight 60% price "Price" weight 40% }
        }`, false);
        const p = await readDocx(await writeDocx(model, writerOptions()));
        const lotTable = tableAfterCaption(p, 'Table 3: Award criteria and weightings for lot 1: Advice');
        expect(lotTable.rows.map(r => r.map(c => c.text))).toEqual([
            ['Criterion', 'Type', 'Weighting', 'Outcomes measured'],
            ['Advice quality', 'Quality', '70%', ''],
            ['Price', 'Price', '30%', ''],
            ['Total', '', '100%', '']
        ]);
        expect(p.paragraphs.some(p => p.text === 'Lot 1 has its own award criteria, given in section “Lots”; they replace these for that lot.')).toBe(true);
        expect(tableAfterCaption(p, 'Table 4: Award criteria and weightings').rows[1].map(c => c.text)).toEqual(['Quality', 'Quality', '60%', '']);
    });

    test('text over several lines and stray control characters are cleaned in the cover and tables', async () => {
        const model = await resolveText('tender T {\n title "A title\n   over two lines"\n reference "R\u0007-1"\n risk R "Risk\n text" { mitigation "Plan\u0000" }\n}', false);
        const p = await readDocx(await writeDocx(model, writerOptions()));
        expect(p.paragraphs.find(x => x.style === 'Title')?.text).toBe('A title over two lines');
        expect(p.tables[0].rows[0].map(c => c.text)).toEqual(['Reference', 'R-1']);
        expect(tableAfterCaption(p, 'Table 1: Risks').rows[1].map(c => c.text)).toEqual(['Risk text', '—', '—', 'Plan']);
    });
});

describe('reproducible bytes', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    test('the same tender gives byte-identical files, whatever the clock and time zone', async () => {
        const zone = process.env.TZ;
        try {
            vi.useFakeTimers({ toFake: ['Date'] });
            vi.setSystemTime(new Date('2031-07-04T13:14:15Z'));
            process.env.TZ = 'UTC';
            const first = await writeDocx(example, writerOptions());
            vi.setSystemTime(new Date('2040-12-31T23:59:58Z'));
            process.env.TZ = 'Pacific/Auckland';
            const second = await writeDocx(example, writerOptions());
            expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
        } finally {
            if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone;
        }
    });

    test('zip entries carry the issued date and come in a stable order', async () => {
        const bytes = await writeDocx(example, writerOptions());
        const JSZip = (await import('jszip')).default;
        const zip = await JSZip.loadAsync(bytes);
        const names = Object.keys(zip.files);
        expect(names[0]).toBe('[Content_Types].xml');
        expect(names[1]).toBe('_rels/.rels');
        expect(names.slice(2)).toEqual([...names.slice(2)].sort());
        for (const name of names) {
            expect(zip.files[name].date.toISOString(), name).toBe('2027-03-01T00:00:00.000Z');
        }
    });

    test('a tender with no issued date still gives the same bytes twice', async () => {
        const model = await resolveText('tender T { title "No date" }', false);
        const first = await writeDocx(model, writerOptions());
        await new Promise(resolve => setTimeout(resolve, 2100));
        const second = await writeDocx(model, writerOptions());
        expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    });
});

describe('review comments', () => {
    const finding = (ruleId: string, line: number, message = `${ruleId} message`): WriterFinding =>
        ({ ruleId, severity: 'warning', message, line, column: 5, endLine: line, endColumn: 20, docsUrl: `https://example.org/rules/${ruleId}.md` });

    /** The text a comment's range encloses: from its rangeStart to its rangeEnd. */
    function anchoredText(p: DocxPackage, id: number): string {
        const match = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(p.document);
        if (!match) throw new Error(`no range for comment ${id}`);
        return textOf(match[1]);
    }

    test('each finding is a comment "rule-id: message (link)" anchored on the clause its line belongs to', async () => {
        const findings = [
            finding('criterion-not-linked', 164),   // a sub-criterion: its clause
            finding('outcome-horizons', 68),         // a target line: its bullet
            finding('risk-mitigation', 231),         // inside risk ProviderFailure: its table row
            finding('vague-language', 10),           // the reference line: no clause renders it, so the cover
            finding('weights-sum', 162)              // the award-criteria block: its heading
        ];
        const reviewed = await readDocx(await writeDocx(example, writerOptions({ findings, review: true, reviewAuthor: 'Legal Services' })));
        const comments = reviewed.part('word/comments.xml');
        const texts = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map(m => ({ id: Number(m[1]), text: textOf(m[2]) }));
        expect(texts).toHaveLength(5);
        const byRule = (rule: string) => {
            const found = texts.find(t => t.text.startsWith(`${rule}:`));
            if (!found) throw new Error(`no comment for ${rule}`);
            return found;
        };
        expect(byRule('criterion-not-linked').text).toBe('criterion-not-linked: criterion-not-linked message (https://example.org/rules/criterion-not-linked.md)');
        expect(anchoredText(reviewed, byRule('criterion-not-linked').id)).toMatch(/^How support is built around each person's needs and assets\. Weighting: 20%\./);
        expect(anchoredText(reviewed, byRule('outcome-horizons').id)).toBe('after 6 months: 30%');
        expect(anchoredText(reviewed, byRule('risk-mitigation').id)).toBe('A member of a consortium goes out of business during the contract');
        expect(anchoredText(reviewed, byRule('vague-language').id)).toBe('Wraparound support for adults facing multiple disadvantage');
        expect(anchoredText(reviewed, byRule('weights-sum').id)).toBe('Award criteria');
        expect(comments).toContain('w:author="Legal Services"');
        expect(comments).toContain('w:initials="LS"');
        expect(comments).toContain('w:date="2027-03-01T00:00:00.000Z"');
        // Every range has its reference mark, so Word shows the comment in the margin.
        for (const { id } of texts) expect(reviewed.document).toContain(`<w:commentReference w:id="${id}"/>`);
    });

    test('the first draft: vague words in the purpose are commented on the purpose paragraph, not the cover', async () => {
        const { model, findings } = await resolveExampleWithFindings('first-draft.tender');
        const vague = findings.filter(f => f.ruleId === 'vague-language' && f.line === model.purposeSource?.line);
        expect(vague.length).toBeGreaterThanOrEqual(5);
        const reviewed = await readDocx(await writeDocx(model, writerOptions({ findings: vague, review: true })));
        const ids = [...reviewed.part('word/comments.xml').matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map(m => Number(m[1]));
        expect(ids).toHaveLength(vague.length);
        for (const id of ids) {
            expect(anchoredText(reviewed, id)).toMatch(/^To deliver holistic, innovative and high quality support services/);
        }
    });

    test('without --review there are no comments, even when there are findings', async () => {
        const plain = await readDocx(await writeDocx(example, writerOptions({ findings: [finding('weights-sum', 162)], review: false })));
        expect(plain.document).not.toContain('commentRangeStart');
    });

    test('the first draft: every lint finding becomes exactly one comment', async () => {
        const { model, findings } = await resolveExampleWithFindings('first-draft.tender');
        expect(findings.length).toBeGreaterThan(20);
        const reviewed = await readDocx(await writeDocx(model, writerOptions({ findings, review: true })));
        const comments = [...reviewed.part('word/comments.xml').matchAll(/<w:comment [^>]*>([\s\S]*?)<\/w:comment>/g)].map(m => textOf(m[1]));
        expect(comments).toHaveLength(findings.length);
        for (const f of findings) {
            expect(comments).toContain(`${f.ruleId}: ${f.message}${f.docsUrl ? ` (${f.docsUrl})` : ''}`);
        }
        const starts = [...reviewed.document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map(m => Number(m[1]));
        expect(starts.sort((a, b) => a - b)).toEqual(findings.map((_, i) => i));
    });

    test('comments are numbered in document order, though the body is made as the library writes it', async () => {
        const { model, findings } = await resolveExampleWithFindings('first-draft.tender');
        const reviewed = await readDocx(await writeDocx(model, writerOptions({ findings, review: true })));
        const starts = [...reviewed.document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map(m => Number(m[1]));
        expect(starts.length).toBeGreaterThan(20);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        // each comment's range ends, and its reference follows, in the same paragraph
        for (const id of starts) {
            expect(reviewed.document).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/>(?:(?!</w:p>)[\\s\\S])*<w:commentRangeEnd w:id="${id}"/>(?:(?!</w:p>)[\\s\\S])*<w:commentReference w:id="${id}"/>`));
        }
    });
});

describe('hostile text', () => {
    const HOSTILE = 'Care & <w:p>support</w:p> "quoted" \'single\' {{title}} \\back\\slash 😀 <script>x</script>';

    test('comes out literally in the text, the properties and the header, and never as structure', async () => {
        const model = await resolveText(`tender Hostile {
            title "${HOSTILE.replace(/[\\"]/g, '\\$&')}"
            reference "R&D <1>"
            buyer "A \\"Council\\" & Co"
            version "2 <beta>"
            issued 2027-01-01
            purpose "${HOSTILE.replace(/[\\"]/g, '\\$&')}"
            outcome O "${HOSTILE.replace(/[\\"]/g, '\\$&')}" { indicator "x < y & z" baseline 5% in 2026 target 6 months 10% }
        }`, false);
        expect(model.title).toBe(HOSTILE);
        const bytes = await writeDocx(model, writerOptions());
        const hostile = await readDocx(bytes);
        expect(hostile.paragraphs.find(p => p.style === 'Title')?.text).toBe(HOSTILE);
        // The purpose, ended as a sentence by the template.
        expect(hostile.paragraphs.some(p => p.text === `${HOSTILE}.` && p.style === 'BodyIndent2')).toBe(true);
        expect(hostile.paragraphs.some(p => p.style === 'Heading2' && p.text === HOSTILE)).toBe(true);
        expect(tableAfterCaption(hostile, 'Table 1: Outcomes framework').rows[1].map(c => c.text).slice(0, 3)).toEqual([HOSTILE, '—', 'x < y & z']);
        // No element was injected: the only w:p elements are the ones the writer made.
        expect(hostile.document).not.toContain('<w:p>support');
        expect(hostile.document).not.toContain('<script>');
        expect(hostile.part('docProps/core.xml')).toContain('<dc:title>Care &amp; &lt;w:p&gt;support&lt;/w:p&gt; &quot;quoted&quot;');
        expect(hostile.part('docProps/core.xml')).toContain('<dc:creator>A &quot;Council&quot; &amp; Co</dc:creator>');
        const header = hostile.names.filter(n => /^word\/header\d\.xml$/.test(n)).map(n => hostile.part(n)).join('');
        expect(header).toContain('R&amp;D &lt;1&gt;');
        expect(header).toContain('Version 2 &lt;beta&gt;');
        // Characters XML cannot carry never reach the package.
        for (const name of hostile.names.filter(n => n.endsWith('.xml'))) {
            expect(hostile.part(name), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        }
    });
});
