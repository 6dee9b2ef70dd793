import { UserError } from '../../src/errors.js';
import { inShard } from '../../src/live/shard.js';
import { limitsOf, type LiveContext, type LiveItem, type LiveSource } from '../../src/live/source.js';
import { Deadline, isIncompleteRead, PageGuard } from '../../src/live/guard.js';
import { mapConcurrent, withRetry } from '../../src/live/pool.js';
import { CallRate } from '../../src/live/rate.js';
import { fromClientAsset, isObject, normaliseRecord, type CaiAsset } from './asset.js';
import { CALL_OPTIONS, createClient, DEFAULT_RETRY, isRetryable, type AssetClient, type ClientOptions, type RetrySettings } from './client.js';
import { BUCKET, FOLDER, InventoryContext, LOG_DESTINATION_TYPES, LOG_SINK, ownerOf, ORGANIZATION, PROJECT, RESOURCE_POLICY, SSL_POLICY_TYPES, URL_MAP_TYPES } from './context.js';
import { DATA_TYPES } from './locations.js';
import { PageQueue, QueueCancelled } from './queue.js';
import { categoryOf, toResource } from './resource.js';
import { describeSccError, listSccServices, sccBaseUrl, sccRecord, sccRetryable, type AuthorizedHttp } from './security-center.js';
import { STORES } from './storage.js';
import { PROXY_TYPES } from './transit.js';

export type LiveOptions = {
  /** `projects/ID` (or number), `folders/ID`, `organizations/ID`. */
  scopes: string[];
  /** Asset types read with content type RESOURCE (default: every type a policy looks at, DEFAULT_ASSET_TYPES). */
  assetTypes?: string[];
  /** Assets per page, 1 to 1000 (the API's maximum, the default). */
  pageSize?: number;
  /** AssetServiceClient options laid over the defaults (tests: a local endpoint and a test auth client). */
  clientOptions?: ClientOptions;
  retry?: Partial<RetrySettings>;
  /** ListAssets calls started in any minute, at most (`--gcp-list-quota`): the quota project's quota, 100 by default. */
  listsPerMinute?: number;
  /** The span that quota counts over (tests: shorter than a minute). */
  quotaWindowMs?: number;
  /** Base URL of the Security Command Center Management API (tests: the local server); default from CLDSCAN_GCP_SCC_ENDPOINT (security-center.ts). */
  securityCenterEndpoint?: string;
};

/**
 * The asset types read with content type RESOURCE: data stores, firewall rules, GKE clusters,
 * Cloud SQL, log buckets. BigQuery tables are left out (a warehouse holds hundreds of thousands;
 * their datasets carry the location and the default key); files may hold them.
 */
export const DEFAULT_ASSET_TYPES: readonly string[] = [...new Set([...DATA_TYPES, ...Object.keys(STORES), 'compute.googleapis.com/Firewall'])]
  .filter((t) => t !== 'bigquery.googleapis.com/Table')
  .sort()
  .concat(
    // Keys, networks, load balancer front ends, workloads with environment variables, credentials, backup vaults.
    // listAssets takes RE2 regular expressions (full match) and refuses one that matches no supported type with
    // INVALID_ARGUMENT: types whose support is not certain ride in an alternation with one that is, so the scan
    // never fails for them.
    'compute.googleapis.com/Network',
    'compute.googleapis.com/Subnetwork',
    'compute.googleapis.com/InstanceTemplate',
    'compute.googleapis.com/(Region)?InstanceGroupManager',
    'compute.googleapis.com/(SslPolicy|UrlMap|RegionUrlMap|RegionSslPolicy)',
    'compute.googleapis.com/(Region)?Target(Https|Http)Proxy',
    'compute.googleapis.com/TargetSslProxy',
    'iam.googleapis.com/ServiceAccountKey',
    'run.googleapis.com/Service',
    'cloudfunctions.googleapis.com/(CloudFunction|Function)',
    '(cloudkms.googleapis.com/CryptoKey|backupdr.googleapis.com/BackupVault)',
  );

