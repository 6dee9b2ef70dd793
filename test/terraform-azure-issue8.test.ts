import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import plaintextSecrets from '../policies/plaintext-secrets.js';
import { LANGS } from '../src/policy/api.js';
import { renderResult } from '../src/policy/messages.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { Redactor } from '../src/report/redact.js';
import { byId, resources } from './helpers/resources.js';

/**
 * Issue 8 facts from azurerm/azuread plans, through the real plan reader and builders, judged by the
 * policy files: pass, fail and unknown for each policy that applies to Azure. Attribute shapes
 * follow real plans (../shared/corpus/plans: azurerm 3.x and 4.x, Optional+Computed attributes
 * unknown in after_unknown when left out of the configuration).
 */

const RG = { resource_group_name: 'rg-app', location: 'francecentral' };

function judge(policy: string, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  const all = resources(list);
  const p = BUILTIN_POLICIES.find((x) => x.meta.id === policy)!;
  return { result: runPolicy(p, all, settings).get(id), resource: byId(all, id) };
}
const status = (policy: string, list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) => judge(policy, list, id, settings).result?.status;

const ref = (...targets: string[]) => ({ references: targets.flatMap((t) => [`${t}.id`, t]) });

describe('backups (CLD-26)', () => {
  const db = (extra: Record<string, unknown> = {}, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_mssql_database.app',
    values: { name: 'app', create_mode: 'Default', geo_backup_enabled: true, storage_account_type: 'Geo', transparent_data_encryption_enabled: true, ...extra },
    unknown: { id: true, server_id: true, short_term_retention_policy: true, long_term_retention_policy: true, zone_redundant: true, sku_name: true, ...unknown },
    expressions,
  });

  it('Azure SQL databases: 7 days of point-in-time restore when short_term_retention_policy is left out; 3 days fail; a policy set from a variable is unknown', () => {
    const defaulted = judge('backups', [db()], 'azurerm_mssql_database.app');
    expect(defaulted.result?.status).toBe('pass');
    expect(defaulted.resource.facets.backup?.evidence.some((e) => e.note?.includes('Azure keeps backups 7 days'))).toBe(true);
    const short = { short_term_retention_policy: [{ retention_days: 3, backup_interval_in_hours: 12 }] };
    expect(judge('backups', [db(short, { short_term_retention_policy: [{}] })], 'azurerm_mssql_database.app').result).toMatchObject({ messageId: 'retentionShort', data: { days: 3, min: 7 } });
    expect(status('backups', [db({ short_term_retention_policy: [{ retention_days: 14, backup_interval_in_hours: 24 }] }, { short_term_retention_policy: [{}] })], 'azurerm_mssql_database.app')).toBe('pass');
    const fromVar = judge('backups', [db({}, {}, { short_term_retention_policy: [{ retention_days: { references: ['var.retention_days'] } }] })], 'azurerm_mssql_database.app');
    expect(fromVar.result?.status).toBe('unknown');
    expect(fromVar.result?.settle).toContain('short_term_retention_policy');
    // Geo-secondaries are backed up through their primary.
    expect(judge('backups', [db({ create_mode: 'Secondary' })], 'azurerm_mssql_database.app').resource.facets.backup).toBeUndefined();
  });

  it('PostgreSQL flexible servers: backup_retention_days (7 when left out, Optional+Computed)', () => {
    const server = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_postgresql_flexible_server.db',
      values: { ...RG, name: 'psql', sku_name: 'GP_Standard_D2s_v3', version: '16', geo_redundant_backup_enabled: false, public_network_access_enabled: false, ...values },
      unknown: { id: true, fqdn: true, delegated_subnet_id: true, ...unknown },
      expressions,
    });
    expect(status('backups', [server({}, { backup_retention_days: true })], 'azurerm_postgresql_flexible_server.db')).toBe('pass');
    expect(status('backups', [server({ backup_retention_days: 1 })], 'azurerm_postgresql_flexible_server.db')).toBe('fail');
    expect(status('backups', [server({}, { backup_retention_days: true }, { backup_retention_days: { references: ['var.days'] } })], 'azurerm_postgresql_flexible_server.db')).toBe('unknown');
  });

  it('Cosmos DB: periodic backups kept 8 hours by default fail; continuous (30 days) pass', () => {
    const cosmos = (backup: unknown[] | undefined): FixtureResource => ({
      address: 'azurerm_cosmosdb_account.db',
      values: { ...RG, name: 'cosmos', offer_type: 'Standard', kind: 'GlobalDocumentDB', geo_location: [{ location: 'francecentral', failover_priority: 0, zone_redundant: false }], ...(backup ? { backup } : {}) },
      unknown: { id: true, endpoint: true, ...(backup ? {} : { backup: true }) },
    });
    const periodic = judge('backups', [cosmos(undefined)], 'azurerm_cosmosdb_account.db');
    expect(periodic.result?.status).toBe('fail');
    expect(periodic.result).toMatchObject({ messageId: 'retentionShort', data: { service: 'Cosmos DB account', days: 0.33 } });
    expect(status('backups', [cosmos([{ type: 'Continuous', tier: 'Continuous30Days' }])], 'azurerm_cosmosdb_account.db')).toBe('pass');
    expect(status('backups', [cosmos([{ type: 'Periodic', interval_in_minutes: 240, retention_in_hours: 720, storage_redundancy: 'Local' }])], 'azurerm_cosmosdb_account.db')).toBe('pass');
  });

  it('VMs protected by a Recovery Services protected item: kept as long as the policy says; unknown when the policy is not in the plan', () => {
    const vm: FixtureResource = { address: 'azurerm_linux_virtual_machine.db', values: { ...RG, name: 'vm-db', size: 'Standard_D4s_v5' }, unknown: { id: true } };
    const item = (policy: boolean): FixtureResource => ({
      address: 'azurerm_backup_protected_vm.db',
      values: { recovery_vault_name: 'rsv', resource_group_name: 'rg-app' },
      unknown: { id: true, source_vm_id: true, backup_policy_id: true, protection_state: true },
      expressions: { source_vm_id: ref('azurerm_linux_virtual_machine.db'), backup_policy_id: policy ? ref('azurerm_backup_policy_vm.daily') : { references: ['var.policy_id'] } },
    });
    const policy = (daily: number, weekly?: number): FixtureResource => ({
      address: 'azurerm_backup_policy_vm.daily',
      values: { name: 'daily', recovery_vault_name: 'rsv', resource_group_name: 'rg-app', policy_type: 'V2', timezone: 'UTC', backup: [{ frequency: 'Daily', time: '23:00' }], retention_daily: [{ count: daily }], retention_weekly: weekly ? [{ count: weekly, weekdays: ['Sunday'] }] : [], retention_monthly: [], retention_yearly: [] },
      unknown: { id: true, retention_daily: [{}] },
    });
    expect(status('backups', [vm, item(true), policy(5)], 'azurerm_linux_virtual_machine.db')).toBe('fail');
    expect(judge('backups', [vm, item(true), policy(5, 4)], 'azurerm_linux_virtual_machine.db').result).toMatchObject({ messageId: 'backedUpFor', data: { days: 28 } });
    expect(status('backups', [vm, item(false)], 'azurerm_linux_virtual_machine.db')).toBe('unknown');
    // A VM no protected item points at carries no backup facet.
    expect(judge('backups', [vm], 'azurerm_linux_virtual_machine.db').resource.facets.backup).toBeUndefined();
  });

  it('vaults: soft delete on by default passes; soft delete off without immutability fails; unknown settings are unknown', () => {
    const rsv = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_recovery_services_vault.rsv',
      values: { ...RG, name: 'rsv', sku: 'Standard', storage_mode_type: 'LocallyRedundant', cross_region_restore_enabled: false, encryption: [], ...values },
      unknown: { id: true, immutability: true, ...unknown },
      expressions,
    });
    expect(status('backups', [rsv({ soft_delete_enabled: true })], 'azurerm_recovery_services_vault.rsv')).toBe('pass');
    const off = judge('backups', [rsv({ soft_delete_enabled: false })], 'azurerm_recovery_services_vault.rsv');
    expect(off.result).toMatchObject({ messageId: 'vaultProblems', data: { problems: [{ messageId: 'deletable' }] } });
    expect(status('backups', [rsv({ soft_delete_enabled: false, immutability: 'Locked' }, { immutability: false })], 'azurerm_recovery_services_vault.rsv')).toBe('pass');
    expect(status('backups', [rsv({}, { soft_delete_enabled: true }, { soft_delete_enabled: { references: ['var.soft_delete'] } })], 'azurerm_recovery_services_vault.rsv')).toBe('unknown');
    const bv: FixtureResource = { address: 'azurerm_data_protection_backup_vault.bv', values: { ...RG, name: 'bv', datastore_type: 'VaultStore', redundancy: 'LocallyRedundant', soft_delete: 'Off', immutability: 'Disabled' }, unknown: { id: true } };
    expect(status('backups', [bv], 'azurerm_data_protection_backup_vault.bv')).toBe('fail');
  });
});

