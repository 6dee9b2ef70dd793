/**
 * Protection of audit logs (the `logProtection` facet) on CloudTrail trails from their Config
 * items: log file validation, a KMS key (`kmsKeyId`; without one the logs have only the bucket's
 * SSE-S3), and S3 Object Lock with a default retention on the trail bucket (its own item, looked
 * up by name like its lifecycle).
 */
import type { Evidence, LogProtectionFacet, Truth } from '../../src/model/facets.js';
import { conf, supp, text, truthy, type ConfigItem } from './ci.js';
import { ev, hasConfiguration, type BuildContext } from './context.js';
import { s3SupplementCaptured } from './storage.js';
import { evidenceAt } from '../../src/model/evidence.js';

/** Object Lock with a default retention, from a bucket item's supplementary `ObjectLockConfiguration`. */
export function objectLockOf(item: ConfigItem): { truth: Truth; evidence: Evidence } {
  const enabled = supp(item, 'ObjectLockConfiguration.objectLockEnabled');
  const mode = supp(item, 'ObjectLockConfiguration.rule.defaultRetention.mode');
  const days = supp(item, 'ObjectLockConfiguration.rule.defaultRetention.days');
  const years = supp(item, 'ObjectLockConfiguration.rule.defaultRetention.years');
  if (text(enabled) === 'Enabled') {
    const retained = text(mode) !== undefined && (typeof days.value === 'number' || typeof years.value === 'number');
    return retained
      ? { truth: 'yes', evidence: evidenceAt(mode.path, text(mode)!, { safe: true, note: 'Object Lock default retention' }) }
      : { truth: 'no', evidence: { path: mode.path, value: null, note: 'Object Lock is on but no default retention protects new log files' } };
  }
  if (enabled.value === undefined && !s3SupplementCaptured(item)) return { truth: 'unknown', evidence: { path: enabled.path, value: null, note: 'supplementary configuration not in the item' } };
  return { truth: 'no', evidence: { path: enabled.path, value: null, note: 'Object Lock is not enabled on the bucket' } };
}

function trail(ctx: BuildContext): LogProtectionFacet {
  const label = 'CloudTrail trail';
  const validation = conf(ctx.item, 'logFileValidationEnabled');
  const key = conf(ctx.item, 'kmsKeyId');
  const encrypted: Truth = text(key) ? 'yes' : hasConfiguration(ctx.item) ? 'no' : 'unknown';
  const keyEvidence: Evidence = text(key) ? { path: key.path, note: 'logs encrypted with a KMS key' } : { path: key.path, value: null, note: 'no KMS key: the logs have only the bucket\'s default SSE-S3 encryption' };
  const name = text(conf(ctx.item, 's3BucketName'));
  const bucket = name ? ctx.lookups.buckets.get(name) : undefined;
  const lock: { truth: Truth; evidence: Evidence } =
    bucket && bucket !== 'not-found' && bucket.objectLock
      ? { truth: bucket.objectLock.truth, evidence: { ...bucket.objectLock.evidence, from: name } }
      : { truth: 'unknown', evidence: { path: 'configuration.s3BucketName', note: `bucket not in the Config inventory read${ctx.lookups.bucketState.read ? '' : ` (${ctx.lookups.bucketState.why})`}` } };
  const out: LogProtectionFacet = {
    label,
    integrityValidation: truthy(validation) ?? 'unknown',
    encrypted,
    immutable: lock.truth,
    evidence: [ev(validation), keyEvidence, lock.evidence],
  };
  if (lock.truth === 'unknown') out.settle = 'the Object Lock configuration (default retention) of the S3 bucket the trail writes to';
  else if (out.integrityValidation === 'unknown' || encrypted === 'unknown') out.settle = 'the log file validation and KMS key of the trail';
  return out;
}

export const LOG_PROTECTION: Readonly<Record<string, (ctx: BuildContext) => LogProtectionFacet | undefined>> = {
  'AWS::CloudTrail::Trail': trail,
};
