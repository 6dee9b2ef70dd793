import type { BackupFacet, BackupVaultFacet, Evidence } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting, type TfResource } from '../../terraform/tf-resource.js';
import { blockCount, evidence, knownString } from './values.js';

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
/** Cloud SQL keeps 7 automated backups unless retained_backups says otherwise. */
export const SQL_DEFAULT_RETAINED_BACKUPS = 7;

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
  if (settings === 'unknown') return { service: SQL, enabled: 'unknown', evidence: [evidence(r, 'settings', undefined, 'known only after apply')], settle: SQL_SETTLE };
  const enabled = setting(r, `${base}.enabled`);
  if (enabled.state === 'unknown') return { service: SQL, enabled: 'unknown', evidence: [evidence(r, enabled.path, undefined, 'known only after apply')], settle: SQL_SETTLE };
  if (enabled.value !== true) {
    const note = enabled.state === 'unset' ? 'not set: automated backups are off (the provider default)' : undefined;
    return { service: SQL, enabled: 'no', evidence: [evidence(r, enabled.path, false, note)] };
  }
  const ev: Evidence[] = [evidence(r, enabled.path, true)];
  for (const pitr of [`${base}.point_in_time_recovery_enabled`, `${base}.binary_log_enabled`]) {
    const s = setting(r, pitr);
    if (s.state === 'known' && s.value === true) ev.push(evidence(r, pitr, true, 'point-in-time recovery'));
  }
  const retained = setting(r, `${base}.backup_retention_settings[0].retained_backups`);
  if (retained.state === 'unknown') {
    return { service: SQL, enabled: 'yes', retentionDays: 'unknown', evidence: [...ev, evidence(r, retained.path, undefined, 'known only after apply')], settle: SQL_SETTLE };
  }
  if (typeof retained.value === 'number' && retained.value > 0) {
    return { service: SQL, enabled: 'yes', retentionDays: retained.value, evidence: [...ev, evidence(r, retained.path, retained.value, 'daily automated backups kept')] };
  }
  return {
    service: SQL,
    enabled: 'yes',
    retentionDays: SQL_DEFAULT_RETAINED_BACKUPS,
    evidence: [...ev, evidence(r, retained.path, undefined, `not set: Cloud SQL keeps ${SQL_DEFAULT_RETAINED_BACKUPS} daily backups`)],
  };
};

// ─── Backup and DR vaults ──────────────────────────────────────────────────────────────────────

/** `"2592000s"` (a protobuf Duration) → seconds. */
export function durationSeconds(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
  const seconds = m ? Number(m[1]) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

export const VAULT_LABEL = 'Backup and DR backup vault';
const VAULT_ENCRYPTED_NOTE = 'Backup and DR encrypts backups at rest (Google-managed keys unless a Cloud KMS key is configured)';

/**
 * google_backup_dr_backup_vault: backups cannot be deleted before the minimum enforced retention
 * (`backup_minimum_enforced_retention_duration`, required, locked once `effective_time` passes).
 */
const backupVault: Builder<BackupVaultFacet> = (r) => {
  const d = setting(r, 'backup_minimum_enforced_retention_duration');
  const encrypted = evidence(r, 'encryption_config', undefined, VAULT_ENCRYPTED_NOTE);
  if (d.state === 'unknown') {
    return { label: VAULT_LABEL, immutable: 'unknown', encrypted: 'yes', evidence: [evidence(r, d.path, undefined, 'known only after apply'), encrypted], settle: 'the minimum enforced retention of the vault once applied' };
  }
  const seconds = durationSeconds(d.value);
  if (seconds === undefined || seconds <= 0) {
    return { label: VAULT_LABEL, immutable: 'no', encrypted: 'yes', evidence: [evidence(r, d.path, typeof d.value === 'string' ? d.value : undefined, 'no minimum enforced retention: backups can be deleted at any time'), encrypted] };
  }
  const days = Math.floor(seconds / 86400);
  const ev: Evidence[] = [evidence(r, d.path, typeof d.value === 'string' ? d.value : seconds, `backups cannot be deleted for ${days} day(s)`)];
  const effective = knownString(setting(r, 'effective_time'));
  if (effective) ev.push(evidence(r, 'effective_time', undefined, 'the enforced retention is locked from this date'));
  return { label: VAULT_LABEL, immutable: 'yes', encrypted: 'yes', evidence: [...ev, encrypted] };
};

export const backupsTable: BuilderTable = {
  backup: { google_sql_database_instance: sqlBackup },
  backupVault: { google_backup_dr_backup_vault: backupVault },
};
