/**
 * IAM principals (the `identity` facet) from Config items: administrator rights from attached and
 * inline policies (customer managed policies and groups joined from the same account's items),
 * people and MFA from the IAM credential report or the results of the managed Config rules
 * IAM_USER_MFA_ENABLED / MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS / ROOT_ACCOUNT_MFA_ENABLED. Config items
 * carry no MFA state: without one of those sources, MFA is unknown, never assumed.
 * Policy documents are parsed, never printed.
 */
import { anyOf, type Evidence, type IdentityFacet, type Truth } from '../../src/model/facets.js';
import { AWS_MANAGED_POLICY, deniesWithoutMfa, grantsAdmin, managedPolicyIsAdmin, parsePolicy, roleIdentity, type Statement } from './knowledge/iam-policy.js';
import { conf, isRecord, list, text, type ConfigItem } from './ci.js';
import type { BuildContext } from './context.js';
import { ruleEvidence, type AccountFacts, type CredentialRow, type Grant } from './facts.js';

/**
 * Statements of a policy document as Config items hold it: an object, a JSON string, the
 * URL-encoded JSON the IAM API returns, or (RDK examples) an array of documents.
 */
export function statementsOf(doc: unknown): Statement[] | undefined {
  if (Array.isArray(doc)) {
    const all: Statement[] = [];
    for (const d of doc) {
      const s = statementsOf(d);
      if (!s) return undefined;
      for (const item of s) all.push(item);
    }
    return all;
  }
  if (isRecord(doc)) return parsePolicy(JSON.stringify(doc));
  if (typeof doc !== 'string') return undefined;
  const direct = parsePolicy(doc);
  if (direct) return direct;
  try {
    return parsePolicy(decodeURIComponent(doc.replace(/\+/g, ' ')));
  } catch {
    return undefined;
  }
}

function unknownGrant(evidence: Evidence): Grant {
  return { admin: 'unknown', mfaDeny: 'unknown', evidence };
}

/** A policy document's verdict. */
export function documentGrant(doc: unknown, path: string): Grant {
  const statements = statementsOf(doc);
  if (!statements) return unknownGrant({ path, note: 'policy document could not be read' });
  const admin = grantsAdmin(statements);
  const mfaDeny = deniesWithoutMfa(statements);
  const note = [admin ? 'allows * (or iam:*) on all resources' : '', mfaDeny ? 'denies actions without MFA' : ''].filter(Boolean).join('; ');
  return { admin: admin ? 'yes' : 'no', mfaDeny: mfaDeny ? 'yes' : 'no', evidence: note ? { path, note } : { path } };
}

/** The default version of a customer managed policy item (`AWS::IAM::Policy`), reduced to a verdict. */
export function policyItemGrant(item: ConfigItem): Grant {
  const versions = list(conf(item, 'policyVersionList')) ?? [];
  const base = conf(item, 'policyVersionList').path;
  const i = versions.findIndex((v) => isRecord(v) && (v.isDefaultVersion === true || v.isDefaultVersion === 'true'));
  if (i < 0) return unknownGrant({ path: base, note: 'no default policy version in the item' });
  return documentGrant((versions[i] as Record<string, unknown>).document, `${base}[${i}].document`);
}

/** Policies attached by ARN: AWS managed ones judged by name, customer managed ones joined. */
function managedGrants(ctx: BuildContext, item: ConfigItem): Grant[] {
  const f = conf(item, 'attachedManagedPolicies');
  const l = list(f);
  if (!l) return [unknownGrant({ path: f.path, value: null, note: 'not in the configuration item' })];
  return l.flatMap((p, i): Grant[] => {
    if (!isRecord(p) || typeof p.policyArn !== 'string') return [];
    const arn = p.policyArn;
    const path = `${f.path}[${i}].policyArn`;
    if (AWS_MANAGED_POLICY.test(arn)) {
      const admin = managedPolicyIsAdmin(arn);
      return [{ admin: admin ? 'yes' : 'no', mfaDeny: 'no', evidence: { path, value: arn, ...(admin ? { note: 'AWS managed administrator policy' } : {}) } }];
    }
    const joined = ctx.facts.policies.get(arn);
    return [joined ? { ...joined, evidence: { ...joined.evidence, path, from: arn } } : unknownGrant({ path, note: 'customer managed policy not among the AWS::IAM::Policy items read' })];
  });
}

