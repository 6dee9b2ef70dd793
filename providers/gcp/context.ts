import type { Truth } from '../../src/model/facets.js';
import { isObject, type CaiAsset, type IamPolicy, type JsonObject } from './asset.js';
import { routesDataAccessLogs } from './knowledge/log-filter.js';
import { PAP_CONSTRAINT, enforcesPrevention, inheritedPrevention, type PreventionPolicy } from './knowledge/public-access.js';
import { SCC_SERVICES, sccServices, type SccService } from './security-center.js';
import { dataOf, get, list, num, str } from './values.js';

/**
 * What judging one asset needs to know about others, learnt before the assets are judged (live:
 * small listings read first in each scope; files: a first pass over the records that reads only
 * these types in full). Kept per scope, small: one entry per project, log sink, folder, bucket and
 * organization — never the estate.
 *
 * - Project numbers → ids, so a bucket (named without its project) or an IAM policy
 *   (`//cloudresourcemanager.googleapis.com/projects/123`) is filed under `gcp/<project id>`.
 * - Log sinks into Cloud Storage buckets: such a bucket is a log store, judged by its retention.
 * - Every log sink with where it writes, and the stores sinks can write into (log buckets, Cloud
 *   Storage buckets, BigQuery datasets: only the settings that say how long they keep entries),
 *   so each project is judged on whether its audit logs are exported and kept (audit-export.ts).
 * - The `allServices` audit configs of folders and organizations: Data Access audit logs are
 *   inherited, so a project is covered when one of its ancestors covers it.
 * - Organisation policies (ORG_POLICY records of projects, folders, organizations): the nodes
 *   whose policies were read, and the `storage.publicAccessPrevention` policies among them, which
 *   the buckets below inherit.
 * - Cloud Storage buckets in files: an export gives a bucket's settings (RESOURCE) and its IAM
 *   policy (IAM_POLICY) as two records of one name, judged together on the first (one name and
 *   the public members, if any, per bucket).
 */

export const PROJECT = 'cloudresourcemanager.googleapis.com/Project';
export const FOLDER = 'cloudresourcemanager.googleapis.com/Folder';
export const ORGANIZATION = 'cloudresourcemanager.googleapis.com/Organization';
export const LOG_SINK = 'logging.googleapis.com/LogSink';
export const BUCKET = 'storage.googleapis.com/Bucket';
export const LOG_BUCKET = 'logging.googleapis.com/LogBucket';
export const DATASET = 'bigquery.googleapis.com/Dataset';
/** Where a log sink can keep entries, learnt for the audit-log export of each project. */
export const LOG_DESTINATION_TYPES: ReadonlySet<string> = new Set([LOG_BUCKET, BUCKET, DATASET]);
/** SSL policies and URL maps: what a load balancer's target proxy accepts is set there. */
export const SSL_POLICY_TYPES: ReadonlySet<string> = new Set(['compute.googleapis.com/SslPolicy', 'compute.googleapis.com/RegionSslPolicy']);
export const URL_MAP_TYPES: ReadonlySet<string> = new Set(['compute.googleapis.com/UrlMap', 'compute.googleapis.com/RegionUrlMap']);

/** Resource policies: a disk's snapshot schedule says how long its snapshots are kept. */
export const RESOURCE_POLICY = 'compute.googleapis.com/ResourcePolicy';

/** The asset types whose records the context learns from. */
export const CONTEXT_TYPES: ReadonlySet<string> = new Set([PROJECT, FOLDER, ORGANIZATION, LOG_SINK, ...LOG_DESTINATION_TYPES, SCC_SERVICES, RESOURCE_POLICY, ...SSL_POLICY_TYPES, ...URL_MAP_TYPES]);

/** A snapshot schedule as the disks that name it need it: `snapshotSchedulePolicy.retentionPolicy.maxRetentionDays`, when set. */
export interface SnapshotScheduleSummary {
  maxRetentionDays?: number;
}

/** An SSL policy as the proxies that name it need it. */
export interface SslPolicySummary {
  minTlsVersion?: string;
  profile?: string;
  /** `enabledFeatures` (Google computes them for every profile), else `customFeatures`. */
  features?: string[];
}

/** What a URL map does with plain HTTP requests. */
export interface UrlMapSummary {
  /** Every request redirected to HTTPS (`defaultUrlRedirect.httpsRedirect`, path matchers likewise, nothing routed to a backend). */
  httpsRedirectOnly: boolean;
}

