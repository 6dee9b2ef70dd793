import type { RestAsset } from './gcp-server.js';

/**
 * A small GCP estate in the Cloud Asset Inventory REST shape (`listAssets` records: `resource.data`
 * is each service's own REST JSON, as in ../shared/corpus/inventory/gcp-*): an organization, a
 * folder, two projects with compliant and non-compliant resources, and a third project the test
 * credentials may not read.
 */

export const ORG = 'organizations/998877665544';
export const FOLDER = 'folders/301122334455';
export const PROJECTS = { 'hosting-prod': '412345678901', 'hosting-data': '412345678902', 'hosting-denied': '412345678903' } as const;
export type ProjectId = keyof typeof PROJECTS;

export const ancestors = (project: ProjectId) => [`projects/${PROJECTS[project]}`, FOLDER, ORG];
const parent = (project: ProjectId) => `//cloudresourcemanager.googleapis.com/projects/${PROJECTS[project]}`;

export const resource = (version: string, discovery: string, discoveryName: string, project: ProjectId, location: string | undefined, data: Record<string, unknown>) => ({
  version,
  discoveryDocumentUri: discovery,
  discoveryName,
  parent: parent(project),
  ...(location ? { location } : {}),
  data,
});

export function project(id: ProjectId, iam?: RestAsset['iamPolicy']): RestAsset {
  return {
    name: `//cloudresourcemanager.googleapis.com/projects/${PROJECTS[id]}`,
    assetType: 'cloudresourcemanager.googleapis.com/Project',
    ancestors: ancestors(id),
    resource: {
      version: 'v1',
      discoveryDocumentUri: 'https://cloudresourcemanager.googleapis.com/$discovery/rest',
      discoveryName: 'Project',
      parent: `//cloudresourcemanager.googleapis.com/${FOLDER}`,
      data: {
        projectNumber: PROJECTS[id],
        projectId: id,
        lifecycleState: 'ACTIVE',
        name: id,
        parent: { type: 'folder', id: FOLDER.split('/')[1] },
        createTime: '2024-03-11T09:12:44.810Z',
      },
    },
    ...(iam ? { iamPolicy: iam } : {}),
  };
}

export function bucket(p: ProjectId, name: string, data: Record<string, unknown>): RestAsset {
  return {
    name: `//storage.googleapis.com/${name}`,
    assetType: 'storage.googleapis.com/Bucket',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://www.googleapis.com/discovery/v1/apis/storage/v1/rest', 'Bucket', p, String(data.location ?? '').toLowerCase() || undefined, {
      kind: 'storage#bucket',
      id: name,
      name,
      projectNumber: PROJECTS[p],
      storageClass: 'STANDARD',
      etag: 'CAE=',
      metageneration: '1',
      timeCreated: '2024-04-02T10:00:00.000Z',
      updated: '2024-04-02T10:00:00.000Z',
      iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' },
      ...data,
    }),
  };
}

export function logSink(p: ProjectId, name: string, destination: string): RestAsset {
  return {
    name: `//logging.googleapis.com/projects/${p}/sinks/${name}`,
    assetType: 'logging.googleapis.com/LogSink',
    ancestors: ancestors(p),
    resource: resource('v2', 'https://logging.googleapis.com/$discovery/rest', 'LogSink', p, 'global', {
      name,
      destination,
      filter: 'logName:"cloudaudit.googleapis.com"',
      writerIdentity: `serviceAccount:service-${PROJECTS[p]}@gcp-sa-logging.iam.gserviceaccount.com`,
      createTime: '2024-04-02T10:05:00Z',
    }),
  };
}

export function disk(p: ProjectId, zone: string, name: string, extra: Record<string, unknown> = {}): RestAsset {
  const self = `https://www.googleapis.com/compute/v1/projects/${p}/zones/${zone}/disks/${name}`;
  return {
    name: `//compute.googleapis.com/projects/${p}/zones/${zone}/disks/${name}`,
    assetType: 'compute.googleapis.com/Disk',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest', 'Disk', p, zone, {
      id: '7334109843278432001',
      kind: 'compute#disk',
      name,
      selfLink: self,
      sizeGb: '50',
      status: 'READY',
      type: `https://www.googleapis.com/compute/v1/projects/${p}/zones/${zone}/diskTypes/pd-balanced`,
      zone: `https://www.googleapis.com/compute/v1/projects/${p}/zones/${zone}`,
      ...extra,
    }),
  };
}

