import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GCP_ASSET_INVENTORY, GCP_INPUT_KINDS } from '../providers/gcp/index.js';
import { fromClientAsset, fromStruct } from '../providers/gcp/asset.js';
import { openDoc, readContext, readInputs } from '../src/input/read-inputs.js';
import { INPUT_KINDS } from '../src/cli/composition-root.js';

import type { Resource } from '../src/model/resource.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { runPolicy } from '../src/policy/tester.js';

/** Offline Cloud Asset Inventory files: `gcloud asset export` JSON lines, `gcloud asset list` arrays, REST responses. */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const FIXTURES = path.join(HERE, 'fixtures/gcp');
const CORPUS = path.resolve(ROOT, '../shared/corpus/inventory');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-gcp-offline-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(file: string, kinds = GCP_INPUT_KINDS) {
  return readInputs([file], kinds, readContext(ROOT));
}

function write(name: string, content: unknown, raw = false): string {
  const file = path.join(tmp, name);
  writeFileSync(file, raw ? (content as string | Buffer) : JSON.stringify(content, null, 2));
  return file;
}

const one = (list: readonly Resource[], suffix: string): Resource => {
  const found = list.filter((r) => r.id.endsWith(suffix));
  if (found.length === 0) throw new Error(`no ${suffix} among ${list.map((r) => r.id).join(', ')}`);
  return found.find((r) => Object.keys(r.facets).length > 0) ?? found[0]!;
};

/** Each resource's status under a policy (resources with nothing to say left out). */
function statuses(policyId: string, list: readonly Resource[], settings = {}): Record<string, string> {
  const policy = BUILTIN_POLICIES.find((p) => p.meta.id === policyId)!;
  const out: Record<string, string> = {};
  for (const r of list) {
    const result = runPolicy(policy, [r], settings).get(r.id);
    if (result) out[r.id] = result.status;
  }
  return out;
}

const P = '700000000001';

