import { readContext } from '../src/input/read-inputs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { build, verdict } from './helpers/azure-verdict.js';
import { readAzureDoc } from '../providers/azure/inventory.js';
import type { AzRecord } from '../providers/azure/records.js';
import { JsonScanner } from '../src/input/json-scan.js';
import type { Resource } from '../src/model/resource.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import { runLive, type LiveRun } from './helpers/azure-live.js';
import {
  activityExport,
  applicationGateway,
  containerApp,
  containerRegistry,
  cosmosAccount,
  fixtureOf,
  flowLog,
  policySubscription,
  keyVaultWith,
  postgresFlexible,
  pricing,
  recoveryVault,
  rg,
  serverParameter,
  shortTermRetention,
  sqlDatabase,
  sqlServer,
  storageAccount,
  SUB_A,
  subscription,
  virtualNetwork,
  webApp,
  webConfig,
  workspace,
} from './helpers/azure-estate.js';
import { hasOpenssl, makeTestCertificate, type TestCertificate } from './helpers/azure-tls.js';

/**
 * Facts of the backup, transport, key, secret, log protection, detection, scanning and
 * availability policies from Azure records (Resource Graph rows, ARM bodies, `az` output), judged by the
 * policy files: pass, fail and unknown for each policy that applies to Azure; the offline joins;
 * the live reads (ARM API versions, the snapshot read back into the same facets). --shard is in
 * live-azure-shard.test.ts.
 */

const G = 'rg-estate';
const status = (policy: string, record: AzRecord, details: AzRecord[] = [], settings: Partial<ScanSettings> = {}) => verdict(policy, record, details, settings)?.status;
const withProps = (rec: AzRecord, props: Record<string, unknown>): AzRecord => ({ ...rec, properties: { ...(rec.properties as AzRecord), ...props } });
const withoutProp = (rec: AzRecord, ...names: string[]): AzRecord => {
  const props = { ...(rec.properties as AzRecord) };
  for (const n of names) delete props[n];
  return { ...rec, properties: props };
};

