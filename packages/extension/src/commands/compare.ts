/**
 * "Tender: Compare with Last Reviewed Version": the redline of the tender in the editor against
 * the version legal last saw (a git revision, remembered per file, or another .tender file),
 * beside the editor. The server makes the redline (tender/compare, as `tender diff` does); the
 * panel is the preview's, so it follows edits and the cursor.
 */
import type { Disposable, ExtensionContext, Memento, TextEditor, Uri } from 'vscode';
import { Uri as VsUri, ViewColumn, window } from 'vscode';
import type { CompareAgainst, CompareResult, PreviewResult } from '@tender/language/protocol';
import type { TenderServer } from '../client.js';
import { TenderPreview } from '../preview/preview-panel.js';

export const REDLINE_VIEW_TYPE = 'tender.redline';

/** Where the version last compared with is kept, per file, in the workspace's state. */
const STATE_KEY = 'tender.reviewedVersion';

interface Choice {
    readonly label: string;
    readonly description?: string;
    readonly pick: () => Promise<CompareAgainst | undefined>;
}

/** The redline of one document against one earlier version, in a preview panel. */
export class RedlinePreview extends TenderPreview {
    readonly against: CompareAgainst;

    constructor(options: ConstructorParameters<typeof TenderPreview>[0] & { against: CompareAgainst }) {
        super(options);
        this.against = options.against;
    }

    protected override async request(): Promise<PreviewResult> {
        const result: CompareResult = await this.server.compare({ uri: this.document.toString(), against: this.against });
        return result.kind === 'html' ? { kind: 'html', html: result.html, title: result.title, version: result.version } : result;
    }

    protected override panelTitle(name: string): string {
        return `Changes: ${name} since ${describe(this.against)}`;
    }
}

function describe(against: CompareAgainst): string {
    return against.kind === 'git' ? against.ref : VsUri.parse(against.uri).path.split('/').pop() ?? 'the file';
}

/** One redline panel per tender; comparing again with another version replaces it. */
export class TenderRedlines implements Disposable {
    protected readonly panels = new Map<string, RedlinePreview>();

    constructor(protected readonly server: TenderServer, protected readonly extensionUri: Uri, protected readonly state: Memento) {}

    async compare(editor: TextEditor | undefined = window.activeTextEditor): Promise<RedlinePreview | undefined> {
        if (!editor || editor.document.languageId !== 'tender') {
            void window.showErrorMessage('Tender: open a .tender file to compare it with the version last reviewed.');
            return undefined;
        }
        const document = editor.document.uri;
        if (document.scheme !== 'file') {
            void window.showErrorMessage('Tender: save the tender as a file first; the version last reviewed is found in its git repository or beside it.');
            return undefined;
        }
        const against = await this.choose(document);
        if (!against) return undefined;
        await this.remember(document, against);
        const key = document.toString();
        this.panels.get(key)?.dispose();
        const panel = window.createWebviewPanel(REDLINE_VIEW_TYPE, 'Changes', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [VsUri.joinPath(this.extensionUri, 'dist')]
        });
        panel.iconPath = VsUri.joinPath(this.extensionUri, 'images', 'icon.png');
        const redline = new RedlinePreview({ document, panel, server: this.server, extensionUri: this.extensionUri, line: editor.selection.active.line + 1, against });
        this.panels.set(key, redline);
        redline.onDispose.push(() => {
            if (this.panels.get(key) === redline) this.panels.delete(key);
        });
        await redline.refresh();
        return redline;
    }

    /** Asks which version: the one compared with last time first, then the last commit, a revision or a file. */
    protected async choose(document: Uri): Promise<CompareAgainst | undefined> {
        const last = this.state.get<CompareAgainst>(`${STATE_KEY}:${document.toString()}`);
        const choices: Choice[] = [];
        if (last) {
            choices.push({ label: `$(history) ${describe(last)}`, description: 'the version compared with last time', pick: async () => last });
        }
        choices.push(
            { label: '$(git-commit) The last commit (HEAD)', description: 'git', pick: async () => ({ kind: 'git', ref: 'HEAD' }) },
            {
                label: '$(tag) A tag, branch or commit…',
                description: 'git',
                pick: async () => {
                    const ref = await window.showInputBox({
                        title: 'Compare with Last Reviewed Version',
                        prompt: 'The git revision legal reviewed: a tag, a branch or a commit (e.g. reviewed-2027-03, HEAD~2)',
                        value: last?.kind === 'git' ? last.ref : 'HEAD',
                        validateInput: value => value.trim() === '' ? 'Name a revision, e.g. HEAD or a tag' : undefined
                    });
                    return ref?.trim() ? { kind: 'git', ref: ref.trim() } : undefined;
                }
            },
            {
                label: '$(file) Another .tender file…',
                description: 'a copy of the version reviewed',
                pick: async () => {
                    const files = await window.showOpenDialog({
                        title: 'The version legal reviewed',
                        canSelectMany: false,
                        filters: { Tender: ['tender'] },
                        defaultUri: VsUri.joinPath(document, '..')
                    });
                    return files?.[0] ? { kind: 'file', uri: files[0].toString() } : undefined;
                }
            }
        );
        const chosen = await window.showQuickPick(choices, { title: 'Compare with Last Reviewed Version', placeHolder: 'Which version did legal review?' });
        return chosen ? chosen.pick() : undefined;
    }

    protected async remember(document: Uri, against: CompareAgainst): Promise<void> {
        await this.state.update(`${STATE_KEY}:${document.toString()}`, against);
    }

    get(document: Uri): RedlinePreview | undefined {
        return this.panels.get(document.toString());
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) panel.dispose();
        this.panels.clear();
    }
}

/** Registers the command. */
export function registerCompare(context: ExtensionContext, server: TenderServer, register: (id: string, run: () => unknown) => Disposable): TenderRedlines {
    const redlines = new TenderRedlines(server, context.extensionUri, context.workspaceState);
    context.subscriptions.push(redlines, register('tender.compareWithReviewed', () => redlines.compare()));
    return redlines;
}
