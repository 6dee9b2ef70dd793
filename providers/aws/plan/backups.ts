/**
 * Backups (the `backup` and `backupVault` facets): automated backups of databases and file systems
 * (RDS and Aurora retention, DynamoDB point-in-time recovery, the EFS backup policy, Redshift and
 * ElastiCache snapshots) and the AWS Backup plans whose selections cover them in the same plan;
 * AWS Backup vaults, immutable when a vault lock in compliance mode protects them.
 */
import type { BackupFacet, BackupVaultFacet, Evidence } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import { attr, configured, setting, type TfResource } from '../../terraform/tf-resource.js';
import { bucketConfigs } from './s3.js';
import { evidence, flag, fromResource, numberOf, settingBlocks, strings, text } from './values.js';

/** What the store's own backups say, before any AWS Backup plan is considered. */
interface Own {
  enabled: BackupFacet['enabled'];
  retentionDays?: number | 'unknown';
  evidence: Evidence[];
  settle?: string;
}

/** A backup plan's verdict on a store: covered, not covered, or maybe (a wildcard or tag condition that cannot be settled). */
interface Coverage {
  covered: 'yes' | 'no' | 'maybe';
  /** The longest retention among the plan's rules; undefined: some rule keeps recovery points until deleted. */
  retentionDays?: number | 'unknown';
  evidence: Evidence[];
}

/** ARN shapes of each store type, to match wildcard selections (`arn:aws:rds:*:*:db:*`). */
const ARN_SHAPES: Readonly<Record<string, (name: string) => string>> = {
  aws_db_instance: (n) => `arn:aws:rds:*:*:db:${n}`,
  aws_rds_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_docdb_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_neptune_cluster: (n) => `arn:aws:rds:*:*:cluster:${n}`,
  aws_dynamodb_table: (n) => `arn:aws:dynamodb:*:*:table/${n}`,
  aws_efs_file_system: (n) => `arn:aws:elasticfilesystem:*:*:file-system/${n}`,
  aws_redshift_cluster: (n) => `arn:aws:redshift:*:*:cluster:${n}`,
  aws_ebs_volume: (n) => `arn:aws:ec2:*:*:volume/${n}`,
  aws_instance: (n) => `arn:aws:ec2:*:*:instance/${n}`,
};

const NAME_ATTRIBUTE: Readonly<Record<string, string>> = {
  aws_db_instance: 'identifier',
  aws_rds_cluster: 'cluster_identifier',
  aws_docdb_cluster: 'cluster_identifier',
  aws_neptune_cluster: 'cluster_identifier',
  aws_dynamodb_table: 'name',
  aws_redshift_cluster: 'cluster_identifier',
};

