import { describe, it, expect } from 'vitest';
import policy from '../policies/admin-mfa.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[]) {
  const rs = resources(list);
  const results = runPolicy(policy, rs);
  return {
    result: (id: string) => results.get(id),
    identity: (id: string) => byId(rs, id).facets.identity,
  };
}

const refs = (...r: string[]) => ({ references: r });
const doc = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

const ADMIN = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const READ_ONLY = doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' });
const FORCE_MFA = doc(
  { Sid: 'AllowManageOwnMFA', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'], Resource: '*' },
  { Sid: 'DenyWithoutMFA', Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
);

const user = (name: string): FixtureResource => ({ address: `aws_iam_user.${name}`, values: { name, path: '/', force_destroy: false }, unknown: { arn: true, id: true, unique_id: true } });
const loginProfile = (name: string): FixtureResource => ({
  address: `aws_iam_user_login_profile.${name}`,
  values: { user: name, password_reset_required: true },
  unknown: { password: true, id: true },
  expressions: { user: refs(`aws_iam_user.${name}.name`, `aws_iam_user.${name}`) },
});
const userAttachment = (name: string, arn: string): FixtureResource => ({
  address: `aws_iam_user_policy_attachment.${name}`,
  values: { user: name, policy_arn: arn },
  unknown: { id: true },
  expressions: { user: refs(`aws_iam_user.${name}.name`, `aws_iam_user.${name}`), policy_arn: { constant_value: arn } },
});

describe('AWS identity: IAM users and groups', () => {
  it('fails an admin user with a console password and no MFA enforcement', () => {
    const c = check([user('alice'), loginProfile('alice'), userAttachment('alice', 'arn:aws:iam::aws:policy/AdministratorAccess')]);
    const r = c.result('aws_iam_user.alice');
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'mfaAbsent', data: { who: { messageId: 'who', data: { kind: { messageId: 'kindUser' }, principal: ' alice' } } } });
    expect(c.identity('aws_iam_user.alice')?.evidence).toContainEqual(
      expect.objectContaining({ path: 'policy_arn', value: 'arn:aws:iam::aws:policy/AdministratorAccess', from: 'aws_iam_user_policy_attachment.alice' }),
    );
  });

  it('passes when a group of the user denies everything without MFA', () => {
    const c = check([
      user('alice'),
      loginProfile('alice'),
      userAttachment('alice', 'arn:aws:iam::aws:policy/IAMFullAccess'),
      { address: 'aws_iam_group.humans', values: { name: 'humans', path: '/' }, unknown: { arn: true, id: true } },
      {
        address: 'aws_iam_user_group_membership.alice',
        values: { user: 'alice', groups: ['humans'] },
        expressions: { user: refs('aws_iam_user.alice.name', 'aws_iam_user.alice'), groups: refs('aws_iam_group.humans.name', 'aws_iam_group.humans') },
      },
      { address: 'aws_iam_group_policy.force_mfa', values: { name: 'force-mfa', group: 'humans', policy: FORCE_MFA }, expressions: { group: refs('aws_iam_group.humans.name', 'aws_iam_group.humans') } },
    ]);
    expect(c.identity('aws_iam_user.alice')).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'enforced' });
    expect(c.result('aws_iam_user.alice')?.status).toBe('pass');
  });

  it('finds admin rights granted through a group and a customer policy; console use stays unknown without a login profile', () => {
    const c = check([
      user('bob'),
      { address: 'aws_iam_group.admins', values: { name: 'admins', path: '/' }, unknown: { arn: true, id: true } },
      { address: 'aws_iam_group_membership.admins', values: { name: 'admins', group: 'admins', users: ['bob'] }, expressions: { users: refs('aws_iam_user.bob.name', 'aws_iam_user.bob'), group: refs('aws_iam_group.admins.name', 'aws_iam_group.admins') } },
      { address: 'aws_iam_policy.everything', values: { name: 'everything', policy: ADMIN }, unknown: { arn: true, id: true } },
      {
        address: 'aws_iam_group_policy_attachment.admins',
        values: { group: 'admins' },
        unknown: { policy_arn: true, id: true },
        expressions: { group: refs('aws_iam_group.admins.name', 'aws_iam_group.admins'), policy_arn: refs('aws_iam_policy.everything.arn', 'aws_iam_policy.everything') },
      },
    ]);
    const r = c.result('aws_iam_user.bob');
    expect(r?.status).toBe('unknown');
    expect(r).toMatchObject({ messageId: 'mfaAbsentAccessUnknown', data: { who: { data: { kind: { messageId: 'kindUser' }, principal: ' bob' } } } });
    expect(r?.settle).toContain('credential report');
    expect(c.identity('aws_iam_user.bob')?.evidence).toContainEqual(expect.objectContaining({ from: 'aws_iam_policy.everything' }));
    expect(c.identity('aws_iam_group.admins')).toMatchObject({ principalKind: 'group', admin: 'yes', mfa: 'absent', humanAccess: 'unknown' });
  });

  it('says nothing about users without admin rights, and is unknown when a policy is not known', () => {
    const c = check([
      user('carol'),
      loginProfile('carol'),
      { address: 'aws_iam_user_policy.carol', values: { name: 'read', user: 'carol', policy: READ_ONLY }, expressions: { user: refs('aws_iam_user.carol.name', 'aws_iam_user.carol') } },
      user('dave'),
      loginProfile('dave'),
      {
        address: 'aws_iam_user_policy_attachment.dave',
        values: { user: 'dave' },
        unknown: { policy_arn: true, id: true },
        expressions: { user: refs('aws_iam_user.dave.name', 'aws_iam_user.dave'), policy_arn: refs('data.aws_iam_policy.shared.arn', 'data.aws_iam_policy.shared') },
      },
    ]);
    expect(c.identity('aws_iam_user.carol')?.admin).toBe('no');
    expect(c.result('aws_iam_user.carol')).toBeUndefined();
    const dave = c.result('aws_iam_user.dave');
    expect(dave?.status).toBe('unknown');
    expect(dave).toMatchObject({ messageId: 'adminUnknown', data: { who: { data: { kind: { messageId: 'kindUser' }, principal: ' dave' } } } });
  });

  it('never copies a policy document into evidence', () => {
    const c = check([user('erin'), { address: 'aws_iam_user_policy.erin', values: { name: 'all', user: 'erin', policy: ADMIN }, expressions: { user: refs('aws_iam_user.erin.name', 'aws_iam_user.erin') } }]);
    expect(JSON.stringify(c.identity('aws_iam_user.erin'))).not.toContain('Statement');
  });
});

