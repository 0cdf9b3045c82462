/**
 * Text from a workspace (file names, echoed tokens, tender text in messages) made safe to print in
 * a terminal or a CI log: characters that move the cursor, start a new line, hide text or reverse
 * its direction are shown as escapes (`\n`, `\u202E`), so no line of output can begin with text
 * from the input (a file named `::error file=x::` forges no CI annotation) and what is shown is
 * what is there.
 */
import { isAbsolute, relative } from 'node:path';

/**
 * C0 and C1 controls, DEL, bidirectional controls and marks, zero-width and invisible characters,
 * line and paragraph separators, the invisible tag characters (U+E0000 to U+E007F, which can spell
 * hidden text) and unpaired surrogates.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}\ud800-\udfff]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every unsafe character shown as an escape (`\\u202E`, `\\u{E0041}`). */
export function safeText(text: string): string {
    return text.replace(UNSAFE, ch => {
        const code = ch.codePointAt(0)!;
        return NAMED[ch] ?? (code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
    });
}

/**
 * A file path for the start of a line: escaped, and led by `./` when it would begin with anything
 * but a letter, digit, `_`, `.`, `/` or `~` (CI logs read `::` and `##` at the start of a line as commands).
 */
export function safePath(path: string): string {
    const safe = safeText(path);
    return /^[\p{L}\p{N}_./~\\]/u.test(safe) ? safe : `./${safe}`;
}

/**
 * A path as the user would write it, for messages: relative to the current folder when inside it,
 * else absolute; escaped and led as safePath does. Every command names files through this.
 */
export function displayPath(path: string, cwd: string): string {
    const rel = relative(cwd, path);
    return safePath(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

/**
 * A message of several lines (a template error with its code frame): each line escaped, and every
 * line after the first indented, so that none can begin with text from the input.
 */
export function safeLines(text: string): string {
    return text.split('\n').map((line, i) => {
        const safe = safeText(line);
        return i === 0 || /^\s/.test(safe) ? safe : `    ${safe}`;
    }).join('\n');
}

/** A message that starts with a file name (TemplateError's): the name escaped whole, the rest by safeLines. */
export function safeFileMessage(file: string, message: string): string {
    return message.startsWith(file) ? safeText(file) + safeLines(message.slice(file.length)) : safeLines(message);
}
