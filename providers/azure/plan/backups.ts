import type { BackupFacet, BackupVaultFacet, Evidence, Truth } from '../../../src/model/facets.js';
import type { BuildContext, BuilderTable } from '../../terraform/builder-types.js';
import { blocks, configured, type Attr, type TfResource } from '../../terraform/tf-resource.js';
import { ev, evFrom, knownString, read, readBool, readEnum, readNumber } from './values.js';

/**
 * Backups of Azure data stores and the vaults that keep backups.
 *
 * Azure SQL databases, PostgreSQL and MySQL servers are always backed up by the service (automated
 * backups with point-in-time restore cannot be switched off): what varies is how long backups are
 * kept. Cosmos DB keeps periodic backups (8 hours by default) or continuous ones (7 or 30 days).
 * Virtual machines are backed up when a Recovery Services protected item in the plan points at
 * them; other VMs carry no backup facet (a VM's data belongs in a data store).
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

/** A VM backed up by a Recovery Services protected item (`azurerm_backup_protected_vm.source_vm_id`), kept as long as its policy says. */
function protectedVm(r: TfResource, { links }: BuildContext): BackupFacet | undefined {
  const items = links.sources(r, 'azurerm_backup_protected_vm', 'source_vm_id');
  if (!items.length) return undefined;
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
  },
  backupVault: {
    azurerm_recovery_services_vault: recoveryVault,
    azurerm_data_protection_backup_vault: backupVault,
  },
};