function inlineGrants(item: ConfigItem, listKey: string): Grant[] {
  const f = conf(item, listKey);
  const l = list(f);
  if (!l) return [unknownGrant({ path: f.path, value: null, note: 'not in the configuration item' })];
  return l.flatMap((p, i) => (isRecord(p) ? [documentGrant(p.policyDocument, `${f.path}[${i}].policyDocument`)] : []));
}

/** A group's own grants (for its finding and for its members'). */
export function groupItemGrants(ctx: BuildContext): Grant[] {
  return [...managedGrants(ctx, ctx.item), ...inlineGrants(ctx.item, 'groupPolicyList')];
}


function summarise(grants: readonly Grant[]): { admin: Truth; deny: Truth; evidence: Evidence[] } {
  return {
    admin: anyOf(grants.map((g) => g.admin)),
    deny: anyOf(grants.map((g) => g.mfaDeny)),
    evidence: grants.filter((g) => g.admin !== 'no' || g.mfaDeny !== 'no').map((g) => g.evidence),
  };
}

const ADMIN_SETTLE = 'the policies attached to the principal (directly or through its groups): some are not among the items read';

function principalName(item: ConfigItem, key: string): string | undefined {
  return text(conf(item, key)) ?? item.resourceName;
}

function facet(kind: IdentityFacet['principalKind'], principal: string | undefined, parts: Omit<IdentityFacet, 'principalKind' | 'principal'>): IdentityFacet {
  const out: IdentityFacet = { principalKind: kind, ...(principal ? { principal } : {}), ...parts };
  if (!out.settle) delete out.settle;
  return out;
}

interface People {
  humanAccess: Truth;
  /** MFA as the credential source shows it; undefined when no source was read. */
  mfa: IdentityFacet['mfa'] | undefined;
  evidence: Evidence[];
}

/** Console password and MFA device from the credential report row. */
function fromReport(row: CredentialRow): People {
  const humanAccess: Truth = row.passwordEnabled === 'yes' ? 'yes' : row.passwordEnabled === 'no' && row.accessKeysActive === 'no' ? 'no' : 'unknown';
  const mfa = row.mfaActive === 'yes' ? 'enforced' : row.mfaActive === 'no' ? 'absent' : undefined;
  const evidence: Evidence[] = [
    { path: 'credentialReport.password_enabled', value: row.passwordEnabled === 'unknown' ? null : row.passwordEnabled === 'yes', note: 'IAM credential report' },
    { path: 'credentialReport.mfa_active', value: row.mfaActive === 'unknown' ? null : row.mfaActive === 'yes', ...(row.mfaActive === 'yes' ? { note: 'an MFA device is active: console sign-in asks for it' } : {}) },
  ];
  if (row.passwordEnabled === 'no') evidence.push({ path: 'credentialReport.access_key_active', value: row.accessKeysActive === 'unknown' ? null : row.accessKeysActive === 'yes' });
  return { humanAccess, mfa, evidence };
}

/** MFA of a user from the managed rules' results. */
function fromRules(facts: AccountFacts, userId: string | undefined): People | undefined {
  const console_ = facts.ruleResult('MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS', userId);
  const any = facts.ruleResult('IAM_USER_MFA_ENABLED', userId);
  if (console_?.compliance === 'NON_COMPLIANT') return { humanAccess: 'yes', mfa: 'absent', evidence: [ruleEvidence(console_)] };
  if (any?.compliance === 'NON_COMPLIANT') return { humanAccess: 'unknown', mfa: 'absent', evidence: [ruleEvidence(any)] };
  const ok = console_ ?? any;
  if (ok) return { humanAccess: 'unknown', mfa: 'enforced', evidence: [ruleEvidence(ok)] };
  return undefined;
}

function credentialSettle(facts: AccountFacts): string {
  const why = [facts.credentialState, facts.rulesState].filter((s) => !s.read).map((s) => (s.read ? '' : s.why));
  return `the IAM credential report (password_enabled, mfa_active) or the results of the Config rule MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS for this user${why.length ? ` (${why.join('; ')})` : ''}`;
}

