/**
 * Whether an S3 bucket or access point is open to anyone (the `publicAccess` facet), from its Config
 * item (a bucket's supplementary configuration: `PublicAccessBlockConfiguration`,
 * `AccessControlList`, `BucketPolicy`; an access point's configuration, as CloudFormation spells it:
 * `PublicAccessBlockConfiguration`, `Policy`, `NetworkOrigin`) and its account's
 * `AWS::S3::AccountPublicAccessBlock` item, read before them (see knowledge/public-access.ts for how
 * they combine). Config leaves out the sub-configurations a bucket does not have: with the
 * supplement captured, a missing block means none is set on the bucket.
 */
import type { Evidence, PublicAccessFacet, Truth } from '../../src/model/facets.js';
import { conf, field, isRecord, list, supp, text, truthy, type ConfigItem } from './ci.js';
import type { BuildContext } from './context.js';
import { evidenceAt } from '../../src/model/evidence.js';
import { s3SupplementCaptured } from './storage.js';
import {
  accessPointExposure,
  accessPointSettle,
  BLOCK_KEYS,
  NO_BLOCK,
  UNKNOWN_BLOCK,
  blockEvidence,
  bucketExposure,
  bucketPolicyIsPublic,
  exposureSettle,
  granteeIsPublic,
  type BlockSettings,
} from './knowledge/public-access.js';

export const ACCOUNT_PUBLIC_ACCESS_BLOCK = 'AWS::S3::AccountPublicAccessBlock';

/** The four settings of a `PublicAccessBlockConfiguration` (bucket supplement, or the account item's configuration); undefined when there is none. */
export function blockSettingsOf(config: unknown): BlockSettings | undefined {
  if (!isRecord(config)) return undefined;
  const out = { ...NO_BLOCK };
  for (const k of BLOCK_KEYS) out[k] = truthy(field(config, '', k)) ?? 'no';
  return out;
}

/** A grantee as Config writes it: the group's name (`AllUsers`), or an object with its URI or id. */
function granteeName(g: unknown): string | undefined {
  if (typeof g === 'string') return g;
  if (!isRecord(g)) return undefined;
  const v = g.uri ?? g.URI ?? g.identifier ?? g.id;
  return typeof v === 'string' ? v : undefined;
}

function aclOf(item: ConfigItem, captured: boolean): { truth: Truth; evidence: Evidence } {
  const grants = supp(item, 'AccessControlList.grantList');
  const listed = list(grants);
  if (!listed) {
    return captured && supp(item, 'AccessControlList').value === undefined
      ? { truth: 'no', evidence: { path: 'supplementaryConfiguration.AccessControlList', value: null, note: 'no ACL in the item: the bucket owner only' } }
      : { truth: captured ? 'no' : 'unknown', evidence: { path: grants.path, value: null, note: captured ? 'no grant in the ACL' : 'supplementary configuration not in the item' } };
  }
  const i = listed.findIndex((g) => isRecord(g) && typeof granteeName(g.grantee) === 'string' && granteeIsPublic(granteeName(g.grantee)!));
  if (i >= 0) return { truth: 'yes', evidence: { path: `${grants.path}[${i}].grantee`, note: 'a grant to a group of everyone (AllUsers or AuthenticatedUsers)' } };
  return { truth: 'no', evidence: { path: grants.path, note: 'no grant to everyone' } };
}

