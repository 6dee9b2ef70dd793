import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { ResourceManagementClient } from '@azure/arm-resources';
import { UserError } from '../../src/errors.js';
import type { Notification } from '../../src/model/finding.js';
import { mapConcurrent } from '../../src/live/pool.js';
import { inShard } from '../../src/live/shard.js';
import { limitsOf, type LiveContext, type LiveItem, type LiveSource } from '../../src/live/source.js';
import { Deadline } from '../../src/live/guard.js';
import { timedHttpsAgent } from '../../src/live/timed-agent.js';
import { activityExports, describeError, detailReader, type DetailFailure } from './arm.js';
import { categoryOf, SUBSCRIPTION_TYPE, toResource } from './build.js';
import { ProtectionIndex } from './backups.js';
import { Channel } from './channel.js';
import { GRAPH_API_VERSION, graphPages, QUERIES, type GraphScope } from './graph.js';
import { QuotaGate, tune, type RetryOptions } from './pipeline.js';
import { nestedDetails, subscriptionOf, typeOf, type AzRecord } from './records.js';
import { SiteConfigs } from './site-configs.js';

type TokenCredential = ConstructorParameters<typeof ResourceGraphClient>[0];

export type LiveOptions = {
  subscriptions: string[];
  managementGroups: string[];
  /**
   * The ARM endpoint: tests, private endpoints (Azure Private Link for ARM), sovereign clouds.
   * Default: the `CLDSCAN_AZURE_ENDPOINT` environment variable, else https://management.azure.com.
   */
  endpoint?: string;
  /** Default: DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI, …). */
  credential?: TokenCredential;
  /** Extra trusted certificate authority (PEM) for the endpoint, for tests in-process (the CLI honours NODE_EXTRA_CA_CERTS). */
  ca?: string | Buffer;
  /** Rows per Resource Graph page, 1 to 1000 (default 1000). */
  pageSize?: number;
  retry?: RetryOptions;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MANAGEMENT_GROUP = /^[\w.()-]{1,90}$/;
/** ARM child reads of one page at once (TDE states, firewall rules): ARM's read quota is per subscription and generous. */
const DETAIL_CONCURRENCY = 8;

type Scope = { kind: 'subscription'; id: string; label: string } | { kind: 'managementGroup'; id: string; label: string };

export function createAzureSource(options: LiveOptions): LiveSource {
  for (const s of options.subscriptions) if (!GUID.test(s)) throw new UserError(`--subscription ${s}: expected a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)`);
  for (const m of options.managementGroups) if (!MANAGEMENT_GROUP.test(m)) throw new UserError(`--management-group ${m}: expected a management group id (letters, digits, - _ . ( ), at most 90)`);
  const subscriptions = [...new Set(options.subscriptions.map((s) => s.toLowerCase()))];
  const groups = [...new Set(options.managementGroups)];
  const scopes: Scope[] = [
    ...groups.map((id): Scope => ({ kind: 'managementGroup', id, label: `azure/managementGroups/${id}` })),
    ...subscriptions.map((id): Scope => ({ kind: 'subscription', id, label: categoryOf(id) })),
  ];
  const parts = [
    subscriptions.length ? `${subscriptions.length} subscription${subscriptions.length > 1 ? 's' : ''}` : '',
    groups.length ? `management group${groups.length > 1 ? 's' : ''} ${groups.join(', ')}` : '',
  ].filter(Boolean);
  return {
    cloud: 'azure',
    describe: () => `Azure ${parts.join(' and ')}`,
    scan: (ctx) => scanAzure(options, scopes, ctx),
  };
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n').find((l) => l.trim())?.trim() ?? 'unknown error';
}

async function* scanAzure(options: LiveOptions, scopes: readonly Scope[], ctx: LiveContext): AsyncGenerator<LiveItem> {
  const endpoint = (options.endpoint ?? process.env.CLDSCAN_AZURE_ENDPOINT)?.replace(/\/+$/, '') || undefined;
  const credential = options.credential ?? new (await import('@azure/identity')).DefaultAzureCredential();
  // No credential at all is a setup problem, not a part of the estate that could not be read.
  const limits = limitsOf(ctx);
  const signIn = new Deadline(limits.deadlineMs, 'the Azure sign-in', ctx.signal);
  try {
    await signIn.bound(credential.getToken(`${endpoint ?? 'https://management.azure.com'}/.default`, { abortSignal: signIn.signal }));
  } catch (err) {
    const why = Array.isArray((err as { errors?: unknown }).errors)
      ? "none of DefaultAzureCredential's sources gave one: environment variables, workload identity, managed identity, Azure CLI, Azure Developer CLI, Azure PowerShell"
      : firstLine(err);
    throw new UserError(`Azure: could not get a token (${why}); sign in with az login, or run with a managed identity or workload identity`);
  } finally {
    signIn.dispose();
  }
  const agent = timedHttpsAgent({ ...(options.ca ? { ca: options.ca } : {}), keepAlive: true }, limits);
  const common = { ...(endpoint ? { endpoint } : {}), agent, userAgentOptions: { userAgentPrefix: 'cldscan' } };
  const retry: RetryOptions = { maxRetries: limits.maxAttempts - 1, ...options.retry };
  const graph = new ResourceGraphClient(credential, { ...common, apiVersion: GRAPH_API_VERSION });
  tune(graph.pipeline, new QuotaGate(), retry);
  // getById takes the whole resource id: the client's own subscription is never used.
  const arm = new ResourceManagementClient(credential, '00000000-0000-0000-0000-000000000000', common);
  tune(arm.pipeline, new QuotaGate(), retry);

  const pageSize = Math.min(1000, Math.max(1, options.pageSize ?? 1000));
  const channel = new Channel<LiveItem[]>(Math.max(2, ctx.concurrency * 2));
  // Stops every request when the scan is cancelled or its consumer stops early.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  const reader: ScopeReader = { graph, arm, pageSize, channel, claims: new Map(), ctx, signal: stop.signal, maxPages: limits.maxPages, deadlineMs: limits.deadlineMs };
  // --shard: subscriptions given one by one are kept or left here; a management group's, once listed.
  const mine = scopes.filter((s) => s.kind === 'managementGroup' || inShard(s.id, ctx.shard));

  const producer = (async () => {
    try {
      for await (const _ of mapConcurrent(mine, ctx.concurrency, (scope) => readScope(reader, scope))) void _;
      channel.close();
    } catch (err) {
      channel.close(err);
    }
  })();
  let drained = false;
  try {
    for await (const batch of channel.drain()) yield* batch;
    drained = true;
  } finally {
    if (!drained) stop.abort();
    channel.close();
    await producer;
    ctx.signal?.removeEventListener('abort', onAbort);
    agent.destroy();
  }
}

interface ScopeReader {
  graph: ResourceGraphClient;
  arm: ResourceManagementClient;
  pageSize: number;
  channel: Channel<LiveItem[]>;
  /** Which scope reads each subscription: a subscription under two management groups, or also given alone, is read once. */
  claims: Map<string, string>;
  ctx: LiveContext;
  /** Aborts when the consumer stops reading. */
  signal: AbortSignal;
  /** --max-pages, --deadline. */
  maxPages: number;
  deadlineMs: number;
}

/** Resource Graph takes at most this many subscriptions per request (as the Azure CLI batches them). */
const SUBSCRIPTIONS_PER_QUERY = 1000;

const PRICING_TYPE = 'microsoft.security/pricings';
const REGISTRY_TYPE = 'microsoft.containerregistry/registries';

async function forEachLimit<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  for await (const _ of mapConcurrent(items, limit, work)) void _;
}

