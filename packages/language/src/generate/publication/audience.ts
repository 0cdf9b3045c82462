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

/** The model without its internal risks: what every published output is written from. */
export function publicModel(model: TenderDocument): TenderDocument {
    if (!model.risks.some(isInternal)) return model;
    return { ...model, risks: model.risks.filter(r => !isInternal(r)) };
}
