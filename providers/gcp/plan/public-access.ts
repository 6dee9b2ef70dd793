/**
 * Whether a Cloud Storage bucket is open to anyone (the `publicAccess` facet), from the plan: its
 * `public_access_prevention` and the bucket IAM resources naming it. Only
 * `google_storage_bucket_iam_policy` is authoritative: members and bindings add to a policy the
 * plan may not show, so without a public grant or an authoritative policy in the plan the members
 * stay unknown (see knowledge/public-access.ts for the verdict).
 */
import type { Evidence, PublicAccessFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { gcsExposure } from '../knowledge/public-access.js';
import { parsePolicyData } from './iam.js';
import { evidence, evidenceFrom, knownString, related, stringList } from './values.js';

const bucket: Builder<PublicAccessFacet> = (r, ctx) => {
  const label = 'Cloud Storage bucket';
  const pap = setting(r, 'public_access_prevention');
  const prevention = pap.state === 'unknown' ? 'unknown' : (knownString(pap) ?? 'inherited');
  const ev: Evidence[] = [evidence(r, 'public_access_prevention', pap.state === 'known' ? pap.value : pap.state === 'unset' ? null : undefined, { safe: true, note: pap.state === 'unknown' ? 'known after apply' : undefined })];
  // `bucket` is the name, or `b/<name>` as the provider writes it once known.
  const grants = (type: string) => ctx.links.ofType(type).filter((g) => related(ctx, g, 'bucket', ['google_storage_bucket']).includes(r));
  const members: string[] = [];
  let unknown = false;
  let authoritative = false;
  for (const m of grants('google_storage_bucket_iam_member')) {
    const member = setting(m, 'member');
    if (member.state === 'unknown') unknown = true;
    const value = knownString(member);
    if (value) members.push(value);
    ev.push(evidenceFrom(m, 'member', value === 'allUsers' || value === 'allAuthenticatedUsers' ? value : undefined, { safe: true }));
  }
  for (const b of grants('google_storage_bucket_iam_binding')) {
    const list = stringList(b, 'members');
    if (list === 'unknown') unknown = true;
    else members.push(...list);
    ev.push(evidenceFrom(b, 'members', undefined, { note: list === 'unknown' ? 'known after apply' : `${list.length} member(s)` }));
  }
  for (const p of grants('google_storage_bucket_iam_policy')) {
    const policy = parsePolicyData(p);
    if (!policy) unknown = true;
    else {
      authoritative = true;
      members.push(...policy.bindings.flatMap((b) => b.members));
    }
    ev.push(evidenceFrom(p, 'policy_data', undefined, { note: policy ? 'the bucket\'s whole IAM policy' : 'policy known after apply' }));
  }
  const publicMember = members.some((m) => m === 'allUsers' || m === 'allAuthenticatedUsers');
  const seen = publicMember ? members : unknown || !authoritative ? 'unknown' : members;
  if (seen === 'unknown' && !unknown && !authoritative) ev.push({ path: 'google_storage_bucket_iam_policy', value: null, note: 'no authoritative IAM policy for the bucket in this plan: grants may be made elsewhere' });
  const exposure = gcsExposure(prevention, seen);
  const out: PublicAccessFacet = { label, public: exposure.public, evidence: [...ev, { path: 'publicAccess', note: exposure.note }] };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
};

export const publicAccessTable: BuilderTable = {
  publicAccess: {
    google_storage_bucket: bucket,
  },
};
