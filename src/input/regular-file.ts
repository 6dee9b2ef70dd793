import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { formatBytes } from '../limits.js';

/**
 * Opening and reading files named by users or found in a source tree: only regular files, and
 * their size checked before a byte is read. A FIFO would block the scan forever (and keep it from
 * seeing SIGINT), `/dev/zero` would fill memory, a directory has nothing to read.
 */

/** Opening never blocks: a FIFO without a writer opens at once (and is then refused). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface OpenFile {
  fd: number;
  size: number;
}

/** Opens `file` if it is a regular file; `label` names it in messages (`--config cldscan.yaml`, `plan.json`). */
export function openRegularFile(file: string, label: string = file): OpenFile {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (err) {
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (err) {
    closeSync(fd);
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  if (!stat.isFile()) {
    closeSync(fd);
    throw new UserError(`${label}: ${notRegular(stat)}, not a regular file`);
  }
  return { fd, size: stat.size };
}

/** The whole of a regular file of at most `limit` bytes. */
export function readRegularFile(file: string, limit: number, label: string = file): Buffer {
  const { fd, size } = openRegularFile(file, label);
  try {
    if (size > limit) throw new UserError(`${label}: ${formatBytes(size)}, more than the ${formatBytes(limit)} allowed`);
    return readFd(fd, size, label);
  } finally {
    closeSync(fd);
  }
}

/** `size` bytes from an open file (fewer if it shrank meanwhile; never more, if it grew). */
export function readFd(fd: number, size: number, label: string): Buffer {
  const out = Buffer.allocUnsafe(size);
  let got = 0;
  try {
    while (got < size) {
      const n = readSync(fd, out, got, size - got, got);
      if (n <= 0) break;
      got += n;
    }
  } catch (err) {
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  return out.subarray(0, got);
}

function notRegular(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENOTDIR') return 'a path component is not a directory';
  return code ? `cannot be read (${code})` : 'cannot be read';
}
