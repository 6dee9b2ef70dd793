/**
 * Where data lives (the `dataLocations` facet): the item's region, plus the regions its data is
 * copied to — S3 replication destinations (the destination bucket's region, looked up by name),
 * DynamoDB global table replicas, cross-region RDS read replicas and automated backup
 * replications, Redshift snapshot copies, AWS Backup copy actions.
 */
import type { DataLocation, DataLocationFacet, LocationRole } from '../../src/model/facets.js';
import { arnRegion, conf, isRecord, list, supp, text, type ConfigItem } from './ci.js';
import type { BuildContext } from './context.js';
import type { Needs } from './facts.js';
import { evidenceAt } from '../../src/model/evidence.js';

/** Config types that store or process customer data (identity, network plumbing and settings are left out). */
export const DATA_TYPES: ReadonlySet<string> = new Set([
  'AWS::S3::Bucket',
  'AWS::EC2::Volume',
  'AWS::EC2::Instance',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBSnapshot',
  'AWS::RDS::DBClusterSnapshot',
  'AWS::DynamoDB::Table',
  'AWS::EFS::FileSystem',
  'AWS::EKS::Cluster',
  'AWS::Redshift::Cluster',
  'AWS::OpenSearch::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Kinesis::Stream',
  'AWS::MSK::Cluster',
  'AWS::SecretsManager::Secret',
  'AWS::Backup::BackupVault',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::ECR::Repository',
  'AWS::DMS::ReplicationInstance',
  'AWS::Logs::LogGroup',
]);

/** `eu-west-3a` → `eu-west-3`; Config's placeholders (`Regional`, `Not Applicable`, `Multiple Availability Zones`) name no place. */
const AZ = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/;

export function primaryLocation(item: ConfigItem): DataLocation {
  if (item.awsRegion && item.awsRegion !== 'global') return { region: item.awsRegion, role: 'primary', evidence: evidenceAt('awsRegion', item.awsRegion, { safe: true }) };
  const fromArn = arnRegion(item.arn);
  if (fromArn) return { region: fromArn, role: 'primary', evidence: evidenceAt('arn', fromArn, { safe: true, note: 'region taken from the ARN' }) };
  const az = item.availabilityZone ? AZ.exec(item.availabilityZone)?.[1] : undefined;
  if (az) return { region: az, role: 'primary', evidence: evidenceAt('availabilityZone', item.availabilityZone!, { safe: true }) };
  return { region: undefined, role: 'primary', evidence: { path: 'awsRegion', value: null, note: 'not in the configuration item' } };
}

function regionOfArn(arn: unknown, path: string, role: LocationRole, what: string): DataLocation {
  const region = typeof arn === 'string' ? arnRegion(arn) : undefined;
  return region
    ? { region, role, evidence: { path, value: region, note: `region of the ${what} ARN` } }
    : { region: undefined, role, evidence: { path, note: `the ${what} names no region` } };
}

/** Enabled replication rules' destination bucket names, with their paths (Java SDK shape: `rules` a map by rule id, or a list). */
function replicationDestinations(item: ConfigItem): Array<{ bucket: string | undefined; path: string }> {
  const rules = supp(item, 'BucketReplicationConfiguration.rules');
  const entries: Array<[string, unknown]> = Array.isArray(rules.value)
    ? rules.value.map((r, i) => [`[${i}]`, r])
    : isRecord(rules.value)
      ? Object.entries(rules.value).map(([k, r]) => [`.${k}`, r])
      : [];
  return entries.flatMap(([suffix, r]) => {
    if (!isRecord(r) || (typeof r.status === 'string' && r.status !== 'Enabled')) return [];
    const dest = isRecord(r.destinationConfig) ? r.destinationConfig : isRecord(r.destination) ? r.destination : undefined;
    const arn = dest ? (dest.bucketARN ?? dest.bucketArn ?? dest.bucket) : undefined;
    const bucket = typeof arn === 'string' ? arn.replace(/^arn:aws[a-z-]*:s3:::/, '') : undefined;
    return [{ bucket, path: `${rules.path}${suffix}.destinationConfig.bucketARN` }];
  });
}

export function bucketNeeds(item: ConfigItem): Needs {
  return { buckets: replicationDestinations(item).flatMap((d) => (d.bucket ? [d.bucket] : [])), securityGroups: [] };
}

