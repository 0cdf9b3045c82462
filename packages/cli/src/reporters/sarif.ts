/**
 * SARIF 2.1.0: one run; `tool.driver.rules` lists every lint rule and language check with its
 * help link and default level; suppressed findings carry a `suppressions` entry.
 * Files inside the current folder are named relative to it (`uriBaseId` SRCROOT), as code scanning
 * services expect, so the log does not depend on where the repository was checked out.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '@tender/language';
import { LANGUAGE_CHECKS, ruleDocsUrl, rules } from '@tender/language';
import type { FileReport, MessageSeverity } from '../lint-report.js';
import { safeText } from '../safe-text.js';

const LEVEL: Record<MessageSeverity | Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(reports: readonly FileReport[], options: { version: string; cwd?: string }): string {
    const artifact = (path: string) => artifactLocation(path, options.cwd);
    const driverRules = [
        ...rules.map(rule => ({
            id: rule.meta.id,
            name: camel(rule.meta.id),
            shortDescription: { text: rule.meta.description },
            fullDescription: { text: `${rule.meta.description} Source: ${rule.meta.source}` },
            helpUri: ruleDocsUrl(rule.meta.id),
            defaultConfiguration: { level: LEVEL[rule.meta.severity] },
            properties: { category: rule.meta.category }
        })),
        ...LANGUAGE_CHECKS.map(check => ({
            id: check.id,
            name: camel(check.id),
            shortDescription: { text: check.description },
            helpUri: check.helpUri,
            defaultConfiguration: { level: check.id === 'unused-suppression' ? 'note' : 'error' },
            properties: { category: 'language' }
        }))
    ];
    const index = new Map(driverRules.map((r, i) => [r.id, i]));
    const results = reports.flatMap(report => report.messages.map(m => ({
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        // Shown to people by code scanning services: invisible and direction-changing characters as escapes.
        message: { text: safeText(m.message) },
        locations: [{
            physicalLocation: {
                artifactLocation: artifact(report.path),
                region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }
            }
        }],
        ...(m.suppressed ? {
            suppressions: [{
                kind: 'inSource',
                status: 'accepted',
                ...(m.suppressed.justification ? { justification: m.suppressed.justification } : {})
            }]
        } : {})
    })));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'tender',
                    version: options.version,
                    informationUri: 'https://github.com/tender-lang/tender',
                    rules: driverRules
                }
            },
            ...(options.cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(options.cwd) } } } : {}),
            artifacts: reports.map(r => ({ location: artifact(r.path) })),
            // positions are LSP positions: columns count UTF-16 code units
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

const SRCROOT = 'SRCROOT';

function artifactLocation(path: string, cwd: string | undefined): { uri: string; uriBaseId?: string } {
    if (cwd) {
        const rel = relative(cwd, path);
        if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
            return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
        }
    }
    return { uri: pathToFileURL(path).href };
}

function folderUri(folder: string): string {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}

function camel(id: string): string {
    return id.split('-').map((p, i) => i === 0 ? p : p[0].toUpperCase() + p.slice(1)).join('');
}
