import { describe, it, expect } from 'vitest';
import encryptionAtRest from '../policies/encryption-at-rest.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import { byId, resources } from './helpers/resources.js';
import type { FixtureResource } from './helpers/plan-builder.js';

function check(list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  const all = resources(list);
  return { result: runPolicy(encryptionAtRest, all, settings).get(id), facet: byId(all, id).facets.storage };
}

const RG = { resource_group_name: 'rg-data', location: 'francecentral' };

const account = (name: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address: `azurerm_storage_account.${name}`,
  values: { ...RG, name: `st${name}`, account_tier: 'Standard', account_replication_type: 'LRS', infrastructure_encryption_enabled: false, customer_managed_key: [], ...extra },
  unknown: { id: true, primary_blob_endpoint: true, identity: [] },
});

describe('Azure storage accounts', () => {
  it('are always encrypted, with a Microsoft-managed key by default', () => {
    const { result, facet } = check([account('logs')], 'azurerm_storage_account.logs');
    expect(result?.status).toBe('pass');
    expect(facet).toMatchObject({ service: 'storage account', encrypted: 'yes', key: 'provider' });
    expect(facet?.evidence).toContainEqual({ path: 'infrastructure_encryption_enabled', value: false });
    expect(check([account('logs')], 'azurerm_storage_account.logs', { requireCustomerManagedKeys: true }).result?.status).toBe('fail');
  });

  it('use a customer key from an inline customer_managed_key block', () => {
    const { facet } = check(
      [account('data', { customer_managed_key: [{ key_vault_key_id: 'https://kv.vault.azure.net/keys/st/1', user_assigned_identity_id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id' }] })],
      'azurerm_storage_account.data',
    );
    expect(facet?.key).toBe('customer');
    // Key ids are never printed.
    expect(JSON.stringify(facet?.evidence)).not.toContain('vault.azure.net');
  });

  it('use a customer key from a separate azurerm_storage_account_customer_managed_key (linked by reference while ids are unknown)', () => {
    const { result, facet } = check(
      [
        account('data'),
        {
          address: 'azurerm_storage_account_customer_managed_key.data',
          values: { key_name: 'st-key' },
          unknown: { id: true, storage_account_id: true, key_vault_id: true },
          expressions: { storage_account_id: { references: ['azurerm_storage_account.data.id', 'azurerm_storage_account.data'] } },
        },
      ],
      'azurerm_storage_account.data',
      { requireCustomerManagedKeys: true },
    );
    expect(result?.status).toBe('pass');
    expect(result).toMatchObject({ messageId: 'customerKey', data: { service: 'storage account' } });
    expect(facet?.evidence.some((e) => e.from === 'azurerm_storage_account_customer_managed_key.data')).toBe(true);
  });

  it('leave the key unknown when the customer_managed_key block is only known after apply', () => {
    const { result, facet } = check(
      [{ ...account('data'), unknown: { id: true, customer_managed_key: true }, expressions: { customer_managed_key: [{ key_vault_key_id: { references: ['var.key_id'] } }] } }],
      'azurerm_storage_account.data',
      { requireCustomerManagedKeys: true },
    );
    expect(facet?.key).toBe('unknown');
    expect(result?.status).toBe('unknown');
  });
});

describe('Azure managed disks and virtual machines', () => {
  it('managed disks are encrypted; a disk encryption set referenced in the plan is a customer key', () => {
    const plain = check([{ address: 'azurerm_managed_disk.d', values: { ...RG, name: 'd', disk_encryption_set_id: null, storage_account_type: 'Premium_LRS' }, unknown: { id: true } }], 'azurerm_managed_disk.d');
    expect(plain.facet).toMatchObject({ encrypted: 'yes', key: 'provider' });
    const des = check(
      [
        { address: 'azurerm_disk_encryption_set.des', values: { ...RG, name: 'des' }, unknown: { id: true } },
        {
          address: 'azurerm_managed_disk.d',
          values: { ...RG, name: 'd', storage_account_type: 'Premium_LRS' },
          unknown: { id: true, disk_encryption_set_id: true },
          expressions: { disk_encryption_set_id: { references: ['azurerm_disk_encryption_set.des.id', 'azurerm_disk_encryption_set.des'] } },
        },
      ],
      'azurerm_managed_disk.d',
      { requireCustomerManagedKeys: true },
    );
    expect(des.facet?.key).toBe('customer');
    expect(des.result?.status).toBe('pass');
  });

  const vm = (extra: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_linux_virtual_machine.web',
    values: {
      ...RG,
      name: 'web',
      size: 'Standard_D2s_v5',
      admin_username: 'azureuser',
      os_disk: [{ caching: 'ReadWrite', storage_account_type: 'Premium_LRS', disk_encryption_set_id: null, secure_vm_disk_encryption_set_id: null }],
      ...extra,
    },
    unknown: { id: true, os_disk: [{ disk_size_gb: true, name: true }], ...unknown },
    sensitive: { admin_password: true, custom_data: true },
  });

  it('VMs without encryption at host fail (temp disks and caches)', () => {
    const { result, facet } = check([vm({ encryption_at_host_enabled: null })], 'azurerm_linux_virtual_machine.web');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'notEncrypted', data: { service: 'VM host (temp disks and caches)' } });
    expect(facet?.evidence[0]).toMatchObject({ path: 'encryption_at_host_enabled', value: null });
  });

  it('VMs with encryption at host pass', () => {
    expect(check([vm({ encryption_at_host_enabled: true })], 'azurerm_linux_virtual_machine.web').result?.status).toBe('pass');
  });

  it('VMs whose host encryption is only known after apply are unknown', () => {
    const { result } = check([vm({}, { encryption_at_host_enabled: true })], 'azurerm_linux_virtual_machine.web');
    expect(result?.status).toBe('unknown');
    expect(result?.settle).toContain('encryption_at_host_enabled');
  });
});

describe('Azure SQL databases', () => {
  const server: FixtureResource = {
    address: 'azurerm_mssql_server.sql',
    values: { ...RG, name: 'sql-prod', version: '12.0', administrator_login: 'sqladmin', administrator_login_password: 'S3cret-Passw0rd!', public_network_access_enabled: true, transparent_data_encryption_key_vault_key_id: null },
    unknown: { id: true, fully_qualified_domain_name: true },
    sensitive: { administrator_login_password: true },
  };
  const db = (values: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_mssql_database.app',
    values: { name: 'app', storage_account_type: 'Geo', transparent_data_encryption_enabled: true, ...values },
    unknown: { id: true, server_id: true, sku_name: true },
    expressions: { server_id: { references: ['azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql'] } },
  });

  it('TDE on by default with the service-managed key', () => {
    const { result, facet } = check([server, db({ transparent_data_encryption_enabled: null })], 'azurerm_mssql_database.app');
    expect(result?.status).toBe('pass');
    expect(facet?.key).toBe('provider');
  });

  it('TDE turned off fails', () => {
    const { result } = check([server, db({ transparent_data_encryption_enabled: false })], 'azurerm_mssql_database.app');
    expect(result?.status).toBe('fail');
    expect(result).toMatchObject({ messageId: 'notEncrypted', data: { service: 'Azure SQL database' } });
  });

  it('a server TDE protector from Key Vault makes the key the customer’s', () => {
    const tde: FixtureResource = {
      address: 'azurerm_mssql_server_transparent_data_encryption.sql',
      values: {},
      unknown: { id: true, server_id: true, key_vault_key_id: true },
      expressions: {
        server_id: { references: ['azurerm_mssql_server.sql.id', 'azurerm_mssql_server.sql'] },
        key_vault_key_id: { references: ['azurerm_key_vault_key.tde.id', 'azurerm_key_vault_key.tde'] },
      },
    };
    const key: FixtureResource = { address: 'azurerm_key_vault_key.tde', values: { name: 'tde', key_type: 'RSA' }, unknown: { id: true, key_vault_id: true } };
    const { result, facet } = check([server, db(), tde, key], 'azurerm_mssql_database.app', { requireCustomerManagedKeys: true });
    expect(facet?.key).toBe('customer');
    expect(result?.status).toBe('pass');
  });

  it('without its server in the plan the key is unknown', () => {
    const { result } = check([db()], 'azurerm_mssql_database.app', { requireCustomerManagedKeys: true });
    expect(result?.status).toBe('unknown');
    expect(result?.settle).toContain('TDE protector');
  });
});

describe('other Azure data stores', () => {
  it('PostgreSQL flexible server with a customer_managed_key block', () => {
    const { facet } = check(
      [{ address: 'azurerm_postgresql_flexible_server.pg', values: { ...RG, name: 'pg', customer_managed_key: [{ key_vault_key_id: 'https://kv.vault.azure.net/keys/pg/1', primary_user_assigned_identity_id: '/x' }] }, unknown: { id: true } }],
      'azurerm_postgresql_flexible_server.pg',
    );
    expect(facet).toMatchObject({ service: 'PostgreSQL flexible server', encrypted: 'yes', key: 'customer' });
  });

  it('Cosmos DB accounts without key_vault_key_id use Microsoft keys', () => {
    const { facet } = check([{ address: 'azurerm_cosmosdb_account.db', values: { ...RG, name: 'db', offer_type: 'Standard', key_vault_key_id: null }, unknown: { id: true } }], 'azurerm_cosmosdb_account.db');
    expect(facet).toMatchObject({ encrypted: 'yes', key: 'provider' });
  });
});
