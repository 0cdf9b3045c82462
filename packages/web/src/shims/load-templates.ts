/**
 * load-templates.ts for the browser bundle: the shipped templates are bundled as strings (the
 * build script's `tender:templates` module), and an authority's overrides (tender.config.json
 * "templates") are read from the opened folder in memory. Same rules as the Node version.
 */
import shippedFiles from 'tender:templates';
import type { SectionTemplateName, TemplateSet, TemplateSource } from '../../../language/src/generate/templates/engine.js';
import { SECTION_TEMPLATES } from '../../../language/src/generate/templates/engine.js';
import { TemplateError } from '../../../language/src/generate/templates/template-error.js';
import { fileText, filesUnder } from '../worker/memory-fs.js';

export const SHIPPED_TEMPLATES_DIR = '/tender/templates/';

export interface LoadTemplatesOptions {
    readonly overrides?: string;
    readonly shipped?: string;
    /** Ignored here: the overrides can only come from the opened folder, which is all there is. */
    readonly roots?: readonly string[];
}

let shippedSet: TemplateSet | undefined;

export function loadTemplates(options: LoadTemplatesOptions = {}): TemplateSet {
    shippedSet ??= templateSet(Object.entries(shippedFiles as Record<string, string>).map(([name, text]) => [`${SHIPPED_TEMPLATES_DIR}${name}`, text]));
    if (!options.overrides) return shippedSet;
    const folder = options.overrides.replace(/\/?$/, '/');
    const entries: Array<[string, string]> = [];
    for (const uri of filesUnder(folder)) {
        const path = decodeURIComponent(new URL(uri).pathname);
        const name = path.slice(folder.length);
        if (name.includes('/') || !name.endsWith('.hbs')) continue;
        entries.push([path, fileText(path) ?? '']);
    }
    if (entries.length === 0) {
        throw new TemplateError(options.overrides, 'cannot read the templates folder named in tender.config.json ("templates"): it is not in the opened folder or holds no .hbs file');
    }
    const overrides = templateSet(entries);
    const sections = new Map(shippedSet.sections);
    const partials = new Map(shippedSet.partials);
    for (const [name, source] of overrides.sections) sections.set(name, source);
    for (const [name, source] of overrides.partials) partials.set(name, source);
    return { sections, partials };
}

function templateSet(files: ReadonlyArray<[string, string]>): TemplateSet {
    const known = new Set<string>(SECTION_TEMPLATES);
    const sections = new Map<SectionTemplateName, TemplateSource>();
    const partials = new Map<string, TemplateSource>();
    for (const [file, text] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
        const base = file.slice(file.lastIndexOf('/') + 1, -'.hbs'.length);
        if (base.startsWith('_')) {
            partials.set(base.slice(1), { name: base.slice(1), file, text });
        } else if (known.has(base)) {
            sections.set(base as SectionTemplateName, { name: base, file, text });
        } else {
            throw new TemplateError(file, `overrides no template: section templates are ${SECTION_TEMPLATES.map(s => `${s}.hbs`).join(', ')}; partials start with "_"`);
        }
    }
    return { sections, partials };
}
