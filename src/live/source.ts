import type { Notification } from '../model/finding.js';
import type { CloudProvider, Resource } from '../model/resource.js';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from './guard.js';
import type { Progress } from './progress.js';
import type { Shard } from './shard.js';

/** One resource read from a live cloud, with the inventory record it was built from. */
export interface LiveItem {
  resource: Resource;
  /** The record as the cloud returned it (written to --inventory-out, redacted). */
  raw: unknown;
  /** Resources judged from the same record (an account's controls per region): they point at its line. */
  derived?: Resource[];
}

export interface LiveContext {
  /** How many accounts/regions/subscriptions/projects to read at once. */
  concurrency: number;
  /**
   * Something could not be read: level `error` marks the scan incomplete (SARIF
   * executionSuccessful false, JSON summary.incomplete, exit code 3); nothing from that part is
   * counted compliant, since no resource from it reaches the policies.
   */
  notify(n: Notification): void;
  /** A scope was read (even if empty): its SARIF run is written, so fixed alerts close. */
  covered(category: string): void;
  progress: Progress;
  /**
   * A record the scan used without judging anything from it (a policy a principal is judged by, a
   * key, an account's facts read outside the inventory API): written to --inventory-out, so that
   * an offline rescan of the file judges as the live scan did.
   */
  record?(raw: unknown): void;
  signal?: AbortSignal;
  /**
   * `--shard i/n`: read only the accounts, subscriptions or projects for which `inShard(id, shard)`
   * holds, so large estates split across CI jobs (their reports merge with `cldscan merge`).
   */
  shard?: Shard;
  /** Timeouts, attempts, page cap and deadline (`--request-timeout` …); the defaults when absent. */
  limits?: LiveLimits;
}

export function limitsOf(ctx: LiveContext): LiveLimits {
  return ctx.limits ?? DEFAULT_LIVE_LIMITS;
}

/** A live cloud inventory: resources arrive as pages are read, already with their facets. */
export interface LiveSource {
  cloud: CloudProvider;
  /** What is scanned, for messages: `AWS account 123… in eu-west-3`, `2 subscriptions`. */
  describe(): string;
  scan(ctx: LiveContext): AsyncIterable<LiveItem>;
}
