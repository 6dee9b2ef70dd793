/**
 * Whether an S3 bucket or access point is open to anyone, the way S3 itself decides it ("The meaning of public" in
 * the S3 user guide): a grant to everyone in its ACL or its bucket policy counts unless Block Public
 * Access neutralises it. What neutralises a grant already in place is `IgnorePublicAcls` for ACLs and
 * `RestrictPublicBuckets` for policies (`BlockPublicAcls` / `BlockPublicPolicy` only refuse new
 * ones); the bucket's and the account's settings apply together, the most restrictive winning.
 * Documents are parsed, never printed.
 */
import { allOf, anyOf, type Evidence, type Truth } from '../../../src/model/facets.js';
import { parsePolicy, type Statement } from './iam-policy.js';

/** The four Block Public Access settings of a bucket or an account, each three-valued. */
export interface BlockSettings {
  blockPublicAcls: Truth;
  ignorePublicAcls: Truth;
  blockPublicPolicy: Truth;
  restrictPublicBuckets: Truth;
}

export const BLOCK_KEYS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;

/** Settings where nothing is configured: every one off. */
export const NO_BLOCK: BlockSettings = { blockPublicAcls: 'no', ignorePublicAcls: 'no', blockPublicPolicy: 'no', restrictPublicBuckets: 'no' };
/** Settings all on: what S3 gives a new access point unless told otherwise. */
export const ALL_BLOCKED: BlockSettings = { blockPublicAcls: 'yes', ignorePublicAcls: 'yes', blockPublicPolicy: 'yes', restrictPublicBuckets: 'yes' };
/** Settings nobody could read. */
export const UNKNOWN_BLOCK: BlockSettings = { blockPublicAcls: 'unknown', ignorePublicAcls: 'unknown', blockPublicPolicy: 'unknown', restrictPublicBuckets: 'unknown' };

/** Canned ACLs that grant to everyone (`public-read`, `public-read-write`) or to every AWS account (`authenticated-read`). */
const PUBLIC_CANNED = new Set(['public-read', 'public-read-write', 'authenticated-read']);

export function cannedAclIsPublic(acl: string): boolean {
  return PUBLIC_CANNED.has(acl);
}

/** The AllUsers and AuthenticatedUsers groups, by URI (`http://acs.amazonaws.com/groups/global/AllUsers`) or by name as AWS Config writes them. */
export function granteeIsPublic(grantee: string): boolean {
  return /(^|\/)(AllUsers|AuthenticatedUsers)$/.test(grantee);
}

/** Condition keys that, with fixed values, restrict a grant to known callers: S3 does not count such a statement as public. */
const RESTRICTING_KEYS = new Set([
  'aws:sourceip',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  's3:dataaccesspointarn',
  's3:dataaccesspointaccount',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
]);

/** Operators that compare with fixed values (a `Not…` operator or a `…IfExists` lets other callers through). */
const FIXED_OPERATORS = /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress)$/;

/** A value with no wildcard and no policy variable, and for addresses not the whole internet. */
function fixed(key: string, v: unknown): boolean {
  const s = String(v);
  if (s.includes('*') || s.includes('?') || s.includes('${')) return false;
  if (key === 'aws:sourceip') return !/\/0$/.test(s);
  return s !== '';
}

function restricted(s: Statement): boolean {
  for (const [op, block] of Object.entries(s.condition)) {
    if (!FIXED_OPERATORS.test(op)) continue;
    for (const [k, v] of Object.entries(block)) {
      const key = k.toLowerCase();
      const values = Array.isArray(v) ? v : [v];
      if (RESTRICTING_KEYS.has(key) && values.length > 0 && values.every((x) => fixed(key, x))) return true;
    }
  }
  return false;
}

function toEveryone(p: unknown): boolean {
  if (p === '*') return true;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const aws = (p as Record<string, unknown>).AWS;
  return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
}

/** An Allow to everyone (`*`, `{"AWS": "*"}`, or everyone but a few through `NotPrincipal`) with no condition naming the callers. */
function publicStatement(s: Statement): boolean {
  if (s.effect !== 'Allow') return false;
  const everyone = toEveryone(s.principal) || s.notPrincipal !== undefined;
  return everyone && !restricted(s);
}

/** Whether a bucket policy document grants anything to everyone; undefined when it is not a policy document. */
export function bucketPolicyIsPublic(doc: unknown): boolean | undefined {
  const statements = parsePolicy(doc);
  return statements ? statements.some(publicStatement) : undefined;
}

function not(t: Truth): Truth {
  return t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown';
}

export interface Exposure {
  public: Truth;
  /** Why, in words (no document content). */
  note: string;
}

/**
 * The verdict from what grants (`acl`, `policy`: whether they grant to everyone) and what blocks (the
 * bucket's and the account's settings). A bucket whose own four settings are on is not public,
 * whatever the rest says.
 */
