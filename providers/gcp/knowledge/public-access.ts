import type { Truth } from '../../../src/model/facets.js';
import { memberKind } from './iam.js';

/**
 * Whether a Cloud Storage bucket is open to anyone. Two routes grant `allUsers` /
 * `allAuthenticatedUsers`: the bucket's IAM policy, and ACLs (the bucket's, its default object ACL,
 * each object's). Public access prevention refuses both: `enforced` on the bucket, or `inherited`
 * under an enforced `storage.publicAccessPrevention` organisation policy (a bucket cannot opt out
 * of an enforced one). Uniform bucket-level access turns ACLs off; without it, the ACLs of objects
 * (never in an inventory, and settable by any uploader with `predefinedAcl=publicRead`) may be
 * public, so such a bucket is at best unknown.
 */
export interface GcsExposure {
  public: Truth;
  note: string;
  settle?: string;
}

export const PAP_CONSTRAINT = 'storage.publicAccessPrevention';

/** ACL entities that stand for anyone. */
export const isPublicEntity = (entity: string): boolean => memberKind(entity.trim()) === 'public';

/** Predefined ACLs (bucket, default object, object) that grant `allUsers` or `allAuthenticatedUsers`. */
export const PUBLIC_PREDEFINED_ACLS: ReadonlySet<string> = new Set(['publicRead', 'publicReadWrite', 'authenticatedRead']);

/** The entity of a Terraform `role_entity` item, `READER:allUsers`. */
export const roleEntityEntity = (item: string): string => item.slice(item.indexOf(':') + 1).trim();

/**
 * The bucket's own setting, as one word: `unspecified` is what the API called `inherited` until
 * 2021 (buckets untouched since still carry it).
 */
export function preventionSetting(value: string | undefined): string {
  if (value === undefined) return 'inherited';
  return value.toLowerCase() === 'unspecified' ? 'inherited' : value.toLowerCase();
}

/** What one organisation policy on one node says of `storage.publicAccessPrevention`. */
export interface PreventionPolicy {
  /** `projects/P`, `folders/F`, `organizations/O`. */
  node: string;
  /** Enforced without condition; false for anything else set there (not enforced, reset, conditional rules), which overrides the nodes above. */
  enforced: boolean;
}

/**
 * An organisation policy of the constraint, in either API's shape: v1 (Cloud Asset ORG_POLICY,
 * `gcloud resource-manager org-policies`: `booleanPolicy.enforced`, `restoreDefault`) or v2
 * (`spec.rules[].enforce`, `spec.reset`). Proto3 JSON leaves `enforced: false` out, so a policy
 * that does not say `true` is read as not enforced: never a protection the policy does not give.
 */
export function enforcesPrevention(policy: Record<string, unknown>): boolean {
  const boolean = policy.booleanPolicy;
  if (isRecord(boolean)) return boolean.enforced === true || boolean.enforced === 'true';
  const spec = isRecord(policy.spec) ? policy.spec : undefined;
  if (spec && spec.reset !== true && Array.isArray(spec.rules)) {
    const rules = spec.rules.filter(isRecord);
    return rules.length > 0 && rules.every((r) => !isRecord(r.condition) && (r.enforce === true || r.enforce === 'TRUE' || r.enforce === 'true'));
  }
  return false;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The effective prevention the organisation policies give a bucket: its ancestors from the nearest,
 * each with the policy set on it, if any; `seen` says whether the input would show a policy set
 * there. The nearest policy decides; an unseen node ends the walk (a policy there is not known).
 */
export function inheritedPrevention(chain: ReadonlyArray<{ node: string; seen: boolean; policy?: PreventionPolicy }>): PreventionPolicy | undefined {
  for (const step of chain) {
    if (step.policy) return step.policy;
    if (!step.seen) return undefined;
  }
  return undefined;
}

export interface GcsAccess {
  /** The bucket's `publicAccessPrevention` (preventionSetting), 'unknown' when not known. */
  prevention: string | 'unknown';
  /** The nearest `storage.publicAccessPrevention` policy above the bucket, when seen. */
  orgPolicy?: PreventionPolicy;
  /** The members of its IAM policy, 'unknown' when they could not be seen. */
  members: readonly string[] | 'unknown';
  /** Uniform bucket-level access. */
  uniform: boolean | 'unknown';
  /** ACL entries seen granting anyone (bucket, default object, objects). */
  publicAcl: boolean;
}

const SETTLE_ACL = 'uniform bucket-level access on the bucket, or public access prevention enforced (on the bucket, or by the storage.publicAccessPrevention organisation policy): without them the ACLs of the bucket and of each object can grant allUsers';

export function gcsExposure(s: GcsAccess): GcsExposure {
  if (s.prevention === 'enforced') return { public: 'no', note: 'public access prevention enforced on the bucket' };
  if (s.orgPolicy?.enforced) return { public: 'no', note: `public access prevention enforced by the ${PAP_CONSTRAINT} organisation policy of ${s.orgPolicy.node}` };
  const iamOpen = s.members !== 'unknown' && s.members.some((m) => memberKind(m) === 'public');
  const aclOpen = s.publicAcl && s.uniform !== true;
  if (iamOpen || aclOpen) {
    const route = iamOpen ? 'a role is granted to allUsers or allAuthenticatedUsers' : 'an ACL grants allUsers or allAuthenticatedUsers';
    if (s.prevention === 'unknown') return { public: 'unknown', note: route, settle: 'the public access prevention setting of the bucket' };
    if (!iamOpen && s.uniform === 'unknown') return { public: 'unknown', note: route, settle: 'the uniform bucket-level access setting of the bucket (it turns ACLs off)' };
    return { public: 'yes', note: `${route} and public access prevention is not enforced on the bucket` };
  }
  if (s.members === 'unknown') return { public: 'unknown', note: 'the bucket\'s IAM policy is not known', settle: 'the IAM policy of the bucket (members allUsers / allAuthenticatedUsers), or public_access_prevention = "enforced"' };
  if (s.uniform === true) return { public: 'no', note: 'no role is granted to allUsers or allAuthenticatedUsers, and uniform bucket-level access turns ACLs off' };
  return { public: 'unknown', note: 'no role is granted to allUsers or allAuthenticatedUsers, but uniform bucket-level access is not on: ACLs (those of objects are in no inventory) may grant anyone', settle: SETTLE_ACL };
}
