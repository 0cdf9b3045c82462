/**
 * Reads the templates of a run from disk: the ones shipped in the package's `templates/` folder,
 * with an authority's overrides (the folder `templates` names in tender.config.json) laid over
 * them file by file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { SectionTemplateName, TemplateSet, TemplateSource } from './engine.js';
import { precompileKey, SECTION_TEMPLATES } from './engine.js';
import { TemplateError } from './template-error.js';
import { BoundaryError, checkReadable, isInsideRoots, readTextBounded } from '../../node/boundary.js';
import { realpathSync, statSync } from 'node:fs';

/** The package's own templates (same relative place from src/ and dist/). */
export const SHIPPED_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

export interface LoadTemplatesOptions {
    /** An authority's folder of overrides; any subset of the section templates and partials. */
    readonly overrides?: string;
    /** Where the shipped templates are (tests and bundles may move them). */
    readonly shipped?: string;
    /**
     * The workspace folders the overrides must really be inside, symbolic links followed. Without
     * them, every override file must really be inside the overrides folder.
     */
    readonly roots?: readonly string[];
}

const cache = new Map<string, TemplateSet>();

/** The shipped templates with the overrides laid over them. Throws TemplateError for an unusable folder or file. */
export function loadTemplates(options: LoadTemplatesOptions = {}): TemplateSet {
    const shippedDir = options.shipped ?? SHIPPED_TEMPLATES_DIR;
    const shipped = readFolder(shippedDir, 'shipped');
    if (!options.overrides) {
        return shipped;
    }
    const overrides = readFolder(resolve(options.overrides), 'override', options.roots);
    const sections = new Map(shipped.sections);
    const partials = new Map(shipped.partials);
    for (const [name, source] of overrides.sections) sections.set(name, source);
    for (const [name, source] of overrides.partials) partials.set(name, source);
    return { sections, partials };
}

function readFolder(folder: string, kind: 'shipped' | 'override', roots?: readonly string[]): TemplateSet {
    if (kind === 'shipped' && cache.has(folder)) {
        return cache.get(folder) as TemplateSet;
    }
    let entries: string[];
    let allowed: readonly string[] = [];
    try {
        if (!statSync(folder).isDirectory()) {
            throw new TemplateError(folder, 'the templates folder is a file, not a folder');
        }
        if (kind === 'override') {
            const real = realpathSync.native(folder);
            if (roots && roots.length > 0 && !isInsideRoots(real, roots)) {
                throw new TemplateError(folder, 'the templates folder named in tender.config.json ("templates") is outside the workspace folder (symbolic links followed); only templates inside it are read');
            }
            allowed = roots && roots.length > 0 ? roots : [real];
        }
        entries = readdirSync(folder).filter(name => name.endsWith('.hbs')).sort();
    } catch (error) {
        if (error instanceof TemplateError) throw error;
        throw new TemplateError(folder, kind === 'override'
            ? 'cannot read the templates folder named in tender.config.json ("templates"): it does not exist or is not readable'
            : 'cannot read the shipped templates folder');
    }
    const precompiled = kind === 'shipped' ? readPrecompiled(folder) : undefined;
    const known = new Set<string>(SECTION_TEMPLATES);
    const sections = new Map<SectionTemplateName, TemplateSource>();
    const partials = new Map<string, TemplateSource>();
    for (const entry of entries) {
        const file = join(folder, entry);
        const base = entry.slice(0, -'.hbs'.length);
        let text: string;
        try {
            // An override, or a partial linked to /proc/self/environ or a file outside the workspace,
            // is refused before it is opened: nothing of it reaches a document or a message.
            if (kind === 'override') checkReadable(file, { roots: allowed, kind: 'template' });
            text = readTextBounded(file, { roots: kind === 'override' ? allowed : [], kind: 'template' });
        } catch (error) {
            throw new TemplateError(file, error instanceof BoundaryError ? `this template is refused: ${error.reason}` : 'cannot read this template');
        }
        const made = precompiled?.[entry];
        const spec = made && made.sha256 === sha256(text) ? { precompiled: made.spec } : {};
        if (base.startsWith('_')) {
            partials.set(base.slice(1), { name: base.slice(1), file, text, ...spec });
        } else if (known.has(base)) {
            sections.set(base as SectionTemplateName, { name: base, file, text, ...spec });
        } else {
            throw new TemplateError(file, `overrides no template: section templates are ${SECTION_TEMPLATES.map(s => `${s}.hbs`).join(', ')}; partials start with "_"`);
        }
    }
    const set = { sections, partials };
    if (kind === 'shipped') cache.set(folder, set);
    return set;
}

/** The file the bundle writes beside the shipped templates: each precompiled (engine.ts precompileTemplates). */
export const PRECOMPILED_FILE = 'precompiled.json';

/** SHA-256 of a template's text, in hex: a precompiled template is used only for the text it was made from. */
export function sha256(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The precompiled templates beside the shipped ones, when the bundle wrote them for this version
 * of Handlebars and these compile options; none otherwise (the sources and tests have none, and
 * compile the templates when loaded).
 */
function readPrecompiled(folder: string): Record<string, { sha256: string; spec: string }> | undefined {
    let text: string;
    try {
        text = readFileSync(join(folder, PRECOMPILED_FILE), 'utf8');
    } catch {
        return undefined;
    }
    try {
        const parsed = JSON.parse(text) as { key?: unknown; templates?: unknown };
        if (parsed.key !== precompileKey() || typeof parsed.templates !== 'object' || parsed.templates === null) return undefined;
        const templates: Record<string, { sha256: string; spec: string }> = {};
        for (const [name, made] of Object.entries(parsed.templates as Record<string, unknown>)) {
            const record = made as { sha256?: unknown; spec?: unknown } | null;
            if (record && typeof record.sha256 === 'string' && typeof record.spec === 'string') templates[name] = { sha256: record.sha256, spec: record.spec };
        }
        return templates;
    } catch {
        return undefined;
    }
}
