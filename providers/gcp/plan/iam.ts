import type { BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { isObject } from '../../terraform/configuration.js';
import { knownString, related } from './values.js';
import { setting } from '../../terraform/tf-resource.js';
import { CUSTOM_ROLE, predefinedRoleVerdict, type RoleVerdict } from '../knowledge/iam.js';

/** Permissions of a custom role that amount to administration: changing IAM policies or roles, minting service account credentials. */
const ADMIN_PERMISSION = /(\.setIamPolicy$)|(^iam\.roles\.(create|update)$)|(^iam\.serviceAccountKeys\.create$)|(^iam\.serviceAccounts\.(getAccessToken|signBlob|signJwt|implicitDelegation)$)/;

const CUSTOM_ROLE_TYPES = ['google_project_iam_custom_role', 'google_organization_iam_custom_role'] as const;

/**
 * Whether a role is administrative. Custom roles (`projects/…/roles/…`, `organizations/…/roles/…`)
 * are judged by their permissions when the plan defines them; `role` undefined means unknown.
 */
export function roleVerdict(ctx: BuildContext, r: TfResource, role: string | undefined, rolePath?: string): RoleVerdict {
  if (role !== undefined && !CUSTOM_ROLE.test(role)) return predefinedRoleVerdict(role);
  const defined = rolePath
    ? related(ctx, r, rolePath, CUSTOM_ROLE_TYPES, 'role_id')
    : CUSTOM_ROLE_TYPES.flatMap((t) => ctx.links.ofType(t)).filter((c) => role !== undefined && c.values.role_id === role.split('/').pop());
  if (defined.length === 0) return { admin: 'unknown', settle: role === undefined ? 'the role granted, once applied' : 'the permissions of the custom role granted' };
  let unknown = false;
  for (const c of defined) {
    const permissions = setting(c, 'permissions');
    if (permissions.state === 'unknown' || !Array.isArray(permissions.value)) unknown = true;
    else if (permissions.value.some((p) => typeof p === 'string' && ADMIN_PERMISSION.test(p))) return { admin: 'yes' };
  }
  return unknown ? { admin: 'unknown', settle: 'the permissions of the custom role granted' } : { admin: 'no' };
}

export interface PolicyBinding {
  role: string | undefined;
  members: string[];
}

export interface PolicyAuditConfig {
  service: string | undefined;
  logTypes: string[];
  exempted: number;
}

export interface ParsedPolicy {
  bindings: PolicyBinding[];
  auditConfigs: PolicyAuditConfig[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** An IAM policy document (`policy_data`, as `google_iam_policy` renders it); undefined when not known or not JSON. */
export function parsePolicyData(r: TfResource): ParsedPolicy | undefined {
  const text = knownString(setting(r, 'policy_data'));
  if (!text) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  const bindings = (Array.isArray(doc.bindings) ? doc.bindings : []).filter(isObject).map((b) => ({
    role: typeof b.role === 'string' ? b.role : undefined,
    members: strings(b.members),
  }));
  const auditConfigs = (Array.isArray(doc.auditConfigs) ? doc.auditConfigs : []).filter(isObject).map((a) => {
    const configs = (Array.isArray(a.auditLogConfigs) ? a.auditLogConfigs : []).filter(isObject);
    return {
      service: typeof a.service === 'string' ? a.service : undefined,
      logTypes: configs.map((c) => c.logType).filter((x): x is string => typeof x === 'string'),
      exempted: configs.reduce((n, c) => n + strings(c.exemptedMembers).length, 0),
    };
  });
  return { bindings, auditConfigs };
}
