/**
 * The published model (generate/publication/audience.ts): without internal risks, and the same
 * object for the same model, so the DOCX and HTML writers of one run share the rendered content.
 */
import { describe, expect, test } from 'vitest';
import { publicModel } from '../../src/generate/publication/audience.js';
import { documentContent } from '../../src/generate/content/document-content.js';
import { resolveText } from './generate-helpers.js';

describe('the published model', () => {
    test('leaves internal risks out, and is the same object each time for the same model', async () => {
        const model = await resolveText(`tender T {
            title "T"
            risk Open "Providers leave the market" { likelihood low impact high mitigation "Early engagement" }
            risk Secret "The incumbent may challenge the award" { likelihood medium impact high mitigation "Legal advice" internal }
        }`);
        expect(model.risks.map(r => r.name)).toEqual(['Open', 'Secret']);
        const shown = publicModel(model);
        expect(shown.risks.map(r => r.name)).toEqual(['Open']);
        expect(publicModel(model)).toBe(shown);
        expect(documentContent(publicModel(model), {})).toBe(documentContent(shown, {}));
    });
});