const RESOURCE = 'RESOURCE';
const IAM_POLICY = 'IAM_POLICY';
const ORG_POLICY = 'ORG_POLICY';

/**
 * Live GCP through Cloud Asset Inventory `listAssets`. Per scope, each listing paged at up to 1000
 * assets and processed page by page:
 * 1. RESOURCE of projects, log sinks and resource policies: project numbers → ids, the buckets sinks write
 *    into, and the snapshot schedules' retention (kept for the scope: disks name their schedules);
 *    the records go to --inventory-out, so that file reads back alike; projects are held and judged
 *    after step 2 (their audit-log export, once the stores the sinks write into are read);
 * 2. side by side (`together`), each judged as its pages arrive:
 *    - for folders and organizations, IAM_POLICY of the folders and organizations (kept for the
 *      scope: their audit configs are inherited by the projects below them), then judged;
 *    - RESOURCE of the asset types the policies look at, in a few listings by family
 *      (`resourceListings`); the stores log sinks can write into are also learnt by their retention;
 *    - before the listing holding buckets, ORG_POLICY of the projects, folders and organizations (the
 *      storage.publicAccessPrevention policies the buckets inherit, kept for the scope), then
 *      IAM_POLICY of the Cloud Storage buckets: their members are kept for the scope (one entry per
 *      bucket), so each bucket is judged with its policy as its settings arrive; those records go on
 *      as they arrive (to --inventory-out), saying nothing of their own;
 *    then the load balancer proxies (held: the SSL policy or URL map they name may come later) and
 *    the projects held from step 1;
 * 3. the Security Command Center services of each project (security-center.ts, asked for after
 *    step 1), learnt and recorded;
 * 4. IAM_POLICY of the projects, judged as each page arrives.
 * Scopes are read in parallel (`--concurrency`), pages handed to the scan through a bounded queue;
 * every listAssets call of the scan waits its turn under the quota project's quota (`CallRate`,
 * `--gcp-list-quota`). A listing that fails after the client's retries marks its scope (and every
 * project of it that is known) incomplete; the scope's other listings stop, and no run of it is
 * reported as complete.
 */
export function createGcpSource(options: LiveOptions): LiveSource {
  const scopes = [...new Set(options.scopes)];
  for (const s of scopes) if (!/^(projects|folders|organizations)\/[^/\s]+$/.test(s)) throw new UserError(`--scope ${s}: expected projects/ID, folders/ID or organizations/ID`);
  const pageSize = options.pageSize ?? 1000;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) throw new UserError('the Cloud Asset Inventory page size must be from 1 to 1000');
  const assetTypes = options.assetTypes?.length ? [...options.assetTypes] : [...DEFAULT_ASSET_TYPES];
  const retry: Partial<RetrySettings> = options.retry ?? {};
  const sccBase = options.securityCenterEndpoint ?? sccBaseUrl(process.env);
  const quota = { calls: options.listsPerMinute ?? LIST_QUOTA, windowMs: options.quotaWindowMs ?? 60_000 };
  if (!Number.isInteger(quota.calls) || quota.calls < 1 || quota.calls > 100_000) throw new UserError('--gcp-list-quota must be a whole number of calls a minute from 1 to 100000');
  return {
    cloud: 'gcp',
    describe: () => (scopes.length === 1 ? `GCP ${scopes[0]}` : `GCP ${scopes.length} scopes (${scopes.join(', ')})`),
    scan: (ctx) => scanScopes(scopes, { assetTypes, pageSize, retry, clientOptions: options.clientOptions ?? {}, sccBase, quota }, ctx),
  };
}

interface Settings {
  assetTypes: string[];
  pageSize: number;
  /** Over the defaults and --max-attempts. */
  retry: Partial<RetrySettings>;
  clientOptions: ClientOptions;
  /** Security Command Center Management API base URL. */
  sccBase: string;
  /** ListAssets calls started in any `windowMs`, at most. */
  quota: { calls: number; windowMs: number };
}

