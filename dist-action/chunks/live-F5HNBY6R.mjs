import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  BUCKET,
  CALL_OPTIONS,
  DATA_TYPES,
  DEFAULT_RETRY,
  FOLDER,
  InventoryContext,
  LOG_DESTINATION_TYPES,
  LOG_SINK,
  ORGANIZATION,
  PROJECT,
  PROXY_TYPES,
  RESOURCE_POLICY,
  SSL_POLICY_TYPES,
  STORES,
  URL_MAP_TYPES,
  categoryOf,
  createClient,
  describeSccError,
  fromClientAsset,
  isObject,
  isRetryable,
  listSccServices,
  normaliseRecord,
  ownerOf,
  sccBaseUrl,
  sccRecord,
  sccRetryable,
  toResource
} from "./chunk-LJ4J3U2H.mjs";
import {
  limitsOf,
  mapConcurrent,
  withRetry
} from "./chunk-S2KMQ5VA.mjs";
import {
  inShard
} from "./chunk-JNLTB6MJ.mjs";
import {
  Deadline,
  PageGuard,
  isIncompleteRead
} from "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/live/rate.ts
import { setTimeout as sleep } from "node:timers/promises";
var CallRate = class {
  constructor(calls, windowMs, now = () => performance.now()) {
    this.calls = calls;
    this.windowMs = windowMs;
    this.now = now;
    if (!Number.isInteger(calls) || calls < 1) throw new RangeError(`calls must be a whole number above 0, not ${calls}`);
  }
  calls;
  windowMs;
  now;
  /** Start times of the last `calls` calls, oldest at `oldest` once full. */
  starts = [];
  oldest = 0;
  turn = Promise.resolve();
  /** Resolves when a call may start (and counts it); rejects with the signal's reason when it aborts first. */
  take(signal) {
    const mine = this.turn.then(() => this.wait(signal));
    this.turn = mine.catch(() => void 0);
    return mine;
  }
  async wait(signal) {
    signal?.throwIfAborted();
    if (this.starts.length === this.calls) {
      const wait = this.starts[this.oldest] + this.windowMs - this.now();
      if (wait > 0) {
        try {
          await sleep(wait, void 0, signal ? { signal } : {});
        } catch (err) {
          throw signal?.aborted ? signal.reason : err;
        }
      }
    }
    const at = this.now();
    if (this.starts.length < this.calls) this.starts.push(at);
    else {
      this.starts[this.oldest] = at;
      this.oldest = (this.oldest + 1) % this.calls;
    }
  }
};

// providers/gcp/queue.ts
var QueueCancelled = class extends Error {
  name = "QueueCancelled";
};
var PageQueue = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  readers = [];
  writers = [];
  done = false;
  failure;
  cancelled = false;
  async push(item) {
    while (this.items.length >= this.capacity && !this.cancelled) await new Promise((resolve) => this.writers.push(resolve));
    if (this.cancelled) throw new QueueCancelled("the scan stopped reading");
    this.items.push(item);
    this.wake("readers");
  }
  /** No more items; `err` is rethrown to the consumer after the items already queued. */
  close(err) {
    this.done = true;
    this.failure = err;
    this.wake("readers");
  }
  /** The consumer is gone: waiting and future pushes throw QueueCancelled. */
  cancel() {
    this.cancelled = true;
    this.items.length = 0;
    this.wake("writers");
  }
  get isCancelled() {
    return this.cancelled;
  }
  async *drain() {
    for (; ; ) {
      if (this.items.length > 0) {
        const item = this.items.shift();
        this.wake("writers");
        yield item;
        continue;
      }
      if (this.done) {
        if (this.failure !== void 0) throw this.failure;
        return;
      }
      await new Promise((resolve) => this.readers.push(resolve));
    }
  }
  wake(which) {
    const waiting = this[which];
    this[which] = [];
    for (const resolve of waiting) resolve();
  }
};

