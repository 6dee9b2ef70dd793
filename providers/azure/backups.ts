import type { BackupFacet, BackupVaultFacet, Evidence, Truth } from '../../src/model/facets.js';
import { children, ev, field, get, idOf, isObject, list, lower, num, prop, str, typeOf, type AzRecord, type Details, type Got } from './records.js';
import { isoDays } from './knowledge/key-rotation.js';
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

// ─── VMs and disks: Azure Backup protection ────────────────────────────────────────────────────

const PROTECTED_ITEM = 'microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems';
const BACKUP_INSTANCE = 'microsoft.dataprotection/backupvaults/backupinstances';

/** Recovery Services protected items and Backup vault instances: what each protects. */
export const PROTECTION_TYPES: ReadonlySet<string> = new Set([PROTECTED_ITEM, BACKUP_INSTANCE]);

/** Recovery Services and Backup vault backup policies: how long what they protect is kept. */
export const BACKUP_POLICY_TYPES: ReadonlySet<string> = new Set(['microsoft.recoveryservices/vaults/backuppolicies', 'microsoft.dataprotection/backupvaults/backuppolicies']);

/** The (lower-case) id of what a protected item (`sourceResourceId`) or backup instance (`dataSourceInfo.resourceID`) protects. */
export function protectedId(r: AzRecord): string | undefined {
  const id = str(prop(r, 'sourceResourceId')) ?? str(prop(r, 'dataSourceInfo.resourceID'));
  return id ? lower(id) : undefined;
}

/** The (lower-case) id of the policy of a protected item (`policyId`) or backup instance (`policyInfo.policyId`). */
function policyIdOf(r: AzRecord): string | undefined {
  const id = str(prop(r, 'policyId')) ?? str(prop(r, 'policyInfo.policyId'));
  return id ? lower(id) : undefined;
}

/** The protections read for a VM or disk, as a collection its details carry (complete: every protection of the input was looked at). */
export const PROTECTIONS = 'Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems';

/**
 * The Azure Backup records of an input or a live read, by what they protect and by policy id; the
 * details of a VM or disk are the protections naming it (a disk's also through its VM,
 * `managedBy`) as one complete collection, and the policies they follow.
 */
export class ProtectionIndex {
  private readonly byTarget = new Map<string, AzRecord[]>();
  private readonly policies = new Map<string, AzRecord>();

  /** Keeps a protection or policy record; false for any other record. */
  add(r: AzRecord): boolean {
    const type = typeOf(r);
    if (PROTECTION_TYPES.has(type)) {
      const target = protectedId(r);
      if (target) (this.byTarget.get(target) ?? this.byTarget.set(target, []).get(target)!).push(r);
      return true;
    }
    if (BACKUP_POLICY_TYPES.has(type)) {
      const id = idOf(r);
      if (id) this.policies.set(lower(id), r);
      return true;
    }
    return false;
  }

  /** The details to join to a VM or managed disk; none for other records. */
  detailsFor(r: AzRecord): AzRecord[] {
    const type = typeOf(r);
    if (type !== 'microsoft.compute/virtualmachines' && type !== 'microsoft.compute/disks') return [];
    const id = lower(idOf(r) ?? '');
    const vm = lower(str(field(r, 'managedBy')) ?? '');
    const items = [...(this.byTarget.get(id) ?? []), ...(vm ? (this.byTarget.get(vm) ?? []) : [])];
    const policies = new Map<string, AzRecord>();
    for (const i of items) {
      const p = policyIdOf(i);
      const policy = p ? this.policies.get(p) : undefined;
      if (policy) policies.set(p!, policy);
    }
    return [{ id: `${idOf(r)}/protectedItems`, type: PROTECTIONS, value: items }, ...policies.values()];
  }
}

const DURATION_DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 30, years: 365 };

