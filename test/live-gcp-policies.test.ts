import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GCP_INPUT_KINDS } from '../providers/gcp/index.js';
import { DEFAULT_ASSET_TYPES } from '../providers/gcp/live.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { readContext, readInputs } from '../src/input/read-inputs.js';
import type { Resource } from '../src/model/resource.js';
import { runPolicy } from '../src/policy/tester.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../src/settings.js';
import { PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import {
  backupVault,
  bucket,
  cloudFunction,
  cryptoKey,
  filteredSink,
  httpProxy,
  httpsProxy,
  instance,
  logBucket,
  MODERN_FEATURES,
  network,
  regionalMig,
  repository,
  runService,
  searchResult,
  serviceAccountKey,
  sqlInstance,
  sslPolicy,
  subnetwork,
  urlMap,
} from './helpers/gcp-policy-estate.js';
import { startGcpServer, type GcpServer, type RestAsset } from './helpers/gcp-server.js';
import { liveEstate, run, SELF, source } from './helpers/gcp-live.js';

/**
 * Facets of the backup, transport, key, secret, log protection, detection, scanning, credential,
 * separation and availability policies from Cloud Asset Inventory records, offline (a `gcloud asset list --format=json`
 * array, and an export's snake_case lines) and live (the real AssetServiceClient against the local
 * server): each policy's pass, fail and unknown; load balancer proxies judged by SSL policies and
 * URL maps read later in the listing; labels as tags. --shard is in live-gcp-shard.test.ts.
 */

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-policies-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SECRET = 'Kx9!vQ2#rT7pLm4z';

/** The records, proxies first: the SSL policies and URL maps they name come later in the file. */
function records(): Array<RestAsset | Record<string, unknown>> {
  return [
    httpsProxy('hosting-prod', 'web-modern', SELF('hosting-prod', 'global/sslPolicies/modern-tls12')),
    httpsProxy('hosting-prod', 'web-default'),
    httpsProxy('hosting-prod', 'web-shared', SELF('shared-net', 'global/sslPolicies/corporate')),
    httpsProxy('hosting-prod', 'web-compatible', SELF('hosting-prod', 'global/sslPolicies/compatible')),
    httpProxy('hosting-prod', 'web-redirect', 'https-redirect'),
    httpProxy('hosting-prod', 'web-plain', 'web-plain-map'),
    httpProxy('hosting-prod', 'web-unread', 'not-in-file'),
    sslPolicy('hosting-prod', 'modern-tls12', { profile: 'MODERN', minTlsVersion: 'TLS_1_2', enabledFeatures: MODERN_FEATURES }),
    sslPolicy('hosting-prod', 'compatible', { profile: 'COMPATIBLE', minTlsVersion: 'TLS_1_0', enabledFeatures: [...MODERN_FEATURES, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'] }),
    urlMap('hosting-prod', 'https-redirect', { defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false } }),
    urlMap('hosting-prod', 'web-plain-map', { defaultService: SELF('hosting-prod', 'global/backendServices/web') }),
    sqlInstance('hosting-prod', 'orders-db', 'europe-west9', {
      userLabels: { env: 'prod', team: 'orders' },
      ipConfiguration: { ipv4Enabled: false, sslMode: 'ENCRYPTED_ONLY', requireSsl: false },
      backupConfiguration: { enabled: true, startTime: '02:00', pointInTimeRecoveryEnabled: true, transactionLogRetentionDays: 7, backupRetentionSettings: { retentionUnit: 'COUNT', retainedBackups: 14 } },
    }),
    sqlInstance('hosting-prod', 'legacy-db', 'europe-west9', {
      availabilityType: 'ZONAL',
      ipConfiguration: { ipv4Enabled: true, requireSsl: false },
      backupConfiguration: { enabled: false },
    }),
    // As in ../shared/corpus/inventory/gcp-asset-sql-instance.json: backups on, retention not in the record.
    sqlInstance('hosting-prod', 'mock-db', 'europe-west9', { availabilityType: undefined, ipConfiguration: { ipv4Enabled: true, sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' }, backupConfiguration: { enabled: true, binaryLogEnabled: true } }),
    sqlInstance('hosting-prod', 'orders-replica', 'europe-west9', { backupConfiguration: { enabled: false } }, { instanceType: 'READ_REPLICA_INSTANCE', masterInstanceName: 'hosting-prod:orders-db' }),
    backupVault('hosting-prod', 'vault-locked', { backupMinimumEnforcedRetentionDuration: '2592000s', effectiveTime: '2024-06-01T00:00:00Z' }),
    backupVault('hosting-prod', 'vault-open', { backupMinimumEnforcedRetentionDuration: '0s' }),
    backupVault('hosting-prod', 'vault-new', {}),
    cryptoKey('hosting-prod', 'data', { rotationPeriod: '7776000s', nextRotationTime: '2025-08-04T08:00:00Z' }),
    cryptoKey('hosting-prod', 'never', {}),
    cryptoKey('hosting-prod', 'signing', { purpose: 'ASYMMETRIC_SIGN', versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256', protectionLevel: 'HSM' } }),
    searchResult('hosting-prod', '//cloudkms.googleapis.com/projects/hosting-prod/locations/europe-west9/keyRings/data/cryptoKeys/searched', 'cloudkms.googleapis.com/CryptoKey', 'europe-west9'),
    instance('hosting-prod', 'europe-west9-a', 'app-1', [
      { key: 'startup-script', value: `#!/bin/bash\nset -e\nexport DB_PASSWORD='${SECRET}'\nsystemctl start app\n` },
      { key: 'enable-oslogin', value: 'TRUE' },
    ], { env: 'prod' }),
    instance('hosting-prod', 'europe-west9-a', 'app-2', [{ key: 'startup-script', value: '#!/bin/bash\nDB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)\n' }], { env: 'dev' }),
    runService('hosting-prod', 'orders-api', [
      { name: 'API_KEY', value: 'k-93f1c0de77aa41b2' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-password', key: 'latest' } } },
    ]),
    runService('hosting-prod', 'catalog-api', [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-password', key: 'latest' } } }, { name: 'LOG_LEVEL', value: 'info' }]),
    cloudFunction('hosting-prod', 'on-upload', { SENDGRID_API_KEY: 'SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', REGION: 'europe-west9' }),
    logBucket('hosting-prod', '_Default', { retentionDays: 30 }),
    logBucket('hosting-prod', '_Required', { retentionDays: 400, locked: true }),
    logBucket('hosting-prod', 'audit-archive', { retentionDays: 3650, locked: true, cmekSettings: { kmsKeyName: 'projects/hosting-prod/locations/global/keyRings/logs/cryptoKeys/logs' } }),
    logBucket('hosting-prod', 'app-logs', { retentionDays: 30 }),
    filteredSink('hosting-prod', 'audit-to-bucket', 'logging.googleapis.com/projects/hosting-prod/locations/global/buckets/audit-archive', 'logName:"cloudaudit.googleapis.com"'),
    filteredSink('hosting-prod', 'app-to-bucket', 'logging.googleapis.com/projects/hosting-prod/locations/global/buckets/app-logs', 'resource.type="k8s_container"'),
    filteredSink('hosting-prod', 'all-to-gcs', 'storage.googleapis.com/hosting-prod-audit-locked', undefined),
    bucket('hosting-prod', 'hosting-prod-audit-locked', { location: 'EU', locationType: 'multi-region', retentionPolicy: { retentionPeriod: '31536000', effectiveTime: '2024-04-02T10:00:00.000Z', isLocked: true }, labels: { env: 'prod' } }),
    subnetwork('hosting-prod', 'europe-west9', 'app', { logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' }, enableFlowLogs: true }),
    subnetwork('hosting-prod', 'europe-west9', 'batch', {}),
    subnetwork('hosting-prod', 'europe-west9', 'proxy-only', { purpose: 'REGIONAL_MANAGED_PROXY', role: 'ACTIVE' }),
    searchResult('hosting-prod', '//compute.googleapis.com/projects/hosting-prod/regions/europe-west9/subnetworks/searched', 'compute.googleapis.com/Subnetwork', 'europe-west9'),
    repository('hosting-prod', 'images', { vulnerabilityScanningConfig: { enablementConfig: 'INHERITED', enablementState: 'SCANNING_ACTIVE', lastEnableTime: '2024-05-06T08:00:00Z' } }),
    repository('hosting-prod', 'legacy-images', { vulnerabilityScanningConfig: { enablementConfig: 'DISABLED', enablementState: 'SCANNING_DISABLED', enablementStateReason: 'Repository scanning is disabled' } }),
    repository('hosting-prod', 'mirror', {}),
    repository('hosting-prod', 'pypi', { format: 'PYTHON' }),
    serviceAccountKey('hosting-prod', '3f1e2d4c5b6a', { keyType: 'USER_MANAGED' }),
    serviceAccountKey('hosting-prod', 'aa11bb22cc33', { keyType: 'SYSTEM_MANAGED', keyOrigin: 'GOOGLE_PROVIDED' }),
    serviceAccountKey('hosting-prod', 'dd44ee55ff66', {}),
    network('hosting-prod', 'default', { autoCreateSubnetworks: true }),
    network('hosting-prod', 'vpc-main', { autoCreateSubnetworks: false }),
    searchResult('hosting-prod', '//compute.googleapis.com/projects/hosting-prod/global/networks/shared', 'compute.googleapis.com/Network', 'global'),
    regionalMig('hosting-prod', 'europe-west9', 'web', undefined),
    regionalMig('hosting-prod', 'europe-west9', 'batch', ['europe-west9-b']),
  ];
}

let list: Resource[];
beforeAll(async () => {
  const file = path.join(tmp, 'assets.json');
  writeFileSync(file, JSON.stringify(records(), null, 2));
  list = (await readInputs([file], GCP_INPUT_KINDS, readContext(ROOT))).resources;
});

const res = (suffix: string): Resource => {
  const found = list.find((r) => r.id.endsWith(suffix));
  if (!found) throw new Error(`no ${suffix} among ${list.map((r) => r.id).join(', ')}`);
  return found;
};

function status(policyId: string, suffix: string, settings: Partial<ScanSettings> = {}) {
  const policy = BUILTIN_POLICIES.find((p) => p.meta.id === policyId)!;
  const r = res(suffix);
  return runPolicy(policy, [r], settings).get(r.id);
}

describe('GCP facets from Cloud Asset Inventory records', () => {
  it('backups: Cloud SQL retention and Backup and DR vaults; replicas left out', () => {
    expect(status('backups', 'instances/orders-db')).toMatchObject({ status: 'pass', messageId: 'backedUpFor', data: { service: 'Cloud SQL instance', days: 14 } });
    expect(res('instances/orders-db').facets.backup?.evidence).toContainEqual({ path: 'resource.data.settings.backupConfiguration.pointInTimeRecoveryEnabled', value: true, note: 'point-in-time recovery' });
    expect(status('backups', 'instances/legacy-db')).toMatchObject({ status: 'fail', messageId: 'notBackedUp', data: { service: 'Cloud SQL instance' } });
    expect(status('backups', 'instances/mock-db')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('backupRetentionSettings') });
    expect(res('instances/orders-replica').facets.backup).toBeUndefined();
    expect(status('backups', 'backupVaults/vault-locked')).toMatchObject({ status: 'pass' });
    expect(status('backups', 'backupVaults/vault-open')).toMatchObject({ status: 'fail' });
    expect(status('backups', 'backupVaults/vault-new')).toMatchObject({ status: 'unknown' });
  });

  it('tls-in-transit: proxies by the SSL policy or URL map they name, read later in the file; Cloud SQL by its SSL mode', () => {
    expect(status('tls-in-transit', 'targetHttpsProxies/web-modern')).toMatchObject({ status: 'pass', messageId: 'encryptedOnlyFrom', data: { version: '1.2' } });
    expect(res('targetHttpsProxies/web-modern').facets.transit?.evidence[1]).toMatchObject({ from: '//compute.googleapis.com/projects/hosting-prod/global/sslPolicies/modern-tls12', value: 'TLS_1_2' });
    expect(status('tls-in-transit', 'targetHttpsProxies/web-default')).toMatchObject({
      status: 'fail',
      messageId: 'problems',
      data: { problems: [{ messageId: 'acceptsOldTls', data: { version: '1.0', min: '1.2' } }, { messageId: 'weakCiphers' }] },
    });
    expect(status('tls-in-transit', 'targetHttpsProxies/web-compatible')).toMatchObject({ status: 'fail' });
    expect(status('tls-in-transit', 'targetHttpsProxies/web-shared')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('SSL policy') });
    expect(status('tls-in-transit', 'targetHttpProxies/web-redirect')).toMatchObject({ status: 'pass' });
    expect(status('tls-in-transit', 'targetHttpProxies/web-plain')).toMatchObject({ status: 'fail', messageId: 'problems', data: { endpoint: 'HTTP load balancer front end', problems: [{ messageId: 'acceptsPlain' }] } });
    expect(status('tls-in-transit', 'targetHttpProxies/web-unread')).toMatchObject({ status: 'unknown' });
    expect(status('tls-in-transit', 'instances/orders-db')).toMatchObject({ status: 'pass' });
    expect(status('tls-in-transit', 'instances/legacy-db')).toMatchObject({ status: 'fail' });
    expect(status('tls-in-transit', 'instances/mock-db')).toMatchObject({ status: 'fail', evidence: [{ path: 'resource.data.settings.ipConfiguration.sslMode', value: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' }] });
  });

  it('key-management: rotation period, not applicable to signing keys, unknown without the key settings', () => {
    expect(status('key-management', 'cryptoKeys/data')).toMatchObject({ status: 'pass', messageId: 'rotatesEvery', data: { key: 'Cloud KMS key', days: 90 } });
    expect(status('key-management', 'cryptoKeys/never')).toMatchObject({ status: 'fail' });
    expect(res('cryptoKeys/signing').facets.key?.rotation).toBe('not-applicable');
    expect(status('key-management', 'cryptoKeys/signing')).toBeUndefined();
    expect(status('key-management', 'cryptoKeys/searched')).toMatchObject({ status: 'unknown' });
  });

  it('plaintext-secrets: startup scripts, Cloud Run and Cloud Functions environments, never the value', () => {
    expect(status('plaintext-secrets', 'instances/app-1')).toMatchObject({ status: 'fail', evidence: [{ path: 'resource.data.metadata.items[0] (startup-script)', note: 'a password assignment (line 3)' }] });
    expect(status('plaintext-secrets', 'instances/app-2')).toMatchObject({ status: 'pass' });
    expect(status('plaintext-secrets', 'services/orders-api')).toMatchObject({ status: 'fail', evidence: [{ path: 'resource.data.spec.template.spec.containers[0].env[0] (API_KEY)', note: 'an API key in a secret-named setting' }] });
    expect(status('plaintext-secrets', 'services/catalog-api')).toMatchObject({ status: 'pass' });
    expect(status('plaintext-secrets', 'functions/on-upload')).toMatchObject({ status: 'fail', evidence: [{ path: 'resource.data.environmentVariables.SENDGRID_API_KEY' }] });
    expect(JSON.stringify(list.map((r) => r.facets))).not.toContain(SECRET);
  });

  it('audit-log-protection: _Default, _Required, and buckets receiving audit sinks only', () => {
    expect(status('audit-log-protection', 'buckets/_Default')).toMatchObject({ status: 'fail', messageId: 'lacks', data: { store: '_Default log bucket', missing: [{ messageId: 'immutableStorage' }] } });
    expect(status('audit-log-protection', 'buckets/_Required')).toMatchObject({ status: 'pass' });
    expect(status('audit-log-protection', 'buckets/audit-archive')).toMatchObject({ status: 'pass' });
    expect(res('buckets/audit-archive').facets.logProtection?.evidence).toContainEqual({ path: 'destination', from: 'audit-to-bucket', note: 'a log sink routing audit logs into this bucket' });
    expect(res('buckets/app-logs').facets.logProtection).toBeUndefined();
    expect(status('audit-log-protection', '//storage.googleapis.com/hosting-prod-audit-locked')).toMatchObject({ status: 'pass' });
  });

  it('threat-detection: subnet flow logs; no detection facet (Security Command Center is not in the inventory)', () => {
    expect(status('threat-detection', 'subnetworks/app')).toMatchObject({ status: 'pass' });
    expect(status('threat-detection', 'subnetworks/batch')).toMatchObject({ status: 'fail', evidence: [{ note: 'no flow log configuration: VPC flow logs are off' }] });
    expect(res('subnetworks/proxy-only').facets.flowLog).toBeUndefined();
    expect(status('threat-detection', 'subnetworks/searched')).toMatchObject({ status: 'unknown' });
    expect(list.some((r) => r.facets.detection)).toBe(false);
  });

  it('vulnerability-scanning: Docker repositories by their scanning state', () => {
    expect(status('vulnerability-scanning', 'repositories/images')).toMatchObject({ status: 'pass' });
    expect(status('vulnerability-scanning', 'repositories/legacy-images')).toMatchObject({ status: 'fail' });
    expect(status('vulnerability-scanning', 'repositories/mirror')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('containerscanning.googleapis.com') });
    expect(res('repositories/pypi').facets.vulnerabilityScan).toBeUndefined();
  });

  it('long-lived-credentials: user-managed service account keys fail, system-managed ones are left out', () => {
    expect(status('long-lived-credentials', 'keys/3f1e2d4c5b6a')).toMatchObject({ status: 'fail', evidence: [{ path: 'resource.data.keyType', value: 'USER_MANAGED' }] });
    expect(res('keys/aa11bb22cc33').facets.credential).toBeUndefined();
    expect(status('long-lived-credentials', 'keys/dd44ee55ff66')).toMatchObject({ status: 'unknown', settle: expect.stringContaining('keyType') });
  });

  it('network-separation: the default network fails, custom networks say nothing, an unread one is unknown', () => {
    expect(status('network-separation', 'networks/default')).toMatchObject({ status: 'fail' });
    expect(status('network-separation', 'networks/vpc-main')).toBeUndefined();
    expect(status('network-separation', 'networks/shared')).toMatchObject({ status: 'unknown' });
  });

  it('availability: regional instance groups and Cloud SQL, zonal ones fail, unknown without the setting', () => {
    const HA = { highAvailability: ['*'] };
    expect(status('availability', 'instances/orders-db', HA)).toMatchObject({ status: 'pass' });
    expect(status('availability', 'instances/legacy-db', HA)).toMatchObject({ status: 'fail' });
    expect(status('availability', 'instances/mock-db', HA)).toMatchObject({ status: 'unknown' });
    expect(status('availability', 'instanceGroupManagers/web', HA)).toMatchObject({ status: 'pass' });
    expect(status('availability', 'instanceGroupManagers/batch', HA)).toMatchObject({ status: 'fail' });
  });

  it('labels become tags, wherever each service keeps them', () => {
    expect(res('instances/orders-db').tags).toEqual({ env: 'prod', team: 'orders' });
    expect(res('instances/app-2').tags).toEqual({ env: 'dev' });
    expect(res('//storage.googleapis.com/hosting-prod-audit-locked').tags).toEqual({ env: 'prod' });
    expect(res('cryptoKeys/data').tags).toBeUndefined();
  });

  it('reads the export spelling (snake_case top level) alike', async () => {
    const pick = (suffix: string) => records().find((r) => String(r.name).endsWith(suffix))!;
    const lines = [pick('instances/app-1'), pick('instances/orders-db')].map((r) => {
      const { assetType, ...rest } = r as RestAsset;
      return JSON.stringify({ ...rest, asset_type: assetType });
    });
    const file = path.join(tmp, 'export.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const { resources } = await readInputs([file], GCP_INPUT_KINDS, readContext(ROOT));
    expect(resources.find((r) => r.id.endsWith('instances/app-1'))?.facets.plaintextSecrets?.found).toEqual([{ path: 'resource.data.metadata.items[0] (startup-script)', why: 'a password assignment (line 3)' }]);
    expect(resources.find((r) => r.id.endsWith('instances/orders-db'))?.facets.backup?.retentionDays).toBe(14);
  });

  it('a scan mixing prod and dev labels in one project fails network separation, and no report carries the secret', async () => {
    const file = path.join(tmp, 'assets.json');
    const report = await scan({ kinds: INPUT_KINDS, inputs: [file], sourceRoot: tmp, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    const mix = report.findings.find((f) => f.policy === 'network-separation' && f.resource.nativeType === 'cldscan:scope');
    expect(mix).toMatchObject({ status: 'fail', category: 'gcp/hosting-prod', messageId: 'mixed', data: { nonProduction: 1 } });
    expect(JSON.stringify(report)).not.toContain(SECRET);
  });
});

// ─── Live ──────────────────────────────────────────────────────────────────────────────────────

let server: GcpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('live GCP: asset types, proxies and labels', () => {
  it('asks for the new asset types (RE2 patterns the API matches in full) and judges a proxy whose SSL policy comes pages later', async () => {
    server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: liveEstate() });
    const r = await run(source(server, { scopes: ['projects/hosting-prod'], pageSize: 1 }));
    expect(r.notes).toEqual([]);
    const asked = new Set(server.requests.filter((q) => q.contentType === '1').flatMap((q) => q.assetTypes));
    for (const t of ['compute.googleapis.com/(Region)?Target(Https|Http)Proxy', 'run.googleapis.com/Service', 'iam.googleapis.com/ServiceAccountKey', '(cloudkms.googleapis.com/CryptoKey|backupdr.googleapis.com/BackupVault)']) expect(asked).toContain(t);
    expect(DEFAULT_ASSET_TYPES.every((t) => { try { new RegExp(t); return true; } catch { return false; } })).toBe(true);
    const proxy = r.items.find((i) => i.resource.id.endsWith('targetHttpsProxies/web'))!;
    expect(proxy.resource.facets.transit).toMatchObject({ encryptedOnly: 'yes', minTls: '1.2', weakCiphers: 'no' });
    // The regional proxy names no SSL policy: Google's default applies.
    expect(r.items.find((i) => i.resource.id.endsWith('targetHttpsProxies/internal'))?.resource.facets.transit).toMatchObject({ minTls: '1.0', weakCiphers: 'yes' });
    expect(r.items.find((i) => i.resource.id.endsWith('instances/web-1'))?.resource.tags).toEqual({ env: 'prod' });
    expect(r.items.find((i) => i.resource.id.endsWith('instances/orders-db'))?.resource.facets).toMatchObject({ backup: { enabled: 'yes', retentionDays: 'unknown' }, transit: { encryptedOnly: 'yes' }, availability: { multiZone: 'yes' } });
  });
});
