/**
 * IAM principals (the `identity` facet): whether users, groups and roles hold administrator
 * rights, whether people use them, and whether MFA is enforced — from the policies attached to
 * them in the plan. Groups get their own finding: an admin group whose members are managed
 * elsewhere (another stack, the console) would otherwise go unseen.
 */
import { anyOf, type Evidence, type IdentityFacet, type Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { AWS_MANAGED_POLICY, deniesWithoutMfa, grantsAdmin, managedPolicyIsAdmin, parsePolicy, roleIdentity } from '../knowledge/iam-policy.js';
import { fromResource, resolveAll, settingBlocks, strings, text } from './values.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/** What one attached policy contributes. */
interface Grant {
  admin: Truth;
  /** Denies actions without MFA. */
  mfaDeny: Truth;
  evidence: Evidence;
}

function unknownGrant(evidence: Evidence): Grant {
  return { admin: 'unknown', mfaDeny: 'unknown', evidence };
}

/** A JSON policy document held by `holder` at `path` (an inline policy, an `aws_iam_policy`). */
function documentGrant(holder: TfResource, path: string): Grant {
  const doc = setting(holder, path);
  if (doc.state !== 'known') return unknownGrant(fromResource(holder, path, 'policy document known after apply'));
  const statements = parsePolicy(doc.value);
  if (!statements) return unknownGrant(fromResource(holder, path, 'policy document could not be read'));
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? 'allows * (or iam:*) on all resources' : '', mfaDeny ? 'denies actions without MFA' : ''].filter(Boolean).join('; ');
  return { admin: admin ? 'yes' : 'no', mfaDeny: mfaDeny ? 'yes' : 'no', evidence: fromResource(holder, path, note || undefined) };
}

/**
 * Policies named by ARN at `path` (`policy_arn`, `managed_policy_arns`): AWS managed ones are
 * judged by name, customer ones by their `aws_iam_policy` document when it is in the plan.
 */
function arnGrants(ctx: BuildContext, holder: TfResource, path: string): Grant[] {
  const a = setting(holder, path);
  if (a.state === 'unset') return [];
  if (a.state === 'known') {
    const policies = ctx.links.targets(holder, path, ['aws_iam_policy']);
    return strings(a).map((arn) => {
      if (AWS_MANAGED_POLICY.test(arn)) {
        const admin = managedPolicyIsAdmin(arn);
        return { admin: admin ? 'yes' : 'no', mfaDeny: 'no', evidence: evidenceAt(path, arn, { safe: true, from: holder.address, ...(admin ? { note: 'AWS managed administrator policy' } : {}) }) };
      }
      const policy = policies.find((p) => p.values.arn === arn);
      return policy ? documentGrant(policy, 'policy') : unknownGrant(fromResource(holder, path, 'customer managed policy not in this plan'));
    });
  }
  const { targets, complete } = resolveAll(ctx, holder, path, ['aws_iam_policy']);
  const grants = targets.map((p) => documentGrant(p, 'policy'));
  if (!complete) grants.push(unknownGrant(fromResource(holder, path, 'policy ARN known after apply')));
  return grants;
}

/** How policies attach to one kind of principal: its own attachment and inline-policy types, and its argument on the shared `aws_iam_policy_attachment`. */
interface Attachments {
  attachment: string;
  inline: string;
  /** The argument naming the principal on the two types above. */
  path: string;
  /** The list naming it on `aws_iam_policy_attachment`. */
  shared: string;
}

const USER_POLICIES: Attachments = { attachment: 'aws_iam_user_policy_attachment', inline: 'aws_iam_user_policy', path: 'user', shared: 'users' };
const GROUP_POLICIES: Attachments = { attachment: 'aws_iam_group_policy_attachment', inline: 'aws_iam_group_policy', path: 'group', shared: 'groups' };
const ROLE_POLICIES: Attachments = { attachment: 'aws_iam_role_policy_attachment', inline: 'aws_iam_role_policy', path: 'role', shared: 'roles' };

/** Policies attached to `principal` through separate resources. */
function attached(ctx: BuildContext, principal: TfResource, kind: Attachments): Grant[] {
  return [
    ...ctx.links.sources(principal, kind.attachment, kind.path).flatMap((a) => arnGrants(ctx, a, 'policy_arn')),
    ...ctx.links.sources(principal, kind.inline, kind.path).map((p) => documentGrant(p, 'policy')),
    ...ctx.links.sources(principal, 'aws_iam_policy_attachment', kind.shared).flatMap((a) => arnGrants(ctx, a, 'policy_arn')),
  ];
}

function groupGrants(ctx: BuildContext, group: TfResource): Grant[] {
  return attached(ctx, group, GROUP_POLICIES);
}

/** The user's groups; a membership naming a group that is not in the plan contributes unknown rights. */
function groupsOf(ctx: BuildContext, user: TfResource): { groups: TfResource[]; unseen: Grant[] } {
  const groups = new Set<TfResource>();
  const unseen: Grant[] = [];
  const memberships: Array<[TfResource, string]> = [
    ...ctx.links.sources(user, 'aws_iam_user_group_membership', 'user').map((m): [TfResource, string] => [m, 'groups']),
    ...ctx.links.sources(user, 'aws_iam_group_membership', 'users').map((m): [TfResource, string] => [m, 'group']),
  ];
  for (const [m, path] of memberships) {
    const { targets, complete } = resolveAll(ctx, m, path, ['aws_iam_group']);
    targets.forEach((g) => groups.add(g));
    if (!complete) unseen.push(unknownGrant(fromResource(m, path, 'group not in this plan: its policies are not visible')));
  }
  return { groups: [...groups], unseen };
}

