import type { BackupFacet, BackupVaultFacet, Evidence, Truth } from '../../src/model/facets.js';
import { children, ev, field, lower, num, prop, str, type AzRecord, type Details, type Got } from './records.js';
import { isSystemDatabase } from './storage.js';

/**
 * Backups from ARM / Resource Graph records: how long Azure keeps the automated backups of SQL
 * databases (the `backupShortTermRetentionPolicies/default` child, read from ARM), PostgreSQL and
 * MySQL servers (`backup.backupRetentionDays`, `storageProfile.backupRetentionDays`) and Cosmos DB
 * accounts (`backupPolicy`); and whether Recovery Services and Backup vaults keep backups from
 * early deletion (`securitySettings`). A missing field leaves retention or protection unknown.
 */

const ALWAYS = (what: string) => `${what} are always backed up by the service`;

function retention(service: string, g: Got, always: string, settle: string): BackupFacet {
  const days = num(g);
  const out: BackupFacet = { service, enabled: 'yes', retentionDays: days ?? 'unknown', evidence: [{ path: 'id', note: always }, ev(g)] };
  if (days === undefined) out.settle = settle;
  return out;
}

/** SQL databases: point-in-time restore is always on; its retention is the short-term retention policy child. */
function sqlDatabase(r: AzRecord, details: Details): BackupFacet | undefined {
  if (isSystemDatabase(r)) return undefined;
  // Geo-secondaries are backed up through their primary; data warehouses use restore points.
  if (str(prop(r, 'secondaryType')) || /datawarehouse/i.test(str(field(r, 'sku.tier')) ?? '') || /datawarehouse/i.test(str(field(r, 'kind')) ?? '')) return undefined;
  const policy = children(details, 'backupshorttermretentionpolicies').items[0];
  const always = 'Azure SQL databases are always backed up (point-in-time restore)';
  if (!policy) {
    return {
      service: 'Azure SQL database',
      enabled: 'yes',
      retentionDays: 'unknown',
      evidence: [{ path: 'id', note: always }, { path: 'backupShortTermRetentionPolicies/default', note: 'the short-term retention policy of the database was not read' }],
      settle: 'the backupShortTermRetentionPolicies/default child of the database (GET …/backupShortTermRetentionPolicies/default?api-version=2021-11-01, or az sql db str-policy show)',
    };
  }
  const days = prop(policy, 'retentionDays');
  return retention('Azure SQL database', { ...days, path: `backupShortTermRetentionPolicies/default.${days.path}` }, always, 'properties.retentionDays of the short-term retention policy');
}

function serverRetention(service: string, path: string) {
  return (r: AzRecord): BackupFacet => retention(service, prop(r, path), ALWAYS(`${service}s`), `properties.${path} of the server`);
}

/** Cosmos DB: Periodic (kept `backupRetentionIntervalInHours`, 8 by default) or Continuous (Continuous7Days or Continuous30Days). */
function cosmosAccount(r: AzRecord): BackupFacet {
  const service = 'Cosmos DB account';
  const always = ALWAYS('Cosmos DB accounts');
  const type = prop(r, 'backupPolicy.type');
  const t = str(type);
  if (t === undefined) return { service, enabled: 'yes', retentionDays: 'unknown', evidence: [{ path: 'id', note: always }, ev(type, { safe: true })], settle: 'properties.backupPolicy of the account' };
  if (lower(t) === 'continuous') {
    const tier = prop(r, 'backupPolicy.continuousModeProperties.tier');
    const days = /7days/i.test(str(tier) ?? '') ? 7 : 30;
    return { service, enabled: 'yes', retentionDays: days, evidence: [{ path: 'id', note: always }, ev(type, { safe: true }), ev(tier, { safe: true, ...(str(tier) ? {} : { note: 'no tier: continuous backups are kept 30 days' }) })] };
  }
  const hours = prop(r, 'backupPolicy.periodicModeProperties.backupRetentionIntervalInHours');
  const h = num(hours);
  if (h === undefined) return { service, enabled: 'yes', retentionDays: 'unknown', evidence: [{ path: 'id', note: always }, ev(type), ev(hours)], settle: 'properties.backupPolicy.periodicModeProperties of the account' };
  return { service, enabled: 'yes', retentionDays: Math.round((h / 24) * 100) / 100, evidence: [{ path: 'id', note: always }, ev(type), ev(hours)] };
}

function vaultFacet(label: string, soft: Got, immutability: Got, softOn: (v: string) => boolean): BackupVaultFacet {
  const s = str(soft);
  const i = str(immutability);
  const softTruth: Truth = s === undefined ? 'unknown' : softOn(s) ? 'yes' : 'no';
  const locked = i !== undefined && /^(locked|unlocked)$/i.test(i);
  const immutable: Truth = locked || softTruth === 'yes' ? 'yes' : softTruth === 'unknown' || i === undefined ? 'unknown' : 'no';
  const evidence: Evidence[] = [ev(soft, { safe: true }), ev(immutability, { safe: true }), { path: 'id', note: 'backup data is always encrypted at rest' }];
  const out: BackupVaultFacet = { label, immutable, encrypted: 'yes', evidence };
  if (immutable === 'unknown') out.settle = 'properties.securitySettings of the vault (soft delete and immutability)';
  return out;
}

/** Recovery Services vaults: `securitySettings.softDeleteSettings.softDeleteState` (Enabled, AlwaysON, Disabled) and `immutabilitySettings.state`. */
function recoveryVault(r: AzRecord): BackupVaultFacet {
  return vaultFacet('Recovery Services vault', prop(r, 'securitySettings.softDeleteSettings.softDeleteState'), prop(r, 'securitySettings.immutabilitySettings.state'), (v) => /^(enabled|alwayson)$/i.test(v));
}

/** Backup vaults (Data Protection): `securitySettings.softDeleteSettings.state` (On, AlwaysOn, Off) and `immutabilitySettings.state`. */
function backupVault(r: AzRecord): BackupVaultFacet {
  return vaultFacet('Backup vault', prop(r, 'securitySettings.softDeleteSettings.state'), prop(r, 'securitySettings.immutabilitySettings.state'), (v) => /^(on|alwayson)$/i.test(v));
}

type Builder<F> = (r: AzRecord, details: Details) => F | undefined;

export const BACKUP_BUILDERS: Readonly<Record<string, Builder<BackupFacet>>> = {
  'microsoft.sql/servers/databases': sqlDatabase,
  'microsoft.dbforpostgresql/flexibleservers': serverRetention('PostgreSQL flexible server', 'backup.backupRetentionDays'),
  'microsoft.dbformysql/flexibleservers': serverRetention('MySQL flexible server', 'backup.backupRetentionDays'),
  'microsoft.dbforpostgresql/servers': serverRetention('PostgreSQL server', 'storageProfile.backupRetentionDays'),
  'microsoft.dbformysql/servers': serverRetention('MySQL server', 'storageProfile.backupRetentionDays'),
  'microsoft.documentdb/databaseaccounts': cosmosAccount,
};

export const VAULT_BUILDERS: Readonly<Record<string, Builder<BackupVaultFacet>>> = {
  'microsoft.recoveryservices/vaults': recoveryVault,
  'microsoft.dataprotection/backupvaults': backupVault,
};
