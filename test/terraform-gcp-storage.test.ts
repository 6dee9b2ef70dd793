import { describe, it, expect } from 'vitest';
import policy from '../policies/encryption-at-rest.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

const CMK: Partial<ScanSettings> = { requireCustomerManagedKeys: true };
const KEY = 'projects/sec-prod/locations/europe-west9/keyRings/data/cryptoKeys/storage';

function check(list: FixtureResource[], id: string, settings: Partial<ScanSettings> = {}) {
  return runPolicy(policy, resources(list), settings).get(id);
}

function storage(list: FixtureResource[], id: string) {
  return byId(resources(list), id).facets.storage;
}

/** A Cloud Storage bucket as google 5.x/6.x plans it. */
const bucket = (address: string, extra: Record<string, unknown> = {}): FixtureResource => ({
  address,
  values: {
    name: 'ft-data-prod',
    location: 'EUROPE-WEST9',
    storage_class: 'STANDARD',
    force_destroy: false,
    encryption: [],
    custom_placement_config: [],
    lifecycle_rule: [],
    retention_policy: [],
    versioning: [{ enabled: true }],
    ...extra,
  },
  unknown: { id: true, self_link: true, url: true, project: true, uniform_bucket_level_access: true },
});

/** A Compute Engine instance whose boot disk is created from an image: kms_key_self_link is Optional+Computed, unknown when not written. */
const instance = (address: string, bootDisk: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address,
  values: {
    name: 'app-1',
    machine_type: 'e2-medium',
    zone: 'europe-west9-a',
    boot_disk: [{ auto_delete: true, disk_encryption_key_raw: null, initialize_params: [{ image: 'debian-cloud/debian-12' }], mode: 'READ_WRITE', ...bootDisk }],
    attached_disk: [],
    scratch_disk: [],
    network_interface: [{ network: 'default', access_config: [] }],
  },
  unknown: { id: true, instance_id: true, self_link: true },
  ...extra,
});

