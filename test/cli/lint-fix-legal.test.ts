/**
 * `tender lint --fix` as a real process on a tender written in legal drafting: no vague-language
 * finding on the terms of the law ("shall ensure", "comply with", "reasonable endeavours", ...),
 * and --fix changes nothing in them; it applies only replacements that cannot change a meaning
 * ("utilise" → "use").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeFolder, tempFolder, tender } from './run-cli.js';

const LEGAL = 'The Provider shall ensure that all Staff comply with the Data Protection Act 2018 and shall, prior to the Commencement Date, '
    + 'commence the mobilisation plan in accordance with Schedule 3, subject to clause 12 and notwithstanding clause 14. '
    + 'The Provider shall use reasonable endeavours (and, where this Contract says so, best endeavours) to recover costs, '
    + 'shall indemnify the Authority in respect of any loss, and warrants that, in the event that a sum remains outstanding, '
    + 'including but not limited to late payment, it will act reasonably, pursuant to clause 20.';

const SOURCE = `tender Legal {
    title "Floating support"
    purpose "${LEGAL}"
    service Support "Support" {
        description "${LEGAL} The Provider will utilise the Council's case management system."
    }
    participation { requirement "${LEGAL}" }
    risk ProviderFailure "${LEGAL}" { mitigation "${LEGAL}" }
}
`;

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

describe('tender lint on legal drafting', () => {
    test('no vague-language finding on legal drafting terms', () => {
        const dir = tempFolder({ files: { 'legal.tender': SOURCE } });
        folders.push(dir);
        const result = tender(['lint', 'legal.tender', '--format', 'json'], { cwd: dir });
        const report = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
        const lines = SOURCE.split('\n');
        const vague = report[0].messages.filter(m => m.ruleId === 'vague-language')
            .map(m => lines[m.line - 1].slice(m.column - 1, m.endColumn - 1));
        expect(vague).toEqual(['utilise']);
    });

    test('--fix changes nothing in the legal drafting', () => {
        const dir = tempFolder({ files: { 'legal.tender': SOURCE } });
        folders.push(dir);
        tender(['lint', 'legal.tender', '--fix'], { cwd: dir });
        expect(readFileSync(join(dir, 'legal.tender'), 'utf8')).toBe(SOURCE.replace('will utilise', 'will use'));
    });
});
