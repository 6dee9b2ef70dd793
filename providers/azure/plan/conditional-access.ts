import type { Evidence } from '../../../src/model/facets.js';
import type { Links } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { blocks } from '../../terraform/tf-resource.js';
import { evFrom, knownString, lower, readStrings } from './values.js';

/**
 * Whether an enabled `azuread_conditional_access_policy` of the plan requires MFA of a principal,
 * on every sign-in that reaches the administration surface. A policy counts only when nothing in
 * it could leave the principal out: any unknown value, a narrowing condition (risk levels, some
 * locations or platforms, some client apps) or an exclusion the principal might fall under (a
 * group it might belong to, a member of a group principal) makes it not count. Not counting is
 * not absence: MFA then stays unknown.
 */

/** Windows Azure Service Management API: the Azure portal, CLI, PowerShell and ARM. */
export const AZURE_MANAGEMENT_APP = '797f4846-ba00-4fd7-ba43-dac1f8f63013';

const POLICY = 'azuread_conditional_access_policy';
const USERS = 'conditions[0].users[0].';
const APPS = 'conditions[0].applications[0].';

export interface Principal {
  /** Object id, when known. */
  id: string | undefined;
  /** Resources the principal id references (azuread_user, azuread_group…). */
  targets: readonly TfResource[];
  kind: 'user' | 'group' | 'workload' | 'unknown';
  resource: TfResource;
  idPath: string;
}

export type Scope = { kind: 'rbac' } | { kind: 'directory'; roleTemplateId?: string };

export interface Coverage {
  enforced: boolean;
  /** An enabled policy requiring MFA names the principal among its exclusions: MFA is deliberately not required of it. */
  excluded: boolean;
  evidence: Evidence[];
}

type Match = 'yes' | 'no' | 'unknown';

/** Whether the list at `path` names the principal: by object id, or by reference to the same resource. */
function names(policy: TfResource, path: string, principal: Principal, links: Links): Match {
  // References first: object ids of groups and users created with the plan are only known after apply.
  if (links.targets(policy, path).some((t) => principal.targets.includes(t))) return 'yes';
  const list = readStrings(policy, path);
  if (list === 'unknown') return 'unknown';
  if (principal.id && list.some((x) => lower(x) === lower(principal.id!))) return 'yes';
  return 'no';
}

/** Strings at `path`, or undefined when any is unknown. */
function strings(policy: TfResource, path: string): string[] | undefined {
  const list = readStrings(policy, path);
  return list === 'unknown' ? undefined : list;
}

function requiresMfa(policy: TfResource): boolean {
  if (knownString(policy, 'state') !== 'enabled') return false;
  const controls = strings(policy, 'grant_controls[0].built_in_controls');
  if (!controls?.map(lower).includes('mfa')) return false;
  // With OR, another control (a compliant device…) can stand in for MFA.
  return controls.length === 1 || knownString(policy, 'grant_controls[0].operator') === 'AND';
}

/** No condition narrows the sign-ins the policy applies to. */
function appliesToEverySignIn(policy: TfResource): boolean {
  const clients = strings(policy, 'conditions[0].client_app_types')?.map(lower);
  if (!clients || !(clients.includes('all') || (clients.includes('browser') && clients.includes('mobileappsanddesktopclients')))) return false;
  for (const risk of ['sign_in_risk_levels', 'user_risk_levels', 'service_principal_risk_levels']) {
    const levels = strings(policy, `conditions[0].${risk}`);
    if (!levels || levels.length) return false;
  }
  const locations = blocks(policy, 'conditions[0].locations');
  if (locations === 'unknown') return false;
  if (locations.length) {
    const included = strings(policy, 'conditions[0].locations[0].included_locations');
    const excluded = strings(policy, 'conditions[0].locations[0].excluded_locations');
    if (!included?.map(lower).includes('all') || !excluded || excluded.length) return false;
  }
  const platforms = blocks(policy, 'conditions[0].platforms');
  if (platforms === 'unknown') return false;
  if (platforms.length) {
    const included = strings(policy, 'conditions[0].platforms[0].included_platforms');
    const excluded = strings(policy, 'conditions[0].platforms[0].excluded_platforms');
    if (!included?.map(lower).includes('all') || !excluded || excluded.length) return false;
  }
  return true;
}

function coversApps(policy: TfResource, scope: Scope): boolean {
  const included = strings(policy, `${APPS}included_applications`)?.map(lower);
  const excluded = strings(policy, `${APPS}excluded_applications`)?.map(lower);
  if (!included || !excluded) return false;
  if (scope.kind === 'rbac') return (included.includes('all') || included.includes(AZURE_MANAGEMENT_APP)) && !excluded.includes(AZURE_MANAGEMENT_APP);
  // Directory roles are used through many apps (Entra admin center, Graph, PowerShell): only all apps, none excluded, will do.
  return included.includes('all') && excluded.length === 0;
}

function coversPrincipal(policy: TfResource, principal: Principal, scope: Scope, links: Links): boolean {
  const includedUsers = strings(policy, `${USERS}included_users`);
  const includedRoles = strings(policy, `${USERS}included_roles`)?.map(lower);
  if (!includedUsers || !includedRoles) return false;
  const included =
    includedUsers.some((u) => lower(u) === 'all') ||
    (principal.kind === 'user' && names(policy, `${USERS}included_users`, principal, links) === 'yes') ||
    (principal.kind === 'group' && names(policy, `${USERS}included_groups`, principal, links) === 'yes') ||
    (scope.kind === 'directory' && scope.roleTemplateId !== undefined && includedRoles.includes(scope.roleTemplateId));
  if (!included) return false;

  const excludedUsers = strings(policy, `${USERS}excluded_users`);
  const excludedGroups = strings(policy, `${USERS}excluded_groups`);
  const excludedRoles = strings(policy, `${USERS}excluded_roles`);
  if (!excludedUsers || !excludedGroups || !excludedRoles) return false;
  // A user is only surely covered when no excluded group or role could hold it; a group, when nothing at all is excluded.
  if (excludedGroups.length || excludedRoles.length) return false;
  if (!excludedUsers.length) return true;
  return principal.kind === 'user' && names(policy, `${USERS}excluded_users`, principal, links) === 'no';
}

export function coverage(links: Links, principal: Principal, scope: Scope): Coverage {
  const mfaPolicies = links.ofType(POLICY).filter(requiresMfa);
  for (const policy of mfaPolicies) {
    if (appliesToEverySignIn(policy) && coversApps(policy, scope) && coversPrincipal(policy, principal, scope, links)) {
      return { enforced: true, excluded: false, evidence: [evFrom(policy, 'grant_controls[0].built_in_controls', { note: 'conditional access requires MFA for this principal' })] };
    }
  }
  const exclusionList = principal.kind === 'user' ? `${USERS}excluded_users` : principal.kind === 'group' ? `${USERS}excluded_groups` : undefined;
  const excluding = exclusionList && mfaPolicies.find((policy) => names(policy, exclusionList, principal, links) === 'yes');
  if (excluding) {
    return { enforced: false, excluded: true, evidence: [evFrom(excluding, exclusionList!, { note: 'excluded from this conditional-access policy requiring MFA' })] };
  }
  return { enforced: false, excluded: false, evidence: [] };
}
