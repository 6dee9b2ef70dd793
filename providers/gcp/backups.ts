import type { AvailabilityFacet, BackupFacet, BackupVaultFacet, Evidence } from '../../src/model/facets.js';
import { BUCKET_SERVICE, DISK_SERVICE, SQL_DEFAULT_RETAINED_BACKUPS, VAULT_LABEL } from './knowledge/backups.js';
import { durationSeconds } from './knowledge/durations.js';
import { isZone } from './knowledge/zones.js';
import type { CaiAsset } from './asset.js';
import { computeKey, type InventoryContext } from './context.js';
import { bool, dataOf, dataPath, ev, get, list, locationInName, num, str } from './values.js';

/**
 * Backups and availability of data stores, from their Cloud Asset Inventory records.
 *
 * - Cloud SQL (`sqladmin.googleapis.com/Instance`): `settings.backupConfiguration.enabled` (one
 *   automated backup a day) and `backupRetentionSettings.retainedBackups` (the API reports it with
 *   `retentionUnit: COUNT`, or RETENTION_UNIT_UNSPECIFIED, which it treats as COUNT; a record without
 *   it leaves the retention unknown); point-in-time
 *   recovery as evidence. Read replicas (`instanceType: READ_REPLICA_INSTANCE`, `masterInstanceName`)
 *   take no backups: no facet. `settings.availabilityType` REGIONAL: a standby in another zone.
 * - Persistent disks (`compute.googleapis.com/Disk`, `RegionDisk`; boot disks too): a snapshot
 *   schedule in `resourcePolicies` (the only kind of resource policy a disk takes), none fails; the
 *   retention is the schedule's `maxRetentionDays`, from its own record (`ResourcePolicy`) when read,
 *   else unknown.
 * - Cloud Storage buckets: `versioning.enabled`, else `softDeletePolicy.retentionDurationSeconds`.
 * - Backup and DR vaults (`backupdr.googleapis.com/BackupVault`): `backupMinimumEnforcedRetentionDuration`.
 * - GKE clusters: regional when their `location` is a region; Memorystore for Redis: `tier`
 *   STANDARD_HA; managed instance groups: regional ones (`/regions/` in the name) over the zones of
 *   `distributionPolicy.zones` (all the region's when absent), zonal ones in one zone.
 */

export const SQL = 'sqladmin.googleapis.com/Instance';
const NO_DATA = 'the record does not include the resource settings';

const isReplica = (data: Record<string, unknown>) => str(get(data, 'instanceType')) === 'READ_REPLICA_INSTANCE' || str(get(data, 'masterInstanceName')) !== undefined;

function sqlBackup(a: CaiAsset): BackupFacet | undefined {
  const service = 'Cloud SQL instance';
  const settle = 'the backup configuration of the Cloud SQL instance (its record with content type RESOURCE)';
  const data = dataOf(a);
  if (!data) return { service, enabled: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle };
  if (isReplica(data)) return undefined;
  const base = 'settings.backupConfiguration';
  const enabled = bool(get(data, `${base}.enabled`));
  if (enabled === undefined) return { service, enabled: 'unknown', evidence: [ev(dataPath(`${base}.enabled`), undefined, { note: 'not in the record' })], settle };
  if (!enabled) return { service, enabled: 'no', evidence: [ev(dataPath(`${base}.enabled`), false)] };
  const evidence: Evidence[] = [ev(dataPath(`${base}.enabled`), true)];
  for (const pitr of ['pointInTimeRecoveryEnabled', 'binaryLogEnabled']) {
    if (bool(get(data, `${base}.${pitr}`)) === true) evidence.push(ev(dataPath(`${base}.${pitr}`), true, { note: 'point-in-time recovery' }));
  }
  const retainedPath = `${base}.backupRetentionSettings.retainedBackups`;
  const retained = num(get(data, retainedPath));
  const unit = str(get(data, `${base}.backupRetentionSettings.retentionUnit`));
  // The API's only unit: RETENTION_UNIT_UNSPECIFIED "will be treated as COUNT" (instances configured before the unit existed carry it).
  if (retained !== undefined && retained > 0 && (unit === undefined || unit === 'COUNT' || unit === 'RETENTION_UNIT_UNSPECIFIED')) {
    return { service, enabled: 'yes', retentionDays: retained, evidence: [...evidence, ev(dataPath(retainedPath), retained, { note: 'daily automated backups kept' })] };
  }
  return {
    service,
    enabled: 'yes',
    retentionDays: 'unknown',
    evidence: [...evidence, ev(dataPath(retainedPath), undefined, { note: `not in the record (Cloud SQL keeps ${SQL_DEFAULT_RETAINED_BACKUPS} unless configured otherwise)` })],
    settle: 'settings.backupConfiguration.backupRetentionSettings of the instance',
  };
}