/** A bucket's or access point's policy (`policy`, where the item holds it; `captured`: the item would show one if there were). */
function policyOf(policy: { value: unknown; path: string }, captured: boolean, whose: 'bucket' | 'access point'): { truth: Truth; evidence: Evidence } {
  // The policy text is JSON: the item reader has already decoded it into an object.
  const doc = typeof policy.value === 'string' ? policy.value : isRecord(policy.value) ? JSON.stringify(policy.value) : undefined;
  if (doc === undefined) return { truth: captured ? 'no' : 'unknown', evidence: { path: policy.path, value: null, note: captured ? `no ${whose} policy` : `${whose === 'bucket' ? 'supplementary ' : ''}configuration not in the item` } };
  const reading = bucketPolicyIsPublic(doc);
  if (reading === undefined) return { truth: 'unknown', evidence: { path: policy.path, note: 'policy document could not be read' } };
  return { truth: reading ? 'yes' : 'no', evidence: { path: policy.path, note: reading ? 'allows everyone (Principal "*") without a condition on the caller' : 'grants nothing to everyone' } };
}

function bucket(ctx: BuildContext): PublicAccessFacet {
  const label = 'S3 bucket';
  const captured = s3SupplementCaptured(ctx.item);
  const blockPath = 'supplementaryConfiguration.PublicAccessBlockConfiguration';
  const own = blockSettingsOf(supp(ctx.item, 'PublicAccessBlockConfiguration').value) ?? (captured ? NO_BLOCK : UNKNOWN_BLOCK);
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const acl = aclOf(ctx.item, captured);
  const policy = policyOf(supp(ctx.item, 'BucketPolicy.policyText'), captured, 'bucket');
  const exposure = bucketExposure(acl.truth, policy.truth, own, account);
  const evidence: Evidence[] = [
    blockEvidence(blockPath, own, 'bucket'),
    acl.evidence,
    policy.evidence,
    accountEvidence,
    { path: 'publicAccess', note: exposure.note },
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence };
  if (exposure.public === 'unknown') out.settle = exposureSettle(acl.truth, policy.truth, own, account);
  return out;
}

/** The account's Block Public Access settings, with their evidence (or that none was read). */
function accountBlock(ctx: BuildContext): { settings: BlockSettings; evidence: Evidence } {
  const read = ctx.facts.publicAccessBlock;
  return read
    ? { settings: read, evidence: blockEvidence('configuration', read, 'account', ACCOUNT_PUBLIC_ACCESS_BLOCK) }
    : { settings: UNKNOWN_BLOCK, evidence: { path: ACCOUNT_PUBLIC_ACCESS_BLOCK, value: null, note: 'no account-level public access block item read for the account' } };
}

function accessPoint(ctx: BuildContext): PublicAccessFacet {
  const label = 'S3 access point';
  const captured = ctx.item.configuration !== undefined;
  const blockPath = 'configuration.PublicAccessBlockConfiguration';
  const own = blockSettingsOf(conf(ctx.item, 'PublicAccessBlockConfiguration').value) ?? UNKNOWN_BLOCK;
  const origin = conf(ctx.item, 'NetworkOrigin');
  const originText = text(origin)?.toLowerCase();
  const vpcOnly: Truth = originText === 'vpc' ? 'yes' : originText === 'internet' ? 'no' : 'unknown';
  const { settings: account, evidence: accountEvidence } = accountBlock(ctx);
  const policy = policyOf(conf(ctx.item, 'Policy'), captured, 'access point');
  const exposure = accessPointExposure(policy.truth, vpcOnly, own, account);
  const evidence: Evidence[] = [
    blockEvidence(blockPath, own, 'access point'),
    vpcOnly === 'unknown' ? { path: origin.path, value: null, note: 'network origin not in the item' } : evidenceAt(origin.path, vpcOnly === 'yes' ? 'VPC' : 'Internet', { safe: true, note: 'network origin' }),
    policy.evidence,
    accountEvidence,
    { path: 'publicAccess', note: exposure.note },
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence };
  if (exposure.public === 'unknown') out.settle = accessPointSettle(policy.truth, vpcOnly, own, account);
  return out;
}

export const PUBLIC_ACCESS: Readonly<Record<string, (ctx: BuildContext) => PublicAccessFacet | undefined>> = {
  'AWS::S3::Bucket': bucket,
  'AWS::S3::AccessPoint': accessPoint,
};
