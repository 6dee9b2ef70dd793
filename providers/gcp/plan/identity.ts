import type { Evidence, IdentityFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { referencesAt } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { BASIC_ADMIN_ROLES, isHuman, memberKind, parsePolicyData, roleVerdict, type RoleVerdict } from './iam.js';
import { evidence, knownString } from './values.js';
import { setting } from '../../terraform/tf-resource.js';

/**
 * Project, folder and organization IAM grants. Google's 2-step verification is enforced in Cloud
 * Identity / Workspace, never in Terraform, so MFA of people holding admin roles is at best
 * unknown; a basic owner/editor role granted to an individual user is a breach on its own.
 */

const MFA_SETTLE = '2-step verification enforcement for these accounts in Cloud Identity / Google Workspace (an attestation)';

/** A member written as a reference to a service account of this plan, whose email is known only after apply. */
const PLAN_SERVICE_ACCOUNT = 'serviceAccount:(created in this plan)';

interface Grant {
  role: string | undefined;
  verdict: RoleVerdict;
  members: string[] | 'unknown';
  evidence: Evidence[];
}

/** Unknown members are service accounts when every reference of the expression is a google_service_account. */
function unknownMembers(r: TfResource, path: string): string[] | 'unknown' {
  const refs = referencesAt(r, path);
  return refs.length > 0 && refs.every((ref) => ref.startsWith('google_service_account.')) ? [PLAN_SERVICE_ACCOUNT] : 'unknown';
}

function membersAt(r: TfResource, path: string): string[] | 'unknown' {
  const s = setting(r, path);
  if (s.state === 'unknown') return unknownMembers(r, path);
  if (typeof s.value === 'string') return [s.value];
  if (!Array.isArray(s.value)) return [];
  const out: string[] = [];
  for (let i = 0; i < s.value.length; i++) {
    const m = knownString(setting(r, `${path}[${i}]`));
    if (m) out.push(m);
    else if (unknownMembers(r, path) === 'unknown') return 'unknown';
    else out.push(PLAN_SERVICE_ACCOUNT);
  }
  return out;
}

const kindCounts = (members: string[]) => {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(memberKind(m), (counts.get(memberKind(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
};

/** google_*_iam_member (one member) and google_*_iam_binding (the members of one role). */
function attributeGrant(r: TfResource, ctx: BuildContext, membersPath: 'member' | 'members'): Grant {
  const role = setting(r, 'role');
  const name = knownString(role);
  const members = membersAt(r, membersPath);
  return {
    role: name,
    verdict: roleVerdict(ctx, r, name, 'role'),
    members,
    evidence: [
      evidence(r, 'role', name, role.state === 'unknown' ? 'known only after apply' : undefined),
      evidence(r, membersPath, undefined, members === 'unknown' ? 'known only after apply' : kindCounts(members)),
    ],
  };
}

/** google_*_iam_policy: the bindings of its policy document. */
function policyGrants(r: TfResource, ctx: BuildContext): Grant[] {
  const policy = parsePolicyData(r);
  if (!policy) {
    return [{ role: undefined, verdict: { admin: 'unknown', settle: 'the IAM policy document once applied' }, members: 'unknown', evidence: [evidence(r, 'policy_data', undefined, 'not known before apply')] }];
  }
  return policy.bindings.map((b, i) => ({
    role: b.role,
    verdict: roleVerdict(ctx, r, b.role),
    members: b.members,
    evidence: [evidence(r, 'policy_data', undefined, `bindings[${i}]: ${b.role ?? 'no role'} to ${kindCounts(b.members)}`)],
  }));
}

const humanTruth = (g: Grant): Truth => (g.members === 'unknown' ? 'unknown' : g.members.map(memberKind).some(isHuman) ? 'yes' : 'no');

/** Severity order of (admin, human access) pairs: the worst class found describes the resource. */
const CLASSES: ReadonlyArray<[Truth, Truth]> = [
  ['yes', 'yes'],
  ['unknown', 'yes'],
  ['yes', 'unknown'],
  ['unknown', 'unknown'],
  ['yes', 'no'],
  ['unknown', 'no'],
];

function describe(grants: readonly Grant[], only?: (m: string) => boolean): string {
  const shown = grants.slice(0, 3).map((g) => {
    const members = g.members === 'unknown' ? ['(members known after apply)'] : only ? g.members.filter(only) : g.members;
    const list = members.length > 3 ? `${members.slice(0, 3).join(', ')} and ${members.length - 3} more` : members.join(', ');
    return `${g.role ?? '(role known after apply)'} to ${list || '(no member)'}`;
  });
  return grants.length > 3 ? `${shown.join('; ')} and ${grants.length - 3} more grants` : shown.join('; ');
}

function identityOf(grants: readonly Grant[]): IdentityFacet | undefined {
  if (grants.length === 0) return undefined;
  const toUsers = grants.filter((g) => g.role !== undefined && BASIC_ADMIN_ROLES.has(g.role) && g.members !== 'unknown' && g.members.some((m) => memberKind(m) === 'user'));
  const toPublic = grants.filter((g) => g.verdict.admin === 'yes' && g.members !== 'unknown' && g.members.some((m) => memberKind(m) === 'public'));
  if (toUsers.length || toPublic.length) {
    const offenders = toUsers.length ? toUsers : toPublic;
    return {
      principalKind: 'grant',
      principal: describe(offenders, (m) => ['user', 'public'].includes(memberKind(m))),
      admin: 'yes',
      humanAccess: 'yes',
      mfa: 'unknown',
      violation: toUsers.length ? 'basic-role-to-user' : 'admin-to-public',
      evidence: offenders.flatMap((g) => g.evidence),
      settle: MFA_SETTLE,
    };
  }
  for (const [admin, human] of CLASSES) {
    const matching = grants.filter((g) => g.verdict.admin === admin && humanTruth(g) === human);
    if (matching.length === 0) continue;
    const facet: IdentityFacet = {
      principalKind: 'grant',
      principal: describe(matching),
      admin,
      humanAccess: human,
      mfa: human === 'no' ? 'not-applicable' : 'unknown',
      evidence: matching.flatMap((g) => g.evidence),
    };
    const settle = admin === 'unknown' ? matching[0]!.verdict.settle : human === 'no' ? undefined : MFA_SETTLE;
    if (settle) facet.settle = settle;
    return facet;
  }
  return { principalKind: 'grant', principal: describe(grants), admin: 'no', humanAccess: grants.some((g) => humanTruth(g) === 'yes') ? 'yes' : 'no', mfa: 'not-applicable', evidence: grants.flatMap((g) => g.evidence) };
}

const memberBuilder: Builder<IdentityFacet> = (r, ctx) => identityOf([attributeGrant(r, ctx, 'member')]);
const bindingBuilder: Builder<IdentityFacet> = (r, ctx) => identityOf([attributeGrant(r, ctx, 'members')]);
const policyBuilder: Builder<IdentityFacet> = (r, ctx) => identityOf(policyGrants(r, ctx));

const LEVELS = ['project', 'folder', 'organization'] as const;

export const identityTable: BuilderTable = {
  identity: Object.fromEntries(
    LEVELS.flatMap((level) => [
      [`google_${level}_iam_member`, memberBuilder],
      [`google_${level}_iam_binding`, bindingBuilder],
      [`google_${level}_iam_policy`, policyBuilder],
    ]),
  ),
};
