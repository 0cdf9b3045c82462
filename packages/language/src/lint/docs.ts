/** Where each rule's documentation page lives; the one place that builds the link. */
export const RULE_DOCS_BASE_URL = 'https://github.com/tender-lang/tender/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
    return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}