/** Cloud Asset Inventory's default ListAssets quota: 100 calls a minute per consumer (quota) project. */
export const LIST_QUOTA = 100;

async function* scanScopes(scopes: string[], settings: Settings, ctx: LiveContext): AsyncGenerator<LiveItem> {
  const limits = limitsOf(ctx);
  const signIn = new Deadline(limits.deadlineMs, 'the GCP sign-in', ctx.signal);
  const client = await createClient(settings.clientOptions, process.env, (p) => signIn.bound(p)).finally(() => signIn.dispose());
  const queue = new PageQueue<LiveItem[]>(Math.max(2, ctx.concurrency));
  // One quota project for every scope of the scan: one count of its calls.
  const rate = new CallRate(settings.quota.calls, settings.quota.windowMs);
  const reader = new ScopeReader(client, settings, ctx, queue, rate);
  const producer = (async () => {
    for await (const done of mapConcurrent(scopes, ctx.concurrency, (scope) => reader.read(scope))) void done;
  })().then(
    () => queue.close(),
    (err: unknown) => queue.close(err),
  );
  try {
    for await (const page of queue.drain()) yield* page;
  } finally {
    queue.cancel();
    await producer;
    await client.close().catch(() => undefined);
  }
}

class ScopeFailed extends Error {}

class ScopeReader {
  private readonly retry: RetrySettings;
  private readonly attemptTimeoutMs: number;
  private readonly maxPages: number;
  private readonly deadlineMs: number;

  constructor(
    private readonly client: AssetClient,
    private readonly settings: Settings,
    private readonly ctx: LiveContext,
    private readonly queue: PageQueue<LiveItem[]>,
    private readonly rate: CallRate,
  ) {
    const limits = limitsOf(ctx);
    this.retry = { ...DEFAULT_RETRY, maxAttempts: limits.maxAttempts, ...settings.retry };
    this.attemptTimeoutMs = limits.requestTimeoutMs;
    this.maxPages = limits.maxPages;
    this.deadlineMs = limits.deadlineMs;
  }

  /** Reads one scope within its deadline; failures are reported, never thrown (but a cancelled scan stops quietly). */
  async read(scope: string): Promise<void> {
    const deadline = new Deadline(this.deadlineMs, `GCP ${scope}`, this.ctx.signal);
    try {
      await this.readWithin(scope, deadline);
    } finally {
      deadline.dispose();
    }
  }

