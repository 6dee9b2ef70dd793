/**
 * Whether a Cloud Storage bucket is open to anyone (the `publicAccess` facet), from its Cloud Asset
 * records: `iamConfiguration.publicAccessPrevention` in its settings (RESOURCE), the members of
 * its IAM policy (IAM_POLICY). A file may hold both as two records of one name: the settings
 * record is judged with the policy learnt beside it, and the policy record then says nothing of its
 * own. A live scan lists the buckets' IAM policies before their settings (`bucketSettingsFollow`),
 * so each live bucket is judged with both on its settings record.
 */
import type { PublicAccessFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { policyMembers, type InventoryContext } from './context.js';
import { gcsExposure } from './knowledge/public-access.js';
import { dataOf, dataPath, ev, get, str, topPath } from './values.js';

export function publicAccessFacet(a: CaiAsset, ctx: InventoryContext): PublicAccessFacet | undefined {
  const label = 'Cloud Storage bucket';
  const data = dataOf(a);
  if (!data && a.iamPolicy && (ctx.bucketSettings.has(a.name) || ctx.bucketSettingsFollow)) return undefined;
  const prevention = data ? (str(get(data, 'iamConfiguration.publicAccessPrevention')) ?? 'inherited') : 'unknown';
  const members = a.iamPolicy ? policyMembers(a.iamPolicy) : (ctx.bucketMembers.get(a.name) ?? 'unknown');
  const exposure = gcsExposure(prevention, members);
  const evidence = [
    data
      ? ev(dataPath('iamConfiguration.publicAccessPrevention'), prevention, { safe: true })
      : ev('resource.data', undefined, { note: 'the record does not include the bucket settings' }),
    a.iamPolicy || ctx.bucketMembers.has(a.name)
      ? ev(topPath(a, 'iamPolicy.bindings'), undefined, { note: a.iamPolicy ? 'the bucket\'s IAM policy' : 'the bucket\'s IAM policy, from its IAM_POLICY record' })
      : ev('iamPolicy', undefined, { note: 'the bucket\'s IAM policy was not read' }),
    ev('publicAccess', undefined, { note: exposure.note }),
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
}