describe('Azure records: backups', () => {
  const db = sqlDatabase(SUB_A, G, 'sql', 'ledger');
  const dbId = db.id as string;

  it('SQL databases: retention from the short-term retention policy child; unknown when it was not read', () => {
    expect(status('backups', db, [shortTermRetention(dbId, 7)])).toBe('pass');
    expect(verdict('backups', db, [shortTermRetention(dbId, 3)])).toMatchObject({ messageId: 'retentionShort', data: { days: 3, min: 7 } });
    expect(status('backups', db)).toBe('unknown');
    expect(verdict('backups', db)?.settle).toContain('backupShortTermRetentionPolicies');
    // `az sql db str-policy show` prints the fields at the top level.
    const cli = { id: `${dbId}/backupShortTermRetentionPolicies/default`, name: 'default', resourceGroup: G, retentionDays: 14, diffBackupIntervalInHours: 24, type: 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies' };
    expect(status('backups', db, [cli])).toBe('pass');
    expect(build(sqlDatabase(SUB_A, G, 'sql', 'master')).facets.backup).toBeUndefined();
    expect(build(withProps(db, { secondaryType: 'Geo' })).facets.backup).toBeUndefined();
  });

  it('flexible servers and Cosmos DB: retention from the record; Cosmos periodic backups kept 8 hours fail', () => {
    const psql = postgresFlexible(SUB_A, G, 'psql');
    expect(status('backups', psql)).toBe('pass');
    expect(status('backups', withProps(psql, { backup: { backupRetentionDays: 3, geoRedundantBackup: 'Disabled' } }))).toBe('fail');
    expect(status('backups', withProps(psql, { backup: { geoRedundantBackup: 'Disabled' } }))).toBe('unknown');
    const periodic = cosmosAccount(SUB_A, G, 'cosmos-a', { type: 'Periodic', periodicModeProperties: { backupIntervalInMinutes: 240, backupRetentionIntervalInHours: 8, backupStorageRedundancy: 'Local' } });
    expect(build(periodic).facets.backup?.retentionDays).toBe(0.33);
    expect(status('backups', periodic)).toBe('fail');
    expect(status('backups', cosmosAccount(SUB_A, G, 'cosmos-b', { type: 'Continuous', continuousModeProperties: { tier: 'Continuous30Days' } }))).toBe('pass');
    expect(status('backups', cosmosAccount(SUB_A, G, 'cosmos-c', {}))).toBe('unknown');
  });

  it('vaults: soft delete or immutability keeps backups; both off fails; neither shown is unknown', () => {
    expect(status('backups', recoveryVault(SUB_A, G, 'rsv-a', { softDelete: 'AlwaysON', immutability: 'Locked' }))).toBe('pass');
    expect(status('backups', recoveryVault(SUB_A, G, 'rsv-b', { softDelete: 'Disabled', immutability: 'Disabled' }))).toBe('fail');
    expect(status('backups', recoveryVault(SUB_A, G, 'rsv-c'))).toBe('unknown');
    const dpp = { ...recoveryVault(SUB_A, G, 'bv'), type: 'microsoft.dataprotection/backupvaults', properties: { securitySettings: { softDeleteSettings: { state: 'Off' }, immutabilitySettings: { state: 'Unlocked' } } } };
    expect(status('backups', dpp)).toBe('pass');
  });
});

describe('Azure records: encryption in transit', () => {
  it('storage accounts: HTTPS only and TLS 1.2; an account never given a minimum accepts TLS 1.0', () => {
    expect(status('tls-in-transit', storageAccount(SUB_A, G, 'st1'))).toBe('pass');
    expect(verdict('tls-in-transit', withProps(storageAccount(SUB_A, G, 'st2'), { minimumTlsVersion: 'TLS1_0' }))).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }] } });
    expect(verdict('tls-in-transit', withProps(storageAccount(SUB_A, G, 'st3'), { supportsHttpsTrafficOnly: false }))).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(status('tls-in-transit', withoutProp(storageAccount(SUB_A, G, 'st4'), 'minimumTlsVersion'))).toBe('fail');
    expect(status('tls-in-transit', { ...storageAccount(SUB_A, G, 'st5'), properties: undefined })).toBe('unknown');
  });

  it('web apps: httpsOnly on the site, FTP and TLS on config/web; unknown without config/web', () => {
    const site = webApp(SUB_A, G, 'app');
    const id = site.id as string;
    expect(status('tls-in-transit', site, [webConfig(id)])).toBe('pass');
    expect(status('tls-in-transit', site, [webConfig(id, { ftpsState: 'AllAllowed' })])).toBe('fail');
    expect(verdict('tls-in-transit', site, [webConfig(id, { scmMinTlsVersion: '1.0' })])).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }] } });
    expect(status('tls-in-transit', site)).toBe('unknown');
    expect(status('tls-in-transit', webApp(SUB_A, G, 'old', { httpsOnly: false }))).toBe('fail');
    // `az webapp config show`: flattened, named after the site.
    const cli = { id: `${id}/config/web`, name: 'app', type: 'Microsoft.Web/sites/config', minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'Disabled' };
    expect(status('tls-in-transit', site, [cli])).toBe('pass');
  });

  it('SQL servers, flexible server parameters, Redis, Cosmos DB', () => {
    expect(status('tls-in-transit', sqlServer(SUB_A, G, 'sql'))).toBe('pass');
    expect(status('tls-in-transit', withProps(sqlServer(SUB_A, G, 'sql'), { minimalTlsVersion: 'None' }))).toBe('fail');
    expect(status('tls-in-transit', withoutProp(sqlServer(SUB_A, G, 'sql'), 'minimalTlsVersion'))).toBe('unknown');
    const psql = postgresFlexible(SUB_A, G, 'psql');
    const pid = psql.id as string;
    expect(status('tls-in-transit', psql, [serverParameter(pid, 'require_secure_transport', 'on'), serverParameter(pid, 'ssl_min_protocol_version', 'TLSv1.2')])).toBe('pass');
    expect(status('tls-in-transit', psql, [serverParameter(pid, 'require_secure_transport', 'off'), serverParameter(pid, 'ssl_min_protocol_version', 'TLSv1.2')])).toBe('fail');
    expect(status('tls-in-transit', psql)).toBe('unknown');
    const redis = { id: `${rg(SUB_A, G)}/providers/Microsoft.Cache/Redis/cache`, type: 'microsoft.cache/redis', location: 'francecentral', properties: { enableNonSslPort: true, minimumTlsVersion: '1.2', sku: { name: 'Standard' } } };
    expect(status('tls-in-transit', redis)).toBe('fail');
    expect(status('tls-in-transit', withProps(redis, { enableNonSslPort: false }))).toBe('pass');
    expect(status('tls-in-transit', cosmosAccount(SUB_A, G, 'c', {}, 'Tls'))).toBe('fail');
  });

  it('application gateways: HTTP must redirect to HTTPS; the TLS policy gives the version and the suites', () => {
    const modern = { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' };
    expect(status('tls-in-transit', applicationGateway(SUB_A, G, 'agw1', { httpRedirects: true, sslPolicy: modern }))).toBe('pass');
    expect(verdict('tls-in-transit', applicationGateway(SUB_A, G, 'agw2', { httpRedirects: false, sslPolicy: modern }))).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'acceptsPlain' }] } });
    expect(verdict('tls-in-transit', applicationGateway(SUB_A, G, 'agw3', { httpRedirects: true, sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20150501' } }))).toMatchObject({
      messageId: 'problems',
      data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0' } }, { messageId: 'weakCiphers' }] },
    });
    const custom = { policyType: 'CustomV2', minProtocolVersion: 'TLSv1_2', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'] };
    expect(verdict('tls-in-transit', applicationGateway(SUB_A, G, 'agw4', { httpRedirects: true, sslPolicy: custom }))).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'weakCiphers' }] } });
    expect(status('tls-in-transit', applicationGateway(SUB_A, G, 'agw5', { httpRedirects: true }))).toBe('unknown');
  });
});

