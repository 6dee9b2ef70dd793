/**
 * Backups (the `backup` and `backupVault` facets) from Config items: RDS and Aurora retention,
 * DynamoDB point-in-time recovery, the EFS backup policy, Redshift automated snapshots, and AWS
 * Backup selections (read before the stores, with their plans) that name a store's ARN. AWS
 * Backup vaults: always encrypted; whether a vault lock protects them is not in their Config item.
 */
import type { BackupFacet, BackupVaultFacet, Evidence } from '../../src/model/facets.js';
import { conf, isRecord, list, num, supp, text, type ConfigItem } from './ci.js';
import { ev, hasConfiguration, type BuildContext } from './context.js';
import type { AccountFacts, BackupSelection } from './facts.js';

/** The longest retention among a backup plan item's rules; undefined when a rule keeps recovery points until deleted. */
export function planRetention(item: ConfigItem): number | 'unknown' | undefined {
  const rules = list(conf(item, 'BackupPlan.BackupPlanRule'));
  if (!rules || rules.length === 0) return 'unknown';
  let longest = 0;
  for (const rule of rules) {
    if (!isRecord(rule)) return 'unknown';
    const lifecycle = isRecord(rule.Lifecycle) ? rule.Lifecycle : isRecord(rule.lifecycle) ? rule.lifecycle : undefined;
    const days = lifecycle ? num({ value: lifecycle.DeleteAfterDays ?? lifecycle.deleteAfterDays, path: '' }) : undefined;
    if (days === undefined || days <= 0) return undefined;
    longest = Math.max(longest, days);
  }
  return longest;
}

/** A backup selection item: the plan it belongs to and the ARNs (or wildcards) it names. */
export function selectionOf(item: ConfigItem): BackupSelection {
  const strings = (path: string) => (list(conf(item, path)) ?? []).filter((x): x is string => typeof x === 'string');
  return {
    planId: text(conf(item, 'BackupPlanId')),
    resources: strings('BackupSelection.Resources'),
    notResources: strings('BackupSelection.NotResources'),
    name: text(conf(item, 'BackupSelection.SelectionName')) ?? item.resourceName ?? item.resourceId ?? 'selection',
  };
}

export function absorbBackupPlan(item: ConfigItem, facts: AccountFacts): void {
  const id = text(conf(item, 'BackupPlanId')) ?? item.resourceId;
  if (id) facts.backupPlans.set(id, planRetention(item));
}

function globMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

interface Coverage {
  covered: 'yes' | 'no' | 'maybe';
  retentionDays?: number | 'unknown';
  evidence: Evidence[];
}

/**
 * Whether a selection of the account names the store's ARN. A selection that lists no resource
 * selects by tags, which the selection's Config item does not carry: it may cover the store.
 */
function coverage(arn: string | undefined, facts: AccountFacts): Coverage {
  let maybe: Coverage | undefined;
  for (const sel of facts.backupSelections) {
    const retention = sel.planId === undefined ? 'unknown' : facts.backupPlans.has(sel.planId) ? facts.backupPlans.get(sel.planId) : 'unknown';
    const evidence: Evidence[] = [{ path: 'AWS::Backup::BackupSelection', note: `backup selection ${sel.name}` }];
    if (sel.resources.length === 0) {
      maybe ??= { covered: 'maybe', evidence: [{ ...evidence[0]!, note: `backup selection ${sel.name} selects by tags, which its Config item does not show` }] };
      continue;
    }
    if (!arn || sel.notResources.some((p) => globMatch(p, arn))) continue;
    if (!sel.resources.some((p) => globMatch(p, arn))) continue;
    const c: Coverage = { covered: 'yes', evidence: [{ ...evidence[0]!, note: `backup selection ${sel.name} covers the store` }] };
    if (retention !== undefined) c.retentionDays = retention;
    c.evidence.push({ path: 'BackupPlan.BackupPlanRule.Lifecycle.DeleteAfterDays', ...(typeof retention === 'number' ? { value: retention } : {}), note: retention === undefined ? 'a rule keeps recovery points until deleted' : retention === 'unknown' ? 'the plan or its rules are not among the items read' : 'longest retention of the plan' });
    return c;
  }
  return maybe ?? { covered: 'no', evidence: [] };
}

/** The store's own backups, then AWS Backup coverage. */
function combine(service: string, own: BackupFacet, ctx: BuildContext): BackupFacet {
  const c = coverage(ctx.item.arn, ctx.facts);
  if (c.covered === 'yes') {
    const out: BackupFacet = { service, enabled: 'yes', evidence: [...own.evidence, ...c.evidence] };
    const mine = own.enabled === 'yes' ? own.retentionDays : 0;
    const r = c.retentionDays === undefined || mine === undefined ? undefined : c.retentionDays === 'unknown' || mine === 'unknown' ? 'unknown' : Math.max(c.retentionDays, mine);
    if (r !== undefined) out.retentionDays = r;
    if (r === 'unknown') out.settle = 'the lifecycle of the AWS Backup plan rules covering the store';
    return out;
  }
  if (c.covered === 'maybe' && own.enabled !== 'yes') {
    return { service, enabled: 'unknown', evidence: [...own.evidence, ...c.evidence], settle: 'whether an AWS Backup selection by tags covers the store (aws backup get-backup-selection)' };
  }
  return own;
}

