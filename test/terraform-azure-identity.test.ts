import { describe, it, expect } from 'vitest';
import adminMfa from '../policies/admin-mfa.js';
import { runPolicy } from '../src/policy/tester.js';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

function check(list: FixtureResource[], id: string) {
  const all = resources(list);
  return { result: runPolicy(adminMfa, all).get(id), facet: byId(all, id).facets.identity };
}

const USER_ID = '6a0b7c1d-2e3f-4a5b-8c9d-0e1f2a3b4c5d';
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

const assignment = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: 'azurerm_role_assignment.admin',
  values: { scope: SUB, condition: null, condition_version: null, description: null, ...values },
  unknown: { id: true, name: true, role_definition_id: true, skip_service_principal_aad_check: true },
  ...extra,
});

/** An enabled policy requiring MFA of all users on all apps, as the azuread provider emits it. */
function caPolicy(users: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): FixtureResource {
  return {
    address: 'azuread_conditional_access_policy.mfa',
    values: {
      display_name: 'Require MFA for admins',
      state: 'enabled',
      conditions: [
        {
          client_app_types: ['all'],
          sign_in_risk_levels: [],
          user_risk_levels: [],
          service_principal_risk_levels: [],
          applications: [{ included_applications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'], excluded_applications: [], included_user_actions: [] }],
          users: [
            {
              included_users: ['All'],
              excluded_users: [],
              included_groups: [],
              excluded_groups: [],
              included_roles: [],
              excluded_roles: [],
              ...users,
            },
          ],
          locations: [],
          platforms: [],
          devices: [],
        },
      ],
      grant_controls: [{ operator: 'OR', built_in_controls: ['mfa'], custom_authentication_factors: [], terms_of_use: [] }],
      ...extra,
    },
    unknown: { id: true },
  };
}

describe('Azure RBAC role assignments', () => {
  it('Owner to a user covered by an enabled MFA policy passes', () => {
    const { result, facet } = check([assignment({ role_definition_name: 'Owner', principal_id: USER_ID, principal_type: 'User' }), caPolicy()], 'azurerm_role_assignment.admin');
    expect(result?.status).toBe('pass');
    expect(facet).toMatchObject({ principalKind: 'grant', admin: 'yes', humanAccess: 'yes', mfa: 'enforced' });
    expect(facet?.principal).toBe(`user ${USER_ID} (Owner)`);
    expect(facet?.evidence.some((e) => e.from === 'azuread_conditional_access_policy.mfa')).toBe(true);
  });

  it('Owner by role definition GUID to a user without a visible MFA policy is unknown, never a fail', () => {
    const { result, facet } = check(
      [
        assignment({
          role_definition_id: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
          principal_id: USER_ID,
          principal_type: 'User',
        }),
      ],
      'azurerm_role_assignment.admin',
    );
    expect(facet?.mfa).toBe('unknown');
    expect(result?.status).toBe('unknown');
    expect(result?.settle).toContain('797f4846-ba00-4fd7-ba43-dac1f8f63013');
  });

  it('Owner to a user named among the exclusions of the policy requiring MFA fails', () => {
    const { result, facet } = check(
      [assignment({ role_definition_name: 'Owner', principal_id: USER_ID, principal_type: 'User' }), caPolicy({ excluded_users: [USER_ID] })],
      'azurerm_role_assignment.admin',
    );
    expect(facet).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'absent' });
    expect(result).toMatchObject({ status: 'fail', messageId: 'violation', data: { violation: { messageId: 'excludedFromMfaPolicy' } } });
    // Evidence names the policy but never prints the excluded identities.
    expect(facet?.evidence).toContainEqual({ path: 'conditions[0].users[0].excluded_users', from: 'azuread_conditional_access_policy.mfa', note: 'excluded from this conditional-access policy requiring MFA' });
  });

  it('a Reader excluded from the MFA policy is not an administrator: no finding', () => {
    const { result } = check([assignment({ role_definition_name: 'Reader', principal_id: USER_ID, principal_type: 'User' }), caPolicy({ excluded_users: [USER_ID] })], 'azurerm_role_assignment.admin');
    expect(result).toBeUndefined();
  });

  it('a policy in report-only mode, or with MFA as one of several OR controls, does not count', () => {
    const reportOnly = caPolicy({}, { state: 'enabledForReportingButNotEnforced' });
    expect(check([assignment({ role_definition_name: 'Owner', principal_id: USER_ID, principal_type: 'User' }), reportOnly], 'azurerm_role_assignment.admin').facet?.mfa).toBe('unknown');
    const either = caPolicy({}, { grant_controls: [{ operator: 'OR', built_in_controls: ['mfa', 'compliantDevice'] }] });
    expect(check([assignment({ role_definition_name: 'Owner', principal_id: USER_ID, principal_type: 'User' }), either], 'azurerm_role_assignment.admin').facet?.mfa).toBe('unknown');
  });

  it('a group principal is covered when the policy includes that group by reference, and not when a member could be excluded', () => {
    const group: FixtureResource = { address: 'azuread_group.admins', values: { display_name: 'Azure admins', security_enabled: true }, unknown: { id: true, object_id: true } };
    const ra = assignment(
      { role_definition_name: 'Contributor', principal_type: 'Group' },
      {
        unknown: { id: true, name: true, role_definition_id: true, principal_id: true },
        expressions: { principal_id: { references: ['azuread_group.admins.object_id', 'azuread_group.admins'] } },
      },
    );
    const byGroup = (excludedUsers: string[]): FixtureResource => ({
      ...caPolicy({ included_users: [], excluded_users: excludedUsers }),
      unknown: { id: true, conditions: [{ users: [{ included_groups: true }] }] },
      expressions: { conditions: [{ users: [{ included_groups: { references: ['azuread_group.admins.object_id', 'azuread_group.admins'] } }] }] },
    });
    expect(check([group, ra, byGroup([])], 'azurerm_role_assignment.admin').result?.status).toBe('pass');
    expect(check([group, ra, byGroup(['9f8e7d6c-0000-0000-0000-000000000001'])], 'azurerm_role_assignment.admin').result?.status).toBe('unknown');
  });

  it('privileged roles granted to managed identities are not judged; non-privileged roles neither', () => {
    const identity: FixtureResource = { address: 'azurerm_user_assigned_identity.app', values: { name: 'app', resource_group_name: 'rg', location: 'francecentral' }, unknown: { id: true, principal_id: true } };
    const ra = assignment(
      { role_definition_name: 'Contributor' },
      { unknown: { id: true, name: true, principal_id: true, principal_type: true }, expressions: { principal_id: { references: ['azurerm_user_assigned_identity.app.principal_id', 'azurerm_user_assigned_identity.app'] } } },
    );
    const mi = check([identity, ra], 'azurerm_role_assignment.admin');
    expect(mi.facet).toMatchObject({ admin: 'yes', humanAccess: 'no' });
    expect(mi.result).toBeUndefined();
    const reader = check([assignment({ role_definition_name: 'Reader', principal_id: USER_ID, principal_type: 'User' })], 'azurerm_role_assignment.admin');
    expect(reader.facet?.admin).toBe('no');
    expect(reader.result).toBeUndefined();
  });

  it('Owner to a principal of unknown kind (principal_type computed, id from a variable) is unknown', () => {
    const ra = assignment({ role_definition_name: 'Owner', principal_id: USER_ID }, { unknown: { id: true, name: true, principal_type: true }, expressions: { principal_id: { references: ['var.admin_object_id'] } } });
    const { result, facet } = check([ra, caPolicy({ included_users: [], included_groups: ['0f0f0f0f-0000-0000-0000-000000000000'] })], 'azurerm_role_assignment.admin');
    expect(facet).toMatchObject({ admin: 'yes', humanAccess: 'unknown', mfa: 'unknown' });
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'mfaNotVisible', data: { who: { data: { kind: { messageId: 'kindGrant' } } } } });
  });

  it('a role known only after apply is unknown', () => {
    const { result } = check(
      [assignment({ principal_id: USER_ID, principal_type: 'User' }, { unknown: { id: true, role_definition_name: true, role_definition_id: true }, expressions: { role_definition_name: { references: ['var.role'] } } })],
      'azurerm_role_assignment.admin',
    );
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'adminUnknown' });
  });

  it('a custom role with all actions is privileged', () => {
    const def: FixtureResource = {
      address: 'azurerm_role_definition.ops',
      values: { name: 'ops-all', scope: SUB, permissions: [{ actions: ['*'], not_actions: [], data_actions: [], not_data_actions: [] }] },
      unknown: { id: true, role_definition_id: true, role_definition_resource_id: true },
    };
    const ra = assignment(
      { principal_id: USER_ID, principal_type: 'User' },
      {
        unknown: { id: true, name: true, role_definition_id: true, role_definition_name: true },
        expressions: { role_definition_id: { references: ['azurerm_role_definition.ops.role_definition_resource_id', 'azurerm_role_definition.ops'] } },
      },
    );
    expect(check([def, ra], 'azurerm_role_assignment.admin').facet?.admin).toBe('yes');
  });
});

