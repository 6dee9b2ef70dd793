import type { BackupFacet, BackupVaultFacet, Evidence, Truth } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { blocks, configured, setting, type Attr, type TfResource } from '../../terraform/tf-resource.js';
import { ev, evFrom, knownString, read, readBool, readEnum, readNumber } from './values.js';
import { isoDays } from '../knowledge/key-rotation.js';

/**
 * Backups of Azure data stores and the vaults that keep backups.
 *
 * Azure SQL databases, PostgreSQL and MySQL servers are always backed up by the service (automated
 * backups with point-in-time restore cannot be switched off): what varies is how long backups are
 * kept. Cosmos DB keeps periodic backups (8 hours by default) or continuous ones (7 or 30 days).
 * Virtual machines are backed up when a Recovery Services protected item in the plan points at
 * them, managed disks when a Backup vault disk instance does or when they are attached to a
 * protected VM (VM backup takes all its disks). Neither fails when the plan holds Azure Backup
 * resources (it is where this configuration keeps its backups); in a plan without any, protection
 * may be configured elsewhere (Azure Policy, another configuration): unknown. Storage accounts
 * keep previous versions of blobs with blob versioning or blob soft delete.
 */

const DAY_NOTE = (days: number, what: string) => `not set: Azure keeps ${what} ${days} days`;

function facet(service: string, retention: { value: number | 'unknown' | undefined; attr: Attr; defaulted: boolean }, r: TfResource, always: string, defaultDays: number): BackupFacet {
  const evidence: Evidence[] = [
    { path: 'id', note: always },
    ev(r, retention.attr, retention.defaulted ? { note: DAY_NOTE(defaultDays, 'backups') } : {}),
  ];
  const out: BackupFacet = { service, enabled: 'yes', retentionDays: retention.value ?? defaultDays, evidence };
  if (retention.value === 'unknown') out.settle = `${retention.attr.path} once applied`;
  return out;
}

/** Point-in-time restore retention: `short_term_retention_policy[0].retention_days`, 7 days by default (1 to 35). */
function mssqlDatabase(r: TfResource): BackupFacet | undefined {
  // Geo-secondaries are backed up through their primary; data warehouses use restore points.
  const mode = knownString(r, 'create_mode');
  if (mode && /^(secondary|onlinesecondary)$/i.test(mode)) return undefined;
  if (/^DW/i.test(knownString(r, 'sku_name') ?? '')) return undefined;
  const policy = blocks(r, 'short_term_retention_policy');
  const always = 'Azure SQL databases are always backed up (point-in-time restore)';
  if (policy === 'unknown' && configured(r, 'short_term_retention_policy') !== 'no') {
    return { service: 'Azure SQL database', enabled: 'yes', retentionDays: 'unknown', evidence: [{ path: 'id', note: always }, ev(r, 'short_term_retention_policy')], settle: 'short_term_retention_policy once applied' };
  }
  return facet('Azure SQL database', readNumber(r, 'short_term_retention_policy[0].retention_days', 7), r, always, 7);
}

/** Flexible and single servers: `backup_retention_days`, 7 by default (1 to 35). */
function serverBackups(service: string) {
  return (r: TfResource): BackupFacet => facet(service, readNumber(r, 'backup_retention_days', 7), r, `${service}s are always backed up by the service`, 7);
}

/**
 * Cosmos DB: `backup[0].type` Periodic (the default: every 4 hours, kept `retention_in_hours`, 8 by
 * default) or Continuous (`tier` Continuous30Days by default, or Continuous7Days).
 */
