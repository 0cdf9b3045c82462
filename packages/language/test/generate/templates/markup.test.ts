/** The tag vocabulary templates write, read into blocks; tender text always arrives as literal text. */
import { describe, expect, test } from 'vitest';
import { parseMarkup, decodeEntities, xmlSafe } from '../../../src/generate/templates/markup.js';
import { TemplateError } from '../../../src/generate/templates/template-error.js';

const parse = (text: string) => parseMarkup(text, 'templates/test.hbs');

function error(text: string): string {
    try {
        parse(text);
    } catch (e) {
        expect(e).toBeInstanceOf(TemplateError);
        return (e as Error).message;
    }
    throw new Error('expected a TemplateError');
}

describe('parseMarkup', () => {
    test('every block kind, with anchors and source lines', () => {
        const blocks = parse(`
            <h1 id="outcomes">Outcomes</h1>
            <h2 id="outcome-SettledHome" at="49-58">People have a settled home</h2>
            <clause at="54">A clause with <em>emphasis</em> and <strong>strong</strong> words.</clause>
            <p>A paragraph.</p>
            <item>An item</item>
            <quote>A story</quote>
            <table name="award-criteria" lot="KeyWorkerLot"/>
        `);
        expect(blocks.map(b => b.kind)).toEqual(['heading', 'heading', 'clause', 'paragraph', 'item', 'quote', 'table']);
        expect(blocks[0]).toEqual({ kind: 'heading', level: 1, id: 'outcomes', runs: [{ text: 'Outcomes' }] });
        expect(blocks[1]).toMatchObject({ level: 2, id: 'outcome-SettledHome', span: { line: 49, endLine: 58 } });
        expect(blocks[2]).toEqual({
            kind: 'clause',
            span: { line: 54, endLine: 54 },
            runs: [{ text: 'A clause with ' }, { text: 'emphasis', emphasis: true }, { text: ' and ' }, { text: 'strong', strong: true }, { text: ' words.' }]
        });
        expect(blocks[6]).toEqual({ kind: 'table', name: 'award-criteria', attributes: { lot: 'KeyWorkerLot' } });
    });

    test('white space collapses as in HTML, and blocks left empty by a condition disappear', () => {
        const blocks = parse('<clause>\n   Two\n\n   lines  </clause><p>   </p><item><em> </em></item>');
        expect(blocks).toEqual([{ kind: 'clause', runs: [{ text: 'Two lines' }] }]);
    });

    test('escaped tender text comes back literally: entities decode to characters, never to tags', () => {
        const blocks = parse('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; {{title}} &#x27;q&#x27; &#x60;b&#x60; a&#x3D;b \\ 😀</p>');
        expect(blocks).toHaveLength(1);
        expect(blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: '<script>alert("x")</script> & {{title}} \'q\' `b` a=b \\ 😀' }] });
    });

    test('characters XML cannot hold are dropped, emoji kept', () => {
        expect(xmlSafe('a\u0000b\u0008c\u000Bd\uFFFFe\uD800f 😀\tg')).toBe('abcdef 😀\tg');
        expect(decodeEntities('&#0;&#x110000;&bogus;')).toBe('&#0;&#x110000;&bogus;');
    });

    test('ids are made safe for HTML and Word bookmarks', () => {
        expect(parse('<h1 id="outcome-Settled Home!">x</h1>')[0]).toMatchObject({ id: 'outcome-Settled-Home' });
    });

    test('a template mistake is an error naming the template and what to do', () => {
        expect(error('just text')).toMatch(/^templates\/test\.hbs: text outside a block: wrap it in <p>/);
        expect(error('<p>open')).toMatch(/<p> is not closed/);
        expect(error('<p>a</clause>')).toMatch(/<\/clause> closes <p>/);
        expect(error('<p><clause>x</clause></p>')).toMatch(/blocks do not nest/);
        expect(error('<p><em>x</p>')).toMatch(/<em> is not closed before <\/p>/);
        expect(error('<clase>x</clase>')).toMatch(/unknown tag <clase>: templates may use h1, h2, h3, clause, p, item, quote, table, em, strong/);
        expect(error('<p>1 < 2</p>')).toMatch(/write &lt; for a literal "<"/);
        expect(error('<table/>')).toMatch(/<table\/> needs a name/);
        expect(error('<p><table name="lots"/></p>')).toMatch(/<table\/> inside <p>/);
    });
});