describe('Entra ID directory roles', () => {
  const role: FixtureResource = { address: 'azuread_directory_role.ga', values: { display_name: 'Global Administrator' }, unknown: { object_id: true, template_id: true, id: true } };
  const user: FixtureResource = { address: 'azuread_user.alice', values: { user_principal_name: 'alice@example.com', display_name: 'Alice' }, unknown: { object_id: true, id: true } };
  const member: FixtureResource = {
    address: 'azuread_directory_role_assignment.alice_ga',
    values: { directory_scope_id: '/' },
    unknown: { id: true, role_id: true, principal_object_id: true },
    expressions: {
      role_id: { references: ['azuread_directory_role.ga.template_id', 'azuread_directory_role.ga'] },
      principal_object_id: { references: ['azuread_user.alice.object_id', 'azuread_user.alice'] },
    },
  };

  it('Global Administrator covered by a policy on that directory role for all apps passes', () => {
    const policy = caPolicy(
      { included_users: [], included_roles: ['62e90394-69f5-4237-9190-012177145e10'] },
      {},
    );
    const allApps: FixtureResource = {
      ...policy,
      values: {
        ...policy.values,
        conditions: [{ ...(policy.values.conditions as Record<string, unknown>[])[0], applications: [{ included_applications: ['All'], excluded_applications: [] }] }],
      },
    };
    const { result, facet } = check([role, user, member, allApps], 'azuread_directory_role_assignment.alice_ga');
    expect(facet).toMatchObject({ admin: 'yes', humanAccess: 'yes', mfa: 'enforced' });
    expect(result?.status).toBe('pass');
    // The management-app-only policy does not cover directory roles.
    expect(check([role, user, member, policy], 'azuread_directory_role_assignment.alice_ga').result?.status).toBe('unknown');
  });
});