describe('AWS identity: IAM roles', () => {
  const role = (name: string, trust: string, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: `aws_iam_role.${name}`,
    values: { name, assume_role_policy: trust },
    unknown: { arn: true, id: true, unique_id: true, inline_policy: true, managed_policy_arns: true },
    ...extra,
  });
  const attach = (name: string, arn: string): FixtureResource => ({
    address: `aws_iam_role_policy_attachment.${name}`,
    values: { role: name, policy_arn: arn },
    unknown: { id: true },
    expressions: { role: refs(`aws_iam_role.${name}.name`, `aws_iam_role.${name}`) },
  });
  const fromAccount = (condition?: unknown) =>
    doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) });

  it('fails an admin role people assume without an MFA condition', () => {
    const c = check([role('ops', fromAccount()), attach('ops', 'arn:aws:iam::aws:policy/AdministratorAccess')]);
    expect(c.result('aws_iam_role.ops')?.status).toBe('fail');
  });

  it('passes when the trust policy requires MFA', () => {
    const c = check([role('ops', fromAccount({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })), attach('ops', 'arn:aws:iam::aws:policy/AdministratorAccess')]);
    expect(c.identity('aws_iam_role.ops')).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'enforced' });
    expect(c.result('aws_iam_role.ops')?.status).toBe('pass');
  });

  it('reads admin rights from inline_policy and managed_policy_arns', () => {
    const c = check([
      role('inline', fromAccount(), { unknown: { arn: true, id: true, managed_policy_arns: true }, values: { name: 'inline', assume_role_policy: fromAccount(), inline_policy: [{ name: 'all', policy: ADMIN }] } }),
      role('managed', fromAccount(), { unknown: { arn: true, id: true, inline_policy: true }, values: { name: 'managed', assume_role_policy: fromAccount(), managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } }),
    ]);
    expect(c.result('aws_iam_role.inline')?.status).toBe('fail');
    expect(c.result('aws_iam_role.managed')?.status).toBe('fail');
  });

  it('leaves MFA to the identity provider for SAML federation', () => {
    const saml = doc({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/corp-idp' },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    });
    const c = check([role('sso_admin', saml), attach('sso_admin', 'arn:aws:iam::aws:policy/AdministratorAccess')]);
    const r = c.result('aws_iam_role.sso_admin');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toBe('MFA enforced by the identity provider');
  });

  it('says nothing about admin roles only workloads assume', () => {
    const github = doc({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/infra:*' } },
    });
    const service = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const c = check([role('deploy', github), attach('deploy', 'arn:aws:iam::aws:policy/AdministratorAccess'), role('ec2', service), attach('ec2', 'arn:aws:iam::aws:policy/AdministratorAccess')]);
    expect(c.identity('aws_iam_role.deploy')).toMatchObject({ admin: 'yes', humanAccess: 'no', mfa: 'not-applicable' });
    expect(c.result('aws_iam_role.deploy')).toBeUndefined();
    expect(c.result('aws_iam_role.ec2')).toBeUndefined();
  });

  it('is unknown while the trust policy is known only after apply', () => {
    const c = check([
      { address: 'aws_iam_role.ops', values: { name: 'ops' }, unknown: { assume_role_policy: true, arn: true, id: true, inline_policy: true, managed_policy_arns: true }, expressions: { assume_role_policy: refs('data.aws_iam_policy_document.trust.json') } },
      attach('ops', 'arn:aws:iam::aws:policy/AdministratorAccess'),
    ]);
    expect(c.identity('aws_iam_role.ops')).toMatchObject({ admin: 'yes', humanAccess: 'unknown', mfa: 'unknown' });
    expect(c.result('aws_iam_role.ops')?.status).toBe('unknown');
  });
});
