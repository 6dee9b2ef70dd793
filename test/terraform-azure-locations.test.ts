import { describe, it, expect } from 'vitest';
import dataResidency from '../policies/data-residency.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

function check(list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  const all = resources(list);
  const r = byId(all, id);
  return { result: runPolicy(dataResidency, all, settings).get(id), facet: r.facets.dataLocations, region: r.region };
}

const account = (location: string, replication: string | undefined, unknown: Record<string, unknown> = {}): FixtureResource => ({
  address: 'azurerm_storage_account.data',
  values: { name: 'stdata', resource_group_name: 'rg', location, account_tier: 'Standard', ...(replication ? { account_replication_type: replication } : {}) },
  unknown: { id: true, ...unknown },
});

describe('Azure data locations', () => {
  it('an LRS account in France Central stays in France', () => {
    const { result, facet } = check([account('francecentral', 'LRS')], 'azurerm_storage_account.data', { residency: 'fr' });
    expect(result?.status).toBe('pass');
    expect(facet?.locations).toEqual([{ region: 'francecentral', role: 'primary', evidence: { path: 'location', value: 'francecentral' } }]);
  });

  it('a GRS account in France Central has its secondary in France South (display names accepted)', () => {
    const { result, facet } = check([account('France Central', 'GRS')], 'azurerm_storage_account.data', { residency: 'fr' });
    expect(result?.status).toBe('pass');
    expect(facet?.locations[1]).toMatchObject({ region: 'francesouth', role: 'secondary', evidence: { path: 'account_replication_type', value: 'GRS' } });
  });

  it('a RAGZRS account in West Europe replicates to North Europe: fails under fr', () => {
    const { result } = check([account('westeurope', 'RAGZRS')], 'azurerm_storage_account.data', { residency: 'fr' });
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'outside', data: { profile: { messageId: 'outsideFrance' }, places: [{ data: { role: { messageId: 'rolePrimary' }, region: 'westeurope' } }, { messageId: 'place', data: { role: { messageId: 'roleSecondary' }, region: 'northeurope', countries: ' (IE)' } }] } });
  });

  it('a GRS account in East US fails', () => {
    const { result } = check([account('eastus', 'GRS')], 'azurerm_storage_account.data');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'eastus', countries: ' (US)' } }, { data: { role: { messageId: 'roleSecondary' }, region: 'westus' } }] } });
  });

  it('an unknown replication type leaves the secondary unknown', () => {
    const list = [{ ...account('francecentral', undefined, { account_replication_type: true }), expressions: { account_replication_type: { references: ['var.replication'] } } }];
    const { result } = check(list, 'azurerm_storage_account.data');
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'unverified', data: { causes: [{ messageId: 'unknownPlace', data: { role: { messageId: 'roleSecondary' } } }] } });
  });

  it('an unknown location is unknown', () => {
    const { result } = check([{ ...account('x', 'LRS', { location: true }), values: { name: 'stdata', account_replication_type: 'LRS' } }], 'azurerm_storage_account.data');
    expect(result?.status).toBe('unknown');
  });

  it('SQL databases take the server location and keep geo backups (the default) in the paired region', () => {
    const list: FixtureResource[] = [
      { address: 'azurerm_mssql_server.sql', values: { name: 'sql', resource_group_name: 'rg', location: 'francecentral', version: '12.0' }, unknown: { id: true } },
      {
        address: 'azurerm_mssql_database.app',
        values: { name: 'app' },
        unknown: { id: true, server_id: true, storage_account_type: true },
        expressions: { server_id: { references: ['azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql'] } },
      },
    ];
    const { result, facet, region } = check(list, 'azurerm_mssql_database.app', { residency: 'fr' });
    expect(region).toBe('francecentral');
    expect(facet?.locations.map((l) => `${l.role} ${l.region}`)).toEqual(['primary francecentral', 'backup francesouth']);
    expect(facet?.locations[0]?.evidence.from).toBe('azurerm_mssql_server.sql');
    expect(result?.status).toBe('pass');
  });

  it('Cosmos DB replicas in each geo_location', () => {
    const { result, facet } = check(
      [
        {
          address: 'azurerm_cosmosdb_account.db',
          values: {
            name: 'db',
            resource_group_name: 'rg',
            location: 'westeurope',
            offer_type: 'Standard',
            geo_location: [
              { location: 'westeurope', failover_priority: 0, zone_redundant: false },
              { location: 'eastus', failover_priority: 1, zone_redundant: false },
            ],
            backup: [{ type: 'Continuous', tier: 'Continuous30Days' }],
          },
          unknown: { id: true, endpoint: true },
        },
      ],
      'azurerm_cosmosdb_account.db',
    );
    expect(facet?.locations.map((l) => `${l.role} ${l.region}`)).toEqual(['primary westeurope', 'replica eastus']);
    expect(result?.status).toBe('fail');
  });

  it('PostgreSQL flexible servers with geo-redundant backups', () => {
    const { facet } = check(
      [{ address: 'azurerm_postgresql_flexible_server.pg', values: { name: 'pg', resource_group_name: 'rg', location: 'germanywestcentral', geo_redundant_backup_enabled: true }, unknown: { id: true } }],
      'azurerm_postgresql_flexible_server.pg',
    );
    expect(facet?.locations.map((l) => `${l.role} ${l.region}`)).toEqual(['primary germanywestcentral', 'backup germanynorth']);
  });

  it('recovery vaults are geo-redundant by default', () => {
    const { facet } = check(
      [{ address: 'azurerm_recovery_services_vault.v', values: { name: 'v', resource_group_name: 'rg', location: 'francecentral', sku: 'Standard', storage_mode_type: null }, unknown: { id: true } }],
      'azurerm_recovery_services_vault.v',
    );
    expect(facet?.locations[1]).toMatchObject({ region: 'francesouth', role: 'secondary' });
  });

  it('control-plane resources have no data locations; resource groups (resource metadata) do', () => {
    const all = resources([
      { address: 'azurerm_resource_group.rg', values: { name: 'rg', location: 'francecentral' }, unknown: { id: true } },
      { address: 'azurerm_virtual_network.vnet', values: { name: 'vnet', resource_group_name: 'rg', location: 'eastus', address_space: ['10.0.0.0/16'] }, unknown: { id: true } },
      { address: 'azurerm_network_security_group.nsg', values: { name: 'nsg', resource_group_name: 'rg', location: 'eastus' }, unknown: { id: true, security_rule: true } },
      { address: 'azurerm_role_assignment.ra', values: { role_definition_name: 'Reader', principal_id: '11111111-1111-1111-1111-111111111111', scope: '/subscriptions/0000' }, unknown: { id: true } },
    ]);
    expect(byId(all, 'azurerm_resource_group.rg').facets.dataLocations).toBeDefined();
    for (const id of ['azurerm_virtual_network.vnet', 'azurerm_network_security_group.nsg', 'azurerm_role_assignment.ra']) {
      expect(byId(all, id).facets.dataLocations, id).toBeUndefined();
    }
    expect(byId(all, 'azurerm_virtual_network.vnet').region).toBe('eastus');
  });
});
