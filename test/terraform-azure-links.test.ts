import { describe, it, expect } from 'vitest';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

/** Ids and names known only after apply: only configuration references can link these resources. */
function account(module: string, location: string): FixtureResource {
  return {
    address: `module.${module}.azurerm_storage_account.this`,
    values: { resource_group_name: `rg-${module}`, location, account_tier: 'Standard', account_replication_type: 'LRS' },
    unknown: { id: true, name: true },
    expressions: { name: { references: ['var.name'] } },
  };
}

describe('Azure links between resources', () => {
  it('two modules declaring the same type.name do not get each other’s companions', () => {
    const all = resources([
      account('a', 'francecentral'),
      account('b', 'francecentral'),
      {
        address: 'module.a.azurerm_storage_account_customer_managed_key.this',
        values: { key_name: 'k' },
        unknown: { id: true, storage_account_id: true, key_vault_id: true },
        expressions: { storage_account_id: { references: ['azurerm_storage_account.this.id', 'azurerm_storage_account.this'] } },
      },
      {
        address: 'module.b.azurerm_storage_container.logs',
        values: { name: 'logs', container_access_type: 'private' },
        unknown: { id: true, storage_account_id: true },
        expressions: { storage_account_id: { references: ['azurerm_storage_account.this.id', 'azurerm_storage_account.this'] } },
      },
    ]);
    expect(byId(all, 'module.a.azurerm_storage_account.this').facets.storage?.key).toBe('customer');
    expect(byId(all, 'module.b.azurerm_storage_account.this').facets.storage?.key).toBe('provider');
    // The container lives where module b's account does, and says so.
    const container = byId(all, 'module.b.azurerm_storage_container.logs');
    expect(container.region).toBe('francecentral');
    expect(container.facets.dataLocations?.locations[0]?.evidence.from).toBe('module.b.azurerm_storage_account.this');
  });

  it('a for_each instance links to its own companion', () => {
    const servers = (['fr', 'de'] as const).map(
      (k): FixtureResource => ({
        address: `azurerm_mssql_server.db["${k}"]`,
        values: { resource_group_name: 'rg', location: k === 'fr' ? 'francecentral' : 'germanywestcentral', version: '12.0', public_network_access_enabled: true },
        unknown: { id: true, name: true },
      }),
    );
    const rules = (['fr', 'de'] as const).map(
      (k): FixtureResource => ({
        address: `azurerm_mssql_firewall_rule.office["${k}"]`,
        values: { name: 'office', start_ip_address: k === 'fr' ? '203.0.113.0' : '0.0.0.0', end_ip_address: k === 'fr' ? '203.0.113.255' : '255.255.255.255' },
        unknown: { id: true, server_id: true },
        expressions: { server_id: { references: ['azurerm_mssql_server.db[each.key].id', 'azurerm_mssql_server.db[each.key]', 'azurerm_mssql_server.db', 'each.key'] } },
      }),
    );
    const dbs = (['fr', 'de'] as const).map(
      (k): FixtureResource => ({
        address: `azurerm_mssql_database.app["${k}"]`,
        values: { name: 'app', storage_account_type: 'Local' },
        unknown: { id: true, server_id: true },
        expressions: { server_id: { references: ['azurerm_mssql_server.db[each.key].id', 'azurerm_mssql_server.db[each.key]', 'azurerm_mssql_server.db', 'each.key'] } },
      }),
    );
    const all = resources([...servers, ...rules, ...dbs]);
    expect(byId(all, 'azurerm_mssql_server.db["fr"]').facets.adminEndpoint?.allowedNetworks).toEqual(['203.0.113.0/24']);
    expect(byId(all, 'azurerm_mssql_server.db["de"]').facets.adminEndpoint?.allowedNetworks).toEqual(['0.0.0.0/0']);
    expect(byId(all, 'azurerm_mssql_database.app["de"]').region).toBe('germanywestcentral');
    expect(byId(all, 'azurerm_mssql_database.app["fr"]').facets.dataLocations?.locations).toHaveLength(1);
  });

  it('a child whose parent is not in the plan has an unknown location', () => {
    const all = resources([
      {
        address: 'azurerm_key_vault_secret.db_password',
        values: { name: 'db-password', value: 'hunter2-hunter2' },
        unknown: { id: true, key_vault_id: true },
        sensitive: { value: true },
        expressions: { key_vault_id: { references: ['data.azurerm_key_vault.shared.id', 'data.azurerm_key_vault.shared'] } },
      },
    ]);
    const secret = byId(all, 'azurerm_key_vault_secret.db_password');
    expect(secret.region).toBeUndefined();
    expect(secret.facets.dataLocations?.locations[0]?.region).toBeUndefined();
    expect(JSON.stringify(secret.facets)).not.toContain('hunter2');
  });
});
