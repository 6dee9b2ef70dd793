import type { Evidence, LogProtectionFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { LOG_PARENTS, SINK_TYPES, sinksInto } from './logging.js';
import { evidence, evidenceFrom, knownString } from './values.js';

/**
 * Protection of the stores that keep audit logs (CLD-29, CL-18).
 *
 * Which stores: the `_Default` log bucket (Data Access audit logs and everything not routed
 * elsewhere), the `_Required` bucket (Admin Activity; locked by Cloud Logging), and log buckets or
 * Cloud Storage buckets that a sink routes audit logs into (a sink without filter, or whose filter
 * names `cloudaudit.googleapis.com`). Other buckets hold other logs: no facet.
 *
 * Immutable: a locked log bucket (`locked = true`: its retention can no longer be shortened, the
 * bucket not deleted while it holds logs); a Cloud Storage bucket with a locked retention policy
 * (Bucket Lock, `retention_policy.is_locked`). Encrypted: always (Google encrypts logs at rest; a
 * CMEK key is named in the evidence, and judged by encryption-at-rest when customer keys are required).
 * Integrity validation: Cloud Audit Logs entries cannot be altered; there is no setting to judge.
 */

/** Whether a sink routes audit logs: no filter (every log), a filter naming cloudaudit, 'unknown' for a filter known only after apply. */
export function routesAuditLogs(filter: string | undefined | 'unknown'): Truth {
  if (filter === 'unknown') return 'unknown';
  if (filter === undefined || filter.trim() === '') return 'yes';
  return /cloudaudit/i.test(filter) ? 'yes' : 'no';
}

const sinkFilter = (s: TfResource): string | undefined | 'unknown' => {
  const f = setting(s, 'filter');
  return f.state === 'unknown' ? 'unknown' : knownString(f);
};

/** Sinks of the plan writing into a log bucket config: by reference, or by a `logging.googleapis.com/…/locations/L/buckets/B` destination. */
function sinksIntoLogBucket(ctx: BuildContext, config: TfResource): TfResource[] {
  const id = knownString(setting(config, 'bucket_id'));
  const location = knownString(setting(config, 'location'));
  const out = new Set<TfResource>();
  for (const type of SINK_TYPES) {
    for (const s of ctx.links.sources(config, type, 'destination')) out.add(s);
    if (!id || !location) continue;
    for (const s of ctx.links.ofType(type)) {
      const dest = knownString(setting(s, 'destination'));
      if (dest && dest.startsWith('logging.googleapis.com/') && dest.endsWith(`/locations/${location}/buckets/${id}`)) out.add(s);
    }
  }
  return [...out];
}

const ENCRYPTED_NOTE = 'Google encrypts logs at rest';

function auditSinks(sinks: readonly TfResource[]): Evidence[] | undefined {
  const routing = sinks.filter((s) => routesAuditLogs(sinkFilter(s)) !== 'no');
  if (routing.length === 0) return undefined;
  return routing.map((s) => evidenceFrom(s, 'filter', undefined, { note: sinkFilter(s) === 'unknown' ? 'a sink whose filter is known only after apply' : 'a sink routing audit logs into this bucket' }));
}

const logBucket: Builder<LogProtectionFacet> = (r, ctx) => {
  const id = setting(r, 'bucket_id');
  const name = knownString(id);
  const wellKnown = name === '_Default' || name === '_Required';
  const label = wellKnown ? `${name} log bucket` : 'Cloud Logging bucket';
  const cmek = knownString(setting(r, 'cmek_settings[0].kms_key_name'));
  const encrypted = evidence(r, 'cmek_settings', undefined, { note: cmek ? 'customer-managed Cloud KMS key' : ENCRYPTED_NOTE });
  if (name === '_Required') {
    return { label, encrypted: 'yes', immutable: 'yes', evidence: [evidence(r, 'bucket_id', '_Required', { safe: true, note: 'locked by Cloud Logging: 400 days, cannot be changed' }), encrypted] };
  }
  let why: Evidence[];
  if (name === '_Default') why = [evidence(r, 'bucket_id', '_Default', { safe: true, note: 'receives the Data Access audit logs' })];
  else {
    const sinks = auditSinks(sinksIntoLogBucket(ctx, r));
    if (!sinks) return undefined;
    why = sinks;
  }
  const locked = setting(r, 'locked');
  if (locked.state === 'unknown') return { label, encrypted: 'yes', immutable: 'unknown', evidence: [...why, evidence(r, locked.path, undefined, { note: 'known only after apply' }), encrypted], settle: 'whether the log bucket is locked once applied' };
  if (locked.value === true) return { label, encrypted: 'yes', immutable: 'yes', evidence: [...why, evidence(r, locked.path, true, { note: 'retention locked' }), encrypted] };
  return { label, encrypted: 'yes', immutable: 'no', evidence: [...why, evidence(r, locked.path, false, { note: locked.state === 'unset' ? 'not set: the bucket is not locked, its retention can be shortened' : 'the bucket is not locked' }), encrypted] };
};

const storageBucket: Builder<LogProtectionFacet> = (r, ctx) => {
  const why = auditSinks(sinksInto(ctx, r));
  if (!why) return undefined;
  const label = 'Cloud Storage bucket receiving audit logs';
  const cmek = knownString(setting(r, 'encryption[0].default_kms_key_name'));
  const encrypted = evidence(r, 'encryption', undefined, { note: cmek ? 'customer-managed Cloud KMS key' : 'Google encrypts objects at rest' });
  const period = setting(r, 'retention_policy[0].retention_period');
  const isLocked = setting(r, 'retention_policy[0].is_locked');
  if (period.state === 'unknown' || isLocked.state === 'unknown') {
    return { label, encrypted: 'yes', immutable: 'unknown', evidence: [...why, evidence(r, 'retention_policy', undefined, { note: 'known only after apply' }), encrypted], settle: 'the retention policy (Bucket Lock) of the bucket once applied' };
  }
  if (typeof period.value === 'number' && period.value > 0 && isLocked.value === true) {
    return { label, encrypted: 'yes', immutable: 'yes', evidence: [...why, evidence(r, isLocked.path, true, { note: `retention policy locked: objects cannot be deleted for ${Math.floor(period.value / 86400)} days` }), encrypted] };
  }
  const note = typeof period.value === 'number' && period.value > 0 ? 'a retention policy that is not locked: it can be removed' : 'no retention policy: objects can be deleted or overwritten';
  return { label, encrypted: 'yes', immutable: 'no', evidence: [...why, evidence(r, isLocked.path, isLocked.value === false ? false : undefined, { note }), encrypted] };
};

export const logProtectionTable: BuilderTable = {
  logProtection: {
    ...Object.fromEntries(LOG_PARENTS.map((p) => [`google_logging_${p}_bucket_config`, logBucket])),
    google_storage_bucket: storageBucket,
  },
};
