import type { Evidence, StorageFacet } from '../../../src/model/facets.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { evidence, text } from './values.js';

export type KeyOwner = StorageFacet['key'];

/** Key resources a customer creates; their aliases can never be `alias/aws/…`, which AWS reserves. */
const CUSTOMER_KEY_TYPES = ['aws_kms_key', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key', 'aws_kms_alias'];
/** `alias/aws/s3`, `arn:aws:kms:eu-west-3:111122223333:alias/aws/rds`: AWS managed keys. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

/**
 * Who owns the KMS key an attribute names: an AWS managed alias is the provider's; any other
 * ARN, id or alias is a customer key (an AWS managed key given by its key id cannot be told
 * apart, and is rare in configuration). A key known only after apply is the customer's when the
 * expression refers to a KMS key created in this plan. `none`: no key is named.
 */
export function keyOwner(r: TfResource, ctx: BuildContext, path: string): { key: KeyOwner; evidence: Evidence } {
  const a = text(r, path);
  if (a.state === 'unset') return { key: 'none', evidence: evidence(r, a, { note: 'no KMS key: the AWS managed key of the service is used' }) };
  if (a.state === 'known') {
    const managed = AWS_MANAGED_ALIAS.test(String(a.value));
    return { key: managed ? 'provider' : 'customer', evidence: evidence(r, a, { note: managed ? 'AWS managed key' : 'customer managed KMS key' }) };
  }
  const key = ctx.links.targets(r, path, CUSTOMER_KEY_TYPES)[0];
  if (key) return { key: 'customer', evidence: { path: a.path, from: key.address, note: 'KMS key created in this plan' } };
  return { key: 'unknown', evidence: evidence(r, a) };
}

/** A key attribute on a store that is encrypted either way: no key named means the AWS managed key. */
export function keyOrManaged(r: TfResource, ctx: BuildContext, path: string): { key: KeyOwner; evidence: Evidence } {
  const k = keyOwner(r, ctx, path);
  return k.key === 'none' ? { key: 'provider', evidence: k.evidence } : k;
}

/** The weakest of several keys protecting parts of one store: any provider key, then any unknown. */
export function weakestKey(keys: readonly KeyOwner[]): KeyOwner {
  if (keys.length === 0) return 'none';
  for (const k of ['none', 'provider', 'unknown'] as const) if (keys.includes(k)) return k;
  return 'customer';
}
