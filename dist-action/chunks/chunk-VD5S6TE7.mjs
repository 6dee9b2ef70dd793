import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

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
  directoryFiles: 1e4,
  /**
   * The findings a scan spools to the temporary directory until its reports are written
   * (src/report/finding-spool.ts): past this, the scan stops rather than fill the disk.
   */
  findingSpoolBytes: 8 * 1024 * MIB
};
var DEFAULT_READ_LIMITS = { decompressedBytes: LIMITS.decompressedBytes };
function formatBytes(n) {
  if (n >= MIB && n % MIB === 0) return `${n / MIB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export {
  LIMITS,
  DEFAULT_READ_LIMITS,
  formatBytes
};
