import type { IdentityFacet } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { referencesAt } from '../../terraform/links.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { parsePolicyData, roleVerdict } from './iam.js';
import { grantsIdentity, kindCounts, type Grant } from '../knowledge/iam.js';
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
      evidence(r, 'role', name, { safe: true, note: role.state === 'unknown' ? 'known only after apply' : undefined }),
      evidence(r, membersPath, undefined, { note: members === 'unknown' ? 'known only after apply' : kindCounts(members) }),
    ],
  };
}

/** google_*_iam_policy: the bindings of its policy document. */
function policyGrants(r: TfResource, ctx: BuildContext): Grant[] {
  const policy = parsePolicyData(r);
  if (!policy) {
    return [{ role: undefined, verdict: { admin: 'unknown', settle: 'the IAM policy document once applied' }, members: 'unknown', evidence: [evidence(r, 'policy_data', undefined, { note: 'not known before apply' })] }];
  }
  return policy.bindings.map((b, i) => ({
    role: b.role,
    verdict: roleVerdict(ctx, r, b.role),
    members: b.members,
    evidence: [evidence(r, 'policy_data', undefined, { note: `bindings[${i}]: ${b.role ?? 'no role'} to ${kindCounts(b.members)}` })],
  }));
}

const identityOf = (grants: readonly Grant[]) => grantsIdentity(grants, { mfaSettle: MFA_SETTLE, noRole: '(role known after apply)' });

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