describe('encryption in transit (CLD-38)', () => {
  const account = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_storage_account.st',
    values: { ...RG, name: 'stapp', account_tier: 'Standard', account_replication_type: 'ZRS', ...values },
    unknown: { id: true, primary_blob_endpoint: true, ...unknown },
  });

  it('storage accounts: https_traffic_only_enabled (4.x) or enable_https_traffic_only (3.x), and min_tls_version', () => {
    expect(status('tls-in-transit', [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_2' })], 'azurerm_storage_account.st')).toBe('pass');
    expect(judge('tls-in-transit', [account({ enable_https_traffic_only: false, min_tls_version: 'TLS1_2' })], 'azurerm_storage_account.st').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(judge('tls-in-transit', [account({ https_traffic_only_enabled: true, min_tls_version: 'TLS1_0' })], 'azurerm_storage_account.st').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } });
    // An old plan without a value for min_tls_version: its default depends on the provider version.
    expect(status('tls-in-transit', [account({ enable_https_traffic_only: true, min_tls_version: null })], 'azurerm_storage_account.st')).toBe('unknown');
  });

  it('web apps: https_only (false by default), FTP state, site and SCM minimum TLS versions', () => {
    const app = (values: Record<string, unknown>, siteConfig: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_linux_web_app.app',
      values: { ...RG, name: 'app', app_settings: {}, site_config: [{ always_on: true, ftps_state: 'Disabled', minimum_tls_version: '1.2', scm_minimum_tls_version: '1.2', ...siteConfig }], ...values },
      unknown: { id: true, service_plan_id: true, default_hostname: true },
    });
    expect(status('tls-in-transit', [app({ https_only: true })], 'azurerm_linux_web_app.app')).toBe('pass');
    expect(status('tls-in-transit', [app({ https_only: false })], 'azurerm_linux_web_app.app')).toBe('fail');
    expect(status('tls-in-transit', [app({ https_only: true }, { ftps_state: 'AllAllowed' })], 'azurerm_linux_web_app.app')).toBe('fail');
    expect(judge('tls-in-transit', [app({ https_only: true }, { scm_minimum_tls_version: '1.1' })], 'azurerm_linux_web_app.app').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.1' } }] } });
    // The retired azurerm_app_service: ftps_state and min_tls_version are Optional+Computed.
    const legacy: FixtureResource = {
      address: 'azurerm_app_service.old',
      values: { ...RG, name: 'old', https_only: true, site_config: [{ always_on: false, http2_enabled: false }] },
      unknown: { id: true, app_service_plan_id: true, site_config: [{ ftps_state: true, min_tls_version: true, scm_type: true }] },
      expressions: { site_config: [{ ftps_state: { references: ['var.ftps_state'] } }] },
    };
    expect(status('tls-in-transit', [legacy], 'azurerm_app_service.old')).toBe('unknown');
  });

  it('SQL servers, PostgreSQL flexible server parameters, Redis, Cosmos DB', () => {
    const sql = (tls: string): FixtureResource => ({ address: 'azurerm_mssql_server.sql', values: { ...RG, name: 'sql', version: '12.0', minimum_tls_version: tls, public_network_access_enabled: false }, unknown: { id: true, fully_qualified_domain_name: true } });
    expect(status('tls-in-transit', [sql('1.2')], 'azurerm_mssql_server.sql')).toBe('pass');
    expect(judge('tls-in-transit', [sql('Disabled')], 'azurerm_mssql_server.sql').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }] } });
    const psql: FixtureResource = { address: 'azurerm_postgresql_flexible_server.db', values: { ...RG, name: 'psql', version: '16', public_network_access_enabled: false }, unknown: { id: true, fqdn: true, backup_retention_days: true } };
    const param = (name: string, value: unknown, unknown = false): FixtureResource => ({
      address: `azurerm_postgresql_flexible_server_configuration.${name}`,
      values: { name, ...(unknown ? {} : { value }) },
      unknown: { id: true, server_id: true, ...(unknown ? { value: true } : {}) },
      expressions: { server_id: ref('azurerm_postgresql_flexible_server.db'), ...(unknown ? { value: { references: ['var.value'] } } : {}) },
    });
    expect(status('tls-in-transit', [psql], 'azurerm_postgresql_flexible_server.db')).toBe('pass');
    expect(judge('tls-in-transit', [psql, param('require_secure_transport', 'off')], 'azurerm_postgresql_flexible_server.db').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(status('tls-in-transit', [psql, param('ssl_min_protocol_version', 'TLSv1.1')], 'azurerm_postgresql_flexible_server.db')).toBe('fail');
    expect(status('tls-in-transit', [psql, param('require_secure_transport', undefined, true)], 'azurerm_postgresql_flexible_server.db')).toBe('unknown');
    const redis = (values: Record<string, unknown>): FixtureResource => ({ address: 'azurerm_redis_cache.cache', values: { ...RG, name: 'cache', capacity: 1, family: 'C', sku_name: 'Standard', minimum_tls_version: '1.2', ...values }, unknown: { id: true, hostname: true } });
    expect(status('tls-in-transit', [redis({ non_ssl_port_enabled: false })], 'azurerm_redis_cache.cache')).toBe('pass');
    expect(status('tls-in-transit', [redis({ enable_non_ssl_port: true })], 'azurerm_redis_cache.cache')).toBe('fail');
  });

  it('application gateways: plain HTTP listeners must redirect to HTTPS; predefined and custom TLS policies', () => {
    const agw = (o: { redirect: boolean; ssl_policy?: unknown[] }): FixtureResource => ({
      address: 'azurerm_application_gateway.agw',
      values: {
        ...RG,
        name: 'agw',
        sku: [{ name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 }],
        http_listener: [
          { name: 'http', frontend_ip_configuration_name: 'public', frontend_port_name: 'p80', protocol: 'Http', ssl_certificate_name: '', host_names: [] },
          { name: 'https', frontend_ip_configuration_name: 'public', frontend_port_name: 'p443', protocol: 'Https', ssl_certificate_name: 'cert', host_names: [] },
        ],
        request_routing_rule: [
          { name: 'http', rule_type: 'Basic', priority: 10, http_listener_name: 'http', redirect_configuration_name: o.redirect ? 'to-https' : '', backend_address_pool_name: o.redirect ? '' : 'app', backend_http_settings_name: o.redirect ? '' : 'app' },
          { name: 'https', rule_type: 'Basic', priority: 20, http_listener_name: 'https', redirect_configuration_name: '', backend_address_pool_name: 'app', backend_http_settings_name: 'app' },
        ],
        redirect_configuration: o.redirect ? [{ name: 'to-https', redirect_type: 'Permanent', target_listener_name: 'https', target_url: '', include_path: true, include_query_string: true }] : [],
        ssl_policy: o.ssl_policy ?? [],
        ssl_profile: [],
      },
      unknown: { id: true },
    });
    const modern = [{ policy_type: 'Predefined', policy_name: 'AppGwSslPolicy20220101', disabled_protocols: null, cipher_suites: null, min_protocol_version: null }];
    expect(status('tls-in-transit', [agw({ redirect: true, ssl_policy: modern })], 'azurerm_application_gateway.agw')).toBe('pass');
    expect(status('tls-in-transit', [agw({ redirect: false, ssl_policy: modern })], 'azurerm_application_gateway.agw')).toBe('fail');
    const old = [{ policy_type: 'Predefined', policy_name: 'AppGwSslPolicy20170401S', cipher_suites: null, min_protocol_version: null }];
    expect(judge('tls-in-transit', [agw({ redirect: true, ssl_policy: old })], 'azurerm_application_gateway.agw').result).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'weakCiphers' }] } });
    const custom = [{ policy_type: 'CustomV2', policy_name: '', min_protocol_version: 'TLSv1_2', cipher_suites: ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] }];
    expect(status('tls-in-transit', [agw({ redirect: true, ssl_policy: custom })], 'azurerm_application_gateway.agw')).toBe('pass');
    const none = judge('tls-in-transit', [agw({ redirect: true })], 'azurerm_application_gateway.agw');
    expect(none.result?.status).toBe('unknown');
    expect(none.resource.facets.transit?.evidence.some((e) => e.note?.includes('AppGwSslPolicy20150501'))).toBe(true);
  });
});