describe('Azure records: keys and secrets', () => {
  it('Key Vaults: soft delete and purge protection; purge protection absent from a vault record is off', () => {
    expect(status('key-management', keyVaultWith(SUB_A, G, 'kv1', { softDelete: true, purgeProtection: true }))).toBe('pass');
    expect(verdict('key-management', keyVaultWith(SUB_A, G, 'kv2', { softDelete: true }))).toMatchObject({ messageId: 'vaultUnprotected', data: { missing: [{ messageId: 'purgeProtection' }] } });
    expect(status('key-management', keyVaultWith(SUB_A, G, 'kv3', { purgeProtection: true }))).toBe('unknown');
  });

  it('Key Vault keys: the rotation policy of the ARM key resource', () => {
    const key = (policy: unknown) => ({ id: `${rg(SUB_A, G)}/providers/Microsoft.KeyVault/vaults/kv1/keys/cmk`, type: 'Microsoft.KeyVault/vaults/keys', properties: { kty: 'RSA', keySize: 3072, ...(policy ? { rotationPolicy: policy } : {}) } });
    const rotate = (trigger: Record<string, string>, expiryTime = 'P2Y') => ({ attributes: { expiryTime }, lifetimeActions: [{ trigger, action: { type: 'rotate' } }, { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }] });
    expect(status('key-management', key(rotate({ timeAfterCreate: 'P90D' })))).toBe('pass');
    expect(verdict('key-management', key(rotate({ timeAfterCreate: 'P18M' })))).toMatchObject({ messageId: 'rotationTooLong', data: { days: 540 } });
    expect(status('key-management', key(rotate({ timeBeforeExpiry: 'P30D' }, 'P1Y')))).toBe('pass');
    expect(status('key-management', key({ lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }] }))).toBe('fail');
    expect(status('key-management', key(undefined))).toBe('unknown');
  });

  it('plaintext secrets: literal secrets in container env and extension settings fail, never showing the value; references pass', () => {
    const app = containerApp(SUB_A, G, 'ca', [
      { name: 'DB_PASSWORD', value: 'Sup3r-S3cret!' },
      { name: 'API_TOKEN', secretRef: 'api-token' },
      { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://francecentral-1.in.applicationinsights.azure.com/' },
    ]);
    const r = verdict('plaintext-secrets', app);
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'found', data: { places: 'properties.template.containers[0].env["DB_PASSWORD"] (a password in a secret-named setting)' } });
    expect(JSON.stringify(r)).not.toContain('Sup3r');
    expect(JSON.stringify(build(app).facets)).not.toContain('Sup3r');
    expect(status('plaintext-secrets', containerApp(SUB_A, G, 'ca2', [{ name: 'DB_PASSWORD', secretRef: 'db-password' }]))).toBe('pass');
    const aci = { id: `${rg(SUB_A, G)}/providers/Microsoft.ContainerInstance/containerGroups/aci`, type: 'Microsoft.ContainerInstance/containerGroups', location: 'francecentral', properties: { containers: [{ name: 'job', properties: { image: 'busybox', environmentVariables: [{ name: 'STORAGE_CONNECTION', value: 'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=aGVsbG8td29ybGQtdGhpcy1pcy1ub3QtYS1yZWFsLWtleQ==;EndpointSuffix=core.windows.net' }, { name: 'ADMIN_PASSWORD', secureValue: null }] } }], osType: 'Linux' } };
    expect(verdict('plaintext-secrets', aci)).toMatchObject({ messageId: 'found', data: { places: 'properties.containers[0].properties.environmentVariables["STORAGE_CONNECTION"] (a connection string with a storage account key)' } });
    const ext = { id: `${rg(SUB_A, G)}/providers/Microsoft.Compute/virtualMachines/vm/extensions/setup`, type: 'Microsoft.Compute/virtualMachines/extensions', location: 'francecentral', properties: { publisher: 'Microsoft.Azure.Extensions', type: 'CustomScript', settings: { commandToExecute: 'mysql -u root --password=Hunter2hunter2 < init.sql' } } };
    const e = verdict('plaintext-secrets', ext);
    expect(e?.status).toBe('fail');
    expect(e).toMatchObject({ messageId: 'found', data: { places: 'properties.settings.commandToExecute (a password on a command line)' } });
    expect(JSON.stringify(e)).not.toContain('Hunter2');
  });
});

