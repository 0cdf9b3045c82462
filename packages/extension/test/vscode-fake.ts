/**
 * A stand-in for the parts of the `vscode` module the extension's logic touches, for unit tests
 * (`vi.mock('vscode', ...)`). It records what the extension asked of VS Code and lets a test
 * answer dialogs, fire events and inspect webviews. Uri is vscode-uri, the implementation VS Code
 * itself uses. The language client is never loaded here: commands get a fake server instead.
 */
import { URI, Utils } from 'vscode-uri';

type Listener<T> = (event: T) => unknown;

export class EventEmitter<T> {
    protected listeners: Listener<T>[] = [];
    readonly event = (listener: Listener<T>) => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter(l => l !== listener); } };
    };
    fire(event: T): void {
        for (const listener of [...this.listeners]) listener(event);
    }
    get count(): number {
        return this.listeners.length;
    }
}

export class Uri extends URI {
    static joinPath(base: URI, ...segments: string[]): URI {
        return Utils.joinPath(base, ...segments);
    }
}

export enum DiagnosticSeverity { Error = 0, Warning = 1, Information = 2, Hint = 3 }
export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2 }
export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2, AtTop = 3 }
export enum FileType { Unknown = 0, File = 1, Directory = 2 }

export class ThemeColor {
    constructor(readonly id: string) {}
}

export class Position {
    constructor(readonly line: number, readonly character: number) {}
}

export class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
        this.start = new Position(startLine, startCharacter);
        this.end = new Position(endLine, endCharacter);
    }
}

export class Selection extends Range {
    get active(): Position {
        return this.end;
    }
}

/** What a test sees of a webview panel. */
export class FakeWebviewPanel {
    title: string;
    iconPath: unknown;
    readonly posted: unknown[] = [];
    /** Every page set, in order (setting `html` reloads the webview: the tests count these). */
    readonly pages: string[] = [];
    readonly revealed: unknown[] = [];
    disposed = false;
    readonly onDidDisposeEmitter = new EventEmitter<void>();
    readonly onDidReceiveMessageEmitter = new EventEmitter<unknown>();
    readonly webview = {
        options: {} as unknown,
        cspSource: 'https://webview.test',
        asWebviewUri: (uri: URI) => URI.parse(`https://webview.test${uri.path}`),
        postMessage: async (message: unknown) => { this.posted.push(message); return true; },
        onDidReceiveMessage: this.onDidReceiveMessageEmitter.event,
        get html(): string { return this.owner.pages[this.owner.pages.length - 1] ?? ''; },
        set html(value: string) { this.owner.pages.push(value); },
        owner: this as FakeWebviewPanel
    };
    readonly onDidDispose = this.onDidDisposeEmitter.event;
    constructor(readonly viewType: string, title: string, readonly showOptions: unknown, readonly options: unknown) {
        this.title = title;
    }
    reveal(column: unknown, preserveFocus: boolean): void {
        this.revealed.push({ column, preserveFocus });
    }
    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.onDidDisposeEmitter.fire();
    }
}

export interface FakeDocument {
    uri: URI;
    languageId: string;
    lineCount: number;
}

export function fakeDocument(path: string, languageId = 'tender', lineCount = 100): FakeDocument {
    return { uri: URI.file(path), languageId, lineCount };
}

export interface FakeEditor {
    document: FakeDocument;
    selection: Selection;
    viewColumn: ViewColumn;
    revealed: Range[];
    revealRange(range: Range): void;
}

export function fakeEditor(document: FakeDocument): FakeEditor {
    const editor: FakeEditor = {
        document, selection: new Selection(0, 0, 0, 0), viewColumn: ViewColumn.One, revealed: [],
        revealRange: (range: Range) => { editor.revealed.push(range); }
    };
    return editor;
}

/** The state of the fake VS Code; `reset()` before each test. */
export const fake = {
    activeTextEditor: undefined as FakeEditor | undefined,
    visibleTextEditors: [] as FakeEditor[],
    workspaceFolders: undefined as { uri: URI; name: string; index: number }[] | undefined,
    configuration: {} as Record<string, unknown>,
    /** Answers to showErrorMessage / showInformationMessage, in order (undefined: dismissed). */
    answers: [] as (string | undefined)[],
    openDialogAnswer: undefined as URI[] | undefined,
    /** Picks an item of a quick pick (undefined: dismissed); answers to input boxes, in order. */
    quickPick: undefined as (<T extends { label: string }>(items: readonly T[]) => T | undefined) | undefined,
    inputAnswers: [] as (string | undefined)[],
    files: new Map<string, Uint8Array>(),
    folders: new Set<string>(),
    calls: [] as { api: string; args: unknown[] }[],
    panels: [] as FakeWebviewPanel[],
    diagnostics: new Map<string, { severity: DiagnosticSeverity; code?: string | number | { value: string | number }; range?: Range }[]>(),
    events: {
        changeTextDocument: new EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>(),
        changeSelection: new EventEmitter<{ textEditor: FakeEditor; selections: Selection[] }>(),
        changeActiveEditor: new EventEmitter<FakeEditor | undefined>(),
        changeDiagnostics: new EventEmitter<{ uris: URI[] }>(),
        grantTrust: new EventEmitter<void>()
    },
    reset(): void {
        this.activeTextEditor = undefined;
        this.visibleTextEditors = [];
        this.workspaceFolders = undefined;
        this.configuration = {};
        this.answers = [];
        this.openDialogAnswer = undefined;
        this.quickPick = undefined;
        this.inputAnswers = [];
        this.files = new Map();
        this.folders = new Set();
        this.calls = [];
        this.panels = [];
        this.diagnostics = new Map();
        this.events = {
            changeTextDocument: new EventEmitter(),
            changeSelection: new EventEmitter(),
            changeActiveEditor: new EventEmitter(),
            changeDiagnostics: new EventEmitter(),
            grantTrust: new EventEmitter()
        };
    },
    called(api: string): unknown[][] {
        return this.calls.filter(c => c.api === api).map(c => c.args);
    }
};