describe('keys and vaults (CLD-40)', () => {
  const key = (policy: unknown[] | undefined, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_key_vault_key.cmk',
    values: { name: 'cmk', key_type: 'RSA', key_size: 3072, key_opts: ['unwrapKey', 'wrapKey'], expiration_date: null, ...(policy ? { rotation_policy: policy } : { rotation_policy: [] }) },
    unknown: { id: true, key_vault_id: true, versionless_id: true, ...unknown },
    expressions,
  });

  it('Key Vault keys rotate through an automatic rotation policy within 365 days', () => {
    expect(status('key-management', [key([{ automatic: [{ time_after_creation: 'P90D', time_before_expiry: null }], expire_after: 'P1Y', notify_before_expiry: 'P29D' }])], 'azurerm_key_vault_key.cmk')).toBe('pass');
    // The shape of the corpus: rotate 30 days before a 90-day expiry (every 60 days).
    const corpus = judge('key-management', [key([{ automatic: [{ time_after_creation: null, time_before_expiry: 'P30D' }], expire_after: 'P90D', notify_before_expiry: 'P29D' }])], 'azurerm_key_vault_key.cmk');
    expect(corpus.result).toMatchObject({ messageId: 'rotatesEvery', data: { days: 60 } });
    expect(judge('key-management', [key([{ automatic: [{ time_after_creation: 'P2Y' }], expire_after: 'P3Y' }])], 'azurerm_key_vault_key.cmk').result).toMatchObject({ messageId: 'rotationTooLong', data: { days: 730, max: 365 } });
    expect(judge('key-management', [key(undefined)], 'azurerm_key_vault_key.cmk').result).toMatchObject({ status: 'fail', messageId: 'noRotation', data: { key: 'Key Vault key' } });
    expect(status('key-management', [key([{ automatic: [], expire_after: 'P1Y', notify_before_expiry: 'P30D' }])], 'azurerm_key_vault_key.cmk')).toBe('fail');
    expect(status('key-management', [key(undefined, { rotation_policy: true }, { rotation_policy: [{ automatic: [{ time_after_creation: { references: ['var.rotate_after'] } }] }] })], 'azurerm_key_vault_key.cmk')).toBe('unknown');
  });

  it('Key Vaults: purge protection (off by default); soft delete always on since azurerm 3.0', () => {
    const kv = (values: Record<string, unknown>, unknown: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}): FixtureResource => ({
      address: 'azurerm_key_vault.kv',
      values: { ...RG, name: 'kv-app', sku_name: 'standard', tenant_id: '00000000-0000-4000-8000-000000000002', soft_delete_retention_days: 90, enable_rbac_authorization: true, ...values },
      unknown: { id: true, vault_uri: true, ...unknown },
      expressions,
    });
    expect(status('key-management', [kv({ purge_protection_enabled: true })], 'azurerm_key_vault.kv')).toBe('pass');
    expect(judge('key-management', [kv({ purge_protection_enabled: null })], 'azurerm_key_vault.kv').result).toMatchObject({ messageId: 'vaultUnprotected', data: { missing: [{ messageId: 'purgeProtection' }] } });
    expect(judge('key-management', [kv({ purge_protection_enabled: true, soft_delete_enabled: false })], 'azurerm_key_vault.kv').result).toMatchObject({ messageId: 'vaultUnprotected', data: { missing: [{ messageId: 'softDelete' }] } });
    expect(status('key-management', [kv({}, { purge_protection_enabled: true }, { purge_protection_enabled: { references: ['var.purge_protection'] } })], 'azurerm_key_vault.kv')).toBe('unknown');
  });
});

