/**
 * Keeps the linter in step with the editor's `tender.*` settings and with tender.config.json files,
 * without a reload: when either changes, every document is linted again and its diagnostics are
 * published anew.
 */
import type { LangiumDocument } from 'langium';
import { URI, UriUtils } from 'langium';
import type { TenderServices } from '../tender-module.js';
import { CONFIG_FILE_NAME } from '../lint/config.js';
import type { EditorLintSettings } from '../lint/editor-settings.js';
import { EDITOR_SETTINGS_SECTION, editorSettingsToConfig } from '../lint/editor-settings.js';
import { ruleIds } from '../lint/rules/index.js';

/** The keys of the settings section that concern linting (others, such as output.folder, are the client's). */
const LINT_KEYS = ['rules', 'thresholds', 'vague'] as const;

export class EditorSettingsSync {
    protected readonly services: TenderServices;
    protected applied = JSON.stringify({ config: {}, problems: [] });

    constructor(services: TenderServices) {
        this.services = services;
    }

    /** Starts listening: call once, before the language server starts. */
    start(): void {
        const shared = this.services.shared;
        const configuration = shared.workspace.ConfigurationProvider;
        // The first settings arrive with `initialized`; Langium fires no event for them.
        configuration.ready.then(async () => {
            const section: Record<string, unknown> = {};
            for (const key of LINT_KEYS) {
                section[key] = await configuration.getConfiguration(EDITOR_SETTINGS_SECTION, key);
            }
            await this.apply(section);
        }).catch(error => console.error('tender: could not read the editor settings:', error));
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section === EDITOR_SETTINGS_SECTION) {
                void this.apply(update.configuration);
            }
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME)) {
                this.services.lint.ConfigProvider.clear();
                void this.relint();
            }
        });
    }

    /** Applies a settings section; returns whether anything changed. */
    async apply(section: unknown): Promise<boolean> {
        const settings = editorSettingsToConfig(section, new Set(ruleIds));
        const key = JSON.stringify(settings);
        if (key === this.applied) {
            return false;
        }
        this.applied = key;
        this.services.lint.ConfigProvider.setEditorSettings(settings.config);
        this.report(settings);
        await this.relint();
        return true;
    }

    /** Lints every document again (the configuration changed) and publishes the new diagnostics. */
    async relint(): Promise<void> {
        const shared = this.services.shared;
        const documents: LangiumDocument[] = shared.workspace.LangiumDocuments.all.toArray();
        for (const document of documents) {
            this.services.lint.Linter.clear(document);
        }
        await shared.workspace.WorkspaceLock.write(token =>
            shared.workspace.DocumentBuilder.update(documents.map(d => d.uri), [], token));
    }

    protected report(settings: EditorLintSettings): void {
        if (settings.problems.length === 0) {
            return;
        }
        const connection = this.services.shared.lsp.Connection;
        const text = settings.problems.map(p => p.message).join(' ');
        if (connection) {
            void connection.window.showWarningMessage(`Tender settings: ${text}`);
        } else {
            console.warn(`Tender settings: ${text}`);
        }
    }
}
