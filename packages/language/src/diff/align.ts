/**
 * Lining up the parts of two versions of a document (sections, clauses, table rows) so that a
 * redline can show each new part with its changes, put back the parts that are gone where they
 * were, and mark wholly new parts as inserted.
 *
 * Parts are paired by what they are (an identity: the tender element a section renders, a row's
 * element), or, for prose without one, by a longest common subsequence of their texts; a part
 * whose text moved elsewhere unchanged is paired too, since a move is no change. Then, between
 * two paired parts, the leftovers on either side are paired when they are of the same kind and
 * similar enough (a reworded clause), in order.
 */
import { diffKeys } from './myers.js';

/** One place in the redline: a part in both versions, only in the new one, or only in the old one. */
export type Aligned<T> =
    | { readonly kind: 'both'; readonly old: T; readonly new: T }
    | { readonly kind: 'inserted'; readonly new: T }
    | { readonly kind: 'deleted'; readonly old: T };

export interface AlignOptions<T> {
    /**
     * What a part is, when it can be told apart from its text (`outcome:SettledHome`); parts with
     * the same identity are paired wherever they are, so a moved part is no change.
     */
    readonly identity?: (part: T, side: 'old' | 'new') => string | undefined;
    /** What a part says: parts without an identity are paired by equal content, in order. */
    readonly content: (part: T) => string;
    /** How alike two leftover parts are (0 to 1); undefined when they cannot be paired at all. */
    readonly similarity: (a: T, b: T) => number | undefined;
    /** Leftovers at least this alike are one part changed rather than one removed and one added. */
    readonly threshold: number;
}

/**
 * The parts in the order of the redline: the new version's order, each part that is gone right
 * after the new place of the part it followed in the old version.
 */
export function align<T>(oldParts: readonly T[], newParts: readonly T[], options: AlignOptions<T>): Aligned<T>[] {
    const partnerOfNew = new Array<number>(newParts.length).fill(-1);
    const partnerOfOld = new Array<number>(oldParts.length).fill(-1);
    const pair = (i: number, j: number) => {
        partnerOfOld[i] = j;
        partnerOfNew[j] = i;
    };

    // 1. By identity, wherever the parts are (first with first when an identity repeats).
    const oldIds = oldParts.map(part => options.identity?.(part, 'old'));
    const newIds = newParts.map(part => options.identity?.(part, 'new'));
    const waiting = new Map<string, number[]>();
    oldIds.forEach((id, i) => {
        if (id === undefined) return;
        const list = waiting.get(id) ?? [];
        list.push(i);
        waiting.set(id, list);
    });
    newIds.forEach((id, j) => {
        const i = id === undefined ? undefined : waiting.get(id)?.shift();
        if (i !== undefined) pair(i, j);
    });

    // 2. The rest by equal content, in order.
    const restOld = oldParts.map((_, i) => i).filter(i => partnerOfOld[i] < 0 && oldIds[i] === undefined);
    const restNew = newParts.map((_, j) => j).filter(j => partnerOfNew[j] < 0 && newIds[j] === undefined);
    const oldContent = new Map(restOld.map(i => [i, options.content(oldParts[i])]));
    const newContent = new Map(restNew.map(j => [j, options.content(newParts[j])]));
    if (restOld.length > 0 && restNew.length > 0) {
        const ops = diffKeys(restOld.map(i => oldContent.get(i)!), restNew.map(j => newContent.get(j)!));
        for (const op of ops) {
            if (op.kind !== 'equal') continue;
            for (let t = 0; t < op.aEnd - op.aStart; t++) pair(restOld[op.aStart + t], restNew[op.bStart + t]);
        }
    }

    // 3. A part moved elsewhere with the same content (an outcome listed later now) is no change:
    //    it stays where the new version has it.
    const movedFrom = new Map<string, number[]>();
    for (const i of restOld) {
        if (partnerOfOld[i] >= 0) continue;
        const key = oldContent.get(i)!;
        const list = movedFrom.get(key) ?? [];
        list.push(i);
        movedFrom.set(key, list);
    }
    for (const j of restNew) {
        if (partnerOfNew[j] >= 0) continue;
        const i = movedFrom.get(newContent.get(j)!)?.shift();
        if (i !== undefined) pair(i, j);
    }

    // 4. Leftovers between the same two paired parts, when alike.
    const anchorOfOld = anchors(partnerOfOld, partnerOfNew, 'old');
    const anchorOfNew = anchors(partnerOfOld, partnerOfNew, 'new');
    const leftoverNewByAnchor = new Map<number, number[]>();
    newParts.forEach((_, j) => {
        if (partnerOfNew[j] >= 0) return;
        const list = leftoverNewByAnchor.get(anchorOfNew[j]) ?? [];
        list.push(j);
        leftoverNewByAnchor.set(anchorOfNew[j], list);
    });
    let lastAnchor = Number.NaN;
    let from = 0;
    oldParts.forEach((part, i) => {
        if (partnerOfOld[i] >= 0) return;
        const candidates = leftoverNewByAnchor.get(anchorOfOld[i]);
        if (!candidates) return;
        if (anchorOfOld[i] !== lastAnchor) {
            lastAnchor = anchorOfOld[i];
            from = 0;
        }
        for (let c = from; c < candidates.length; c++) {
            const j = candidates[c];
            if (partnerOfNew[j] >= 0) continue;
            const alike = options.similarity(part, newParts[j]);
            if (alike !== undefined && alike >= options.threshold) {
                pair(i, j);
                from = c + 1;
                break;
            }
        }
    });

    // The order of the redline: a part that is gone follows the part it followed in the old
    // version, as paired now (a reworded clause before it is paired only in step 4).
    const placeAfter = anchors(partnerOfOld, partnerOfNew, 'old');
    const goneAfter = new Map<number, number[]>();
    oldParts.forEach((_, i) => {
        if (partnerOfOld[i] >= 0) return;
        const anchor = placeAfter[i];
        const list = goneAfter.get(anchor) ?? [];
        list.push(i);
        goneAfter.set(anchor, list);
    });
    const out: Aligned<T>[] = [];
    const flushGone = (anchor: number) => {
        for (const i of goneAfter.get(anchor) ?? []) out.push({ kind: 'deleted', old: oldParts[i] });
    };
    flushGone(-1);
    newParts.forEach((part, j) => {
        const i = partnerOfNew[j];
        out.push(i >= 0 ? { kind: 'both', old: oldParts[i], new: part } : { kind: 'inserted', new: part });
        if (i >= 0) flushGone(j);
    });
    return out;
}

/**
 * For each unpaired part, the new index of the paired part it follows (-1 at the start): on the
 * old side, the nearest paired part before it in the old order; on the new side, likewise.
 */
function anchors(partnerOfOld: readonly number[], partnerOfNew: readonly number[], side: 'old' | 'new'): number[] {
    const out: number[] = [];
    let anchor = -1;
    if (side === 'old') {
        for (let i = 0; i < partnerOfOld.length; i++) {
            if (partnerOfOld[i] >= 0) anchor = partnerOfOld[i];
            out.push(anchor);
        }
    } else {
        for (let j = 0; j < partnerOfNew.length; j++) {
            if (partnerOfNew[j] >= 0) anchor = j;
            out.push(anchor);
        }
    }
    return out;
}