describe('plaintext secrets (CLD-40)', () => {
  it('app settings: secret-named literals and credential-shaped values fail, Key Vault references pass; the value never appears', () => {
    const app = (settings: Record<string, string>, conns: unknown[] = []): FixtureResource => ({
      address: 'azurerm_linux_function_app.fn',
      values: { ...RG, name: 'fn', https_only: true, app_settings: settings, connection_string: conns, site_config: [{ minimum_tls_version: '1.2', ftps_state: 'FtpsOnly' }] },
      unknown: { id: true, service_plan_id: true },
      sensitive: { connection_string: conns.length ? true : [] },
    });
    const bad = judge('plaintext-secrets', [app({ DB_PASSWORD: 'Tr0ub4dor&3', FUNCTIONS_WORKER_RUNTIME: 'python', API_KEY: '@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/api-key/)' })], 'azurerm_linux_function_app.fn');
    expect(bad.result?.status).toBe('fail');
    expect(bad.result).toMatchObject({ messageId: 'found', data: { places: 'app_settings.DB_PASSWORD (a password in a secret-named setting)' } });
    expect(JSON.stringify(bad)).not.toContain('Tr0ub4dor');
    const conn = judge('plaintext-secrets', [app({}, [{ name: 'Orders', type: 'SQLAzure', value: 'Server=tcp:sql.database.windows.net,1433;Database=orders;User ID=app;Password=Tr0ub4dor&3;Encrypt=true;' }])], 'azurerm_linux_function_app.fn');
    expect(conn.result).toMatchObject({ messageId: 'found', data: { places: 'connection_string["Orders"].value (a connection string with a password)' } });
    expect(JSON.stringify(conn)).not.toContain('Tr0ub4dor');
    // The corpus shape: a connection string without credentials, and Application Insights' (not a secret).
    const ok = app({ DB_CONNECTION_STRING: 'DRIVER={ODBC Driver 17 for SQL Server};SERVER=tcp:sql.database.windows.net,1433;DATABASE=db;', APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=11111111-2222-3333-4444-555555555555;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/' });
    expect(status('plaintext-secrets', [ok], 'azurerm_linux_function_app.fn')).toBe('pass');
  });

  it('app settings known only after apply are unknown (they could hold a secret), never passed', () => {
    const app: FixtureResource = { address: 'azurerm_windows_web_app.web', values: { ...RG, name: 'web', https_only: true, app_settings: { MODE: 'prod' } }, unknown: { id: true, app_settings: { DB_PASSWORD: true } } };
    const { result, resource } = judge('plaintext-secrets', [app], 'azurerm_windows_web_app.web');
    expect(result?.status).toBe('unknown');
    expect(result).toMatchObject({ messageId: 'unknownValues', data: { paths: 'app_settings.DB_PASSWORD' } });
    // The report redactor leaves the paths readable: nothing in the message, in either language, looks like a labelled secret.
    for (const lang of LANGS) {
      const message = renderResult(plaintextSecrets.meta, result!, lang);
      expect(message).toContain('app_settings.DB_PASSWORD');
      expect(new Redactor([]).text(message)).toBe(message);
    }
    expect(resource.facets.plaintextSecrets?.unknownPaths).toEqual(['app_settings.DB_PASSWORD']);
  });

  it('app settings known only after apply are judged by what they copy, as on AWS and GCP', () => {
    const later = (references: string[], name = 'DB_PASSWORD'): FixtureResource => ({
      address: 'azurerm_linux_web_app.web',
      values: { ...RG, name: 'web', https_only: true, app_settings: { MODE: 'prod' } },
      unknown: { id: true, app_settings: { [name]: true } },
      expressions: { app_settings: { references } },
    });
    // A storage account's key copied into a setting: in clear for every reader of the app once applied.
    const copied = judge('plaintext-secrets', [later(['azurerm_storage_account.data.primary_connection_string', 'azurerm_storage_account.data'], 'STORAGE_CONNECTION_STRING')], 'azurerm_linux_web_app.web');
    expect(copied.result?.status).toBe('fail');
    expect(copied.resource.facets.plaintextSecrets).toEqual({
      found: [{ path: 'app_settings.STORAGE_CONNECTION_STRING', why: 'a secret copied from azurerm_storage_account into a secret-named setting' }],
      unknownPaths: [],
    });
    // Only the ids of a Key Vault secret: the setting names the secret, it does not hold it.
    expect(status('plaintext-secrets', [later(['azurerm_key_vault_secret.db.versionless_id', 'azurerm_key_vault_secret.db.id', 'azurerm_key_vault_secret.db'])], 'azurerm_linux_web_app.web')).toBe('pass');
    // What a module's output holds is not visible here: unknown, never passed.
    const fromModule = judge('plaintext-secrets', [later(['module.secrets.db_password'])], 'azurerm_linux_web_app.web');
    expect(fromModule.result?.status).toBe('unknown');
    expect(fromModule.resource.facets.plaintextSecrets?.unknownPaths).toEqual(['app_settings.DB_PASSWORD']);
    // A name that says nothing of a secret, known only after apply: not judged, as a literal would not be.
    expect(status('plaintext-secrets', [later(['azurerm_storage_account.data.primary_blob_endpoint'], 'STORAGE_URL')], 'azurerm_linux_web_app.web')).toBe('pass');
  });

  it('VM custom data (base64 cloud-init), container apps, container instances, extension settings', () => {
    const script = Buffer.from('#!/bin/bash\nexport DB_HOST=db.internal\nexport DB_PASSWORD="Tr0ub4dor&3"\n/opt/app/start.sh\n').toString('base64');
    const vm: FixtureResource = { address: 'azurerm_linux_virtual_machine.vm', values: { ...RG, name: 'vm', size: 'Standard_B2s', custom_data: script }, unknown: { id: true }, sensitive: { custom_data: true } };
    const v = judge('plaintext-secrets', [vm], 'azurerm_linux_virtual_machine.vm');
    expect(v.result).toMatchObject({ messageId: 'found', data: { places: 'custom_data (a password assignment)' } });
    expect(JSON.stringify(v)).not.toContain('Tr0ub4dor');
    const clean = Buffer.from('#cloud-config\npackage_upgrade: true\nssh_pwauth: false\n').toString('base64');
    expect(status('plaintext-secrets', [{ ...vm, values: { ...vm.values, custom_data: clean } }], 'azurerm_linux_virtual_machine.vm')).toBe('pass');
    const ca: FixtureResource = {
      address: 'azurerm_container_app.api',
      values: { name: 'api', resource_group_name: 'rg-app', revision_mode: 'Single', template: [{ container: [{ name: 'api', image: 'app:1', cpu: 0.5, memory: '1Gi', env: [{ name: 'SECURITY_PASS', value: 'p4ssw0rd-literal', secret_name: null }, { name: 'DB_PASSWORD', value: null, secret_name: 'db-password' }] }] }] },
      unknown: { id: true, container_app_environment_id: true },
    };
    expect(judge('plaintext-secrets', [ca], 'azurerm_container_app.api').result).toMatchObject({ messageId: 'found', data: { places: 'template[0].container[0].env["SECURITY_PASS"] (a password in a secret-named setting)' } });
    const aci: FixtureResource = {
      address: 'azurerm_container_group.job',
      values: { ...RG, name: 'job', os_type: 'Linux', container: [{ name: 'job', image: 'busybox', cpu: 1, memory: 1, environment_variables: { GITHUB_TOKEN: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } }] },
      unknown: { id: true },
      sensitive: { container: [{ secure_environment_variables: true }] },
    };
    expect(judge('plaintext-secrets', [aci], 'azurerm_container_group.job').result).toMatchObject({ messageId: 'found', data: { places: 'container[0].environment_variables.GITHUB_TOKEN (a GitHub token)' } });
    const ext: FixtureResource = {
      address: 'azurerm_virtual_machine_extension.setup',
      values: { name: 'setup', publisher: 'Microsoft.Azure.Extensions', type: 'CustomScript', type_handler_version: '2.1', settings: JSON.stringify({ commandToExecute: 'sh setup.sh', storageAccountKey: 'c2VjcmV0LXN0b3JhZ2Uta2V5LW5vdC1yZWFsLWF0LWFsbA==' }) },
      unknown: { id: true, virtual_machine_id: true },
      sensitive: { protected_settings: true },
    };
    expect(judge('plaintext-secrets', [ext], 'azurerm_virtual_machine_extension.setup').result).toMatchObject({ messageId: 'found', data: { places: 'settings.storageAccountKey (a key in a secret-named setting)' } });
  });
});

describe('audit log protection (CLD-29)', () => {
  const setting = (dest: Record<string, unknown>): FixtureResource => ({
    address: 'azurerm_monitor_diagnostic_setting.activity',
    values: { name: 'activity-log', target_resource_id: '/subscriptions/00000000-0000-4000-8000-000000000001', enabled_log: [{ category: 'Administrative', category_group: '' }] },
    unknown: { id: true, storage_account_id: 'storage' in dest, log_analytics_workspace_id: 'workspace' in dest },
    expressions: {
      ...('storage' in dest ? { storage_account_id: dest.storage } : {}),
      ...('workspace' in dest ? { log_analytics_workspace_id: dest.workspace } : {}),
    },
  });
  const account = (values: Record<string, unknown> = {}): FixtureResource => ({
    address: 'azurerm_storage_account.logs',
    values: { ...RG, name: 'stlogs', account_tier: 'Standard', account_replication_type: 'ZRS', https_traffic_only_enabled: true, min_tls_version: 'TLS1_2', immutability_policy: [], ...values },
    unknown: { id: true },
  });

  it('exported to a storage account with a locked immutability policy: pass; unlocked or none: fail', () => {
    const locked = account({ immutability_policy: [{ allow_protected_append_writes: true, period_since_creation_in_days: 365, state: 'Locked' }] });
    expect(status('audit-log-protection', [setting({ storage: ref('azurerm_storage_account.logs') }), locked], 'azurerm_monitor_diagnostic_setting.activity')).toBe('pass');
    const unlocked = account({ immutability_policy: [{ allow_protected_append_writes: true, period_since_creation_in_days: 365, state: 'Unlocked' }] });
    expect(judge('audit-log-protection', [setting({ storage: ref('azurerm_storage_account.logs') }), unlocked], 'azurerm_monitor_diagnostic_setting.activity').result).toMatchObject({ status: 'fail', messageId: 'lacks', data: { store: 'activity-log export', missing: [{ messageId: 'immutableStorage' }] } });
    expect(status('audit-log-protection', [setting({ storage: ref('azurerm_storage_account.logs') }), account()], 'azurerm_monitor_diagnostic_setting.activity')).toBe('fail');
  });

  it('a locked container policy on insights-activity-logs counts; a workspace alone fails; a destination not in the plan is unknown', () => {
    const container: FixtureResource = { address: 'azurerm_storage_container.activity', values: { name: 'insights-activity-logs', container_access_type: 'private' }, unknown: { id: true, storage_account_id: true, resource_manager_id: true }, expressions: { storage_account_id: ref('azurerm_storage_account.logs') } };
    const policy: FixtureResource = {
      address: 'azurerm_storage_container_immutability_policy.activity',
      values: { immutability_period_in_days: 365, protected_append_writes_enabled: true, locked: true },
      unknown: { id: true, storage_container_resource_manager_id: true },
      expressions: { storage_container_resource_manager_id: { references: ['azurerm_storage_container.activity.resource_manager_id', 'azurerm_storage_container.activity'] } },
    };
    expect(status('audit-log-protection', [setting({ storage: ref('azurerm_storage_account.logs') }), account(), container, policy], 'azurerm_monitor_diagnostic_setting.activity')).toBe('pass');
    const ws: FixtureResource = { address: 'azurerm_log_analytics_workspace.logs', values: { ...RG, name: 'log', sku: 'PerGB2018', retention_in_days: 365 }, unknown: { id: true } };
    expect(status('audit-log-protection', [setting({ workspace: ref('azurerm_log_analytics_workspace.logs') }), ws], 'azurerm_monitor_diagnostic_setting.activity')).toBe('fail');
    expect(status('audit-log-protection', [setting({ storage: { references: ['var.archive_account_id'] } })], 'azurerm_monitor_diagnostic_setting.activity')).toBe('unknown');
  });
});

describe('threat detection and flow logs (CLD-31, CLD-37)', () => {
  const plan = (resource_type: string, tier: string, extra: Record<string, unknown> = {}): FixtureResource => ({
    address: `azurerm_security_center_subscription_pricing.${resource_type.toLowerCase()}`,
    values: { resource_type, tier, subplan: null, extension: [], ...extra },
    unknown: { id: true },
  });

  it('Defender plans: Standard passes, Free fails; Defender for Storage needs on-upload malware scanning', () => {
    expect(status('threat-detection', [plan('VirtualMachines', 'Standard', { subplan: 'P2' })], 'azurerm_security_center_subscription_pricing.virtualmachines')).toBe('pass');
    expect(judge('threat-detection', [plan('SqlServers', 'Free')], 'azurerm_security_center_subscription_pricing.sqlservers').result).toMatchObject({ status: 'fail', messageId: 'serviceOff', data: { service: 'Microsoft Defender for Azure SQL' } });
    const storage = (ext: unknown[]) => plan('StorageAccounts', 'Standard', { subplan: 'DefenderForStorageV2', extension: ext });
    expect(judge('threat-detection', [storage([{ name: 'OnUploadMalwareScanning', additional_extension_properties: { CapGBPerMonthPerStorageAccount: '5000' } }])], 'azurerm_security_center_subscription_pricing.storageaccounts').result).toMatchObject({ messageId: 'serviceOnWithMalware' });
    expect(status('threat-detection', [storage([])], 'azurerm_security_center_subscription_pricing.storageaccounts')).toBe('fail');
    const fromVar: FixtureResource = { ...plan('Containers', 'Standard'), values: { resource_type: 'Containers', extension: [] }, unknown: { id: true, tier: true }, expressions: { tier: { references: ['var.tier'] } } };
    expect(status('threat-detection', [fromVar], 'azurerm_security_center_subscription_pricing.containers')).toBe('unknown');
    // Plans other than the four judged carry no detection facet.
    expect(judge('threat-detection', [plan('KeyVaults', 'Free')], 'azurerm_security_center_subscription_pricing.keyvaults').result).toBeUndefined();
  });

  it('virtual networks: a flow log on the VNet (4.x target_resource_id) or on the NSG of every subnet (3.x); none fails', () => {
    const vnet: FixtureResource = { address: 'azurerm_virtual_network.main', values: { ...RG, name: 'vnet', address_space: ['10.0.0.0/16'] }, unknown: { id: true, subnet: true, guid: true } };
    const subnet: FixtureResource = { address: 'azurerm_subnet.app', values: { name: 'app', resource_group_name: 'rg-app', virtual_network_name: 'vnet', address_prefixes: ['10.0.1.0/24'] }, unknown: { id: true } };
    const nsg: FixtureResource = { address: 'azurerm_network_security_group.app', values: { ...RG, name: 'nsg-app', security_rule: [] }, unknown: { id: true } };
    const assoc: FixtureResource = { address: 'azurerm_subnet_network_security_group_association.app', values: {}, unknown: { id: true, subnet_id: true, network_security_group_id: true }, expressions: { subnet_id: ref('azurerm_subnet.app'), network_security_group_id: ref('azurerm_network_security_group.app') } };
    const log = (target: Record<string, unknown>, enabled: unknown = true): FixtureResource => ({
      address: 'azurerm_network_watcher_flow_log.main',
      values: { name: 'fl', network_watcher_name: 'NetworkWatcher_francecentral', resource_group_name: 'NetworkWatcherRG', version: 2, retention_policy: [{ enabled: true, days: 90 }], ...(enabled === 'unknown' ? {} : { enabled }) },
      unknown: { id: true, storage_account_id: true, target_resource_id: 'vnet' in target, network_security_group_id: 'nsg' in target, ...(enabled === 'unknown' ? { enabled: true } : {}) },
      expressions: { ...('vnet' in target ? { target_resource_id: target.vnet } : {}), ...('nsg' in target ? { network_security_group_id: target.nsg } : {}), ...(enabled === 'unknown' ? { enabled: { references: ['var.flow_logs'] } } : {}) },
    });
    expect(status('threat-detection', [vnet, log({ vnet: ref('azurerm_virtual_network.main') })], 'azurerm_virtual_network.main')).toBe('pass');
    expect(status('threat-detection', [vnet, subnet, nsg, assoc, log({ nsg: ref('azurerm_network_security_group.app') })], 'azurerm_virtual_network.main')).toBe('pass');
    const none = judge('threat-detection', [vnet, subnet], 'azurerm_virtual_network.main');
    expect(none.result).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'virtual network' } });
    expect(status('threat-detection', [vnet, log({ vnet: ref('azurerm_virtual_network.main') }, false)], 'azurerm_virtual_network.main')).toBe('fail');
    expect(status('threat-detection', [vnet, log({ vnet: ref('azurerm_virtual_network.main') }, 'unknown')], 'azurerm_virtual_network.main')).toBe('unknown');
  });
});

