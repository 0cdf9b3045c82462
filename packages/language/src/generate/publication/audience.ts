/**
 * What each audience may see: `internal` risks are for the council's eyes only, never in the
 * DOCX, HTML, OCDS or pack JSON, except the review outputs (`--review`, `tender diff`), where they
 * are marked "not for publication", and the pack JSON when `--include-internal` is given (which
 * `--for-publication` refuses). Reads the resolved model only, as writers do.
 */
import type { RiskModel, TenderDocument } from '../../model/tender-document.js';

/** The label review outputs put on an internal risk. */
export const NOT_FOR_PUBLICATION = 'not for publication';

/** Whether a risk is for the council's eyes only. */
export function isInternal(risk: RiskModel): boolean {
    return (risk as { internal?: boolean }).internal === true;
}

/**
 * The model without its internal risks: what every published output is written from. The same
 * object for the same model (remembered), so the DOCX and HTML writers of one run find the
 * document content already rendered for it (content/document-content.ts keeps it by model).
 */
export function publicModel(model: TenderDocument): TenderDocument {
    if (!model.risks.some(isInternal)) return model;
    let shown = publicModels.get(model);
    if (!shown) {
        shown = { ...model, risks: model.risks.filter(r => !isInternal(r)) };
        publicModels.set(model, shown);
    }
    return shown;
}

const publicModels = new WeakMap<TenderDocument, TenderDocument>();
