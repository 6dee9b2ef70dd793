import type { Evidence, StorageFacet } from '../../src/model/facets.js';
import type { CaiAsset } from './asset.js';
import { dataOf, dataPath, ev, get, list, str } from './values.js';

/**
 * Data at rest. Google encrypts every store, always, with Google-managed keys; what the inventory
 * shows is whether a customer-managed Cloud KMS key (CMEK) or a customer-supplied key (CSEK, seen
 * as its `sha256`) protects it. The services omit the key fields when no customer key is set, so
 * with the resource's data at hand an absent key means Google-managed; without the data (a search
 * result, a record of another content type) the key is unknown.
 */

type KeyKind = 'kms' | 'csek';
interface KeyPath {
  path: string;
  kind: KeyKind;
}

const kms = (path: string): KeyPath => ({ path, kind: 'kms' });
const csek = (path: string): KeyPath => ({ path, kind: 'csek' });
const computeKey = (block: string): KeyPath[] => [kms(`${block}.kmsKeyName`), csek(`${block}.sha256`)];

const KIND_NOTE: Record<KeyKind, string> = { kms: 'customer-managed Cloud KMS key', csek: 'customer-supplied encryption key' };
const SETTLE = 'the encryption settings of the resource (its Cloud Asset Inventory record with content type RESOURCE)';

/** Stores by asset type: the label and where the key is named in `resource.data`. */
export const STORES: Readonly<Record<string, { service: string; keys: readonly KeyPath[] }>> = {
  'storage.googleapis.com/Bucket': { service: 'Cloud Storage bucket', keys: [kms('encryption.defaultKmsKeyName')] },
  'compute.googleapis.com/Disk': { service: 'Compute Engine disk', keys: computeKey('diskEncryptionKey') },
  'compute.googleapis.com/RegionDisk': { service: 'Compute Engine regional disk', keys: computeKey('diskEncryptionKey') },
  'compute.googleapis.com/Snapshot': { service: 'Compute Engine snapshot', keys: computeKey('snapshotEncryptionKey') },
  'compute.googleapis.com/Image': { service: 'Compute Engine image', keys: computeKey('imageEncryptionKey') },
  'sqladmin.googleapis.com/Instance': { service: 'Cloud SQL instance', keys: [kms('diskEncryptionConfiguration.kmsKeyName')] },
  'bigquery.googleapis.com/Dataset': { service: 'BigQuery dataset', keys: [kms('defaultEncryptionConfiguration.kmsKeyName')] },
  'bigquery.googleapis.com/Table': { service: 'BigQuery table', keys: [kms('encryptionConfiguration.kmsKeyName')] },
  'pubsub.googleapis.com/Topic': { service: 'Pub/Sub topic', keys: [kms('kmsKeyName')] },
  'redis.googleapis.com/Instance': { service: 'Memorystore for Redis instance', keys: [kms('customerManagedKey')] },
  'spanner.googleapis.com/Database': { service: 'Spanner database', keys: [kms('encryptionConfig.kmsKeyName'), kms('encryptionConfig.kmsKeyNames')] },
  'file.googleapis.com/Instance': { service: 'Filestore instance', keys: [kms('kmsKeyName')] },
  'artifactregistry.googleapis.com/Repository': { service: 'Artifact Registry repository', keys: [kms('kmsKeyName')] },
  'bigtableadmin.googleapis.com/Cluster': { service: 'Bigtable cluster', keys: [kms('encryptionConfig.kmsKeyName')] },
  'logging.googleapis.com/LogBucket': { service: 'Cloud Logging bucket', keys: [kms('cmekSettings.kmsKeyName')] },
  // User-managed replicas are judged one by one (below); this path is automatic replication's one key.
  'secretmanager.googleapis.com/Secret': { service: 'Secret Manager secret', keys: [kms('replication.automatic.customerManagedEncryption.kmsKeyName')] },
};

const present = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);

export function storageFacet(a: CaiAsset): StorageFacet | undefined {
  const spec = STORES[a.assetType];
  if (!spec) return undefined;
  const facet = (key: StorageFacet['key'], evidence: Evidence[]): StorageFacet => ({ service: spec.service, encrypted: 'yes', key, evidence, ...(key === 'unknown' ? { settle: SETTLE } : {}) });
  const data = dataOf(a);
  if (!data) {
    if (a.search?.kmsKeys?.length) return facet('customer', [ev('kmsKeys', undefined, { note: `${a.search.kmsKeys.length} customer-managed Cloud KMS key(s)` })]);
    return facet('unknown', [ev('resource.data', undefined, { note: 'the record does not include the resource: Google encrypts all data at rest, whose key is not known' })]);
  }
  // Secret Manager, user-managed replication: each replica names its own key, Google's when it names none.
  const replicas = a.assetType === 'secretmanager.googleapis.com/Secret' ? list(get(data, 'replication.userManaged.replicas')) : undefined;
  if (replicas?.length) {
    const at = (i: number) => dataPath(`replication.userManaged.replicas[${i}].customerManagedEncryption.kmsKeyName`);
    const bare = replicas.findIndex((r) => !present(get(r, 'customerManagedEncryption.kmsKeyName')));
    return bare < 0
      ? facet('customer', [ev(at(0), undefined, { note: `${KIND_NOTE.kms} on every replica` })])
      : facet('provider', [ev(at(bare), undefined, { note: 'not set on this replica: Google-managed encryption' })]);
  }
  for (const { path, kind } of spec.keys) {
    if (present(get(data, path))) return facet('customer', [ev(dataPath(path), undefined, { note: KIND_NOTE[kind] })]);
  }
  // Cloud SQL reports its key state too; a key name anywhere under diskEncryptionStatus means CMEK.
  if (a.assetType === 'sqladmin.googleapis.com/Instance' && str(get(data, 'diskEncryptionStatus.kmsKeyVersionName'))) {
    return facet('customer', [ev(dataPath('diskEncryptionStatus.kmsKeyVersionName'), undefined, { note: KIND_NOTE.kms })]);
  }
  return facet('provider', [ev(dataPath(spec.keys[0]!.path), undefined, { note: 'not set: Google-managed encryption' })]);
}
