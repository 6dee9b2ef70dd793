import { ancestors, bucket, disk, logBucket, logSink, PROJECTS, project, resource, sqlInstance, type ProjectId } from './gcp-estate.js';
import type { RestAsset } from './gcp-server.js';

/**
 * Cloud Asset Inventory records (REST shape, `resource.data` in each service's own JSON as the
 * Compute, Cloud SQL, KMS, IAM, Logging, Run, Functions, Artifact Registry and Backup and DR APIs
 * return it) for the policies' facets: pass, fail and unknown cases of each policy.
 */

const COMPUTE = 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest';
const link = (p: ProjectId, rest: string) => `https://www.googleapis.com/compute/v1/projects/${p}/${rest}`;

function compute(p: ProjectId, assetType: string, rest: string, discoveryName: string, location: string, data: Record<string, unknown>): RestAsset {
  return {
    name: `//compute.googleapis.com/projects/${p}/${rest}`,
    assetType: `compute.googleapis.com/${assetType}`,
    ancestors: ancestors(p),
    resource: resource('v1', COMPUTE, discoveryName, p, location, { id: '4417360122934710118', creationTimestamp: '2024-05-06T01:02:03.456-07:00', selfLink: link(p, rest), ...data }),
  };
}

/** A snapshot schedule (Compute resourcePolicies.get): a daily snapshot kept `days` days. */
export const snapshotSchedule = (p: ProjectId, region: string, name: string, days: number) =>
  compute(p, 'ResourcePolicy', `regions/${region}/resourcePolicies/${name}`, 'ResourcePolicy', region, {
    kind: 'compute#resourcePolicy',
    name,
    region: link(p, `regions/${region}`),
    snapshotSchedulePolicy: {
      schedule: { dailySchedule: { daysInCycle: 1, startTime: '04:00', duration: 'PT14400S' } },
      retentionPolicy: { maxRetentionDays: days, onSourceDiskDelete: 'KEEP_AUTO_SNAPSHOTS' },
      snapshotProperties: { storageLocations: [region], guestFlush: false },
    },
    status: 'READY',
  });

export const sslPolicy = (p: ProjectId, name: string, data: Record<string, unknown>) =>
  compute(p, 'SslPolicy', `global/sslPolicies/${name}`, 'SslPolicy', 'global', { kind: 'compute#sslPolicy', name, fingerprint: 'C1a273SpEvg=', ...data });

export const MODERN_FEATURES = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];

export const httpsProxy = (p: ProjectId, name: string, policy?: string) =>
  compute(p, 'TargetHttpsProxy', `global/targetHttpsProxies/${name}`, 'TargetHttpsProxy', 'global', {
    kind: 'compute#targetHttpsProxy',
    name,
    urlMap: link(p, `global/urlMaps/${name}-map`),
    sslCertificates: [link(p, `global/sslCertificates/${name}-cert`)],
    quicOverride: 'NONE',
    fingerprint: 'o0kdNwMuM9c=',
    ...(policy ? { sslPolicy: policy } : {}),
  });

export const regionHttpsProxy = (p: ProjectId, region: string, name: string) =>
  compute(p, 'RegionTargetHttpsProxy', `regions/${region}/targetHttpsProxies/${name}`, 'TargetHttpsProxy', region, {
    kind: 'compute#targetHttpsProxy',
    name,
    region: link(p, `regions/${region}`),
    urlMap: link(p, `regions/${region}/urlMaps/${name}-map`),
  });

export const urlMap = (p: ProjectId, name: string, data: Record<string, unknown>) => compute(p, 'UrlMap', `global/urlMaps/${name}`, 'UrlMap', 'global', { kind: 'compute#urlMap', name, fingerprint: 'zMPiG7KAWCQ=', ...data });

export const httpProxy = (p: ProjectId, name: string, map: string) =>
  compute(p, 'TargetHttpProxy', `global/targetHttpProxies/${name}`, 'TargetHttpProxy', 'global', { kind: 'compute#targetHttpProxy', name, urlMap: link(p, `global/urlMaps/${map}`), fingerprint: 'a1b2c3d4e5f=' });

