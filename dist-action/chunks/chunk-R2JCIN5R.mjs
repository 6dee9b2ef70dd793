import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/live/guard.ts
import { createHash } from "node:crypto";
import { setMaxListeners } from "node:events";
var DEFAULT_LIVE_LIMITS = {
  connectTimeoutMs: 1e4,
  requestTimeoutMs: 6e4,
  maxAttempts: 8,
  maxPages: 1e4,
  deadlineMs: 15 * 6e4
};
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(flag, text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(String(text));
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? "s"] : NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > 7 * 864e5) throw new UserError(`--${flag} ${text}: expected a duration such as 500ms, 30s, 15m or 2h`);
  return Math.round(ms);
}
function formatDuration(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}m`;
  if (ms % 1e3 === 0) return `${ms / 1e3}s`;
  return ms < 1e3 ? `${ms}ms` : `${ms / 1e3}s`;
}
var IncompleteRead = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "IncompleteRead";
};
function isIncompleteRead(err) {
  return err instanceof IncompleteRead;
}
var Deadline = class {
  constructor(ms, unit, parent) {
    this.ms = ms;
    this.unit = unit;
    this.timer = setTimeout(() => {
      this.passed = true;
      this.own.abort(this.error());
    }, ms);
    this.timer.unref();
    this.signal = parent ? AbortSignal.any([parent, this.own.signal]) : this.own.signal;
    setMaxListeners(0, this.signal);
  }
  ms;
  unit;
  signal;
  own = new AbortController();
  timer;
  passed = false;
  get expired() {
    return this.passed;
  }
  error() {
    return new IncompleteRead("deadline", `the deadline of ${formatDuration(this.ms)} for ${this.unit} passed (--deadline)`);
  }
  /**
   * `work`, but rejected as soon as the signal aborts: SDKs do not all stop their retry sleeps on
   * an abort signal, and a hung call must not hold the unit past its deadline.
   */
  bound(work) {
    if (this.signal.aborted) {
      work.catch(() => void 0);
      return Promise.reject(this.passed ? this.error() : abortReason(this.signal));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(this.passed ? this.error() : abortReason(this.signal));
      this.signal.addEventListener("abort", onAbort, { once: true });
      work.then(
        (v) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(v);
        },
        (err) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(this.passed ? this.error() : err);
        }
      );
    });
  }
  dispose() {
    clearTimeout(this.timer);
  }
};
function abortReason(signal) {
  return signal.reason ?? new Error("the scan was stopped");
}
var PageGuard = class {
  constructor(listing, maxPages) {
    this.listing = listing;
    this.maxPages = maxPages;
  }
  listing;
  maxPages;
  seen = /* @__PURE__ */ new Set();
  pages = 0;
  /** The token of the next page (undefined at the end), after checking it. Call once per page read. */
  next(token) {
    this.pages++;
    if (token === void 0 || token === null || token === "") return void 0;
    const digest = createHash("sha1").update(token).digest("base64");
    if (this.seen.has(digest)) throw new IncompleteRead("repeated-token", `the listing of ${this.listing} returned a continuation token it had already returned, after ${this.pages} pages: it would never end`);
    if (this.pages >= this.maxPages) throw new IncompleteRead("page-cap", `the listing of ${this.listing} reached ${this.maxPages} pages (--max-pages) and was cut`);
    this.seen.add(digest);
    return token;
  }
};

// src/live/shard.ts
import { createHash as createHash2 } from "node:crypto";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UserError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}
function inShard(unit, shard) {
  if (!shard || shard.count === 1) return true;
  const n = createHash2("sha1").update(unit).digest().readUInt32BE(0);
  return n % shard.count + 1 === shard.index;
}

export {
  DEFAULT_LIVE_LIMITS,
  parseDuration,
  isIncompleteRead,
  Deadline,
  PageGuard,
  parseShard,
  inShard
};
