const SPECIAL = /[&<>"']/;

/** Tender text in HTML: always text, never markup, in element content and in attribute values alike. */
export function escapeHtml(text: string): string {
    // Most texts (numbers, names, plain sentences) hold none of the five: returned as they are.
    if (!SPECIAL.test(text)) return text;
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

/** ` name="value"` with the value escaped; nothing when the value is undefined. */
export function attribute(name: string, value: string | number | undefined): string {
    return value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}
