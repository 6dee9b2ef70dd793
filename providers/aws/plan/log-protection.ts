/**
 * Protection of audit logs (the `logProtection` facet) on CloudTrail trails: log file validation
 * (digest files prove the logs were not changed), encryption with a KMS key (`kms_key_id`; without
 * it the logs have only S3's default SSE-S3, which anyone who can read the bucket can decrypt), and
 * S3 Object Lock with a default retention on the trail's bucket, so logs cannot be deleted or
 * overwritten before their time.
 */
import type { Evidence, LogProtectionFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { keyOwner } from './kms.js';
import { evidence, flag, fromResource, settingBlocks, text } from './values.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/** Object Lock of a bucket: enabled at creation, with a default retention rule (separate resource in provider 4+, inline block in provider 3). */
export function bucketObjectLock(bucket: TfResource, ctx: BuildContext): { truth: Truth; evidence: Evidence[] } {
  const enabled = flag(bucket, 'object_lock_enabled');
  const inlineBlock = settingBlocks(bucket, 'object_lock_configuration');
  const inlineEnabled = inlineBlock !== 'unknown' && inlineBlock.length > 0 ? text(bucket, 'object_lock_configuration[0].object_lock_enabled') : undefined;
  const on: Truth =
    enabled.truth === 'yes' || (inlineEnabled?.state === 'known' && inlineEnabled.value === 'Enabled') ? 'yes' : enabled.truth === 'unknown' || inlineBlock === 'unknown' ? 'unknown' : 'no';
  const ev: Evidence[] = [{ ...evidence(bucket, enabled.attr), from: bucket.address }];
  if (on !== 'yes') return { truth: on, evidence: on === 'no' ? [{ path: 'object_lock_enabled', from: bucket.address, value: null, note: 'Object Lock is not enabled on the bucket' }] : ev };
  const configs = ctx.links.sources(bucket, 'aws_s3_bucket_object_lock_configuration', 'bucket');
  const candidates: Array<{ holder: TfResource; prefix: string }> = configs.map((c) => ({ holder: c, prefix: 'rule[0].default_retention[0]' }));
  if (inlineEnabled) candidates.push({ holder: bucket, prefix: 'object_lock_configuration[0].rule[0].default_retention[0]' });
  let unknown: Evidence | undefined;
  for (const { holder, prefix } of candidates) {
    const mode = text(holder, `${prefix}.mode`);
    const days = setting(holder, `${prefix}.days`);
    const years = setting(holder, `${prefix}.years`);
    if (mode.state === 'unknown' || days.state === 'unknown' || years.state === 'unknown') {
      unknown = fromResource(holder, prefix, 'default retention known after apply');
      continue;
    }
    if (mode.state === 'known' && (days.state === 'known' || years.state === 'known')) {
      return {
        truth: 'yes',
        evidence: [...ev, evidenceAt(`${prefix}.mode`, String(mode.value), { safe: true, from: holder.address, note: mode.value === 'GOVERNANCE' ? 'default retention in governance mode' : 'default retention in compliance mode' })],
      };
    }
  }
  if (unknown) return { truth: 'unknown', evidence: [...ev, unknown] };
  return { truth: 'no', evidence: [...ev, { path: 'rule[0].default_retention', from: bucket.address, value: null, note: 'Object Lock is on but no default retention protects new log files' }] };
}

const trail: Builder<LogProtectionFacet> = (r, ctx) => {
  const label = 'CloudTrail trail';
  const validation = flag(r, 'enable_log_file_validation');
  const key = keyOwner(r, ctx, 'kms_key_id');
  const encrypted: Truth = key.key === 'none' ? 'no' : key.key === 'unknown' ? 'unknown' : 'yes';
  const keyEvidence: Evidence = key.key === 'none' ? { path: 'kms_key_id', value: null, note: 'no KMS key: the logs have only the bucket\'s default SSE-S3 encryption' } : key.evidence;
  const bucket = ctx.links.targets(r, 's3_bucket_name', ['aws_s3_bucket'])[0];
  const lock = bucket ? bucketObjectLock(bucket, ctx) : { truth: 'unknown' as const, evidence: [{ path: 's3_bucket_name', note: 'bucket not in this plan' }] };
  const out: LogProtectionFacet = {
    label,
    integrityValidation: validation.truth === 'unset' ? 'no' : validation.truth,
    encrypted,
    immutable: lock.truth,
    evidence: [evidence(r, validation.attr), keyEvidence, ...lock.evidence],
  };
  if (lock.truth === 'unknown' || encrypted === 'unknown' || out.integrityValidation === 'unknown') {
    out.settle = lock.truth === 'unknown' ? 'the Object Lock configuration (default retention) of the S3 bucket the trail writes to' : 'the log file validation and KMS key of the trail once applied';
  }
  return out;
};

export const logProtectionTable: BuilderTable = {
  logProtection: {
    aws_cloudtrail: trail,
  },
};