function membersOf(ctx: BuildContext, group: TfResource): TfResource[] {
  return [
    ...ctx.links.sources(group, 'aws_iam_user_group_membership', 'groups').flatMap((m) => ctx.links.targets(m, 'user', ['aws_iam_user'])),
    ...ctx.links.sources(group, 'aws_iam_group_membership', 'group').flatMap((m) => ctx.links.targets(m, 'users', ['aws_iam_user'])),
  ];
}

function loginProfile(ctx: BuildContext, user: TfResource): TfResource | undefined {
  return ctx.links.sources(user, 'aws_iam_user_login_profile', 'user')[0];
}

/** Admin if any policy grants it; MFA enforced if any policy denies actions without it. */
function summarise(grants: readonly Grant[]): { admin: Truth; mfa: IdentityFacet['mfa']; evidence: Evidence[] } {
  const admin = anyOf(grants.map((g) => g.admin));
  const deny = anyOf(grants.map((g) => g.mfaDeny));
  const mfa = deny === 'yes' ? 'enforced' : deny === 'unknown' ? 'unknown' : 'absent';
  const evidence = grants.filter((g) => g.admin !== 'no' || g.mfaDeny !== 'no').map((g) => g.evidence);
  return { admin, mfa, evidence };
}

function principalName(r: TfResource): string | undefined {
  const name = text(r, 'name');
  return name.state === 'known' ? String(name.value) : undefined;
}

function facet(kind: IdentityFacet['principalKind'], r: TfResource, parts: Omit<IdentityFacet, 'principalKind' | 'principal'>): IdentityFacet {
  const principal = principalName(r);
  const out: IdentityFacet = { principalKind: kind, ...(principal ? { principal } : {}), ...parts };
  if (!out.settle) delete out.settle;
  return out;
}

const ADMIN_SETTLE = 'the policy documents attached to the principal (directly or through its groups) once applied';

/** A user: console access is a login profile in the plan; without one, only the IAM credential report shows it. */
const user: Builder<IdentityFacet> = (r, ctx) => {
  const { groups, unseen } = groupsOf(ctx, r);
  const grants = [
    ...attached(ctx, r, USER_POLICIES),
    ...groups.flatMap((g) => groupGrants(ctx, g)),
    ...unseen,
  ];
  const s = summarise(grants);
  const profile = loginProfile(ctx, r);
  const evidence = profile ? [...s.evidence, fromResource(profile, 'user', 'console password (login profile)')] : s.evidence;
  return facet('user', r, {
    admin: s.admin,
    humanAccess: profile ? 'yes' : 'unknown',
    mfa: s.mfa,
    evidence,
    settle: s.admin === 'unknown' ? ADMIN_SETTLE : profile ? 'proof that MFA is enforced for this user' : 'the IAM credential report (password_enabled, mfa_active) for this user',
  });
};

const group: Builder<IdentityFacet> = (r, ctx) => {
  const s = summarise(groupGrants(ctx, r));
  const withConsole = membersOf(ctx, r).map((u) => loginProfile(ctx, u)).find((p) => p !== undefined);
  return facet('group', r, {
    admin: s.admin,
    humanAccess: withConsole ? 'yes' : 'unknown',
    mfa: s.mfa,
    evidence: withConsole ? [...s.evidence, fromResource(withConsole, 'user', 'a member has a console password')] : s.evidence,
    settle: s.admin === 'unknown' ? ADMIN_SETTLE : 'which members of the group sign in to the console (IAM credential report)',
  });
};

/** A role: rights from its attachments and inline policies, people and MFA from its trust policy. */
const role: Builder<IdentityFacet> = (r, ctx) => {
  const inline = settingBlocks(r, 'inline_policy');
  const grants = [
    ...attached(ctx, r, ROLE_POLICIES),
    ...arnGrants(ctx, r, 'managed_policy_arns'),
    ...(inline === 'unknown' ? [unknownGrant({ path: 'inline_policy', note: 'known after apply' })] : inline.map((_, i) => documentGrant(r, `inline_policy[${i}].policy`))),
  ].map((g) => (g.evidence.from === r.address ? { ...g, evidence: withoutSelf(g.evidence) } : g));
  const s = summarise(grants);
  const trustDoc = setting(r, 'assume_role_policy');
  const statements = trustDoc.state === 'known' ? parsePolicy(trustDoc.value) : undefined;
  return facet(
    'role',
    r,
    roleIdentity(s, statements, {
      trustPath: 'assume_role_policy',
      unread: { note: trustDoc.state === 'known' ? 'trust policy could not be read' : 'known after apply', settle: 'the trust policy of the role once applied' },
      adminSettle: ADMIN_SETTLE,
    }),
  );
};

function withoutSelf(e: Evidence): Evidence {
  const { from: _from, ...rest } = e;
  return rest;
}

export const identityTable: BuilderTable = {
  identity: {
    aws_iam_user: user,
    aws_iam_group: group,
    aws_iam_role: role,
  },
};
