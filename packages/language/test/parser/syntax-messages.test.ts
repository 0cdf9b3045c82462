/**
 * Syntax errors a commissioner can act on: each message says what was found in plain words and
 * what to write instead, never a token type name or an offset, and one mistake gives at most one
 * error on its line.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { lint } from '../helpers.js';
import { closestKeyword, describeCharacter, editDistance, strayCharacterMessage } from '../../src/parser/syntax-messages.js';

async function syntaxErrors(text: string): Promise<Diagnostic[]> {
    const { diagnostics } = await lint(text);
    return diagnostics.filter(d => d.code === 'syntax-error');
}

/** The text a diagnostic's range covers. */
function covered(text: string, d: Diagnostic): string {
    const lines = text.split('\n');
    return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

/** Never a token type name, a chevrotain phrase or an offset. */
function expectPlain(message: string): void {
    expect(message).not.toMatch(/\b(MONEY|NUMBER|STRING|DATE|PERCENT|TIME|ID|EOF)\b/);
    expect(message).not.toMatch(/token of type|offset|->|<-|Expecting|skipped \d+ characters/i);
    expect(message.length).toBeLessThanOrEqual(200);
}

describe('a misspelt keyword', () => {
    test('gets the keyword it was meant to be', async () => {
        const text = 'tender T {\n    proceedure open\n}\n';
        const [error, ...rest] = await syntaxErrors(text);
        expect(rest).toEqual([]);
        expect(error.message).toBe('Unknown word `proceedure`: did you mean `procedure`?');
        expect(covered(text, error)).toBe('proceedure');
        expectPlain(error.message);
    });

    test('a hyphenated keyword misspelt is one word, with one error on its line', async () => {
        const text = 'tender T {\n    engagement {\n        servise-users "We asked 40 people"\n    }\n}\n';
        const errors = await syntaxErrors(text);
        expect(errors.map(e => e.message)).toEqual(['Unknown word `servise-users`: did you mean `service-users`?']);
        expect(covered(text, errors[0])).toBe('servise-users');
    });

    test('an element keyword misspelt at the top of the file', async () => {
        const [error] = await syntaxErrors('tendr T {\n}\n');
        expect(error.message).toBe('Unknown word `tendr`: did you mean `tender`?');
    });

    test('a word close to no keyword says so without guessing', async () => {
        const [error] = await syntaxErrors('tender T {\n    zzzzqqq open\n}\n');
        expect(error.message).toMatch(/^Unknown word `zzzzqqq`/);
        expect(error.message).not.toMatch(/did you mean/);
        expectPlain(error.message);
    });

    test('suggestions: small edits only, transpositions count once', () => {
        expect(editDistance('proceedure', 'procedure')).toBe(1);
        expect(editDistance('tedner', 'tender')).toBe(1);
        expect(closestKeyword('yeers', ['years', 'year', 'weeks'])).toBe('years');
        expect(closestKeyword('value', ['value'])).toBeUndefined(); // a keyword is not a misspelling
        expect(closestKeyword('lot', ['plot', 'slot', 'outcome'])).toBe('plot');
        expect(closestKeyword('xyz', ['outcome', 'tender'])).toBeUndefined();
    });
});

describe('numbers where money, percentages or dates are expected', () => {
    test('a plain number where money is expected: write it as money', async () => {
        const text = 'tender T {\n    value 3000000 over 5 years\n}\n';
        const [error, ...rest] = await syntaxErrors(text);
        expect(rest).toEqual([]);
        expect(error.message).toBe('`3000000` is a plain number: write it as money, e.g. £3,000,000.');
        expect(covered(text, error)).toBe('3000000');
        expectPlain(error.message);
    });

    test('a plain number where a percentage is expected', async () => {
        const [error] = await syntaxErrors('tender T {\n    award-criteria {\n        price "Price" weight 40\n    }\n}\n');
        expect(error.message).toBe('`40` is a plain number: write it as a percentage, e.g. 40%.');
    });

    test('a date written day/month/year: write dates as year-month-day, one error over the whole date', async () => {
        const text = 'tender T {\n    timeline {\n        publish 01/07/2027\n    }\n}\n';
        const errors = await syntaxErrors(text);
        const onLine = errors.filter(e => e.range.start.line === 2);
        expect(onLine).toHaveLength(1);
        expect(onLine[0].message).toBe('`01/07/2027` is not a date the language reads: write dates as 2027-07-01.');
        expect(covered(text, onLine[0])).toBe('01/07/2027');
    });

    test('other ways of writing dates', async () => {
        const dotted = await syntaxErrors('tender T {\n    timeline { publish 1.7.27 }\n}\n');
        expect(dotted[0].message).toContain('write dates as 2027-07-01');
        const loose = await syntaxErrors('tender T {\n    timeline { publish 2027-3-1 }\n}\n');
        expect(loose[0].message).toContain('write dates as 2027-03-01');
    });
});

describe('amounts, percentages, dates and lists written in words', () => {
    test('money with its size in words: write £2.4m', async () => {
        const text = 'tender T {\n    value £2.4 million over 5 years\n}\n';
        const errors = await syntaxErrors(text);
        expect(errors.map(e => e.message)).toEqual(['Write `£2.4 million` as £2.4m, with no space.']);
        expect(covered(text, errors[0])).toBe('£2.4 million');
    });

    test('a percentage in words: write 50%', async () => {
        const [error] = await syntaxErrors('tender T {\n    outcome A "a" {\n        target 2 years 50 percent\n    }\n}\n');
        expect(error.message).toBe('Write `50 percent` as 50%.');
    });

    test('a date with the month in words: write dates as 2027-04-19', async () => {
        const text = 'tender T {\n    timeline { bid-deadline 19 April 2027 }\n}\n';
        const [error] = await syntaxErrors(text);
        expect(error.message).toBe('`19 April 2027` is not a date the language reads: write dates as 2027-04-19.');
        expect(covered(text, error)).toBe('19 April 2027');
    });

    test('names in a list without a comma; a capitalised name is never taken for a misspelt keyword', async () => {
        const [error] = await syntaxErrors('tender T {\n    cohort Adults {\n        needs Homelessness Offending\n    }\n}\n');
        expect(error.message).toBe('A comma is missing between `Homelessness` and `Offending`: separate the names in a list with commas.');
        expect(error.message).not.toMatch(/did you mean/);
    });
});

describe('stray characters', () => {
    test('named in words', async () => {
        const text = 'tender T {\n    title "Support" \u201D\n}\n';
        const errors = await syntaxErrors(text);
        expect(errors).toHaveLength(1);
        expect(errors[0].message).toMatch(/^A stray \u201D \(right double quotation mark\)/);
        expectPlain(errors[0].message);
    });

    test('a colon after a property name', async () => {
        const [error] = await syntaxErrors('tender T {\n    title: "Support"\n}\n');
        expect(error.message).toBe('A stray : (colon): a property takes no colon, e.g. title "Support for adults".');
    });

    test('characters by name, invisible ones by name only', () => {
        expect(describeCharacter('\u201C')).toBe('\u201C (left double quotation mark)');
        expect(describeCharacter('\u00A0')).toBe('(non-breaking space)');
        expect(describeCharacter('\u2603')).toBe('\u2603 (U+2603)');
        expect(strayCharacterMessage('a \u2014 b', 2, 1)).toBe('A stray \u2014 (em dash): remove it, or put it inside a text.');
    });

    test('an opening quote the lexer cannot close reads as a missing closing quote', () => {
        expect(strayCharacterMessage('title "Support\n', 6, 1)).toBe('This text has no closing quote: add one where the text ends.');
    });
});

describe('braces', () => {
    test('a block left open at the end of the file', async () => {
        const [error] = await syntaxErrors('tender T {\n    title "x"\n');
        expect(error.message).toBe('The file ends while a block is still open: add the missing `}`.');
    });

    test('a closing brace too many', async () => {
        const [error] = await syntaxErrors('tender T {\n}\n}\n');
        expect(error.message).toBe('This `}` closes nothing: remove it, or check the braces above.');
    });

    test('a block without its opening brace', async () => {
        const [error] = await syntaxErrors('tender T {\n    engagement\n        level involve\n    }\n}\n');
        expect(error.message).toBe('Expected `{` here to open the block, but found `level`.');
    });
});

describe('one error per line', () => {
    test('a text left open wins its line: its error is the one kept there', async () => {
        // the title's text closes at the purpose's first quote; the purpose's second quote is then left open
        const text = 'tender T {\n    title "Support for adults\n    purpose "x"\n    value £1m over 2 years\n}\n';
        const errors = await syntaxErrors(text);
        expect(errors.filter(e => e.range.start.line === 2).map(e => e.message)).toEqual(['This text has no closing quote: add one where the text ends.']);
    });

    test('a line with several mistakes shows the first', async () => {
        const text = 'tender T {\n    value 3000000 \u201D over 5 yeers\n}\n';
        const errors = await syntaxErrors(text);
        expect(errors.filter(e => e.range.start.line === 1)).toHaveLength(1);
    });

    test('no message anywhere names a token type or an offset', async () => {
        const broken = [
            'tender T {\n    value £\n}\n',
            'tender T {\n    procedure 12\n}\n',
            'tender T {\n    cohort { }\n}\n',
            'tender T {\n    award-criteria { technical weight 50% }\n}\n',
            'import\n',
            'tender T {\n    timeline { publish "2027" }\n}\n',
            'framework F { need }\n',
            '\u00A0tender T { }\n'
        ];
        for (const text of broken) {
            for (const error of await syntaxErrors(text)) {
                expectPlain(error.message);
            }
        }
    });
});