describe('gcloud asset export (JSON lines, snake_case)', () => {
  const file = path.join(FIXTURES, 'export.jsonl');

  it('reads every line into a resource filed under its project, pointing at its line', async () => {
    const read_ = await read(file);
    expect(read_.inputs).toEqual([{ path: file, kind: 'gcp-asset-inventory', resources: 19 }]);
    const { resources } = read_;
    const bucket = one(resources, '//storage.googleapis.com/paris-web-assets');
    expect(bucket).toMatchObject({
      provider: 'gcp',
      nativeType: 'storage.googleapis.com/Bucket',
      region: 'europe-west9',
      source: { origin: 'live', category: 'gcp/paris-web', scope: 'paris-web', input: file, location: { uri: 'test/fixtures/gcp/export.jsonl', line: 2 } },
    });
    // Named by number only, yet filed under the id the project record gives.
    expect(one(resources, `projects/${P}`).source.category).toBe('gcp/paris-web');
    expect(one(resources, '//cloudresourcemanager.googleapis.com/organizations/123456789012').source.category).toBe('gcp/organizations/123456789012');
    expect([...read_.categories].sort()).toEqual(['gcp/organizations/123456789012', 'gcp/paris-web']);
  });

  it('computes the facets of each asset type', async () => {
    const { resources } = await read(file);
    expect(one(resources, 'paris-web-backups').facets).toMatchObject({
      storage: { encrypted: 'yes', key: 'customer', evidence: [{ path: 'resource.data.encryption.defaultKmsKeyName' }] },
      dataLocations: {
        locations: [
          { region: 'eu', role: 'primary', evidence: { path: 'resource.data.location', value: 'EU', note: 'dual-region' } },
          { region: 'europe-west1', role: 'replica', evidence: { path: 'resource.data.customPlacementConfig.dataLocations[0]', value: 'EUROPE-WEST1' } },
          { region: 'europe-west4', role: 'replica' },
        ],
      },
    });
    expect(one(resources, 'paris-web-logs').facets.logStore).toMatchObject({ retentionDays: 'forever', evidence: expect.arrayContaining([{ path: 'destination', from: 'all-logs-to-gcs', note: 'log sink writing into this bucket' }]) });
    expect(one(resources, 'paris-web-assets').facets.logStore).toBeUndefined();
    expect(one(resources, 'disks/db-data').facets.storage).toMatchObject({ key: 'customer', evidence: [{ path: 'resource.data.diskEncryptionKey.sha256', note: 'customer-supplied encryption key' }] });
    expect(one(resources, 'disks/db-data').region).toBe('europe-west9');
    expect(one(resources, 'firewalls/allow-egress-https').facets.ingress).toBeUndefined();
    expect(one(resources, 'firewalls/legacy-allow-all').facets.ingress).toMatchObject({ enabled: 'no', rules: [{ protocol: 'all', ports: 'all', sources: ['0.0.0.0/0'] }] });
    expect(one(resources, 'instances/catalog').facets).toMatchObject({
      adminEndpoint: { kind: 'database', publicAccess: 'yes', allowedNetworks: ['203.0.113.0/24'] },
      dataLocations: { locations: [{ region: 'europe-west9', role: 'primary' }, { region: 'eu', role: 'backup', evidence: { note: expect.stringContaining('closest to the instance (EU)') } }] },
    });
    expect(one(resources, 'clusters/web').facets.adminEndpoint).toMatchObject({ publicAccess: 'yes', allowedNetworks: ['0.0.0.0/0'] });
    expect(one(resources, 'buckets/_Default').facets.logStore).toMatchObject({ label: '_Default log bucket', retentionDays: 30 });
    expect(one(resources, 'buckets/audit-archive').facets).toMatchObject({ logStore: { retentionDays: 3650 }, storage: { key: 'customer' } });
    expect(one(resources, 'topics/orders').facets).toMatchObject({ storage: { key: 'customer' }, dataLocations: { locations: [{ region: undefined }] } });
    expect(one(resources, 'secrets/api-token').facets.dataLocations?.locations).toEqual([expect.objectContaining({ region: 'global' })]);
    // The project's IAM policy record (its RESOURCE record carries the audit-log export).
    const project = resources.find((r) => r.id.endsWith(`projects/${P}`) && r.facets.identity)!;
    expect(project.facets.identity).toMatchObject({ admin: 'yes', violation: 'basic-role-to-user', evidence: [{ path: 'iam_policy.bindings[0]', value: 'roles/editor', note: '1 user, 1 service-account' }] });
    expect(project.facets.auditTrail).toMatchObject({ coversAllServices: 'no', evidence: expect.arrayContaining([expect.objectContaining({ path: 'iam_policy.audit_configs[0]', note: expect.stringContaining('1 exempted member') })]) });
    expect(one(resources, 'organizations/123456789012').facets.auditTrail?.coversAllServices).toBe('yes');
  });

  it('gives the five policies pass, fail and unknown', async () => {
    const { resources } = await read(file);
    expect(statuses('encryption-at-rest', resources, { requireCustomerManagedKeys: true })).toMatchObject({
      '//storage.googleapis.com/paris-web-assets': 'fail',
      '//storage.googleapis.com/paris-web-backups': 'pass',
    });
    expect(statuses('data-residency', resources, { residency: 'fr' })).toMatchObject({
      '//storage.googleapis.com/paris-web-assets': 'pass',
      '//storage.googleapis.com/paris-web-backups': 'fail',
      '//pubsub.googleapis.com/projects/paris-web/topics/orders': 'unknown',
      [`//secretmanager.googleapis.com/projects/${P}/secrets/api-token`]: 'fail',
    });
    expect(statuses('admin-mfa', resources)).toEqual({
      [`//cloudresourcemanager.googleapis.com/projects/${P}`]: 'fail',
      '//cloudresourcemanager.googleapis.com/organizations/123456789012': 'unknown',
    });
    const mfa = runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === 'admin-mfa')!, [one(resources, 'organizations/123456789012')]).get('//cloudresourcemanager.googleapis.com/organizations/123456789012');
    expect(mfa?.settle).toMatch(/2-step verification/);
    expect(statuses('admin-network-exposure', resources)).toEqual({
      '//compute.googleapis.com/projects/paris-web/global/firewalls/default-allow-rdp': 'fail',
      '//compute.googleapis.com/projects/paris-web/global/firewalls/legacy-allow-all': 'pass',
      '//compute.googleapis.com/projects/paris-web/global/firewalls/allow-internal': 'pass',
      '//cloudsql.googleapis.com/projects/paris-web/instances/catalog': 'pass',
      '//container.googleapis.com/projects/paris-web/locations/europe-west9/clusters/web': 'fail',
    });
    expect(statuses('log-retention', resources)).toEqual({
      '//storage.googleapis.com/paris-web-logs': 'pass',
      '//logging.googleapis.com/projects/paris-web/locations/europe-west9/buckets/_Default': 'fail',
      '//logging.googleapis.com/projects/paris-web/locations/europe-west9/buckets/audit-archive': 'pass',
      [`//cloudresourcemanager.googleapis.com/projects/${P}`]: 'fail',
      '//cloudresourcemanager.googleapis.com/organizations/123456789012': 'pass',
    });
  });

  it('reads gzip and a one-line export', async () => {
    const gz = write('export.jsonl.gz', gzipSync(readFileSync(file)), true);
    expect((await read(gz)).resources).toHaveLength(19);
    const firstLine = readFileSync(file, 'utf8').split('\n')[1]!;
    const single = write('one.jsonl', `${firstLine}\n`, true);
    expect((await read(single)).resources.map((r) => r.id)).toEqual(['//storage.googleapis.com/paris-web-assets']);
  });
});

