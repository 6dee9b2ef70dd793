/**
 * Azure records as Resource Graph returns them (`resources`, `resourcecontainers`,
 * `securityresources` rows: lower-case `type`, `subscriptionId`, `resourceGroup`, the ARM
 * `properties`), and ARM bodies of the child resources Graph does not carry. Field names and
 * values follow the ARM REST API examples (Azure/azure-rest-api-specs) and the samples in
 * ../shared/corpus/inventory. Only node: modules may be imported here (see azure-server.ts).
 */
import type { AzureFixture, Row, SubscriptionData } from './azure-server.js';

export const SUB_A = '3f2a5c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';
export const SUB_B = '7c9e1a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d';
export const SUB_C = 'b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export const rg = (sub: string, group: string) => `/subscriptions/${sub}/resourceGroups/${group}`;

function base(sub: string, group: string, provider: string, type: string, name: string, location: string, extra: Row = {}): Row {
  return {
    id: `${rg(sub, group)}/providers/${provider}/${name}`,
    name: name.split('/').pop(),
    type: type.toLowerCase(),
    tenantId: TENANT,
    kind: '',
    location,
    resourceGroup: group,
    subscriptionId: sub,
    managedBy: '',
    sku: null,
    plan: null,
    tags: {},
    identity: null,
    zones: null,
    extendedLocation: null,
    ...extra,
  };
}

export function subscription(sub: string, name = 'Hosting production'): Row {
  return {
    id: `/subscriptions/${sub}`,
    name,
    type: 'microsoft.resources/subscriptions',
    tenantId: TENANT,
    kind: '',
    location: '',
    resourceGroup: '',
    subscriptionId: sub,
    properties: {
      state: 'Enabled',
      subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'EnterpriseAgreement_2014-09-01', spendingLimit: 'Off' },
    },
  };
}

export function resourceGroup(sub: string, group: string, location = 'francecentral'): Row {
  return {
    id: rg(sub, group),
    name: group,
    type: 'microsoft.resources/subscriptions/resourcegroups',
    tenantId: TENANT,
    kind: '',
    location,
    resourceGroup: group,
    subscriptionId: sub,
    properties: { provisioningState: 'Succeeded' },
  };
}

export function storageAccount(sub: string, group: string, name: string, o: { location?: string; sku?: string; cmk?: boolean; secondary?: string } = {}): Row {
  const location = o.location ?? 'francecentral';
  const sku = o.sku ?? 'Standard_LRS';
  const geo = /GR?Z?RS$/.test(sku) && /G/.test(sku.split('_')[1] ?? '');
  return base(sub, group, 'Microsoft.Storage', 'Microsoft.Storage/storageAccounts', `storageAccounts/${name}`, location, {
    kind: 'StorageV2',
    sku: { name: sku, tier: 'Standard' },
    properties: {
      provisioningState: 'Succeeded',
      creationTime: '2024-03-18T04:42:22.4322836Z',
      primaryLocation: location,
      statusOfPrimary: 'available',
      ...(geo ? { secondaryLocation: o.secondary ?? (location === 'francecentral' ? 'francesouth' : 'westeurope'), statusOfSecondary: 'available' } : {}),
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      publicNetworkAccess: 'Enabled',
      networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
      encryption: {
        keySource: o.cmk ? 'Microsoft.Keyvault' : 'Microsoft.Storage',
        requireInfrastructureEncryption: true,
        services: { blob: { enabled: true, keyType: 'Account', lastEnabledTime: '2024-03-18T04:42:22.4322836Z' }, file: { enabled: true, keyType: 'Account', lastEnabledTime: '2024-03-18T04:42:22.4322836Z' } },
        ...(o.cmk ? { keyvaultproperties: { keyvaulturi: `https://kv-${name}.vault.azure.net`, keyname: 'storage', keyversion: '' }, identity: { userAssignedIdentity: '' } } : {}),
      },
      primaryEndpoints: { blob: `https://${name}.blob.core.windows.net/`, file: `https://${name}.file.core.windows.net/` },
    },
  });
}

export function disk(sub: string, group: string, name: string, o: { location?: string; cmk?: boolean } = {}): Row {
  return base(sub, group, 'Microsoft.Compute', 'Microsoft.Compute/disks', `disks/${name}`, o.location ?? 'francecentral', {
    sku: { name: 'Premium_LRS', tier: 'Premium' },
    managedBy: `${rg(sub, group)}/providers/Microsoft.Compute/virtualMachines/vm-app`,
    properties: {
      osType: 'Linux',
      hyperVGeneration: 'V2',
      creationData: { createOption: 'FromImage' },
      diskSizeGB: 64,
      encryption: o.cmk
        ? { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: `${rg(sub, group)}/providers/Microsoft.Compute/diskEncryptionSets/des-app` }
        : { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'DenyAll',
      publicNetworkAccess: 'Disabled',
      diskState: 'Attached',
      provisioningState: 'Succeeded',
    },
  });
}

export function virtualMachine(sub: string, group: string, name: string, o: { location?: string; encryptionAtHost?: boolean } = {}): Row {
  return base(sub, group, 'Microsoft.Compute', 'Microsoft.Compute/virtualMachines', `virtualMachines/${name}`, o.location ?? 'francecentral', {
    properties: {
      vmId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      hardwareProfile: { vmSize: 'Standard_D4s_v5' },
      storageProfile: {
        osDisk: { osType: 'Linux', name: `${name}-os`, createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { id: `${rg(sub, group)}/providers/Microsoft.Compute/disks/${name}-os`, storageAccountType: 'Premium_LRS' }, diskSizeGB: 64 },
        imageReference: { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: 'latest' },
        dataDisks: [],
      },
      osProfile: { computerName: name, adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: true } },
      networkProfile: { networkInterfaces: [{ id: `${rg(sub, group)}/providers/Microsoft.Network/networkInterfaces/${name}-nic` }] },
      ...(o.encryptionAtHost === undefined ? {} : { securityProfile: { encryptionAtHost: o.encryptionAtHost } }),
      provisioningState: 'Succeeded',
    },
  });
}