  private async readWithin(scope: string, deadline: Deadline): Promise<void> {
    const inv = new InventoryContext();
    const isProject = scope.startsWith('projects/');
    const given = scope.slice(scope.indexOf('/') + 1);
    const owner = () => (isProject ? inv.projectId(given) : scope);
    const shard = this.ctx.shard;
    // --shard: projects by id, folders and organizations by their name (`folders/F`), each in one shard.
    const mine = (unit: string) => !shard || inShard(unit, shard);
    const keep = (items: LiveItem[]) => (shard ? items.filter((i) => mine(i.resource.source.scope ?? i.resource.source.category.slice('gcp/'.length))) : items);
    // A project named by id that another shard reads: not a single call.
    if (isProject && !/^\d+$/.test(given) && !mine(given)) {
      this.ctx.progress.finish(scope, 'left to another shard');
      return;
    }
    let step = 'projects, log sinks and snapshot schedules (RESOURCE)';
    let read = 0;
    // Counted before the hand-off: listings read side by side emit at once, and `read += await …` would lose counts.
    const emit = async (items: LiveItem[]): Promise<void> => {
      const kept = keep(items);
      read += kept.length;
      await this.emit(scope, kept);
    };
    try {
      // Kept in the inventory too (no facets of their own), so a file written with --inventory-out reads back the same.
      // Projects are judged last (their audit-log export needs the sinks' destinations, read with the resources): held.
      const projects: Held[] = [];
      await this.list(deadline, scope, RESOURCE, [PROJECT, LOG_SINK, RESOURCE_POLICY], async (assets) => {
        const page = learnAll(assets, inv);
        projects.push(...page.filter((x) => x.asset.assetType === PROJECT));
        await emit(asItems(page.filter((x) => x.asset.assetType !== PROJECT), inv, isProject ? owner() : undefined));
      });
      // A project named by number: its id is known now.
      if (isProject && !mine(owner())) {
        this.ctx.progress.finish(scope, 'left to another shard');
        return;
      }
      const fallback = isProject ? owner() : undefined;
      // Asked for now, while the other listings travel; judged on the project records at the end.
      const securityCenter = this.readSecurityCenter(deadline, fallback ? [fallback] : [...new Set(inv.projects.values())].filter(mine));
      securityCenter.catch(() => undefined);
      const learnAndEmit = async (assets: unknown[]) => {
        await emit(asItems(learnAll(assets, inv), inv, fallback));
      };
      // Load balancer proxies are judged by the SSL policy or URL map they name, which may come in a later page or another listing: held to the end.
      const proxies: Held[] = [];
      // The first listing to fail stops the others at their next page.
      const halt = new AbortController();
      const resources = (types: string[]) => () =>
        this.list(deadline, scope, RESOURCE, types, async (assets) => {
          await emit(this.items(assets, inv, fallback, proxies));
        }, halt.signal);
      const branches: Branch[] = [];
      if (!isProject) {
        branches.push({
          step: 'folder and organization IAM policies (IAM_POLICY)',
          read: async () => {
            const held: Held[] = [];
            await this.list(deadline, scope, IAM_POLICY, [FOLDER, ORGANIZATION], (assets) => {
              held.push(...learnAll(assets, inv));
            }, halt.signal);
            // Judged once every ancestor's audit config is known.
            await emit(asItems(held, inv, undefined));
          },
        });
      }
      for (const types of resourceListings(this.settings.assetTypes)) {
        const step = `resources (RESOURCE: ${types.length === 1 ? types[0] : `${types.length} asset types`})`;
        if (!types.includes(BUCKET)) {
          branches.push({ step, read: resources(types) });
          continue;
        }
        // Organisation policies and bucket IAM policies before the buckets: a bucket is judged by its settings, its
        // policy and the storage.publicAccessPrevention policy it inherits together.
        let at = 'organisation policies (ORG_POLICY)';
        branches.push({
          get step() {
            return at;
          },
          read: async () => {
            await this.list(deadline, scope, ORG_POLICY, [PROJECT, FOLDER, ORGANIZATION], learnAndEmit, halt.signal);
            at = 'bucket IAM policies (IAM_POLICY)';
            inv.bucketSettingsFollow = true;
            await this.list(deadline, scope, IAM_POLICY, [BUCKET], learnAndEmit, halt.signal);
            at = step;
            await resources(types)();
          },
        });
      }
      await together(branches, halt).catch((err: unknown) => {
        if (!(err instanceof BranchFailed)) throw err;
        step = err.step;
        throw err.cause;
      });
      await emit(asItems(proxies, inv, fallback));
      await emit(asItems(projects, inv, fallback));
      // Before the project IAM policies: each project's Security Command Center verdict is judged on that record.
      step = 'Security Command Center services';
      read += await this.judgeSecurityCenter(scope, inv, projects, await securityCenter);
      step = 'project IAM policies (IAM_POLICY)';
      await this.list(deadline, scope, IAM_POLICY, [PROJECT], async (assets) => {
        await emit(this.items(assets, inv, fallback));
      });
    } catch (err) {
      if (err instanceof QueueCancelled || this.queue.isCancelled) return;
      const why = describeError(err, scope);
      // The scope itself is reported by every shard (what failed concerns them all); its projects by their own shard.
      const projects = isProject ? [owner()] : [scope, ...[...new Set(inv.projects.values())].filter(mine)];
      for (const p of projects) {
        this.ctx.notify({ level: 'error', message: `${step} could not be read, so the scan of ${scope} is incomplete: ${why}`, scope, category: categoryOf(p) });
      }
      this.ctx.progress.finish(scope, `failed (${step}): ${why}`);
      return;
    }
    // Every project of the scope was read (even those with nothing to judge): their runs are complete.
    const covered = isProject ? [owner()] : [scope, ...inv.projects.values(), ...[...inv.audit.keys()].filter((k) => !k.startsWith('projects/'))];
    for (const c of new Set(covered)) if (mine(c)) this.ctx.covered(categoryOf(c));
    this.ctx.progress.finish(scope, `${read} resources`);
  }