export function bucketExposure(acl: Truth, policy: Truth, bucket: BlockSettings, account: BlockSettings): Exposure {
  if (BLOCK_KEYS.every((k) => bucket[k] === 'yes')) return { public: 'no', note: 'Block Public Access fully on for the bucket' };
  const ignoreAcls = anyOf([bucket.ignorePublicAcls, account.ignorePublicAcls]);
  const restrict = anyOf([bucket.restrictPublicBuckets, account.restrictPublicBuckets]);
  const aclOpen = allOf([acl, not(ignoreAcls)]);
  const policyOpen = allOf([policy, not(restrict)]);
  const open = anyOf([aclOpen, policyOpen]);
  if (open === 'yes') return { public: 'yes', note: aclOpen === 'yes' ? 'the ACL grants to everyone and IgnorePublicAcls is off for the bucket and the account' : 'the bucket policy allows everyone and RestrictPublicBuckets is off for the bucket and the account' };
  if (open === 'no') {
    if (acl === 'no' && policy === 'no') return { public: 'no', note: 'neither the ACL nor the bucket policy grants to everyone' };
    return { public: 'no', note: 'grants to everyone are neutralised by Block Public Access (bucket or account)' };
  }
  return { public: 'unknown', note: 'whether a grant to everyone is in force is not known' };
}

/**
 * An access point (S3 judges its policy as it judges a bucket policy; access points carry no ACL).
 * One whose network origin is a VPC accepts no request from the internet: not open to anyone. Its
 * own Block Public Access settings are fixed when it is created and its policy is attached after,
 * so with its own `BlockPublicPolicy` on no public policy can be in force; `RestrictPublicBuckets`
 * (its own or the account's) neutralises one that is. The bucket's own settings also apply to
 * requests through the access point: they are judged on the bucket, whose verdict this one does not
 * repeat (as the S3 console marks an access point public from its own policy and settings).
 */
export function accessPointExposure(policy: Truth, vpcOnly: Truth, own: BlockSettings, account: BlockSettings): Exposure {
  if (vpcOnly === 'yes') return { public: 'no', note: 'accepts requests from one VPC only (network origin VPC)' };
  if (BLOCK_KEYS.every((k) => own[k] === 'yes')) return { public: 'no', note: 'Block Public Access fully on for the access point' };
  const neutralised = anyOf([own.blockPublicPolicy, own.restrictPublicBuckets, account.restrictPublicBuckets]);
  const open = allOf([policy, not(neutralised), not(vpcOnly)]);
  if (open === 'yes') return { public: 'yes', note: 'the access point policy allows everyone, Block Public Access does not neutralise it (access point and account), and it accepts requests from the internet' };
  if (open === 'no') return { public: 'no', note: policy === 'no' ? 'the access point policy grants nothing to everyone' : 'a grant to everyone is neutralised by Block Public Access (access point or account)' };
  return { public: 'unknown', note: 'whether a grant to everyone is in force is not known' };
}

/** What settles an unknown access point exposure: the pieces that were not known. */
export function accessPointSettle(policy: Truth, vpcOnly: Truth, own: BlockSettings, account: BlockSettings): string {
  const pieces: Array<[Truth, string]> = [
    [policy, 'the access point policy'],
    [vpcOnly, 'the access point\'s network origin'],
  ];
  return settleOf(pieces, 'the access point\'s', own, account, 'the access point\'s policy, network origin and Block Public Access settings');
}

/** What settles an unknown exposure: the pieces that were not known. */
export function exposureSettle(acl: Truth, policy: Truth, bucket: BlockSettings, account: BlockSettings): string {
  const pieces: Array<[Truth, string]> = [
    [acl, 'the bucket ACL'],
    [policy, 'the bucket policy'],
  ];
  return settleOf(pieces, 'the bucket\'s', bucket, account, 'the bucket\'s ACL, policy and Block Public Access settings');
}

/** The pieces not known, then `whose` own Block Public Access settings and the account's when not known; `all` when nothing is unknown. */
function settleOf(pieces: ReadonlyArray<[Truth, string]>, whose: string, own: BlockSettings, account: BlockSettings, all: string): string {
  const unknown = pieces.filter(([t]) => t === 'unknown').map(([, name]) => name);
  if (BLOCK_KEYS.some((k) => own[k] === 'unknown')) unknown.push(`${whose} Block Public Access settings`);
  if (BLOCK_KEYS.some((k) => account[k] === 'unknown')) unknown.push('the account\'s Block Public Access settings (S3 account-level public access block)');
  return unknown.length ? unknown.join(', ') : all;
}

/** Evidence line for one set of settings. */
export function blockEvidence(path: string, s: BlockSettings, whose: 'bucket' | 'access point' | 'account', from?: string): Evidence {
  const on = BLOCK_KEYS.filter((k) => s[k] === 'yes');
  const unknown = BLOCK_KEYS.filter((k) => s[k] === 'unknown');
  const note =
    unknown.length === BLOCK_KEYS.length
      ? `${whose} Block Public Access settings not known`
      : on.length === BLOCK_KEYS.length
        ? `${whose} Block Public Access fully on`
        : `${whose} Block Public Access: ${on.length ? on.join(', ') : 'none'} on${unknown.length ? `; ${unknown.join(', ')} not known` : ''}`;
  return { path, note, ...(from ? { from } : {}) };
}
