import type { Evidence, LogProtectionFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import type { InventoryContext } from './context.js';
import { bool, dataOf, dataPath, ev, get, num, str } from './values.js';

/**
 * Protection of the stores that keep audit logs, live (see providers/terraform/gcp/log-protection.ts
 * for the reasoning): the `_Default` and `_Required` log buckets, log buckets and Cloud Storage
 * buckets that an enabled log sink routes audit logs into (no filter, or a filter naming
 * cloudaudit.googleapis.com). Immutable: `locked` log buckets; Cloud Storage buckets with a locked
 * retention policy (`retentionPolicy.isLocked`). Encrypted: always (CMEK named in the evidence).
 */

const NO_DATA = 'the record does not include the bucket settings';

/** `//logging.googleapis.com/projects/p/locations/l/buckets/b` → parts. */
function logBucketName(name: string): { project: string; location: string; bucket: string } | undefined {
  const m = /projects\/([^/]+)\/locations\/([^/]+)\/buckets\/([^/]+)$/.exec(name);
  return m ? { project: m[1]!, location: m[2]!, bucket: m[3]! } : undefined;
}

function auditSinksIntoLogBucket(a: CaiAsset, ctx: InventoryContext): Evidence[] {
  const me = logBucketName(a.name);
  if (!me) return [];
  return ctx.sinks
    .filter((s) => s.audit && s.destination.kind === 'logging' && s.destination.location === me.location && s.destination.bucket === me.bucket && ctx.projectId(s.destination.project) === ctx.projectId(me.project))
    .map((s) => ({ path: 'destination', from: s.name, note: 'a log sink routing audit logs into this bucket' }));
}

function logBucket(a: CaiAsset, ctx: InventoryContext): LogProtectionFacet | undefined {
  const data = dataOf(a);
  const id = str(get(data, 'bucketId')) ?? logBucketName(a.name)?.bucket;
  const wellKnown = id === '_Default' || id === '_Required';
  const label = wellKnown ? `${id} log bucket` : 'Cloud Logging bucket';
  const cmek = str(get(data, 'cmekSettings.kmsKeyName'));
  const encrypted = ev(dataPath('cmekSettings'), undefined, { note: cmek ? 'customer-managed Cloud KMS key' : 'Google encrypts logs at rest' });
  if (id === '_Required') return { label, encrypted: 'yes', immutable: 'yes', evidence: [ev('name', '_Required', { safe: true, note: 'locked by Cloud Logging: 400 days, cannot be changed' }), encrypted] };
  const why: Evidence[] = id === '_Default' ? [ev('name', '_Default', { safe: true, note: 'receives the Data Access audit logs' })] : auditSinksIntoLogBucket(a, ctx);
  if (why.length === 0) return undefined;
  if (!data) return { label, encrypted: 'yes', immutable: 'unknown', evidence: [...why, ev('resource.data', undefined, { note: NO_DATA })], settle: 'whether the log bucket is locked' };
  const locked = bool(get(data, 'locked'));
  if (locked === true) return { label, encrypted: 'yes', immutable: 'yes', evidence: [...why, ev(dataPath('locked'), true, { note: 'retention locked' }), encrypted] };
  return { label, encrypted: 'yes', immutable: 'no', evidence: [...why, ev(dataPath('locked'), locked === false ? false : undefined, { note: 'the bucket is not locked: its retention can be shortened' }), encrypted] };
}

function storageBucket(a: CaiAsset, ctx: InventoryContext): LogProtectionFacet | undefined {
  const data = dataOf(a);
  const name = str(get(data, 'name')) ?? /^\/\/storage\.googleapis\.com\/([^/]+)$/.exec(a.name)?.[1];
  const why: Evidence[] = ctx.sinks
    .filter((s) => s.audit && s.destination.kind === 'storage' && s.destination.bucket === name)
    .map((s) => ({ path: 'destination', from: s.name, note: 'a log sink routing audit logs into this bucket' }));
  if (why.length === 0) return undefined;
  const label = 'Cloud Storage bucket receiving audit logs';
  if (!data) return { label, encrypted: 'yes', immutable: 'unknown', evidence: [...why, ev('resource.data', undefined, { note: NO_DATA })], settle: 'the retention policy (Bucket Lock) of the bucket' };
  const encrypted = ev(dataPath('encryption'), undefined, { note: str(get(data, 'encryption.defaultKmsKeyName')) ? 'customer-managed Cloud KMS key' : 'Google encrypts objects at rest' });
  const period = num(get(data, 'retentionPolicy.retentionPeriod'));
  const locked = bool(get(data, 'retentionPolicy.isLocked')) === true;
  if (period !== undefined && period > 0 && locked) {
    return { label, encrypted: 'yes', immutable: 'yes', evidence: [...why, ev(dataPath('retentionPolicy.isLocked'), true, { note: `retention policy locked: objects cannot be deleted for ${Math.floor(period / 86400)} days` }), encrypted] };
  }
  const note = period !== undefined && period > 0 ? 'a retention policy that is not locked: it can be removed' : 'no retention policy: objects can be deleted or overwritten';
  return { label, encrypted: 'yes', immutable: 'no', evidence: [...why, ev(dataPath('retentionPolicy'), undefined, { note }), encrypted] };
}

export function logProtectionFacet(a: CaiAsset, ctx: InventoryContext): LogProtectionFacet | undefined {
  if (a.assetType === 'logging.googleapis.com/LogBucket') return logBucket(a, ctx);
  if (a.assetType === 'storage.googleapis.com/Bucket') return storageBucket(a, ctx);
  return undefined;
}
