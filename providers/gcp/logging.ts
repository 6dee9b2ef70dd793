import type { Evidence, LogStoreFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { BUCKET, DATASET, LOG_BUCKET, type InventoryContext } from './context.js';
import { bool, dataOf, dataPath, ev, get, list, num, str } from './values.js';

/** Cloud Logging keeps the _Default bucket 30 days unless configured otherwise. */
const DEFAULT_RETENTION_DAYS = 30;
/** The _Required bucket keeps Admin Activity, System Event and Access Transparency logs 400 days; it cannot be changed. */
const REQUIRED_RETENTION_DAYS = 400;

/** `projects/p/locations/global/buckets/_Default` → `_Default`. */
const bucketId = (a: CaiAsset): string | undefined => str(get(dataOf(a), 'bucketId')) ?? /\/buckets\/([^/]+)$/.exec(a.name)?.[1];

/**
 * logging.googleapis.com/LogBucket: `retentionDays`. `_Required` is fixed at 400 days. An absent
 * `retentionDays` on `_Default` is Cloud Logging's default, 30 days; on another bucket it is unknown.
 */
function logBucket(a: CaiAsset): LogStoreFacet {
  const id = bucketId(a);
  const wellKnown = id === '_Default' || id === '_Required';
  const label = wellKnown ? `${id} log bucket` : 'Cloud Logging bucket';
  const settle = 'the retentionDays of the log bucket';
  if (id === '_Required') return { kind: 'log-bucket', label, retentionDays: REQUIRED_RETENTION_DAYS, evidence: [ev('name', id, { safe: true, note: 'retention fixed by Cloud Logging at 400 days' })] };
  const data = dataOf(a);
  const ids: Evidence[] = wellKnown ? [ev('name', id, { safe: true })] : [];
  if (!data) return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...ids, ev('resource.data', undefined, { note: 'the record does not include the bucket settings' })], settle };
  const days = num(get(data, 'retentionDays'));
  const evidence: Evidence[] = [...ids];
  if (bool(get(data, 'locked')) === true) evidence.push(ev(dataPath('locked'), true, { note: 'retention locked' }));
  if (days !== undefined && days > 0) return { kind: 'log-bucket', label, retentionDays: days, evidence: [...evidence, ev(dataPath('retentionDays'), days)] };
  if (id === '_Default') return { kind: 'log-bucket', label, retentionDays: DEFAULT_RETENTION_DAYS, evidence: [...evidence, ev(dataPath('retentionDays'), undefined, { note: 'not set: Cloud Logging keeps the _Default bucket 30 days' })] };
  return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...evidence, ev(dataPath('retentionDays'), undefined, { note: 'not in the record' })], settle };
}

const positive = (v: unknown): number | undefined => {
  const n = num(v);
  return n !== undefined && n > 0 ? n : undefined;
};

/**
 * How long objects stay in a Cloud Storage bucket: the earliest lifecycle Delete rule by age
 * (rules on noncurrent versions only are left aside), never before the retention policy lets them
 * go; no Delete rule keeps them indefinitely. A Delete rule without an age leaves it unknown.
 */
export function bucketRetention(data: Record<string, unknown>): { days: number | 'forever' | 'unknown'; evidence: Evidence[] } {
  const rules = list(get(data, 'lifecycle.rule')) ?? [];
  const evidence: Evidence[] = [];
  let earliest: number | undefined;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (str(get(rule, 'action.type')) !== 'Delete') continue;
    const base = `lifecycle.rule[${i}].condition`;
    const c = get(rule, 'condition');
    const noncurrentOnly =
      bool(get(c, 'isLive')) === false ||
      positive(get(c, 'numNewerVersions')) !== undefined ||
      positive(get(c, 'daysSinceNoncurrentTime')) !== undefined ||
      str(get(c, 'noncurrentTimeBefore')) !== undefined;
    if (noncurrentOnly) continue;
    const age = positive(get(c, 'age'));
    if (age === undefined) return { days: 'unknown', evidence: [ev(dataPath(base), undefined, { note: 'Delete rule without an age condition' })] };
    evidence.push(ev(dataPath(`${base}.age`), age, { note: 'lifecycle Delete rule' }));
    earliest = earliest === undefined ? age : Math.min(earliest, age);
  }
  const seconds = positive(get(data, 'retentionPolicy.retentionPeriod'));
  const locked = seconds === undefined ? undefined : Math.floor(seconds / 86400);
  if (seconds !== undefined) evidence.push(ev(dataPath('retentionPolicy.retentionPeriod'), seconds, { note: `retention policy: objects cannot be deleted for ${locked} days` }));
  if (earliest === undefined) return { days: 'forever', evidence: [...evidence, ev(dataPath('lifecycle.rule'), undefined, { note: 'no lifecycle rule deletes current objects' })] };
  return { days: Math.max(earliest, locked ?? 0), evidence };
}

