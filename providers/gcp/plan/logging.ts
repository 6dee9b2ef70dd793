import type { AuditTrailFacet, Evidence, LogStoreFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { referencesAt } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { parsePolicyData } from './iam.js';
import { blockCount, evidence, evidenceFrom, knownString, stringList } from './values.js';
import { setting } from '../../terraform/tf-resource.js';

// ─── Log stores ────────────────────────────────────────────────────────────────────────────────

export const LOG_PARENTS = ['project', 'folder', 'organization', 'billing_account'] as const;
const BUCKET_SETTLE = 'the retention_days of the log bucket once applied';
/** Cloud Logging keeps the _Default bucket (and buckets created without retention) 30 days. */
const DEFAULT_RETENTION_DAYS = 30;
/** The _Required bucket keeps Admin Activity, System Event and Access Transparency logs 400 days; it cannot be changed. */
const REQUIRED_RETENTION_DAYS = 400;

/** google_logging_*_bucket_config: retention_days (provider default 30; 0 at creation also means 30). */
const logBucket: Builder<LogStoreFacet> = (r) => {
  const id = knownString(setting(r, 'bucket_id'));
  const wellKnown = id === '_Default' || id === '_Required';
  const label = wellKnown ? `${id} log bucket` : 'Cloud Logging bucket';
  if (id === '_Required') {
    return { kind: 'log-bucket', label, retentionDays: REQUIRED_RETENTION_DAYS, evidence: [evidence(r, 'bucket_id', id, { safe: true, note: 'retention fixed by Cloud Logging at 400 days' })] };
  }
  const ev: Evidence[] = wellKnown ? [evidence(r, 'bucket_id', id, { safe: true })] : [];
  const days = setting(r, 'retention_days');
  if (days.state === 'unknown') return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...ev, evidence(r, days.path, undefined, { note: 'known only after apply' })], settle: BUCKET_SETTLE };
  if (typeof days.value === 'number' && days.value > 0) return { kind: 'log-bucket', label, retentionDays: days.value, evidence: [...ev, evidence(r, days.path, days.value)] };
  return { kind: 'log-bucket', label, retentionDays: DEFAULT_RETENTION_DAYS, evidence: [...ev, evidence(r, days.path, undefined, { note: 'not set: Cloud Logging keeps logs 30 days' })] };
};

/** Whether a project bucket config is in `project`: 'yes', 'no', or 'maybe' when its project is not known. */
function inProject(ctx: BuildContext, config: TfResource, project: TfResource): 'yes' | 'no' | 'maybe' {
  if (ctx.links.targets(config, 'project', ['google_project']).includes(project)) return 'yes';
  const id = knownString(setting(project, 'project_id'));
  const p = setting(config, 'project');
  const value = knownString(p) ?? (p.state === 'unset' ? config.providerProject : undefined);
  if (value !== undefined) return id !== undefined && value.replace(/^projects\//, '') === id ? 'yes' : 'no';
  // Unknown project: unless it is written as a reference to another project of the plan, it may be this one.
  return referencesAt(config, 'project').some((ref) => ref.startsWith('google_project.')) ? 'no' : 'maybe';
}

/**
 * A project of the plan keeps its logs in the _Default bucket Cloud Logging creates, 30 days,
 * unless the plan configures that bucket (then the bucket config carries the log store).
 */
const projectDefaultBucket: Builder<LogStoreFacet> = (r, ctx) => {
  const label = '_Default log bucket';
  const configs = ctx.links.ofType('google_logging_project_bucket_config').filter((c) => inProject(ctx, c, r) !== 'no');
  const ids = configs.map((c) => ({ c, id: setting(c, 'bucket_id'), sure: inProject(ctx, c, r) === 'yes' }));
  if (ids.some((x) => x.sure && x.id.state === 'known' && x.id.value === '_Default')) return undefined;
  const doubtful = ids.filter((x) => x.id.state === 'unknown' || (!x.sure && x.id.value === '_Default'));
  if (doubtful.length > 0) {
    return {
      kind: 'log-bucket',
      label,
      retentionDays: 'unknown',
      evidence: doubtful.map((x) => evidenceFrom(x.c, 'bucket_id', undefined, { note: 'a bucket config whose bucket or project is known only after apply' })),
      settle: 'whether the plan configures the _Default log bucket of this project, and its retention_days',
    };
  }
  return {
    kind: 'log-bucket',
    label,
    retentionDays: DEFAULT_RETENTION_DAYS,
    evidence: [evidence(r, 'project_id', undefined, { note: 'no google_logging_project_bucket_config for the _Default bucket of this project in the plan: Cloud Logging keeps its logs 30 days' })],
  };
};

export const SINK_TYPES = LOG_PARENTS.map((p) => `google_logging_${p}_sink`);

/** Log sinks writing into `store`: by reference in `destination`, or by the value naming it (`destination`, when known). */
function sinksWritingInto(ctx: BuildContext, store: TfResource, destination: string | undefined): TfResource[] {
  const out = new Set<TfResource>();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(store, type, 'destination')) out.add(s);
    if (!destination) continue;
    for (const s of ctx.links.ofType(type)) if (knownString(setting(s, 'destination')) === destination) out.add(s);
  }
  return [...out];
}