/** A log sink's destination and whether it routes audit logs (no filter, or a filter naming cloudaudit). */
export interface SinkSummary {
  name: string;
  /** `storage` bucket name, or a log bucket as project / location / bucket; other destinations as written. */
  destination: { kind: 'storage'; bucket: string } | { kind: 'logging'; project: string; location: string; bucket: string } | { kind: 'other'; value: string };
  /** The destination as the sink writes it (`storage.googleapis.com/b`, `bigquery.googleapis.com/projects/p/datasets/d`). */
  target: string;
  audit: boolean;
  /** Where the sink is set, as its name says: `projects/123`, `folders/F`, `organizations/O`. */
  parent: string;
  /** An aggregated sink (folder, organization): it routes the entries of every project below. */
  includeChildren: boolean;
  /** An intercepting aggregated sink: the entries it routes no longer reach the sinks of the projects below (but `_Required`). */
  interceptChildren: boolean;
  /** Whether the Data Access audit logs pass its filter and exclusions (knowledge/log-filter.ts). */
  routesDataAccess: Truth;
}

/** `//logging.googleapis.com/folders/F/sinks/s` → `folders/F`. */
const sinkParent = (name: string): string | undefined => /(?:^|\/)((?:projects|folders|organizations|billingAccounts)\/[^/]+)\/sinks\/[^/]+$/.exec(name)?.[1];

/** Relative name of a compute resource from its asset name or self link: `projects/p/global/sslPolicies/x`. */
export function computeKey(nameOrLink: string): string | undefined {
  const m = /(?:^|\/)(projects\/[^/]+\/(?:global|regions\/[^/]+)\/[A-Za-z]+\/[^/]+)$/.exec(nameOrLink.trim());
  return m ? m[1] : undefined;
}

/** Whether a sink filter routes audit logs: none (every log) or one naming cloudaudit.googleapis.com. */
export const auditFilter = (filter: string | undefined): boolean => filter === undefined || filter.trim() === '' || /cloudaudit/i.test(filter);

/** Data Access audit log types; Admin Activity logs are always written and cannot be turned off. */
export const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'] as const;
/** AuditLogConfig.LogType numbers, as REST responses with `enum-encoding=int` carry them. */
const LOG_TYPE_NUMBERS: Record<number, string> = { 1: 'ADMIN_READ', 2: 'DATA_WRITE', 3: 'DATA_READ' };

export function logTypeName(t: unknown): string | undefined {
  if (typeof t === 'number') return LOG_TYPE_NUMBERS[t];
  return typeof t === 'string' && t ? t : undefined;
}

/** The `allServices` audit config of one IAM policy. */
export interface AuditSummary {
  /** Index in `auditConfigs` (for evidence), undefined when the policy has no allServices config. */
  index: number | undefined;
  logTypes: string[];
  exempted: number;
}

export function auditSummary(a: CaiAsset): AuditSummary | undefined {
  const configs = a.iamPolicy?.auditConfigs;
  if (!a.iamPolicy) return undefined;
  const index = Array.isArray(configs) ? configs.findIndex((c) => c?.service === 'allServices') : -1;
  if (index < 0) return { index: undefined, logTypes: [], exempted: 0 };
  const logConfigs = Array.isArray(configs![index]!.auditLogConfigs) ? configs![index]!.auditLogConfigs! : [];
  return {
    index,
    logTypes: logConfigs.map((c) => logTypeName(c?.logType)).filter((x): x is string => x !== undefined),
    exempted: logConfigs.reduce((n, c) => n + (Array.isArray(c?.exemptedMembers) ? c.exemptedMembers.length : 0), 0),
  };
}

/** `//cloudresourcemanager.googleapis.com/projects/123` → `projects/123` (also folders and organizations). */
export function hierarchyName(assetName: string): string | undefined {
  const m = /^\/\/cloudresourcemanager\.googleapis\.com\/((?:projects|folders|organizations)\/[^/]+)$/.exec(assetName);
  return m ? m[1] : undefined;
}

