import type { Truth } from '../../../src/model/facets.js';
import { memberKind } from './iam.js';

/**
 * Whether a Cloud Storage bucket is open to anyone: a role granted to `allUsers` or
 * `allAuthenticatedUsers` in its IAM policy, unless public access prevention is `enforced` on the
 * bucket (then Cloud Storage refuses those grants). `inherited` defers to the organisation policy
 * `storage.publicAccessPrevention`, which neither a bucket's plan nor its asset record shows: a
 * public grant under `inherited` is read as public, the verdict the bucket itself gives.
 */
export interface GcsExposure {
  public: Truth;
  note: string;
  settle?: string;
}

/** `prevention`: the bucket's setting ('unknown' when not known); `members`: the members of its IAM policy, 'unknown' when it could not be seen. */
export function gcsExposure(prevention: string | 'unknown', members: readonly string[] | 'unknown'): GcsExposure {
  if (prevention === 'enforced') return { public: 'no', note: 'public access prevention enforced on the bucket' };
  const open = members !== 'unknown' && members.some((m) => memberKind(m) === 'public');
  if (open && prevention === 'unknown') return { public: 'unknown', note: 'a role is granted to allUsers or allAuthenticatedUsers', settle: 'the public access prevention setting of the bucket' };
  if (open) return { public: 'yes', note: 'a role is granted to allUsers or allAuthenticatedUsers and public access prevention is not enforced on the bucket' };
  if (members === 'unknown') return { public: 'unknown', note: 'the bucket\'s IAM policy is not known', settle: 'the IAM policy of the bucket (members allUsers / allAuthenticatedUsers), or public_access_prevention = "enforced"' };
  return { public: 'no', note: 'no role is granted to allUsers or allAuthenticatedUsers' };
}
