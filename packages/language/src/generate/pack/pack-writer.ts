/**
 * The pack JSON (`<reference>.pack.json`): the whole resolved tender for other tools, with the
 * JSON Schema it follows (`schemas/tender-pack.schema.json`) and the version of its shape.
 */
import type { TenderDocument } from '../../model/tender-document.js';
import { TENDER_DOCUMENT_FORMAT_VERSION } from '../../model/tender-document.js';
import type { Writer, WriterOptions } from '../writers.js';
import { canonicalJson, canonicalJsonBytes } from '../canonical-json.js';
import { publicModel } from '../publication/audience.js';

/** Where the published schema lives (the `schemas/` folder of the @tender/language package). */
export const TENDER_PACK_SCHEMA_ID = 'https://unpkg.com/@tender/language/schemas/tender-pack.schema.json';

export interface TenderPack {
    readonly $schema: string;
    readonly formatVersion: string;
    readonly tender: TenderDocument;
}

export function tenderPack(model: TenderDocument): TenderPack {
    return { $schema: TENDER_PACK_SCHEMA_ID, formatVersion: TENDER_DOCUMENT_FORMAT_VERSION, tender: model };
}

/** The pack as text: keys sorted at every level (`$schema` and `formatVersion` first), two-space indent. */
export function packJson(model: TenderDocument): string {
    return canonicalJson(tenderPack(model), PACK_ORDER);
}

const PACK_ORDER = { top: ['$schema', 'formatVersion'] };

export const packWriter: Writer = {
    id: 'json',
    description: 'pack JSON: the whole resolved tender, valid against schemas/tender-pack.schema.json',
    extension: '.pack.json',
    write(model: TenderDocument, options: WriterOptions): Promise<Uint8Array> {
        // Internal risks only with --include-internal (which --for-publication refuses).
        // Its bytes written piece by piece (no whole string of the tens of megabytes beside them).
        return Promise.resolve(canonicalJsonBytes(tenderPack(options.includeInternal ? model : publicModel(model)), PACK_ORDER));
    }
};
