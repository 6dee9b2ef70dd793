/**
 * Whether a Cloud Storage bucket is open to anyone (the `publicAccess` facet), from the plan: its
 * `public_access_prevention` and `uniform_bucket_level_access`, the bucket IAM resources and the
 * ACL resources naming it, and the `storage.publicAccessPrevention` organisation policies of its
 * project and of the folder and organization the plan puts that project in. Only
 * `google_storage_bucket_iam_policy` is authoritative: members and bindings add to a policy the
 * plan may not show, so without a public grant or an authoritative policy in the plan the members
 * stay unknown; ACLs of objects are never all in a plan, so a bucket without uniform bucket-level
 * access is at best unknown (see knowledge/public-access.ts for the verdict).
 */
import type { Evidence, PublicAccessFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { blocks, setting, type TfResource } from '../../terraform/tf-resource.js';
import { enforcesPrevention, gcsExposure, inheritedPrevention, isPublicEntity, PAP_CONSTRAINT, preventionSetting, PUBLIC_PREDEFINED_ACLS, roleEntityEntity, type PreventionPolicy } from '../knowledge/public-access.js';
import { parsePolicyData } from './iam.js';
import { evidence, evidenceFrom, knownString, related, stringList } from './values.js';

const BUCKET = ['google_storage_bucket'];

/** ACL resources: which attributes name an entity, a list of `ROLE:entity`, or a predefined ACL. */
const ACL_RESOURCES: Record<string, { entity?: string; roleEntity?: string; predefined?: readonly string[] }> = {
  google_storage_bucket_acl: { roleEntity: 'role_entity', predefined: ['predefined_acl', 'default_acl'] },
  google_storage_bucket_access_control: { entity: 'entity' },
  google_storage_default_object_acl: { roleEntity: 'role_entity' },
  google_storage_default_object_access_control: { entity: 'entity' },
  google_storage_object_acl: { roleEntity: 'role_entity', predefined: ['predefined_acl'] },
  google_storage_object_access_control: { entity: 'entity' },
  google_storage_bucket_object: { predefined: ['predefined_acl'] },
};

/** The ACL resources of the plan naming the bucket: evidence of each public entry. */
function publicAcls(r: TfResource, ctx: BuildContext): Evidence[] {
  const out: Evidence[] = [];
  for (const [type, attrs] of Object.entries(ACL_RESOURCES)) {
    for (const g of ctx.links.ofType(type)) {
      if (!related(ctx, g, 'bucket', BUCKET).includes(r)) continue;
      if (attrs.entity) {
        const entity = knownString(setting(g, attrs.entity));
        if (entity && isPublicEntity(entity)) out.push(evidenceFrom(g, attrs.entity, entity, { safe: true }));
      }
      if (attrs.roleEntity) {
        const items = stringList(g, attrs.roleEntity);
        if (items !== 'unknown') items.forEach((item, i) => isPublicEntity(roleEntityEntity(item)) && out.push(evidenceFrom(g, `${attrs.roleEntity}[${i}]`, item, { safe: true })));
      }
      for (const path of attrs.predefined ?? []) {
        const acl = knownString(setting(g, path));
        if (acl && PUBLIC_PREDEFINED_ACLS.has(acl)) out.push(evidenceFrom(g, path, acl, { safe: true }));
      }
    }
  }
  return out;
}

/** `folders/123` and `123` alike, with the node's kind. */
const node = (kind: 'projects' | 'folders' | 'organizations', id: string | undefined): string | undefined => (id ? `${kind}/${id.replace(/^(projects|folders|organizations)\//, '')}` : undefined);

/** The node a policy resource sits on, and the policy as the shared reading takes it (v1 or v2 shape). */
function policyOf(p: TfResource): { node?: string; policy: Record<string, unknown> } | undefined {
  const v1 = (at: 'project' | 'folder' | 'org_id', kind: 'projects' | 'folders' | 'organizations') => {
    if ((knownString(setting(p, 'constraint')) ?? '').replace(/^constraints\//, '') !== PAP_CONSTRAINT) return undefined;
    const bool = blocks(p, 'boolean_policy');
    const enforced = bool === 'unknown' ? undefined : bool[0]?.enforced;
    return { node: node(kind, knownString(setting(p, at))), policy: { booleanPolicy: { enforced } } };
  };
  switch (p.type) {
    case 'google_project_organization_policy':
      return v1('project', 'projects');
    case 'google_folder_organization_policy':
      return v1('folder', 'folders');
    case 'google_organization_policy':
      return v1('org_id', 'organizations');
    case 'google_org_policy_policy': {
      const name = knownString(setting(p, 'name')) ?? '';
      if (!name.endsWith(`/${PAP_CONSTRAINT}`)) return undefined;
      const spec = blocks(p, 'spec');
      const first = spec === 'unknown' ? undefined : spec[0];
      const rules = Array.isArray(first?.rules) ? (first.rules as Array<Record<string, unknown>>) : [];
      const policy = { spec: { reset: first?.reset === true, rules: rules.map((rule) => ({ enforce: rule.enforce, ...(Array.isArray(rule.condition) && rule.condition.length ? { condition: rule.condition[0] } : {}) })) } };
      return { node: knownString(setting(p, 'parent')) ?? /^((?:projects|folders|organizations)\/[^/]+)\//.exec(name)?.[1], policy };
    }
    default:
      return undefined;
  }
}

const POLICY_TYPES = ['google_project_organization_policy', 'google_folder_organization_policy', 'google_organization_policy', 'google_org_policy_policy'];

/**
 * The nearest `storage.publicAccessPrevention` policy of the plan above the bucket: on its project
 * (named by id, or the same `google_project`), then on the folder and organization the plan's
 * `google_project` (and `google_folder`) put it in. A plan shows no policy set elsewhere.
 */
function preventionAbove(r: TfResource, ctx: BuildContext): { policy: PreventionPolicy; from: TfResource } | undefined {
  const project = ctx.links.targets(r, 'project', ['google_project'])[0];
  const projectId = knownString(setting(r, 'project')) ?? (project ? knownString(setting(project, 'project_id')) : undefined);
  const folderId = project ? knownString(setting(project, 'folder_id')) : undefined;
  const folder = project ? ctx.links.targets(project, 'folder_id', ['google_folder'])[0] : undefined;
  const orgId = (project ? knownString(setting(project, 'org_id')) : undefined) ?? (folder ? knownString(setting(folder, 'parent'))?.replace(/^organizations\//, '') : undefined);
  // A project known only by reference (its id after apply) still names one node.
  const projectNode = node('projects', projectId) ?? (project ? `projects/${project.address}` : undefined);
  const folderNode = node('folders', folderId ?? (folder ? knownString(setting(folder, 'folder_id')) : undefined));
  const steps = [projectNode, folderNode, node('organizations', orgId)].filter((n): n is string => n !== undefined);
  const found = new Map<string, { policy: PreventionPolicy; from: TfResource }>();
  for (const type of POLICY_TYPES) {
    for (const p of ctx.links.ofType(type)) {
      const read = policyOf(p);
      if (!read) continue;
      // A policy written against the bucket's google_project by reference sits on its project.
      const onProject = project !== undefined && ['project', 'parent'].some((path) => ctx.links.targets(p, path, ['google_project']).includes(project));
      const at = onProject ? projectNode : read.node;
      if (at && steps.includes(at)) found.set(at, { policy: { node: at, enforced: enforcesPrevention(read.policy) }, from: p });
    }
  }
  const policy = inheritedPrevention(steps.map((n) => ({ node: n, seen: true, ...(found.has(n) ? { policy: found.get(n)!.policy } : {}) })));
  return policy ? found.get(policy.node) : undefined;
}

const bucket: Builder<PublicAccessFacet> = (r, ctx) => {
  const label = 'Cloud Storage bucket';
  const pap = setting(r, 'public_access_prevention');
  const prevention = pap.state === 'unknown' ? 'unknown' : preventionSetting(knownString(pap));
  const ev: Evidence[] = [evidence(r, 'public_access_prevention', pap.state === 'known' ? pap.value : pap.state === 'unset' ? null : undefined, { safe: true, note: pap.state === 'unknown' ? 'known after apply' : undefined })];
  const above = preventionAbove(r, ctx);
  if (above) ev.push(evidenceFrom(above.from, above.from.type === 'google_org_policy_policy' ? 'spec' : 'boolean_policy', above.policy.enforced ? 'enforced' : 'not enforced', { safe: true, note: `${PAP_CONSTRAINT} organisation policy of ${above.policy.node}` }));
  // `bucket` is the name, or `b/<name>` as the provider writes it once known.
  const grants = (type: string) => ctx.links.ofType(type).filter((g) => related(ctx, g, 'bucket', BUCKET).includes(r));
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
  const publicMember = members.some(isPublicEntity);
  const seen = publicMember ? members : unknown || !authoritative ? 'unknown' : members;
  if (seen === 'unknown' && !unknown && !authoritative) ev.push({ path: 'google_storage_bucket_iam_policy', value: null, note: 'no authoritative IAM policy for the bucket in this plan: grants may be made elsewhere' });
  // `bucket_policy_only`: the name before google 3.x.
  const ublaPath = setting(r, 'uniform_bucket_level_access').state === 'unset' && setting(r, 'bucket_policy_only').state !== 'unset' ? 'bucket_policy_only' : 'uniform_bucket_level_access';
  const ubla = setting(r, ublaPath);
  const uniform = ubla.state === 'known' ? ubla.value === true : ubla.state === 'unset' ? false : 'unknown';
  ev.push(evidence(r, ublaPath, ubla.state === 'known' ? ubla.value : ubla.state === 'unset' ? null : undefined, { note: ubla.state === 'unknown' ? 'known after apply' : uniform === true ? 'ACLs are ignored' : 'ACLs apply' }));
  const acls = publicAcls(r, ctx);
  ev.push(...acls);
  const exposure = gcsExposure({ prevention, members: seen, uniform, publicAcl: acls.length > 0, ...(above ? { orgPolicy: above.policy } : {}) });
  const out: PublicAccessFacet = { label, public: exposure.public, evidence: [...ev, { path: 'publicAccess', note: exposure.note }] };
  if (exposure.settle) out.settle = exposure.settle;
  return out;
};

export const publicAccessTable: BuilderTable = {
  publicAccess: {
    google_storage_bucket: bucket,
  },
};
