/**
 * Drafts survive a refresh or a closed tab: the open folder and every unsaved change are kept in
 * this browser's local storage (never sent anywhere) until saved, and reopened on the next visit.
 */
import type { Folder } from './workspace-files.js';

const KEY = 'tender.web.folder.v1';

export interface DraftStore {
    save(folder: Folder): 'kept' | 'full';
    load(): Folder | undefined;
    clear(): void;
}

export const localDrafts: DraftStore = {
    save(folder) {
        try {
            localStorage.setItem(KEY, JSON.stringify({ name: folder.name, source: folder.source, files: folder.files }));
            return 'kept';
        } catch {
            return 'full';
        }
    },
    load() {
        try {
            const text = localStorage.getItem(KEY);
            if (!text) return undefined;
            const data = JSON.parse(text) as Folder;
            if (typeof data?.name !== 'string' || !Array.isArray(data.files)) return undefined;
            const files = data.files.filter(f => typeof f?.path === 'string' && typeof f.saved === 'string')
                .map(f => ({ path: f.path, saved: f.saved, ...(typeof f.draft === 'string' ? { draft: f.draft } : {}) }));
            return { name: data.name, source: data.source === 'folder' ? 'restored' : data.source, files };
        } catch {
            return undefined;
        }
    },
    clear() {
        try {
            localStorage.removeItem(KEY);
        } catch {
            // nothing kept
        }
    }
};
