import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';

const pending = new Set<string>();

/**
 * Replaces `file` only with a complete new version: write a temporary file beside it, flush it,
 * then rename over the old one. An interrupted or failed scan leaves the previous file as it was.
 */
export function writeAtomically(file: string, content: string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    removeQuietly(tmp);
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write ${file}: ${code === 'ENOENT' ? 'the directory does not exist' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  } finally {
    pending.delete(tmp);
  }
}

/** A temporary file being written elsewhere (the live inventory snapshot): removed too if the scan is interrupted. */
export function trackPending(tmp: string): () => void {
  pending.add(tmp);
  return () => pending.delete(tmp);
}

/** On SIGINT/SIGTERM: drop half-written temporary files; the previous output stays untouched. */
export function removePendingOutputs(): void {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
