import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/output.ts
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
var pending = /* @__PURE__ */ new Set();
function writeAtomically(file, content) {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, "wx", 420);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    removeQuietly(tmp);
    const code = err.code;
    throw new UserError(`cannot write ${file}: ${code === "ENOENT" ? "the directory does not exist" : code === "EACCES" ? "permission denied" : err.message}`);
  } finally {
    pending.delete(tmp);
  }
}
function trackPending(tmp) {
  pending.add(tmp);
  return () => pending.delete(tmp);
}
function removePendingOutputs() {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}
function removeQuietly(file) {
  try {
    unlinkSync(file);
  } catch {
  }
}

export {
  writeAtomically,
  trackPending,
  removePendingOutputs
};
