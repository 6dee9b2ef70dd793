import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  formatBytes
} from "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/input/regular-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function openRegularFile(file, label = file) {
  let fd;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (err) {
    throw new UserError(`${label}: ${describeFsError(err)}`);
  }
  let stat;
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
function readRegularFile(file, limit, label = file) {
  const { fd, size } = openRegularFile(file, label);
  try {
    if (size > limit) throw new UserError(`${label}: ${formatBytes(size)}, more than the ${formatBytes(limit)} allowed`);
    return readFd(fd, size, label);
  } finally {
    closeSync(fd);
  }
}
function readFd(fd, size, label) {
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
function notRegular(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "a special file";
}
function describeFsError(err) {
  const code = err.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  if (code === "ENOTDIR") return "a path component is not a directory";
  return code ? `cannot be read (${code})` : "cannot be read";
}

export {
  openRegularFile,
  readRegularFile,
  readFd,
  describeFsError
};
