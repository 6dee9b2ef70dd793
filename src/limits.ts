/**
 * Every bound cldscan puts on what it reads, in one place (the README's security section lists
 * them). Plans, inventories and `.tf` sources are written by whoever opens a pull request: each
 * bound turns what would be hours, gigabytes or a crash into a one-line error or a skipped file.
 */

const MIB = 1024 * 1024;

export const LIMITS = {
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
  jsonDepth: 1000,
  /** Configuration, attestation and waiver files (YAML or JSON). */
  configBytes: 1 * MIB,
  /** YAML aliases (`*name`) in one configuration or attestation file: alias bombs expand exponentially. */
  yamlAliases: 100,
  /** YAML nesting, which the YAML library parses recursively. */
  yamlDepth: 64,
  /** One `.tf` or `.tf.json` file of the source tree: larger ones are skipped, with a note. */
  sourceFileBytes: 16 * MIB,
  /** Directories of the source tree searched for the root module. */
  sourceDirectories: 5000,
  /** `.json` files read from one input directory. */
  directoryFiles: 10_000,
  /**
   * The findings a scan spools to the temporary directory until its reports are written
   * (src/report/finding-spool.ts): past this, the scan stops rather than fill the disk.
   */
  findingSpoolBytes: 8 * 1024 * MIB,
} as const;

/** The bounds a scan may change from the command line or the configuration file. */
export interface ReadLimits {
  decompressedBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { decompressedBytes: LIMITS.decompressedBytes };

/** `268435456` → `256 MiB`, for messages. */
export function formatBytes(n: number): string {
  if (n >= MIB && n % MIB === 0) return `${n / MIB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