describe('Azure records: audit log protection, detection, scanning, availability, tags', () => {
  const sub = subscription(SUB_A);
  const account = storageAccount(SUB_A, G, 'starchive');
  const accountId = account.id as string;
  const exports = (settings: AzRecord[]) => [{ id: `/subscriptions/${SUB_A}/providers/Microsoft.Insights/diagnosticSettings`, type: 'Microsoft.Insights/diagnosticSettings', value: settings }];
  const toStorage = (attached: AzRecord[]) => ({ ...activityExport(SUB_A, 'to-archive', { storageAccountId: accountId }), resources: attached });
  const container = (props: Record<string, unknown>) => ({ id: `${accountId}/blobServices/default/containers/insights-activity-logs`, name: 'insights-activity-logs', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: props });

  it('the activity log is protected when exported to a storage account with a locked immutability policy', () => {
    const locked = container({ hasImmutabilityPolicy: true, hasLegalHold: false, immutabilityPolicy: { properties: { immutabilityPeriodSinceCreationInDays: 365, state: 'Locked', allowProtectedAppendWrites: true } } });
    expect(status('audit-log-protection', sub, exports([toStorage([account, locked])]))).toBe('pass');
    const unlocked = container({ hasImmutabilityPolicy: true, hasLegalHold: false, immutabilityPolicy: { properties: { immutabilityPeriodSinceCreationInDays: 365, state: 'Unlocked' } } });
    expect(verdict('audit-log-protection', sub, exports([toStorage([account, unlocked])]))).toMatchObject({ messageId: 'lacks', data: { missing: [{ messageId: 'immutableStorage' }] } });
    expect(status('audit-log-protection', sub, exports([toStorage([])]))).toBe('unknown');
    const ws = workspace(SUB_A, G, 'log');
    expect(status('audit-log-protection', sub, exports([activityExport(SUB_A, 'to-logs', { workspaceId: ws.id as string })]))).toBe('fail');
    // Nothing exported: the retention policy judges the 90 days Azure keeps; nothing to protect here.
    expect(build(sub, exports([])).facets.logProtection).toBeUndefined();
  });

  it('Defender plans: the four judged plans, Standard passes, Free fails, no tier is unknown; storage malware scanning', () => {
    expect(status('threat-detection', pricing(SUB_A, 'VirtualMachines', 'Standard', { subPlan: 'P2' }))).toBe('pass');
    expect(verdict('threat-detection', pricing(SUB_A, 'SqlServers', 'Free'))).toMatchObject({ status: 'fail', messageId: 'serviceOff', data: { service: 'Microsoft Defender for Azure SQL' } });
    expect(status('threat-detection', withoutProp(pricing(SUB_A, 'Containers', 'Standard'), 'pricingTier'))).toBe('unknown');
    expect(build(pricing(SUB_A, 'KeyVaults', 'Free')).facets.detection).toBeUndefined();
    const storage = (isEnabled: 'True' | 'False') => pricing(SUB_A, 'StorageAccounts', 'Standard', { subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled }] });
    expect(verdict('threat-detection', storage('True'))).toMatchObject({ messageId: 'serviceOnWithMalware' });
    expect(verdict('threat-detection', storage('False'))).toMatchObject({ messageId: 'malwareOff' });
    // `az security pricing list` prints the plan flattened.
    const cli = { id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/pricings/VirtualMachines`, name: 'VirtualMachines', type: 'Microsoft.Security/pricings', pricingTier: 'Free', subPlan: null, freeTrialRemainingTime: '0:00:00' };
    expect(status('threat-detection', cli)).toBe('fail');
    expect(status('vulnerability-scanning', cli)).toBe('fail');
  });

  it('virtual networks: a flow log on the network or on every subnet (or its NSG); none fails; not read is unknown', () => {
    const vnet = virtualNetwork(SUB_A, G, 'vnet', [{ name: 'app', nsg: 'nsg-app' }, { name: 'data' }]);
    const id = vnet.id as string;
    const logs = (value: AzRecord[]) => [{ id: `${id}/flowLogs`, type: 'Microsoft.Network/networkWatchers/flowLogs', value }];
    expect(status('threat-detection', vnet, logs([flowLog(SUB_A, 'fl', id)]))).toBe('pass');
    expect(verdict('threat-detection', vnet, logs([]))).toMatchObject({ status: 'fail', messageId: 'noFlowLogs', data: { network: 'virtual network' } });
    expect(status('threat-detection', vnet, logs([flowLog(SUB_A, 'fl', id, false)]))).toBe('fail');
    const nsgLog = flowLog(SUB_A, 'fl-nsg', `${rg(SUB_A, G)}/providers/Microsoft.Network/networkSecurityGroups/nsg-app`);
    const subnetLog = flowLog(SUB_A, 'fl-data', `${id}/subnets/data`);
    expect(status('threat-detection', vnet, logs([nsgLog]))).toBe('fail');
    expect(status('threat-detection', vnet, logs([nsgLog, subnetLog]))).toBe('pass');
    expect(status('threat-detection', vnet)).toBe('unknown');
  });

  it('registries: scanned by the subscription\'s Defender for Containers or CSPM plan; unknown without the plans', () => {
    const acr = containerRegistry(SUB_A, G, 'acr');
    const plans = (value: AzRecord[]) => [{ id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/pricings`, type: 'Microsoft.Security/pricings', value }];
    expect(status('vulnerability-scanning', acr, plans([pricing(SUB_A, 'Containers', 'Standard'), pricing(SUB_A, 'CloudPosture', 'Free')]))).toBe('pass');
    expect(status('vulnerability-scanning', acr, plans([pricing(SUB_A, 'Containers', 'Free'), pricing(SUB_A, 'CloudPosture', 'Free')]))).toBe('fail');
    expect(status('vulnerability-scanning', acr)).toBe('unknown');
    expect(status('vulnerability-scanning', pricing(SUB_A, 'Containers', 'Standard', { extensions: [{ name: 'ContainerRegistriesVulnerabilityAssessments', isEnabled: 'False' }] }))).toBe('fail');
  });

  it('availability, only for the resources highAvailability names', () => {
    const db = sqlDatabase(SUB_A, G, 'sql', 'ledger');
    expect(status('availability', db)).toBeUndefined();
    const ha = { highAvailability: ['*/databases/ledger'] };
    expect(status('availability', db, [], ha)).toBe('fail');
    expect(status('availability', withProps(db, { zoneRedundant: true }), [], ha)).toBe('pass');
    expect(status('availability', withoutProp(db, 'zoneRedundant'), [], ha)).toBe('unknown');
    const psql = postgresFlexible(SUB_A, G, 'psql');
    expect(status('availability', withProps(psql, { highAvailability: { mode: 'ZoneRedundant', standbyAvailabilityZone: '2' } }), [], { highAvailability: ['*psql'] })).toBe('pass');
    expect(status('availability', applicationGateway(SUB_A, G, 'agw', { httpRedirects: true, zones: ['1', '2', '3'] }), [], { highAvailability: ['*agw'] })).toBe('pass');
    expect(status('availability', applicationGateway(SUB_A, G, 'agw', { httpRedirects: true }), [], { highAvailability: ['*agw'] })).toBe('fail');
  });

  it('keeps string tags on live resources, for environment separation', () => {
    expect(build({ ...storageAccount(SUB_A, G, 'st'), tags: { environment: 'prod', cost: 42 } }).tags).toEqual({ environment: 'prod' });
    expect(build(storageAccount(SUB_A, G, 'st')).tags).toBeUndefined();
  });
});

