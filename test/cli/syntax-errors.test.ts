/** Syntax errors as a commissioner sees them from `tender lint`, run as a real process. */
import { afterAll, expect, test } from 'vitest';
import { expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

test('each mistake is one plain message on its line: the keyword meant, money as money, dates as 2027-07-01, a stray character by name', () => {
    const text = [
        'tender Support {',
        '    proceedure open',
        '    value 3000000 over 5 years',
        '    title "Support for adults" \u201D',
        '    timeline {',
        '        publish 01/07/2027',
        '    }',
        '}',
        ''
    ].join('\n');
    const dir = tempFolder({ files: { 'support.tender': text } });
    folders.push(dir);
    const result = tender(['lint', 'support.tender', '--format', 'json'], { cwd: dir });
    expect(expectNoStackTrace(result)).toEqual([]);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    const syntax = report.messages.filter(m => m.ruleId === 'syntax-error').map(m => `${m.line}:${m.column} ${m.message}`);
    expect(syntax).toEqual([
        '2:5 Unknown word `proceedure`: did you mean `procedure`?',
        '3:11 `3000000` is a plain number: write it as money, e.g. £3,000,000.',
        '4:32 A stray \u201D (right double quotation mark): texts go between "straight quotes" or \u201Ccurly quotes\u201D.',
        '6:17 `01/07/2027` is not a date the language reads: write dates as 2027-07-01.'
    ]);
    expect(result.stdout).not.toMatch(/MONEY|token of type|offset/);
});
