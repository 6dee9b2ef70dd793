import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { trackPending } from '../output.js';
import type { FileLocation } from '../model/resource.js';
import type { Redactor } from '../report/redact.js';

/**
 * `--inventory-out FILE`: the live inventory as the scan read it, one JSON record per line, so a
 * live finding points at a real line of a file the user keeps (and can commit, diff, attach to the
 * PAS). Written beside its destination and renamed into place only when the scan completes.
 */
export class InventoryWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private line = 0;
  private readonly untrack: () => void;
  readonly uri: string;

  constructor(
    private readonly file: string,
    sourceRoot: string,
    private readonly redactor: Redactor,
  ) {
    const abs = path.resolve(file);
    this.tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      this.fd = openSync(this.tmp, 'wx', 0o644);
    } catch (err) {
      throw new UserError(`cannot write --inventory-out ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the directory does not exist' : (err as Error).message}`);
    }
    this.untrack = trackPending(this.tmp);
    this.uri = path.relative(sourceRoot, abs).split(path.sep).join('/');
  }

  /** Writes one record (redacted) and returns where it is. */
  append(record: unknown): FileLocation {
    const text = JSON.stringify(this.redactor.inPlace(structuredClone(record)));
    writeSync(this.fd, `${text}\n`);
    this.line++;
    return { uri: this.uri, line: this.line, snapshot: true };
  }

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, path.resolve(this.file));
    this.untrack();
  }

  abandon(): void {
    this.untrack();
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // already gone
    }
  }
}