export const subnetwork = (p: ProjectId, region: string, name: string, data: Record<string, unknown>) =>
  compute(p, 'Subnetwork', `regions/${region}/subnetworks/${name}`, 'Subnetwork', region, {
    kind: 'compute#subnetwork',
    name,
    network: link(p, 'global/networks/vpc-main'),
    ipCidrRange: '10.60.1.0/24',
    gatewayAddress: '10.60.1.1',
    region: link(p, `regions/${region}`),
    privateIpGoogleAccess: true,
    purpose: 'PRIVATE',
    stackType: 'IPV4_ONLY',
    fingerprint: 'dDpTjNNaOyE=',
    ...data,
  });

export const network = (p: ProjectId, name: string, data: Record<string, unknown>) =>
  compute(p, 'Network', `global/networks/${name}`, 'Network', 'global', { kind: 'compute#network', name, routingConfig: { routingMode: 'REGIONAL' }, networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL', ...data });

export const instance = (p: ProjectId, zone: string, name: string, items: Array<{ key: string; value: string }>, labels?: Record<string, string>) =>
  compute(p, 'Instance', `zones/${zone}/instances/${name}`, 'Instance', zone, {
    kind: 'compute#instance',
    name,
    zone: link(p, `zones/${zone}`),
    machineType: link(p, `zones/${zone}/machineTypes/e2-standard-4`),
    status: 'RUNNING',
    metadata: { kind: 'compute#metadata', fingerprint: 'cHWbd3Cd8Jk=', items },
    ...(labels ? { labels } : {}),
  });

export const regionalMig = (p: ProjectId, region: string, name: string, zones: string[] | undefined) =>
  compute(p, 'InstanceGroupManager', `regions/${region}/instanceGroupManagers/${name}`, 'InstanceGroupManager', region, {
    kind: 'compute#instanceGroupManager',
    name,
    region: link(p, `regions/${region}`),
    baseInstanceName: name,
    targetSize: 3,
    instanceTemplate: link(p, `global/instanceTemplates/${name}-v1`),
    ...(zones ? { distributionPolicy: { zones: zones.map((z) => ({ zone: link(p, `zones/${z}`) })), targetShape: 'EVEN' } } : {}),
  });

export function cryptoKey(p: ProjectId, name: string, data: Record<string, unknown>): RestAsset {
  const rel = `projects/${p}/locations/europe-west9/keyRings/data/cryptoKeys/${name}`;
  return {
    name: `//cloudkms.googleapis.com/${rel}`,
    assetType: 'cloudkms.googleapis.com/CryptoKey',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://cloudkms.googleapis.com/$discovery/rest', 'CryptoKey', p, 'europe-west9', {
      name: rel,
      createTime: '2024-05-06T08:00:00.123456789Z',
      purpose: 'ENCRYPT_DECRYPT',
      versionTemplate: { algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'SOFTWARE' },
      destroyScheduledDuration: '2592000s',
      ...data,
    }),
  };
}

export function serviceAccountKey(p: ProjectId, id: string, data: Record<string, unknown>): RestAsset {
  const sa = `ci-deployer@${p}.iam.gserviceaccount.com`;
  return {
    name: `//iam.googleapis.com/projects/${p}/serviceAccounts/108234567890123456789/keys/${id}`,
    assetType: 'iam.googleapis.com/ServiceAccountKey',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://iam.googleapis.com/$discovery/rest', 'ServiceAccountKey', p, 'global', {
      name: `projects/${p}/serviceAccounts/${sa}/keys/${id}`,
      validAfterTime: '2024-05-06T08:00:00Z',
      validBeforeTime: '9999-12-31T23:59:59Z',
      keyAlgorithm: 'KEY_ALG_RSA_2048',
      keyOrigin: 'GOOGLE_PROVIDED',
      ...data,
    }),
  };
}

export function runService(p: ProjectId, name: string, env: Array<Record<string, unknown>>, labels?: Record<string, string>): RestAsset {
  return {
    name: `//run.googleapis.com/projects/${p}/locations/europe-west9/services/${name}`,
    assetType: 'run.googleapis.com/Service',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://run.googleapis.com/$discovery/rest', 'Service', p, 'europe-west9', {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name, namespace: PROJECTS[p], ...(labels ? { labels } : {}), annotations: { 'run.googleapis.com/ingress': 'internal-and-cloud-load-balancing' } },
      spec: { template: { spec: { containerConcurrency: 80, containers: [{ image: `europe-west9-docker.pkg.dev/${p}/images/${name}:1.0.0`, env, ports: [{ containerPort: 8080, name: 'http1' }] }] } } },
      status: { url: `https://${name}-abcdefghij-od.a.run.app` },
    }),
  };
}