export function sqlServer(sub: string, group: string, name: string, o: { location?: string; publicNetworkAccess?: 'Enabled' | 'Disabled' } = {}): Row {
  return base(sub, group, 'Microsoft.Sql', 'Microsoft.Sql/servers', `servers/${name}`, o.location ?? 'francecentral', {
    kind: 'v12.0',
    properties: {
      administratorLogin: 'sqladmin',
      version: '12.0',
      state: 'Ready',
      fullyQualifiedDomainName: `${name}.database.windows.net`,
      minimalTlsVersion: '1.2',
      publicNetworkAccess: o.publicNetworkAccess ?? 'Enabled',
      restrictOutboundNetworkAccess: 'Disabled',
    },
  });
}

export function sqlDatabase(sub: string, group: string, server: string, name: string, o: { location?: string; backup?: 'Geo' | 'Local' | 'Zone' | 'GeoZone' } = {}): Row {
  return base(sub, group, 'Microsoft.Sql', 'Microsoft.Sql/servers/databases', `servers/${server}/databases/${name}`, o.location ?? 'francecentral', {
    kind: name === 'master' ? 'v12.0,system' : 'v12.0,user,vcore',
    sku: { name: 'GP_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
    managedBy: `${rg(sub, group)}/providers/Microsoft.Sql/servers/${server}`,
    properties: {
      collation: 'SQL_Latin1_General_CP1_CI_AS',
      maxSizeBytes: 34359738368,
      status: 'Online',
      databaseId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      currentServiceObjectiveName: 'GP_Gen5_2',
      ...(name === 'master' ? {} : { currentBackupStorageRedundancy: o.backup ?? 'Local', requestedBackupStorageRedundancy: o.backup ?? 'Local' }),
      zoneRedundant: false,
    },
  });
}

export const tde = (databaseId: string, state: 'Enabled' | 'Disabled') => ({
  id: `${databaseId}/transparentDataEncryption/Current`,
  name: 'Current',
  type: 'Microsoft.Sql/servers/databases/transparentDataEncryption',
  properties: { state },
});

export const protector = (serverId: string, serverKeyType: 'ServiceManaged' | 'AzureKeyVault') => ({
  id: `${serverId}/encryptionProtector/current`,
  name: 'current',
  type: 'Microsoft.Sql/servers/encryptionProtector',
  kind: serverKeyType === 'ServiceManaged' ? 'servicemanaged' : 'azurekeyvault',
  location: 'France Central',
  properties: { serverKeyName: serverKeyType === 'ServiceManaged' ? 'ServiceManaged' : 'kv_key_1', serverKeyType, autoRotationEnabled: false },
});

/** A server's firewall rules as ARM lists them; the rule type follows the server's (`Microsoft.DBforMySQL/flexibleServers/firewallRules`). */
export const firewallRules = (serverId: string, rules: Array<[string, string, string]>) => {
  const serverType = /\/providers\/([^/]+\/[^/]+)\/[^/]+$/.exec(serverId)?.[1] ?? 'Microsoft.Sql/servers';
  return {
    value: rules.map(([name, start, end]) => ({ id: `${serverId}/firewallRules/${name}`, name, type: `${serverType}/firewallRules`, properties: { startIpAddress: start, endIpAddress: end } })),
  };
};

/**
 * A MySQL flexible server. `shape: 'preview'` is the body of the 2020-07-01-preview API, which older
 * exports still hold: `publicNetworkAccess` and `delegatedSubnetArguments` at the top of `properties`
 * rather than under `network` (Azure/bicep-types-az, microsoft.dbformysql/2020-07-01-preview).
 */
export function mysqlFlexible(sub: string, group: string, name: string, o: { location?: string; public?: boolean; shape?: 'network' | 'preview' } = {}): Row {
  const access = o.public === false ? 'Disabled' : 'Enabled';
  const common = { version: o.shape === 'preview' ? '5.7' : '8.0.21', state: 'Ready', fullyQualifiedDomainName: `${name}.mysql.database.azure.com`, administratorLogin: 'mysqladmin' };
  const properties =
    o.shape === 'preview'
      ? { ...common, sslEnforcement: 'Enabled', haEnabled: 'Disabled', publicNetworkAccess: access, storageProfile: { storageMB: 20480, backupRetentionDays: 7, storageAutogrow: 'Enabled', storageIops: 360 } }
      : { ...common, storage: { storageSizeGB: 20, iops: 360, autoGrow: 'Enabled' }, backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }, network: { publicNetworkAccess: access }, highAvailability: { mode: 'Disabled' } };
  return base(sub, group, 'Microsoft.DBforMySQL', 'Microsoft.DBforMySQL/flexibleServers', `flexibleServers/${name}`, o.location ?? 'francecentral', {
    sku: { name: 'Standard_B1ms', tier: 'Burstable' },
    properties,
  });
}

export function postgresFlexible(sub: string, group: string, name: string, o: { location?: string; public?: boolean; geoBackup?: boolean } = {}): Row {
  return base(sub, group, 'Microsoft.DBforPostgreSQL', 'Microsoft.DBforPostgreSQL/flexibleServers', `flexibleServers/${name}`, o.location ?? 'francecentral', {
    sku: { name: 'Standard_D2ds_v4', tier: 'GeneralPurpose' },
    properties: {
      version: '16',
      state: 'Ready',
      fullyQualifiedDomainName: `${name}.postgres.database.azure.com`,
      storage: { storageSizeGB: 128, autoGrow: 'Disabled' },
      dataEncryption: { type: 'SystemManaged' },
      backup: { backupRetentionDays: 7, geoRedundantBackup: o.geoBackup ? 'Enabled' : 'Disabled' },
      network: { publicNetworkAccess: o.public === false ? 'Disabled' : 'Enabled' },
      highAvailability: { mode: 'Disabled' },
    },
  });
}

export type NsgRule = { name: string; priority: number; access: 'Allow' | 'Deny'; direction?: 'Inbound' | 'Outbound'; protocol?: string; ports: string | string[]; source: string | string[] };

