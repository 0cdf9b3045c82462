/**
 * The lint-clean examples stay lint clean (no error, no warning) under the default configuration,
 * as a user would check them: `tender lint <files> --max-warnings 0`.
 */
import { describe, expect, test } from 'vitest';
import { tenderAsync } from './run-cli.js';

const CLEAN = [
    'examples/anyborough/multiple-disadvantage.tender',
    'examples/westhaven/young-people-accommodation.tender',
    'examples/northvale',
    'examples/grants'
];

describe('lint-clean examples', () => {
    test.each(CLEAN)('%s lints with no error and no warning', async (path) => {
        const result = await tenderAsync(['lint', path, '--max-warnings', '0', '--format', 'json']);
        const findings = (JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; severity: string; line: number; message: string }[] }[])
            .flatMap(r => r.messages.filter(m => m.severity !== 'info').map(m => `${r.filePath.split('/examples/')[1]}:${m.line} ${m.ruleId} ${m.message}`));
        expect(findings).toEqual([]);
        expect(result.code).toBe(0);
    });

    test.each([
        'examples/anyborough/multiple-disadvantage.tender',
        'examples/westhaven/young-people-accommodation.tender'
    ])('%s gives every fact its notice needs: no notice-incomplete finding (the reference\'s normative examples)', async (path) => {
        const result = await tenderAsync(['lint', path, '--format', 'json']);
        const notice = (JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[])
            .flatMap(r => r.messages.filter(m => m.ruleId === 'notice-incomplete').map(m => `${m.line} ${m.message}`));
        expect(notice).toEqual([]);
    });

    test('first-draft.tender is the opposite: it has errors (exit 1)', async () => {
        const result = await tenderAsync(['lint', 'examples/anyborough/first-draft.tender']);
        expect(result.code).toBe(1);
    });
});