describe('vulnerability scanning (CLD-33)', () => {
  const acr: FixtureResource = { address: 'azurerm_container_registry.acr', values: { ...RG, name: 'acrapp', sku: 'Premium', admin_enabled: false }, unknown: { id: true, login_server: true } };
  const plan = (resource_type: string, tier: string): FixtureResource => ({ address: `azurerm_security_center_subscription_pricing.${resource_type.toLowerCase()}`, values: { resource_type, tier, extension: [] }, unknown: { id: true } });

  it('registries: scanned when Defender for Containers (or CSPM) is in the plan; unknown otherwise; both off fail', () => {
    expect(status('vulnerability-scanning', [acr, plan('Containers', 'Standard')], 'azurerm_container_registry.acr')).toBe('pass');
    expect(status('vulnerability-scanning', [acr, plan('Containers', 'Free'), plan('CloudPosture', 'Free')], 'azurerm_container_registry.acr')).toBe('fail');
    const alone = judge('vulnerability-scanning', [acr], 'azurerm_container_registry.acr');
    expect(alone.result?.status).toBe('unknown');
    expect(alone.result?.settle).toContain('Defender for Containers');
  });

  it('Defender for Servers and Containers plans carry vulnerability assessment', () => {
    expect(status('vulnerability-scanning', [plan('VirtualMachines', 'Standard')], 'azurerm_security_center_subscription_pricing.virtualmachines')).toBe('pass');
    expect(status('vulnerability-scanning', [plan('Containers', 'Free')], 'azurerm_security_center_subscription_pricing.containers')).toBe('fail');
  });
});