export function nsg(sub: string, group: string, name: string, rules: NsgRule[], location = 'francecentral'): Row {
  const id = `${rg(sub, group)}/providers/Microsoft.Network/networkSecurityGroups/${name}`;
  return base(sub, group, 'Microsoft.Network', 'Microsoft.Network/networkSecurityGroups', `networkSecurityGroups/${name}`, location, {
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: '94a0c0a4-cdba-45b0-b2b1-b6f602d8981e',
      securityRules: rules.map((r) => ({
        name: r.name,
        id: `${id}/securityRules/${r.name}`,
        type: 'Microsoft.Network/networkSecurityGroups/securityRules',
        properties: {
          provisioningState: 'Succeeded',
          protocol: r.protocol ?? 'Tcp',
          sourcePortRange: '*',
          ...(typeof r.ports === 'string' ? { destinationPortRange: r.ports, destinationPortRanges: [] } : { destinationPortRanges: r.ports }),
          ...(typeof r.source === 'string' ? { sourceAddressPrefix: r.source, sourceAddressPrefixes: [] } : { sourceAddressPrefixes: r.source }),
          destinationAddressPrefix: '*',
          access: r.access,
          priority: r.priority,
          direction: r.direction ?? 'Inbound',
        },
      })),
      defaultSecurityRules: [
        { name: 'AllowVnetInBound', properties: { protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'VirtualNetwork', destinationAddressPrefix: 'VirtualNetwork', access: 'Allow', priority: 65000, direction: 'Inbound' } },
        { name: 'AllowAzureLoadBalancerInBound', properties: { protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'AzureLoadBalancer', destinationAddressPrefix: '*', access: 'Allow', priority: 65001, direction: 'Inbound' } },
        { name: 'DenyAllInBound', properties: { protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: '*', destinationAddressPrefix: '*', access: 'Deny', priority: 65500, direction: 'Inbound' } },
      ],
      subnets: [{ id: `${rg(sub, group)}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app` }],
    },
  });
}

export function aks(sub: string, group: string, name: string, o: { location?: string; private?: boolean; authorized?: string[] } = {}): Row {
  const profile = o.private !== undefined || o.authorized ? { apiServerAccessProfile: { ...(o.private !== undefined ? { enablePrivateCluster: o.private } : {}), ...(o.authorized ? { authorizedIPRanges: o.authorized } : {}) } } : {};
  return base(sub, group, 'Microsoft.ContainerService', 'Microsoft.ContainerService/managedClusters', `managedClusters/${name}`, o.location ?? 'francecentral', {
    sku: { name: 'Base', tier: 'Standard' },
    properties: {
      provisioningState: 'Succeeded',
      kubernetesVersion: '1.30.3',
      dnsPrefix: name,
      fqdn: `${name}-k8s-1a2b3c4d.hcp.francecentral.azmk8s.io`,
      agentPoolProfiles: [{ name: 'system', count: 3, vmSize: 'Standard_D4s_v5', osType: 'Linux', mode: 'System', type: 'VirtualMachineScaleSets', enableEncryptionAtHost: true }],
      enableRBAC: true,
      nodeResourceGroup: `MC_${group}_${name}_francecentral`,
      networkProfile: { networkPlugin: 'azure', loadBalancerSku: 'standard', outboundType: 'loadBalancer' },
      ...profile,
    },
  });
}

export function workspace(sub: string, group: string, name: string, o: { location?: string; retention?: number; sku?: string } = {}): Row {
  return base(sub, group, 'Microsoft.OperationalInsights', 'Microsoft.OperationalInsights/workspaces', `workspaces/${name}`, o.location ?? 'francecentral', {
    properties: {
      customerId: '5b02755b-5bf4-430c-9487-45502a2a7e62',
      provisioningState: 'Succeeded',
      sku: { name: o.sku ?? 'PerGB2018' },
      ...(o.retention === undefined ? {} : { retentionInDays: o.retention }),
      features: { enableLogAccessUsingOnlyResourcePermissions: true },
      publicNetworkAccessForIngestion: 'Enabled',
      publicNetworkAccessForQuery: 'Enabled',
    },
  });
}

export function keyVault(sub: string, group: string, name: string, location = 'francecentral'): Row {
  return base(sub, group, 'Microsoft.KeyVault', 'Microsoft.KeyVault/vaults', `vaults/${name}`, location, {
    properties: {
      sku: { family: 'A', name: 'standard' },
      tenantId: TENANT,
      enableRbacAuthorization: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      vaultUri: `https://${name}.vault.azure.net/`,
      publicNetworkAccess: 'Disabled',
      provisioningState: 'Succeeded',
    },
  });
}

/** A Defender for Cloud assessment row (securityresources). */
export function assessment(sub: string, key: string, code: 'Healthy' | 'Unhealthy' | 'NotApplicable', displayName = 'Accounts with owner permissions on Azure resources should be MFA enabled'): Row {
  return {
    id: `/subscriptions/${sub}/providers/Microsoft.Security/assessments/${key}`,
    name: key,
    type: 'microsoft.security/assessments',
    tenantId: TENANT,
    subscriptionId: sub,
    resourceGroup: '',
    location: '',
    properties: {
      resourceDetails: { Source: 'Azure', Id: `/subscriptions/${sub}` },
      displayName,
      status: { code, ...(code === 'Unhealthy' ? { cause: '', description: '' } : {}), firstEvaluationDate: '2025-01-10T08:00:00.000Z', statusChangeDate: '2025-01-10T08:00:00.000Z' },
      metadata: { assessmentType: 'BuiltIn', severity: 'High', displayName },
    },
  };
}

export const MFA = {
  owner: '6240402e-f77c-46fa-9060-a7ce53997754',
  write: 'c0cb17b2-0607-48a7-b0e0-903ed22de39b',
  read: 'dabc9bc4-b8a8-45bd-9a5a-43000df8aa1c',
  ownerDeprecated: '94290b00-4d0c-d7b4-7cea-064a9554e681',
  writeDeprecated: '57e98606-6b1e-6193-0e3d-fe621387c16b',
} as const;

/** A subscription-level diagnostic setting (ARM body, api-version 2021-05-01-preview). */
export function activityExport(sub: string, name: string, dest: { workspaceId?: string; storageAccountId?: string }) {
  return {
    id: `/subscriptions/${sub}/providers/microsoft.insights/diagnosticSettings/${name}`,
    type: 'Microsoft.Insights/diagnosticSettings',
    name,
    properties: {
      ...(dest.workspaceId ? { workspaceId: dest.workspaceId } : {}),
      ...(dest.storageAccountId ? { storageAccountId: dest.storageAccountId } : {}),
      logs: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) => ({ category, enabled: true })),
    },
  };
}