export function firewall(p: ProjectId, name: string, data: Record<string, unknown>): RestAsset {
  return {
    name: `//compute.googleapis.com/projects/${p}/global/firewalls/${name}`,
    assetType: 'compute.googleapis.com/Firewall',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest', 'Firewall', p, 'global', {
      id: '5113044371046237361',
      kind: 'compute#firewall',
      name,
      network: `https://www.googleapis.com/compute/v1/projects/${p}/global/networks/vpc-main`,
      selfLink: `https://www.googleapis.com/compute/v1/projects/${p}/global/firewalls/${name}`,
      creationTimestamp: '2024-04-02T03:04:05.678-07:00',
      direction: 'INGRESS',
      disabled: false,
      priority: 1000,
      logConfig: { enable: false },
      ...data,
    }),
  };
}

export function sqlInstance(p: ProjectId, name: string, region: string, settings: Record<string, unknown>, extra: Record<string, unknown> = {}): RestAsset {
  return {
    name: `//cloudsql.googleapis.com/projects/${p}/instances/${name}`,
    assetType: 'sqladmin.googleapis.com/Instance',
    ancestors: ancestors(p),
    resource: resource('v1beta4', 'https://www.googleapis.com/discovery/v1/apis/sqladmin/v1beta4/rest', 'DatabaseInstance', p, region, {
      kind: 'sql#instance',
      name,
      project: p,
      region,
      gceZone: `${region}-a`,
      databaseVersion: 'POSTGRES_15',
      backendType: 'SECOND_GEN',
      instanceType: 'CLOUD_SQL_INSTANCE',
      connectionName: `${p}:${region}:${name}`,
      state: 'RUNNABLE',
      settings: { kind: 'sql#settings', tier: 'db-custom-2-7680', availabilityType: 'REGIONAL', dataDiskSizeGb: '100', dataDiskType: 'PD_SSD', ...settings },
      ...extra,
    }),
  };
}

export function cluster(p: ProjectId, location: string, name: string, data: Record<string, unknown>): RestAsset {
  return {
    name: `//container.googleapis.com/projects/${p}/locations/${location}/clusters/${name}`,
    assetType: 'container.googleapis.com/Cluster',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://container.googleapis.com/$discovery/rest', 'Cluster', p, location, {
      name,
      location,
      locations: [`${location}-a`, `${location}-b`],
      currentMasterVersion: '1.30.5-gke.1014001',
      status: 'RUNNING',
      network: 'vpc-main',
      endpoint: '34.155.20.10',
      selfLink: `https://container.googleapis.com/v1/projects/${p}/locations/${location}/clusters/${name}`,
      ...data,
    }),
  };
}

export function logBucket(p: ProjectId, id: string, data: Record<string, unknown>): RestAsset {
  const name = `projects/${p}/locations/global/buckets/${id}`;
  return {
    name: `//logging.googleapis.com/${name}`,
    assetType: 'logging.googleapis.com/LogBucket',
    ancestors: ancestors(p),
    resource: resource('v2', 'https://logging.googleapis.com/$discovery/rest', 'LogBucket', p, 'global', { name, lifecycleState: 'ACTIVE', ...data }),
  };
}

const auditAll = [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }];

export function hierarchyNode(kind: 'folder' | 'organization', iam: NonNullable<RestAsset['iamPolicy']>): RestAsset {
  const node = kind === 'folder' ? FOLDER : ORG;
  return {
    name: `//cloudresourcemanager.googleapis.com/${node}`,
    assetType: kind === 'folder' ? 'cloudresourcemanager.googleapis.com/Folder' : 'cloudresourcemanager.googleapis.com/Organization',
    ancestors: kind === 'folder' ? [FOLDER, ORG] : [ORG],
    iamPolicy: iam,
  };
}

