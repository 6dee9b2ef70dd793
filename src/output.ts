import { closeSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';

const pending = new Set<string>();
let removedOnExit = false;

/**
 * A new version of a file, written beside it and renamed over the old one only by `commit`, flushed
 * first: an interrupted or failed scan leaves the previous file as it was. Written a chunk at a
 * time, so a report of any size is never one string in memory.
 */
export class StagedFile {
  readonly tmp: string;
  private fd: number | undefined;
  private chunks: string[] = [];
  private buffered = 0;
  /** Bytes written so far. */
  bytes = 0;
  private position = 0;

  constructor(
    readonly file: string,
    mode = 0o644,
  ) {
    const dir = path.dirname(path.resolve(file));
    this.tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    track(this.tmp);
    try {
      this.fd = openSync(this.tmp, 'wx', mode);
    } catch (err) {
      pending.delete(this.tmp);
      throw cannotWrite(file, err);
    }
  }

  write(chunk: string): void {
    this.chunks.push(chunk);
    const n = Buffer.byteLength(chunk);
    this.bytes += n;
    this.buffered += n;
    if (this.buffered >= 1024 * 1024) this.flush();
  }

  /** Starts the file again, empty (a report that must be written again smaller). */
  rewind(): void {
    this.chunks = [];
    this.buffered = 0;
    this.bytes = 0;
    this.position = 0;
    this.guard(() => ftruncateSync(this.open(), 0));
  }

  /** Everything written so far is in the temporary file (to be read back before the commit). */
  flush(): void {
    if (!this.chunks.length) return;
    const chunk = this.chunks.join('');
    this.chunks = [];
    this.buffered = 0;
    this.guard(() => (this.position += writeSync(this.open(), chunk, this.position)));
  }

  commit(): void {
    this.flush();
    this.guard(() => {
      const fd = this.open();
      fsyncSync(fd);
      closeSync(fd);
      this.fd = undefined;
      renameSync(this.tmp, this.file);
    });
    pending.delete(this.tmp);
  }

  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    removeQuietly(this.tmp);
    pending.delete(this.tmp);
  }

  private open(): number {
    if (this.fd === undefined) throw new Error(`${this.file}: already committed or abandoned`);
    return this.fd;
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (err) {
      this.abandon();
      throw cannotWrite(this.file, err);
    }
  }
}

/**
 * Replaces `file` only with a complete new version: write a temporary file beside it, flush it,
 * then rename over the old one. An interrupted or failed scan leaves the previous file as it was.
 */
export function writeAtomically(file: string, content: string): void {
  const staged = new StagedFile(file);
  staged.write(content);
  staged.commit();
}

/** A temporary file being written elsewhere (the live inventory snapshot, the findings spool): removed too if the scan is interrupted or exits. */
export function trackPending(tmp: string): () => void {
  track(tmp);
  return () => pending.delete(tmp);
}

/**
 * A private scratch file (the findings spool, a sort run): in the OS temporary directory, mode 0600,
 * created new (never an existing file followed), removed on close and if the process ends first.
 */
export class PrivateTempFile {
  readonly file: string;
  private handle: number | undefined;
  private readonly untrack: () => void;

  constructor(prefix: string) {
    this.file = path.join(os.tmpdir(), `${prefix}-${process.pid}-${randomBytes(8).toString('hex')}.ndjson`);
    this.handle = openSync(this.file, 'wx+', 0o600);
    this.untrack = trackPending(this.file);
  }

  /** The open descriptor; undefined once closed. */
  get fd(): number | undefined {
    return this.handle;
  }

  /** Its lines, without their newline, from the start up to `end` bytes (all of it by default), read `chunkBytes` at a time. */
  *lines(end = Infinity, chunkBytes = 64 * 1024): Generator<string> {
    const buffer = Buffer.alloc(chunkBytes);
    let rest = Buffer.alloc(0);
    for (let position = 0; position < end; ) {
      if (this.handle === undefined) throw new Error(`${this.file}: closed`);
      const n = readSync(this.handle, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      let data = rest.length ? Buffer.concat([rest, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10)) {
        yield data.toString('utf8', 0, at);
        data = data.subarray(at + 1);
      }
      rest = Buffer.from(data);
    }
  }

  /** Closes and removes the file. Safe to call more than once. */
  close(): void {
    if (this.handle === undefined) return;
    closeSync(this.handle);
    this.handle = undefined;
    removeQuietly(this.file);
    this.untrack();
  }
}

/** On SIGINT/SIGTERM, and on exit: drop half-written temporary files; the previous output stays untouched. */
export function removePendingOutputs(): void {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}

function track(tmp: string): void {
  pending.add(tmp);
  if (removedOnExit) return;
  removedOnExit = true;
  // Whatever ends the process (an error after the scan, process.exit in a handler), nothing temporary stays behind.
  process.once('exit', removePendingOutputs);
}

function cannotWrite(file: string, err: unknown): UserError {
  if (err instanceof UserError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  return new UserError(`cannot write ${file}: ${code === 'ENOENT' ? 'the directory does not exist' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
