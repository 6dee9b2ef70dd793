import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/limits.ts
var MIB = 1024 * 1024;
var LIMITS = {
  /**
   * Bytes a gzip input (plan, inventory, baseline, report to merge) may decompress to. A few
   * megabytes of gzip can hold gigabytes of zeros. Configurable: `--max-decompressed-mb`,
   * `maxDecompressedMB` in the configuration file.
   */
  decompressedBytes: 256 * MIB,
  /**
   * Input files larger than this are read from disk a chunk at a time (Terraform plans only; other
   * kinds are refused above it). CLDSCAN_STREAM_THRESHOLD overrides it, for tests.
   */
  streamThreshold: Number(process.env.CLDSCAN_STREAM_THRESHOLD ?? 256 * MIB),
  streamChunk: Number(process.env.CLDSCAN_STREAM_CHUNK ?? 8 * MIB),
  /** A baseline or a report to merge is read whole. */
  reportBytes: 256 * MIB,
  /** JSON nesting: real plans and inventories nest a few dozen levels. */
  jsonDepth: 1e3,
  /** Configuration, attestation and waiver files (YAML or JSON). */
  configBytes: 1 * MIB,
  /** YAML aliases (`*name`) in one configuration or attestation file: alias bombs expand exponentially. */
  yamlAliases: 100,
  /** YAML nesting, which the YAML library parses recursively. */
  yamlDepth: 64,
  /** One `.tf` or `.tf.json` file of the source tree: larger ones are skipped, with a note. */
  sourceFileBytes: 16 * MIB,
  /** Directories of the source tree searched for the root module. */
  sourceDirectories: 5e3,
  /** `.json` files read from one input directory. */
  directoryFiles: 1e4
};
var DEFAULT_READ_LIMITS = { decompressedBytes: LIMITS.decompressedBytes };
function formatBytes(n) {
  if (n >= MIB && n % MIB === 0) return `${n / MIB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

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
  LIMITS,
  DEFAULT_READ_LIMITS,
  formatBytes,
  openRegularFile,
  readRegularFile,
  readFd,
  describeFsError
};
