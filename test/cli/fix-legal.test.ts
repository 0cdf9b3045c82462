/** `tender lint --fix` on a tender full of legal drafting, as a real process: no term is rewritten, every change is said. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { expectNoStackTrace, removeFolder, tempFolder, tender } from './run-cli.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

const LEGAL = `tender Legal {
    purpose "The Provider shall comply with the Data Protection Act 2018 and shall ensure that personal data is processed in accordance with the UK GDPR."
    service Support "Support" {
        description "The Provider shall use all reasonable endeavours to commence the service prior to 1 April 2027, and best endeavours to keep it running."
    }
    risk Failure "In the event that the Provider fails, the Council may terminate the contract." {
        likelihood low
        impact high
        mitigation "The Provider shall indemnify the Council and warrants that, notwithstanding clause 4, it must comply with the Care Act 2014."
    }
    contract {
        duration 3 years
    }
}
`;

test('--fix leaves every legal drafting term as written, and says the one change it made', () => {
    const dir = tempFolder({ files: { 'legal.tender': LEGAL } });
    folders.push(dir);
    const result = tender(['lint', 'legal.tender', '--fix'], { cwd: dir });
    expect(expectNoStackTrace(result)).toEqual([]);
    const after = readFileSync(join(dir, 'legal.tender'), 'utf8');
    const texts = (source: string) => source.match(/"(?:\\.|[^"\\])*"/g);
    expect(texts(after)).toEqual(texts(LEGAL));
    expect(after).toBe(LEGAL.replace('        duration 3 years\n', '        duration 3 years\n        review every 12 months\n'));
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['legal.tender:13: contract-review: added "review every 12 months"', 'fixed 1 problem in 1 file']);
});