/** Stores with a retention period in days (0: automated backups off). */
function retention(service: string, path: string) {
  return (ctx: BuildContext): BackupFacet => {
    const f = conf(ctx.item, path);
    const days = num(f);
    let own: BackupFacet;
    if (days === undefined) own = { service, enabled: 'unknown', retentionDays: 'unknown', evidence: [ev(f)], settle: `the ${path} of the ${service} (not in its configuration item)` };
    else if (days === 0) own = { service, enabled: 'no', evidence: [ev(f, { note: 'automated backups turned off' })] };
    else own = { service, enabled: 'yes', retentionDays: days, evidence: [ev(f)] };
    return combine(service, own, ctx);
  };
}

/** Read replicas take no backups of their own: the source's cover the data. */
function dbInstance(ctx: BuildContext): BackupFacet | undefined {
  if (text(conf(ctx.item, 'readReplicaSourceDBInstanceIdentifier'))) return undefined;
  return retention('RDS instance', 'backupRetentionPeriod')(ctx);
}

/** DynamoDB: point-in-time recovery from the supplementary ContinuousBackupsDescription (35 days unless a shorter period is set). */
function dynamodbTable(ctx: BuildContext): BackupFacet {
  const service = 'DynamoDB table';
  const status = supp(ctx.item, 'ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus');
  const s = text(status);
  let own: BackupFacet;
  if (s === 'ENABLED') {
    const period = num(supp(ctx.item, 'ContinuousBackupsDescription.pointInTimeRecoveryDescription.recoveryPeriodInDays'));
    own = { service, enabled: 'yes', retentionDays: period ?? 35, evidence: [ev(status, { safe: true }), ...(period === undefined ? [{ path: 'recoveryPeriodInDays', value: null, note: 'not set: 35 days' }] : [])] };
  } else if (s === 'DISABLED' || s === 'DISABLING') own = { service, enabled: 'no', evidence: [ev(status, { safe: true })] };
  else own = { service, enabled: 'unknown', evidence: [ev(status)], settle: 'the point-in-time recovery status of the table (aws dynamodb describe-continuous-backups)' };
  return combine(service, own, ctx);
}

/** EFS: automatic backups (`BackupPolicy.Status` ENABLED; the default AWS Backup plan keeps daily backups 35 days). */
function efsFileSystem(ctx: BuildContext): BackupFacet {
  const service = 'EFS file system';
  const status = conf(ctx.item, 'BackupPolicy.Status');
  const s = text(status);
  let own: BackupFacet;
  if (s === 'ENABLED' || s === 'ENABLING') own = { service, enabled: 'yes', retentionDays: 35, evidence: [ev(status, { safe: true, note: 'automatic backups: the default AWS Backup plan keeps daily backups 35 days' })] };
  else if (s === 'DISABLED' || s === 'DISABLING' || (s === undefined && hasConfiguration(ctx.item))) {
    own = { service, enabled: 'no', evidence: [ev(status, { safe: true, ...(s === undefined ? { note: 'no backup policy: automatic backups are off' } : {}) })] };
  } else own = { service, enabled: 'unknown', evidence: [ev(status)], settle: 'the backup policy of the file system (aws efs describe-backup-policy)' };
  return combine(service, own, ctx);
}

/**
 * AWS Backup vault: recovery points are always encrypted. A vault lock in compliance mode
 * (`Locked` with a `LockDate`, as DescribeBackupVault says) is not part of the vault's Config
 * item: read when an item carries it, else unknown.
 */
function backupVault(ctx: BuildContext): BackupVaultFacet {
  const label = 'AWS Backup vault';
  const encryption: Evidence = { path: 'configuration.EncryptionKeyArn', note: 'recovery points are always encrypted' };
  const locked = conf(ctx.item, 'Locked');
  const lockDate = conf(ctx.item, 'LockDate');
  if (locked.value === true && lockDate.value !== undefined) return { label, immutable: 'yes', encrypted: 'yes', evidence: [ev(locked), { path: lockDate.path, note: 'compliance mode: the lock cannot be removed after this date' }, encryption] };
  if (locked.value === false) return { label, immutable: 'no', encrypted: 'yes', evidence: [ev(locked), encryption] };
  if (locked.value === true) return { label, immutable: 'no', encrypted: 'yes', evidence: [ev(locked, { note: 'governance mode (no lock date): users with the permission can remove the lock' }), encryption] };
  return {
    label,
    immutable: 'unknown',
    encrypted: 'yes',
    evidence: [{ path: 'configuration.Locked', value: null, note: 'the vault lock is not part of the AWS Config item' }, encryption],
    settle: 'the vault lock of the vault (aws backup describe-backup-vault: Locked, LockDate)',
  };
}

export const BACKUP: Readonly<Record<string, (ctx: BuildContext) => BackupFacet | undefined>> = {
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::RDS::DBCluster': retention('RDS cluster', 'backupRetentionPeriod'),
  'AWS::DynamoDB::Table': dynamodbTable,
  'AWS::EFS::FileSystem': efsFileSystem,
  'AWS::Redshift::Cluster': retention('Redshift cluster', 'automatedSnapshotRetentionPeriod'),
};

export const BACKUP_VAULT: Readonly<Record<string, (ctx: BuildContext) => BackupVaultFacet | undefined>> = {
  'AWS::Backup::BackupVault': backupVault,
};
