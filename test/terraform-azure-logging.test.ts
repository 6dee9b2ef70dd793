import { describe, it, expect } from 'vitest';
import logRetention from '../policies/log-retention.js';
import { runPolicy } from '../src/policy/tester.js';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

function check(list: FixtureResource[], id: string) {
  const all = resources(list);
  return { result: runPolicy(logRetention, all).get(id), facet: byId(all, id).facets.logStore };
}

const workspace = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_log_analytics_workspace.main',
  values: { name: 'log-main', resource_group_name: 'rg', location: 'francecentral', sku: 'PerGB2018', daily_quota_gb: -1, immediate_data_purge_on_30_days_enabled: null, ...values },
  unknown: { id: true, workspace_id: true, primary_shared_key: true, secondary_shared_key: true, ...unknown },
  sensitive: { primary_shared_key: true, secondary_shared_key: true },
  expressions: { name: { constant_value: 'log-main' }, ...expressions },
});

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

describe('Log Analytics workspaces', () => {
  it('365 days passes', () => {
    const { result, facet } = check([workspace({ retention_in_days: 365 })], 'azurerm_log_analytics_workspace.main');
    expect(result?.status).toBe('pass');
    expect(facet?.evidence).toContainEqual({ path: 'retention_in_days', value: 365 });
  });

  it('left out of the configuration, Azure keeps 30 days: fails', () => {
    const { result } = check([workspace({}, { retention_in_days: true })], 'azurerm_log_analytics_workspace.main');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { store: 'Log Analytics workspace', days: 30, min: 365 } }] } });
  });

  it('set from a value known after apply: unknown', () => {
    const { result } = check([workspace({}, { retention_in_days: true }, { retention_in_days: { references: ['module.cfg.retention'] } })], 'azurerm_log_analytics_workspace.main');
    expect(result?.status).toBe('unknown');
  });

  it('the Free tier keeps 7 days, and the 30-day purge flag caps retention', () => {
    expect(check([workspace({ sku: 'Free', retention_in_days: 7 })], 'azurerm_log_analytics_workspace.main').facet?.retentionDays).toBe(7);
    expect(check([workspace({ retention_in_days: 730, immediate_data_purge_on_30_days_enabled: true })], 'azurerm_log_analytics_workspace.main').facet?.retentionDays).toBe(30);
  });
});

describe('activity-log exports', () => {
  const setting = (values: Record<string, unknown>, expressions: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_monitor_diagnostic_setting.activity',
    values: {
      name: 'activity-log',
      target_resource_id: SUB,
      eventhub_authorization_rule_id: null,
      eventhub_name: null,
      partner_solution_id: null,
      storage_account_id: null,
      enabled_log: [{ category: 'Administrative', category_group: '' }, { category: 'Security', category_group: '' }],
      ...values,
    },
    unknown: { id: true, log_analytics_destination_type: true, ...unknown },
    expressions,
  });
  const toWorkspace = setting({}, { log_analytics_workspace_id: { references: ['azurerm_log_analytics_workspace.main.id', 'azurerm_log_analytics_workspace.main'] } }, { log_analytics_workspace_id: true });

  it('take the retention of the destination workspace', () => {
    const { result, facet } = check([workspace({ retention_in_days: 400 }), toWorkspace], 'azurerm_monitor_diagnostic_setting.activity');
    expect(facet).toMatchObject({ kind: 'diagnostic-setting', label: 'activity-log export', retentionDays: 400 });
    expect(facet?.evidence[0]?.from).toBe('azurerm_log_analytics_workspace.main');
    expect(result?.status).toBe('pass');
    expect(check([workspace({ retention_in_days: 90 }), toWorkspace], 'azurerm_monitor_diagnostic_setting.activity').result?.status).toBe('fail');
  });

  it('a workspace outside the plan leaves it unknown', () => {
    const { result } = check(
      [setting({ log_analytics_workspace_id: `${SUB}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/central` }, {})],
      'azurerm_monitor_diagnostic_setting.activity',
    );
    expect(result?.status).toBe('unknown');
    expect(result?.settle).toContain('workspace');
  });

  it('a storage account destination uses its lifecycle policy', () => {
    const account: FixtureResource = { address: 'azurerm_storage_account.audit', values: { name: 'staudit', resource_group_name: 'rg', location: 'francecentral', account_replication_type: 'LRS' }, unknown: { id: true } };
    const toStorage = setting({}, { storage_account_id: { references: ['azurerm_storage_account.audit.id', 'azurerm_storage_account.audit'] } }, { storage_account_id: true });
    const policy = (days: number): FixtureResource => ({
      address: 'azurerm_storage_management_policy.audit',
      values: {
        rule: [
          {
            name: 'expire',
            enabled: true,
            filters: [{ prefix_match: ['insights-activity-logs/'], blob_types: ['appendBlob'], match_blob_index_tag: [] }],
            actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: days }], snapshot: [], version: [] }],
          },
        ],
      },
      unknown: { id: true, storage_account_id: true },
      expressions: { storage_account_id: { references: ['azurerm_storage_account.audit.id', 'azurerm_storage_account.audit'] } },
    });
    expect(check([account, toStorage], 'azurerm_monitor_diagnostic_setting.activity').result?.status).toBe('unknown');
    expect(check([account, toStorage, policy(180)], 'azurerm_monitor_diagnostic_setting.activity').result?.status).toBe('fail');
    expect(check([account, toStorage, policy(400)], 'azurerm_monitor_diagnostic_setting.activity').facet?.retentionDays).toBe(400);
  });

  it('settings on resources other than a subscription are not activity-log exports', () => {
    const { facet } = check([setting({ target_resource_id: `${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv` }, {})], 'azurerm_monitor_diagnostic_setting.activity');
    expect(facet).toBeUndefined();
  });

  it('a target from data.azurerm_subscription known only after apply still counts', () => {
    const list = [
      workspace({ retention_in_days: 365 }),
      {
        ...toWorkspace,
        values: { ...toWorkspace.values, target_resource_id: undefined },
        unknown: { ...toWorkspace.unknown, target_resource_id: true },
        expressions: { ...toWorkspace.expressions, target_resource_id: { references: ['data.azurerm_subscription.current.id', 'data.azurerm_subscription.current'] } },
      },
    ];
    expect(check(list, 'azurerm_monitor_diagnostic_setting.activity').facet?.retentionDays).toBe(365);
  });
});
