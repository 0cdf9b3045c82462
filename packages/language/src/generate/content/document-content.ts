/**
 * The one way both document writers get their content: the shipped templates with the
 * authority's overrides, rendered for this tender.
 */
import type { TenderDocument } from '../../model/tender-document.js';
import type { TemplateSet } from '../templates/engine.js';
import { TemplateRenderer } from '../templates/engine.js';
import { loadTemplates } from '../templates/load-templates.js';
import type { DocumentContent } from './blocks.js';
import { buildContent } from './build-content.js';

export interface ContentOptions {
    /** Folder of override templates (absolute), from tender.config.json `templates`. */
    readonly templates?: string;
    /** The workspace folders the templates must really be inside. */
    readonly workspaceRoots?: readonly string[];
}

/**
 * Compiled renderers by template set. The shipped set is loaded once per process, so the preview,
 * which renders on every edit, compiles the shipped templates once; an authority's overrides are
 * read afresh each time, so edits to them show at once.
 */
const renderers = new WeakMap<TemplateSet, TemplateRenderer>();

/**
 * Content by tender and template set: `tender generate` writes the DOCX and the HTML of the same
 * resolved tender, which render the same content (about 0.5 s of the 20,000-line tender's four
 * formats); the content is read-only, so both writers share it.
 */
const contents = new WeakMap<TenderDocument, WeakMap<TemplateSet, DocumentContent>>();

export function documentContent(model: TenderDocument, options: ContentOptions): DocumentContent {
    const templates = loadTemplates(options.templates ? { overrides: options.templates, roots: options.workspaceRoots } : {});
    let byTemplates = contents.get(model);
    const known = byTemplates?.get(templates);
    if (known) return known;
    let renderer = renderers.get(templates);
    if (!renderer) {
        renderer = new TemplateRenderer(templates);
        renderers.set(templates, renderer);
    }
    const content = buildContent(model, renderer);
    if (!byTemplates) contents.set(model, byTemplates = new WeakMap());
    byTemplates.set(templates, content);
    return content;
}