describe('long-lived credentials (CLD-14)', () => {
  it('Entra ID client secrets are long-lived keys', () => {
    const secret: FixtureResource = { address: 'azuread_application_password.ci', values: { display_name: 'ci', end_date_relative: '8760h' }, unknown: { id: true, application_id: true, key_id: true, value: true, end_date: true }, sensitive: { value: true } };
    expect(judge('long-lived-credentials', [secret], 'azuread_application_password.ci').result).toMatchObject({ status: 'fail', messageId: 'longLived', data: { holder: 'application client secret' } });
    const sp: FixtureResource = { address: 'azuread_service_principal_password.app', values: { end_date_relative: null, rotate_when_changed: null }, unknown: { display_name: true, end_date: true, id: true, key_id: true, service_principal_id: true, start_date: true, value: true } };
    expect(status('long-lived-credentials', [sp], 'azuread_service_principal_password.app')).toBe('fail');
  });
});

describe('availability (CLD-69)', () => {
  const ha = { highAvailability: ['azurerm_*'] };
  it('SQL databases, flexible servers, gateways: zone redundancy, judged only for the resources highAvailability names', () => {
    const db = (zr: unknown): FixtureResource => ({ address: 'azurerm_mssql_database.app', values: { name: 'app', ...(zr === 'unknown' ? {} : { zone_redundant: zr }) }, unknown: { id: true, server_id: true, ...(zr === 'unknown' ? { zone_redundant: true } : {}) }, expressions: zr === 'unknown' ? { zone_redundant: { references: ['var.zr'] } } : {} });
    expect(status('availability', [db(true)], 'azurerm_mssql_database.app')).toBeUndefined();
    expect(status('availability', [db(true)], 'azurerm_mssql_database.app', ha)).toBe('pass');
    expect(status('availability', [db(false)], 'azurerm_mssql_database.app', ha)).toBe('fail');
    expect(status('availability', [db('unknown')], 'azurerm_mssql_database.app', ha)).toBe('unknown');
    const psql = (ha_: unknown[]): FixtureResource => ({ address: 'azurerm_postgresql_flexible_server.db', values: { ...RG, name: 'psql', high_availability: ha_ }, unknown: { id: true } });
    expect(status('availability', [psql([{ mode: 'ZoneRedundant', standby_availability_zone: '2' }])], 'azurerm_postgresql_flexible_server.db', ha)).toBe('pass');
    expect(status('availability', [psql([{ mode: 'SameZone' }])], 'azurerm_postgresql_flexible_server.db', ha)).toBe('fail');
    const agw: FixtureResource = { address: 'azurerm_application_gateway.agw', values: { ...RG, name: 'agw', zones: ['1', '2', '3'], http_listener: [], request_routing_rule: [], redirect_configuration: [] }, unknown: { id: true } };
    expect(status('availability', [agw], 'azurerm_application_gateway.agw', ha)).toBe('pass');
  });
});

describe('environment separation (CLD-25)', () => {
  it('Azure resources keep their tags for the environment mix; Azure has no default network', () => {
    const list = resources([
      { address: 'azurerm_resource_group.prod', values: { name: 'rg-prod', location: 'francecentral', tags: { environment: 'prod' } }, unknown: { id: true } },
      { address: 'azurerm_resource_group.dev', values: { name: 'rg-dev', location: 'francecentral', tags: { Environment: 'dev' } }, unknown: { id: true } },
      { address: 'azurerm_virtual_network.main', values: { ...RG, name: 'vnet', address_space: ['10.0.0.0/16'] }, unknown: { id: true } },
    ]);
    expect(byId(list, 'azurerm_resource_group.prod').tags).toEqual({ environment: 'prod' });
    expect(list.every((r) => r.facets.defaultNetwork === undefined)).toBe(true);
  });
});
