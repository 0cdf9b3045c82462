import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTPUT_FOLDER, outputFolderFor } from '../../src/output-folder.js';

describe('output folder', () => {
    it('is out/ in the workspace folder by default', () => {
        expect(DEFAULT_OUTPUT_FOLDER).toBe('out');
        expect(outputFolderFor(undefined, '/ws/tenders/a.tender', '/ws')).toBe('/ws/out');
        expect(outputFolderFor('  ', '/ws/tenders/a.tender', '/ws')).toBe('/ws/out');
    });

    it('is relative to the workspace folder, or absolute, or uses ${workspaceFolder} and ${fileDirname}', () => {
        expect(outputFolderFor('packs/2027', '/ws/tenders/a.tender', '/ws')).toBe('/ws/packs/2027');
        expect(outputFolderFor('../shared', '/ws/tenders/a.tender', '/ws')).toBe('/shared');
        expect(outputFolderFor('/srv/packs', '/ws/tenders/a.tender', '/ws')).toBe('/srv/packs');
        expect(outputFolderFor('${workspaceFolder}/x', '/ws/tenders/a.tender', '/ws')).toBe('/ws/x');
        expect(outputFolderFor('${fileDirname}/out', '/ws/tenders/a.tender', '/ws')).toBe('/ws/tenders/out');
    });

    it('falls back to the tender\'s own folder outside any workspace folder', () => {
        expect(outputFolderFor('out', '/tmp/a.tender', undefined)).toBe('/tmp/out');
    });
});