/**
 * The longest a backup policy keeps a recovery point, in days: a Recovery Services policy's
 * `retentionPolicy` (long-term: the daily, weekly, monthly and yearly schedules'
 * `retentionDuration` count and durationType; simple: one `retentionDuration`), a Backup vault
 * policy's retention rules (`policyRules[].lifecycles[].deleteAfter.duration`, ISO 8601).
 * Undefined when none of them is readable.
 */
function policyDays(policy: AzRecord): { days: number; evidence: Evidence[] } | undefined {
  const evidence: Evidence[] = [];
  let days: number | undefined;
  const keep = (d: number | undefined, g: Got) => {
    if (d === undefined) return;
    days = Math.max(days ?? 0, d);
    evidence.push(ev(g, { safe: true }));
  };
  for (const path of ['retentionPolicy.retentionDuration', ...['daily', 'weekly', 'monthly', 'yearly'].map((s) => `retentionPolicy.${s}Schedule.retentionDuration`)]) {
    const count = prop(policy, `${path}.count`);
    const unit = DURATION_DAYS[lower(str(prop(policy, `${path}.durationType`)) ?? '')];
    const n = num(count);
    keep(n !== undefined && unit !== undefined ? n * unit : undefined, count);
  }
  const rules = list(prop(policy, 'policyRules')) ?? [];
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    (list(get(rule, 'lifecycles')) ?? []).forEach((l, j) => {
      const duration = get(l, 'deleteAfter.duration', `properties.policyRules[${i}].lifecycles[${j}]`);
      const text = str(duration);
      keep(text ? isoDays(text) : undefined, duration);
    });
  });
  return days === undefined ? undefined : { days, evidence };
}

/**
 * Whether a protection still takes backups. A protected item's `protectionState` is Protected,
 * IRPending (the first backup is yet to run) or ProtectionError (the last backup failed; Azure
 * Backup keeps trying on schedule): protected. ProtectionStopped, ProtectionPaused and
 * BackupsSuspended keep the recovery points taken but take no new ones: a resource so left is not
 * backed up from now on, whatever it kept. A backup instance's `protectionStatus.status` likewise:
 * ProtectionConfigured or ConfiguringProtection protect; ProtectionStopped, NotProtected,
 * ConfiguringProtectionFailed and soft-deleted instances do not.
 */
function protects(state: string | undefined): boolean {
  return !/stopped|paused|suspended|removed|notprotected|failed|softdelet/i.test(state ?? '');
}

/**
 * A VM or managed disk is backed up when a protected item or backup instance names it (a disk
 * also when its VM, `managedBy`, is protected: VM backup takes all its disks), unless protection
 * was stopped. When protections were read and none names it, it is not; when none were read
 * (a live scan that could not read them; an inventory file without any) nothing is known. The
 * retention is the longest kept by the policies of its protections, when they were read.
 */
function protection(service: string) {
  return (_r: AzRecord, details: Details): BackupFacet => {
    const { items, complete } = children(details, 'protecteditems');
    const state = (i: AzRecord) => str(prop(i, 'protectionState')) ?? str(prop(i, 'protectionStatus.status'));
    const active = items.filter((i) => protects(state(i)));
    if (active.length) {
      const policies = new Map(children(details, 'backuppolicies').items.map((p) => [lower(idOf(p) ?? ''), p]));
      const evidence: Evidence[] = active.map((i) => ({ path: `${idOf(i) ?? PROTECTIONS}`, value: state(i) ?? null, safe: true, note: 'protected by Azure Backup' }));
      let best: number | undefined;
      for (const i of active) {
        const policy = policies.get(policyIdOf(i) ?? '');
        const kept = policy ? policyDays(policy) : undefined;
        if (!kept) continue;
        best = Math.max(best ?? 0, kept.days);
        evidence.push(...kept.evidence.map((e) => ({ ...e, path: `${idOf(policy!) ?? 'backupPolicies'}.${e.path}` })));
      }
      if (best !== undefined) return { service, enabled: 'yes', retentionDays: best, evidence };
      return { service, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'the retention of the backup policy that protects it (az backup policy show)' };
    }
    if (complete) {
      return { service, enabled: 'no', evidence: [{ path: 'protectedItems', value: null, note: items.length ? 'protection stopped' : 'no protected item or backup instance among those read names it' }] };
    }
    return {
      service,
      enabled: 'unknown',
      evidence: [{ path: 'protectedItems', value: null, note: 'Recovery Services protected items and Backup vault instances were not read' }],
      settle: `whether Azure Backup protects the ${service} (Resource Graph: recoveryservicesresources protectedItems by properties.sourceResourceId; az dataprotection backup-instance list)`,
    };
  };
}