describe('offline Azure inventories: joins', () => {
  function read(records: unknown[]) {
    const text = records.map((r) => JSON.stringify(r)).join('\n');
    const scanner = new JsonScanner(Buffer.from(text), 'inventory.jsonl');
    return readAzureDoc({ path: 'inventory.jsonl', scanner, lines: scanner.jsonLines() }, readContext(process.cwd())).resources;
  }
  const byEnd = (list: Resource[], end: string) => list.find((r) => r.id.toLowerCase().endsWith(end.toLowerCase()))!;
  const judge = (policy: string, r: Resource) => runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === policy)!, [r]).get(r.id)?.status;

  it('joins flow logs to the networks they cover and Defender plans to registries, when the file has them', () => {
    const covered = virtualNetwork(SUB_A, G, 'vnet-a', [{ name: 'app' }]);
    const bare = virtualNetwork(SUB_A, G, 'vnet-b', [{ name: 'app' }]);
    const acr = containerRegistry(SUB_A, G, 'acr');
    const list = read([covered, bare, acr, flowLog(SUB_A, 'fl', covered.id as string), pricing(SUB_A, 'Containers', 'Free'), pricing(SUB_A, 'CloudPosture', 'Standard')]);
    expect(judge('threat-detection', byEnd(list, 'vnet-a'))).toBe('pass');
    expect(judge('threat-detection', byEnd(list, 'vnet-b'))).toBe('fail');
    expect(judge('vulnerability-scanning', byEnd(list, 'registries/acr'))).toBe('pass');
    expect(judge('threat-detection', byEnd(list, 'pricings/Containers'))).toBe('fail');
    // Without flow logs or plans in the file, nothing is known about them.
    const alone = read([bare, acr]);
    expect(judge('threat-detection', byEnd(alone, 'vnet-b'))).toBe('unknown');
    expect(judge('vulnerability-scanning', byEnd(alone, 'registries/acr'))).toBe('unknown');
  });

  it('joins children read beside their parent: site configuration, server parameters, backup retention', () => {
    const site = webApp(SUB_A, G, 'app');
    const psql = postgresFlexible(SUB_A, G, 'psql');
    const db = sqlDatabase(SUB_A, G, 'sql', 'ledger');
    const list = read([
      site,
      webConfig(site.id as string, { minTlsVersion: '1.1' }),
      psql,
      serverParameter(psql.id as string, 'require_secure_transport', 'ON'),
      serverParameter(psql.id as string, 'ssl_min_protocol_version', 'TLSv1.3'),
      db,
      shortTermRetention(db.id as string, 35),
    ]);
    expect(byEnd(list, 'sites/app').facets.transit).toMatchObject({ encryptedOnly: 'yes', minTls: '1.1' });
    expect(byEnd(list, 'flexibleServers/psql').facets.transit).toMatchObject({ encryptedOnly: 'yes', minTls: '1.3' });
    expect(byEnd(list, 'databases/ledger').facets.backup?.retentionDays).toBe(35);
    // Children are not resources of their own.
    expect(list.map((r) => r.id.split('/').slice(-2).join('/')).sort()).toEqual(['databases/ledger', 'flexibleServers/psql', 'sites/app']);
  });

  it('joins the activity-log destination account and its container to the subscription', () => {
    const account = storageAccount(SUB_A, G, 'starchive');
    const accountId = account.id as string;
    const list = read([
      activityExport(SUB_A, 'to-archive', { storageAccountId: accountId }),
      account,
      { id: `${accountId}/blobServices/default/containers/insights-activity-logs`, name: 'insights-activity-logs', type: 'Microsoft.Storage/storageAccounts/blobServices/containers', properties: { hasLegalHold: true, hasImmutabilityPolicy: false } },
    ]);
    expect(judge('audit-log-protection', byEnd(list, `/subscriptions/${SUB_A}`))).toBe('pass');
  });
});

