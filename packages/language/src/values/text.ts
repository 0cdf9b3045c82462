/**
 * Text literals: `"..."`, which may span lines, with `\"` and `\\` escapes. Any other backslash
 * stands for itself. Also as Word writes it: `“` opens a text that `”` or `"` closes, with no
 * escapes inside (a backslash is itself). `unescapeText` also gives, for each character of the value, its offset in the
 * source token, so a finding on words inside a string lands on the exact characters.
 */

export interface UnescapedText {
    readonly value: string;
    /** offsets[i] is the offset, within the token (quotes included), of value[i]; one extra entry marks the end. */
    readonly offsets: readonly number[];
}

/** The value of a text token (with its quotes). */
export function unquote(token: string): string {
    if (isCurlyQuoted(token)) {
        return token.length >= 2 && /[”"]$/.test(token) ? token.slice(1, -1) : token.slice(1);
    }
    if (token.length < 2 || !token.startsWith('"')) {
        return token;
    }
    const body = token.endsWith('"') ? token.slice(1, -1) : token.slice(1);
    if (!body.includes('\\')) {
        return body;
    }
    return body.replace(/\\(["\\])/g, '$1');
}

/** The value of a text token with the source offset of every character. */
export function unescapeText(token: string): UnescapedText {
    if (isCurlyQuoted(token)) {
        const end = token.length >= 2 && /[”"]$/.test(token) ? token.length - 1 : token.length;
        const offsets: number[] = [];
        for (let i = 1; i <= end; i++) offsets.push(i);
        return { value: token.slice(1, end), offsets };
    }
    const end = token.length >= 2 && token.endsWith('"') ? token.length - 1 : token.length;
    let value = '';
    const offsets: number[] = [];
    for (let i = 1; i < end; i++) {
        const ch = token[i];
        if (ch === '\\' && i + 1 < end && (token[i + 1] === '"' || token[i + 1] === '\\')) {
            offsets.push(i);
            value += token[i + 1];
            i++;
        } else {
            offsets.push(i);
            value += ch;
        }
    }
    offsets.push(end);
    return { value, offsets };
}

/** Writes a value as a text token: quotes around it, `"` and `\` escaped. */
export function quote(value: string): string {
    return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** True for a text token opened by Word's curly quote `“`. */
export function isCurlyQuoted(token: string): boolean {
    return token.startsWith('“');
}

/** A curly-quoted text token rewritten with straight quotes: the same value, `"` and `\` escaped. */
export function straightQuoted(token: string): string {
    return quote(unquote(token));
}

/**
 * A token or path from the input as a message repeats it: cut after `max` characters, so one
 * message stays about one line long (a 100 KB name made a 100 KB message).
 */
export function echoed(text: string, max = 40): string {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
