/**
 * Whether a Cloud Storage bucket is open to anyone (the `publicAccess` facet), from its Cloud Asset
 * records: its settings (RESOURCE: `iamConfiguration.publicAccessPrevention`,
 * `iamConfiguration.uniformBucketLevelAccess`, and `acl` / `defaultObjectAcl` when the record
 * carries them — Cloud Asset Inventory gives them empty, the Storage JSON API in full), the members
 * of its IAM policy (IAM_POLICY), and the `storage.publicAccessPrevention` organisation policies
 * above it (ORG_POLICY of its project, folders and organization). A file may hold the settings and
 * the policy as two records of one name: the settings record is judged with the policy learnt
 * beside it, and the policy record then says nothing of its own. A live scan lists the buckets' IAM
 * policies before their settings (`bucketSettingsFollow`), so each live bucket is judged with both
 * on its settings record.
 */
import type { Evidence, PublicAccessFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { policyMembers, type InventoryContext } from './context.js';
import { gcsExposure, isPublicEntity, PAP_CONSTRAINT, preventionSetting } from './knowledge/public-access.js';
import { bool, dataOf, dataPath, ev, get, list, str, topPath } from './values.js';

/** `uniformBucketLevelAccess`, or `bucketPolicyOnly` as the API called it before 2019; off when the record says neither. */
function uniformAccess(data: Record<string, unknown>): { on: boolean; path: string } {
  for (const key of ['uniformBucketLevelAccess', 'bucketPolicyOnly']) {
    const on = bool(get(data, `iamConfiguration.${key}.enabled`));
    if (on !== undefined) return { on, path: `iamConfiguration.${key}.enabled` };
  }
  return { on: false, path: 'iamConfiguration.uniformBucketLevelAccess.enabled' };
}

/** The ACL entries granting anyone, with their evidence; `carried` says whether the record holds any entry at all. */
function publicAclEntries(data: Record<string, unknown>): { evidence: Evidence[]; carried: boolean } {
  const evidence: Evidence[] = [];
  let carried = false;
  for (const key of ['acl', 'defaultObjectAcl']) {
    const entries = list(get(data, key)) ?? [];
    if (entries.length) carried = true;
    entries.forEach((e, i) => {
      const entity = str(get(e, 'entity'));
      if (entity && isPublicEntity(entity)) evidence.push(ev(dataPath(`${key}[${i}].entity`), entity, { safe: true, note: `role ${str(get(e, 'role')) ?? 'unknown'}` }));
    });
  }
  return { evidence, carried };
}

export function publicAccessFacet(a: CaiAsset, ctx: InventoryContext): PublicAccessFacet | undefined {
  const label = 'Cloud Storage bucket';
  const data = dataOf(a);
  if (!data && a.iamPolicy && (ctx.bucketSettings.has(a.name) || ctx.bucketSettingsFollow)) return undefined;
  const rawPrevention = data ? str(get(data, 'iamConfiguration.publicAccessPrevention')) : undefined;
  const prevention = data ? preventionSetting(rawPrevention) : 'unknown';
  const members = a.iamPolicy ? policyMembers(a.iamPolicy) : (ctx.bucketMembers.get(a.name) ?? 'unknown');
  const uniform = data ? uniformAccess(data) : undefined;
  const acl = data ? publicAclEntries(data) : { evidence: [], carried: false };
  const orgPolicy = ctx.preventionAbove(a);
  const exposure = gcsExposure({ prevention, members, uniform: uniform ? uniform.on : 'unknown', publicAcl: acl.evidence.length > 0, ...(orgPolicy ? { orgPolicy } : {}) });
  const evidence = [
    data
      ? ev(dataPath('iamConfiguration.publicAccessPrevention'), rawPrevention ?? prevention, { safe: true })
      : ev('resource.data', undefined, { note: 'the record does not include the bucket settings' }),
    ...(orgPolicy ? [{ ...ev(topPath(a, 'orgPolicy'), orgPolicy.enforced ? 'enforced' : 'not enforced', { safe: true, note: `${PAP_CONSTRAINT} organisation policy` }), from: orgPolicy.node }] : []),
    a.iamPolicy || ctx.bucketMembers.has(a.name)
      ? ev(topPath(a, 'iamPolicy.bindings'), undefined, { note: a.iamPolicy ? 'the bucket\'s IAM policy' : 'the bucket\'s IAM policy, from its IAM_POLICY record' })
      : ev('iamPolicy', undefined, { note: 'the bucket\'s IAM policy was not read' }),
    ...(uniform ? [ev(dataPath(uniform.path), uniform.on, { note: uniform.on ? 'ACLs are ignored' : 'ACLs apply' })] : []),
    ...acl.evidence,
    ...(uniform && !uniform.on && !acl.carried ? [ev(dataPath('acl'), undefined, { note: 'the record carries no ACL entries (Cloud Asset Inventory leaves them out)' })] : []),
    ev('publicAccess', undefined, { note: exposure.note }),
  ];
  const out: PublicAccessFacet = { label, public: exposure.public, evidence };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
}