/** The ARM body of a workspace (GET). */
export function workspaceBody(row: Row): Row {
  const { id, name, location, properties } = row as { id: string; name: string; location: string; properties: Row };
  return { id, name, type: 'Microsoft.OperationalInsights/workspaces', location, properties };
}

/** A storage lifecycle policy deleting activity-log blobs after `days`. */
export function lifecyclePolicy(accountId: string, days: number) {
  return {
    id: `${accountId}/managementPolicies/default`,
    name: 'DefaultManagementPolicy',
    type: 'Microsoft.Storage/storageAccounts/managementPolicies',
    properties: {
      policy: {
        rules: [
          {
            enabled: true,
            name: 'expire-activity-logs',
            type: 'Lifecycle',
            definition: {
              filters: { blobTypes: ['appendBlob'], prefixMatch: ['insights-activity-logs/'] },
              actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: days } } },
            },
          },
        ],
      },
    },
  };
}

/**
 * A realistic subscription: compliant and non-compliant resources of every type the policies
 * judge, with the ARM children the live scan reads. Returns the Graph data and the ARM bodies.
 */
export function mixedSubscription(sub: string): { data: SubscriptionData; arm: Record<string, unknown> } {
  const g = 'rg-hosting-prod';
  const server = sqlServer(sub, g, 'sql-hosting-prod');
  const serverId = server.id as string;
  const dbOk = sqlDatabase(sub, g, 'sql-hosting-prod', 'orders');
  const dbOff = sqlDatabase(sub, g, 'sql-hosting-prod', 'legacy', { backup: 'Geo' });
  const master = sqlDatabase(sub, g, 'sql-hosting-prod', 'master');
  const logs = workspace(sub, g, 'log-hosting-prod', { retention: 400 });
  const shortLogs = workspace(sub, g, 'log-app', { retention: 30 });
  const archive = storageAccount(sub, g, 'sthostingarchive', { sku: 'Standard_GRS' });
  const resources: Row[] = [
    storageAccount(sub, g, 'sthostingdata', { cmk: true }),
    archive,
    storageAccount(sub, g, 'sthostingexports', { location: 'eastus', sku: 'Standard_RAGRS', secondary: 'westus' }),
    disk(sub, g, 'vm-app-os'),
    virtualMachine(sub, g, 'vm-app', { encryptionAtHost: true }),
    virtualMachine(sub, g, 'vm-bastion'),
    server,
    dbOk,
    dbOff,
    master,
    postgresFlexible(sub, g, 'psql-hosting-prod', { public: false }),
    nsg(sub, g, 'nsg-app', [
      { name: 'allow-https', priority: 100, access: 'Allow', ports: '443', source: 'Internet' },
      { name: 'allow-ssh-any', priority: 110, access: 'Allow', ports: '22', source: '*' },
    ]),
    nsg(sub, g, 'nsg-bastion', [
      { name: 'deny-rdp', priority: 100, access: 'Deny', ports: '3389', source: 'Internet' },
      { name: 'allow-rdp-any', priority: 200, access: 'Allow', ports: ['3389', '5985-5986'], source: ['0.0.0.0/0'] },
      { name: 'allow-ssh-vpn', priority: 300, access: 'Allow', ports: '22', source: '10.20.0.0/16' },
    ]),
    aks(sub, g, 'aks-private', { private: true }),
    aks(sub, g, 'aks-public'),
    logs,
    shortLogs,
    keyVault(sub, g, 'kv-hosting-prod'),
  ].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const arm: Record<string, unknown> = {
    [`${dbOk.id}/transparentDataEncryption/current`]: tde(dbOk.id as string, 'Enabled'),
    [`${dbOff.id}/transparentDataEncryption/current`]: tde(dbOff.id as string, 'Disabled'),
    [`${serverId}/encryptionProtector/current`]: protector(serverId, 'ServiceManaged'),
    [`${serverId}/firewallRules`]: firewallRules(serverId, [
      ['AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0'],
      ['office', '203.0.113.0', '203.0.113.255'],
    ]),
    [`/subscriptions/${sub}/providers/Microsoft.Insights/diagnosticSettings`]: {
      value: [activityExport(sub, 'activity-to-logs', { workspaceId: logs.id as string }), activityExport(sub, 'activity-to-archive', { storageAccountId: archive.id as string })],
    },
    [logs.id as string]: workspaceBody(logs),
    [`${archive.id}/managementPolicies/default`]: lifecyclePolicy(archive.id as string, 730),
  };
  return {
    data: {
      containers: [subscription(sub), resourceGroup(sub, g)],
      resources,
      assessments: [assessment(sub, MFA.owner, 'Healthy'), assessment(sub, MFA.write, 'Unhealthy', 'Accounts with write permissions on Azure resources should be MFA enabled')],
    },
    arm,
  };
}

export function fixtureOf(...subs: Array<{ sub: string; data: SubscriptionData; arm?: Record<string, unknown> }>): AzureFixture {
  return {
    subscriptions: Object.fromEntries(subs.map((s) => [s.sub, s.data])),
    arm: Object.assign({}, ...subs.map((s) => s.arm ?? {})),
  };
}

/**
 * `count` generated resources for a subscription, made on demand by index (sorted by id): a mix of
 * storage accounts, disks, VMs, NSGs, workspaces, key vaults and web apps, as a real estate has.
 * No SQL database, so paging is measured without the per-database ARM reads. `compliant`: every
 * resource passes (no finding to keep), to measure the scan's own memory.
 */