/** Log sinks writing into a Cloud Storage bucket: by reference, or by its `storage.googleapis.com/<name>` value. */
export function sinksInto(ctx: BuildContext, bucket: TfResource): TfResource[] {
  const name = knownString(setting(bucket, 'name'));
  return sinksWritingInto(ctx, bucket, name ? `storage.googleapis.com/${name}` : undefined);
}

const positive = (r: TfResource, path: string): number | undefined => {
  const s = setting(r, path);
  return typeof s.value === 'number' && s.value > 0 ? s.value : undefined;
};

/**
 * How long objects stay in a bucket: the earliest lifecycle Delete rule by age (rules on
 * noncurrent versions only are left aside), never before a retention policy lets them go; no
 * Delete rule keeps them indefinitely. Date-based Delete rules leave it unknown.
 */
function bucketRetention(r: TfResource): { days: number | 'forever' | 'unknown'; evidence: Evidence[] } {
  const n = blockCount(r, 'lifecycle_rule');
  if (n === 'unknown') return { days: 'unknown', evidence: [evidence(r, 'lifecycle_rule', undefined, { note: 'known only after apply' })] };
  const ev: Evidence[] = [];
  let earliest: number | undefined;
  for (let i = 0; i < n; i++) {
    const type = setting(r, `lifecycle_rule[${i}].action[0].type`);
    if (type.state === 'unknown') return { days: 'unknown', evidence: [evidence(r, type.path, undefined, { note: 'known only after apply' })] };
    if (type.value !== 'Delete') continue;
    const c = `lifecycle_rule[${i}].condition[0]`;
    const state = knownString(setting(r, `${c}.with_state`));
    const noncurrentOnly =
      state === 'ARCHIVED' || positive(r, `${c}.num_newer_versions`) !== undefined || positive(r, `${c}.days_since_noncurrent_time`) !== undefined || !!knownString(setting(r, `${c}.noncurrent_time_before`));
    if (noncurrentOnly) continue;
    const age = setting(r, `${c}.age`);
    if (age.state === 'unknown') return { days: 'unknown', evidence: [evidence(r, age.path, undefined, { note: 'known only after apply' })] };
    const days = positive(r, `${c}.age`);
    if (days === undefined) return { days: 'unknown', evidence: [evidence(r, c, undefined, { note: 'Delete rule without an age condition' })] };
    ev.push(evidence(r, `${c}.age`, days, { note: 'lifecycle Delete rule' }));
    earliest = earliest === undefined ? days : Math.min(earliest, days);
  }
  const period = setting(r, 'retention_policy[0].retention_period');
  if (period.state === 'unknown') return { days: 'unknown', evidence: [evidence(r, period.path, undefined, { note: 'known only after apply' })] };
  const seconds = positive(r, period.path);
  const locked = seconds === undefined ? undefined : Math.floor(seconds / 86400);
  if (seconds !== undefined) ev.push(evidence(r, period.path, seconds, { note: `retention policy: objects cannot be deleted for ${locked} days` }));
  if (earliest === undefined) return { days: 'forever', evidence: [...ev, evidence(r, 'lifecycle_rule', undefined, { note: 'no lifecycle rule deletes current objects' })] };
  return { days: Math.max(earliest, locked ?? 0), evidence: ev };
}