function record(api: string, args: unknown[]): void {
    fake.calls.push({ api, args });
}

function answer(): Promise<string | undefined> {
    return Promise.resolve(fake.answers.shift());
}

export const window = {
    get activeTextEditor() { return fake.activeTextEditor; },
    get visibleTextEditors() { return fake.visibleTextEditors; },
    showErrorMessage: (...args: unknown[]) => { record('showErrorMessage', args); return answer(); },
    showWarningMessage: (...args: unknown[]) => { record('showWarningMessage', args); return answer(); },
    showInformationMessage: (...args: unknown[]) => { record('showInformationMessage', args); return answer(); },
    showOpenDialog: async (...args: unknown[]) => { record('showOpenDialog', args); return fake.openDialogAnswer; },
    showQuickPick: async <T extends { label: string }>(items: readonly T[], ...rest: unknown[]) => { record('showQuickPick', [items, ...rest]); return fake.quickPick?.(items); },
    showInputBox: async (...args: unknown[]) => { record('showInputBox', args); return fake.inputAnswers.shift(); },
    showTextDocument: async (...args: unknown[]) => {
        record('showTextDocument', args);
        const target = args[0] as FakeDocument | URI;
        const document = 'languageId' in target ? target : fakeDocument((target as URI).fsPath);
        return fakeEditor(document);
    },
    withProgress: async <T>(options: unknown, task: (progress: unknown) => Promise<T>) => {
        record('withProgress', [options]);
        return task({ report: () => undefined });
    },
    createWebviewPanel: (viewType: string, title: string, showOptions: unknown, options: unknown) => {
        const panel = new FakeWebviewPanel(viewType, title, showOptions, options);
        fake.panels.push(panel);
        return panel;
    },
    createStatusBarItem: (...args: unknown[]) => {
        record('createStatusBarItem', args);
        const item = { text: '', tooltip: '', command: '', name: '', backgroundColor: undefined as unknown, visible: false,
            show() { item.visible = true; }, hide() { item.visible = false; }, dispose() { item.visible = false; } };
        statusItems.push(item);
        return item;
    },
    onDidChangeTextEditorSelection: (listener: Listener<{ textEditor: FakeEditor; selections: Selection[] }>) => fake.events.changeSelection.event(listener),
    onDidChangeActiveTextEditor: (listener: Listener<FakeEditor | undefined>) => fake.events.changeActiveEditor.event(listener),
    registerWebviewPanelSerializer: () => ({ dispose: () => undefined })
};

export const statusItems: { text: string; tooltip: string; command: string; visible: boolean; backgroundColor: unknown }[] = [];

export const workspace = {
    get workspaceFolders() { return fake.workspaceFolders; },
    isTrusted: true,
    getConfiguration: (section: string) => ({
        get: <T>(key: string, fallback?: T) => (`${section}.${key}` in fake.configuration ? fake.configuration[`${section}.${key}`] : fallback) as T
    }),
    getWorkspaceFolder: (uri: URI) => fake.workspaceFolders?.find(f => uri.path.startsWith(`${f.uri.path}/`)),
    asRelativePath: (target: URI | string) => {
        const path = typeof target === 'string' ? target : target.fsPath;
        const folder = fake.workspaceFolders?.find(f => path.startsWith(`${f.uri.fsPath}/`));
        return folder ? path.slice(folder.uri.fsPath.length + 1) : path;
    },
    onDidChangeTextDocument: (listener: Listener<{ document: FakeDocument; contentChanges: unknown[] }>) => fake.events.changeTextDocument.event(listener),
    onDidGrantWorkspaceTrust: (listener: Listener<void>) => fake.events.grantTrust.event(listener),
    openTextDocument: async (uri: URI) => fakeDocument(uri.fsPath),
    fs: {
        stat: async (uri: URI) => {
            if (fake.files.has(uri.fsPath)) return { type: FileType.File };
            if (fake.folders.has(uri.fsPath)) return { type: FileType.Directory };
            throw new Error(`ENOENT: ${uri.fsPath}`);
        },
        createDirectory: async (uri: URI) => { fake.folders.add(uri.fsPath); },
        writeFile: async (uri: URI, bytes: Uint8Array) => { record('writeFile', [uri]); fake.files.set(uri.fsPath, bytes); },
        copy: async (...args: unknown[]) => { record('copy', args); }
    }
};

export const languages = {
    getDiagnostics: (uri: URI) => fake.diagnostics.get(uri.toString()) ?? [],
    onDidChangeDiagnostics: (listener: Listener<{ uris: URI[] }>) => fake.events.changeDiagnostics.event(listener)
};

export const commands = {
    executeCommand: async (...args: unknown[]) => { record('executeCommand', args); return undefined; },
    registerCommand: () => ({ dispose: () => undefined })
};

export const env = {
    openExternal: async (...args: unknown[]) => { record('openExternal', args); return true; }
};