const available = hasOpenssl('live Azure policy tests');
let cert: TestCertificate;
beforeAll(() => {
  if (available) cert = makeTestCertificate();
});
afterAll(() => cert?.dispose());

describe.skipIf(!available)('live Azure: facts through Resource Graph and ARM', () => {
  let run: LiveRun;
  beforeAll(async () => {
    run = await runLive(cert, fixtureOf({ sub: SUB_A, ...policySubscription(SUB_A) }), { subscriptions: [SUB_A], managementGroups: [] });
  });
  const find = (end: string) => {
    const hit = run.items.find((i) => i.resource.id.toLowerCase().endsWith(end.toLowerCase()));
    if (!hit) throw new Error(`no ${end}`);
    return hit.resource;
  };
  const judge = (policy: string, end: string, settings: Partial<ScanSettings> = {}) => {
    const r = find(end);
    return runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === policy)!, [r], settings).get(r.id)?.status;
  };

  it('reads Defender plans with the MFA assessments (one securityresources query), site configurations in bulk (appserviceresources), and the rest from ARM with each provider\'s API version', () => {
    expect(run.notifications).toEqual([]);
    const posts = run.server.log.filter((l) => l.method === 'POST').map((p) => p.body?.query?.split(' ')[0]);
    expect(posts).toEqual(['securityresources', 'resourcecontainers', 'appserviceresources', 'recoveryservicesresources', 'resources']);
    expect(run.server.log[0]!.body?.query).toContain("type =~ 'microsoft.security/pricings'");
    const gets = run.server.log.filter((l) => l.method === 'GET').map((l) => `${l.path.split('/').slice(-2).join('/')} ${l.apiVersion}`);
    expect(gets.filter((g) => g.startsWith('config/web'))).toEqual([]);
    expect(gets).toContain('backupShortTermRetentionPolicies/default 2021-11-01');
    expect(gets).toContain('configurations/require_secure_transport 2022-12-01');
    expect(gets).toContain('configurations/ssl_min_protocol_version 2022-12-01');
    expect(gets).toContain('Microsoft.Network/networkWatchers 2024-05-01');
    expect(gets).toContain('NetworkWatcher_francecentral/flowLogs 2024-05-01');
    expect(gets).toContain('storageAccounts/stactivityarchive 2023-05-01');
    expect(gets).toContain('containers/insights-activity-logs 2023-05-01');
    expect(gets).toContain('blobServices/default 2023-05-01');
    // The subscription's flow logs are listed once, whatever the number of networks.
    expect(gets.filter((g) => g.startsWith('Microsoft.Network/networkWatchers'))).toHaveLength(1);
  });

  it('judges what it read', () => {
    expect(judge('threat-detection', 'pricings/VirtualMachines')).toBe('pass');
    expect(judge('threat-detection', 'pricings/StorageAccounts')).toBe('fail');
    expect(judge('threat-detection', 'pricings/SqlServers')).toBe('fail');
    expect(judge('vulnerability-scanning', 'pricings/Containers')).toBe('pass');
    expect(judge('threat-detection', 'virtualNetworks/vnet-covered')).toBe('pass');
    expect(judge('threat-detection', 'virtualNetworks/vnet-bare')).toBe('fail');
    expect(judge('vulnerability-scanning', 'registries/acrestate')).toBe('pass');
    expect(judge('plaintext-secrets', 'containerApps/ca-api')).toBe('fail');
    expect(judge('tls-in-transit', 'sites/app-portal')).toBe('pass');
    expect(judge('tls-in-transit', 'sites/app-legacy')).toBe('fail');
    expect(judge('tls-in-transit', 'flexibleServers/psql-estate')).toBe('fail');
    expect(judge('tls-in-transit', 'servers/sql-estate')).toBe('pass');
    expect(judge('backups', 'databases/ledger')).toBe('fail');
    expect(judge('backups', 'vaults/rsv-estate')).toBe('pass');
    // Blob soft delete from the account's blobServices/default, read from ARM.
    expect(judge('backups', 'storageAccounts/stactivityarchive')).toBe('pass');
    expect(judge('key-management', 'vaults/kv-estate')).toBe('fail');
    expect(judge('audit-log-protection', `/subscriptions/${SUB_A}`)).toBe('pass');
    expect(find(`/subscriptions/${SUB_A}`).tags).toEqual({ environment: 'prod' });
  });

  it('keeps secrets out of facets and evidence', () => {
    expect(JSON.stringify(run.items.map((i) => i.resource.facets))).not.toContain('Sup3r-S3cret');
  });

  it('writes a raw record that reads back offline into the same facets (the --inventory-out snapshot)', () => {
    const text = run.items.map((i) => JSON.stringify(i.raw)).join('\n');
    const scanner = new JsonScanner(Buffer.from(text), 'inventory.jsonl');
    const read = readAzureDoc({ path: 'inventory.jsonl', scanner, lines: scanner.jsonLines() }, readContext(process.cwd()));
    const live = new Map(run.items.map((i) => [i.resource.id, i.resource]));
    expect(read.resources.map((r) => r.id).sort()).toEqual([...live.keys()].sort());
    for (const r of read.resources) {
      expect(r.facets).toEqual(live.get(r.id)!.facets);
      expect(r.tags).toEqual(live.get(r.id)!.tags);
    }
  });

  it('reads each site configuration from ARM when Resource Graph cannot list them, to the same verdicts and without a notification', async () => {
    const fallback = await runLive(cert, fixtureOf({ sub: SUB_A, ...policySubscription(SUB_A) }), { subscriptions: [SUB_A], managementGroups: [] }, { faults: { notJson: { table: 'appservice' } } });
    expect(fallback.notifications).toEqual([]);
    const gets = fallback.server.log.filter((l) => l.method === 'GET').map((l) => `${l.path.split('/').slice(-2).join('/')} ${l.apiVersion}`);
    expect(gets).toContain('config/web 2023-12-01');
    const site = (end: string) => fallback.items.find((i) => i.resource.id.endsWith(end))!.resource;
    expect(runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === 'tls-in-transit')!, [site('sites/app-legacy')], {}).get(site('sites/app-legacy').id)?.status).toBe('fail');
    expect(site('sites/app-portal').facets).toEqual(find('sites/app-portal').facets);
  });

  it('leaves flow logs unknown and reports the failed read when Network Watcher cannot be read', async () => {
    const failed = await runLive(cert, fixtureOf({ sub: SUB_A, ...policySubscription(SUB_A) }), { subscriptions: [SUB_A], managementGroups: [] }, { faults: { armForbidden: ['/networkwatchers'] } });
    const vnet = failed.items.find((i) => i.resource.id.endsWith('vnet-bare'))!.resource;
    expect(vnet.facets.flowLog?.enabled).toBe('unknown');
    expect(failed.notifications).toEqual([expect.objectContaining({ level: 'error', category: `azure/${SUB_A}`, message: expect.stringMatching(/^network watcher flow logs could not be read/) })]);
  });
});