function cosmosAccount(r: TfResource): BackupFacet {
  const service = 'Cosmos DB account';
  const always = 'Cosmos DB accounts are always backed up (periodic or continuous mode)';
  const type = readEnum(r, 'backup[0].type', 'Periodic');
  if (type.value === 'unknown') return { service, enabled: 'yes', retentionDays: 'unknown', evidence: [{ path: 'id', note: always }, ev(r, type.attr)], settle: 'backup[0].type once applied' };
  if (type.value?.toLowerCase() === 'continuous') {
    const tier = readEnum(r, 'backup[0].tier', 'Continuous30Days');
    const evidence = [{ path: 'id', note: always }, ev(r, type.attr, { safe: true }), ev(r, tier.attr, { safe: true, ...(tier.defaulted ? { note: 'not set: continuous backups are kept 30 days' } : {}) })];
    if (tier.value === 'unknown') return { service, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'backup[0].tier once applied' };
    return { service, enabled: 'yes', retentionDays: /7days/i.test(tier.value ?? '') ? 7 : 30, evidence };
  }
  const hours = readNumber(r, 'backup[0].retention_in_hours', 8);
  const evidence = [
    { path: 'id', note: always },
    ev(r, type.attr, { safe: true, ...(type.defaulted ? { note: 'not set: periodic backups' } : {}) }),
    ev(r, hours.attr, hours.defaulted ? { note: 'not set: periodic backups are kept 8 hours' } : {}),
  ];
  if (hours.value === 'unknown') return { service, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'backup[0].retention_in_hours once applied' };
  return { service, enabled: 'yes', retentionDays: Math.round(((hours.value ?? 8) / 24) * 100) / 100, evidence };
}

/** The longest a backup policy keeps a recovery point: daily, weekly (×7), monthly (×30) and yearly (×365) counts. */
function policyRetention(policy: TfResource): { days: number | 'unknown'; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let days = 0;
  for (const [block, factor] of [['retention_daily', 1], ['retention_weekly', 7], ['retention_monthly', 30], ['retention_yearly', 365]] as const) {
    const list = blocks(policy, block);
    if (list === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, block)] };
    if (!list.length) continue;
    const count = read(policy, `${block}[0].count`);
    if (count.state === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, count)] };
    if (count.state === 'known' && typeof count.value === 'number') {
      days = Math.max(days, count.value * factor);
      evidence.push(evFrom(policy, count));
    }
  }
  return { days, evidence };
}

/** Resources that show the plan manages Azure Backup: where its protection of VMs and disks would be. */
const BACKUP_TYPES = [
  'azurerm_recovery_services_vault',
  'azurerm_backup_policy_vm',
  'azurerm_backup_protected_vm',
  'azurerm_data_protection_backup_vault',
  'azurerm_data_protection_backup_policy_disk',
  'azurerm_data_protection_backup_instance_disk',
];

/** A VM or disk that nothing in the plan protects: not backed up when the plan manages Azure Backup, else unknown. */
function unprotected(service: string, links: BuildContext['links']): BackupFacet {
  if (BACKUP_TYPES.some((t) => links.ofType(t).length > 0)) {
    return { service, enabled: 'no', evidence: [{ path: 'azurerm_backup_protected_vm', value: null, note: 'the plan manages Azure Backup but protects nothing of this resource' }] };
  }
  return {
    service,
    enabled: 'unknown',
    evidence: [{ path: 'azurerm_backup_protected_vm', value: null, note: 'no Azure Backup resource in this plan: protection may be configured elsewhere' }],
    settle: `whether a Recovery Services vault or Backup vault protects the ${service} once applied (az backup item list, az dataprotection backup-instance list)`,
  };
}

/** A VM backed up by a Recovery Services protected item (`azurerm_backup_protected_vm.source_vm_id`), kept as long as its policy says. */
function protectedVm(r: TfResource, ctx: BuildContext): BackupFacet {
  const { links } = ctx;
  const items = links.sources(r, 'azurerm_backup_protected_vm', 'source_vm_id');
  if (!items.length) return unprotected('virtual machine', links);
  const evidence: Evidence[] = [];
  let best: number | 'unknown' | undefined;
  for (const item of items) {
    evidence.push(evFrom(item, 'source_vm_id', { note: 'protected by Azure Backup' }));
    const policy = links.targets(item, 'backup_policy_id', ['azurerm_backup_policy_vm', 'azurerm_backup_policy_vm_workload'])[0];
    if (!policy) {
      evidence.push(evFrom(item, 'backup_policy_id', { note: 'backup policy not in the plan' }));
      if (best === undefined) best = 'unknown';
      continue;
    }
    const kept = policyRetention(policy);
    evidence.push(...kept.evidence);
    if (kept.days !== 'unknown') best = typeof best === 'number' ? Math.max(best, kept.days) : kept.days;
    else if (best === undefined) best = 'unknown';
  }
  const out: BackupFacet = { service: 'virtual machine', enabled: 'yes', retentionDays: best ?? 'unknown', evidence };
  if (out.retentionDays === 'unknown') out.settle = 'the retention of the VM backup policy (azurerm_backup_policy_vm)';
  return out;
}

