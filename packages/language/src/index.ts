export * from './tender-module.js';
export * from './generated/ast.js';
export * from './generated/module.js';
export * from './values/index.js';
export * from './references/imports.js';
export * from './lint/define-rule.js';
export * from './lint/config.js';
export * from './lint/editor-settings.js';
export * from './lint/linter.js';
export * from './lint/fixes.js';
export * from './lint/docs.js';
export { rules, ruleIds, rulesById } from './lint/rules/index.js';
export { LANGUAGE_CODES, LANGUAGE_CHECKS, diagnosticCode, docsUrlFor } from './validation/tender-validator.js';
export * from './workspace/load.js';
export * from './workspace/starter.js';
export * from './lsp/protocol.js';
export * from './model/tender-document.js';
export { resolveTender, addDuration } from './model/resolve.js';
export * from './generate/writers.js';
export { docxWriter, writeDocx, commentText } from './generate/docx/docx-writer.js';
export { htmlWriter, renderHtml } from './generate/html/html-writer.js';
export { TemplateError } from './generate/templates/template-error.js';
export { SECTION_TEMPLATES, TemplateRenderer, type SectionTemplateName, type TemplateSet, type TemplateSource } from './generate/templates/engine.js';
export { loadTemplates, SHIPPED_TEMPLATES_DIR, type LoadTemplatesOptions } from './generate/templates/load-templates.js';
export type * from './generate/content/blocks.js';
export * from './generate/generate-tender.js';
export { canonicalJson, utf8 } from './generate/canonical-json.js';
export { packJson, packWriter, tenderPack, TENDER_PACK_SCHEMA_ID, type TenderPack } from './generate/pack/pack-writer.js';
export {
    DEFAULT_OCID_PREFIX, LIGHT_TOUCH_REGIME_CODE, OCDS_EXTENSIONS, OCID_PREFIX_PATTERN, OcdsError, ocdsJson, ocdsReleasePackage,
    ocdsTenderId, ocdsWriter, ocid, partyId, PROCUREMENT_ACT_LEGAL_BASIS, type OcdsOptions
} from './generate/ocds/ocds-writer.js';
export type * from './generate/ocds/ocds-types.js';
export { explainOcds, formatOcdsGaps, type ExplainOptions, type OcdsGap, type OcdsGapKind } from './generate/ocds/explain.js';
export * from './diff/model-diff.js';
export * from './diff/tender-diff.js';
export * from './diff/versions.js';
export { bidWindowOf, describePeriod, PERIOD_LABELS, type BidWindowPeriod } from './diff/bid-window.js';
export { diffRuns, words, acceptedText, rejectedText, type RunsDiff } from './diff/word-diff.js';