describe('GCP storage facet → encryption-at-rest', () => {
  it('passes a bucket with Google-managed encryption, and fails it when customer keys are required', () => {
    const list = [bucket('google_storage_bucket.data')];
    expect(storage(list, 'google_storage_bucket.data')).toMatchObject({ service: 'Cloud Storage bucket', encrypted: 'yes', key: 'provider' });
    expect(check(list, 'google_storage_bucket.data')).toMatchObject({ status: 'pass', messageId: 'providerKey', data: { service: 'Cloud Storage bucket' } });
    expect(check(list, 'google_storage_bucket.data', CMK)).toMatchObject({ status: 'fail', messageId: 'providerKeyRefused' });
  });

  it('passes a bucket with a default Cloud KMS key under requireCustomerManagedKeys, without printing the key name', () => {
    const list = [bucket('google_storage_bucket.data', { encryption: [{ default_kms_key_name: KEY }] })];
    const result = check(list, 'google_storage_bucket.data', CMK);
    expect(result).toMatchObject({ status: 'pass', messageId: 'customerKey' });
    expect(JSON.stringify(result?.evidence)).not.toContain('cryptoKeys');
  });

  it('counts an unknown key that references a Cloud KMS key of the plan as customer-managed', () => {
    const list: FixtureResource[] = [
      { address: 'google_kms_crypto_key.disk', values: { name: 'disk', rotation_period: '7776000s' }, unknown: { id: true, key_ring: true } },
      {
        address: 'google_compute_disk.data',
        values: { name: 'data', zone: 'europe-west9-b', type: 'pd-balanced', size: 100, disk_encryption_key: [{ raw_key: null, rsa_encrypted_key: null }] },
        unknown: { id: true, self_link: true, disk_encryption_key: [{ kms_key_self_link: true, sha256: true }] },
        expressions: { disk_encryption_key: [{ kms_key_self_link: { references: ['google_kms_crypto_key.disk.id', 'google_kms_crypto_key.disk'] } }] },
      },
    ];
    expect(storage(list, 'google_compute_disk.data')).toMatchObject({ key: 'customer' });
    expect(check(list, 'google_compute_disk.data', CMK)?.status).toBe('pass');
  });

  it('is unknown when the key comes from a value known only after apply', () => {
    const list: FixtureResource[] = [
      {
        address: 'google_compute_disk.data',
        values: { name: 'data', zone: 'europe-west9-b', disk_encryption_key: [{ raw_key: null, rsa_encrypted_key: null }] },
        unknown: { id: true, disk_encryption_key: [{ kms_key_self_link: true, sha256: true }] },
        expressions: { disk_encryption_key: [{ kms_key_self_link: { references: ['module.kms.key_id', 'module.kms'] } }] },
      },
    ];
    const result = check(list, 'google_compute_disk.data', CMK);
    expect(result).toMatchObject({ status: 'unknown', settle: expect.stringContaining('Cloud KMS key') });
    // Without the customer-key requirement it is still encrypted: Google encrypts everything.
    expect(check(list, 'google_compute_disk.data')?.status).toBe('pass');
  });

  it('reads a boot disk key left out of the configuration as Google-managed, and a raw CSEK as customer-supplied', () => {
    const plain = [instance('google_compute_instance.app', {}, { unknown: { id: true, boot_disk: [{ kms_key_self_link: true, source: true, device_name: true }] } })];
    expect(storage(plain, 'google_compute_instance.app')).toMatchObject({ key: 'provider', service: 'Compute Engine instance storage' });

    const csek = [
      instance(
        'google_compute_instance.app',
        { disk_encryption_key_raw: 'c2VjcmV0LWtleS1tYXRlcmlhbC0zMmJ5dGVzLi4uLi4=' },
        { unknown: { id: true, boot_disk: [{ kms_key_self_link: true, source: true }] }, sensitive: { boot_disk: [{ disk_encryption_key_raw: true }] } },
      ),
    ];
    const facet = storage(csek, 'google_compute_instance.app');
    expect(facet).toMatchObject({ key: 'customer' });
    expect(facet?.evidence).toEqual([{ path: 'boot_disk[0].disk_encryption_key_raw', note: 'customer-supplied encryption key' }]);
    expect(JSON.stringify(facet)).not.toContain('c2VjcmV0');
  });

  it('judges an instance by the disks it attaches, and counts local SSDs as Google-managed', () => {
    const list: FixtureResource[] = [
      {
        address: 'google_compute_disk.data',
        values: { name: 'data', zone: 'europe-west9-a', disk_encryption_key: [{ kms_key_self_link: KEY, raw_key: null, rsa_encrypted_key: null }] },
        unknown: { id: true, self_link: true },
      },
      instance(
        'google_compute_instance.app',
        { kms_key_self_link: KEY },
        { expressions: { attached_disk: [{ source: { references: ['google_compute_disk.data.id', 'google_compute_disk.data'] } }] } },
      ),
    ];
    const withDisk = list.map((r) => (r.address === 'google_compute_instance.app' ? { ...r, values: { ...r.values, attached_disk: [{ mode: 'READ_WRITE' }] }, unknown: { ...r.unknown, attached_disk: [{ source: true, kms_key_self_link: true }] } } : r));
    const facet = storage(withDisk, 'google_compute_instance.app');
    expect(facet?.key).toBe('customer');
    expect(facet?.evidence).toContainEqual(expect.objectContaining({ from: 'google_compute_disk.data' }));

    const withScratch = withDisk.map((r) => (r.address === 'google_compute_instance.app' ? { ...r, values: { ...r.values, scratch_disk: [{ interface: 'NVME', size: 375 }] } } : r));
    expect(check(withScratch, 'google_compute_instance.app', CMK)?.status).toBe('fail');
  });

  it('reads the key attribute of each Google data store', () => {
    const list: FixtureResource[] = [
      { address: 'google_sql_database_instance.db', values: { name: 'db', region: 'europe-west9', database_version: 'POSTGRES_16', encryption_key_name: KEY, settings: [{ tier: 'db-custom-2-7680' }] } },
      { address: 'google_bigquery_dataset.ds', values: { dataset_id: 'ds', location: 'EU', default_encryption_configuration: [{ kms_key_name: KEY }] } },
      { address: 'google_pubsub_topic.t', values: { name: 't', kms_key_name: null } },
      { address: 'google_redis_instance.cache', values: { name: 'cache', region: 'europe-west9', memory_size_gb: 1, customer_managed_key: KEY } },
      { address: 'google_spanner_database.db', values: { name: 'db', instance: 'main', encryption_config: [{ kms_key_name: KEY }] } },
      { address: 'google_filestore_instance.fs', values: { name: 'fs', location: 'europe-west9-a', tier: 'BASIC_HDD', kms_key_name: null } },
      { address: 'google_artifact_registry_repository.images', values: { repository_id: 'images', location: 'europe-west9', format: 'DOCKER', kms_key_name: KEY } },
      { address: 'google_logging_project_bucket_config.audit', values: { project: 'hosting-prod', location: 'europe-west9', bucket_id: 'audit', retention_days: 400, cmek_settings: [{ kms_key_name: KEY }] } },
    ];
    const rs = resources(list);
    const keys = Object.fromEntries(rs.map((r) => [r.id, r.facets.storage?.key]));
    expect(keys).toEqual({
      'google_sql_database_instance.db': 'customer',
      'google_bigquery_dataset.ds': 'customer',
      'google_pubsub_topic.t': 'provider',
      'google_redis_instance.cache': 'customer',
      'google_spanner_database.db': 'customer',
      'google_filestore_instance.fs': 'provider',
      'google_artifact_registry_repository.images': 'customer',
      'google_logging_project_bucket_config.audit': 'customer',
    });
    expect(rs.every((r) => r.facets.storage?.encrypted === 'yes')).toBe(true);
  });

  it('lets a BigQuery table inherit the default key of its dataset', () => {
    const list: FixtureResource[] = [
      { address: 'google_bigquery_dataset.ds', values: { dataset_id: 'events', location: 'EU', default_encryption_configuration: [{ kms_key_name: KEY }] } },
      {
        address: 'google_bigquery_table.t',
        values: { dataset_id: 'events', table_id: 't' },
        unknown: { encryption_configuration: true, id: true },
        expressions: { dataset_id: { references: ['google_bigquery_dataset.ds.dataset_id', 'google_bigquery_dataset.ds'] } },
      },
    ];
    const facet = storage(list, 'google_bigquery_table.t');
    expect(facet).toMatchObject({ key: 'customer' });
    expect(facet?.evidence).toContainEqual(expect.objectContaining({ from: 'google_bigquery_dataset.ds' }));
  });

  it('does not give a module the disk of another module with the same address', () => {
    const disk = (mod: string, key: Record<string, unknown>): FixtureResource => ({
      address: `module.${mod}.google_compute_disk.data`,
      values: { name: `${mod}-data`, zone: 'europe-west9-a', disk_encryption_key: [key] },
      unknown: { id: true, self_link: true },
    });
    const vm = (mod: string): FixtureResource => ({
      address: `module.${mod}.google_compute_instance.vm`,
      values: { name: `${mod}-vm`, zone: 'europe-west9-a', boot_disk: [{ kms_key_self_link: KEY, initialize_params: [{ image: 'debian-cloud/debian-12' }] }], attached_disk: [{ mode: 'READ_WRITE' }], scratch_disk: [] },
      unknown: { id: true, attached_disk: [{ source: true, kms_key_self_link: true }] },
      expressions: { attached_disk: [{ source: { references: ['google_compute_disk.data.self_link', 'google_compute_disk.data'] } }] },
    });
    const list = [disk('a', { kms_key_self_link: KEY }), disk('b', { raw_key: null, kms_key_self_link: null }), vm('a'), vm('b')];
    expect(storage(list, 'module.a.google_compute_instance.vm')?.key).toBe('customer');
    const b = storage(list, 'module.b.google_compute_instance.vm');
    expect(b?.key).toBe('provider');
    expect(b?.evidence).toContainEqual(expect.objectContaining({ from: 'module.b.google_compute_disk.data' }));
  });

  it('links a for_each instance to its own disk', () => {
    const list: FixtureResource[] = [
      { address: 'google_compute_disk.data["blue"]', values: { name: 'blue', zone: 'europe-west9-a', disk_encryption_key: [{ kms_key_self_link: KEY }] }, unknown: { id: true } },
      { address: 'google_compute_disk.data["green"]', values: { name: 'green', zone: 'europe-west9-a', disk_encryption_key: [] }, unknown: { id: true } },
      ...['blue', 'green'].map(
        (k): FixtureResource => ({
          address: `google_compute_instance.vm["${k}"]`,
          values: { name: `vm-${k}`, zone: 'europe-west9-a', boot_disk: [{ kms_key_self_link: KEY, initialize_params: [{ image: 'debian-cloud/debian-12' }] }], attached_disk: [{ mode: 'READ_WRITE' }], scratch_disk: [] },
          unknown: { id: true, attached_disk: [{ source: true, kms_key_self_link: true }] },
          expressions: { attached_disk: [{ source: { references: ['google_compute_disk.data[each.key].id', 'google_compute_disk.data[each.key]', 'google_compute_disk.data', 'each.key'] } }] },
        }),
      ),
    ];
    expect(storage(list, 'google_compute_instance.vm["blue"]')?.key).toBe('customer');
    expect(storage(list, 'google_compute_instance.vm["green"]')?.key).toBe('provider');
  });
});