export function cloudFunction(p: ProjectId, name: string, env: Record<string, string>): RestAsset {
  const rel = `projects/${p}/locations/europe-west9/functions/${name}`;
  return {
    name: `//cloudfunctions.googleapis.com/${rel}`,
    assetType: 'cloudfunctions.googleapis.com/CloudFunction',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://cloudfunctions.googleapis.com/$discovery/rest', 'CloudFunction', p, 'europe-west9', {
      name: rel,
      runtime: 'python312',
      entryPoint: 'handle',
      status: 'ACTIVE',
      httpsTrigger: { url: `https://europe-west9-${p}.cloudfunctions.net/${name}`, securityLevel: 'SECURE_ALWAYS' },
      environmentVariables: env,
    }),
  };
}

export function repository(p: ProjectId, name: string, data: Record<string, unknown>): RestAsset {
  const rel = `projects/${p}/locations/europe-west9/repositories/${name}`;
  return {
    name: `//artifactregistry.googleapis.com/${rel}`,
    assetType: 'artifactregistry.googleapis.com/Repository',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://artifactregistry.googleapis.com/$discovery/rest', 'Repository', p, 'europe-west9', {
      name: rel,
      format: 'DOCKER',
      mode: 'STANDARD_REPOSITORY',
      createTime: '2024-05-06T08:00:00Z',
      updateTime: '2024-05-06T08:00:00Z',
      sizeBytes: '104857600',
      ...data,
    }),
  };
}

export function backupVault(p: ProjectId, name: string, data: Record<string, unknown>): RestAsset {
  const rel = `projects/${p}/locations/europe-west9/backupVaults/${name}`;
  return {
    name: `//backupdr.googleapis.com/${rel}`,
    assetType: 'backupdr.googleapis.com/BackupVault',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://backupdr.googleapis.com/$discovery/rest', 'BackupVault', p, 'europe-west9', {
      name: rel,
      createTime: '2024-05-06T08:00:00Z',
      state: 'ACTIVE',
      deletable: false,
      backupCount: '12',
      uid: 'a7b1d5e4-0c5b-4f8e-9d0a-2f6a1e3c4b5d',
      ...data,
    }),
  };
}

/** A log sink into a log bucket or a Cloud Storage bucket, with a filter. */
export function filteredSink(p: ProjectId, name: string, destination: string, filter: string | undefined): RestAsset {
  const sink = logSink(p, name, destination);
  const data = sink.resource!.data as Record<string, unknown>;
  if (filter === undefined) delete data.filter;
  else data.filter = filter;
  return sink;
}

/** Search results (searchAllResources without versioned resources): name, type, project, location only. */
export const searchResult = (p: ProjectId, name: string, assetType: string, location: string): Record<string, unknown> => ({
  name,
  assetType,
  project: `projects/${PROJECTS[p]}`,
  displayName: name.split('/').pop(),
  location,
});

export { bucket, disk, logBucket, project, sqlInstance };

/**
 * A Secret Manager secret (REST v1 `Secret`): `replication.automatic` (Google picks the regions, no
 * restriction) or `replication.userManaged.replicas[]` with their locations; each with an optional
 * `customerManagedEncryption.kmsKeyName` (none: Google-managed encryption).
 */
export function secret(p: ProjectId, id: string, replication: Record<string, unknown>): RestAsset {
  const rel = `projects/${PROJECTS[p]}/secrets/${id}`;
  return {
    name: `//secretmanager.googleapis.com/${rel}`,
    assetType: 'secretmanager.googleapis.com/Secret',
    ancestors: ancestors(p),
    resource: resource('v1', 'https://secretmanager.googleapis.com/$discovery/rest', 'Secret', p, 'global', {
      name: rel,
      replication,
      createTime: '2024-05-06T08:00:00.123456Z',
      etag: '"1616f7b4d8a2c0"',
    }),
  };
}