export class InventoryContext {
  /** Project number → project id. */
  readonly projects = new Map<string, string>();
  /** Bucket name → names of the log sinks writing into it. */
  readonly sinkBuckets = new Map<string, string[]>();
  /** `folders/F` / `organizations/O` (and projects) → their allServices audit config, as read. */
  readonly audit = new Map<string, AuditSummary>();
  /** SSL policies by relative name (`projects/p/global/sslPolicies/x`). */
  readonly sslPolicies = new Map<string, SslPolicySummary>();
  /** URL maps by relative name (`projects/p/global/urlMaps/x`). */
  readonly urlMaps = new Map<string, UrlMapSummary>();
  /** Enabled log sinks: where they write, and whether audit logs go there. */
  readonly sinks: SinkSummary[] = [];
  /** The same sinks by where they are set (`projects/123`, `folders/F`). */
  private readonly sinksByParent = new Map<string, SinkSummary[]>();
  /** The projects (as their sinks name them), folders and organizations whose log sinks are in the inventory: every one has its `_Required` sink. */
  readonly sinkParents = new Set<string>();
  /** Log buckets, Cloud Storage buckets and BigQuery datasets by their sink destination (`storage.googleapis.com/b`), with only their retention settings. */
  readonly logDestinations = new Map<string, CaiAsset>();
  /** Security Command Center services read for a project (by the number or id its record names). */
  private readonly securityCenter = new Map<string, SccService[]>();
  /** Project id → number (the reverse of `projects`). */
  readonly projectNumbers = new Map<string, string>();
  /** Buckets by asset name: those with a settings record, and the members of the IAM policy records read. */
  readonly bucketSettings = new Set<string>();
  readonly bucketMembers = new Map<string, string[]>();
  /** Live: every bucket's settings record comes after its policy record, and is judged with it. */
  bucketSettingsFollow = false;
  /** Nodes (`projects/N`, `folders/F`, `organizations/O`) whose organisation policies were read, and their `storage.publicAccessPrevention` policy when set. */
  readonly orgPolicyNodes = new Set<string>();
  readonly preventionPolicies = new Map<string, PreventionPolicy>();
  /** Snapshot schedules by relative name (`projects/p/regions/r/resourcePolicies/x`); other resource policies are left out. */
  readonly snapshotSchedules = new Map<string, SnapshotScheduleSummary>();