export function generatedResources(sub: string, total: number, compliant = false): { count: number; make: (i: number) => Row } {
  const regions = ['francecentral', 'westeurope', 'northeurope', 'germanywestcentral'];
  return {
    count: total,
    make: (i) => {
      const n = String(i).padStart(7, '0');
      const g = `rg-${String(Math.floor(i / 500)).padStart(4, '0')}`;
      const location = regions[i % regions.length]!;
      switch (i % 7) {
        case 0:
          return storageAccount(sub, g, `st${n}`, { location, sku: i % 3 ? 'Standard_LRS' : 'Standard_GRS' });
        case 1:
          return disk(sub, g, `disk-${n}`, { location });
        case 2:
          return virtualMachine(sub, g, `vm-${n}`, { location, encryptionAtHost: compliant || i % 2 === 0 });
        case 3:
          return nsg(sub, g, `nsg-${n}`, [
            { name: 'allow-https', priority: 100, access: 'Allow', ports: '443', source: 'Internet' },
            { name: 'allow-ssh', priority: 200, access: 'Allow', ports: '22', source: compliant || i % 5 ? '10.0.0.0/8' : '*' },
          ], location);
        case 4:
          return workspace(sub, g, `log-${n}`, { location, retention: !compliant && i % 2 ? 90 : 730 });
        case 5:
          return keyVault(sub, g, `kv-${n}`, location);
        default:
          return base(sub, g, 'Microsoft.Web', 'Microsoft.Web/sites', `sites/app-${n}`, location, {
            kind: 'app,linux',
            properties: { state: 'Running', httpsOnly: true, siteConfig: { minTlsVersion: '1.2', ftpsState: 'Disabled' }, serverFarmId: `${rg(sub, g)}/providers/Microsoft.Web/serverfarms/plan` },
          });
      }
    },
  };
}

// ---- Backups, transport, keys, secrets, detection, availability (ARM REST API example shapes) ----