/** `arn:aws:rds:*:123456789012:db:*` against a store's ARN shape, the account and region left open. */
function wildcardMatches(pattern: string, store: TfResource): boolean | 'maybe' {
  if (pattern === '*') return true;
  const shape = ARN_SHAPES[store.type];
  if (!shape) return false;
  const nameAttr = NAME_ATTRIBUTE[store.type];
  const name = nameAttr ? text(store, nameAttr) : undefined;
  const parts = pattern.split(':');
  if (parts.length >= 5) parts[4] = '*';
  if (parts.length >= 4) parts[3] = '*';
  const re = new RegExp(`^${parts.join(':').split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  if (name?.state === 'known') return re.test(shape(String(name.value)));
  // The name is not known (EBS volume and instance ids never are): a pattern that takes any name
  // (`volume/*`) matches; one that matches the service and kind only for some names may.
  if (re.test(shape('\u0001any'))) return true;
  return re.test(shape('x')) || re.test(shape('')) ? 'maybe' : false;
}

/** Tag conditions of a selection against the store's tags: all must hold (`selection_tag` are ORed by AWS, `condition` ANDed). */
function tagsMatch(sel: TfResource, store: TfResource): 'yes' | 'no' | 'maybe' | 'none' {
  const tagBlocks = settingBlocks(sel, 'selection_tag');
  const conditions = settingBlocks(sel, 'condition');
  if (tagBlocks === 'unknown' || conditions === 'unknown') return 'maybe';
  const hasConditions = conditions.some((c) => Object.values(c).some((v) => Array.isArray(v) && v.length > 0));
  if (tagBlocks.length === 0 && !hasConditions) return 'none';
  const tags = setting(store, 'tags');
  // `tags_all` adds the provider's `default_tags`: computed, so read as the plan has it.
  const all = attr(store, 'tags_all');
  const known = all.state === 'known' ? all.value : tags.state === 'known' ? tags.value : undefined;
  if (hasConditions) return 'maybe';
  if (known === undefined || known === null || typeof known !== 'object') return tags.state === 'unset' && all.state !== 'unknown' ? 'no' : 'maybe';
  const map = known as Record<string, unknown>;
  const verdicts = tagBlocks.map((t) => {
    const key = typeof t.key === 'string' ? t.key : undefined;
    const value = typeof t.value === 'string' ? t.value : undefined;
    const type = typeof t.type === 'string' ? t.type : 'STRINGEQUALS';
    if (!key || value === undefined || type !== 'STRINGEQUALS') return 'maybe' as const;
    return map[key] === value ? ('yes' as const) : ('no' as const);
  });
  return verdicts.includes('yes') ? 'yes' : verdicts.includes('maybe') ? 'maybe' : 'no';
}

/** The longest retention among a backup plan's rules. */
function planRetention(plan: TfResource): number | 'unknown' | undefined {
  const rules = settingBlocks(plan, 'rule');
  if (rules === 'unknown') return 'unknown';
  let longest: number | undefined = 0;
  let unknown = false;
  for (let i = 0; i < rules.length; i++) {
    const lifecycle = settingBlocks(plan, `rule[${i}].lifecycle`);
    if (lifecycle === 'unknown') {
      unknown = true;
      continue;
    }
    const days = setting(plan, `rule[${i}].lifecycle[0].delete_after`);
    if (lifecycle.length === 0 || days.state === 'unset' || days.value === 0) return undefined;
    if (days.state === 'unknown') unknown = true;
    else if (typeof days.value === 'number' && longest !== undefined) longest = Math.max(longest, days.value);
  }
  if (unknown) return 'unknown';
  return rules.length ? longest : 'unknown';
}

/** Whether an `aws_backup_selection` of this plan covers the store, and with what retention. */
function backupPlanCoverage(store: TfResource, ctx: BuildContext): Coverage {
  let best: Coverage = { covered: 'no', evidence: [] };
  for (const sel of ctx.links.ofType('aws_backup_selection')) {
    const excluded = ctx.links.targets(sel, 'not_resources').includes(store);
    if (excluded) continue;
    const direct = ctx.links.targets(sel, 'resources').includes(store);
    let covered: Coverage['covered'] = direct ? 'yes' : 'no';
    if (!direct) {
      const resources = setting(sel, 'resources');
      const patterns = strings(resources).filter((p) => p.includes('*'));
      const tags = tagsMatch(sel, store);
      const byPattern = patterns.map((p) => wildcardMatches(p, store));
      const listed = byPattern.includes(true) ? 'yes' : byPattern.includes('maybe') ? 'maybe' : 'no';
      const emptyResources = resources.state === 'unset' || (resources.state === 'known' && strings(resources).length === 0);
      if (emptyResources) covered = tags === 'none' ? 'no' : tags;
      else if (listed !== 'no') covered = tags === 'none' || tags === 'yes' ? listed : tags === 'no' ? 'no' : 'maybe';
      if (resources.state === 'unknown' && covered === 'no') covered = 'maybe';
    }
    if (covered === 'no') continue;
    const plan = ctx.links.targets(sel, 'plan_id', ['aws_backup_plan'])[0];
    const retention = plan ? planRetention(plan) : 'unknown';
    const ev: Evidence[] = [fromResource(sel, direct ? 'resources' : 'selection_tag', covered === 'yes' ? 'AWS Backup selection covers the store' : 'AWS Backup selection may cover the store (wildcard or tag condition)')];
    if (plan) ev.push(fromResource(plan, 'rule[*].lifecycle[0].delete_after', retention === undefined ? 'a rule keeps recovery points until deleted' : typeof retention === 'number' ? `recovery points kept ${retention} days` : 'retention known after apply'));
    const candidate: Coverage = { covered, retentionDays: retention, evidence: ev };
    if (rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}

function rank(c: Coverage): number {
  if (c.covered === 'no') return 0;
  if (c.covered === 'maybe') return 1;
  if (c.retentionDays === 'unknown') return 2;
  return c.retentionDays === undefined ? 4 : 3 + Math.min(c.retentionDays, 36500) / 100_000;
}

function longest(a: number | 'unknown' | undefined, b: number | 'unknown' | undefined): number | 'unknown' | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return Math.max(a, b);
}

/**
 * An EBS volume attached to an instance (`aws_volume_attachment`) is backed up with it: AWS Backup
 * backs up an EC2 instance as an AMI with snapshots of all its EBS volumes.
 */
function volumeCoverage(volume: TfResource, ctx: BuildContext): Coverage {
  let best = backupPlanCoverage(volume, ctx);
  for (const att of ctx.links.sources(volume, 'aws_volume_attachment', 'volume_id')) {
    for (const instance of ctx.links.targets(att, 'instance_id', ['aws_instance'])) {
      const c = backupPlanCoverage(instance, ctx);
      const candidate: Coverage = { ...c, evidence: [fromResource(att, 'instance_id', 'attached to an instance: backed up with it'), ...c.evidence] };
      if (rank(candidate) > rank(best)) best = candidate;
    }
  }
  return best;
}

/** The store's own backups combined with AWS Backup coverage. */
function combine(service: string, own: Own, store: TfResource, ctx: BuildContext): BackupFacet {
  const plan = store.type === 'aws_ebs_volume' ? volumeCoverage(store, ctx) : backupPlanCoverage(store, ctx);
  const out: BackupFacet = { service, enabled: own.enabled, evidence: [...own.evidence, ...plan.evidence] };
  if (own.retentionDays !== undefined) out.retentionDays = own.retentionDays;
  if (own.settle) out.settle = own.settle;
  if (plan.covered === 'yes') {
    const r = own.enabled === 'yes' ? longest(own.retentionDays, plan.retentionDays) : plan.retentionDays;
    out.enabled = 'yes';
    if (r === undefined) delete out.retentionDays;
    else out.retentionDays = r;
    if (r === 'unknown') out.settle = 'the lifecycle (delete_after) of the AWS Backup plan rules once applied';
    else delete out.settle;
  } else if (plan.covered === 'maybe' && own.enabled !== 'yes') {
    out.enabled = 'unknown';
    out.settle = 'whether the AWS Backup selection (wildcard resources or tag conditions) covers the store';
  }
  return out;
}

/**
 * Stores with a retention period (days; 0 turns automated backups off). `whenUnset` is what AWS
 * applies when the configuration leaves it out (RDS, Aurora, DocumentDB, Neptune, Redshift: 1 day).
 */
function retention(service: string, attribute: string, whenUnset: number): Builder<BackupFacet> {
  return (r, ctx) => {
    const a = setting(r, attribute);
    let own: Own;
    if (a.state === 'unknown') own = { enabled: 'unknown', retentionDays: 'unknown', evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
    else {
      const days = a.state === 'unset' ? whenUnset : numberOf(a);
      if (days === undefined) own = { enabled: 'unknown', retentionDays: 'unknown', evidence: [evidence(r, a)], settle: `the \`${attribute}\` once applied` };
      else if (days === 0) own = { enabled: 'no', evidence: [evidence(r, a, { note: a.state === 'unset' ? 'not set: no automated backups' : 'automated backups turned off' })] };
      else own = { enabled: 'yes', retentionDays: days, evidence: [evidence(r, a, a.state === 'unset' ? { note: `not set: AWS keeps automated backups ${whenUnset} day(s)` } : {})] };
    }
    return combine(service, own, r, ctx);
  };
}

/** RDS instance: read replicas take no backups of their own (the source's cover the data). */
const dbInstance: Builder<BackupFacet> = (r, ctx) => {
  if (setting(r, 'replicate_source_db').state !== 'unset') return undefined;
  return retention('RDS instance', 'backup_retention_period', 1)(r, ctx);
};

/** DynamoDB: point-in-time recovery (continuous backups, 35 days unless `recovery_period_in_days` says fewer). */
const dynamodbTable: Builder<BackupFacet> = (r, ctx) => {
  const f = flag(r, 'point_in_time_recovery[0].enabled');
  let own: Own;
  if (f.truth === 'unknown') own = { enabled: 'unknown', evidence: [evidence(r, f.attr)], settle: 'the point-in-time recovery setting of the table once applied' };
  else if (f.truth !== 'yes') own = { enabled: 'no', evidence: [evidence(r, f.attr, { note: f.truth === 'unset' ? 'not set: point-in-time recovery is off' : undefined })] };
  else {
    const period = setting(r, 'point_in_time_recovery[0].recovery_period_in_days');
    const days = period.state === 'unset' ? 35 : period.state === 'unknown' ? 'unknown' : (numberOf(period) ?? 'unknown');
    own = { enabled: 'yes', retentionDays: days, evidence: [evidence(r, f.attr), evidence(r, period, period.state === 'unset' ? { note: 'not set: 35 days' } : {})] };
  }
  return combine('DynamoDB table', own, r, ctx);
};

/** EFS: automatic backups through `aws_efs_backup_policy` (AWS Backup's default plan keeps daily backups 35 days). */
const efsFileSystem: Builder<BackupFacet> = (r, ctx) => {
  const policies = ctx.links.sources(r, 'aws_efs_backup_policy', 'file_system_id');
  let own: Own = { enabled: 'no', evidence: [{ path: 'aws_efs_backup_policy', value: null, note: 'no backup policy in this plan: automatic backups are off unless turned on elsewhere' }] };
  for (const p of policies) {
    const status = text(p, 'backup_policy[0].status');
    const ev = evidence(p, status, { safe: true, from: p });
    if (status.state === 'unknown') own = { enabled: 'unknown', evidence: [ev], settle: 'the status of the EFS backup policy once applied' };
    else if (status.value === 'ENABLED' || status.value === 'ENABLING') {
      own = { enabled: 'yes', retentionDays: 35, evidence: [{ ...ev, note: 'automatic backups: the default AWS Backup plan keeps daily backups 35 days' }] };
      break;
    } else own = { enabled: 'no', evidence: [ev] };
  }
  return combine('EFS file system', own, r, ctx);
};

/**
 * EBS volumes and EC2 instances have no backups of their own: only an AWS Backup selection (or a
 * Data Lifecycle Manager policy, not read) covers them. A plan without any `aws_backup_selection`
 * says nothing: the selection may live in another configuration, so the verdict is unknown.
 */
function ec2Store(service: string): Builder<BackupFacet> {
  return (r, ctx) => {
    const own: Own = ctx.links.ofType('aws_backup_selection').length
      ? { enabled: 'no', evidence: [{ path: 'aws_backup_selection', value: null, note: 'no AWS Backup selection of this plan covers it' }] }
      : {
          enabled: 'unknown',
          evidence: [{ path: 'aws_backup_selection', value: null, note: 'no AWS Backup selection in this plan: one may live in another configuration' }],
          settle: `whether an AWS Backup selection outside this plan covers the ${service} (aws backup list-backup-selections, by ARN or tag), once applied`,
        };
    return combine(service, own, r, ctx);
  };
}

/** ElastiCache (Redis OSS / Valkey) replication group: `snapshot_retention_limit` 0 (the default) means no automatic snapshots. */
const elasticacheGroup = retention('ElastiCache replication group', 'snapshot_retention_limit', 0);

/**
 * AWS Backup vault: recovery points are always encrypted. They cannot be deleted early, even by an
 * administrator, only under a vault lock in compliance mode (`changeable_for_days` set: after that
 * grace time nobody can remove the lock); a governance-mode lock can be removed by anyone with the
 * permission, so it does not count.
 */
const backupVault: Builder<BackupVaultFacet> = (r, ctx) => {
  const label = 'AWS Backup vault';
  const locks = ctx.links.sources(r, 'aws_backup_vault_lock_configuration', 'backup_vault_name');
  const encryption: Evidence = { path: 'kms_key_arn', note: 'recovery points are always encrypted (AWS Backup key unless a KMS key is named)' };
  if (locks.length === 0) {
    return { label, immutable: 'no', encrypted: 'yes', evidence: [{ path: 'aws_backup_vault_lock_configuration', value: null, note: 'no vault lock in this plan' }, encryption] };
  }
  const lock = locks[0]!;
  const grace = setting(lock, 'changeable_for_days');
  const ev = [evidence(lock, grace, { from: lock }), encryption];
  if (grace.state === 'unknown') return { label, immutable: 'unknown', encrypted: 'yes', evidence: ev, settle: 'the `changeable_for_days` of the vault lock once applied' };
  if (grace.state === 'unset') return { label, immutable: 'no', encrypted: 'yes', evidence: [{ ...ev[0]!, note: 'governance mode: users with the permission can remove the lock and delete recovery points' }, encryption] };
  return { label, immutable: 'yes', encrypted: 'yes', evidence: [{ ...ev[0]!, note: 'compliance mode: the lock cannot be removed after the grace time' }, encryption] };
};

/** Logically air-gapped vaults are locked in compliance mode by design. */
const airGappedVault: Builder<BackupVaultFacet> = (r) => {
  const min = setting(r, 'min_retention_days');
  return {
    label: 'AWS Backup logically air-gapped vault',
    immutable: 'yes',
    encrypted: 'yes',
    evidence: [evidence(r, min, { note: 'logically air-gapped vaults are locked in compliance mode' })],
  };
};

/**
 * S3 buckets: versioning keeps every overwritten or deleted object as a previous version, the only
 * way S3 itself lets stored data be recovered. A bucket without it fails; no bucket is exempted
 * (the catalog names no exemption, log buckets included). Provider 4+ sets it with
 * `aws_s3_bucket_versioning`, provider 3 with the inline `versioning` block; a new bucket without
 * either is unversioned.
 */
const bucketVersioning: Builder<BackupFacet> = (r, ctx) => {
  const service = 'S3 bucket';
  const via = 'versioning' as const;
  const separate = bucketConfigs(ctx, r, 'aws_s3_bucket_versioning')[0];
  if (separate) {
    const status = text(separate, 'versioning_configuration[0].status');
    const ev = evidence(separate, status, { safe: true, from: separate });
    if (status.state === 'unknown') return { service, via, enabled: 'unknown', evidence: [ev], settle: 'the `versioning_configuration.status` of aws_s3_bucket_versioning once applied' };
    return { service, via, enabled: status.value === 'Enabled' ? 'yes' : 'no', evidence: [ev] };
  }
  const inline = flag(r, 'versioning[0].enabled');
  if (inline.truth === 'yes') return { service, via, enabled: 'yes', evidence: [evidence(r, inline.attr)] };
  if (inline.truth === 'unknown' && configured(r, 'versioning') === 'yes') return { service, via, enabled: 'unknown', evidence: [evidence(r, inline.attr)], settle: 'the `versioning` block of the bucket once applied' };
  return { service, via, enabled: 'no', evidence: [{ path: 'aws_s3_bucket_versioning', value: null, note: 'no versioning configuration in this plan: a new bucket is not versioned' }] };
};

export const backupsTable: BuilderTable = {
  backup: {
    aws_db_instance: dbInstance,
    aws_rds_cluster: retention('RDS cluster', 'backup_retention_period', 1),
    aws_docdb_cluster: retention('DocumentDB cluster', 'backup_retention_period', 1),
    aws_neptune_cluster: retention('Neptune cluster', 'backup_retention_period', 1),
    aws_redshift_cluster: retention('Redshift cluster', 'automated_snapshot_retention_period', 1),
    aws_dynamodb_table: dynamodbTable,
    aws_efs_file_system: efsFileSystem,
    aws_elasticache_replication_group: elasticacheGroup,
    aws_ebs_volume: ec2Store('EBS volume'),
    aws_instance: ec2Store('EC2 instance'),
    aws_s3_bucket: bucketVersioning,
  },
  backupVault: {
    aws_backup_vault: backupVault,
    aws_backup_logically_air_gapped_vault: airGappedVault,
  },
};
