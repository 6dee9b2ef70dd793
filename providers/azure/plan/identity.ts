import type { Evidence, IdentityFacet, Truth } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { Links } from '../../terraform/links.js';
import { referencesAt } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { coverage, type Principal } from './conditional-access.js';
import { ev, evFrom, knownString, lower, read, readStrings } from './values.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/**
 * Grants of privileged roles: Azure RBAC role assignments and Entra ID directory roles. MFA is
 * enforced by conditional access, a tenant setting: it is only 'enforced' when an enabled policy
 * in this plan visibly covers the principal; otherwise 'unknown', never 'absent', since policies
 * are often managed elsewhere.
 */

/** Built-in RBAC roles that can change resources or grant access (by name and role definition GUID). */
const PRIVILEGED_RBAC: ReadonlyArray<{ name: string; id?: string }> = [
  { name: 'Owner', id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' },
  { name: 'Contributor', id: 'b24988ac-6180-42a0-ab88-20f7382dd24c' },
  { name: 'User Access Administrator', id: '18d7d88d-d35e-4fb5-a5c3-7773c6b72d9c' },
  { name: 'Role Based Access Control Administrator', id: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168' },
];

/** Entra ID directory roles that control the tenant, by display name and role template id. */
const PRIVILEGED_DIRECTORY: ReadonlyArray<{ name: string; id: string }> = [
  { name: 'Global Administrator', id: '62e90394-69f5-4237-9190-012177145e10' },
  { name: 'Privileged Role Administrator', id: 'e8611ab8-c189-46e8-94e1-60213ab1f814' },
  { name: 'Privileged Authentication Administrator', id: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13' },
  { name: 'Security Administrator', id: '194ae4cb-b126-40b2-bd5b-6091b380977d' },
  { name: 'User Administrator', id: 'fe930be7-5e62-47db-91af-98c3a49a38b1' },
  { name: 'Conditional Access Administrator', id: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9' },
  { name: 'Application Administrator', id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3' },
  { name: 'Cloud Application Administrator', id: '158c047a-c907-4556-b7ef-446551a6b5f7' },
];

const SETTLE_RBAC =
  'an enabled conditional-access policy requiring MFA for this principal on the Azure management app (797f4846-ba00-4fd7-ba43-dac1f8f63013) or all apps, ' +
  'or the Defender for Cloud assessment "MFA should be enabled on accounts with owner permissions on Azure resources"';
const SETTLE_DIRECTORY = 'an enabled conditional-access policy requiring MFA for this directory role (or for all users) on all cloud apps';

/** Whether a custom role definition grants everything or access management. */
function customRoleAdmin(def: TfResource): Truth {
  const actions = readStrings(def, 'permissions[0].actions');
  if (actions === 'unknown') return 'unknown';
  return actions.some((a) => a === '*' || /^microsoft\.authorization\/(\*|roleassignments\/(\*|write))$/i.test(a)) ? 'yes' : 'no';
}

function rbacAdmin(r: TfResource, links: Links): { truth: Truth; role?: string; evidence: Evidence } {
  const name = read(r, 'role_definition_name');
  if (name.state === 'known') {
    const hit = PRIVILEGED_RBAC.find((p) => lower(p.name) === lower(String(name.value)));
    // Only built-in names are shown: a custom role's name is free text.
    return hit ? { truth: 'yes', role: hit.name, evidence: ev(r, name, { safe: true }) } : { truth: 'no', evidence: ev(r, name) };
  }
  const id = read(r, 'role_definition_id');
  if (id.state === 'known') {
    const value = lower(String(id.value));
    const hit = PRIVILEGED_RBAC.find((p) => p.id && value.endsWith(p.id));
    if (hit) return { truth: 'yes', role: hit.name, evidence: evidenceAt(id.path, hit.id!, { safe: true }) };
  }
  const custom = links.targets(r, 'role_definition_id', ['azurerm_role_definition'])[0];
  if (custom) {
    return { truth: customRoleAdmin(custom), role: `custom role ${custom.address}`, evidence: evFrom(custom, 'permissions[0].actions', { note: 'custom role' }) };
  }
  if (id.state === 'known') return { truth: 'no', evidence: ev(r, id, { note: 'not a privileged built-in role' }) };
  return { truth: 'unknown', evidence: ev(r, name.state === 'unknown' ? name : id, { safe: true }) };
}

/** Who the principal is: principal_type when set, else what principal_id references (a user, a group, a workload identity). */
function principalOf(r: TfResource, links: Links, idPath: string, typePath?: string): Principal {
  const id = knownString(r, idPath);
  const targets = links.targets(r, idPath);
  let kind: Principal['kind'] = 'unknown';
  const declared = typePath ? knownString(r, typePath) : undefined;
  if (declared) kind = declared === 'User' ? 'user' : declared === 'Group' ? 'group' : 'workload';
  else {
    const refs = referencesAt(r, idPath).join(' ');
    const types = new Set([...targets.map((t) => t.type), ...[...refs.matchAll(/(?:^|\s)(?:data\.)?(azuread_\w+|azurerm_\w+)\./g)].map((m) => m[1]!)]);
    if (types.has('azuread_user')) kind = 'user';
    else if (types.has('azuread_group')) kind = 'group';
    // Managed identities (azurerm_* identity blocks, user-assigned identities) and service principals are workloads.
    else if ([...types].some((t) => t === 'azuread_service_principal' || (t.startsWith('azurerm_') && t !== 'azurerm_client_config'))) kind = 'workload';
  }
  return { id, targets, kind, resource: r, idPath };
}

function humanAccess(p: Principal): Truth {
  return p.kind === 'user' || p.kind === 'group' ? 'yes' : p.kind === 'workload' ? 'no' : 'unknown';
}

function describe(p: Principal): string {
  const who = p.kind === 'unknown' ? 'principal' : p.kind === 'workload' ? 'service principal' : p.kind;
  return `${who} ${p.id ?? p.targets[0]?.address ?? '(known after apply)'}`;
}

function grant(principal: Principal, role: string | undefined, admin: { truth: Truth; evidence: Evidence }, mfa: ReturnType<typeof coverage>, settle: string): IdentityFacet {
  const evidence: Evidence[] = [admin.evidence, ev(principal.resource, principal.idPath, { safe: true }), ...mfa.evidence];
  const out: IdentityFacet = {
    principalKind: 'grant',
    principal: `${describe(principal)}${role ? ` (${role})` : ''}`,
    admin: admin.truth,
    humanAccess: humanAccess(principal),
    mfa: mfa.enforced ? 'enforced' : mfa.excluded ? 'absent' : 'unknown',
    evidence,
  };
  // Excluded by name from the policy that requires MFA: a deliberate gap, not a lack of evidence.
  if (mfa.excluded && admin.truth === 'yes') out.violation = 'excluded-from-mfa-policy';
  else if (!mfa.enforced) out.settle = settle;
  return out;
}

function roleAssignment(r: TfResource, { links }: BuildContext): IdentityFacet {
  const admin = rbacAdmin(r, links);
  const principal = principalOf(r, links, 'principal_id', 'principal_type');
  const mfa = coverage(links, principal, { kind: 'rbac' });
  return grant(principal, admin.role, admin, mfa, SETTLE_RBAC);
}

/**
 * The directory role granted: by reference to an azuread_directory_role, or by id. `role_id` of a
 * role assignment is the template id for built-in roles (else a custom role's object id), so an
 * unlisted id is not privileged; `role_object_id` of a role member is the tenant's own object id of
 * the role, which says nothing by itself.
 */
function directoryRole(r: TfResource, links: Links, path: string, idIsTemplate: boolean): { truth: Truth; role?: string; templateId?: string; evidence: Evidence } {
  const target = links.targets(r, path, ['azuread_directory_role'])[0];
  if (target) {
    const name = knownString(target, 'display_name');
    const template = knownString(target, 'template_id');
    const evidence = evFrom(target, name ? 'display_name' : 'template_id', { safe: true });
    const hit = PRIVILEGED_DIRECTORY.find((p) => (name && lower(p.name) === lower(name)) || (template && lower(template) === p.id));
    if (hit) return { truth: 'yes', role: hit.name, templateId: hit.id, evidence };
    return name || template ? { truth: 'no', ...(name ? { role: name } : {}), evidence } : { truth: 'unknown', evidence };
  }
  const id = knownString(r, path);
  const hit = id ? PRIVILEGED_DIRECTORY.find((p) => lower(id) === p.id) : undefined;
  if (hit) return { truth: 'yes', role: hit.name, templateId: hit.id, evidence: ev(r, path, { safe: true }) };
  return { truth: id && idIsTemplate ? 'no' : 'unknown', evidence: ev(r, path, { safe: true }) };
}

function directoryAssignment(rolePath: string, principalPath: string, idIsTemplate: boolean) {
  return (r: TfResource, { links }: BuildContext): IdentityFacet => {
    const role = directoryRole(r, links, rolePath, idIsTemplate);
    const principal = principalOf(r, links, principalPath);
    const mfa = coverage(links, principal, role.templateId ? { kind: 'directory', roleTemplateId: role.templateId } : { kind: 'directory' });
    return grant(principal, role.role, role, mfa, SETTLE_DIRECTORY);
  };
}

export const IDENTITY: BuilderTable = {
  identity: {
    azurerm_role_assignment: roleAssignment,
    azuread_directory_role_assignment: directoryAssignment('role_id', 'principal_object_id', true),
    azuread_directory_role_member: directoryAssignment('role_object_id', 'member_object_id', false),
  },
};
