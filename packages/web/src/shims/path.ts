/**
 * `node:path` for the browser bundle: the few POSIX functions the shared modules use on the
 * in-memory folder's paths (generate-tender.ts finds tender.config.json "templates" with them).
 */
export const sep = '/';

function normalise(path: string): string {
    const absolute = path.startsWith('/');
    const parts: string[] = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.') continue;
        if (part === '..') {
            if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
            else if (!absolute) parts.push('..');
        } else parts.push(part);
    }
    return (absolute ? '/' : '') + parts.join('/') || (absolute ? '/' : '.');
}

export function isAbsolute(path: string): boolean {
    return path.startsWith('/');
}

export function join(...paths: string[]): string {
    return normalise(paths.filter(p => p !== '').join('/'));
}

export function resolve(...paths: string[]): string {
    let result = '';
    for (const path of paths) {
        result = isAbsolute(path) ? path : `${result}/${path}`;
    }
    return normalise(isAbsolute(result) ? result : `/${result}`);
}

export function dirname(path: string): string {
    const normal = normalise(path);
    const slash = normal.lastIndexOf('/');
    return slash <= 0 ? (normal.startsWith('/') ? '/' : '.') : normal.slice(0, slash);
}

export function basename(path: string, ext?: string): string {
    const base = normalise(path).split('/').pop() ?? '';
    return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function relative(from: string, to: string): string {
    const a = resolve(from).split('/').filter(Boolean);
    const b = resolve(to).split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export default { sep, isAbsolute, join, resolve, dirname, basename, relative };
