// How qikan names files to the people who read its messages, and what it
// says when the file system refuses something. Every stage may import this:
// it knows nothing of issues, books or tools.
import path from 'node:path';

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** A file-system error in words a maintainer can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a folder';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return (error as Error).message;
}
