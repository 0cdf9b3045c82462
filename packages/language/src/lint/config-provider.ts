/**
 * Finds the tender.config.json that applies to a document (its folder or the nearest parent) and
 * caches it per folder. Editor settings, when the language server has them, lie under the file.
 */
import type { FileSystemProvider, LangiumSharedCoreServices } from 'langium';
import { URI, UriUtils } from 'langium';
import type { LintConfig } from './config.js';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig, parseConfig } from './config.js';
import { ruleIds } from './rules/index.js';

export class ConfigProvider {
    protected readonly fileSystem: FileSystemProvider;
    protected readonly byFolder = new Map<string, LintConfig>();
    protected readonly fileByFolder = new Map<string, URI | undefined>();
    protected editorSettings: Partial<LintConfig> | undefined;

    /** The workspace folders: the search for a config file stops at the one a document is in. */
    protected readonly roots: () => readonly URI[];

    constructor(services: LangiumSharedCoreServices, roots: () => readonly URI[] = () => []) {
        this.fileSystem = services.workspace.FileSystemProvider;
        this.roots = roots;
    }

    /** The configuration for a document. */
    getConfig(documentUri: URI): LintConfig {
        const folder = UriUtils.dirname(documentUri);
        const key = folder.toString();
        let config = this.byFolder.get(key);
        if (!config) {
            config = this.load(folder);
            this.byFolder.set(key, config);
        }
        return config;
    }

    /** The config file that applies to a document, if any. */
    findConfigFile(documentUri: URI): URI | undefined {
        return this.findFrom(UriUtils.dirname(documentUri));
    }

    /** Settings from the editor; the config file wins where both set a value. */
    setEditorSettings(settings: Partial<LintConfig> | undefined): void {
        this.editorSettings = settings;
        this.clear();
    }

    /** Forget cached files (a config file changed). */
    clear(): void {
        this.byFolder.clear();
        this.fileByFolder.clear();
    }

    protected load(folder: URI): LintConfig {
        const base = this.editorSettings ? mergeConfig(DEFAULT_CONFIG, this.editorSettings) : DEFAULT_CONFIG;
        const file = this.findFrom(folder);
        if (!file) {
            return base;
        }
        let text: string;
        try {
            text = this.fileSystem.readFileSync(file);
        } catch (error) {
            const reason = typeof error === 'object' && error !== null && typeof (error as { reason?: unknown }).reason === 'string'
                ? (error as { reason: string }).reason : error instanceof Error ? error.message : String(error);
            return { ...base, problems: [{ file: file.fsPath, message: `Cannot read ${file.fsPath}: ${reason}; using the default configuration.` }] };
        }
        const parsed = parseConfig(text, file.fsPath, new Set(ruleIds));
        return this.editorSettings ? mergeConfig(mergeConfig(DEFAULT_CONFIG, this.editorSettings), stripDefaults(parsed)) : parsed;
    }

    protected findFrom(folder: URI): URI | undefined {
        const key = folder.toString();
        if (this.fileByFolder.has(key)) {
            return this.fileByFolder.get(key);
        }
        let found: URI | undefined;
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        try {
            if (this.fileSystem.existsSync(candidate)) {
                found = candidate;
            }
        } catch {
            found = undefined;
        }
        // A config above the workspace folder belongs to someone else: the search stops at the root.
        const isRoot = this.roots().some(root => root.scheme === folder.scheme && trimSlash(root.path) === trimSlash(folder.path));
        if (!found && !isRoot) {
            const parent = UriUtils.dirname(folder);
            if (parent.toString() !== folder.toString() && parent.path !== folder.path) {
                found = this.findFrom(parent);
            }
        }
        this.fileByFolder.set(key, found);
        return found;
    }
}

function trimSlash(path: string): string {
    return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Keeps only the thresholds a config file actually sets, so editor settings show through the rest. */
function stripDefaults(parsed: LintConfig): Partial<LintConfig> {
    const set = new Set<string>(parsed.thresholdsSet ?? []);
    const thresholds = Object.fromEntries(Object.entries(parsed.thresholds).filter(([k]) => set.has(k)));
    return { ...parsed, thresholds: thresholds as unknown as LintConfig['thresholds'] };
}
