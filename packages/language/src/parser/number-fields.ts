/**
 * Keeps the position numbers of tokens and syntax nodes as small integers inside their objects.
 *
 * V8 gives all objects of one shape the same layout per field. Chevrotain makes a few tokens with
 * NaN positions (its end-of-file token, tokens inserted by error recovery); a NaN in a field that
 * held only small integers turns that field into a "double" field, and from then on every token,
 * every LSP position ({ character, line }) and every leaf syntax node stores its number in a
 * separate 12-byte box. On a 100-file workspace that was about 800,000 boxes (12.5 MB of the
 * language server's 127 MB heap), and as many more objects for the garbage collector to walk.
 *
 * Making these fields general ("tagged": any value) before the first token exists keeps small
 * integers inline and boxes only the rare NaN. The objects below are made once, with the same
 * properties in the same order as Chevrotain's lexer (createFullToken), Langium's tokenToRange and
 * LeafCstNodeImpl make theirs, and with values that are not numbers. Nothing reads them; a later
 * Chevrotain or Langium that orders its properties differently only loses the saving.
 */
import { LeafCstNodeImpl } from 'langium';

let done = false;

export function keepPositionNumbersInline(): void {
    if (done) return;
    done = true;
    const none = undefined as unknown as number;
    const shapes: unknown[] = [
        // Chevrotain's token (lexer_public.js createFullToken)
        { image: '', startOffset: none, endOffset: none, startLine: none, endLine: none, startColumn: none, endColumn: none, tokenTypeIdx: none, tokenType: none },
        // an LSP position as Langium's tokenToRange writes it, and as Position.create does
        { character: none, line: none },
        { line: none, character: none },
        // a leaf of the syntax tree: its offset and length
        new LeafCstNodeImpl(none, none, undefined as never, undefined as never)
    ];
    positionShapes.push(...shapes);
}

/** The objects made above, held so their shapes are not collected before others share them. */
export const positionShapes: unknown[] = [];
