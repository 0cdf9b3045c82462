/**
 * The Handlebars engine: strict templates, no prototype access, no unescaped output, messages
 * that name the template file and line, overrides laid over the shipped templates.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { SectionTemplateName, TemplateSet } from '../../../src/generate/templates/engine.js';
import { nameToWords, SECTION_TEMPLATES, TemplateRenderer } from '../../../src/generate/templates/engine.js';
import { loadTemplates, SHIPPED_TEMPLATES_DIR } from '../../../src/generate/templates/load-templates.js';
import { TemplateError } from '../../../src/generate/templates/template-error.js';
import { plainText } from '../../../src/generate/content/blocks.js';
import { buildContent } from '../../../src/generate/content/build-content.js';
import { resolveExample, resolveText } from '../generate-helpers.js';

function only(name: SectionTemplateName, text: string, partials: Record<string, string> = {}): TemplateSet {
    return {
        sections: new Map([[name, { name, file: `/authority/templates/${name}.hbs`, text }]]),
        partials: new Map(Object.entries(partials).map(([n, t]) => [n, { name: n, file: `/authority/templates/_${n}.hbs`, text: t }]))
    };
}

function render(text: string, data: unknown, partials: Record<string, string> = {}) {
    return new TemplateRenderer(only('introduction', text, partials)).renderSection('introduction', data);
}

function failure(run: () => unknown): TemplateError {
    try {
        run();
    } catch (error) {
        if (error instanceof TemplateError) return error;
        throw error;
    }
    throw new Error('expected a TemplateError');
}

const folders: string[] = [];
function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tender-templates-'));
    folders.push(dir);
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}
afterAll(() => folders.forEach(dir => rmSync(dir, { recursive: true, force: true })));

describe('TemplateRenderer', () => {
    test('renders the tag vocabulary with the helpers', () => {
        const blocks = render(
            '<h1>{{words name}}</h1><clause at="{{lines this}}">{{list areas}}; {{quoted services "title"}}; {{label "procedure" procedure}}; {{sentence purpose}}</clause>',
            { name: 'SettledHome', areas: ['Mossvale', 'Eastgate', 'Old Town'], services: [{ name: 'A', title: 'Key worker' }, { name: 'HousingFirst', title: null }], procedure: 'competitive-flexible', purpose: 'Help people', source: { line: 3, column: 1, endLine: 9, endColumn: 2 } }
        );
        expect(blocks.map(b => b.kind === 'table' ? '' : plainText(b.runs))).toEqual([
            'Settled home',
            'Mossvale, Eastgate and Old Town; “Key worker” and “Housing first”; competitive flexible procedure; Help people.'
        ]);
        expect(blocks[1]).toMatchObject({ span: { line: 3, endLine: 9 } });
    });

    test('tender text is data: markup, mustaches and quotes in it come out literally', () => {
        const hostile = '<p>Ev&il</p> {{title}} "quoted" \'single\' \\back\\ 😀 <script>alert(1)</script>';
        const blocks = render('<h1 id="x-{{title}}">{{title}}</h1><clause>{{title}}</clause>', { title: hostile });
        expect(blocks).toHaveLength(2);
        expect(blocks.map(b => b.kind === 'table' ? '' : plainText(b.runs))).toEqual([hostile, hostile]);
    });

    test('strict: a misspelt field names the template file and line', () => {
        const error = failure(() => render('<h1>Intro</h1>\n<clause>{{titel}}</clause>', { title: 'x' }));
        expect(error.message).toBe('/authority/templates/introduction.hbs:2:11: "titel" is not defined: the resolved tender has no field by that name here (templates run in strict mode; see docs/outputs.md for the fields)');
        expect(error.line).toBe(2);
    });

    test('reading through a null names the field and the line, and says how to guard it', () => {
        const error = failure(() => render('<h1>x</h1>\n\n<clause>{{value.amount.display}}</clause>', { value: { amount: null } }));
        expect(error.message).toMatch(/^\/authority\/templates\/introduction\.hbs:3:\d+: "display" is not defined: it is read from a value that is null here \(guard it with \{\{#if \.\.\.\}\}\)$/);
        const inHelper = failure(() => render('<h1>x</h1>\n{{#if value.amount.display}}<p>y</p>{{/if}}', { value: { amount: null } }));
        expect(inHelper.message).toBe('/authority/templates/introduction.hbs:2: "display" is read from a value that is null here (guard it with {{#if ...}})');
    });

    test('a parse error names the file and line, without a stack trace', () => {
        const error = failure(() => render('<h1>x</h1>\n<clause>{{#if title}}x{{/iff}}</clause>', {}));
        expect(error.message).toMatch(/^\/authority\/templates\/introduction\.hbs:2:\d+: if doesn't match iff$/);
        const unclosed = failure(() => render('<h1>x</h1>\n<clause>{{title</clause>', {}));
        expect(unclosed.message).toBe('/authority/templates/introduction.hbs:2: Handlebars cannot parse this template: a {{...}} is not closed with }} here\n    ...h1>x</h1><clause>{{title</clause>\n    ----------------------^');
        expect(unclosed.message).not.toMatch(/\bat .*\.js:\d+/);
    });

    test('only the known helpers can be called', () => {
        const error = failure(() => render('<h1>x</h1>\n<p>{{shout title}}</p>', { title: 'x' }));
        expect(error.message).toMatch(/^\/authority\/templates\/introduction\.hbs:2(:\d+)?: unknown helper "shout": templates may use /);
    });

    test('unescaped output is refused: {{{ }}} and {{& }}', () => {
        expect(failure(() => render('<h1>x</h1>\n<p>{{{title}}}</p>', { title: '<em>' })).message)
            .toBe('/authority/templates/introduction.hbs:2:4: unescaped output ({{{...}}} or {{& ...}}) is not allowed: tender text is always inserted as text, write {{...}}');
        expect(failure(() => render('<p>{{& title}}</p>', { title: '<em>' })).line).toBe(1);
    });

    test('prototype properties and methods are out of reach', () => {
        const blocks = render('<h1>x</h1><p>[{{constructor}}][{{__proto__}}][{{list.constructor}}][{{lookup list "constructor"}}]</p>', { title: 'x', list: ['a'] });
        expect(blocks.map(b => b.kind === 'table' ? '' : plainText(b.runs))).toEqual(['x', '[][][][]']);
        expect(failure(() => render('<h1>x</h1><p>{{#with list}}{{constructor.name}}{{/with}}</p>', { list: ['a'] })).message).toMatch(/"name" is not defined/);
        expect(failure(() => render('<h1>x</h1>\n<p>{{title.constructor}}</p>', { title: 'x' })).message)
            .toBe('/authority/templates/introduction.hbs:2: "constructor" is read from a text or a number, which has no fields');
    });

    test('partials render with the same rules, and their errors name the partial file', () => {
        const blocks = render('<h1>x</h1>{{> note}}', { title: 'T' }, { note: '<p>Note: {{title}}</p>' });
        expect(blocks.map(b => b.kind === 'table' ? '' : plainText(b.runs))).toEqual(['x', 'Note: T']);
        const error = failure(() => render('<h1>x</h1>{{> note}}', { title: 'T' }, { note: '\n<p>{{titel}}</p>' }));
        expect(error.message).toMatch(/^\/authority\/templates\/_note\.hbs:2:\d+: "titel" is not defined/);
    });

    test('the markup a template writes is checked too, naming the template', () => {
        expect(failure(() => render('<h1>x</h1><clase>y</clase>', {})).message).toMatch(/^\/authority\/templates\/introduction\.hbs: unknown tag <clase>/);
    });

    test('words for names', () => {
        expect(nameToWords('AdultsFacingMultipleDisadvantage')).toBe('Adults facing multiple disadvantage');
        expect(nameToWords('NHSTrustLot')).toBe('NHS trust lot');
        expect(nameToWords('key_worker')).toBe('Key worker');
    });
});

describe('shipped templates', () => {
    test('there is one for every section, and they render the Anyborough tender', async () => {
        const set = loadTemplates();
        expect([...set.sections.keys()].sort()).toEqual([...SECTION_TEMPLATES].sort());
        const content = buildContent(await resolveExample('multiple-disadvantage.tender'), new TemplateRenderer(set));
        const headings = content.blocks.filter(b => b.kind === 'heading' && b.level === 1).map(b => b.kind === 'heading' ? `${b.number} ${plainText(b.runs)}` : '');
        expect(headings).toEqual([
            '1 Introduction', '2 The people at the centre', '3 Outcomes', '4 Services', '5 Lots', '6 Award criteria',
            '7 Social value', '8 Collaboration and joint bids', '9 Conditions of participation', '10 Exclusion', '11 The procedure',
            '12 Timeline', '13 Contract terms', '14 Funding', '15 Engagement undertaken', '16 Risks', '17 Instructions to tenderers'
        ]);
    });

    test('a half-written tender renders without error (every optional part guarded)', async () => {
        for (const text of ['tender Empty {}', 'tender T { value £1m outcome O { baseline 5 } lot L { } award-criteria { price weight 40% { sub "a" } } contract { review every 1 year } collaboration { } timeline { } funding { contributor "x" } }']) {
            const model = await resolveText(text, false);
            const content = buildContent(model, new TemplateRenderer(loadTemplates()));
            expect(content.blocks.length).toBeGreaterThan(3);
        }
    });

    test('every clause is numbered under its heading, one level down', async () => {
        const content = buildContent(await resolveExample('multiple-disadvantage.tender'), new TemplateRenderer(loadTemplates()));
        const numbers = content.blocks.flatMap(b => (b.kind === 'heading' || b.kind === 'clause' ? [b.number] : []));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers).toContain('6.2.1');
        const sub = content.blocks.find(b => b.kind === 'clause' && plainText(b.runs).startsWith('How support is built around'));
        expect(sub).toMatchObject({ number: '6.2.2', depth: 2, span: { line: 164, endLine: 164 } });
    });
});

describe('loadTemplates', () => {
    test('an override replaces just that template; the rest stay shipped', () => {
        const dir = folder({ 'risks.hbs': '<h1>Risk register</h1>', '_footer.hbs': '<p>x</p>', 'notes.txt': 'ignored' });
        const set = loadTemplates({ overrides: dir });
        expect(set.sections.get('risks')).toEqual({ name: 'risks', file: join(dir, 'risks.hbs'), text: '<h1>Risk register</h1>' });
        expect(set.sections.get('outcomes')?.file).toBe(join(SHIPPED_TEMPLATES_DIR, 'outcomes.hbs'));
        expect(set.partials.get('footer')?.text).toBe('<p>x</p>');
    });

    test('a file that overrides nothing, or a missing folder, is a clear error', () => {
        const dir = folder({ 'outcome.hbs': '<h1>x</h1>' });
        expect(() => loadTemplates({ overrides: dir })).toThrow(`${join(dir, 'outcome.hbs')}: overrides no template: section templates are introduction.hbs, people.hbs`);
        expect(() => loadTemplates({ overrides: join(dir, 'nowhere') })).toThrow(/nowhere: cannot read the templates folder named in tender\.config\.json/);
    });

    test('a broken override is reported with its file and line when the document is built', async () => {
        const dir = folder({ 'outcomes.hbs': '<h1>Outcomes</h1>\n{{#each outcomes}}\n<clause>{{statment}}</clause>\n{{/each}}\n' });
        const model = await resolveExample('multiple-disadvantage.tender');
        const renderer = new TemplateRenderer(loadTemplates({ overrides: dir }));
        expect(() => buildContent(model, renderer)).toThrow(`${join(dir, 'outcomes.hbs')}:3:11: "statment" is not defined`);
    });
});