  learn(a: CaiAsset): void {
    if (LOG_DESTINATION_TYPES.has(a.assetType)) this.learnDestination(a);
    if (a.assetType === SCC_SERVICES) {
      const read = sccServices(a);
      if (read) this.securityCenter.set(read.project.slice('projects/'.length), read.services);
      return;
    }
    if (a.assetType === BUCKET) {
      if (dataOf(a)) this.bucketSettings.add(a.name);
      if (a.iamPolicy) this.bucketMembers.set(a.name, policyMembers(a.iamPolicy));
      return;
    }
    if (a.assetType === PROJECT) {
      const data = dataOf(a);
      const raw = get(data, 'projectNumber');
      const id = str(get(data, 'projectId'));
      // The number as the data gives it, else as the record's name does.
      const number = [typeof raw === 'number' ? String(raw) : str(raw), hierarchyName(a.name)?.slice('projects/'.length)].find((n) => n !== undefined && /^\d+$/.test(n));
      if (id && number) {
        this.projects.set(number, id);
        this.projectNumbers.set(id, number);
      }
    }
    if (a.assetType === LOG_SINK) {
      const data = dataOf(a);
      const dest = str(get(data, 'destination'));
      const bucket = dest && /^storage\.googleapis\.com\/([^/]+)/.exec(dest)?.[1];
      if (bucket && get(data, 'disabled') !== true) {
        const sink = str(get(data, 'name')) ?? a.name;
        this.sinkBuckets.set(bucket, [...(this.sinkBuckets.get(bucket) ?? []), sink]);
      }
      const logBucket = dest && /^logging\.googleapis\.com\/projects\/([^/]+)\/locations\/([^/]+)\/buckets\/([^/]+)$/.exec(dest);
      const parent = sinkParent(a.name) ?? sinkParent(str(get(data, 'resourceName')) ?? '');
      if (parent) this.sinkParents.add(parent);
      if (dest && parent && get(data, 'disabled') !== true) {
        const filter = get(data, 'filter');
        const exclusions = (list(get(data, 'exclusions')) ?? []).filter((e) => get(e, 'disabled') !== true).map((e) => str(get(e, 'filter')) ?? '');
        const sink: SinkSummary = {
          name: str(get(data, 'name')) ?? a.name,
          destination: bucket ? { kind: 'storage', bucket } : logBucket ? { kind: 'logging', project: logBucket[1]!, location: logBucket[2]!, bucket: logBucket[3]! } : { kind: 'other', value: dest },
          target: dest,
          audit: auditFilter(typeof filter === 'string' ? filter : undefined),
          parent,
          includeChildren: get(data, 'includeChildren') === true,
          interceptChildren: get(data, 'interceptChildren') === true,
          routesDataAccess: routesDataAccessLogs(typeof filter === 'string' ? filter : undefined, exclusions),
        };
        this.sinks.push(sink);
        this.sinksByParent.set(parent, [...(this.sinksByParent.get(parent) ?? []), sink]);
      }
    }
    if (SSL_POLICY_TYPES.has(a.assetType)) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, 'selfLink')) ?? '');
      if (key && data) {
        const enabled = get(data, 'enabledFeatures');
        const custom = get(data, 'customFeatures');
        const features = (Array.isArray(enabled) && enabled.length ? enabled : Array.isArray(custom) && custom.length ? custom : undefined)?.filter((x): x is string => typeof x === 'string');
        this.sslPolicies.set(key, {
          ...(str(get(data, 'minTlsVersion')) ? { minTlsVersion: str(get(data, 'minTlsVersion'))! } : {}),
          ...(str(get(data, 'profile')) ? { profile: str(get(data, 'profile'))! } : {}),
          ...(features ? { features } : {}),
        });
      }
    }
    if (a.assetType === RESOURCE_POLICY) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, 'selfLink')) ?? '');
      const days = num(get(data, 'snapshotSchedulePolicy.retentionPolicy.maxRetentionDays'));
      if (key && data && get(data, 'snapshotSchedulePolicy') !== undefined) this.snapshotSchedules.set(key, days === undefined ? {} : { maxRetentionDays: days });
    }
    if (URL_MAP_TYPES.has(a.assetType)) {
      const data = dataOf(a);
      const key = computeKey(a.name) ?? computeKey(str(get(data, 'selfLink')) ?? '');
      if (key && data) this.urlMaps.set(key, { httpsRedirectOnly: redirectsOnly(data) });
    }
    if ((a.assetType === FOLDER || a.assetType === ORGANIZATION || a.assetType === PROJECT) && Array.isArray(a.orgPolicy)) {
      const node = hierarchyName(a.name);
      if (node) {
        this.orgPolicyNodes.add(node);
        // v1 policies name their constraint `constraints/storage.publicAccessPrevention`.
        const policy = a.orgPolicy.find((p) => isObject(p) && typeof p.constraint === 'string' && p.constraint.replace(/^constraints\//, '') === PAP_CONSTRAINT);
        if (isObject(policy)) this.preventionPolicies.set(node, { node, enforced: enforcesPrevention(policy) });
      }
    }
    if (a.assetType === FOLDER || a.assetType === ORGANIZATION || a.assetType === PROJECT) {
      const node = hierarchyName(a.name);
      const summary = auditSummary(a);
      if (node && summary) this.audit.set(node, summary);
    }
  }

  /**
   * A record named with its project id (`//compute.googleapis.com/projects/web-prod/…`) whose first
   * ancestor is its project by number tells that number's id: files without the project records
   * still file buckets and IAM policies (named by number) under the id.
   */
  learnName(name: string, ancestors: readonly string[] | undefined): void {
    const id = /\/projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\//.exec(name)?.[1];
    const number = /^projects\/(\d+)$/.exec(ancestors?.[0] ?? '')?.[1];
    if (id && number && !this.projects.has(number)) this.projects.set(number, id);
  }

  /** A log store by the name of its record, kept with the settings that say how long it keeps entries. */
  learnDestination(a: CaiAsset): void {
    const data = dataOf(a);
    const key = a.name.replace(/^\/\//, '');
    if (!data) {
      if (!this.logDestinations.has(key)) this.logDestinations.set(key, { name: a.name, assetType: a.assetType, spelling: a.spelling });
      return;
    }
    const fields = a.assetType === BUCKET ? ['name', 'lifecycle', 'retentionPolicy'] : a.assetType === DATASET ? ['defaultTableExpirationMs', 'defaultPartitionExpirationMs'] : ['bucketId', 'retentionDays', 'locked', 'lifecycleState'];
    const kept = Object.fromEntries(fields.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
    this.logDestinations.set(key, { name: a.name, assetType: a.assetType, spelling: a.spelling, resource: { data: kept as JsonObject } });
  }

  /** The Security Command Center services read for a project (by number or id), undefined when none was read. */
  securityCenterOf(project: string): readonly SccService[] | undefined {
    const id = this.projectId(project);
    return this.securityCenter.get(project) ?? this.securityCenter.get(id) ?? this.securityCenter.get(this.projectNumbers.get(id) ?? '');
  }

  /** The enabled sinks set on a project (as its sinks name it), folder or organization. */
  sinksOf(parent: string): readonly SinkSummary[] {
    return this.sinksByParent.get(parent) ?? [];
  }

  /** The store a sink writes into, when the inventory holds it (its project named by id or by number). */
  logDestination(target: string): CaiAsset | undefined {
    const m = /^([^/]+\/projects\/)([^/]+)(\/.*)$/.exec(target);
    if (!m) return this.logDestinations.get(target);
    const id = this.projectId(m[2]!);
    for (const p of [m[2]!, id, this.projectNumbers.get(id)]) {
      const found = p === undefined ? undefined : this.logDestinations.get(`${m[1]}${p}${m[3]}`);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The nearest `storage.publicAccessPrevention` policy above an asset, walking its ancestors from
   * its project up. A node is seen when its policies, or those of a node above it, were read (an
   * export or a listing of a folder holds every policy below it): the walk ends at an unseen node.
   */
  preventionAbove(a: CaiAsset): PreventionPolicy | undefined {
    const parent = a.resource?.parent ? hierarchyName(a.resource.parent) : undefined;
    const nodes = a.ancestors ?? (parent ? [parent] : []);
    const policy = (node: string) => this.preventionPolicies.get(node);
    return inheritedPrevention(nodes.map((node, i) => ({ node, seen: nodes.slice(i).some((n) => this.orgPolicyNodes.has(n)), ...(policy(node) ? { policy: policy(node)! } : {}) })));
  }

  /** The project id for a project number (or the number when the id is not known). */
  projectId(numberOrId: string): string {
    return /^\d+$/.test(numberOrId) ? (this.projects.get(numberOrId) ?? numberOrId) : numberOrId;
  }
}

/** A URL map that sends every request to HTTPS: its default and every path matcher redirect, with no rule routing to a backend. */
function redirectsOnly(data: Record<string, unknown>): boolean {
  if (get(data, 'defaultUrlRedirect.httpsRedirect') !== true) return false;
  const matchers = get(data, 'pathMatchers');
  if (!Array.isArray(matchers)) return true;
  return matchers.every((m) => get(m, 'defaultUrlRedirect.httpsRedirect') === true && !(Array.isArray(get(m, 'pathRules')) && (get(m, 'pathRules') as unknown[]).length) && !(Array.isArray(get(m, 'routeRules')) && (get(m, 'routeRules') as unknown[]).length));
}

/**
 * Who owns an asset, for its scan category `gcp/<owner>`: the project id, or `folders/F` /
 * `organizations/O` for assets of the hierarchy above projects. From (in order) the asset itself
 * when it is a project, folder or organization, its `ancestors`, its `resource.parent`, the
 * search result's `project`, a `projects/…` segment of its name, its `projectNumber`.
 */
export function ownerOf(a: CaiAsset, ctx: InventoryContext): string | undefined {
  const self = hierarchyName(a.name);
  if (self && (a.assetType === PROJECT || a.assetType === FOLDER || a.assetType === ORGANIZATION)) {
    if (self.startsWith('projects/')) return ctx.projectId(str(get(dataOf(a), 'projectId')) ?? self.slice('projects/'.length));
    return self;
  }
  const parent = a.resource?.parent ? hierarchyName(a.resource.parent) : undefined;
  const inName = /\/projects\/([^/]+)\//.exec(a.name)?.[1];
  const number = get(dataOf(a), 'projectNumber');
  const candidates = [
    a.ancestors?.[0],
    parent,
    a.search?.project,
    // Compute, GKE, Cloud SQL, Logging… name their project (by id) in the resource name.
    inName ? `projects/${inName}` : undefined,
    typeof number === 'string' || typeof number === 'number' ? `projects/${number}` : undefined,
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  const first = candidates[0];
  if (!first) return undefined;
  if (!first.startsWith('projects/')) return first;
  // A project number the context cannot turn into an id: another candidate may name the id itself.
  const resolved = candidates.filter((c) => c.startsWith('projects/')).map((c) => ctx.projectId(c.slice('projects/'.length)));
  return resolved.find((id) => !/^\d+$/.test(id)) ?? resolved[0];
}

/** Every member of an IAM policy's bindings. */
export function policyMembers(p: IamPolicy): string[] {
  return (Array.isArray(p.bindings) ? p.bindings : []).flatMap((b) => (Array.isArray(b.members) ? b.members.filter((m): m is string => typeof m === 'string') : []));
}
