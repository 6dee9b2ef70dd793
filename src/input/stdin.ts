import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { trackPending } from '../output.js';

/** `-` among the inputs: the plan piped in (`terraform show -json tfplan | cldscan scan -`). */
export const STDIN = '-';
/** How messages and reports name standard input. */
export const STDIN_LABEL = 'stdin';

export interface SpooledInput {
  file: string;
  remove(): void;
}

/**
 * Copies standard input to a temporary file, so that it is read exactly as a file named on the
 * command line is (size limits, streaming of large plans, decoding, the same errors). The copy holds
 * the plan's secrets: created only for its owner, removed once read and on SIGINT/SIGTERM.
 */
export async function spoolStdin(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<SpooledInput> {
  if (input.isTTY) throw new UserError(`${STDIN_LABEL}: standard input is a terminal; pipe a plan in (terraform show -json tfplan | cldscan scan -)`);
  const file = path.join(os.tmpdir(), `.cldscan-stdin-${process.pid}-${randomBytes(6).toString('hex')}.json`);
  const fd = openSync(file, 'wx', 0o600);
  const untrack = trackPending(file);
  const remove = () => {
    untrack();
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  };
  try {
    for await (const chunk of input) writeSync(fd, chunk as Buffer);
  } catch (err) {
    remove();
    throw new UserError(`${STDIN_LABEL}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    closeSync(fd);
  }
  return { file, remove };
}
