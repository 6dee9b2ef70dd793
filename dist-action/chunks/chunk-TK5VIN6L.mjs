import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/output.ts
import { closeSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
var pending = /* @__PURE__ */ new Set();
var removedOnExit = false;
var StagedFile = class {
  constructor(file, mode = 420) {
    this.file = file;
    const dir = path.dirname(path.resolve(file));
    this.tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    track(this.tmp);
    try {
      this.fd = openSync(this.tmp, "wx", mode);
    } catch (err) {
      pending.delete(this.tmp);
      throw cannotWrite(file, err);
    }
  }
  file;
  tmp;
  fd;
  chunks = [];
  buffered = 0;
  /** Bytes written so far. */
  bytes = 0;
  position = 0;
  write(chunk) {
    this.chunks.push(chunk);
    const n = Buffer.byteLength(chunk);
    this.bytes += n;
    this.buffered += n;
    if (this.buffered >= 1024 * 1024) this.flush();
  }
  /** Starts the file again, empty (a report that must be written again smaller). */
  rewind() {
    this.chunks = [];
    this.buffered = 0;
    this.bytes = 0;
    this.position = 0;
    this.guard(() => ftruncateSync(this.open(), 0));
  }
  /** Everything written so far is in the temporary file (to be read back before the commit). */
  flush() {
    if (!this.chunks.length) return;
    const chunk = this.chunks.join("");
    this.chunks = [];
    this.buffered = 0;
    this.guard(() => this.position += writeSync(this.open(), chunk, this.position));
  }
  commit() {
    this.flush();
    this.guard(() => {
      const fd = this.open();
      fsyncSync(fd);
      closeSync(fd);
      this.fd = void 0;
      renameSync(this.tmp, this.file);
    });
    pending.delete(this.tmp);
  }
  abandon() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
    removeQuietly(this.tmp);
    pending.delete(this.tmp);
  }
  open() {
    if (this.fd === void 0) throw new Error(`${this.file}: already committed or abandoned`);
    return this.fd;
  }
  guard(action) {
    try {
      action();
    } catch (err) {
      this.abandon();
      throw cannotWrite(this.file, err);
    }
  }
};
function writeAtomically(file, content) {
  const staged = new StagedFile(file);
  staged.write(content);
  staged.commit();
}
function trackPending(tmp) {
  track(tmp);
  return () => pending.delete(tmp);
}
var PrivateTempFile = class {
  file;
  handle;
  untrack;
  constructor(prefix) {
    this.file = path.join(os.tmpdir(), `${prefix}-${process.pid}-${randomBytes(8).toString("hex")}.ndjson`);
    this.handle = openSync(this.file, "wx+", 384);
    this.untrack = trackPending(this.file);
  }
  /** The open descriptor; undefined once closed. */
  get fd() {
    return this.handle;
  }
  /** Its lines, without their newline, from the start up to `end` bytes (all of it by default), read `chunkBytes` at a time. */
  *lines(end = Infinity, chunkBytes = 64 * 1024) {
    const buffer = Buffer.alloc(chunkBytes);
    let rest = Buffer.alloc(0);
    for (let position = 0; position < end; ) {
      if (this.handle === void 0) throw new Error(`${this.file}: closed`);
      const n = readSync(this.handle, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      let data = rest.length ? Buffer.concat([rest, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10)) {
        yield data.toString("utf8", 0, at);
        data = data.subarray(at + 1);
      }
      rest = Buffer.from(data);
    }
  }
  /** Closes and removes the file. Safe to call more than once. */
  close() {
    if (this.handle === void 0) return;
    closeSync(this.handle);
    this.handle = void 0;
    removeQuietly(this.file);
    this.untrack();
  }
};
function removePendingOutputs() {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}
function track(tmp) {
  pending.add(tmp);
  if (removedOnExit) return;
  removedOnExit = true;
  process.once("exit", removePendingOutputs);
}
function cannotWrite(file, err) {
  if (err instanceof UserError) return err;
  const code = err.code;
  return new UserError(`cannot write ${file}: ${code === "ENOENT" ? "the directory does not exist" : code === "EACCES" ? "permission denied" : err.message}`);
}
function removeQuietly(file) {
  try {
    unlinkSync(file);
  } catch {
  }
}

export {
  StagedFile,
  writeAtomically,
  trackPending,
  PrivateTempFile,
  removePendingOutputs
};