/** A Cloud Storage bucket receiving a log sink is a log store. */
const sinkBucket: Builder<LogStoreFacet> = (r, ctx) => {
  const sinks = sinksInto(ctx, r);
  if (sinks.length === 0) return undefined;
  const kept = bucketRetention(r);
  const facet: LogStoreFacet = {
    kind: 'log-bucket',
    label: 'Cloud Storage bucket receiving a log sink',
    retentionDays: kept.days,
    evidence: [...sinks.map((s) => evidenceFrom(s, 'destination', undefined, { note: 'log sink writing into this bucket' })), ...kept.evidence],
  };
  if (kept.days === 'unknown') facet.settle = 'the lifecycle rules and retention policy of the bucket once applied';
  return facet;
};

/** Log sinks writing into a BigQuery dataset: by reference, or by its `bigquery.googleapis.com/projects/P/datasets/D` value. */
function sinksIntoDataset(ctx: BuildContext, dataset: TfResource): TfResource[] {
  const id = knownString(setting(dataset, 'dataset_id'));
  const project = knownString(setting(dataset, 'project')) ?? dataset.providerProject;
  return sinksWritingInto(ctx, dataset, id && project ? `bigquery.googleapis.com/projects/${project}/datasets/${id}` : undefined);
}

/** A BigQuery dataset receiving a log sink is a log store: tables kept until the default table (or partition) expiration, none keeps them. */
const sinkDataset: Builder<LogStoreFacet> = (r, ctx) => {
  const sinks = sinksIntoDataset(ctx, r);
  if (sinks.length === 0) return undefined;
  const label = 'BigQuery dataset receiving a log sink';
  const from = sinks.map((s) => evidenceFrom(s, 'destination', undefined, { note: 'log sink writing into this dataset' }));
  const ev: Evidence[] = [];
  let days: number | undefined;
  for (const path of ['default_table_expiration_ms', 'default_partition_expiration_ms']) {
    const ms = setting(r, path);
    if (ms.state === 'unknown') return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...from, evidence(r, ms.path, undefined, { note: 'known only after apply' })], settle: 'the default table expiration of the dataset once applied' };
    if (typeof ms.value !== 'number' || ms.value <= 0) continue;
    const d = Math.floor(ms.value / 86_400_000);
    ev.push(evidence(r, ms.path, ms.value, { note: `tables or partitions expire after ${d} days` }));
    days = Math.min(days ?? d, d);
  }
  if (days === undefined) return { kind: 'log-bucket', label, retentionDays: 'forever', evidence: [...from, evidence(r, 'default_table_expiration_ms', undefined, { note: 'no default expiration: tables are kept until deleted' })] };
  return { kind: 'log-bucket', label, retentionDays: days, evidence: [...from, ...ev] };
};

// ─── Audit trails ──────────────────────────────────────────────────────────────────────────────

/** Data Access audit log types; Admin Activity logs are always written and cannot be turned off. */
const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'] as const;

/** Cloud Audit Logs have no regions to choose nor digests to turn on: said once, as evidence. */
const GLOBAL_AND_IMMUTABLE: Evidence[] = [
  { path: 'service', note: 'Cloud Audit Logs record every region of the scope: there is no per-region trail' },
  { path: 'service', note: 'audit log entries are immutable in Cloud Logging: there is no integrity-validation setting' },
];

interface AuditScope {
  service: string | 'unknown';
  logTypes: string[] | 'unknown';
  exempted: number | 'unknown';
  evidence: Evidence[];
}

/**
 * Covers all services when, as CIS GCP 2.1 asks, `allServices` records all three Data Access log
 * types (ADMIN_READ, DATA_READ, DATA_WRITE) with no exempted member.
 */
function auditTrailOf(scope: AuditScope): AuditTrailFacet {
  let covers: Truth;
  if (scope.service === 'unknown' || scope.logTypes === 'unknown' || scope.exempted === 'unknown') covers = 'unknown';
  else if (scope.service !== 'allServices') covers = 'no';
  else covers = LOG_TYPES.every((t) => (scope.logTypes as string[]).includes(t)) && scope.exempted === 0 ? 'yes' : 'no';
  return { label: 'Cloud Audit Logs configuration', multiRegion: 'yes', integrityValidation: 'yes', coversAllServices: covers, evidence: [...scope.evidence, ...GLOBAL_AND_IMMUTABLE] };
}