/** A Cloud Storage bucket that a log sink writes into is a log store. */
function sinkBucket(a: CaiAsset, ctx: InventoryContext): LogStoreFacet | undefined {
  const name = str(get(dataOf(a), 'name')) ?? /^\/\/storage\.googleapis\.com\/([^/]+)$/.exec(a.name)?.[1];
  const sinks = name ? ctx.sinkBuckets.get(name) : undefined;
  if (!sinks?.length) return undefined;
  const label = 'Cloud Storage bucket receiving a log sink';
  const from: Evidence[] = sinks.map((s) => ({ path: 'destination', from: s, note: 'log sink writing into this bucket' }));
  const data = dataOf(a);
  if (!data) return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...from, ev('resource.data', undefined, { note: 'the record does not include the bucket settings' })], settle: 'the lifecycle rules and retention policy of the bucket' };
  const kept = bucketRetention(data);
  const facet: LogStoreFacet = { kind: 'log-bucket', label, retentionDays: kept.days, evidence: [...from, ...kept.evidence] };
  if (kept.days === 'unknown') facet.settle = 'the lifecycle rules and retention policy of the bucket';
  return facet;
}

/** BigQuery keeps a table until its expiration: the dataset's default table (and partition) expiration, in milliseconds; none keeps it. */
export function datasetRetention(data: Record<string, unknown>): { days: number | 'forever'; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let days: number | undefined;
  for (const field of ['defaultTableExpirationMs', 'defaultPartitionExpirationMs']) {
    const ms = positive(get(data, field));
    if (ms === undefined) continue;
    const d = Math.floor(ms / 86_400_000);
    evidence.push(ev(dataPath(field), ms, { note: `tables or partitions expire after ${d} days` }));
    days = Math.min(days ?? d, d);
  }
  if (days === undefined) return { days: 'forever', evidence: [ev(dataPath('defaultTableExpirationMs'), undefined, { note: 'no default expiration: tables are kept until deleted' })] };
  return { days, evidence };
}

/** A BigQuery dataset that a log sink writes into is a log store. */
function sinkDataset(a: CaiAsset, ctx: InventoryContext): LogStoreFacet | undefined {
  const sinks = ctx.sinks.filter((s) => s.target.startsWith('bigquery.googleapis.com/') && ctx.logDestination(s.target)?.name === a.name);
  if (!sinks.length) return undefined;
  const label = 'BigQuery dataset receiving a log sink';
  const from: Evidence[] = sinks.map((s) => ({ path: 'destination', from: s.name, note: 'log sink writing into this dataset' }));
  const data = dataOf(a);
  if (!data) return { kind: 'log-bucket', label, retentionDays: 'unknown', evidence: [...from, ev('resource.data', undefined, { note: 'the record does not include the dataset settings' })], settle: 'the default table expiration of the dataset' };
  const kept = datasetRetention(data);
  return { kind: 'log-bucket', label, retentionDays: kept.days, evidence: [...from, ...kept.evidence] };
}

export function logStoreFacet(a: CaiAsset, ctx: InventoryContext): LogStoreFacet | undefined {
  if (a.assetType === LOG_BUCKET) return logBucket(a);
  if (a.assetType === BUCKET) return sinkBucket(a, ctx);
  if (a.assetType === DATASET) return sinkDataset(a, ctx);
  return undefined;
}
