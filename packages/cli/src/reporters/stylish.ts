/**
 * ESLint's stylish layout: findings grouped per file, `line:col  severity  message  rule-id`, then a
 * summary line. Colour only on a terminal (and never with NO_COLOR). File names and messages are
 * escaped (safe-text.ts): control, bidirectional and invisible characters show as `\u202E`.
 */
import type { FileReport } from '../lint-report.js';
import { countMessages } from '../lint-report.js';
import { displayPath, safeText } from '../safe-text.js';

export function formatStylish(reports: readonly FileReport[], options: { cwd: string; color: boolean }): string {
    const paint = (code: string, text: string) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const lines: string[] = [];
    for (const report of reports) {
        const messages = report.messages.filter(m => !m.suppressed);
        if (messages.length === 0) continue;
        lines.push(paint('4', displayPath(report.path, options.cwd)));
        const rows = messages.map(m => [
            `${m.line}:${m.column}`,
            m.severity,
            safeText(m.message),
            safeText(m.ruleId)
        ]);
        // a loop, not Math.max(...): a spread of 240,000 rows overflows the call stack
        const widths = [0, 1].map(i => rows.reduce((most, r) => Math.max(most, r[i].length), 0));
        for (const row of rows) {
            const severity = row[1].padEnd(widths[1]);
            const colored = row[1] === 'error' ? paint('31', severity) : row[1] === 'warning' ? paint('33', severity) : paint('36', severity);
            lines.push(`  ${paint('2', row[0].padEnd(widths[0]))}  ${colored}  ${row[2]}  ${paint('2', row[3])}`);
        }
        lines.push('');
    }
    const counts = countMessages(reports);
    const total = counts.errors + counts.warnings + counts.infos;
    if (total === 0) {
        lines.push(paint('32', `✔ ${reports.length} ${reports.length === 1 ? 'file' : 'files'} linted, no problems`));
    } else {
        const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${counts.errors} ${plural(counts.errors, 'error')}, ${counts.warnings} ${plural(counts.warnings, 'warning')}, ${counts.infos} ${plural(counts.infos, 'info')}) in ${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
        lines.push(counts.errors > 0 ? paint('31;1', summary) : paint('33;1', summary));
    }
    return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
    return n === 1 ? word : `${word}s`;
}

