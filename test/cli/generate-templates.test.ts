/** `tender generate` with an authority's templates (tender.config.json "templates"), as a real process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ANYBOROUGH, expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';

const folders: string[] = [];
function workspace(files: Record<string, string>): string {
    const folder = tempFolder({ from: ANYBOROUGH, files });
    folders.push(folder);
    return folder;
}
afterAll(() => folders.forEach(removeFolder));

describe('tender generate with override templates', () => {
    test('an override changes what the DOCX and HTML say; the other sections stay as shipped', () => {
        const folder = workspace({
            'tender.config.json': '{ "templates": "council-templates" }',
            'council-templates/risks.hbs': '<h1 id="risks">Risk register</h1>\n{{#each risks}}<clause at="{{lines this}}">{{text}}: {{lowerFirst (label "level" likelihood)}} likelihood.</clause>{{/each}}\n'
        });
        const result = tender(['generate', 'multiple-disadvantage.tender', '--format', 'docx,html'], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code, result.stderr).toBe(0);
        const html = readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.html'), 'utf8');
        expect(html).toContain('<span class="num">16</span>Risk register</h2>');
        expect(html).toContain('A member of a consortium goes out of business during the contract: medium likelihood.');
        expect(html).toContain('<span class="num">3</span>Outcomes</h2>');
        expect(readFileSync(join(folder, 'out', 'ANY-ASC-2027-003.docx')).length).toBeGreaterThan(10_000);
    });

    test('a broken override: the message names the template file and line, exit 2, nothing written', () => {
        const folder = workspace({
            'tender.config.json': '{ "templates": "council-templates" }',
            'council-templates/outcomes.hbs': '<h1>Outcomes</h1>\n{{#each outcomes}}\n<clause>{{statment}}</clause>\n{{/each}}\n'
        });
        const result = tender(['generate', 'multiple-disadvantage.tender', '--format', 'docx,html'], { cwd: folder });
        expect(expectNoStackTrace(result)).toEqual([]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`tender generate: ${join(folder, 'council-templates', 'outcomes.hbs')}:3:11: "statment" is not defined`);
        expect(existsSync(join(folder, 'out'))).toBe(false);
    });

    test('a template that does not parse, and a file that overrides nothing, are reported the same way', () => {
        const unparsable = workspace({
            'tender.config.json': '{ "templates": "t" }',
            't/lots.hbs': '<h1>Lots</h1>\n{{#each lots}\n'
        });
        const parse = tender(['generate', 'multiple-disadvantage.tender', '--format', 'html'], { cwd: unparsable });
        expect(expectNoStackTrace(parse)).toEqual([]);
        expect(parse.code).toBe(2);
        expect(parse.stderr).toContain(`${join(unparsable, 't', 'lots.hbs')}:2: Handlebars cannot parse this template`);

        const stray = workspace({ 'tender.config.json': '{ "templates": "t" }', 't/outcome.hbs': '<h1>x</h1>' });
        const result = tender(['generate', 'multiple-disadvantage.tender', '--format', 'docx'], { cwd: stray });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`${join(stray, 't', 'outcome.hbs')}: overrides no template`);
    });
});