  /**
   * The items of a page. SSL policies and URL maps teach the context what the proxies naming them
   * accept; proxies go to `held` when given (judged at the end of the listing). With --shard, records
   * of a project of another shard (by their first ancestor, a project number the first listing
   * resolved) are dropped before their conversion.
   */
  private items(assets: readonly unknown[], inv: InventoryContext, fallbackOwner: string | undefined, held?: Held[]): LiveItem[] {
    const out: LiveItem[] = [];
    const shard = this.ctx.shard;
    for (const a of assets) {
      if (shard && !fallbackOwner && isObject(a) && Array.isArray(a.ancestors)) {
        const number = /^projects\/(\d+)$/.exec(String(a.ancestors[0] ?? ''))?.[1];
        const id = number ? inv.projects.get(number) : undefined;
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
  private async readSecurityCenter(deadline: Deadline, ids: readonly string[]): Promise<Array<{ id: string; services: unknown[] } | { id: string; err: unknown }>> {
    // google-gax keeps the client's credentials (GoogleAuth, or the OAuth2 client given) as `auth`: both make authorized requests.
    const http = this.client.auth as unknown as AuthorizedHttp;
    const retry = <T>(call: () => Promise<T>): Promise<T> => this.retrying(deadline, sccRetryable, call);
    const options = { baseUrl: this.settings.sccBase, timeoutMs: this.attemptTimeoutMs, maxPages: this.maxPages, signal: deadline.signal };
    const out = new Map<string, { id: string; services: unknown[] } | { id: string; err: unknown }>();
    for await (const r of mapConcurrent(ids, this.ctx.concurrency, (id) => listSccServices(http, id, options, retry).then((services) => ({ id, services }), (err: unknown) => ({ id, err })))) out.set(r.id, r);
    return ids.map((id) => out.get(id)!);
  }

  /**
   * The services read, learnt and passed on as items (to --inventory-out). A project whose list
   * could not be read stays unknown: one warning for the scope says how many and why (an error when
   * the read was cut short).
   */
  private async judgeSecurityCenter(scope: string, inv: InventoryContext, projects: ReadonlyArray<{ asset: CaiAsset }>, results: ReadonlyArray<{ id: string; services: unknown[] } | { id: string; err: unknown }>): Promise<number> {
    const ancestry = new Map(projects.map(({ asset }) => [ownerOf(asset, inv), asset.ancestors]));
    let failed = 0;
    let first: unknown;
    let read = 0;
    for (const r of results) {
      if ('err' in r) {
        failed++;
        first ??= r.err;
        continue;
      }
      const raw = sccRecord(inv.projectNumbers.get(r.id) ?? r.id, ancestry.get(r.id), r.services);
      const asset = normaliseRecord(raw);
      if (!asset) continue;
      inv.learn(asset);
      // An item like the sinks (nothing of its own to judge), so the file read back counts the same resources.
      read += await this.emit(scope, [{ resource: toResource(asset, inv, { fallbackOwner: r.id }), raw }]);
    }
    if (failed) {
      this.ctx.notify({
        level: isIncompleteRead(first) ? 'error' : 'warning',
        message: `the Security Command Center services of ${failed} project(s) of ${scope} could not be read, so their threat detection is unknown: ${describeSccError(first)}`,
        scope,
      });
    }
    return read;
  }

  private async emit(scope: string, items: LiveItem[]): Promise<number> {
    if (items.length === 0) return 0;
    this.ctx.progress.advance(scope, items.length);
    await this.queue.push(items);
    return items.length;
  }

  /** `call` tried up to --max-attempts times with backoff, and never past the deadline. */
  private retrying<T>(deadline: Deadline, retryable: (err: unknown) => boolean, call: () => Promise<T>): Promise<T> {
    const { maxAttempts, initialDelayMs, maxDelayMs } = this.retry;
    return deadline.bound(withRetry(call, { attempts: maxAttempts, baseMs: initialDelayMs, maxMs: maxDelayMs, retryable, signal: deadline.signal }));
  }

  /** One try of one page: cancelled, as DEADLINE_EXCEEDED, when no answer came within --request-timeout. */
  private attempt(request: Record<string, unknown>): Promise<[unknown[], Record<string, unknown> | null | undefined]> {
    const call = this.client.listAssets(request, CALL_OPTIONS) as unknown as Promise<[unknown[], Record<string, unknown> | null | undefined]> & { cancel?: () => void };
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
        (err: unknown) => {
          clearTimeout(timer);
          reject(err);
        },
      );
    });
  }

