/**
 * `node:zlib` for the browser bundle: deflateSync, which the DOCX writer's PNG charts use, from
 * pako (the zlib port JSZip already brings). Same zlib format; the bytes may differ from Node's.
 */
import pako from 'pako';

export function deflateSync(data: Uint8Array, options?: { level?: number }): Uint8Array {
    return pako.deflate(data, { level: (options?.level ?? 6) as 6 });
}

export default { deflateSync };