function backupVault(a: CaiAsset): BackupVaultFacet {
  const encrypted = ev(dataPath('encryptionConfig'), undefined, { note: 'Backup and DR encrypts backups at rest (Google-managed keys unless a Cloud KMS key is configured)' });
  const data = dataOf(a);
  const path = 'backupMinimumEnforcedRetentionDuration';
  if (!data) return { label: VAULT_LABEL, immutable: 'unknown', encrypted: 'yes', evidence: [ev('resource.data', undefined, { note: NO_DATA }), encrypted], settle: 'the minimum enforced retention of the vault' };
  const raw = get(data, path);
  const seconds = durationSeconds(raw);
  if (seconds === undefined) return { label: VAULT_LABEL, immutable: 'unknown', encrypted: 'yes', evidence: [ev(dataPath(path), undefined, { note: 'not in the record' }), encrypted], settle: 'the minimum enforced retention of the vault' };
  if (seconds <= 0) return { label: VAULT_LABEL, immutable: 'no', encrypted: 'yes', evidence: [ev(dataPath(path), String(raw), { safe: true, note: 'no minimum enforced retention: backups can be deleted at any time' }), encrypted] };
  const evidence: Evidence[] = [ev(dataPath(path), String(raw), { safe: true, note: `backups cannot be deleted for ${Math.floor(seconds / 86400)} day(s)` })];
  if (str(get(data, 'effectiveTime'))) evidence.push(ev(dataPath('effectiveTime'), undefined, { note: 'the enforced retention is locked from this date' }));
  return { label: VAULT_LABEL, immutable: 'yes', encrypted: 'yes', evidence: [...evidence, encrypted] };
}

export const DISK_TYPES = ['compute.googleapis.com/Disk', 'compute.googleapis.com/RegionDisk'];
const BUCKET = 'storage.googleapis.com/Bucket';

