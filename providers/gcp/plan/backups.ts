import type { BackupFacet, BackupVaultFacet, Evidence } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import { blockCount, evidence, evidenceFrom, knownString, related, stringList } from './values.js';
import { BUCKET_SERVICE, DISK_SERVICE, GCS_DEFAULT_SOFT_DELETE_SECONDS, SQL_DEFAULT_RETAINED_BACKUPS, VAULT_LABEL } from '../knowledge/backups.js';
import { durationSeconds } from '../knowledge/durations.js';

/**
 * Backups of Cloud SQL instances and Backup and DR vaults.
 *
 * Cloud SQL takes one automated backup a day when `backup_configuration.enabled` is true (the
 * provider's default is false) and keeps `backup_retention_settings.retained_backups` of them (7
 * unless set), so the count of backups is the number of days covered. Point-in-time recovery
 * (`point_in_time_recovery_enabled`, `binary_log_enabled` for MySQL) is reported as evidence. Read
 * replicas take no backups of their own: no facet.
 */

const SQL = 'Cloud SQL instance';
const SQL_SETTLE = 'the backup_configuration of the Cloud SQL instance once applied';

/** Whether the instance is a read replica (no backups of its own), 'unknown' when not known. */
function isReplica(r: TfResource): boolean | 'unknown' {
  const master = setting(r, 'master_instance_name');
  if (master.state === 'known' && typeof master.value === 'string' && master.value !== '') return true;
  const type = knownString(setting(r, 'instance_type'));
  if (type === 'READ_REPLICA_INSTANCE') return true;
  if (master.state === 'unknown') return 'unknown';
  return false;
}

const sqlBackup: Builder<BackupFacet> = (r) => {
  const replica = isReplica(r);
  if (replica === true) return undefined;
  const base = 'settings[0].backup_configuration[0]';
  const settings = blockCount(r, 'settings');
  if (settings === 'unknown') return { service: SQL, enabled: 'unknown', evidence: [evidence(r, 'settings', undefined, { note: 'known only after apply' })], settle: SQL_SETTLE };
  const enabled = setting(r, `${base}.enabled`);
  if (enabled.state === 'unknown') return { service: SQL, enabled: 'unknown', evidence: [evidence(r, enabled.path, undefined, { note: 'known only after apply' })], settle: SQL_SETTLE };
  if (enabled.value !== true) {
    const note = enabled.state === 'unset' ? 'not set: automated backups are off (the provider default)' : undefined;
    return { service: SQL, enabled: 'no', evidence: [evidence(r, enabled.path, false, { note })] };
  }
  const ev: Evidence[] = [evidence(r, enabled.path, true)];
  for (const pitr of [`${base}.point_in_time_recovery_enabled`, `${base}.binary_log_enabled`]) {
    const s = setting(r, pitr);
    if (s.state === 'known' && s.value === true) ev.push(evidence(r, pitr, true, { note: 'point-in-time recovery' }));
  }
  const retained = setting(r, `${base}.backup_retention_settings[0].retained_backups`);
  if (retained.state === 'unknown') {
    return { service: SQL, enabled: 'yes', retentionDays: 'unknown', evidence: [...ev, evidence(r, retained.path, undefined, { note: 'known only after apply' })], settle: SQL_SETTLE };
  }
  if (typeof retained.value === 'number' && retained.value > 0) {
    return { service: SQL, enabled: 'yes', retentionDays: retained.value, evidence: [...ev, evidence(r, retained.path, retained.value, { note: 'daily automated backups kept' })] };
  }
  return {
    service: SQL,
    enabled: 'yes',
    retentionDays: SQL_DEFAULT_RETAINED_BACKUPS,
    evidence: [...ev, evidence(r, retained.path, undefined, { note: `not set: Cloud SQL keeps ${SQL_DEFAULT_RETAINED_BACKUPS} daily backups` })],
  };
};

// ─── Persistent disks: snapshot schedules ──────────────────────────────────────────────────────