/** The estate every live test reads (pass, fail and unknown for each policy). */
export function estate(): RestAsset[] {
  return [
    hierarchyNode('organization', { version: 1, etag: 'BwYc2o0EvD0=', bindings: [{ role: 'roles/resourcemanager.organizationAdmin', members: ['group:gcp-org-admins@example.com'] }] }),
    hierarchyNode('folder', { version: 1, etag: 'BwYc2o0EvD1=', bindings: [{ role: 'roles/resourcemanager.folderViewer', members: ['group:hosting-team@example.com'] }], auditConfigs: auditAll }),
    project('hosting-prod', {
      version: 1,
      etag: 'BwYc2o0EvD2=',
      bindings: [
        { role: 'roles/owner', members: ['user:alice@example.com', 'group:hosting-admins@example.com'] },
        { role: 'roles/viewer', members: ['user:bob@example.com'] },
        { role: 'roles/cloudsql.client', members: ['serviceAccount:orders@hosting-prod.iam.gserviceaccount.com'] },
      ],
    }),
    bucket('hosting-prod', 'hosting-prod-documents', {
      location: 'EUROPE-WEST9',
      locationType: 'region',
      encryption: { defaultKmsKeyName: 'projects/hosting-prod/locations/europe-west9/keyRings/storage/cryptoKeys/documents' },
      retentionPolicy: { retentionPeriod: '31536000', effectiveTime: '2024-04-02T10:00:00.000Z' },
    }),
    bucket('hosting-prod', 'hosting-prod-exports', { location: 'US', locationType: 'multi-region' }),
    bucket('hosting-prod', 'hosting-prod-audit-logs', {
      location: 'EU',
      locationType: 'multi-region',
      lifecycle: { rule: [{ action: { type: 'Delete' }, condition: { age: 400 } }, { action: { type: 'SetStorageClass', storageClass: 'ARCHIVE' }, condition: { age: 30 } }] },
    }),
    logSink('hosting-prod', 'audit-to-gcs', 'storage.googleapis.com/hosting-prod-audit-logs'),
    disk('hosting-prod', 'europe-west9-a', 'web-1', { diskEncryptionKey: { kmsKeyName: 'projects/hosting-prod/locations/europe-west9/keyRings/compute/cryptoKeys/disks/cryptoKeyVersions/1' } }),
    disk('hosting-prod', 'us-east1-b', 'scratch-1'),
    firewall('hosting-prod', 'allow-ssh-from-anywhere', { allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], sourceRanges: ['0.0.0.0/0'] }),
    firewall('hosting-prod', 'allow-ssh-from-iap', { allowed: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }], sourceRanges: ['35.235.240.0/20'] }),
    sqlInstance('hosting-prod', 'orders-db', 'europe-west9', {
      ipConfiguration: { ipv4Enabled: true, requireSsl: true, authorizedNetworks: [{ kind: 'sql#aclEntry', name: 'everyone', value: '0.0.0.0/0' }] },
      backupConfiguration: { enabled: true, location: 'eu', pointInTimeRecoveryEnabled: true, startTime: '02:00' },
    }, { ipAddresses: [{ type: 'PRIMARY', ipAddress: '34.155.1.2' }], diskEncryptionConfiguration: { kmsKeyName: 'projects/hosting-prod/locations/europe-west9/keyRings/sql/cryptoKeys/orders' } }),
    cluster('hosting-prod', 'europe-west9', 'apps', {
      privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: '172.16.0.0/28', privateEndpoint: '172.16.0.2' },
      masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ displayName: 'vpn', cidrBlock: '10.20.0.0/16' }] },
    }),
    logBucket('hosting-prod', '_Default', { retentionDays: 30, description: 'Default bucket' }),
    logBucket('hosting-prod', '_Required', { retentionDays: 400, locked: true, description: 'Audit bucket' }),
    project('hosting-data', { version: 1, etag: 'BwYc2o0EvD3=', bindings: [{ role: 'roles/bigquery.dataViewer', members: ['group:analysts@example.com'] }], auditConfigs: auditAll }),
    bucket('hosting-data', 'hosting-data-lake', { location: 'EUR4', locationType: 'dual-region' }),
    cluster('hosting-data', 'europe-west1', 'batch', { privateClusterConfig: { enablePrivateNodes: true }, masterAuthorizedNetworksConfig: {} }),
    sqlInstance('hosting-data', 'reporting-db', 'europe-west1', { ipConfiguration: { ipv4Enabled: false, privateNetwork: 'projects/hosting-data/global/networks/vpc-main' }, backupConfiguration: { enabled: false } }, {
      ipAddresses: [{ type: 'PRIVATE', ipAddress: '10.30.0.5' }],
    }),
    logBucket('hosting-data', '_Default', { retentionDays: 400 }),
    project('hosting-denied'),
    bucket('hosting-denied', 'hosting-denied-secrets', { location: 'US' }),
  ];
}

export const TOKEN = 'ya29.test-token-for-the-local-server';
