import { describe, it, expect } from 'vitest';
import policy from '../policies/admin-mfa.js';
import { runPolicy } from '../src/policy/tester.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[], id: string) {
  return runPolicy(policy, resources(list)).get(id);
}

function identity(list: FixtureResource[], id: string) {
  return byId(resources(list), id).facets.identity;
}

const member = (role: string, who: string, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'google_project_iam_member.grant',
  values: { project: 'hosting-prod', role, member: who, condition: [] },
  unknown: { etag: true, id: true },
  ...extra,
});

const binding = (role: string, members: string[]): FixtureResource => ({
  address: 'google_folder_iam_binding.grant',
  values: { folder: 'folders/1234567890', role, members, condition: [] },
  unknown: { etag: true, id: true },
});

const policyDoc = (bindings: Array<{ role: string; members: string[] }>): FixtureResource => ({
  address: 'google_organization_iam_policy.org',
  values: { org_id: '123456789012', policy_data: JSON.stringify({ bindings }) },
  unknown: { etag: true, id: true },
});

describe('GCP IAM grants → admin-mfa', () => {
  it('fails a basic owner or editor role granted to an individual user', () => {
    const result = check([member('roles/owner', 'user:alice@example.com')], 'google_project_iam_member.grant');
    expect(result).toMatchObject({
      status: 'fail',
      messageId: 'violation',
      data: { who: { messageId: 'who', data: { kind: { messageId: 'kindGrant' }, principal: ' roles/owner to user:alice@example.com' } }, violation: { messageId: 'basicRoleToUser' } },
    });
    expect(result?.evidence).toContainEqual({ path: 'role', value: 'roles/owner' });
  });

  it('is unknown for admin roles held by groups: 2-step verification is not visible in Terraform', () => {
    const facet = identity([member('roles/editor', 'group:platform-admins@example.com')], 'google_project_iam_member.grant');
    expect(facet).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'unknown' });
    expect(facet?.violation).toBeUndefined();
    const result = check([member('roles/resourcemanager.projectIamAdmin', 'group:platform-admins@example.com')], 'google_project_iam_member.grant');
    expect(result).toMatchObject({ status: 'unknown', settle: expect.stringContaining('2-step verification') });
    expect(check([member('roles/compute.admin', 'user:bob@example.com')], 'google_project_iam_member.grant')?.status).toBe('unknown');
  });

  it('has nothing to say about service accounts and non-admin roles', () => {
    expect(check([member('roles/owner', 'serviceAccount:terraform@hosting-prod.iam.gserviceaccount.com')], 'google_project_iam_member.grant')).toBeUndefined();
    expect(check([member('roles/viewer', 'user:alice@example.com')], 'google_project_iam_member.grant')).toBeUndefined();
    expect(identity([member('roles/storage.admin', 'serviceAccount:ci@hosting-prod.iam.gserviceaccount.com')], 'google_project_iam_member.grant')).toMatchObject({ admin: 'yes', humanAccess: 'no', mfa: 'not-applicable' });
  });

  it('treats a member known after apply as a service account only when it references one', () => {
    const sa: FixtureResource[] = [
      { address: 'google_service_account.ci', values: { account_id: 'ci' }, unknown: { email: true, id: true, member: true } },
      member('roles/owner', '', {
        unknown: { member: true, etag: true, id: true },
        expressions: { member: { references: ['google_service_account.ci.email', 'google_service_account.ci'] } },
      }),
    ];
    expect(check(sa, 'google_project_iam_member.grant')).toBeUndefined();
    const fromVar = [member('roles/owner', '', { unknown: { member: true, etag: true, id: true }, expressions: { member: { references: ['var.admin'] } } })];
    expect(identity(fromVar, 'google_project_iam_member.grant')).toMatchObject({ admin: 'yes', humanAccess: 'unknown', mfa: 'unknown' });
    expect(check(fromVar, 'google_project_iam_member.grant')?.status).toBe('unknown');
  });

  it('aggregates the members of a binding', () => {
    const result = check([binding('roles/editor', ['group:ops@example.com', 'user:carol@example.com', 'serviceAccount:ci@p.iam.gserviceaccount.com'])], 'google_folder_iam_binding.grant');
    expect(result).toMatchObject({ status: 'fail', messageId: 'violation', data: { who: { data: { principal: ' roles/editor to user:carol@example.com' } }, violation: { messageId: 'basicRoleToUser' } } });
    expect(JSON.stringify(result?.data)).not.toContain('group:ops');
    expect(check([binding('roles/iam.securityAdmin', ['group:sec@example.com'])], 'google_folder_iam_binding.grant')?.status).toBe('unknown');
  });

  it('parses the bindings of a policy document', () => {
    expect(check([policyDoc([{ role: 'roles/viewer', members: ['domain:example.com'] }, { role: 'roles/owner', members: ['user:dave@example.com'] }])], 'google_organization_iam_policy.org')).toMatchObject({ status: 'fail' });
    const facet = identity([policyDoc([{ role: 'roles/viewer', members: ['user:erin@example.com'] }, { role: 'roles/billing.admin', members: ['group:finance@example.com'] }])], 'google_organization_iam_policy.org');
    expect(facet).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'unknown', principal: 'roles/billing.admin to group:finance@example.com' });
    expect(check([policyDoc([{ role: 'roles/viewer', members: ['user:erin@example.com'] }])], 'google_organization_iam_policy.org')).toBeUndefined();
  });

  it('is unknown when the policy document is known only after apply', () => {
    const list: FixtureResource[] = [
      { address: 'google_project_iam_policy.p', values: { project: 'hosting-prod' }, unknown: { policy_data: true, etag: true }, expressions: { policy_data: { references: ['data.google_iam_policy.admins.policy_data', 'data.google_iam_policy.admins'] } } },
    ];
    expect(check(list, 'google_project_iam_policy.p')).toMatchObject({ status: 'unknown', messageId: 'adminUnknown' });
  });

  it('judges custom roles by the permissions the plan gives them', () => {
    const role = (permissions: string[]): FixtureResource => ({ address: 'google_project_iam_custom_role.ops', values: { role_id: 'opsAdmin', title: 'Ops', permissions, project: 'hosting-prod' }, unknown: { id: true, name: true } });
    const grant = member('projects/hosting-prod/roles/opsAdmin', 'group:ops@example.com', {
      unknown: { role: true, etag: true, id: true },
      expressions: { role: { references: ['google_project_iam_custom_role.ops.id', 'google_project_iam_custom_role.ops'] } },
    });
    expect(identity([role(['resourcemanager.projects.setIamPolicy', 'compute.instances.get']), grant], 'google_project_iam_member.grant')?.admin).toBe('yes');
    expect(check([role(['compute.instances.get', 'compute.instances.list']), grant], 'google_project_iam_member.grant')).toBeUndefined();
    const outside = member('organizations/123/roles/breakGlass', 'group:ops@example.com');
    expect(check([outside], 'google_project_iam_member.grant')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('custom role') });
  });

  it('fails an admin role granted to allUsers, and never reports MFA as enforced', () => {
    expect(check([member('roles/storage.admin', 'allUsers')], 'google_project_iam_member.grant')).toMatchObject({ status: 'fail', messageId: 'violation', data: { who: { data: { principal: ' roles/storage.admin to allUsers' } }, violation: { messageId: 'adminToPublic' } } });
    const all = resources([member('roles/owner', 'group:a@example.com'), binding('roles/owner', ['group:b@example.com'])]);
    for (const r of all) expect(r.facets.identity?.mfa).not.toBe('enforced');
  });
});