/** A Defender for Cloud plan (`securityresources` row / `az security pricing list` item). */
export function pricing(sub: string, name: string, tier: 'Standard' | 'Free', o: { subPlan?: string; extensions?: Array<{ name: string; isEnabled: 'True' | 'False' }> } = {}): Row {
  return {
    id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${name}`,
    name,
    type: 'microsoft.security/pricings',
    tenantId: TENANT,
    subscriptionId: sub,
    resourceGroup: '',
    location: '',
    properties: {
      pricingTier: tier,
      ...(o.subPlan ? { subPlan: o.subPlan } : {}),
      freeTrialRemainingTime: 'PT0S',
      ...(tier === 'Standard' ? { enablementTime: '2025-02-03T10:00:00.000Z' } : {}),
      ...(o.extensions ? { extensions: o.extensions } : {}),
    },
  };
}

export function webApp(sub: string, group: string, name: string, o: { httpsOnly?: boolean; kind?: string } = {}): Row {
  return base(sub, group, 'Microsoft.Web', 'Microsoft.Web/sites', `sites/${name}`, 'francecentral', {
    kind: o.kind ?? 'app,linux',
    properties: {
      state: 'Running',
      hostNames: [`${name}.azurewebsites.net`],
      httpsOnly: o.httpsOnly ?? true,
      serverFarmId: `${rg(sub, group)}/providers/Microsoft.Web/serverfarms/plan`,
      // Resource Graph's site record carries a site configuration of nulls: the real one is config/web.
      siteConfig: { minTlsVersion: null, ftpsState: null, numberOfWorkers: 1 },
    },
  });
}

/** The ARM body of `…/config/web` (GET, 2023-12-01). */
export function webConfig(siteId: string, o: { minTlsVersion?: string; scmMinTlsVersion?: string; ftpsState?: string } = {}): Row {
  return {
    id: `${siteId}/config/web`,
    name: siteId.split('/').pop(),
    type: 'Microsoft.Web/sites/config',
    location: 'France Central',
    properties: { numberOfWorkers: 1, http20Enabled: true, minTlsVersion: o.minTlsVersion ?? '1.2', scmMinTlsVersion: o.scmMinTlsVersion ?? '1.2', ftpsState: o.ftpsState ?? 'FtpsOnly', alwaysOn: true },
  };
}

/** A flexible server parameter (`…/configurations/<name>`, GET). */
export function serverParameter(serverId: string, name: string, value: string): Row {
  return {
    id: `${serverId}/configurations/${name}`,
    name,
    type: serverId.toLowerCase().includes('dbforpostgresql') ? 'Microsoft.DBforPostgreSQL/flexibleServers/configurations' : 'Microsoft.DBforMySQL/flexibleServers/configurations',
    properties: { value, description: '', defaultValue: value, dataType: 'Enumeration', source: 'system-default', isReadOnly: false },
  };
}

/** `…/backupShortTermRetentionPolicies/default` (GET, 2021-11-01). */
export function shortTermRetention(databaseId: string, days: number): Row {
  return { id: `${databaseId}/backupShortTermRetentionPolicies/default`, name: 'default', type: 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies', properties: { retentionDays: days, diffBackupIntervalInHours: 12 } };
}

export function virtualNetwork(sub: string, group: string, name: string, subnets: Array<{ name: string; nsg?: string }>): Row {
  const id = `${rg(sub, group)}/providers/Microsoft.Network/virtualNetworks/${name}`;
  return base(sub, group, 'Microsoft.Network', 'Microsoft.Network/virtualNetworks', `virtualNetworks/${name}`, 'francecentral', {
    properties: {
      provisioningState: 'Succeeded',
      addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
      subnets: subnets.map((s, i) => ({
        id: `${id}/subnets/${s.name}`,
        name: s.name,
        type: 'Microsoft.Network/virtualNetworks/subnets',
        properties: { addressPrefix: `10.20.${i}.0/24`, ...(s.nsg ? { networkSecurityGroup: { id: `${rg(sub, group)}/providers/Microsoft.Network/networkSecurityGroups/${s.nsg}` } } : {}) },
      })),
    },
  });
}

export function networkWatcher(sub: string, region = 'francecentral'): Row {
  return base(sub, 'NetworkWatcherRG', 'Microsoft.Network', 'Microsoft.Network/networkWatchers', `networkWatchers/NetworkWatcher_${region}`, region, { properties: { provisioningState: 'Succeeded' } });
}

/** A Network Watcher flow log (ARM body, 2024-05-01). */
export function flowLog(sub: string, name: string, targetResourceId: string, enabled = true, region = 'francecentral'): Row {
  return base(sub, 'NetworkWatcherRG', 'Microsoft.Network', 'Microsoft.Network/networkWatchers/flowLogs', `networkWatchers/NetworkWatcher_${region}/flowLogs/${name}`, region, {
    properties: {
      targetResourceId,
      targetResourceGuid: '5b3f1c2d-0e9a-4b8c-9d7e-6f5a4b3c2d1e',
      storageId: `${rg(sub, 'rg-logs')}/providers/Microsoft.Storage/storageAccounts/stflowlogs`,
      enabled,
      retentionPolicy: { days: 90, enabled: true },
      format: { type: 'JSON', version: 2 },
      provisioningState: 'Succeeded',
    },
  });
}

export function containerRegistry(sub: string, group: string, name: string): Row {
  return base(sub, group, 'Microsoft.ContainerRegistry', 'Microsoft.ContainerRegistry/registries', `registries/${name}`, 'francecentral', {
    sku: { name: 'Premium', tier: 'Premium' },
    properties: { loginServer: `${name}.azurecr.io`, adminUserEnabled: false, publicNetworkAccess: 'Disabled', zoneRedundancy: 'Enabled', provisioningState: 'Succeeded' },
  });
}

export function containerApp(sub: string, group: string, name: string, env: Array<{ name: string; value?: string; secretRef?: string }>): Row {
  return base(sub, group, 'Microsoft.App', 'Microsoft.App/containerApps', `containerApps/${name}`, 'francecentral', {
    properties: {
      provisioningState: 'Succeeded',
      managedEnvironmentId: `${rg(sub, group)}/providers/Microsoft.App/managedEnvironments/cae`,
      configuration: { activeRevisionsMode: 'Single', secrets: [{ name: 'db-password' }], ingress: { external: true, targetPort: 8080, transport: 'auto', allowInsecure: false } },
      template: { containers: [{ name: 'app', image: 'ghcr.io/example/app:1.4.2', env, resources: { cpu: 0.5, memory: '1Gi' } }], scale: { minReplicas: 1, maxReplicas: 3 } },
    },
  });
}

export function recoveryVault(sub: string, group: string, name: string, o: { softDelete?: string; immutability?: string } = {}): Row {
  return base(sub, group, 'Microsoft.RecoveryServices', 'Microsoft.RecoveryServices/vaults', `vaults/${name}`, 'francecentral', {
    sku: { name: 'RS0', tier: 'Standard' },
    properties: {
      provisioningState: 'Succeeded',
      redundancySettings: { standardTierStorageRedundancy: 'LocallyRedundant', crossRegionRestore: 'Disabled' },
      ...(o.softDelete || o.immutability
        ? {
            securitySettings: {
              ...(o.softDelete ? { softDeleteSettings: { softDeleteState: o.softDelete, softDeleteRetentionPeriodInDays: 14, enhancedSecurityState: 'Enabled' } } : {}),
              ...(o.immutability ? { immutabilitySettings: { state: o.immutability } } : {}),
            },
          }
        : {}),
      publicNetworkAccess: 'Enabled',
    },
  });
}

export function keyVaultWith(sub: string, group: string, name: string, o: { softDelete?: boolean; purgeProtection?: boolean }): Row {
  const row = keyVault(sub, group, name);
  const props = row.properties as Record<string, unknown>;
  delete props.enableSoftDelete;
  delete props.enablePurgeProtection;
  if (o.softDelete !== undefined) props.enableSoftDelete = o.softDelete;
  if (o.purgeProtection !== undefined) props.enablePurgeProtection = o.purgeProtection;
  return row;
}

export function cosmosAccount(sub: string, group: string, name: string, backupPolicy: Record<string, unknown>, minimalTlsVersion = 'Tls12'): Row {
  return base(sub, group, 'Microsoft.DocumentDB', 'Microsoft.DocumentDB/databaseAccounts', `databaseAccounts/${name}`, 'francecentral', {
    kind: 'GlobalDocumentDB',
    properties: {
      provisioningState: 'Succeeded',
      databaseAccountOfferType: 'Standard',
      locations: [{ locationName: 'France Central', failoverPriority: 0, isZoneRedundant: false }],
      backupPolicy,
      minimalTlsVersion,
      publicNetworkAccess: 'Disabled',
    },
  });
}

export function applicationGateway(sub: string, group: string, name: string, o: { httpRedirects: boolean; sslPolicy?: Record<string, unknown>; zones?: string[] }): Row {
  const id = `${rg(sub, group)}/providers/Microsoft.Network/applicationGateways/${name}`;
  const ref = (kind: string, n: string) => ({ id: `${id}/${kind}/${n}` });
  return base(sub, group, 'Microsoft.Network', 'Microsoft.Network/applicationGateways', `applicationGateways/${name}`, 'francecentral', {
    zones: o.zones ?? null,
    properties: {
      sku: { name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 },
      ...(o.sslPolicy ? { sslPolicy: o.sslPolicy } : {}),
      httpListeners: [
        { id: `${id}/httpListeners/http`, name: 'http', properties: { frontendPort: ref('frontendPorts', 'port80'), protocol: 'Http', requireServerNameIndication: false } },
        { id: `${id}/httpListeners/https`, name: 'https', properties: { frontendPort: ref('frontendPorts', 'port443'), protocol: 'Https', sslCertificate: ref('sslCertificates', 'cert'), requireServerNameIndication: false } },
      ],
      requestRoutingRules: [
        {
          id: `${id}/requestRoutingRules/http-rule`,
          name: 'http-rule',
          properties: { ruleType: 'Basic', priority: 10, httpListener: ref('httpListeners', 'http'), ...(o.httpRedirects ? { redirectConfiguration: ref('redirectConfigurations', 'to-https') } : { backendAddressPool: ref('backendAddressPools', 'app'), backendHttpSettings: ref('backendHttpSettingsCollection', 'app') }) },
        },
        { id: `${id}/requestRoutingRules/https-rule`, name: 'https-rule', properties: { ruleType: 'Basic', priority: 20, httpListener: ref('httpListeners', 'https'), backendAddressPool: ref('backendAddressPools', 'app'), backendHttpSettings: ref('backendHttpSettingsCollection', 'app') } },
      ],
      redirectConfigurations: o.httpRedirects ? [{ id: `${id}/redirectConfigurations/to-https`, name: 'to-https', properties: { redirectType: 'Permanent', targetListener: ref('httpListeners', 'https'), includePath: true, includeQueryString: true } }] : [],
      provisioningState: 'Succeeded',
    },
  });
}

/**
 * A subscription with the facts of the backup, transport, key, secret, detection and availability policies: Defender plans, a VNet with and one without flow logs, a
 * registry, a container app with a password in clear, web apps, a SQL database with its retention
 * policy, a vault, a Key Vault, and an activity log exported to an immutable storage account.
 */
export function policySubscription(sub: string): { data: SubscriptionData; arm: Record<string, unknown> } {
  const g = 'rg-estate';
  const covered = virtualNetwork(sub, g, 'vnet-covered', [{ name: 'app', nsg: 'nsg-app' }, { name: 'data' }]);
  const bare = virtualNetwork(sub, g, 'vnet-bare', [{ name: 'app' }]);
  const watcher = networkWatcher(sub);
  const vnetLog = flowLog(sub, 'fl-vnet-covered', covered.id as string);
  const site = webApp(sub, g, 'app-portal');
  const legacySite = webApp(sub, g, 'app-legacy', { httpsOnly: false });
  const server = sqlServer(sub, g, 'sql-estate');
  const db = sqlDatabase(sub, g, 'sql-estate', 'ledger');
  const psql = postgresFlexible(sub, g, 'psql-estate', { public: false });
  const archive = storageAccount(sub, g, 'stactivityarchive');
  const resources: Row[] = [
    covered,
    bare,
    watcher,
    vnetLog,
    site,
    legacySite,
    server,
    db,
    psql,
    archive,
    containerRegistry(sub, g, 'acrestate'),
    containerApp(sub, g, 'ca-api', [
      { name: 'DB_HOST', value: 'psql-estate.postgres.database.azure.com' },
      { name: 'DB_PASSWORD', value: 'Sup3r-S3cret!' },
      { name: 'API_TOKEN', secretRef: 'api-token' },
    ]),
    recoveryVault(sub, g, 'rsv-estate', { softDelete: 'AlwaysON', immutability: 'Locked' }),
    keyVaultWith(sub, g, 'kv-estate', { softDelete: true }),
  ].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const archiveId = archive.id as string;
  const arm: Record<string, unknown> = {
    [`/subscriptions/${sub}/providers/Microsoft.Network/networkWatchers`]: { value: [watcher] },
    [`${watcher.id}/flowLogs`]: { value: [vnetLog] },
    [`${site.id}/config/web`]: webConfig(site.id as string),
    [`${legacySite.id}/config/web`]: webConfig(legacySite.id as string, { minTlsVersion: '1.0', ftpsState: 'AllAllowed' }),
    [`${db.id}/transparentDataEncryption/current`]: tde(db.id as string, 'Enabled'),
    [`${db.id}/backupShortTermRetentionPolicies/default`]: shortTermRetention(db.id as string, 3),
    [`${server.id}/encryptionProtector/current`]: protector(server.id as string, 'ServiceManaged'),
    [`${psql.id}/configurations/require_secure_transport`]: serverParameter(psql.id as string, 'require_secure_transport', 'off'),
    [`${psql.id}/configurations/ssl_min_protocol_version`]: serverParameter(psql.id as string, 'ssl_min_protocol_version', 'TLSv1.2'),
    [`/subscriptions/${sub}/providers/Microsoft.Insights/diagnosticSettings`]: { value: [activityExport(sub, 'activity-to-archive', { storageAccountId: archiveId })] },
    [`${archiveId}/managementPolicies/default`]: lifecyclePolicy(archiveId, 730),
    [`${archiveId}/blobServices/default`]: blobService(sub, g, 'stactivityarchive', { softDeleteDays: 30 }),
    [archiveId]: { ...archive, properties: { ...(archive.properties as Row), immutableStorageWithVersioning: { enabled: true, immutabilityPolicy: { immutabilityPeriodSinceCreationInDays: 730, state: 'Locked', allowProtectedAppendWrites: true } } } },
  };
  return {
    data: {
      containers: [{ ...subscription(sub), tags: { environment: 'prod' } }, resourceGroup(sub, g)],
      resources,
      assessments: [],
      pricings: [
        pricing(sub, 'VirtualMachines', 'Standard', { subPlan: 'P2' }),
        pricing(sub, 'StorageAccounts', 'Standard', { subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: 'False' }, { name: 'SensitiveDataDiscovery', isEnabled: 'True' }] }),
        pricing(sub, 'SqlServers', 'Free'),
        pricing(sub, 'Containers', 'Standard', { extensions: [{ name: 'ContainerRegistriesVulnerabilityAssessments', isEnabled: 'True' }] }),
        pricing(sub, 'KeyVaults', 'Free'),
      ],
    },
    arm,
  };
}

/** A Recovery Services protected item (ARM GET …/protectedItems/{name}, 2023-04-01) protecting a VM. */
export function protectedItem(sub: string, group: string, vault: string, vm: string, o: { state?: string; policy?: string } = {}): Row {
  const container = `iaasvmcontainerv2;${group};${vm}`;
  const vmId = `${rg(sub, group)}/providers/Microsoft.Compute/virtualMachines/${vm}`;
  return {
    id: `${rg(sub, group)}/providers/Microsoft.RecoveryServices/vaults/${vault}/backupFabrics/Azure/protectionContainers/IaasVMContainer;${container}/protectedItems/VM;${container}`,
    name: `VM;${container}`,
    type: 'Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems',
    properties: {
      friendlyName: vm,
      virtualMachineId: vmId,
      protectionStatus: 'Healthy',
      protectionState: o.state ?? 'Protected',
      healthStatus: 'Passed',
      lastBackupStatus: 'Completed',
      lastBackupTime: '2026-01-14T23:12:07.000Z',
      protectedItemType: 'Microsoft.Compute/virtualMachines',
      backupManagementType: 'AzureIaasVM',
      workloadType: 'VM',
      containerName: container,
      sourceResourceId: vmId,
      policyId: `${rg(sub, group)}/providers/Microsoft.RecoveryServices/vaults/${vault}/backupPolicies/${o.policy ?? 'daily'}`,
      policyName: o.policy ?? 'daily',
    },
  };
}

/** A Recovery Services VM backup policy keeping daily recovery points `days` days (ARM GET …/backupPolicies/{name}, 2023-04-01). */
export function vmBackupPolicy(sub: string, group: string, vault: string, name: string, days: number): Row {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.RecoveryServices/vaults/${vault}/backupPolicies/${name}`,
    name,
    type: 'Microsoft.RecoveryServices/vaults/backupPolicies',
    properties: {
      backupManagementType: 'AzureIaasVM',
      schedulePolicy: { schedulePolicyType: 'SimpleSchedulePolicy', scheduleRunFrequency: 'Daily', scheduleRunTimes: ['2026-01-05T23:00:00Z'], scheduleWeeklyFrequency: 0 },
      retentionPolicy: { retentionPolicyType: 'LongTermRetentionPolicy', dailySchedule: { retentionTimes: ['2026-01-05T23:00:00Z'], retentionDuration: { count: days, durationType: 'Days' } } },
      timeZone: 'UTC',
      protectedItemsCount: 1,
    },
  };
}