describe('gcloud asset list --format=json (camelCase array)', () => {
  it('gives the same facets as the export, with evidence in its own spelling', async () => {
    const list = (await read(path.join(FIXTURES, 'asset-list.json'))).resources;
    const exported = (await read(path.join(FIXTURES, 'export.jsonl'))).resources;
    expect(list).toHaveLength(5);
    for (const r of list) {
      const facetNames = (x: Resource) => Object.keys(x.facets).sort().join();
      const twin = exported.find((e) => e.id === r.id && facetNames(e) === facetNames(r))!;
      if (r.facets.identity) {
        expect(r.facets.identity.evidence[0]!.path).toBe('iamPolicy.bindings[0]');
        expect({ ...r.facets.identity, evidence: [] }).toEqual({ ...twin.facets.identity, evidence: [] });
      } else expect(r.facets).toEqual(twin.facets);
      // The list has no project record: the firewall's name and ancestors tell the project's id.
      expect(r.source.category).toBe('gcp/paris-web');
    }
  });
});

describe('REST responses and search results', () => {
  const bucket = {
    name: '//storage.googleapis.com/lyon-archive',
    assetType: 'storage.googleapis.com/Bucket',
    resource: { version: 'v1', discoveryName: 'Bucket', parent: `//cloudresourcemanager.googleapis.com/projects/${P}`, location: 'europe-west9', data: { name: 'lyon-archive', location: 'EUROPE-WEST9' } },
    ancestors: [`projects/${P}`, 'organizations/123456789012'],
    updateTime: '2025-05-02T10:00:00Z',
  };

  it('reads a listAssets page and a batchGetAssetsHistory response (deleted assets left out)', async () => {
    const page = await read(write('list-page.json', { readTime: '2025-05-02T10:00:00Z', assets: [bucket], nextPageToken: 'CgQIARAB' }));
    expect(page.resources.map((r) => r.id)).toEqual(['//storage.googleapis.com/lyon-archive']);
    const history = await read(
      write('history.json', {
        assets: [
          { window: { startTime: '2025-05-01T00:00:00Z', endTime: '2025-05-02T00:00:00Z' }, asset: bucket },
          { window: { startTime: '2025-05-02T00:00:00Z' }, deleted: true, asset: { name: bucket.name, assetType: bucket.assetType } },
        ],
      }),
    );
    expect(history.resources).toHaveLength(1);
    expect(history.notifications).toEqual([expect.objectContaining({ level: 'note', message: expect.stringContaining('1 record(s) are not assets') })]);
    // The same response recorded with its HTTP exchange (`body`).
    expect((await read(write('recorded.json', { _content_location: 'https://cloudasset.googleapis.com/v1/projects/p/assets', body: { assets: [bucket] } }))).resources).toHaveLength(1);
    // A single asset, pretty-printed (gcloud asset … --format=json of one).
    expect((await read(write('single.json', bucket))).resources[0]!.facets.storage?.key).toBe('provider');
  });

  it('reads searchAllResources results: location and KMS keys, the resource when versioned resources came with it', async () => {
    const { resources } = await read(
      write('search.json', {
        results: [
          { name: '//storage.googleapis.com/lyon-archive', assetType: 'storage.googleapis.com/Bucket', project: `projects/${P}`, location: 'europe-west9', kmsKeys: ['projects/p/locations/europe-west9/keyRings/r/cryptoKeys/k'] },
          { name: '//storage.googleapis.com/lyon-public', assetType: 'storage.googleapis.com/Bucket', project: `projects/${P}`, location: 'us' },
          {
            name: '//compute.googleapis.com/projects/paris-web/global/firewalls/open',
            assetType: 'compute.googleapis.com/Firewall',
            project: `projects/${P}`,
            location: 'global',
            versionedResources: [{ version: 'v1', resource: { name: 'open', direction: 'INGRESS', allowed: [{ IPProtocol: 'tcp', ports: ['5432'] }], sourceRanges: ['0.0.0.0/0'] } }],
          },
          { name: '//compute.googleapis.com/projects/paris-web/global/firewalls/bare', assetType: 'compute.googleapis.com/Firewall', project: `projects/${P}`, location: 'global' },
        ],
      }),
    );
    expect(one(resources, 'lyon-archive').facets).toMatchObject({ storage: { key: 'customer', evidence: [{ path: 'kmsKeys' }] }, dataLocations: { locations: [{ region: 'europe-west9', evidence: { path: 'location' } }] } });
    expect(one(resources, 'lyon-public').facets.storage).toMatchObject({ key: 'unknown', settle: expect.any(String) });
    expect(statuses('admin-network-exposure', resources)).toEqual({
      '//compute.googleapis.com/projects/paris-web/global/firewalls/open': 'fail',
      // Without the rule itself, never a pass.
      '//compute.googleapis.com/projects/paris-web/global/firewalls/bare': 'unknown',
    });
    expect(resources.every((r) => r.source.category === 'gcp/paris-web')).toBe(true);
  });

  it('reads searchAllIamPolicies results', async () => {
    const { resources } = await read(
      write('iam-search.json', [
        {
          resource: `//cloudresourcemanager.googleapis.com/projects/${P}`,
          project: `projects/${P}`,
          organization: 'organizations/123456789012',
          policy: { bindings: [{ role: 'roles/owner', members: ['user:dave@example.com'] }] },
        },
      ]),
    );
    expect(resources[0]).toMatchObject({ nativeType: 'cloudresourcemanager.googleapis.com/Project', facets: { identity: { violation: expect.any(String) } } });
  });

  it('leaves other JSON to the other readers', async () => {
    const files = [
      write('not-1.json', { name: 'x', type: 'Microsoft.Storage/storageAccounts' }),
      write('not-2.json', [{ id: '/subscriptions/s/resourceGroups/r', name: 'r', type: 'x' }]),
      write('not-3.json', { assets: [{ id: 'a' }] }),
      write('not-4.json', { configurationItems: [{ resourceType: 'AWS::S3::Bucket', resourceId: 'b' }] }),
    ];
    for (const f of files) expect(GCP_ASSET_INVENTORY.detect(openDoc(f))).toBe(false);
  });
});