const POLICY = 'google_compute_resource_policy';
const ATTACHMENT = 'google_compute_disk_resource_policy_attachment';
const RETENTION = 'snapshot_schedule_policy[0].retention_policy[0].max_retention_days';

/** How long a snapshot schedule of the plan keeps snapshots; 'unknown' when set after apply. */
function scheduleRetention(policy: TfResource): { days: number | 'unknown' | 'not-a-schedule'; evidence: Evidence } {
  const blocks = blockCount(policy, 'snapshot_schedule_policy');
  if (blocks === 0) return { days: 'not-a-schedule', evidence: evidenceFrom(policy, 'snapshot_schedule_policy', undefined, { note: 'not a snapshot schedule' }) };
  const days = setting(policy, RETENTION);
  if (blocks === 'unknown' || days.state !== 'known' || typeof days.value !== 'number') return { days: 'unknown', evidence: evidenceFrom(policy, RETENTION, undefined, { note: 'known only after apply' }) };
  return { days: days.value, evidence: evidenceFrom(policy, RETENTION, days.value, { note: 'snapshots kept' }) };
}

/**
 * A persistent disk is backed up when a snapshot schedule (a resource policy: the only kind a disk
 * takes) is attached: in its `resource_policies` (for a boot disk an instance creates,
 * `boot_disk.initialize_params.resource_policies`) or by a
 * `google_compute_disk_resource_policy_attachment`. Without one it fails: nothing else snapshots
 * a disk on a schedule. The retention is the schedule's `max_retention_days` when the schedule is
 * in the plan, else unknown.
 */
function diskSchedule(r: TfResource, ctx: BuildContext, path: string): BackupFacet {
  const service = DISK_SERVICE;
  const listed = stringList(r, path);
  const policies = related(ctx, r, path, [POLICY], 'name');
  const attachments = ctx.links.sources(r, ATTACHMENT, 'disk');
  for (const a of attachments) policies.push(...related(ctx, a, 'name', [POLICY], 'name'));
  if (listed === 'unknown' && !attachments.length && !policies.length) {
    return { service, enabled: 'unknown', evidence: [evidence(r, path, undefined, { note: 'known only after apply' })], settle: `the \`${path}\` of the disk once applied` };
  }
  if ((listed === 'unknown' || listed.length === 0) && !attachments.length && !policies.length) {
    return { service, enabled: 'no', evidence: [evidence(r, path, undefined, { note: 'no snapshot schedule attached (resource_policies or google_compute_disk_resource_policy_attachment)' })] };
  }
  const ev: Evidence[] = [...(listed !== 'unknown' && listed.length ? [evidence(r, path, undefined, { note: 'snapshot schedule attached' })] : []), ...attachments.map((a) => evidenceFrom(a, 'name', undefined, { note: 'snapshot schedule attached' }))];
  let best: number | 'unknown' | undefined;
  let schedules = 0;
  for (const p of policies) {
    const kept = scheduleRetention(p);
    ev.push(kept.evidence);
    if (kept.days === 'not-a-schedule') continue;
    schedules++;
    best = kept.days === 'unknown' ? (best ?? 'unknown') : Math.max(typeof best === 'number' ? best : 0, kept.days);
  }
  if (policies.length && !schedules) return { service, enabled: 'no', evidence: ev };
  const out: BackupFacet = { service, enabled: 'yes', retentionDays: best ?? 'unknown', evidence: ev };
  if (out.retentionDays === 'unknown') out.settle = 'the `max_retention_days` of the snapshot schedule (google_compute_resource_policy)';
  return out;
}

const computeDisk: Builder<BackupFacet> = (r, ctx) => diskSchedule(r, ctx, 'resource_policies');

/** An instance's boot disk made from `initialize_params` (a boot disk given by `source` is a disk resource of its own). */
const instanceBootDisk: Builder<BackupFacet> = (r, ctx) => {
  if (setting(r, 'boot_disk[0].source').state !== 'unset') return undefined;
  return diskSchedule(r, ctx, 'boot_disk[0].initialize_params[0].resource_policies');
};

// ─── Cloud Storage buckets: object versioning and soft delete ──────────────────────────────────

