import * as cfg from '../helpers/aws-fixtures.js';
import * as arm from '../helpers/azure-estate.js';
import { PROJECTS } from '../helpers/gcp-estate.js';
import * as asset from '../helpers/gcp-policy-estate.js';
import { refs } from '../helpers/plan-verdicts.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/**
 * The admin-mfa policy: the same estate as a plan and as an inventory (twins). Its plan verdicts
 * per cloud are in test/terraform-<cloud>-identity.test.ts.
 */

const who = (kind: string, principal?: string) => ({ who: { messageId: 'who', data: { kind: { messageId: kind }, ...(principal ? { principal: ` ${principal}` } : {}) } } });

// ---- AWS ----

const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';
const CUSTOM_POLICY = `arn:aws:iam::${cfg.ACCOUNT}:policy/ops-deploy`;
const json = (d: cfg.PolicyDocument) => JSON.stringify(d);
const trustAccount = (condition?: unknown): cfg.PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${cfg.ACCOUNT}:root` }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });
const WITH_MFA = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };

const user = (name: string): FixtureResource => ({ address: `aws_iam_user.${name}`, values: { name, path: '/', force_destroy: false, permissions_boundary: null }, unknown: { arn: true, id: true, unique_id: true } });
const loginProfile = (name: string): FixtureResource => ({
  address: `aws_iam_user_login_profile.${name}`,
  values: { user: name, password_reset_required: true, pgp_key: null },
  unknown: { password: true, id: true, encrypted_password: true, key_fingerprint: true },
  expressions: { user: refs(`aws_iam_user.${name}.name`, `aws_iam_user.${name}`) },
});
const userAttachment = (name: string, arn: string): FixtureResource => ({
  address: `aws_iam_user_policy_attachment.${name}`,
  values: { user: name, policy_arn: arn },
  unknown: { id: true },
  expressions: { user: refs(`aws_iam_user.${name}.name`, `aws_iam_user.${name}`), policy_arn: { constant_value: arn } },
});
const userInline = (name: string, doc: cfg.PolicyDocument): FixtureResource => ({
  address: `aws_iam_user_policy.${name}`,
  values: { name: `${name}-inline-0`, user: name, policy: json(doc) },
  unknown: { id: true },
  expressions: { user: refs(`aws_iam_user.${name}.name`, `aws_iam_user.${name}`) },
});
const role = (name: string, trust: cfg.PolicyDocument): FixtureResource => ({
  address: `aws_iam_role.${name}`,
  values: { name, path: '/', assume_role_policy: json(trust), max_session_duration: 3600, permissions_boundary: null },
  unknown: { arn: true, id: true, unique_id: true, inline_policy: true, managed_policy_arns: true, create_date: true },
});
const roleAttachment = (name: string, arn: string): FixtureResource => ({
  address: `aws_iam_role_policy_attachment.${name}`,
  values: { role: name, policy_arn: arn },
  unknown: { id: true },
  expressions: { role: refs(`aws_iam_role.${name}.name`, `aws_iam_role.${name}`), policy_arn: { constant_value: arn } },
});

// ---- Azure ----

const USER_ID = '6a0b7c1d-2e3f-4a5b-8c9d-0e1f2a3b4c5d';
const ownerToUser: FixtureResource = {
  address: 'azurerm_role_assignment.owner',
  values: { scope: `/subscriptions/${arm.SUB_A}`, role_definition_name: 'Owner', principal_id: USER_ID, principal_type: 'User', condition: null, condition_version: null, description: null },
  unknown: { id: true, name: true, role_definition_id: true, skip_service_principal_aad_check: true },
};
/** An enabled conditional-access policy requiring MFA of all users on the Azure management app, as the azuread provider plans it. */
const requireMfa = (excludedUsers: string[] = []): FixtureResource => ({
  address: 'azuread_conditional_access_policy.mfa',
  values: {
    display_name: 'Require MFA for Azure management',
    state: 'enabled',
    conditions: [
      {
        client_app_types: ['all'],
        sign_in_risk_levels: [],
        user_risk_levels: [],
        service_principal_risk_levels: [],
        applications: [{ included_applications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'], excluded_applications: [], included_user_actions: [] }],
        users: [{ included_users: ['All'], excluded_users: excludedUsers, included_groups: [], excluded_groups: [], included_roles: [], excluded_roles: [] }],
        locations: [],
        platforms: [],
        devices: [],
      },
    ],
    grant_controls: [{ operator: 'OR', built_in_controls: ['mfa'], custom_authentication_factors: [], terms_of_use: [] }],
  },
  unknown: { id: true },
});
const subscription = (owner?: 'Healthy' | 'Unhealthy', write?: 'Healthy' | 'Unhealthy') => [
  arm.subscription(arm.SUB_A),
  ...(owner ? [arm.assessment(arm.SUB_A, arm.MFA.owner, owner)] : []),
  ...(write ? [arm.assessment(arm.SUB_A, arm.MFA.write, write, 'Accounts with write permissions on Azure resources should be MFA enabled')] : []),
];
const SUBSCRIPTION = `/subscriptions/${arm.SUB_A}`;

// ---- GCP ----

const projectMember = (role: string, member: string): FixtureResource => ({
  address: 'google_project_iam_member.grant',
  values: { project: 'hosting-prod', role, member, condition: [] },
  unknown: { id: true, etag: true },
});
const projectWith = (role: string, member: string) => asset.project('hosting-prod', { version: 1, etag: 'BwYc2o0EvD2=', bindings: [{ role, members: [member] }] });
const PROJECT = `projects/${PROJECTS['hosting-prod']}`;

describeTwins('admin-mfa', [
  {
    name: 'an administrator role assumed only with MFA',
    cloud: 'aws',
    plan: [role('ops', trustAccount(WITH_MFA)), roleAttachment('ops', ADMIN_POLICY)],
    live: [cfg.iamRole({ name: 'ops', trust: trustAccount(WITH_MFA), managed: [ADMIN_POLICY] })],
    at: { plan: 'aws_iam_role.ops', live: 'role/ops' },
    expect: { status: 'pass', messageId: 'mfaEnforced', data: who('kindRole', 'ops') },
  },
  {
    name: 'an administrator role people assume without MFA',
    cloud: 'aws',
    plan: [role('ops', trustAccount()), roleAttachment('ops', ADMIN_POLICY)],
    live: [cfg.iamRole({ name: 'ops', trust: trustAccount(), managed: [ADMIN_POLICY] })],
    at: { plan: 'aws_iam_role.ops', live: 'role/ops' },
    expect: { status: 'fail', messageId: 'mfaAbsent', data: who('kindRole', 'ops') },
  },
  {
    name: 'an administrator user whose own policy denies everything without MFA',
    cloud: 'aws',
    plan: [user('alice'), userAttachment('alice', ADMIN_POLICY), userInline('alice', cfg.FORCE_MFA_DOC)],
    live: [cfg.iamUser({ name: 'alice', managed: [ADMIN_POLICY], inline: [cfg.FORCE_MFA_DOC] })],
    at: { plan: 'aws_iam_user.alice', live: 'user/alice' },
    expect: { status: 'pass', messageId: 'mfaEnforced', data: who('kindUser', 'alice') },
  },
  {
    // The console password is a login profile in the plan, a credential report row in the account (outside AWS Config).
    name: 'an administrator user with a console password and no MFA',
    cloud: 'aws',
    plan: [user('alice'), loginProfile('alice'), userAttachment('alice', ADMIN_POLICY)],
    live: [cfg.iamUser({ name: 'alice', managed: [ADMIN_POLICY] })],
    awsApi: { callerAccount: cfg.ACCOUNT, credentialReports: { [cfg.ACCOUNT]: cfg.credentialReport(cfg.ACCOUNT, [{ user: '<root_account>', password: 'not_supported', mfa: true }, { user: 'alice', password: true, mfa: false, passwordLastUsed: 1 }]) } },
    at: { plan: 'aws_iam_user.alice', live: 'user/alice' },
    expect: { status: 'fail', messageId: 'mfaAbsent', data: who('kindUser', 'alice') },
  },
  {
    // Disagreement: the plan sees no policy denying actions without MFA and reads MFA as absent (who signs in is unknown);
    // a Config item carries no MFA state at all, so the inventory says MFA is not visible. Both are unknown.
    name: 'an administrator user, console access and MFA devices not known',
    cloud: 'aws',
    plan: [user('alice'), userAttachment('alice', ADMIN_POLICY)],
    live: [cfg.iamUser({ name: 'alice', managed: [ADMIN_POLICY] })],
    at: { plan: 'aws_iam_user.alice', live: 'user/alice' },
    expect: { plan: { status: 'unknown', messageId: 'mfaAbsentAccessUnknown' }, live: { status: 'unknown', messageId: 'mfaNotVisible' } },
  },
  {
    name: 'a role holding a customer managed policy seen on neither side',
    cloud: 'aws',
    plan: [role('deploy', trustAccount()), roleAttachment('deploy', CUSTOM_POLICY)],
    live: [cfg.iamRole({ name: 'deploy', trust: trustAccount(), managed: [CUSTOM_POLICY] })],
    at: { plan: 'aws_iam_role.deploy', live: 'role/deploy' },
    expect: { status: 'unknown', messageId: 'adminUnknown', data: who('kindRole', 'deploy') },
  },

  // Azure: the plan judges each role assignment; the inventory judges the subscription by Defender for Cloud's MFA assessments of its owners and writers.
  {
    name: 'an Owner whom conditional access asks for MFA',
    cloud: 'azure',
    plan: [ownerToUser, requireMfa()],
    live: subscription('Healthy', 'Healthy'),
    at: { plan: 'azurerm_role_assignment.owner', live: SUBSCRIPTION },
    expect: { status: 'pass', messageId: 'mfaEnforced' },
  },
  {
    name: 'an Owner, with no conditional access or Defender assessment in sight',
    cloud: 'azure',
    plan: [ownerToUser],
    live: subscription(),
    at: { plan: 'azurerm_role_assignment.owner', live: SUBSCRIPTION },
    expect: { status: 'unknown', messageId: 'mfaNotVisible' },
  },
  {
    // Disagreement in message only: the plan sees the Owner excluded by name from the MFA policy (a violation);
    // Defender for Cloud sees owner accounts without MFA.
    name: 'an Owner left out of the policy requiring MFA',
    cloud: 'azure',
    plan: [ownerToUser, requireMfa([USER_ID])],
    live: subscription('Unhealthy', 'Healthy'),
    at: { plan: 'azurerm_role_assignment.owner', live: SUBSCRIPTION },
    expect: { plan: { status: 'fail', messageId: 'violation', data: { violation: { messageId: 'excludedFromMfaPolicy' } } }, live: { status: 'fail', messageId: 'mfaAbsent' } },
  },

  // GCP: 2-step verification is not in Terraform nor in Cloud Asset Inventory, so no grant to people ever passes.
  {
    name: 'the basic Owner role granted to a user',
    cloud: 'gcp',
    plan: [projectMember('roles/owner', 'user:alice@example.com')],
    live: [projectWith('roles/owner', 'user:alice@example.com')],
    at: { plan: 'google_project_iam_member.grant', live: PROJECT },
    expect: { status: 'fail', messageId: 'violation', data: { violation: { messageId: 'basicRoleToUser' } } },
  },
  {
    name: 'an administrative role granted to allUsers',
    cloud: 'gcp',
    plan: [projectMember('roles/storage.admin', 'allUsers')],
    live: [projectWith('roles/storage.admin', 'allUsers')],
    at: { plan: 'google_project_iam_member.grant', live: PROJECT },
    expect: { status: 'fail', messageId: 'violation', data: { violation: { messageId: 'adminToPublic' } } },
  },
  {
    name: 'the Owner role granted to a group',
    cloud: 'gcp',
    plan: [projectMember('roles/owner', 'group:hosting-admins@example.com')],
    live: [projectWith('roles/owner', 'group:hosting-admins@example.com')],
    at: { plan: 'google_project_iam_member.grant', live: PROJECT },
    expect: { status: 'unknown', messageId: 'mfaNotVisible', data: who('kindGrant') },
  },
  {
    name: 'a custom role granted to a group',
    cloud: 'gcp',
    plan: [projectMember('projects/hosting-prod/roles/deployer', 'group:deployers@example.com')],
    live: [projectWith('projects/hosting-prod/roles/deployer', 'group:deployers@example.com')],
    at: { plan: 'google_project_iam_member.grant', live: PROJECT },
    expect: { status: 'unknown', messageId: 'adminUnknown' },
  },
]);
