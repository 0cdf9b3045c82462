/**
 * The one way both document writers get their content: the shipped templates with the
 * authority's overrides, rendered for this tender.
 */
import type { TenderDocument } from '../../model/tender-document.js';
import { TemplateRenderer } from '../templates/engine.js';
import { loadTemplates } from '../templates/load-templates.js';
import type { DocumentContent } from './blocks.js';
import { buildContent } from './build-content.js';

export interface ContentOptions {
    /** Folder of override templates (absolute), from tender.config.json `templates`. */
    readonly templates?: string;
}

export function documentContent(model: TenderDocument, options: ContentOptions): DocumentContent {
    const templates = loadTemplates(options.templates ? { overrides: options.templates } : {});
    return buildContent(model, new TemplateRenderer(templates));
}