/** The longest a disk backup policy keeps recovery points: `default_retention_duration` and each `retention_rule[].duration` (ISO 8601). */
function diskPolicyRetention(policy: TfResource): { days: number | 'unknown'; evidence: Evidence[] } {
  const paths = ['default_retention_duration'];
  const rules = blocks(policy, 'retention_rule');
  if (rules === 'unknown') return { days: 'unknown', evidence: [evFrom(policy, 'retention_rule')] };
  rules.forEach((_, i) => paths.push(`retention_rule[${i}].duration`));
  let days = 0;
  const evidence: Evidence[] = [];
  for (const path of paths) {
    const a = read(policy, path);
    const d = a.state === 'known' && typeof a.value === 'string' ? isoDays(a.value) : undefined;
    if (a.state === 'unknown' || (a.state === 'known' && d === undefined)) return { days: 'unknown', evidence: [evFrom(policy, a)] };
    if (d !== undefined) {
      days = Math.max(days, d);
      evidence.push(evFrom(policy, a, { safe: true }));
    }
  }
  return { days, evidence };
}

/**
 * A managed disk backed up by a Backup vault instance (`azurerm_data_protection_backup_instance_disk.disk_id`,
 * kept as its policy says), or with the VM it is attached to (`azurerm_virtual_machine_data_disk_attachment`).
 */
