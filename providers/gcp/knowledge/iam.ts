import type { Evidence, IdentityFacet, Truth } from '../../../src/model/facets.js';

/** IAM members (`user:`, `group:`, `serviceAccount:`…) and roles as Google names them, and what they mean for admin MFA. */

export type MemberKind = 'user' | 'group' | 'domain' | 'workforce' | 'public' | 'service-account' | 'workload' | 'deleted' | 'other';

export function memberKind(member: string): MemberKind {
  if (member === 'allUsers' || member === 'allAuthenticatedUsers') return 'public';
  const prefix = member.slice(0, member.indexOf(':'));
  switch (prefix) {
    case 'user':
      return 'user';
    case 'group':
      return 'group';
    case 'domain':
      return 'domain';
    case 'serviceAccount':
      return 'service-account';
    case 'deleted':
      return 'deleted';
    case 'principal':
    case 'principalSet':
      // Workforce identity federation signs people in through an external IdP; workload pools are machines.
      return member.includes('/workforcePools/') ? 'workforce' : 'workload';
    default:
      return 'other';
  }
}

/** People sign in as these: Google accounts, groups and domains of them, federated workforce identities, everyone. */
export function isHuman(kind: MemberKind): boolean {
  return kind === 'user' || kind === 'group' || kind === 'domain' || kind === 'workforce' || kind === 'public';
}

/** Basic roles: project-wide write (editor) or full control (owner). */
export const BASIC_ADMIN_ROLES: ReadonlySet<string> = new Set(['roles/owner', 'roles/editor']);

/**
 * Predefined roles that administer the resource hierarchy or IAM itself (granting any access,
 * minting service account credentials), besides every `*.admin` role of a service.
 */
export const ADMIN_ROLES: ReadonlySet<string> = new Set([
  ...BASIC_ADMIN_ROLES,
  'roles/resourcemanager.organizationAdmin',
  'roles/resourcemanager.folderAdmin',
  'roles/resourcemanager.folderIamAdmin',
  'roles/resourcemanager.projectIamAdmin',
  'roles/iam.securityAdmin',
  'roles/iam.organizationRoleAdmin',
  'roles/iam.roleAdmin',
  'roles/iam.serviceAccountAdmin',
  'roles/iam.serviceAccountKeyAdmin',
  'roles/iam.serviceAccountTokenCreator',
  'roles/iam.workloadIdentityPoolAdmin',
  'roles/orgpolicy.policyAdmin',
]);

export interface RoleVerdict {
  admin: Truth;
  /** For unknown: what would settle it. */
  settle?: string;
}

/** A custom role (`projects/…/roles/…`, `organizations/…/roles/…`): what it grants is in its own definition. */
export const CUSTOM_ROLE = /^(projects|organizations)\/[^/]+\/roles\//;

/** A predefined role: administrative when listed above or a service's `*.admin` role. */
export function predefinedRoleVerdict(role: string): RoleVerdict {
  return { admin: ADMIN_ROLES.has(role) || /\.admin$/.test(role) ? 'yes' : 'no' };
}

/**
 * One role granted to members, as read from a plan (members may be known only after apply) or from
 * an IAM policy in the inventory.
 */
export interface Grant {
  role: string | undefined;
  verdict: RoleVerdict;
  members: string[] | 'unknown';
  evidence: Evidence[];
}

/** How members are counted in evidence notes: `2 user, 1 service-account`. */
export function kindCounts(members: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(memberKind(m), (counts.get(memberKind(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

const humanTruth = (g: Grant): Truth => (g.members === 'unknown' ? 'unknown' : g.members.map(memberKind).some(isHuman) ? 'yes' : 'no');

/** Severity order of (admin, human access) pairs: the worst class found describes the grants. */
const CLASSES: ReadonlyArray<[Truth, Truth]> = [
  ['yes', 'yes'],
  ['unknown', 'yes'],
  ['yes', 'unknown'],
  ['unknown', 'unknown'],
  ['yes', 'no'],
  ['unknown', 'no'],
];

function describe(grants: readonly Grant[], noRole: string, only?: (m: string) => boolean): string {
  const shown = grants.slice(0, 3).map((g) => {
    const members = g.members === 'unknown' ? ['(members known after apply)'] : only ? g.members.filter(only) : g.members;
    const list = members.length > 3 ? `${members.slice(0, 3).join(', ')} and ${members.length - 3} more` : members.join(', ');
    return `${g.role ?? noRole} to ${list || '(no member)'}`;
  });
  return grants.length > 3 ? `${shown.join('; ')} and ${grants.length - 3} more grants` : shown.join('; ');
}

/**
 * The identity facet of a set of grants. Google's 2-step verification is enforced in Cloud
 * Identity / Workspace, never in IAM: MFA of people holding admin roles is at best unknown
 * (`mfaSettle` says how to settle it), and a basic owner/editor role granted to an individual
 * user, or an admin role to everyone, is a breach on its own.
 */
export function grantsIdentity(grants: readonly Grant[], how: { mfaSettle: string; noRole: string }): IdentityFacet | undefined {
  if (grants.length === 0) return undefined;
  const known = (g: Grant): string[] => (g.members === 'unknown' ? [] : g.members);
  const toUsers = grants.filter((g) => g.role !== undefined && BASIC_ADMIN_ROLES.has(g.role) && known(g).some((m) => memberKind(m) === 'user'));
  const toPublic = grants.filter((g) => g.verdict.admin === 'yes' && known(g).some((m) => memberKind(m) === 'public'));
  if (toUsers.length || toPublic.length) {
    const offenders = toUsers.length ? toUsers : toPublic;
    return {
      principalKind: 'grant',
      principal: describe(offenders, how.noRole, (m) => ['user', 'public'].includes(memberKind(m))),
      admin: 'yes',
      humanAccess: 'yes',
      mfa: 'unknown',
      violation: toUsers.length ? 'basic-role-to-user' : 'admin-to-public',
      evidence: offenders.flatMap((g) => g.evidence),
      settle: how.mfaSettle,
    };
  }
  for (const [admin, human] of CLASSES) {
    const matching = grants.filter((g) => g.verdict.admin === admin && humanTruth(g) === human);
    if (matching.length === 0) continue;
    const facet: IdentityFacet = {
      principalKind: 'grant',
      principal: describe(matching, how.noRole),
      admin,
      humanAccess: human,
      mfa: human === 'no' ? 'not-applicable' : 'unknown',
      evidence: matching.flatMap((g) => g.evidence),
    };
    const settle = admin === 'unknown' ? matching[0]!.verdict.settle : human === 'no' ? undefined : how.mfaSettle;
    if (settle) facet.settle = settle;
    return facet;
  }
  return {
    principalKind: 'grant',
    principal: describe(grants, how.noRole),
    admin: 'no',
    humanAccess: grants.some((g) => humanTruth(g) === 'yes') ? 'yes' : 'no',
    mfa: 'not-applicable',
    evidence: grants.flatMap((g) => g.evidence),
  };
}