/**
 * Storage accounts: blob versioning (`blobServices/default` `isVersioningEnabled`) or blob soft
 * delete (`deleteRetentionPolicy.enabled`, kept `days`). The blob service is a child the account's
 * record does not carry (a live scan reads it from ARM; a file may hold it): not read, unknown. No
 * account is exempted.
 */
function blobVersioning(r: AzRecord, details: Details): BackupFacet | undefined {
  if (lower(str(field(r, 'kind')) ?? '') === 'filestorage') return undefined;
  const service = 'storage account';
  const via = 'versioning' as const;
  const blob = children(details, 'blobservices').items[0];
  if (!blob) {
    return { service, via, enabled: 'unknown', evidence: [{ path: 'blobServices/default', value: null, note: 'the blob service properties of the account were not read' }], settle: 'the blobServices/default properties of the account (isVersioningEnabled, deleteRetentionPolicy; az storage account blob-service-properties show)' };
  }
  const versioning = prop(blob, 'isVersioningEnabled');
  if (versioning.value === true) return { service, via, enabled: 'yes', evidence: [ev({ ...versioning, path: `blobServices/default.${versioning.path}` })] };
  const soft = prop(blob, 'deleteRetentionPolicy.enabled');
  const days = prop(blob, 'deleteRetentionPolicy.days');
  const evidence = [ev({ ...versioning, path: `blobServices/default.${versioning.path}` }, { note: versioning.value === undefined ? 'not set: blob versioning is off' : undefined }), ev({ ...soft, path: `blobServices/default.${soft.path}` })];
  if (soft.value !== true) return { service, via, enabled: 'no', evidence };
  const d = num(days);
  evidence.push(ev({ ...days, path: `blobServices/default.${days.path}` }));
  return d === undefined ? { service, via, enabled: 'yes', retentionDays: 'unknown', evidence, settle: 'deleteRetentionPolicy.days of the blob service' } : { service, via, enabled: 'yes', retentionDays: d, evidence };
}

type Builder<F> = (r: AzRecord, details: Details) => F | undefined;

export const BACKUP_BUILDERS: Readonly<Record<string, Builder<BackupFacet>>> = {
  'microsoft.sql/servers/databases': sqlDatabase,
  'microsoft.dbforpostgresql/flexibleservers': serverRetention('PostgreSQL flexible server', 'backup.backupRetentionDays'),
  'microsoft.dbformysql/flexibleservers': serverRetention('MySQL flexible server', 'backup.backupRetentionDays'),
  'microsoft.dbforpostgresql/servers': serverRetention('PostgreSQL server', 'storageProfile.backupRetentionDays'),
  'microsoft.dbformysql/servers': serverRetention('MySQL server', 'storageProfile.backupRetentionDays'),
  'microsoft.documentdb/databaseaccounts': cosmosAccount,
  'microsoft.compute/virtualmachines': protection('virtual machine'),
  'microsoft.compute/disks': protection('managed disk'),
  'microsoft.storage/storageaccounts': blobVersioning,
};

export const VAULT_BUILDERS: Readonly<Record<string, Builder<BackupVaultFacet>>> = {
  'microsoft.recoveryservices/vaults': recoveryVault,
  'microsoft.dataprotection/backupvaults': backupVault,
};