describe('the Node client shape', () => {
  it('turns the protobuf Struct of resource.data into JSON, timestamps into RFC 3339, and drops filled-in defaults', async () => {
    const s = (v: string) => ({ stringValue: v, kind: 'stringValue' });
    const asset = {
      orgPolicy: [],
      ancestors: ['projects/1'],
      name: '//storage.googleapis.com/b',
      assetType: 'storage.googleapis.com/Bucket',
      resource: {
        version: 'v1',
        discoveryDocumentUri: '',
        resourceUrl: '',
        parent: '//cloudresourcemanager.googleapis.com/projects/1',
        location: 'eu',
        data: {
          fields: {
            location: s('EU'),
            versioning: { structValue: { fields: { enabled: { boolValue: true, kind: 'boolValue' } } }, kind: 'structValue' },
            metageneration: { numberValue: 3, kind: 'numberValue' },
            labels: { nullValue: 'NULL_VALUE', kind: 'nullValue' },
            rules: { listValue: { values: [s('a'), { structValue: { fields: { x: { numberValue: 1, kind: 'numberValue' } } }, kind: 'structValue' }] }, kind: 'listValue' },
          },
        },
      },
      iamPolicy: null,
      updateTime: { seconds: '1746180000', nanos: 250000000 },
      osInventory: null,
      relatedAssets: null,
    };
    expect(fromClientAsset(asset)).toEqual({
      name: '//storage.googleapis.com/b',
      assetType: 'storage.googleapis.com/Bucket',
      ancestors: ['projects/1'],
      resource: { version: 'v1', parent: '//cloudresourcemanager.googleapis.com/projects/1', location: 'eu', data: { location: 'EU', versioning: { enabled: true }, metageneration: 3, labels: null, rules: ['a', { x: 1 }] } },
      updateTime: '2025-05-02T10:00:00.250Z',
    });
    expect(fromStruct({ fields: {} })).toEqual({});
  });
});