  /**
   * Pages through one listing: the next page is asked for as soon as a page arrives, and this one
   * handled while it travels, so the API's latency and the scan's work overlap (two pages at most).
   */
  private async list(deadline: Deadline, parent: string, contentType: string, assetTypes: string[], each: (assets: unknown[]) => void | Promise<void>, halt?: AbortSignal): Promise<void> {
    type Page = [unknown[], Record<string, unknown> | null | undefined];
    const call = (request: Record<string, unknown>): Promise<Page> => {
      if (this.ctx.signal?.aborted) return Promise.reject(new ScopeFailed('the scan was interrupted'));
      if (halt?.aborted) return Promise.reject(new ScopeFailed('another listing of the scope failed'));
      if (this.queue.isCancelled) return Promise.reject(new QueueCancelled('the scan stopped reading'));
      // Each try is a call the quota counts.
      return this.retrying(deadline, isRetryable, () => this.rate.take(deadline.signal).then(() => this.attempt(request)));
    };
    const guard = new PageGuard(`${contentType} ${assetTypes.length === 1 ? assetTypes[0] : `${assetTypes.length} asset types`} of ${parent}`, this.maxPages);
    let pending: Promise<Page> | undefined = call({ parent, contentType, assetTypes, pageSize: this.settings.pageSize });
    while (pending) {
      const [assets, next]: Page = await pending;
      const token: string | undefined = guard.next(next && typeof next.pageToken === 'string' ? next.pageToken : undefined);
      pending = token ? call(next!) : undefined;
      // Awaited after this page's work, or abandoned when that work fails: either way, not an unhandled rejection.
      pending?.catch(() => undefined);
      // Let the request for the next page reach the wire before this page's work takes the thread.
      if (pending) await new Promise((resolve) => setImmediate(resolve));
      await each(assets ?? []);
    }
  }
}

/** One listing of a scope (or a chain of them) read alongside the others; `step` names what it is reading, for messages. */
interface Branch {
  readonly step: string;
  read(): Promise<void>;
}

class BranchFailed extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(step);
  }
}

/**
 * Reads the branches side by side. The first to fail aborts `halt` (the others stop at their next
 * page) and is thrown, with its step, once every branch has ended: none still emits after its scope
 * is reported failed.
 */
async function together(branches: readonly Branch[], halt: AbortController): Promise<void> {
  let first: BranchFailed | undefined;
  await Promise.all(
    branches.map((b) =>
      b.read().catch((err: unknown) => {
        first ??= new BranchFailed(b.step, err);
        halt.abort();
      }),
    ),
  );
  if (first) throw first;
}