const AUDIT_PARENT: Record<string, string> = {
  google_project_iam_audit_config: 'project',
  google_folder_iam_audit_config: 'folder',
  google_organization_iam_audit_config: 'org_id',
};

/** What an audit config applies to: its project/folder/organization value or reference (the provider project when unset). */
function parentKey(r: TfResource): string | undefined {
  const attr = AUDIT_PARENT[r.type]!;
  const s = setting(r, attr);
  const value = knownString(s);
  if (value) return value.replace(/^(projects|folders|organizations)\//, '');
  if (s.state === 'unknown') {
    const ref = referencesAt(r, attr)[0];
    return ref ? `${r.moduleInstance}|${ref}` : undefined;
  }
  return attr === 'project' ? r.providerProject : undefined;
}

function auditScope(r: TfResource): AuditScope {
  const service = setting(r, 'service');
  const n = blockCount(r, 'audit_log_config');
  const ev: Evidence[] = [evidence(r, 'service', knownString(service), { safe: true, note: service.state === 'unknown' ? 'known only after apply' : undefined })];
  if (n === 'unknown') return { service: knownString(service) ?? 'unknown', logTypes: 'unknown', exempted: 'unknown', evidence: [...ev, evidence(r, 'audit_log_config', undefined, { note: 'known only after apply' })] };
  const logTypes: string[] = [];
  let exempted: number | 'unknown' = 0;
  let unknownType = false;
  for (let i = 0; i < n; i++) {
    const t = setting(r, `audit_log_config[${i}].log_type`);
    const type = knownString(t);
    if (type) logTypes.push(type);
    else unknownType = true;
    const members = stringList(r, `audit_log_config[${i}].exempted_members`);
    if (members === 'unknown') exempted = 'unknown';
    else if (exempted !== 'unknown') exempted += members.length;
    ev.push(evidence(r, t.path, type, { safe: true, note: members !== 'unknown' && members.length > 0 ? `${members.length} exempted member(s)` : undefined }));
  }
  return { service: knownString(service) ?? 'unknown', logTypes: unknownType ? 'unknown' : logTypes, exempted, evidence: ev };
}

/** google_*_iam_audit_config; a per-service config is left to the allServices config of the same scope when the plan has one. */
const auditConfig: Builder<AuditTrailFacet> = (r, ctx) => {
  const scope = auditScope(r);
  if (scope.service !== 'allServices' && scope.service !== 'unknown') {
    const key = parentKey(r);
    const covered = key !== undefined && ctx.links.ofType(r.type).some((o) => o !== r && parentKey(o) === key && knownString(setting(o, 'service')) === 'allServices');
    if (covered) return undefined;
  }
  return auditTrailOf(scope);
};

/** google_*_iam_policy documents may carry auditConfigs as well. */
const policyAuditConfigs: Builder<AuditTrailFacet> = (r) => {
  const configs = parsePolicyData(r)?.auditConfigs ?? [];
  if (configs.length === 0) return undefined;
  const all = configs.find((c) => c.service === 'allServices') ?? configs[0]!;
  return auditTrailOf({
    service: all.service ?? 'unknown',
    logTypes: all.logTypes,
    exempted: all.exempted,
    evidence: [evidence(r, 'policy_data', undefined, { note: `auditConfigs: ${all.service ?? '(no service)'} with ${all.logTypes.join(', ') || 'no log type'}` })],
  });
};

const LEVELS = ['project', 'folder', 'organization'] as const;

export const loggingTable: BuilderTable = {
  logStore: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket])),
    google_project: projectDefaultBucket,
    google_storage_bucket: sinkBucket,
    google_bigquery_dataset: sinkDataset,
  },
  auditTrail: {
    ...Object.fromEntries(Object.keys(AUDIT_PARENT).map((t) => [t, auditConfig])),
    ...Object.fromEntries(LEVELS.map((l) => [`google_${l}_iam_policy`, policyAuditConfigs])),
  },
};
