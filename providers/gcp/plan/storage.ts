import type { Evidence, StorageFacet } from '../../../src/model/facets.js';
import type { Builder, BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { attributed, blockCount, evidence, related } from './values.js';
import { configured, setting } from '../../terraform/tf-resource.js';

/**
 * Google encrypts all data at rest, always (AES-256, Google-managed keys). What a plan can show is
 * whether a customer-managed Cloud KMS key (CMEK) or a customer-supplied key (CSEK) protects it.
 */

type KeyKind = 'kms' | 'csek';
interface KeyPath {
  path: string;
  kind: KeyKind;
}
interface KeyFinding {
  key: StorageFacet['key'];
  evidence: Evidence[];
}

const KMS_TYPES = ['google_kms_crypto_key', 'google_kms_crypto_key_version'] as const;
const KIND_NOTE: Record<KeyKind, string> = { kms: 'customer-managed Cloud KMS key', csek: 'customer-supplied encryption key' };
const SETTLE = 'the Cloud KMS key (or customer-supplied key) configured on the resource once applied';

const kms = (path: string): KeyPath => ({ path, kind: 'kms' });
const csek = (path: string): KeyPath => ({ path, kind: 'csek' });

/** Key attributes of a Compute Engine encryption-key block (disks, snapshots, images); `kms_key_name` in newer providers. */
const computeKeyBlock = (block: string): KeyPath[] => [
  kms(`${block}[0].kms_key_self_link`),
  kms(`${block}[0].kms_key_name`),
  csek(`${block}[0].raw_key`),
  csek(`${block}[0].rsa_encrypted_key`),
];

const present = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);

/**
 * Which key protects the resource: customer when one of the key attributes is set (or is an
 * unknown reference to a Cloud KMS key of this plan), unknown when one is unknown otherwise, and
 * the provider's key when none is set (Google's default encryption).
 */
function keyOf(r: TfResource, ctx: BuildContext, paths: readonly KeyPath[]): KeyFinding {
  const pending: Evidence[] = [];
  for (const { path, kind } of paths) {
    const s = setting(r, path);
    if (s.state === 'known' && present(s.value)) return { key: 'customer', evidence: [evidence(r, path, undefined, { note: KIND_NOTE[kind] })] };
    if (s.state === 'unknown') {
      if (ctx.links.targets(r, path, KMS_TYPES).length > 0) return { key: 'customer', evidence: [evidence(r, path, undefined, { note: 'Cloud KMS key of this plan (customer-managed)' })] };
      pending.push(evidence(r, path, undefined, { note: 'known only after apply' }));
    }
  }
  if (pending.length) return { key: 'unknown', evidence: pending };
  return { key: 'provider', evidence: [evidence(r, paths[0]!.path, undefined, { note: 'no customer-managed key: Google-managed encryption' })] };
}

function facet(service: string, found: KeyFinding): StorageFacet {
  const f: StorageFacet = { service, encrypted: 'yes', key: found.key, evidence: found.evidence };
  if (found.key === 'unknown') f.settle = SETTLE;
  return f;
}

/** Combines the keys of several disks: the provider's key anywhere wins, then unknown, else customer. */
function combine(parts: readonly KeyFinding[]): KeyFinding {
  const evidence = parts.flatMap((p) => p.evidence);
  for (const key of ['provider', 'unknown'] as const) if (parts.some((p) => p.key === key)) return { key, evidence };
  return { key: 'customer', evidence };
}

/** The key of a related resource (a disk, a dataset), its evidence marked as coming from it. */
function keyFrom(source: TfResource, ctx: BuildContext, paths: readonly KeyPath[]): KeyFinding {
  const found = keyOf(source, ctx, paths);
  return { key: found.key, evidence: found.evidence.map((e) => attributed(e, source)) };
}

const DISK_TYPES = ['google_compute_disk', 'google_compute_region_disk'] as const;
const DISK_KEYS = computeKeyBlock('disk_encryption_key');

/** A disk of an instance: the plan's disk it designates (judged by that disk's key), else the keys given on the instance. */
function instanceDisk(r: TfResource, ctx: BuildContext, block: string, keys: readonly KeyPath[]): KeyFinding {
  const source = `${block}.source`;
  const disks = related(ctx, r, source, DISK_TYPES);
  if (disks.length > 0) return combine(disks.map((d) => keyFrom(d, ctx, DISK_KEYS)));
  const own = keyOf(r, ctx, keys);
  if (own.key !== 'provider') return own;
  // A boot disk the instance creates (initialize_params; `source` is then filled in by Google) gets
  // Google's default encryption without a key of its own; an existing disk outside the plan has its own key.
  const src = setting(r, source);
  const created = block === 'boot_disk[0]' && (blockCount(r, 'boot_disk[0].initialize_params') !== 0 || src.state === 'unset');
  if (created) return own;
  const note = src.state === 'unknown' && configured(r, source) !== 'yes' ? 'known only after apply' : 'existing disk outside this plan: its key is not visible';
  return { key: 'unknown', evidence: [evidence(r, source, undefined, { note })] };
}