// providers/gcp/live.ts
var DEFAULT_ASSET_TYPES = [.../* @__PURE__ */ new Set([...DATA_TYPES, ...Object.keys(STORES), "compute.googleapis.com/Firewall"])].filter((t) => t !== "bigquery.googleapis.com/Table").sort().concat(
  // Keys, networks, load balancer front ends, workloads with environment variables, credentials, backup vaults.
  // listAssets takes RE2 regular expressions (full match) and refuses one that matches no supported type with
  // INVALID_ARGUMENT: types whose support is not certain ride in an alternation with one that is, so the scan
  // never fails for them.
  "compute.googleapis.com/Network",
  "compute.googleapis.com/Subnetwork",
  "compute.googleapis.com/InstanceTemplate",
  "compute.googleapis.com/(Region)?InstanceGroupManager",
  "compute.googleapis.com/(SslPolicy|UrlMap|RegionUrlMap|RegionSslPolicy)",
  "compute.googleapis.com/(Region)?Target(Https|Http)Proxy",
  "compute.googleapis.com/TargetSslProxy",
  "iam.googleapis.com/ServiceAccountKey",
  "run.googleapis.com/Service",
  "cloudfunctions.googleapis.com/(CloudFunction|Function)",
  "(cloudkms.googleapis.com/CryptoKey|backupdr.googleapis.com/BackupVault)"
);
var RESOURCE = "RESOURCE";
var IAM_POLICY = "IAM_POLICY";
var ORG_POLICY = "ORG_POLICY";
function createGcpSource(options) {
  const scopes = [...new Set(options.scopes)];
  for (const s of scopes) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
  const pageSize = options.pageSize ?? 1e3;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1e3) throw new UserError("the Cloud Asset Inventory page size must be from 1 to 1000");
  const assetTypes = options.assetTypes?.length ? [...options.assetTypes] : [...DEFAULT_ASSET_TYPES];
  const retry = options.retry ?? {};
  const sccBase = options.securityCenterEndpoint ?? sccBaseUrl(process.env);
  const quota = { calls: options.listsPerMinute ?? LIST_QUOTA, windowMs: options.quotaWindowMs ?? 6e4 };
  if (!Number.isInteger(quota.calls) || quota.calls < 1 || quota.calls > 1e5) throw new UserError("--gcp-list-quota must be a whole number of calls a minute from 1 to 100000");
  return {
    cloud: "gcp",
    describe: () => scopes.length === 1 ? `GCP ${scopes[0]}` : `GCP ${scopes.length} scopes (${scopes.join(", ")})`,
    scan: (ctx) => scanScopes(scopes, { assetTypes, pageSize, retry, clientOptions: options.clientOptions ?? {}, sccBase, quota }, ctx)
  };
}
var LIST_QUOTA = 100;
async function* scanScopes(scopes, settings, ctx) {
  const limits = limitsOf(ctx);
  const signIn = new Deadline(limits.deadlineMs, "the GCP sign-in", ctx.signal);
  const client = await createClient(settings.clientOptions, process.env, (p) => signIn.bound(p)).finally(() => signIn.dispose());
  const queue = new PageQueue(Math.max(2, ctx.concurrency));
  const rate = new CallRate(settings.quota.calls, settings.quota.windowMs);
  const reader = new ScopeReader(client, settings, ctx, queue, rate);
  const producer = (async () => {
    for await (const done of mapConcurrent(scopes, ctx.concurrency, (scope) => reader.read(scope))) void done;
  })().then(
    () => queue.close(),
    (err) => queue.close(err)
  );
  try {
    for await (const page of queue.drain()) yield* page;
  } finally {
    queue.cancel();
    await producer;
    await client.close().catch(() => void 0);
  }
}
var ScopeFailed = class extends Error {
};
var ScopeReader = class {
  constructor(client, settings, ctx, queue, rate) {
    this.client = client;
    this.settings = settings;
    this.ctx = ctx;
    this.queue = queue;
    this.rate = rate;
    const limits = limitsOf(ctx);
    this.retry = { ...DEFAULT_RETRY, maxAttempts: limits.maxAttempts, ...settings.retry };
    this.attemptTimeoutMs = limits.requestTimeoutMs;
    this.maxPages = limits.maxPages;
    this.deadlineMs = limits.deadlineMs;
  }
  client;
  settings;
  ctx;
  queue;
  rate;
  retry;
  attemptTimeoutMs;
  maxPages;
  deadlineMs;
  /** Reads one scope within its deadline; failures are reported, never thrown (but a cancelled scan stops quietly). */
  async read(scope) {
    const deadline = new Deadline(this.deadlineMs, `GCP ${scope}`, this.ctx.signal);
    try {
      await this.readWithin(scope, deadline);
    } finally {
      deadline.dispose();
    }
  }
  async readWithin(scope, deadline) {
    const inv = new InventoryContext();
    const isProject = scope.startsWith("projects/");
    const given = scope.slice(scope.indexOf("/") + 1);
    const owner = () => isProject ? inv.projectId(given) : scope;
    const shard = this.ctx.shard;
    const mine = (unit) => !shard || inShard(unit, shard);
    const keep = (items) => shard ? items.filter((i) => mine(i.resource.source.scope ?? i.resource.source.category.slice("gcp/".length))) : items;
    if (isProject && !/^\d+$/.test(given) && !mine(given)) {
      this.ctx.progress.finish(scope, "left to another shard");
      return;
    }
    let step = "projects, log sinks and snapshot schedules (RESOURCE)";
    let read = 0;
    const emit = async (items) => {
      const kept = keep(items);
      read += kept.length;
      await this.emit(scope, kept);
    };
    try {
      const projects = [];
      await this.list(deadline, scope, RESOURCE, [PROJECT, LOG_SINK, RESOURCE_POLICY], async (assets) => {
        const page = learnAll(assets, inv);
        projects.push(...page.filter((x) => x.asset.assetType === PROJECT));
        await emit(asItems(page.filter((x) => x.asset.assetType !== PROJECT), inv, isProject ? owner() : void 0));
      });
      if (isProject && !mine(owner())) {
        this.ctx.progress.finish(scope, "left to another shard");
        return;
      }
      const fallback = isProject ? owner() : void 0;
      const securityCenter = this.readSecurityCenter(deadline, fallback ? [fallback] : [...new Set(inv.projects.values())].filter(mine));
      securityCenter.catch(() => void 0);
      const learnAndEmit = async (assets) => {
        await emit(asItems(learnAll(assets, inv), inv, fallback));
      };
      const proxies = [];
      const halt = new AbortController();
      const resources = (types) => () => this.list(deadline, scope, RESOURCE, types, async (assets) => {
        await emit(this.items(assets, inv, fallback, proxies));
      }, halt.signal);
      const branches = [];
      if (!isProject) {
        branches.push({
          step: "folder and organization IAM policies (IAM_POLICY)",
          read: async () => {
            const held = [];
            await this.list(deadline, scope, IAM_POLICY, [FOLDER, ORGANIZATION], (assets) => {
              held.push(...learnAll(assets, inv));
            }, halt.signal);
            await emit(asItems(held, inv, void 0));
          }
        });
      }
      for (const types of resourceListings(this.settings.assetTypes)) {
        const step2 = `resources (RESOURCE: ${types.length === 1 ? types[0] : `${types.length} asset types`})`;
        if (!types.includes(BUCKET)) {
          branches.push({ step: step2, read: resources(types) });
          continue;
        }
        let at = "organisation policies (ORG_POLICY)";
        branches.push({
          get step() {
            return at;
          },
          read: async () => {
            await this.list(deadline, scope, ORG_POLICY, [PROJECT, FOLDER, ORGANIZATION], learnAndEmit, halt.signal);
            at = "bucket IAM policies (IAM_POLICY)";
            inv.bucketSettingsFollow = true;
            await this.list(deadline, scope, IAM_POLICY, [BUCKET], learnAndEmit, halt.signal);
            at = step2;
            await resources(types)();
          }
        });
      }
      await together(branches, halt).catch((err) => {
        if (!(err instanceof BranchFailed)) throw err;
        step = err.step;
        throw err.cause;
      });
      await emit(asItems(proxies, inv, fallback));
      await emit(asItems(projects, inv, fallback));
      step = "Security Command Center services";
      read += await this.judgeSecurityCenter(scope, inv, projects, await securityCenter);
      step = "project IAM policies (IAM_POLICY)";
      await this.list(deadline, scope, IAM_POLICY, [PROJECT], async (assets) => {
        await emit(this.items(assets, inv, fallback));
      });
    } catch (err) {
      if (err instanceof QueueCancelled || this.queue.isCancelled) return;
      const why = describeError(err, scope);
      const projects = isProject ? [owner()] : [scope, ...[...new Set(inv.projects.values())].filter(mine)];
      for (const p of projects) {
        this.ctx.notify({ level: "error", message: `${step} could not be read, so the scan of ${scope} is incomplete: ${why}`, scope, category: categoryOf(p) });
      }
      this.ctx.progress.finish(scope, `failed (${step}): ${why}`);
      return;
    }
    const covered = isProject ? [owner()] : [scope, ...inv.projects.values(), ...[...inv.audit.keys()].filter((k) => !k.startsWith("projects/"))];
    for (const c of new Set(covered)) if (mine(c)) this.ctx.covered(categoryOf(c));
    this.ctx.progress.finish(scope, `${read} resources`);
  }
  /**
   * The items of a page. SSL policies and URL maps teach the context what the proxies naming them
   * accept; proxies go to `held` when given (judged at the end of the listing). With --shard, records
   * of a project of another shard (by their first ancestor, a project number the first listing
   * resolved) are dropped before their conversion.
   */
  items(assets, inv, fallbackOwner, held) {
    const out = [];
    const shard = this.ctx.shard;
    for (const a of assets) {
      if (shard && !fallbackOwner && isObject(a) && Array.isArray(a.ancestors)) {
        const number = /^projects\/(\d+)$/.exec(String(a.ancestors[0] ?? ""))?.[1];
        const id = number ? inv.projects.get(number) : void 0;
        if (id && !inShard(id, shard)) continue;
      }
      const raw = fromClientAsset(a);
      const asset = normaliseRecord(raw);
      if (!asset) continue;
      if (SSL_POLICY_TYPES.has(asset.assetType) || URL_MAP_TYPES.has(asset.assetType)) inv.learn(asset);
      if (LOG_DESTINATION_TYPES.has(asset.assetType)) inv.learnDestination(asset);
      if (held && PROXY_TYPES.has(asset.assetType)) {
        held.push({ asset, raw });
        continue;
      }
      out.push({ resource: toResource(asset, inv, fallbackOwner ? { fallbackOwner } : {}), raw });
    }
    return out;
  }
  /**
   * The Security Command Center services of each project of the scope (security-center.ts), in the
   * order of `ids`; a project whose list cannot be read carries its error.
   */
  async readSecurityCenter(deadline, ids) {
    const http = this.client.auth;
    const retry = (call) => this.retrying(deadline, sccRetryable, call);
    const options = { baseUrl: this.settings.sccBase, timeoutMs: this.attemptTimeoutMs, maxPages: this.maxPages, signal: deadline.signal };
    const out = /* @__PURE__ */ new Map();
    for await (const r of mapConcurrent(ids, this.ctx.concurrency, (id) => listSccServices(http, id, options, retry).then((services) => ({ id, services }), (err) => ({ id, err })))) out.set(r.id, r);
    return ids.map((id) => out.get(id));
  }
  /**
   * The services read, learnt and passed on as items (to --inventory-out). A project whose list
   * could not be read stays unknown: one warning for the scope says how many and why (an error when
   * the read was cut short).
   */
  async judgeSecurityCenter(scope, inv, projects, results) {
    const ancestry = new Map(projects.map(({ asset }) => [ownerOf(asset, inv), asset.ancestors]));
    let failed = 0;
    let first;
    let read = 0;
    for (const r of results) {
      if ("err" in r) {
        failed++;
        first ??= r.err;
        continue;
      }
      const raw = sccRecord(inv.projectNumbers.get(r.id) ?? r.id, ancestry.get(r.id), r.services);
      const asset = normaliseRecord(raw);
      if (!asset) continue;
      inv.learn(asset);
      read += await this.emit(scope, [{ resource: toResource(asset, inv, { fallbackOwner: r.id }), raw }]);
    }
    if (failed) {
      this.ctx.notify({
        level: isIncompleteRead(first) ? "error" : "warning",
        message: `the Security Command Center services of ${failed} project(s) of ${scope} could not be read, so their threat detection is unknown: ${describeSccError(first)}`,
        scope
      });
    }
    return read;
  }
  async emit(scope, items) {
    if (items.length === 0) return 0;
    this.ctx.progress.advance(scope, items.length);
    await this.queue.push(items);
    return items.length;
  }
  /** `call` tried up to --max-attempts times with backoff, and never past the deadline. */
  retrying(deadline, retryable, call) {
    const { maxAttempts, initialDelayMs, maxDelayMs } = this.retry;
    return deadline.bound(withRetry(call, { attempts: maxAttempts, baseMs: initialDelayMs, maxMs: maxDelayMs, retryable, signal: deadline.signal }));
  }
  /** One try of one page: cancelled, as DEADLINE_EXCEEDED, when no answer came within --request-timeout. */
  attempt(request) {
    const call = this.client.listAssets(request, CALL_OPTIONS);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        call.cancel?.();
        reject(Object.assign(new Error(`no answer within ${this.attemptTimeoutMs} ms (--request-timeout)`), { code: 4 }));
      }, this.attemptTimeoutMs);
      call.then(
        (page) => {
          clearTimeout(timer);
          resolve(page);
        },
        (err) => {
          clearTimeout(timer);
          reject(err);
        }
      );
    });
  }
  /**
   * Pages through one listing: the next page is asked for as soon as a page arrives, and this one
   * handled while it travels, so the API's latency and the scan's work overlap (two pages at most).
   */
  async list(deadline, parent, contentType, assetTypes, each, halt) {
    const call = (request) => {
      if (this.ctx.signal?.aborted) return Promise.reject(new ScopeFailed("the scan was interrupted"));
      if (halt?.aborted) return Promise.reject(new ScopeFailed("another listing of the scope failed"));
      if (this.queue.isCancelled) return Promise.reject(new QueueCancelled("the scan stopped reading"));
      return this.retrying(deadline, isRetryable, () => this.rate.take(deadline.signal).then(() => this.attempt(request)));
    };
    const guard = new PageGuard(`${contentType} ${assetTypes.length === 1 ? assetTypes[0] : `${assetTypes.length} asset types`} of ${parent}`, this.maxPages);
    let pending = call({ parent, contentType, assetTypes, pageSize: this.settings.pageSize });
    while (pending) {
      const [assets, next] = await pending;
      const token = guard.next(next && typeof next.pageToken === "string" ? next.pageToken : void 0);
      pending = token ? call(next) : void 0;
      pending?.catch(() => void 0);
      if (pending) await new Promise((resolve) => setImmediate(resolve));
      await each(assets ?? []);
    }
  }
};
var BranchFailed = class extends Error {
  constructor(step, cause) {
    super(step);
    this.step = step;
    this.cause = cause;
  }
  step;
  cause;
};
async function together(branches, halt) {
  let first;
  await Promise.all(
    branches.map(
      (b) => b.read().catch((err) => {
        first ??= new BranchFailed(b.step, err);
        halt.abort();
      })
    )
  );
  if (first) throw first;
}
var FAMILIES = [/^compute\.googleapis\.com\/.*(Firewall|Network|Subnetwork|Ssl|Url|Proxy)/, /^compute\.googleapis\.com\//, /^storage\.googleapis\.com\//];
function resourceListings(assetTypes) {
  const listings = [...FAMILIES, void 0].map(() => []);
  for (const t of assetTypes) {
    const family = FAMILIES.findIndex((f) => f.test(t));
    listings[family < 0 ? FAMILIES.length : family].push(t);
  }
  return listings.filter((types) => types.length > 0);
}
function asItems(held, inv, fallbackOwner) {
  return held.map(({ asset, raw }) => ({ resource: toResource(asset, inv, fallbackOwner ? { fallbackOwner } : {}), raw }));
}
function learnAll(assets, inv) {
  const out = [];
  for (const a of assets) {
    const raw = fromClientAsset(a);
    const asset = normaliseRecord(raw);
    if (!asset) continue;
    inv.learn(asset);
    out.push({ asset, raw });
  }
  return out;
}
function describeError(err, scope) {
  const e = err;
  let message = typeof e?.message === "string" ? e.message : String(err);
  const gaveUp = /Exceeded maximum number of retries|Total timeout of API/.test(message);
  const body = embeddedError(message);
  let status;
  let httpCode;
  if (body) {
    status = body.status;
    httpCode = body.code;
    message = body.message ?? message;
  } else if (typeof e?.code === "number") {
    if (e.code >= 100) httpCode = e.code;
    else status = GRPC_NAMES[e.code];
  }
  if (!body && typeof e?.status === "number") httpCode ??= e.status;
  const first = message.split("\n")[0].trim();
  const label = [status, httpCode ? `HTTP ${httpCode}` : void 0].filter(Boolean).join(", ");
  let hint = "";
  if (status === "PERMISSION_DENIED" || httpCode === 403) hint = ` (the credentials need roles/cloudasset.viewer on ${scope}, and the Cloud Asset API enabled in their quota project)`;
  else if (status === "UNAUTHENTICATED" || httpCode === 401) hint = " (Application Default Credentials were refused: workload identity federation in CI, gcloud auth application-default login elsewhere)";
  else if (status === "RESOURCE_EXHAUSTED" || httpCode === 429) hint = " (ListAssets allows 100 calls a minute per quota project: scan folders or the organization rather than many projects)";
  return `${label ? `${label}: ` : ""}${first}${hint}${gaveUp ? " (still failing after the retries)" : ""}`;
}
function embeddedError(text) {
  const start = text.indexOf('{"error"');
  if (start < 0) return void 0;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      const parsed = safeParse(text.slice(start, i + 1));
      return parsed?.error;
    }
  }
  return void 0;
}
var GRPC_NAMES = {
  1: "CANCELLED",
  2: "UNKNOWN",
  3: "INVALID_ARGUMENT",
  4: "DEADLINE_EXCEEDED",
  5: "NOT_FOUND",
  7: "PERMISSION_DENIED",
  8: "RESOURCE_EXHAUSTED",
  9: "FAILED_PRECONDITION",
  13: "INTERNAL",
  14: "UNAVAILABLE",
  16: "UNAUTHENTICATED"
};
function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
export {
  DEFAULT_ASSET_TYPES,
  LIST_QUOTA,
  createGcpSource,
  describeError,
  resourceListings
};