/** Networks, firewall rules and load balancers; the other compute types; Cloud Storage. */
const FAMILIES: readonly RegExp[] = [/^compute\.googleapis\.com\/.*(Firewall|Network|Subnetwork|Ssl|Url|Proxy)/, /^compute\.googleapis\.com\//, /^storage\.googleapis\.com\//];

/**
 * The RESOURCE listings of a scope, read side by side: a listing's next page can be asked for only
 * once its page is decoded, so one long listing leaves the wire idle between its pages. The asset
 * types go by family (compute disks and machines, networks and load balancers, Cloud Storage, the
 * rest), where large estates keep their bulk; each listing costs at most one partial page more.
 */
export function resourceListings(assetTypes: readonly string[]): string[][] {
  // The families, then the rest.
  const listings: string[][] = [...FAMILIES, undefined].map(() => []);
  for (const t of assetTypes) {
    const family = FAMILIES.findIndex((f) => f.test(t));
    listings[family < 0 ? FAMILIES.length : family]!.push(t);
  }
  return listings.filter((types) => types.length > 0);
}

/**
 * One line saying why a listing failed: the API's status and message (HTTP client errors carry the
 * JSON error body as their message), with what to do for the usual causes.
 */
/** A record as read, kept until it can be judged. */
type Held = { asset: CaiAsset; raw: Record<string, unknown> };

/** Records as items, filed under `fallbackOwner` when their name says no project. */
function asItems(held: readonly Held[], inv: InventoryContext, fallbackOwner: string | undefined): LiveItem[] {
  return held.map(({ asset, raw }) => ({ resource: toResource(asset, inv, fallbackOwner ? { fallbackOwner } : {}), raw }));
}

/** A context listing's page: each record read as the inventory reads it, and learnt before any resource of the scope is judged. */
function learnAll(assets: readonly unknown[], inv: InventoryContext): Held[] {
  const out: Held[] = [];
  for (const a of assets) {
    const raw = fromClientAsset(a);
    const asset = normaliseRecord(raw);
    if (!asset) continue;
    inv.learn(asset);
    out.push({ asset, raw });
  }
  return out;
}

export function describeError(err: unknown, scope: string): string {
  const e = err as { code?: unknown; status?: unknown; message?: unknown };
  let message = typeof e?.message === 'string' ? e.message : String(err);
  // google-gax's own retries are off (CALL_OPTIONS); an older message shape is still understood.
  const gaveUp = /Exceeded maximum number of retries|Total timeout of API/.test(message);
  const body = embeddedError(message);
  let status: string | undefined;
  let httpCode: number | undefined;
  if (body) {
    status = body.status;
    httpCode = body.code;
    message = body.message ?? message;
  } else if (typeof e?.code === 'number') {
    if (e.code >= 100) httpCode = e.code;
    else status = GRPC_NAMES[e.code];
  }
  if (!body && typeof e?.status === 'number') httpCode ??= e.status;
  const first = message.split('\n')[0]!.trim();
  const label = [status, httpCode ? `HTTP ${httpCode}` : undefined].filter(Boolean).join(', ');
  let hint = '';
  if (status === 'PERMISSION_DENIED' || httpCode === 403) hint = ` (the credentials need roles/cloudasset.viewer on ${scope}, and the Cloud Asset API enabled in their quota project)`;
  else if (status === 'UNAUTHENTICATED' || httpCode === 401) hint = ' (Application Default Credentials were refused: workload identity federation in CI, gcloud auth application-default login elsewhere)';
  else if (status === 'RESOURCE_EXHAUSTED' || httpCode === 429) hint = ' (ListAssets allows 100 calls a minute per quota project: scan folders or the organization rather than many projects)';
  return `${label ? `${label}: ` : ''}${first}${hint}${gaveUp ? ' (still failing after the retries)' : ''}`;
}

/** The first `{"error": {…}}` JSON object in a message (the API's error body, as the HTTP client quotes it). */
function embeddedError(text: string): { code?: number; status?: string; message?: string } | undefined {
  const start = text.indexOf('{"error"');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const parsed = safeParse(text.slice(start, i + 1)) as { error?: { code?: number; status?: string; message?: string } } | undefined;
      return parsed?.error;
    }
  }
  return undefined;
}

const GRPC_NAMES: Record<number, string> = {
  1: 'CANCELLED',
  2: 'UNKNOWN',
  3: 'INVALID_ARGUMENT',
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  9: 'FAILED_PRECONDITION',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
  16: 'UNAUTHENTICATED',
};

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