function diskBackup(a: CaiAsset, ctx: InventoryContext): BackupFacet {
  const service = DISK_SERVICE;
  const data = dataOf(a);
  const settle = 'the snapshot schedules of the disk (gcloud compute disks describe: resourcePolicies)';
  if (!data) return { service, enabled: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle };
  const policies = (list(get(data, 'resourcePolicies')) ?? []).filter((p): p is string => typeof p === 'string');
  if (!policies.length) return { service, enabled: 'no', evidence: [ev(dataPath('resourcePolicies'), undefined, { note: 'no snapshot schedule attached' })] };
  const evidence: Evidence[] = [ev(dataPath('resourcePolicies'), policies.map((p) => p.replace(/^.*\/resourcePolicies\//, '')).join(', '), { note: 'snapshot schedule attached' })];
  // The longest any of its schedules keeps snapshots, when the schedules were read (a live scan lists them first; a file may hold them).
  let best: number | undefined;
  for (const p of policies) {
    const key = computeKey(p);
    const days = key ? ctx.snapshotSchedules.get(key)?.maxRetentionDays : undefined;
    if (days === undefined) continue;
    best = Math.max(best ?? 0, days);
    evidence.push(ev(`${key}.snapshotSchedulePolicy.retentionPolicy.maxRetentionDays`, days, { note: 'snapshots kept' }));
  }
  if (best !== undefined) return { service, enabled: 'yes', retentionDays: best, evidence };
  return { service, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'the maxRetentionDays of the snapshot schedule (gcloud compute resource-policies describe)' };
}

/** Versioning keeps every overwritten or deleted object; soft delete keeps deleted ones `retentionDurationSeconds` (0: off). No bucket is exempted. */
function bucketVersioning(a: CaiAsset): BackupFacet {
  const service = BUCKET_SERVICE;
  const via = 'versioning' as const;
  const data = dataOf(a);
  const settle = 'the versioning and soft delete policy of the bucket (gcloud storage buckets describe)';
  if (!data) return { service, via, enabled: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle };
  if (bool(get(data, 'versioning.enabled')) === true) return { service, via, enabled: 'yes', evidence: [ev(dataPath('versioning.enabled'), true)] };
  const off = ev(dataPath('versioning.enabled'), false, { note: 'versioning is off' });
  const seconds = num(get(data, 'softDeletePolicy.retentionDurationSeconds'));
  const path = dataPath('softDeletePolicy.retentionDurationSeconds');
  if (seconds === undefined) return { service, via, enabled: 'unknown', evidence: [off, ev(path, undefined, { note: 'not in the record' })], settle };
  if (seconds <= 0) return { service, via, enabled: 'no', evidence: [off, ev(path, seconds, { note: 'soft delete is off' })] };
  return { service, via, enabled: 'yes', retentionDays: Math.round((seconds / 86400) * 100) / 100, evidence: [off, ev(path, seconds)] };
}

export function backupFacet(a: CaiAsset, ctx: InventoryContext): BackupFacet | undefined {
  if (a.assetType === SQL) return sqlBackup(a);
  if (DISK_TYPES.includes(a.assetType)) return diskBackup(a, ctx);
  return a.assetType === BUCKET ? bucketVersioning(a) : undefined;
}

export function backupVaultFacet(a: CaiAsset): BackupVaultFacet | undefined {
  return a.assetType === 'backupdr.googleapis.com/BackupVault' ? backupVault(a) : undefined;
}

// ─── Availability ──────────────────────────────────────────────────────────────────────────────

const SETTLE = 'the zone settings of the resource (its record with content type RESOURCE)';

function sqlAvailability(data: Record<string, unknown>): AvailabilityFacet {
  const label = 'Cloud SQL instance';
  const type = str(get(data, 'settings.availabilityType'));
  if (type === 'REGIONAL') return { label, multiZone: 'yes', evidence: [ev(dataPath('settings.availabilityType'), type, { safe: true, note: 'a standby instance in another zone of the region' })] };
  if (type) return { label, multiZone: 'no', evidence: [ev(dataPath('settings.availabilityType'), type, { safe: true, note: 'one zone' })] };
  return { label, multiZone: 'unknown', evidence: [ev(dataPath('settings.availabilityType'), undefined, { note: 'not in the record' })], settle: SETTLE };
}

function gkeAvailability(a: CaiAsset, data: Record<string, unknown>): AvailabilityFacet {
  const label = 'GKE cluster';
  const location = str(get(data, 'location')) ?? str(a.resource?.location) ?? locationInName(a.name);
  if (!location) return { label, multiZone: 'unknown', evidence: [ev(dataPath('location'), undefined, { note: 'not in the record' })], settle: SETTLE };
  if (!isZone(location)) return { label, multiZone: 'yes', evidence: [ev(dataPath('location'), location, { safe: true, note: 'regional cluster: control plane and nodes in several zones' })] };
  return { label, multiZone: 'no', evidence: [ev(dataPath('location'), location, { safe: true, note: 'zonal cluster: its control plane runs in one zone' })] };
}

function redisAvailability(data: Record<string, unknown>): AvailabilityFacet {
  const label = 'Memorystore for Redis instance';
  const tier = str(get(data, 'tier'));
  if (tier === 'STANDARD_HA') return { label, multiZone: 'yes', evidence: [ev(dataPath('tier'), tier, { safe: true, note: 'a replica in another zone' })] };
  if (tier) return { label, multiZone: 'no', evidence: [ev(dataPath('tier'), tier, { safe: true, note: 'one node in one zone' })] };
  return { label, multiZone: 'unknown', evidence: [ev(dataPath('tier'), undefined, { note: 'not in the record' })], settle: SETTLE };
}

function migAvailability(a: CaiAsset, data: Record<string, unknown>): AvailabilityFacet {
  if (/\/zones\//.test(a.name) || str(get(data, 'zone'))) {
    return { label: 'managed instance group', multiZone: 'no', evidence: [ev(dataPath('zone'), str(get(data, 'zone'))?.replace(/^.*\/zones\//, ''), { safe: true, note: 'zonal managed instance group: one zone' })] };
  }
  const label = 'regional managed instance group';
  const zones = (list(get(data, 'distributionPolicy.zones')) ?? []).map((z) => str(get(z, 'zone'))?.replace(/^.*\/zones\//, '')).filter((z): z is string => z !== undefined);
  if (zones.length === 1) return { label, multiZone: 'no', evidence: [ev(dataPath('distributionPolicy.zones'), zones[0], { safe: true, note: 'a single zone' })] };
  return { label, multiZone: 'yes', evidence: [ev(dataPath('distributionPolicy.zones'), zones.length ? zones.join(', ') : undefined, { safe: true, note: zones.length ? undefined : 'not in the record: instances are spread over the zones of the region' })] };
}

export const AVAILABILITY_LABELS: Readonly<Record<string, string>> = {
  [SQL]: 'Cloud SQL instance',
  'container.googleapis.com/Cluster': 'GKE cluster',
  'redis.googleapis.com/Instance': 'Memorystore for Redis instance',
  'compute.googleapis.com/InstanceGroupManager': 'managed instance group',
  'compute.googleapis.com/RegionInstanceGroupManager': 'regional managed instance group',
};

export function availabilityFacet(a: CaiAsset): AvailabilityFacet | undefined {
  const label = AVAILABILITY_LABELS[a.assetType];
  if (!label) return undefined;
  const data = dataOf(a);
  if (!data) return { label, multiZone: 'unknown', evidence: [ev('resource.data', undefined, { note: NO_DATA })], settle: SETTLE };
  switch (a.assetType) {
    case SQL:
      return sqlAvailability(data);
    case 'container.googleapis.com/Cluster':
      return gkeAvailability(a, data);
    case 'redis.googleapis.com/Instance':
      return redisAvailability(data);
    default:
      return migAvailability(a, data);
  }
}
