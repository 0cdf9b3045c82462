/**
 * The bundle writes the shipped templates precompiled (templates/precompiled.json, by
 * scripts/bundle.mjs in packages/cli): rendering starts from them instead of running Handlebars'
 * compiler. A precompiled template is used only for the text and the compiler it was made for,
 * and renders exactly what the template compiled when loaded renders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { precompileKey, precompileTemplates, TemplateRenderer } from '../../../src/generate/templates/engine.js';
import { loadTemplates, PRECOMPILED_FILE, sha256, SHIPPED_TEMPLATES_DIR } from '../../../src/generate/templates/load-templates.js';
import { TemplateError } from '../../../src/generate/templates/template-error.js';
import { buildContent } from '../../../src/generate/content/build-content.js';
import { resolveExample } from '../generate-helpers.js';

const folders: string[] = [];
afterAll(() => { for (const f of folders) rmSync(f, { recursive: true, force: true }); });

/** A copy of the shipped templates with precompiled.json beside them, as the bundle has them. */
function bundledCopy(): string {
    const folder = mkdtempSync(join(tmpdir(), 'tender-precompiled-'));
    folders.push(folder);
    cpSync(SHIPPED_TEMPLATES_DIR, folder, { recursive: true });
    // Made from the package's templates (the same texts): a shipped folder is read once per process.
    writeFileSync(join(folder, PRECOMPILED_FILE), JSON.stringify(precompileTemplates(loadTemplates(), sha256)));
    return folder;
}

describe('precompiled shipped templates', () => {
    test('every shipped template is precompiled, and the content rendered from them is the same', async () => {
        const folder = bundledCopy();
        const set = loadTemplates({ shipped: folder });
        const sources = [...set.sections.values(), ...set.partials.values()];
        expect(sources.length).toBeGreaterThan(10);
        for (const source of sources) expect(source.precompiled, source.file).toBeTypeOf('string');
        const model = await resolveExample('multiple-disadvantage.tender');
        const compiled = buildContent(model, new TemplateRenderer(loadTemplates()));
        expect(JSON.stringify(buildContent(model, new TemplateRenderer(set)))).toBe(JSON.stringify(compiled));
    });

    test('a template whose text changed, or a file written for another compiler, is compiled when loaded', () => {
        const folder = bundledCopy();
        const edited = join(folder, 'introduction.hbs');
        writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n<p>Added.</p>\n`);
        const set = loadTemplates({ shipped: folder });
        expect(set.sections.get('introduction')?.precompiled).toBeUndefined();
        expect(set.sections.get('outcomes')?.precompiled).toBeTypeOf('string');

        const other = bundledCopy();
        const file = JSON.parse(readFileSync(join(other, PRECOMPILED_FILE), 'utf8')) as { key: string };
        expect(file.key).toBe(precompileKey());
        writeFileSync(join(other, PRECOMPILED_FILE), JSON.stringify({ ...file, key: 'another compiler' }));
        expect(loadTemplates({ shipped: other }).sections.get('outcomes')?.precompiled).toBeUndefined();

        const broken = bundledCopy();
        writeFileSync(join(broken, PRECOMPILED_FILE), '{ not json');
        expect(loadTemplates({ shipped: broken }).sections.get('outcomes')?.precompiled).toBeUndefined();
    });

    test('an error while rendering a precompiled template still names its file and line', () => {
        const text = '<p>first</p>\n<p>{{tender.missing.field}}</p>\n';
        const source = { name: 'introduction', file: '/shipped/introduction.hbs', text };
        const made = precompileTemplates({ sections: new Map([['introduction', source]]), partials: new Map() }, sha256);
        const renderer = new TemplateRenderer({
            sections: new Map([['introduction', { ...source, precompiled: made.templates['introduction.hbs'].spec }]]),
            partials: new Map()
        });
        let caught: unknown;
        try {
            renderer.renderSection('introduction', { tender: {} });
        } catch (error) {
            caught = error;
        }
        expect(caught).toBeInstanceOf(TemplateError);
        expect((caught as TemplateError).file).toBe('/shipped/introduction.hbs');
        expect((caught as TemplateError).line).toBe(2);
    });
});