/**
 * Reads one subscription or management group: Defender MFA assessments (buffered: a few per
 * subscription), then subscriptions and resource groups (with each subscription's activity-log
 * exports), then App Service site configurations (held, trimmed, until their site's page), then
 * Azure Backup protections and policies (buffered: joined to the VMs and disks they name), then
 * every resource, page by page, with what Graph lacks read from ARM. Failures are
 * reported with the subscriptions they leave unread; nothing of an unread part is yielded.
 */
async function readScope(r: ScopeReader, scope: Scope): Promise<void> {
  const deadline = new Deadline(r.deadlineMs, scope.kind === 'subscription' ? `subscription ${scope.id}` : `management group ${scope.id}`, r.signal);
  try {
    await readScopeWithin(r, scope, deadline);
  } finally {
    deadline.dispose();
  }
}

async function readScopeWithin(r: ScopeReader, scope: Scope, deadline: Deadline): Promise<void> {
  const { ctx } = r;
  const graphScope: GraphScope = scope.kind === 'subscription' ? { subscriptions: [scope.id] } : { managementGroups: [scope.id] };
  const sharded = ctx.shard !== undefined && ctx.shard.count > 1;
  let graphScopes: GraphScope[] = [graphScope];
  const opts = { pageSize: r.pageSize, deadline, maxPages: r.maxPages, scope: scope.label };
  /** Every page of a query over the scope (over each batch of this shard's subscriptions, when sharded). */
  async function* pages(query: string): AsyncGenerator<AzRecord[]> {
    for (const g of graphScopes) yield* graphPages(r.graph, query, g, opts);
  }
  const owned = new Set<string>();
  const own = (sub: string | undefined): boolean => {
    if (!sub) return scope.kind === 'managementGroup' && !sharded;
    if (!inShard(sub, ctx.shard)) return false;
    if (!r.claims.has(sub)) r.claims.set(sub, scope.label);
    if (r.claims.get(sub) !== scope.label) return false;
    owned.add(sub);
    return true;
  };
  const failures: DetailFailure[] = [];
  const details = detailReader(r.arm, failures, deadline.signal);
  const exportsOf = activityExports(r.arm, failures, deadline.signal);
  let count = 0;
  const emit = async (items: LiveItem[]) => {
    if (!items.length) return;
    count += items.length;
    ctx.progress.advance(scope.label, items.length);
    await r.channel.put(items);
  };
  const live = (sub: string | undefined) => ({ input: `live/${categoryOf(sub)}` });

  if (scope.kind === 'subscription' && !own(scope.id)) {
    ctx.progress.finish(scope.label, `read with ${r.claims.get(scope.id)}`);
    return;
  }
  let stage = 'Defender for Cloud assessments and plans';
  try {
    if (scope.kind === 'managementGroup' && sharded) {
      // Only this shard's subscriptions of the group are queried, in batches.
      stage = 'subscriptions of the management group';
      const subs = new Set<string>();
      for await (const page of graphPages(r.graph, QUERIES.subscriptions, graphScope, opts)) {
        for (const row of page) {
          const sub = subscriptionOf(row);
          if (sub && inShard(sub, ctx.shard)) subs.add(sub);
        }
      }
      const list = [...subs].sort();
      graphScopes = [];
      for (let i = 0; i < list.length; i += SUBSCRIPTIONS_PER_QUERY) graphScopes.push({ subscriptions: list.slice(i, i + SUBSCRIPTIONS_PER_QUERY) });
      stage = 'Defender for Cloud assessments and plans';
    }
    const assessments = new Map<string, AzRecord[]>();
    const pricings = new Map<string, AzRecord[]>();
    for await (const page of pages(QUERIES.assessments)) {
      for (const a of page) {
        const sub = subscriptionOf(a);
        if (!sub) continue;
        const into = typeOf(a) === PRICING_TYPE ? pricings : assessments;
        (into.get(sub) ?? into.set(sub, []).get(sub)!).push(a);
      }
    }
    const plansOf = (sub: string): AzRecord[] => (pricings.get(sub)?.length ? [{ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: 'Microsoft.Security/pricings', value: pricings.get(sub)! }] : []);

    stage = 'subscriptions and resource groups';
    for await (const page of pages(QUERIES.containers)) {
      const items: LiveItem[] = [];
      await forEachLimit(page, DETAIL_CONCURRENCY, async (row) => {
        const sub = subscriptionOf(row);
        if (!own(sub)) return;
        let raw = row;
        if (typeOf(row) === SUBSCRIPTION_TYPE && sub) {
          ctx.covered(categoryOf(sub));
          const resources: AzRecord[] = [
            { id: `/subscriptions/${sub}/providers/Microsoft.Security/assessments`, type: 'Microsoft.Security/assessments', value: assessments.get(sub) ?? [] },
            // Every plan of the subscription, read whole: none on is a finding on the subscription.
            { id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: 'Microsoft.Security/pricings', value: pricings.get(sub) ?? [] },
            ...((await exportsOf(sub)) ?? []),
          ];
          raw = { ...row, resources };
          // The subscription's Defender plans are resources of their own.
          for (const plan of pricings.get(sub) ?? []) {
            const resource = toResource(plan, { records: [] }, live(sub));
            if (resource) items.push({ resource, raw: plan });
          }
        }
        const resource = toResource(raw, { records: nestedDetails(raw) }, live(sub));
        if (resource) items.push({ resource, raw });
      });
      await emit(items);
    }
    if (scope.kind === 'managementGroup' && sharded && !graphScopes.length) {
      ctx.progress.finish(scope.label, 'no subscription in this shard');
      return;
    }
    if (scope.kind === 'subscription' && count === 0) {
      throw Object.assign(new Error(`subscription ${scope.id} was not found, or this identity cannot read it (it needs the Reader role)`), { code: 'SubscriptionNotFound' });
    }

    stage = 'App Service site configurations';
    const configs = new SiteConfigs();
    try {
      for await (const page of pages(QUERIES.siteConfigs)) for (const row of page) configs.add(row);
    } catch (err) {
      // Without the table (a proxy, an older cloud), each site's configuration is read from ARM below.
      if (r.signal.aborted || deadline.expired) throw err;
    }

    // Azure Backup: a failed read leaves whether VMs and disks are backed up unknown, the rest is judged.
    stage = 'Azure Backup protected items, backup instances and policies';
    let protections: ProtectionIndex | undefined = new ProtectionIndex();
    try {
      for await (const page of pages(QUERIES.backups)) for (const row of page) protections.add(row);
    } catch (err) {
      if (r.signal.aborted || deadline.expired) throw err;
      protections = undefined;
      reportScope(ctx, scope, owned, `${stage} (Resource Graph recoveryservicesresources) could not be read: ${describeError(err)}; whether VMs and managed disks are backed up stays unknown`);
    }

    stage = 'resources';
    for await (const page of pages(QUERIES.resources)) {
      const rows = page.filter((row) => own(subscriptionOf(row)));
      const extra = new Map<AzRecord, AzRecord[]>();
      for (const row of rows) {
        const config = configs.take(row);
        if (config) extra.set(row, [config]);
      }
      // Most rows are judged from Graph alone; the few that need ARM reads get them, a few at a time.
      await forEachLimit(
        rows.filter((row) => !extra.has(row) && details.needs(row)),
        DETAIL_CONCURRENCY,
        async (row) => {
          const found = await details.forRow(row);
          if (found?.length) extra.set(row, found);
        },
      );
      const items: LiveItem[] = [];
      for (const row of rows) {
        // Registries are scanned according to their subscription's Defender plans.
        const sub = subscriptionOf(row);
        const more = [...(extra.get(row) ?? []), ...(typeOf(row) === REGISTRY_TYPE && sub ? plansOf(sub) : []), ...(protections?.detailsFor(row) ?? [])];
        const raw = more.length ? { ...row, resources: [...nestedDetails(row), ...more] } : row;
        const resource = toResource(raw, { records: nestedDetails(raw) }, live(subscriptionOf(row)));
        if (resource) items.push({ resource, raw });
      }
      await emit(items);
    }
    ctx.progress.finish(scope.label, `${count} resources`);
  } catch (err) {
    if (r.signal.aborted) return;
    const message = `${stage} could not be read: ${describeError(err)}`;
    reportScope(ctx, scope, owned, message);
    ctx.progress.finish(scope.label, `failed: ${message}`);
  } finally {
    reportFailures(ctx, scope, failures);
  }
}