/** A user: rights from its policies and groups; people and MFA from the credential report or the rule results. */
function user(ctx: BuildContext): IdentityFacet {
  const { item, facts } = ctx;
  const groupList = list(conf(item, 'groupList'));
  const groups = (groupList ?? []).filter((g): g is string => typeof g === 'string');
  const groupPath = conf(item, 'groupList').path;
  const grants = [
    ...(groupList ? [] : [unknownGrant({ path: groupPath, value: null, note: 'not in the configuration item' })]),
    ...managedGrants(ctx, item),
    ...inlineGrants(item, 'userPolicyList'),
    ...groups.flatMap((g, i) => {
      const joined = facts.groups.get(g);
      return joined ? joined.map((x) => ({ ...x, evidence: { ...x.evidence, from: `group ${g}` } })) : [unknownGrant({ path: `${groupPath}[${i}]`, note: 'group not among the AWS::IAM::Group items read' })];
    }),
  ];
  const s = summarise(grants);
  const arn = text(conf(item, 'arn')) ?? item.arn;
  const row = arn ? facts.credentialReport?.get(arn) : undefined;
  const people = row ? fromReport(row) : fromRules(facts, item.resourceId ?? text(conf(item, 'userId')));
  const mfa: IdentityFacet['mfa'] = s.deny === 'yes' ? 'enforced' : (people?.mfa ?? 'unknown');
  const evidence = [...s.evidence, ...(people?.evidence ?? [])];
  if (s.deny === 'yes') evidence.push({ path: 'policies', note: 'a policy denies actions without MFA' });
  return facet('user', principalName(item, 'userName'), {
    admin: s.admin,
    humanAccess: people?.humanAccess ?? 'unknown',
    mfa,
    evidence,
    settle: s.admin === 'unknown' ? ADMIN_SETTLE : people ? 'which people use this user and whether they sign in with MFA' : credentialSettle(facts),
  });
}

/** A group: its rights; whether people in it sign in is the members' business (each user is judged with the group's rights). */
function group(ctx: BuildContext): IdentityFacet {
  const s = summarise(groupItemGrants(ctx));
  return facet('group', principalName(ctx.item, 'groupName'), {
    admin: s.admin,
    humanAccess: 'unknown',
    mfa: s.deny === 'yes' ? 'enforced' : s.deny === 'unknown' ? 'unknown' : 'absent',
    evidence: s.evidence,
    settle: s.admin === 'unknown' ? ADMIN_SETTLE : 'which members of the group sign in to the console (IAM credential report)',
  });
}

/** A role: rights from its policies, people and MFA from its trust policy. */
function role(ctx: BuildContext): IdentityFacet {
  const { item } = ctx;
  const s = summarise([...managedGrants(ctx, item), ...inlineGrants(item, 'rolePolicyList')]);
  const trustDoc = conf(item, 'assumeRolePolicyDocument');
  const statements = trustDoc.value === undefined ? undefined : statementsOf(trustDoc.value);
  const name = principalName(item, 'roleName');
  return facet(
    'role',
    name,
    roleIdentity(s, statements, {
      trustPath: trustDoc.path,
      unread: { note: trustDoc.value === undefined ? 'not in the configuration item' : 'trust policy could not be read', settle: 'the trust policy of the role' },
      adminSettle: ADMIN_SETTLE,
    }),
  );
}

export const IDENTITY: Readonly<Record<string, (ctx: BuildContext) => IdentityFacet | undefined>> = {
  'AWS::IAM::User': user,
  'AWS::IAM::Group': group,
  'AWS::IAM::Role': role,
};

/**
 * The account's root user: always an administrator who signs in interactively; MFA from the
 * credential report's `<root_account>` row or the ROOT_ACCOUNT_MFA_ENABLED rule, else unknown.
 */
export function rootIdentity(facts: AccountFacts): IdentityFacet {
  const base = { principalKind: 'user' as const, principal: 'root', admin: 'yes' as const, humanAccess: 'yes' as const };
  const row = facts.rootCredentials;
  if (row && row.mfaActive !== 'unknown') {
    return { ...base, mfa: row.mfaActive === 'yes' ? 'enforced' : 'absent', evidence: [{ path: 'credentialReport.<root_account>.mfa_active', value: row.mfaActive === 'yes', note: 'IAM credential report' }] };
  }
  const rule = facts.ruleResult('ROOT_ACCOUNT_MFA_ENABLED', facts.accountId);
  if (rule) return { ...base, mfa: rule.compliance === 'COMPLIANT' ? 'enforced' : 'absent', evidence: [ruleEvidence(rule)] };
  const why = [facts.credentialState, facts.rulesState].filter((s) => !s.read).map((s) => (s.read ? '' : s.why));
  return {
    ...base,
    mfa: 'unknown',
    evidence: [{ path: 'credentialReport.<root_account>.mfa_active', value: null, note: 'no credential report or ROOT_ACCOUNT_MFA_ENABLED result' }],
    settle: `the root user's MFA (IAM credential report, or the Config rule ROOT_ACCOUNT_MFA_ENABLED)${why.length ? ` (${why.join('; ')})` : ''}`,
  };
}
