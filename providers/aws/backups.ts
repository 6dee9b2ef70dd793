/**
 * Backups (the `backup` and `backupVault` facets) from Config items: RDS and Aurora retention,
 * DynamoDB point-in-time recovery, the EFS backup policy, Redshift automated snapshots, S3 bucket
 * versioning, and AWS Backup selections (read before the stores, with their plans) that select a
 * store by ARN or by tag; EBS volumes and EC2 instances are backed up only through them. AWS
 * Backup vaults: always encrypted; whether a vault lock protects them is not in their Config item.
 */
import type { BackupFacet, BackupVaultFacet, Evidence } from '../../src/model/facets.js';
import { arnAccount, arnRegion, conf, decodeJsonText, isRecord, list, num, supp, text, type ConfigItem } from './ci.js';
import { tagsOf } from './tags.js';
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

const CONDITION_OPS = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const;

/** `ListOfTags` entries: `{ConditionType: STRINGEQUALS, ConditionKey: <tag key>, ConditionValue}`. */
function listOfTags(item: ConfigItem): BackupSelection['tags'] {
  const out: Array<{ key: string; value: string }> = [];
  for (const t of list(conf(item, 'BackupSelection.ListOfTags')) ?? []) {
    if (!isRecord(t) || typeof t.ConditionKey !== 'string' || typeof t.ConditionValue !== 'string') return 'unreadable';
    if (t.ConditionType !== undefined && String(t.ConditionType).toUpperCase() !== 'STRINGEQUALS') return 'unreadable';
    out.push({ key: t.ConditionKey.replace(/^aws:ResourceTag\//, ''), value: t.ConditionValue });
  }
  return out;
}

/** `Conditions`: `{StringEquals: [{ConditionKey: 'aws:ResourceTag/<key>', ConditionValue}], StringLike: …}`. */
function conditionsOf(item: ConfigItem): BackupSelection['conditions'] {
  const c = conf(item, 'BackupSelection.Conditions').value;
  if (c === undefined || c === null) return [];
  if (!isRecord(c)) return 'unreadable';
  const out: Exclude<BackupSelection['conditions'], 'unreadable'> = [];
  for (const op of CONDITION_OPS) {
    for (const p of Array.isArray(c[op]) ? c[op] : []) {
      if (!isRecord(p) || typeof p.ConditionKey !== 'string' || typeof p.ConditionValue !== 'string') return 'unreadable';
      out.push({ op, key: p.ConditionKey.replace(/^aws:ResourceTag\//, ''), value: p.ConditionValue });
    }
  }
  return out;
}

/** A backup selection item: the plan it belongs to, the ARNs (or wildcards) it names and its tag tests. */
export function selectionOf(item: ConfigItem): BackupSelection {
  const strings = (path: string) => (list(conf(item, path)) ?? []).filter((x): x is string => typeof x === 'string');
  return {
    planId: text(conf(item, 'BackupPlanId')),
    resources: strings('BackupSelection.Resources'),
    notResources: strings('BackupSelection.NotResources'),
    tags: listOfTags(item),
    conditions: conditionsOf(item),
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

type Verdict = 'yes' | 'no' | 'maybe';

/** The tag tests of a selection against the store's tags: any `ListOfTags` entry, and every condition; 'none' when it has no tag test. */
function tagVerdict(sel: BackupSelection, tags: Record<string, string> | undefined): Verdict | 'none' {
  if (sel.tags === 'unreadable' || sel.conditions === 'unreadable') return 'maybe';
  if (sel.tags.length === 0 && sel.conditions.length === 0) return 'none';
  if (!tags) return 'maybe';
  const listed = sel.tags.length === 0 || sel.tags.some((t) => tags[t.key] === t.value);
  const holds = sel.conditions.every((c) => {
    const v = tags[c.key];
    if (c.op === 'StringEquals') return v === c.value;
    if (c.op === 'StringNotEquals') return v !== c.value;
    if (c.op === 'StringLike') return v !== undefined && globMatch(c.value, v);
    return v === undefined || !globMatch(c.value, v);
  });
  return listed && holds ? 'yes' : 'no';
}

/**
 * Whether a selection covers the store: AWS Backup takes the resources it names by ARN (all of
 * them when it names none) that pass its tag tests, less those of `NotResources`. A store whose
 * tags are not known may be covered by a selection that tests tags.
 */
function selects(sel: BackupSelection, arn: string | undefined, tags: Record<string, string> | undefined): Verdict {
  if (!arn) return 'no';
  if (sel.notResources.some((p) => globMatch(p, arn))) return 'no';
  const t = tagVerdict(sel, tags);
  if (sel.resources.length === 0) return t === 'none' ? 'maybe' : t;
  if (!sel.resources.some((p) => globMatch(p, arn))) return 'no';
  return t === 'none' ? 'yes' : t;
}

/** Whether a selection of the account covers the store, by ARN or by tag. */
function coverage(arn: string | undefined, tags: Record<string, string> | undefined, facts: AccountFacts): Coverage {
  let maybe: Coverage | undefined;
  for (const sel of facts.backupSelections) {
    const retention = sel.planId === undefined ? 'unknown' : facts.backupPlans.has(sel.planId) ? facts.backupPlans.get(sel.planId) : 'unknown';
    const evidence: Evidence[] = [{ path: 'AWS::Backup::BackupSelection', note: `backup selection ${sel.name}` }];
    const verdict = selects(sel, arn, tags);
    if (verdict === 'no') continue;
    if (verdict === 'maybe') {
      maybe ??= { covered: 'maybe', evidence: [{ ...evidence[0]!, note: `backup selection ${sel.name} may cover the store (its tag tests or the store's tags cannot be read)` }] };
      continue;
    }
    const c: Coverage = { covered: 'yes', evidence: [{ ...evidence[0]!, note: `backup selection ${sel.name} covers the store` }] };
    if (retention !== undefined) c.retentionDays = retention;
    c.evidence.push({ path: 'BackupPlan.BackupPlanRule.Lifecycle.DeleteAfterDays', ...(typeof retention === 'number' ? { value: retention } : {}), note: retention === undefined ? 'a rule keeps recovery points until deleted' : retention === 'unknown' ? 'the plan or its rules are not among the items read' : 'longest retention of the plan' });
    return c;
  }
  return maybe ?? { covered: 'no', evidence: [] };
}

/** The store's own backups, then AWS Backup coverage. */
function combine(service: string, own: BackupFacet, ctx: BuildContext, c: Coverage = coverage(ctx.item.arn, tagsOf(ctx.item), ctx.facts)): BackupFacet {
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

const NO_SELECTIONS = 'no AWS Backup selection was read for the account (AWS::Backup::BackupSelection is not recorded, or none exists)';

/**
 * EBS volumes and EC2 instances: backed up only by an AWS Backup selection (a Data Lifecycle
 * Manager policy is not read). A volume attached to a covered instance is backed up with it (AWS
 * Backup backs up an instance as an AMI with snapshots of all its volumes); the instance's tags are
 * not at hand, so a selection by tags may cover it. With no selection read at all nothing is known.
 */
function ec2Store(service: string) {
  return (ctx: BuildContext): BackupFacet => {
    if (ctx.facts.backupSelections.length === 0) {
      return { service, enabled: 'unknown', evidence: [{ path: 'AWS::Backup::BackupSelection', value: null, note: NO_SELECTIONS }], settle: `whether an AWS Backup selection covers the ${service} (aws backup list-backup-selections; record AWS::Backup::BackupSelection in AWS Config)` };
    }
    const own: BackupFacet = { service, enabled: 'no', evidence: [{ path: 'AWS::Backup::BackupSelection', value: null, note: 'no AWS Backup selection read for the account covers it' }] };
    let best = coverage(ctx.item.arn, tagsOf(ctx.item), ctx.facts);
    if (best.covered !== 'yes' && ctx.item.resourceType === 'AWS::EC2::Volume') {
      const region = arnRegion(ctx.item.arn) ?? ctx.item.awsRegion;
      const account = arnAccount(ctx.item.arn) ?? ctx.item.accountId;
      for (const [i, a] of (list(conf(ctx.item, 'attachments')) ?? []).entries()) {
        const id = isRecord(a) && typeof a.instanceId === 'string' ? a.instanceId : undefined;
        if (!id || !region || !account) continue;
        const c = coverage(`arn:aws:ec2:${region}:${account}:instance/${id}`, undefined, ctx.facts);
        if (c.covered === 'no' || (c.covered === 'maybe' && best.covered === 'maybe')) continue;
        best = { ...c, evidence: [{ path: `configuration.attachments[${i}].instanceId`, note: 'attached to an instance: backed up with it' }, ...c.evidence] };
        if (c.covered === 'yes') break;
      }
    }
    const out = combine(service, own, ctx, best);
    if (best.covered === 'maybe') out.settle = `whether an AWS Backup selection by tags covers the ${service}${ctx.item.resourceType === 'AWS::EC2::Volume' ? ' or the instance it is attached to' : ''} (aws backup get-backup-selection)`;
    return out;
  };
}

/**
 * S3 buckets: versioning (`supplementaryConfiguration.BucketVersioningConfiguration.status`
 * Enabled) keeps overwritten and deleted objects as previous versions. Off or Suspended fails; no
 * bucket is exempted (the catalog names no exemption, log buckets included).
 */
function bucketVersioning(ctx: BuildContext): BackupFacet {
  const service = 'S3 bucket';
  const via = 'versioning' as const;
  const raw = supp(ctx.item, 'BucketVersioningConfiguration');
  const decoded = decodeJsonText(raw.value);
  const status = isRecord(decoded) && typeof decoded.status === 'string' ? decoded.status : undefined;
  const path = 'supplementaryConfiguration.BucketVersioningConfiguration.status';
  if (status === undefined) return { service, via, enabled: 'unknown', evidence: [{ path, value: null, note: 'not in the configuration item' }], settle: 'the versioning status of the bucket (aws s3api get-bucket-versioning)' };
  return { service, via, enabled: status === 'Enabled' ? 'yes' : 'no', evidence: [{ path, value: status }] };
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
  'AWS::EC2::Volume': ec2Store('EBS volume'),
  'AWS::EC2::Instance': ec2Store('EC2 instance'),
  'AWS::S3::Bucket': bucketVersioning,
};

export const BACKUP_VAULT: Readonly<Record<string, (ctx: BuildContext) => BackupVaultFacet | undefined>> = {
  'AWS::Backup::BackupVault': backupVault,
};