/** The error for every subscription the scope was reading; a management group that failed before any was known marks the whole scan. */
function reportScope(ctx: LiveContext, scope: Scope, owned: ReadonlySet<string>, message: string): void {
  if (scope.kind === 'subscription') {
    ctx.notify({ level: 'error', message, scope: `subscription ${scope.id}`, category: categoryOf(scope.id) });
    return;
  }
  const where = `management group ${scope.id}`;
  if (!owned.size) ctx.notify({ level: 'error', message: `${where}: ${message}`, scope: where });
  for (const sub of owned) ctx.notify({ level: 'error', message: `${where}: ${message}`, scope: `subscription ${sub}`, category: categoryOf(sub) });
}

/** One error per subscription and kind of detail that could not be read (the facets it would settle stay unknown). */
function reportFailures(ctx: LiveContext, scope: Scope, failures: readonly DetailFailure[]): void {
  const grouped = new Map<string, { n: number; first: unknown; sub: string | undefined; kind: string }>();
  for (const f of failures) {
    const key = `${f.subscription}|${f.kind}`;
    const g = grouped.get(key);
    if (g) g.n++;
    else grouped.set(key, { n: 1, first: f.error, sub: f.subscription, kind: f.kind });
  }
  for (const g of grouped.values()) {
    const n: Notification = {
      level: 'error',
      message: `${g.kind} could not be read (${g.n} ${g.n === 1 ? 'read' : 'reads'} failed; first: ${describeError(g.first)}); what they would settle stays unknown`,
      scope: g.sub ? `subscription ${g.sub}` : scope.label,
    };
    if (g.sub) n.category = categoryOf(g.sub);
    ctx.notify(n);
  }
}
