/** File system errors in words a user can act on, for one-line messages. */

const REASONS: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links',
    EBUSY: 'the file is busy'
};

export function fsReason(error: unknown): string {
    // Refused at the workspace boundary (BoundaryError): its reason is already in plain words.
    const reason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
    if (typeof reason === 'string') return reason;
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && REASONS[code]) return REASONS[code];
    const message = error instanceof Error ? error.message : String(error);
    // Node's messages start with the code ("EIO: i/o error, open '...'"): keep the words only.
    return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}
