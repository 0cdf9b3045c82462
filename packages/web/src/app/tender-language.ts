/**
 * Highlighting for .tender files: a CodeMirror stream language from the grammar's keyword list
 * (bundled at build time from the grammar Langium generated), with the grammar's terminals for
 * strings, comments, money, dates, times of day, percentages and numbers. Colours meet WCAG AA contrast on white.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import type { StringStream } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import keywords from 'tender:keywords';

const KEYWORDS = new Set(keywords);
/** A word as keywords are written: letters, digits, hyphens (award-criteria), underscores. */
const WORD = /^[A-Za-z_][A-Za-z0-9_-]*/;

interface State { inComment: boolean }

export const tenderLanguage = StreamLanguage.define<State>({
    name: 'tender',
    startState: () => ({ inComment: false }),
    token(stream: StringStream, state: State): string | null {
        if (state.inComment) {
            if (stream.skipTo('*/')) {
                stream.match('*/');
                state.inComment = false;
            } else stream.skipToEnd();
            return 'blockComment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'lineComment';
        }
        if (stream.match('/*')) {
            state.inComment = true;
            return 'blockComment';
        }
        if (stream.match(/^"(\\.|[^"\\])*"?/) || stream.match(/^“[^”"]*[”"]?/)) return 'string';
        if (stream.match(/^\d{4}-\d{2}-\d{2}/)) return 'number';
        // A time of day (`12:00`, language 1.1): the grammar's TIME, one token rather than two numbers.
        if (stream.match(/^\d{2}:\d{2}(?![\d:])/)) return 'number';
        if (stream.match(/^[£€$](\d{1,3}(,\d{3})+|\d+)(\.\d+)?(bn|k|m)?/)) return 'number';
        if (stream.match(/^\d+(,\d+)*(\.\d+)?%?/)) return 'number';
        const word = stream.match(WORD) as RegExpMatchArray | null;
        if (word) {
            // A keyword must not run into a hyphen: `award-criteria` is one keyword.
            let text = word[0];
            while (text.length > 0 && !KEYWORDS.has(text) && text.includes('-')) {
                const cut = text.lastIndexOf('-');
                stream.backUp(text.length - cut);
                text = text.slice(0, cut);
            }
            return KEYWORDS.has(text) ? 'keyword' : 'variableName';
        }
        stream.next();
        return null;
    },
    languageData: {
        commentTokens: { line: '//', block: { open: '/*', close: '*/' } },
        closeBrackets: { brackets: ['(', '[', '{', '"'] },
        indentOnInput: /^\s*\}$/
    }
});

/** Dark enough on white for 4.5:1 or more. */
export const tenderHighlighting = syntaxHighlighting(HighlightStyle.define([
    { tag: tags.keyword, color: '#5a2d91', fontWeight: '600' },
    { tag: tags.string, color: '#0b6623' },
    { tag: [tags.lineComment, tags.blockComment], color: '#5f6368', fontStyle: 'italic' },
    { tag: tags.number, color: '#9a3c00' },
    { tag: tags.variableName, color: '#1a1a1a' }
]));