/**
 * A bucket keeps what is overwritten or deleted with object versioning (`versioning.enabled`) or
 * soft delete (`soft_delete_policy.retention_duration_seconds`, 7 days when left out, 0 turns it
 * off). Versioning passes; else soft delete passes for as long as it keeps objects; neither fails.
 * No bucket is exempted: the catalog names no exemption.
 */
const bucketVersioning: Builder<BackupFacet> = (r) => {
  const service = BUCKET_SERVICE;
  const via = 'versioning' as const;
  const versioning = setting(r, 'versioning[0].enabled');
  if (versioning.state === 'known' && versioning.value === true) return { service, via, enabled: 'yes', evidence: [evidence(r, versioning.path, true)] };
  const seconds = setting(r, 'soft_delete_policy[0].retention_duration_seconds');
  if (versioning.state === 'unknown' || seconds.state === 'unknown') {
    return { service, via, enabled: 'unknown', evidence: [evidence(r, versioning.path), evidence(r, seconds.path)], settle: 'the versioning and soft_delete_policy of the bucket once applied' };
  }
  const off = evidence(r, versioning.path, versioning.value ?? undefined, { note: versioning.state === 'unset' ? 'not set: versioning is off' : undefined });
  const s = seconds.state === 'unset' ? GCS_DEFAULT_SOFT_DELETE_SECONDS : typeof seconds.value === 'number' ? seconds.value : 0;
  const soft = evidence(r, seconds.path, s, { note: seconds.state === 'unset' ? 'not set: Cloud Storage keeps soft-deleted objects 7 days' : undefined });
  if (s <= 0) return { service, via, enabled: 'no', evidence: [off, soft] };
  return { service, via, enabled: 'yes', retentionDays: Math.round((s / 86400) * 100) / 100, evidence: [off, soft] };
};

// ─── Backup and DR vaults ──────────────────────────────────────────────────────────────────────
const VAULT_ENCRYPTED_NOTE = 'Backup and DR encrypts backups at rest (Google-managed keys unless a Cloud KMS key is configured)';

/**
 * google_backup_dr_backup_vault: backups cannot be deleted before the minimum enforced retention
 * (`backup_minimum_enforced_retention_duration`, required, locked once `effective_time` passes).
 */
const backupVault: Builder<BackupVaultFacet> = (r) => {
  const d = setting(r, 'backup_minimum_enforced_retention_duration');
  const encrypted = evidence(r, 'encryption_config', undefined, { note: VAULT_ENCRYPTED_NOTE });
  if (d.state === 'unknown') {
    return { label: VAULT_LABEL, immutable: 'unknown', encrypted: 'yes', evidence: [evidence(r, d.path, undefined, { note: 'known only after apply' }), encrypted], settle: 'the minimum enforced retention of the vault once applied' };
  }
  const seconds = durationSeconds(d.value);
  if (seconds === undefined || seconds <= 0) {
    return { label: VAULT_LABEL, immutable: 'no', encrypted: 'yes', evidence: [evidence(r, d.path, typeof d.value === 'string' ? d.value : undefined, { safe: true, note: 'no minimum enforced retention: backups can be deleted at any time' }), encrypted] };
  }
  const days = Math.floor(seconds / 86400);
  const ev: Evidence[] = [evidence(r, d.path, typeof d.value === 'string' ? d.value : seconds, { safe: true, note: `backups cannot be deleted for ${days} day(s)` })];
  const effective = knownString(setting(r, 'effective_time'));
  if (effective) ev.push(evidence(r, 'effective_time', undefined, { note: 'the enforced retention is locked from this date' }));
  return { label: VAULT_LABEL, immutable: 'yes', encrypted: 'yes', evidence: [...ev, encrypted] };
};

export const backupsTable: BuilderTable = {
  backup: { google_sql_database_instance: sqlBackup, google_compute_disk: computeDisk, google_compute_instance: instanceBootDisk, google_storage_bucket: bucketVersioning },
  backupVault: { google_backup_dr_backup_vault: backupVault },
};