function managedDisk(r: TfResource, ctx: BuildContext): BackupFacet {
  const { links } = ctx;
  const service = 'managed disk';
  let best: BackupFacet | undefined;
  for (const inst of links.sources(r, 'azurerm_data_protection_backup_instance_disk', 'disk_id')) {
    const evidence: Evidence[] = [evFrom(inst, 'disk_id', { note: 'protected by a Backup vault' })];
    const policy = links.targets(inst, 'backup_policy_id', ['azurerm_data_protection_backup_policy_disk'])[0];
    const kept = policy ? diskPolicyRetention(policy) : { days: 'unknown' as const, evidence: [evFrom(inst, 'backup_policy_id', { note: 'backup policy not in the plan' })] };
    const candidate: BackupFacet = { service, enabled: 'yes', retentionDays: kept.days, evidence: [...evidence, ...kept.evidence] };
    if (!best || (typeof kept.days === 'number' && (typeof best.retentionDays !== 'number' || kept.days > best.retentionDays))) best = candidate;
  }
  for (const att of links.sources(r, 'azurerm_virtual_machine_data_disk_attachment', 'managed_disk_id')) {
    for (const vm of links.targets(att, 'virtual_machine_id', ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'])) {
      const viaVm = protectedVm(vm, ctx);
      if (viaVm.enabled !== 'yes') continue;
      const candidate: BackupFacet = { ...viaVm, service, evidence: [evFrom(att, 'virtual_machine_id', { note: 'attached to a protected VM: backed up with it' }), ...viaVm.evidence] };
      if (!best || (typeof candidate.retentionDays === 'number' && (typeof best.retentionDays !== 'number' || candidate.retentionDays > best.retentionDays))) best = candidate;
    }
  }
  if (!best) return unprotected(service, links);
  if (best.retentionDays === 'unknown') best.settle = 'the retention of the backup policy of the disk or its VM';
  return best;
}

/**
 * Storage accounts: blob versioning (`blob_properties.versioning_enabled`, off by default) keeps
 * every overwritten or deleted blob as a previous version; blob soft delete
 * (`blob_properties.delete_retention_policy`, off when the block is left out) keeps deleted blobs
 * `days` (7 unless set). Neither fails: no account is exempted (the catalog names no exemption).
 * FileStorage accounts hold no blobs.
 */
function blobVersioning(r: TfResource): BackupFacet | undefined {
  if (/^filestorage$/i.test(knownString(r, 'account_kind') ?? '')) return undefined;
  const service = 'storage account';
  const via = 'versioning' as const;
  // Optional+Computed blocks: unknown in a plan that leaves them out, where Azure's defaults apply.
  const applied = (path: string) => (setting(r, path).state === 'unset' ? [] : blocks(r, path));
  const versioning = readBool(r, 'blob_properties[0].versioning_enabled', false, false);
  if (versioning.truth === 'yes') return { service, via, enabled: 'yes', evidence: [ev(r, versioning.attr)] };
  const policy = applied('blob_properties') === 'unknown' ? 'unknown' : applied('blob_properties[0].delete_retention_policy');
  if (versioning.truth === 'unknown' || policy === 'unknown') {
    return { service, via, enabled: 'unknown', evidence: [ev(r, versioning.attr), ev(r, 'blob_properties[0].delete_retention_policy')], settle: 'blob_properties (versioning_enabled, delete_retention_policy) once applied' };
  }
  const off = ev(r, versioning.attr, { note: versioning.attr.state === 'known' ? undefined : 'not set: blob versioning is off' });
  if (!policy.length) return { service, via, enabled: 'no', evidence: [off, { path: 'blob_properties[0].delete_retention_policy', value: null, note: 'not set: blob soft delete is off' }] };
  const days = readNumber(r, 'blob_properties[0].delete_retention_policy[0].days', 7);
  const evidence = [off, ev(r, days.attr, days.defaulted ? { note: 'not set: deleted blobs are kept 7 days' } : {})];
  if (days.value === 'unknown') return { service, via, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'blob_properties.delete_retention_policy.days once applied' };
  return { service, via, enabled: 'yes', retentionDays: days.value ?? 7, evidence };
}

/**
 * Recovery Services vaults: soft delete (`soft_delete_enabled`, on by default) keeps deleted backups
 * 14 more days; `immutability` Unlocked or Locked forbids deleting recovery points before they
 * expire. Backup data is always encrypted (platform or customer key).
 */
function recoveryVault(r: TfResource): BackupVaultFacet {
  const soft = readBool(r, 'soft_delete_enabled', true, true);
  const immutability = readEnum(r, 'immutability', 'Disabled');
  return vaultFacet('Recovery Services vault', soft.truth, immutability.value, [ev(r, soft.attr), ev(r, immutability.attr, { safe: true, ...(immutability.defaulted ? { note: 'not set: immutability is disabled' } : {}) })]);
}

/** Backup vaults (Azure Backup for disks, blobs, PostgreSQL): `soft_delete` On (default), AlwaysOn or Off; `immutability` Disabled (default), Unlocked, Locked. */
function backupVault(r: TfResource): BackupVaultFacet {
  const soft = readEnum(r, 'soft_delete', 'On');
  const immutability = readEnum(r, 'immutability', 'Disabled');
  const softTruth: Truth = soft.value === 'unknown' ? 'unknown' : soft.value !== undefined && /^(on|alwayson)$/i.test(soft.value) ? 'yes' : 'no';
  return vaultFacet('Backup vault', softTruth, immutability.value, [
    ev(r, soft.attr, { safe: true, ...(soft.defaulted ? { note: 'not set: soft delete is on' } : {}) }),
    ev(r, immutability.attr, { safe: true, ...(immutability.defaulted ? { note: 'not set: immutability is disabled' } : {}) }),
  ]);
}

function vaultFacet(label: string, softDelete: Truth, immutability: string | undefined, evidence: Evidence[]): BackupVaultFacet {
  const immutable: Truth = immutability !== undefined && /^(locked|unlocked)$/i.test(immutability) ? 'yes' : softDelete === 'yes' ? 'yes' : softDelete === 'unknown' || immutability === 'unknown' ? 'unknown' : 'no';
  const out: BackupVaultFacet = { label, immutable, encrypted: 'yes', evidence: [...evidence, { path: 'id', note: 'backup data is always encrypted at rest' }] };
  if (immutable === 'unknown') out.settle = 'the soft delete and immutability settings of the vault once applied';
  return out;
}

export const BACKUPS: BuilderTable = {
  backup: {
    azurerm_mssql_database: mssqlDatabase,
    azurerm_postgresql_flexible_server: serverBackups('PostgreSQL flexible server'),
    azurerm_mysql_flexible_server: serverBackups('MySQL flexible server'),
    azurerm_postgresql_server: serverBackups('PostgreSQL server'),
    azurerm_mysql_server: serverBackups('MySQL server'),
    azurerm_cosmosdb_account: cosmosAccount,
    azurerm_linux_virtual_machine: protectedVm,
    azurerm_windows_virtual_machine: protectedVm,
    azurerm_virtual_machine: protectedVm,
    azurerm_managed_disk: managedDisk,
    azurerm_storage_account: blobVersioning,
  },
  backupVault: {
    azurerm_recovery_services_vault: recoveryVault,
    azurerm_data_protection_backup_vault: backupVault,
  },
};