/** Compute Engine instance: its boot disk, attached disks and local SSDs. */
const instanceStorage: Builder<StorageFacet> = (r, ctx) => {
  const parts: KeyFinding[] = [];
  if (blockCount(r, 'boot_disk') !== 0) {
    parts.push(
      instanceDisk(r, ctx, 'boot_disk[0]', [
        kms('boot_disk[0].kms_key_self_link'),
        csek('boot_disk[0].disk_encryption_key_raw'),
        csek('boot_disk[0].disk_encryption_key_rsa'),
      ]),
    );
  }
  const attached = blockCount(r, 'attached_disk');
  if (attached === 'unknown') parts.push({ key: 'unknown', evidence: [evidence(r, 'attached_disk', undefined, { note: 'known only after apply' })] });
  else {
    for (let i = 0; i < attached; i++) {
      const b = `attached_disk[${i}]`;
      parts.push(instanceDisk(r, ctx, b, [kms(`${b}.kms_key_self_link`), csek(`${b}.disk_encryption_key_raw`), csek(`${b}.disk_encryption_key_rsa`)]));
    }
  }
  // Local SSDs take no customer key: Compute Engine encrypts them with Google-managed keys.
  const scratch = blockCount(r, 'scratch_disk');
  if (scratch !== 0) {
    parts.push({
      key: scratch === 'unknown' ? 'unknown' : 'provider',
      evidence: [evidence(r, 'scratch_disk', undefined, { note: 'local SSDs are encrypted with Google-managed keys' })],
    });
  }
  if (parts.length === 0) return undefined;
  return facet('Compute Engine instance storage', combine(parts));
};

/** BigQuery table: its own key, else the default key of its dataset when the dataset is in the plan. */
const tableStorage: Builder<StorageFacet> = (r, ctx) => {
  const own = keyOf(r, ctx, [kms('encryption_configuration[0].kms_key_name')]);
  if (own.key !== 'provider') return facet('BigQuery table', own);
  const datasets = related(ctx, r, 'dataset_id', ['google_bigquery_dataset'], 'dataset_id');
  if (datasets.length === 0) {
    return facet('BigQuery table', { key: 'unknown', evidence: [evidence(r, 'dataset_id', undefined, { note: 'tables inherit the default key of their dataset, which is not in this plan' })] });
  }
  const found = combine(datasets.map((d) => keyFrom(d, ctx, [kms('default_encryption_configuration[0].kms_key_name')])));
  return facet('BigQuery table', { key: found.key, evidence: [...own.evidence, ...found.evidence] });
};

/**
 * Secret Manager: automatic replication names one key (`auto`, `automatic` in google 4.x);
 * user-managed replication one per replica, each replica without one using Google's key, so every
 * replica must name a key for the secret to be under customer keys.
 */
const secretStorage: Builder<StorageFacet> = (r, ctx) => {
  const service = 'Secret Manager secret';
  const replicas = blockCount(r, 'replication[0].user_managed[0].replicas');
  if (replicas === 'unknown') return facet(service, { key: 'unknown', evidence: [evidence(r, 'replication[0].user_managed[0].replicas', undefined, { note: 'known only after apply' })] });
  if (replicas > 0) {
    return facet(service, combine(Array.from({ length: replicas }, (_, i) => keyOf(r, ctx, [kms(`replication[0].user_managed[0].replicas[${i}].customer_managed_encryption[0].kms_key_name`)]))));
  }
  return facet(service, keyOf(r, ctx, [kms('replication[0].auto[0].customer_managed_encryption[0].kms_key_name'), kms('replication[0].automatic[0].customer_managed_encryption[0].kms_key_name')]));
};

/** Stores whose key is one attribute or block of their own. */
const KEYED: Record<string, { service: string; keys: KeyPath[] }> = {
  google_storage_bucket: { service: 'Cloud Storage bucket', keys: [kms('encryption[0].default_kms_key_name')] },
  google_compute_disk: { service: 'Compute Engine disk', keys: DISK_KEYS },
  google_compute_region_disk: { service: 'Compute Engine regional disk', keys: DISK_KEYS },
  google_compute_snapshot: { service: 'Compute Engine snapshot', keys: computeKeyBlock('snapshot_encryption_key') },
  google_compute_image: { service: 'Compute Engine image', keys: computeKeyBlock('image_encryption_key') },
  google_sql_database_instance: { service: 'Cloud SQL instance', keys: [kms('encryption_key_name')] },
  google_bigquery_dataset: { service: 'BigQuery dataset', keys: [kms('default_encryption_configuration[0].kms_key_name')] },
  google_pubsub_topic: { service: 'Pub/Sub topic', keys: [kms('kms_key_name')] },
  google_redis_instance: { service: 'Memorystore for Redis instance', keys: [kms('customer_managed_key')] },
  google_spanner_database: { service: 'Spanner database', keys: [kms('encryption_config[0].kms_key_name'), kms('encryption_config[0].kms_key_names')] },
  google_filestore_instance: { service: 'Filestore instance', keys: [kms('kms_key_name')] },
  // Artifact Registry stores images and packages: a data store like any other.
  google_artifact_registry_repository: { service: 'Artifact Registry repository', keys: [kms('kms_key_name')] },
  ...Object.fromEntries(
    ['project', 'folder', 'organization', 'billing_account'].map((parent) => [
      `google_logging_${parent}_bucket_config`,
      { service: 'Cloud Logging bucket', keys: [kms('cmek_settings[0].kms_key_name')] },
    ]),
  ),
};

export const storageTable: BuilderTable = {
  storage: {
    ...Object.fromEntries(Object.entries(KEYED).map(([type, spec]): [string, Builder<StorageFacet>] => [type, (r, ctx) => facet(spec.service, keyOf(r, ctx, spec.keys))])),
    google_compute_instance: instanceStorage,
    google_bigquery_table: tableStorage,
    google_secret_manager_secret: secretStorage,
  },
};