/** A Backup vault disk backup policy: snapshots every day, kept `duration` (ISO 8601) in the operational store (ARM GET …/backupVaults/{v}/backupPolicies/{name}, 2023-05-01). */
export function diskBackupPolicy(sub: string, group: string, vault: string, name: string, duration: string): Row {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.DataProtection/backupVaults/${vault}/backupPolicies/${name}`,
    name,
    type: 'Microsoft.DataProtection/backupVaults/backupPolicies',
    properties: {
      policyRules: [
        {
          backupParameters: { backupType: 'Incremental', objectType: 'AzureBackupParams' },
          trigger: { schedule: { repeatingTimeIntervals: ['R/2026-01-05T02:00:00+00:00/P1D'] }, taggingCriteria: [{ tagInfo: { tagName: 'Default', id: 'Default_' }, taggingPriority: 99, isDefault: true }], objectType: 'ScheduleBasedTriggerContext' },
          dataStore: { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' },
          name: 'BackupDaily',
          objectType: 'AzureBackupRule',
        },
        {
          lifecycles: [{ sourceDataStore: { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' }, deleteAfter: { objectType: 'AbsoluteDeleteOption', duration } }],
          isDefault: true,
          name: 'Default',
          objectType: 'AzureRetentionRule',
        },
      ],
      datasourceTypes: ['Microsoft.Compute/disks'],
      objectType: 'BackupPolicy',
    },
  };
}

/** A Backup vault instance protecting a managed disk (ARM GET …/backupVaults/{v}/backupInstances/{name}, 2023-05-01). */
export function diskBackupInstance(sub: string, group: string, vault: string, disk: string, policy: string, status = 'ProtectionConfigured'): Row {
  const diskId = `${rg(sub, group)}/providers/Microsoft.Compute/disks/${disk}`;
  return {
    id: `${rg(sub, group)}/providers/Microsoft.DataProtection/backupVaults/${vault}/backupInstances/${disk}-${disk}-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`,
    name: `${disk}-${disk}-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`,
    type: 'Microsoft.DataProtection/backupVaults/backupInstances',
    properties: {
      friendlyName: disk,
      dataSourceInfo: { resourceID: diskId, resourceUri: diskId, datasourceType: 'Microsoft.Compute/disks', resourceName: disk, resourceType: 'Microsoft.Compute/disks', resourceLocation: 'francecentral', objectType: 'Datasource' },
      policyInfo: {
        policyId: `${rg(sub, group)}/providers/Microsoft.DataProtection/backupVaults/${vault}/backupPolicies/${policy}`,
        policyVersion: '',
        policyParameters: { dataStoreParametersList: [{ objectType: 'AzureOperationalStoreParameters', dataStoreType: 'OperationalStore', resourceGroupId: rg(sub, 'rg-snapshots') }] },
      },
      protectionStatus: { status },
      currentProtectionState: status,
      provisioningState: 'Succeeded',
      objectType: 'BackupInstance',
    },
  };
}

/** A record as a Resource Graph `recoveryservicesresources` row: the ARM body with the columns Graph adds. */
export function recoveryServicesRow(sub: string, record: Row): Row {
  const group = /\/resourceGroups\/([^/]+)/i.exec(String(record.id))?.[1] ?? '';
  return { ...record, type: String(record.type).toLowerCase(), tenantId: TENANT, location: 'francecentral', resourceGroup: group, subscriptionId: sub, tags: {} };
}

/** The blob service of a storage account (ARM GET …/blobServices/default, 2023-05-01). */
export function blobService(sub: string, group: string, account: string, o: { versioning?: boolean; softDeleteDays?: number } = {}): Row {
  return {
    id: `${rg(sub, group)}/providers/Microsoft.Storage/storageAccounts/${account}/blobServices/default`,
    name: 'default',
    type: 'Microsoft.Storage/storageAccounts/blobServices',
    sku: { name: 'Standard_LRS', tier: 'Standard' },
    properties: {
      cors: { corsRules: [] },
      deleteRetentionPolicy: o.softDeleteDays === undefined ? { allowPermanentDelete: false, enabled: false } : { allowPermanentDelete: false, enabled: true, days: o.softDeleteDays },
      ...(o.versioning === undefined ? {} : { isVersioningEnabled: o.versioning }),
      containerDeleteRetentionPolicy: { enabled: true, days: 7 },
    },
  };
}

/**
 * An Event Hubs or Service Bus namespace as Resource Graph returns it, properties as in
 * azure-rest-api-specs `EHNameSpaceCreate.json` (2024-01-01) and `SBNameSpaceList.json` (2021-11-01):
 * no `encryption` at all with the platform key; `keySource` Microsoft.KeyVault and
 * `keyVaultProperties[]` with a customer key.
 */
export function messagingNamespace(sub: string, group: string, service: 'EventHub' | 'ServiceBus', name: string, o: { location?: string; cmk?: boolean } = {}): Row {
  return base(sub, group, `Microsoft.${service}`, `Microsoft.${service}/namespaces`, `namespaces/${name}`, o.location ?? 'francecentral', {
    sku: { name: 'Premium', tier: 'Premium', capacity: 1 },
    properties: {
      provisioningState: 'Succeeded',
      zoneRedundant: true,
      disableLocalAuth: true,
      minimumTlsVersion: '1.2',
      createdAt: '2024-02-16T22:36:06.107Z',
      updatedAt: '2024-02-16T22:37:42.29Z',
      serviceBusEndpoint: `https://${name}.servicebus.windows.net:443/`,
      metricId: `${sub}:${name}`,
      ...(o.cmk
        ? { encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [{ keyName: 'messages', keyVaultUri: `https://kv-${name}.vault.azure.net`, keyVersion: '' }], requireInfrastructureEncryption: false } }
        : {}),
    },
  });
}