function s3Bucket(ctx: BuildContext): DataLocation[] {
  return replicationDestinations(ctx.item).map(({ bucket, path }) => {
    const found = bucket ? ctx.lookups.buckets.get(bucket) : undefined;
    if (found && found !== 'not-found' && found.region) return { region: found.region, role: 'replica', evidence: { path, value: found.region, from: bucket, note: 'region of the destination bucket' } };
    return { region: undefined, role: 'replica', evidence: { path, note: 'destination bucket not in the Config inventory read' } };
  });
}

function dynamodbReplicas(ctx: BuildContext): DataLocation[] {
  const f = conf(ctx.item, 'replicas');
  return (list(f) ?? []).flatMap((r, i) => {
    if (!isRecord(r)) return [];
    const region = typeof r.regionName === 'string' ? r.regionName : undefined;
    if (region === ctx.item.awsRegion) return [];
    return [{ region, role: 'replica' as const, evidence: { path: `${f.path}[${i}].regionName`, value: region ?? null } }];
  });
}

function rdsInstanceCopies(ctx: BuildContext): DataLocation[] {
  const out: DataLocation[] = [];
  const replicas = conf(ctx.item, 'readReplicaDBInstanceIdentifiers');
  (list(replicas) ?? []).forEach((id, i) => {
    // Same-region replicas are named by identifier, cross-region ones by ARN.
    if (typeof id === 'string' && id.startsWith('arn:')) out.push(regionOfArn(id, `${replicas.path}[${i}]`, 'replica', 'read replica'));
  });
  const backups = conf(ctx.item, 'dbInstanceAutomatedBackupsReplications');
  (list(backups) ?? []).forEach((b, i) => {
    if (isRecord(b)) out.push(regionOfArn(b.dbInstanceAutomatedBackupsArn ?? b.dBInstanceAutomatedBackupsArn, `${backups.path}[${i}]`, 'backup', 'automated backup replication'));
  });
  return out;
}

function rdsClusterCopies(ctx: BuildContext): DataLocation[] {
  const replicas = conf(ctx.item, 'readReplicaIdentifiers');
  return (list(replicas) ?? []).flatMap((id, i) => (typeof id === 'string' && id.startsWith('arn:') ? [regionOfArn(id, `${replicas.path}[${i}]`, 'replica', 'read replica')] : []));
}

function redshiftCopies(ctx: BuildContext): DataLocation[] {
  const dest = conf(ctx.item, 'clusterSnapshotCopyStatus.destinationRegion');
  const region = text(dest);
  return region ? [{ region, role: 'backup', evidence: evidenceAt(dest.path, region, { safe: true }) }] : [];
}

/** A backup plan holds no data; its copy actions put recovery points in other vaults. */
function backupPlanCopies(ctx: BuildContext): DataLocation[] {
  const rules = conf(ctx.item, 'BackupPlan.BackupPlanRule');
  const out: DataLocation[] = [];
  (list(rules) ?? []).forEach((rule, i) => {
    if (!isRecord(rule)) return;
    const copies = Array.isArray(rule.CopyActions) ? rule.CopyActions : [];
    copies.forEach((c, j) => {
      if (isRecord(c)) out.push(regionOfArn(c.DestinationBackupVaultArn, `${rules.path}[${i}].CopyActions[${j}].DestinationBackupVaultArn`, 'backup', 'destination vault'));
    });
  });
  return out;
}

const COPIES: Readonly<Record<string, (ctx: BuildContext) => DataLocation[]>> = {
  'AWS::S3::Bucket': s3Bucket,
  'AWS::DynamoDB::Table': dynamodbReplicas,
  'AWS::RDS::DBInstance': rdsInstanceCopies,
  'AWS::RDS::DBCluster': rdsClusterCopies,
  'AWS::Redshift::Cluster': redshiftCopies,
};

export function dataLocations(ctx: BuildContext): DataLocationFacet | undefined {
  const type = ctx.item.resourceType;
  if (type === 'AWS::Backup::BackupPlan') {
    const copies = backupPlanCopies(ctx);
    return copies.length ? { locations: copies } : undefined;
  }
  if (!DATA_TYPES.has(type)) return undefined;
  return { locations: [primaryLocation(ctx.item), ...(COPIES[type]?.(ctx) ?? [])] };
}
