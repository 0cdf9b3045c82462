/** Machine-readable results, one entry per file, in the shape ESLint's json formatter uses. */
import type { FileReport } from '../lint-report.js';

export function formatJson(reports: readonly FileReport[]): string {
    const output = reports.map(report => {
        const active = report.messages.filter(m => !m.suppressed);
        return {
            filePath: report.path,
            messages: report.messages.map(m => ({
                ruleId: m.ruleId,
                severity: m.severity,
                message: m.message,
                line: m.line,
                column: m.column,
                endLine: m.endLine,
                endColumn: m.endColumn,
                ...(m.suppressed ? { suppressed: m.suppressed } : {})
            })),
            errorCount: active.filter(m => m.severity === 'error').length,
            warningCount: active.filter(m => m.severity === 'warning').length,
            infoCount: active.filter(m => m.severity === 'info').length
        };
    });
    return JSON.stringify(output, null, 2) + '\n';
}