describe('../shared/corpus/inventory samples', () => {
  const present = existsSync(CORPUS);
  if (!present) console.info(`skipped: ${CORPUS} is not here (the corpus samples are opt-in)`);
  const samples = present ? readdirSync(CORPUS).filter((f) => f.startsWith('gcp-') || f === 'gcloud-asset-export.jsonl') : [];

  it.skipIf(!present)('every sample is read as a Cloud Asset Inventory file, or is a resource.data sample', async () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const f of samples) {
      const file = path.join(CORPUS, f);
      if (f === 'gcp-storage-api-bucket-retention.json') continue; // the Storage API's bucket, checked below as resource.data
      const r = await read(file, INPUT_KINDS);
      expect(r.inputs, f).toEqual([{ path: file, kind: 'gcp-asset-inventory', resources: expect.any(Number) }]);
      expect(r.resources.length, f).toBeGreaterThan(0);
    }
  });

  it.skipIf(!present)('judges the samples as their provenance says', async () => {
    const all = new Map<string, Resource[]>();
    for (const f of samples) if (f !== 'gcp-storage-api-bucket-retention.json') all.set(f, (await read(path.join(CORPUS, f), INPUT_KINDS)).resources);
    const get = (f: string) => all.get(f)!;
    const exportLines = get('gcloud-asset-export.jsonl');
    expect(exportLines).toHaveLength(10);
    expect(statuses('admin-network-exposure', exportLines)).toMatchObject({
      '//compute.googleapis.com/projects/project1/global/firewalls/default-allow-ssh': 'fail',
    });
    expect(Object.values(statuses('admin-mfa', exportLines))).toContain('fail');
    expect(get('gcp-asset-bucket-cmek.json')[0]!.facets.storage?.key).toBe('customer');
    expect(get('gcp-asset-bucket-cmek.json')[0]!.facets.dataLocations?.locations[0]).toMatchObject({ region: 'us-central1', evidence: { value: 'US-CENTRAL1' } });
    expect(statuses('admin-network-exposure', get('gcp-asset-firewall.json'))).toEqual({ '//compute.googleapis.com/projects/cf-gcp-challenge-dev/global/firewalls/cf-test-fw-rule-0': 'pass' });
    expect(get('gcp-asset-gke-cluster.json')[0]!.facets.adminEndpoint).toMatchObject({ publicAccess: 'yes', allowedNetworks: ['11.1.11.0/24'] });
    expect(get('gcp-asset-sql-instance.json')[0]!.facets.adminEndpoint).toMatchObject({ publicAccess: 'yes', allowedNetworks: [] });
    expect(get('gcp-asset-iam-policy-project.json')[0]!.facets.identity).toMatchObject({ violation: 'basic-role-to-user' });
    expect(get('gcp-asset-logbucket-template.json')[0]!.facets.logStore).toMatchObject({ retentionDays: 30 });
    expect(get('gcp-api-batchGetAssetsHistory-rest.json')[0]!.region).toBe('us-central1');
    // The search result names its project by number, its resource name by id: the id wins.
    expect(get('gcp-api-searchAll-rest.json')[0]!.source.category).toBe('gcp/cloud-custodian');
  });

  it.skipIf(!present)('reads the Storage API bucket sample as the resource.data of a bucket asset', async () => {
    const { item } = JSON.parse(readFileSync(path.join(CORPUS, 'gcp-storage-api-bucket-retention.json'), 'utf8')) as { item: { name: string; projectNumber: string } };
    const file = write('storage-bucket.jsonl', [
      { name: `//storage.googleapis.com/${item.name}`, asset_type: 'storage.googleapis.com/Bucket', resource: { data: item, parent: `//cloudresourcemanager.googleapis.com/projects/${item.projectNumber}` } },
      { name: '//logging.googleapis.com/projects/p/sinks/s', asset_type: 'logging.googleapis.com/LogSink', resource: { data: { name: 's', destination: `storage.googleapis.com/${item.name}` } } },
    ].map((x) => JSON.stringify(x)).join('\n'), true);
    const b = one((await read(file)).resources, item.name);
    expect(b.facets.dataLocations?.locations).toEqual([expect.objectContaining({ region: 'us', evidence: { path: 'resource.data.location', value: 'US', note: 'multi-region' } })]);
    expect(b.facets.logStore).toMatchObject({ retentionDays: 'forever', evidence: expect.arrayContaining([expect.objectContaining({ path: 'resource.data.retentionPolicy.retentionPeriod', value: 2592000 })]) });
  });
});
