/**
 * Checks shared by the redline tests: the tracked changes of a Word redline in order, and that
 * accepting every change gives the new version's document and rejecting every change the old one's.
 */
import { expect } from 'vitest';
import { writeDocx } from '../../src/generate/docx/docx-writer.js';
import type { TenderDiff } from '../../src/diff/tender-diff.js';
import { writeDiff } from '../../src/diff/tender-diff.js';
import type { DocxPackage } from '../generate/docx/docx-reader.js';
import { readDocx } from '../generate/docx/docx-reader.js';
import type { Seen } from './redline-reader.js';
import { afterPreface, resolveAll, trackedChanges } from './redline-reader.js';

export const OPTIONS = { findings: [], review: false } as const;

export async function redline(diff: TenderDiff, options = {}): Promise<DocxPackage> {
    return readDocx(await writeDiff(diff, 'docx', { ...OPTIONS, ...options }));
}

/** `ins run "text"`, `del paragraph`, `ins row`: the tracked changes in document order. */
export function listed(pkg: DocxPackage): string[] {
    return trackedChanges(pkg.document).map(c => `${c.type} ${c.scope}${c.scope === 'run' ? ` ${JSON.stringify(c.text)}` : ''}`);
}

/** The body of the plain document of a version, as a reader sees it; without the contents when asked. */
async function plain(diff: TenderDiff, side: 'older' | 'newer', withContents = true): Promise<Seen[]> {
    const pkg = await readDocx(await writeDocx(diff[side].model, OPTIONS));
    // The plain document's figures (pictures of the outcome trajectories) are not in a redline.
    const body = pkg.body.filter(b => !(b.kind === 'table' && b.style === 'FigureTable')
        && !(b.kind === 'paragraph' && b.style === 'Caption' && b.text.startsWith('Figure ')));
    // A redline writes clause numbers as text ("9.3<tab>..."); the plain document's come from its
    // list: number them the way Word's legal numbering does, so the two can be compared whole.
    const counters: number[] = [];
    const numbers = body.map(b => {
        if (b.kind !== 'paragraph' || b.level === undefined || !/^(Heading[123]|Clause)$/.test(b.style ?? '')) return undefined;
        while (counters.length <= b.level) counters.push(0);
        counters[b.level] += 1;
        counters.length = b.level + 1;
        return counters.join('.');
    });
    const seen = resolveAll(body, 'ins');
    const numbered = seen.map((b, i) => ('text' in b && numbers[i] !== undefined ? { ...b, text: `${numbers[i]}\t${b.text}` } : b));
    return numbered.filter(b => withContents || !('style' in b && /^TOC\d$/.test(b.style ?? '')));
}

/** Accepting every change gives the new document; rejecting every change the old one, unless things only moved (a move is no change). */
export async function checkAcceptReject(diff: TenderDiff, reject = true): Promise<void> {
    const pkg = await redline(diff);
    const body = afterPreface(pkg);
    expect(resolveAll(body, 'ins'), 'accept all changes').toEqual(await plain(diff, 'newer'));
    if (!reject) return;
    // The contents list the new headings (Word rebuilds the field when it updates fields).
    const rejected = resolveAll(body, 'del').filter(b => !('style' in b && /^TOC\d$/.test(b.style ?? '')));
    expect(rejected, 'reject all changes').toEqual(await plain(diff, 'older', false));
}
