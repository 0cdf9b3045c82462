/**
 * The workspace folders a tender's imports must stay inside. The language server takes them from
 * the editor; the CLI from the folder it is run on.
 */
import type { URI } from 'langium';

export class WorkspaceRoots {
    protected folders: URI[] = [];

    roots(): readonly URI[] {
        return this.folders;
    }

    setRoots(folders: readonly URI[]): void {
        this.folders = [...folders];
    }
}
