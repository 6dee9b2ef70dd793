import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { UserError } from '../errors.js';

/**
 * What bounds a live read, the same for the three clouds: a scheduled scan must end, and say what
 * it could not read, whatever the API does (a server that never answers, a listing that never
 * ends, a token that comes back forever, throttling without end).
 */
export interface LiveLimits {
  /** `--connect-timeout`: a connection not established by then is abandoned (and retried). */
  connectTimeoutMs: number;
  /** `--request-timeout`: a request whose answer stops arriving for this long is abandoned (and retried). */
  requestTimeoutMs: number;
  /** `--max-attempts`: tries of one request, the first included, before its part is reported unread. */
  maxAttempts: number;
  /** `--max-pages`: pages of one listing before it is cut and reported incomplete. */
  maxPages: number;
  /** `--deadline`: the time one account, subscription or project may take; what is not read by then is reported unread. */
  deadlineMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  connectTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  maxAttempts: 8,
  maxPages: 10_000,
  deadlineMs: 15 * 60_000,
};

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `30s`, `15m`, `2h`, or a number of seconds. */
export function parseDuration(flag: string, text: string | number): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(String(text));
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? 's']! : NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > 7 * 86_400_000) throw new UserError(`--${flag} ${text}: expected a duration such as 500ms, 30s, 15m or 2h`);
  return Math.round(ms);
}

/** `15m`, `1.5s`: a duration as the flags spell it, for messages. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}

/**
 * A read that stopped before its end for a reason of its own, not an error of the API: the
 * deadline passed, a listing repeated a continuation token, or it reached the page cap. Always
 * reported as an error (the scan is incomplete), never as a warning.
 */
export class IncompleteRead extends Error {
  override readonly name = 'IncompleteRead';

  constructor(
    readonly reason: 'deadline' | 'repeated-token' | 'page-cap',
    message: string,
  ) {
    super(message);
  }
}

export function isIncompleteRead(err: unknown): err is IncompleteRead {
  return err instanceof IncompleteRead;
}

/**
 * The deadline of one account, subscription or project: its signal aborts when the time is up or
 * when `parent` (the scan's own signal) aborts. Every call of the unit goes through `bound`, so no
 * request, retry sleep or token refresh outlives it.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly own = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private passed = false;

  constructor(
    readonly ms: number,
    /** What the deadline is of, for messages: `AWS account 123456789012`, `subscription …` (set once known). */
    public unit: string,
    parent?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.passed = true;
      this.own.abort(this.error());
    }, ms);
    this.timer.unref();
    this.signal = parent ? AbortSignal.any([parent, this.own.signal]) : this.own.signal;
    // Every call in flight of the unit listens to it.
    setMaxListeners(0, this.signal);
  }

  get expired(): boolean {
    return this.passed;
  }

  error(): IncompleteRead {
    return new IncompleteRead('deadline', `the deadline of ${formatDuration(this.ms)} for ${this.unit} passed (--deadline)`);
  }

  /**
   * `work`, but rejected as soon as the signal aborts: SDKs do not all stop their retry sleeps on
   * an abort signal, and a hung call must not hold the unit past its deadline.
   */
  bound<T>(work: Promise<T>): Promise<T> {
    if (this.signal.aborted) {
      work.catch(() => undefined);
      return Promise.reject(this.passed ? this.error() : abortReason(this.signal));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.passed ? this.error() : abortReason(this.signal));
      this.signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (v) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (err: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          reject(this.passed ? this.error() : err);
        },
      );
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('the scan was stopped');
}

/**
 * The continuation tokens of one listing: a token seen before (the listing would loop) or one
 * page more than `maxPages` stops it with an IncompleteRead naming the listing. Tokens are kept
 * as digests, so a long listing holds a few bytes a page.
 */
export class PageGuard {
  private readonly seen = new Set<string>();
  private pages = 0;

  constructor(
    /** The listing, for messages: `AWS::EC2::Volume in eu-west-3`, `resources of subscription …`. */
    private readonly listing: string,
    private readonly maxPages: number,
  ) {}

  /** The token of the next page (undefined at the end), after checking it. Call once per page read. */
  next<T extends string | null | undefined>(token: T): T | undefined {
    this.pages++;
    if (token === undefined || token === null || token === '') return undefined;
    const digest = createHash('sha1').update(token).digest('base64');
    if (this.seen.has(digest)) throw new IncompleteRead('repeated-token', `the listing of ${this.listing} returned a continuation token it had already returned, after ${this.pages} pages: it would never end`);
    if (this.pages >= this.maxPages) throw new IncompleteRead('page-cap', `the listing of ${this.listing} reached ${this.maxPages} pages (--max-pages) and was cut`);
    this.seen.add(digest);
    return token;
  }
}
