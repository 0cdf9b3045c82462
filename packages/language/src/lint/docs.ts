/** Where each rule's documentation page lives; the one place that builds the link. */
export const RULE_DOCS_BASE_URL = 'https://github.com/tender-lang/tender/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
    return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}

/** The language reference, at a section (`2-lexical-rules`): the help for language checks. */
export function languageDocsUrl(section: string): string {
    return `${RULE_DOCS_BASE_URL.replace(/rules\/$/, '')}language.md#${section}`;
}
