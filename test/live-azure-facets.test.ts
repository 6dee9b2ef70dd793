import { describe, expect, it } from 'vitest';
import { build, verdict } from './helpers/azure-verdict.js';
import type { AzRecord } from '../providers/azure/records.js';
import { aks, assessment, disk, lifecyclePolicy, MFA, mysqlFlexible, nsg, postgresFlexible, sqlDatabase, storageAccount, subscription, tde, virtualMachine, workspace, activityExport, workspaceBody, SUB_A } from './helpers/azure-estate.js';

/**
 * Facets from Azure records, judged by the same policy files as Terraform resources: pass, fail and
 * unknown for each fact the issue lists, and unknown (never pass) whenever a field is missing.
 */
const G = 'rg-facets';
const without = (rec: AzRecord, ...paths: string[]): AzRecord => {
  const copy = structuredClone(rec);
  for (const p of paths) {
    const parts = p.split('.');
    let cur = copy as Record<string, unknown>;
    for (const k of parts.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
    delete cur[parts.at(-1)!];
  }
  return copy;
};

describe('Azure storage encryption facets', () => {
  it('storage accounts: provider key, customer key, key unknown when the encryption settings are missing', () => {
    expect(verdict('encryption-at-rest', storageAccount(SUB_A, G, 'st1'))?.status).toBe('pass');
    expect(verdict('encryption-at-rest', storageAccount(SUB_A, G, 'st1'), [], { requireCustomerManagedKeys: true })?.status).toBe('fail');
    expect(verdict('encryption-at-rest', storageAccount(SUB_A, G, 'st2', { cmk: true }), [], { requireCustomerManagedKeys: true })?.status).toBe('pass');
    const bare = without(storageAccount(SUB_A, G, 'st3'), 'properties.encryption');
    expect(build(bare).facets.storage?.key).toBe('unknown');
    expect(verdict('encryption-at-rest', bare, [], { requireCustomerManagedKeys: true })?.status).toBe('unknown');
  });

  it('managed disks: the key from encryption.type; Azure Disk Encryption counts as a customer key', () => {
    expect(build(disk(SUB_A, G, 'd1', { cmk: true })).facets.storage?.key).toBe('customer');
    expect(build(disk(SUB_A, G, 'd2')).facets.storage?.key).toBe('provider');
    const ade = disk(SUB_A, G, 'd3') as { properties: Record<string, unknown> };
    ade.properties.encryptionSettingsCollection = { enabled: true, encryptionSettings: [] };
    expect(build(ade).facets.storage?.key).toBe('customer');
    expect(build(without(disk(SUB_A, G, 'd4'), 'properties.encryption')).facets.storage?.key).toBe('unknown');
  });

  it('VMs: encryption at host on, off by default when the configuration is shown, unknown when it is not', () => {
    expect(verdict('encryption-at-rest', virtualMachine(SUB_A, G, 'vm1', { encryptionAtHost: true }))?.status).toBe('pass');
    expect(verdict('encryption-at-rest', virtualMachine(SUB_A, G, 'vm2', { encryptionAtHost: false }))?.status).toBe('fail');
    expect(verdict('encryption-at-rest', virtualMachine(SUB_A, G, 'vm3'))?.status).toBe('fail');
    // `az resource list` has no properties at all.
    expect(verdict('encryption-at-rest', without(virtualMachine(SUB_A, G, 'vm4'), 'properties'))?.status).toBe('unknown');
  });

  it('SQL databases: TDE from the child resource in both API spellings; unknown without it', () => {
    const db = sqlDatabase(SUB_A, G, 'srv', 'db');
    const id = db.id as string;
    expect(verdict('encryption-at-rest', db)?.status).toBe('unknown');
    expect(verdict('encryption-at-rest', db, [tde(id, 'Enabled')])?.status).toBe('pass');
    expect(verdict('encryption-at-rest', db, [tde(id, 'Disabled')])?.status).toBe('fail');
    const old = { id: `${id}/transparentDataEncryption/current`, type: 'Microsoft.Sql/servers/databases/transparentDataEncryption', location: 'France Central', properties: { status: 'Enabled' } };
    expect(verdict('encryption-at-rest', db, [old])?.status).toBe('pass');
    // `az sql db tde show` prints the state at the top level.
    const cli = { id: `${id}/transparentDataEncryption/current`, name: 'current', resourceGroup: G, state: 'Disabled', type: 'Microsoft.Sql/servers/databases/transparentDataEncryption' };
    expect(verdict('encryption-at-rest', db, [cli])?.status).toBe('fail');
    expect(build(sqlDatabase(SUB_A, G, 'srv', 'master')).facets.storage).toBeUndefined();
  });
});

describe('Azure network facets', () => {
  it('NSG rules: port ranges and lists, protocols, application security groups', () => {
    const rule = (over: Record<string, unknown>) => nsg(SUB_A, G, 'n', [{ name: 'r', priority: 100, access: 'Allow', ports: '3380-3390', source: 'Internet', ...over } as never]);
    expect(verdict('admin-network-exposure', rule({}))?.status).toBe('fail');
    expect(verdict('admin-network-exposure', rule({ protocol: 'Udp' }))?.status).toBe('pass');
    expect(verdict('admin-network-exposure', rule({ ports: ['80', '8080-8090'] }))?.status).toBe('pass');
    expect(verdict('admin-network-exposure', rule({ ports: '*', source: ['10.0.0.0/8', '0.0.0.0/0'] }))?.status).toBe('fail');
    expect(verdict('admin-network-exposure', rule({ direction: 'Outbound' }))?.status).toBe('pass');
    const asg = rule({ source: [] }) as { properties: { securityRules: Array<{ properties: Record<string, unknown> }> } };
    asg.properties.securityRules[0]!.properties.sourceApplicationSecurityGroups = [{ id: `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.Network/applicationSecurityGroups/web` }];
    expect(verdict('admin-network-exposure', asg as AzRecord)?.status).toBe('pass');
  });

  it('NSG rules: an unreadable source or a missing rule list decides nothing', () => {
    const noSource = nsg(SUB_A, G, 'n', [{ name: 'r', priority: 100, access: 'Allow', ports: '22', source: [] }]);
    expect(verdict('admin-network-exposure', noSource)?.status).toBe('unknown');
    expect(verdict('admin-network-exposure', without(nsg(SUB_A, G, 'n', []), 'properties'))?.status).toBe('unknown');
  });

  it('AKS: private, restricted, open to all, or unknown without its configuration', () => {
    expect(verdict('admin-network-exposure', aks(SUB_A, G, 'k1', { private: true }))?.status).toBe('pass');
    expect(verdict('admin-network-exposure', aks(SUB_A, G, 'k2', { authorized: ['203.0.113.0/24'] }))?.status).toBe('pass');
    expect(verdict('admin-network-exposure', aks(SUB_A, G, 'k3', { authorized: ['0.0.0.0/0'] }))?.status).toBe('fail');
    expect(verdict('admin-network-exposure', aks(SUB_A, G, 'k4', { private: false }))?.status).toBe('fail');
    expect(verdict('admin-network-exposure', without(aks(SUB_A, G, 'k5'), 'properties'))?.status).toBe('unknown');
  });

  it('database servers: private, VNet-integrated, firewall rules read or not', () => {
    expect(verdict('admin-network-exposure', postgresFlexible(SUB_A, G, 'p1', { public: false }))?.status).toBe('pass');
    const vnet = postgresFlexible(SUB_A, G, 'p2') as { properties: { network: Record<string, unknown> } };
    vnet.properties.network = { delegatedSubnetResourceId: `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.Network/virtualNetworks/v/subnets/db` };
    expect(verdict('admin-network-exposure', vnet as AzRecord)?.status).toBe('pass');
    const pub = postgresFlexible(SUB_A, G, 'p3');
    expect(verdict('admin-network-exposure', pub)?.status).toBe('unknown');
    const rules = (value: unknown[]) => ({ id: `${pub.id}/firewallRules`, type: 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules', value });
    expect(verdict('admin-network-exposure', pub, [rules([])])?.status).toBe('pass');
    expect(verdict('admin-network-exposure', pub, [rules([{ name: 'all', properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' } }])])?.status).toBe('fail');
    expect(verdict('admin-network-exposure', without(postgresFlexible(SUB_A, G, 'p4'), 'properties.network'))?.status).toBe('unknown');
    // Rules read one by one, not as the server's whole list: an office range alone settles nothing, an opening does.
    const one = (name: string, start: string, end: string) => ({ id: `${pub.id}/firewallRules/${name}`, name, type: 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules', properties: { startIpAddress: start, endIpAddress: end } });
    expect(verdict('admin-network-exposure', pub, [one('office', '203.0.113.0', '203.0.113.255')])?.status).toBe('unknown');
    expect(verdict('admin-network-exposure', pub, [one('office', '203.0.113.0', '203.0.113.255'), one('AllowAllAzureServicesAndResourcesWithinAzureIps_2024-1-1_10-0-0', '0.0.0.0', '0.0.0.0')])).toMatchObject({ status: 'fail', messageId: 'databasePublic' });
  });

  it('MySQL flexible servers in the 2020-07-01-preview shape: access and VNet integration at the top of properties', () => {
    const top = mysqlFlexible(SUB_A, G, 'm1', { shape: 'preview' });
    const rules = { id: `${top.id}/firewallRules`, type: 'Microsoft.DBforMySQL/flexibleServers/firewallRules', value: [] };
    expect(build(top, [rules]).facets.adminEndpoint).toMatchObject({ publicAccess: 'yes', allowedNetworks: [] });
    expect(build(mysqlFlexible(SUB_A, G, 'm2', { shape: 'preview', public: false })).facets.adminEndpoint?.publicAccess).toBe('no');
    const vnet = mysqlFlexible(SUB_A, G, 'm3', { shape: 'preview' }) as { properties: Record<string, unknown> };
    vnet.properties.delegatedSubnetArguments = { subnetArmResourceId: `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.Network/virtualNetworks/v/subnets/db` };
    delete vnet.properties.publicNetworkAccess;
    expect(build(vnet as AzRecord).facets.adminEndpoint?.publicAccess).toBe('no');
  });
});

describe('Azure data locations', () => {
  it('geo-redundant copies: secondaryLocation, else the paired region from the SKU, unknown without either', () => {
    expect(build(storageAccount(SUB_A, G, 's', { sku: 'Standard_RAGZRS' })).facets.dataLocations?.locations.map((l) => l.region)).toEqual(['francecentral', 'francesouth']);
    const noSecondary = without(storageAccount(SUB_A, G, 's', { location: 'brazilsouth', sku: 'Standard_GRS', secondary: 'southcentralus' }), 'properties.secondaryLocation');
    expect(build(noSecondary).facets.dataLocations?.locations.map((l) => l.region)).toEqual(['brazilsouth', 'southcentralus']);
    expect(verdict('data-residency', without(storageAccount(SUB_A, G, 's'), 'sku'))?.status).toBe('unknown');
  });

  it('Cosmos DB replicas in every region of the account', () => {
    const cosmos = { id: `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.DocumentDB/databaseAccounts/cosmos`, type: 'microsoft.documentdb/databaseaccounts', location: 'francecentral', subscriptionId: SUB_A, properties: { databaseAccountOfferType: 'Standard', locations: [{ locationName: 'France Central', failoverPriority: 0 }, { locationName: 'East US', failoverPriority: 1 }], backupPolicy: { type: 'Continuous' }, publicNetworkAccess: 'Disabled' } };
    expect(verdict('data-residency', cosmos)?.status).toBe('fail');
    expect(verdict('admin-network-exposure', cosmos)?.status).toBe('pass');
  });

  it('control-plane types hold no data; a global location is not a place', () => {
    expect(build(nsg(SUB_A, G, 'n', [])).facets.dataLocations).toBeUndefined();
    const cdn = { id: `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.Cdn/profiles/cdn`, type: 'microsoft.cdn/profiles', location: 'global', subscriptionId: SUB_A };
    expect(verdict('data-residency', cdn)?.status).toBe('fail');
  });
});

describe('Azure logs', () => {
  it('workspace retention; the Free tier keeps 7 days; unknown without retentionInDays', () => {
    expect(verdict('log-retention', workspace(SUB_A, G, 'w1', { retention: 365 }))?.status).toBe('pass');
    expect(verdict('log-retention', workspace(SUB_A, G, 'w2', { retention: 730, sku: 'Free' }))).toMatchObject({ messageId: 'problems', data: { problems: [{ messageId: 'retentionShort', data: { days: 7 } }] } });
    expect(verdict('log-retention', workspace(SUB_A, G, 'w3'))?.status).toBe('unknown');
  });

  it('the activity log: the longest export, a lifecycle rule, no policy (kept until deleted), or 90 days when nothing exports it', () => {
    const sub = subscription(SUB_A);
    const ws = workspace(SUB_A, G, 'logs', { retention: 120 });
    const accountId = `/subscriptions/${SUB_A}/resourceGroups/${G}/providers/Microsoft.Storage/storageAccounts/archive`;
    const settings = (...value: unknown[]) => ({ id: `/subscriptions/${SUB_A}/providers/Microsoft.Insights/diagnosticSettings`, type: 'Microsoft.Insights/diagnosticSettings', value });
    const toWs = { ...activityExport(SUB_A, 'a', { workspaceId: ws.id as string }), resources: [workspaceBody(ws)] };
    expect(build(sub, [settings(toWs)]).facets.logStore?.retentionDays).toBe(120);
    // Nothing exports the activity log: Azure keeps it 90 days, and the subscription lacks an export (an account-level control).
    expect(verdict('log-retention', sub, [settings()])).toMatchObject({
      messageId: 'problems',
      data: { problems: [{ messageId: 'retentionShort', data: { store: 'activity log', days: 90 } }, { messageId: 'trailMissing', data: { trail: 'activity-log export', where: 'the subscription' } }] },
    });
    const toSt = (policy: unknown) => ({ ...activityExport(SUB_A, 'b', { storageAccountId: accountId }), resources: [policy] });
    expect(build(sub, [settings(toWs, toSt(lifecyclePolicy(accountId, 400)))]).facets.logStore?.retentionDays).toBe(400);
    expect(build(sub, [settings(toSt({ id: `${accountId}/managementPolicies`, type: 'Microsoft.Storage/storageAccounts/managementPolicies', value: [] }))]).facets.logStore?.retentionDays).toBe('forever');
    expect(verdict('log-retention', sub, [settings(activityExport(SUB_A, 'c', { storageAccountId: accountId }))])?.status).toBe('unknown');
    // Nothing read about diagnostic settings (a Graph export): no judgement at all.
    expect(build(sub).facets.logStore).toBeUndefined();
  });
});

describe('Azure administrator MFA from Defender for Cloud', () => {
  const judged = (...rows: AzRecord[]) =>
    verdict('admin-mfa', subscription(SUB_A), [{ id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/assessments`, type: 'Microsoft.Security/assessments', value: rows }]);

  it('passes when owner and write accounts are both assessed Healthy', () => {
    expect(judged(assessment(SUB_A, MFA.owner, 'Healthy'), assessment(SUB_A, MFA.write, 'Healthy'))?.status).toBe('pass');
  });

  it('fails on any Unhealthy assessment, the current one winning over the deprecated one', () => {
    expect(judged(assessment(SUB_A, MFA.owner, 'Unhealthy'), assessment(SUB_A, MFA.write, 'Healthy'))?.status).toBe('fail');
    expect(judged(assessment(SUB_A, MFA.owner, 'Unhealthy'), assessment(SUB_A, MFA.ownerDeprecated, 'Healthy'), assessment(SUB_A, MFA.write, 'Healthy'))?.status).toBe('fail');
    expect(judged(assessment(SUB_A, MFA.owner, 'Healthy'), assessment(SUB_A, MFA.ownerDeprecated, 'Unhealthy'), assessment(SUB_A, MFA.write, 'Healthy'))?.status).toBe('pass');
  });

  it('is unknown without Defender data, with only one role assessed, or NotApplicable (switched off by policy)', () => {
    expect(judged()?.status).toBe('unknown');
    expect(judged()?.settle).toContain('Security Reader');
    expect(judged(assessment(SUB_A, MFA.owner, 'Healthy'))?.status).toBe('unknown');
    expect(judged(assessment(SUB_A, MFA.owner, 'Healthy'), assessment(SUB_A, MFA.write, 'NotApplicable'))?.status).toBe('unknown');
    // Read permissions are not administrative.
    expect(judged(assessment(SUB_A, MFA.read, 'Unhealthy'))?.status).toBe('unknown');
  });
});
