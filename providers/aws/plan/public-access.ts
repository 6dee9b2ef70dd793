/**
 * Whether an S3 bucket or access point is open to anyone (the `publicAccess` facet), from the plan.
 * A bucket: its ACL (inline
 * `acl` / `grant` in provider 3, `aws_s3_bucket_acl` in 4+), its bucket policy (inline `policy`,
 * `aws_s3_bucket_policy`), its `aws_s3_bucket_public_access_block` and the account's
 * `aws_s3_account_public_access_block` (see knowledge/public-access.ts for how they combine).
 * A plan shows only what it manages: a bucket policy can be attached by another stack and the
 * account's settings are rarely in the same plan, so without the bucket's own four settings on, a
 * missing piece leaves the verdict unknown rather than private.
 * An access point (`aws_s3_access_point`): its `public_access_block_configuration` (S3 turns every
 * setting on when it is left out, and the provider defaults each setting to true), its
 * `vpc_configuration` (network origin VPC), its policy (inline `policy`, or an
 * `aws_s3control_access_point_policy` on its ARN) and the account's block.
 */
import type { Evidence, PublicAccessFacet, Truth } from '../../../src/model/facets.js';
import type { BuildContext, Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import {
  accessPointExposure,
  accessPointSettle,
  ALL_BLOCKED,
  BLOCK_KEYS,
  UNKNOWN_BLOCK,
  blockEvidence,
  bucketExposure,
  bucketPolicyIsPublic,
  cannedAclIsPublic,
  exposureSettle,
  granteeIsPublic,
  type BlockSettings,
} from '../knowledge/public-access.js';
import { bucketConfigs } from './s3.js';
import { evidence, flag, settingBlocks, text } from './values.js';

const ARGUMENTS: Record<(typeof BLOCK_KEYS)[number], string> = {
  blockPublicAcls: 'block_public_acls',
  ignorePublicAcls: 'ignore_public_acls',
  blockPublicPolicy: 'block_public_policy',
  restrictPublicBuckets: 'restrict_public_buckets',
};

/** The four settings of a public access block resource or block (`prefix`), each `whenUnset` when not set (the provider's default). */
function blockOf(r: TfResource, prefix = '', whenUnset: Truth = 'no'): BlockSettings {
  const out = { ...UNKNOWN_BLOCK };
  for (const k of BLOCK_KEYS) {
    const t = flag(r, `${prefix}${ARGUMENTS[k]}`).truth;
    out[k] = t === 'unset' ? whenUnset : t;
  }
  return out;
}

/**
 * Canned ACL and grants of one holder: the bucket (provider 3, the group URI on the `grant`) or an
 * `aws_s3_bucket_acl` (under the grant's `grantee` block).
 */
function aclOf(holder: TfResource, grantsPath: string, uriPath: string): { truth: Truth; evidence: Evidence[] } {
  const canned = text(holder, 'acl');
  const ev: Evidence[] = [];
  let truth: Truth = 'no';
  if (canned.state === 'unknown') truth = 'unknown';
  else if (canned.state === 'known') {
    ev.push(evidence(holder, canned, { safe: true }));
    if (cannedAclIsPublic(String(canned.value))) truth = 'yes';
  }
  const grants = settingBlocks(holder, grantsPath);
  if (grants === 'unknown') return { truth: truth === 'yes' ? 'yes' : 'unknown', evidence: [...ev, { path: grantsPath, note: 'grants known after apply' }] };
  grants.forEach((_, i) => {
    const uri = text(holder, `${grantsPath}[${i}].${uriPath}`);
    if (uri.state === 'unknown' && truth === 'no') truth = 'unknown';
    if (uri.state === 'known' && granteeIsPublic(String(uri.value))) {
      truth = 'yes';
      ev.push(evidence(holder, uri, { safe: true, note: 'a grant to a group of everyone' }));
    }
  });
  return { truth, evidence: ev.map((e) => (holder.type === 'aws_s3_bucket' ? e : { ...e, from: holder.address })) };
}

/** Whether any policy for the bucket or access point in this plan allows everyone; unknown when none is in the plan. */
function policyOf(r: TfResource, holders: readonly TfResource[], whose: 'bucket' | 'access point' = 'bucket'): { truth: Truth; evidence: Evidence[] } {
  const docs = holders.map((h) => ({ holder: h, attr: setting(h, 'policy') }));
  const inline = setting(r, 'policy');
  if (inline.state === 'unknown' || (inline.state === 'known' && typeof inline.value === 'string' && inline.value !== '')) docs.push({ holder: r, attr: inline });
  if (docs.length === 0) return { truth: 'unknown', evidence: [{ path: 'policy', value: null, note: `no ${whose} policy in this plan: one may be attached elsewhere` }] };
  const truths: Truth[] = [];
  const ev: Evidence[] = [];
  for (const { holder, attr } of docs) {
    const from = holder === r ? {} : { from: holder.address };
    const reading = attr.state === 'known' ? bucketPolicyIsPublic(attr.value) : undefined;
    truths.push(reading === undefined ? 'unknown' : reading ? 'yes' : 'no');
    ev.push({ path: 'policy', ...from, note: reading === undefined ? (attr.state === 'known' ? 'policy document could not be read' : 'policy known after apply') : reading ? 'allows everyone (Principal "*") without a condition on the caller' : 'grants nothing to everyone' });
  }
  return { truth: truths.includes('yes') ? 'yes' : truths.includes('unknown') ? 'unknown' : 'no', evidence: ev };
}

/** The account's Block Public Access settings, with their evidence (or that the plan does not hold them). */
function accountBlock(ctx: BuildContext): { settings: BlockSettings; evidence: Evidence } {
  const block = ctx.links.ofType('aws_s3_account_public_access_block')[0];
  if (!block) return { settings: UNKNOWN_BLOCK, evidence: { path: 'aws_s3_account_public_access_block', value: null, note: 'the account\'s public access block is not in this plan' } };
  const settings = blockOf(block);
  return { settings, evidence: blockEvidence('block_public_acls', settings, 'account', block.address) };
}

const bucket: Builder<PublicAccessFacet> = (r, ctx) => {
  const label = 'S3 bucket';
  const bucketBlock = bucketConfigs(ctx, r, 'aws_s3_bucket_public_access_block')[0];
  const own = bucketBlock ? blockOf(bucketBlock) : UNKNOWN_BLOCK;
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const acls = [aclOf(r, 'grant', 'uri'), ...bucketConfigs(ctx, r, 'aws_s3_bucket_acl').map((a) => aclOf(a, 'access_control_policy[0].grant', 'grantee[0].uri'))];
  const acl: Truth = acls.some((a) => a.truth === 'yes') ? 'yes' : acls.some((a) => a.truth === 'unknown') ? 'unknown' : 'no';
  const policy = policyOf(r, bucketConfigs(ctx, r, 'aws_s3_bucket_policy'));
  const exposure = bucketExposure(acl, policy.truth, own, account);
  const ev: Evidence[] = [
    bucketBlock ? blockEvidence('block_public_acls', own, 'bucket', bucketBlock.address) : { path: 'aws_s3_bucket_public_access_block', value: null, note: 'no public access block for the bucket in this plan' },
    ...acls.flatMap((a) => a.evidence),
    ...policy.evidence,
    accountEvidence,
    { path: 'publicAccess', note: exposure.note },
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence: ev };
  if (exposure.public === 'unknown') out.settle = exposureSettle(acl, policy.truth, own, account);
  return out;
};

const accessPoint: Builder<PublicAccessFacet> = (r, ctx) => {
  const label = 'S3 access point';
  const blockPath = 'public_access_block_configuration';
  // Left out, S3 turns every setting on (the one secure default relied on here; a `dynamic` block whose for_each is unknown reads the same: that limit of setting() is accepted, as such a block is not how access points are written).
  const block = settingBlocks(r, blockPath);
  const own = block === 'unknown' ? UNKNOWN_BLOCK : block.length === 0 ? ALL_BLOCKED : blockOf(r, `${blockPath}[0].`, 'yes');
  const vpc = settingBlocks(r, 'vpc_configuration');
  const vpcOnly: Truth = vpc === 'unknown' ? 'unknown' : vpc.length ? 'yes' : 'no';
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const policy = policyOf(r, ctx.links.sources(r, 'aws_s3control_access_point_policy', 'access_point_arn'), 'access point');
  const exposure = accessPointExposure(policy.truth, vpcOnly, own, account);
  const ev: Evidence[] = [
    block === 'unknown' || block.length ? blockEvidence(blockPath, own, 'access point') : { path: blockPath, value: null, note: 'not set: S3 turns every Block Public Access setting on for the access point' },
    { path: 'vpc_configuration', note: vpcOnly === 'unknown' ? 'network origin known after apply' : vpcOnly === 'yes' ? 'network origin VPC' : 'no VPC configuration: network origin Internet' },
    ...policy.evidence,
    accountEvidence,
    { path: 'publicAccess', note: exposure.note },
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence: ev };
  if (exposure.public === 'unknown') out.settle = accessPointSettle(policy.truth, vpcOnly, own, account);
  return out;
};

export const publicAccessTable: BuilderTable = {
  publicAccess: {
    aws_s3_bucket: bucket,
    aws_s3_access_point: accessPoint,
  },
};
