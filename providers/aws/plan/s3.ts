/**
 * S3 buckets and the separate resources that configure them (AWS provider 4+ splits encryption,
 * lifecycle and replication out of `aws_s3_bucket`, linked by their `bucket` argument).
 */
import type { Evidence, StorageFacet } from '../../../src/model/facets.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { keyOrManaged } from './kms.js';
import { evidence, text } from './values.js';
import { setting } from '../../terraform/tf-resource.js';

/** The separate configuration resources of `type` that apply to a bucket. */
export function bucketConfigs(ctx: BuildContext, bucket: TfResource, type: string): readonly TfResource[] {
  return ctx.links.sources(bucket, type, 'bucket');
}

/**
 * Every S3 object is encrypted: since 2023-01-05 S3 applies SSE-S3 (AES256, an S3-owned key) to
 * all new objects and it cannot be turned off. What varies is the key: a separate
 * `aws_s3_bucket_server_side_encryption_configuration` (provider 4+) or the inline block
 * (provider 3) may choose SSE-KMS / DSSE-KMS. Without a key id, aws:kms uses the AWS managed
 * `aws/s3` key.
 */
export function bucketEncryption(r: TfResource, ctx: BuildContext): StorageFacet {
  const service = 'S3 bucket';
  const separate = bucketConfigs(ctx, r, 'aws_s3_bucket_server_side_encryption_configuration')[0];
  if (separate) return { service, encrypted: 'yes', ...byDefaultRule(separate, ctx, 'rule[0].apply_server_side_encryption_by_default[0]', separate) };
  const inline = 'server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0]';
  const block = setting(r, 'server_side_encryption_configuration');
  if (block.state === 'unset' || (block.state === 'known' && Array.isArray(block.value) && block.value.length === 0)) {
    return {
      service,
      encrypted: 'yes',
      key: 'provider',
      evidence: [{ path: 'server_side_encryption_configuration', value: null, note: 'no encryption configuration: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05' }],
    };
  }
  return { service, encrypted: 'yes', ...byDefaultRule(r, ctx, inline) };
}

function byDefaultRule(r: TfResource, ctx: BuildContext, prefix: string, from?: TfResource): { key: StorageFacet['key']; evidence: Evidence[]; settle?: string } {
  const algorithm = text(r, `${prefix}.sse_algorithm`);
  const ev = [evidence(r, algorithm, { safe: true, ...(from ? { from } : {}) })];
  if (algorithm.state === 'known' && algorithm.value === 'AES256') return { key: 'provider', evidence: ev };
  if (algorithm.state === 'known' && String(algorithm.value).startsWith('aws:kms')) {
    const k = keyOrManaged(r, ctx, `${prefix}.kms_master_key_id`);
    return { key: k.key, evidence: [...ev, from ? { ...k.evidence, from: k.evidence.from ?? from.address } : k.evidence] };
  }
  return { key: 'unknown', evidence: ev, settle: 'the default encryption algorithm and key of the bucket once applied' };
}
