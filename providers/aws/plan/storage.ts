/** Encryption at rest of AWS data stores (the `storage` facet). */
import type { StorageFacet, Truth } from '../../../src/model/facets.js';
import type { Builder, BuilderTable, BuildContext } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { ebsVolume, instanceVolumes, launchTemplateVolumes } from './ebs.js';
import { keyOrManaged, keyOwner } from './kms.js';
import { bucketEncryption } from './s3.js';
import { evidence, flag, text } from './values.js';
import { setting } from '../../terraform/tf-resource.js';

interface FlagSpec {
  service: string;
  /** The boolean that turns encryption on. */
  flag: string;
  /** What AWS does when the flag is not set (each use says why). */
  whenUnset: Truth;
  /** The KMS key attribute; not set means the service's AWS managed key. */
  key: string;
  /** What would settle an unknown. */
  settle?: string;
}

/** Stores with an "encrypted" switch and an optional KMS key. */
function flagged(spec: FlagSpec): Builder<StorageFacet> {
  return (r, ctx) => fromFlag(r, ctx, spec);
}

function fromFlag(r: TfResource, ctx: BuildContext, spec: FlagSpec): StorageFacet {
  const f = flag(r, spec.flag);
  const encrypted = f.truth === 'unset' ? spec.whenUnset : f.truth;
  const ev = [evidence(r, f.attr)];
  if (encrypted === 'no') return { service: spec.service, encrypted, key: 'none', evidence: ev };
  const k = keyOrManaged(r, ctx, spec.key);
  const out: StorageFacet = { service: spec.service, encrypted, key: k.key, evidence: [...ev, k.evidence] };
  if (encrypted === 'unknown') out.settle = spec.settle ?? `the \`${spec.flag}\` setting once applied`;
  return out;
}

/** Stores AWS always encrypts; only the key varies (AWS managed unless a KMS key is named). */
function alwaysEncrypted(service: string, key: string, why: string): Builder<StorageFacet> {
  return (r, ctx) => {
    const k = keyOrManaged(r, ctx, key);
    return { service, encrypted: 'yes', key: k.key, evidence: [{ path: key, note: why }, k.evidence] };
  };
}

const rdsInstance: Builder<StorageFacet> = (r, ctx) => dbInstanceEncryption(r, ctx, 0);

/**
 * `storage_encrypted` defaults to false. A read replica (`replicate_source_db`) has the encryption
 * state of its source, which is looked up when the source is in the plan.
 */
function dbInstanceEncryption(r: TfResource, ctx: BuildContext, depth: number): StorageFacet {
  const spec: FlagSpec = { service: 'RDS instance', flag: 'storage_encrypted', whenUnset: 'no', key: 'kms_key_id' };
  const own = fromFlag(r, ctx, spec);
  const source = text(r, 'replicate_source_db');
  if (own.encrypted === 'yes' || source.state === 'unset') return own;
  const upstream = ctx.links.targets(r, 'replicate_source_db', ['aws_db_instance'])[0];
  if (!upstream || depth > 4) {
    return { ...own, encrypted: 'unknown', key: 'unknown', evidence: [...own.evidence, evidence(r, source)], settle: 'the encryption of the source DB instance of this read replica' };
  }
  const inherited = dbInstanceEncryption(upstream, ctx, depth + 1);
  return { ...inherited, service: spec.service, evidence: [...own.evidence, ...inherited.evidence.map((e) => ({ ...e, from: e.from ?? upstream.address }))] };
}

/** Aurora: `storage_encrypted` defaults to false for provisioned clusters; Serverless v1 clusters are always encrypted. */
const rdsCluster: Builder<StorageFacet> = (r, ctx) => {
  const mode = text(r, 'engine_mode');
  if (mode.state === 'known' && mode.value === 'serverless') {
    const k = keyOrManaged(r, ctx, 'kms_key_id');
    return { service: 'RDS cluster', encrypted: 'yes', key: k.key, evidence: [evidence(r, mode, { safe: true, note: 'Aurora Serverless v1 is always encrypted' }), k.evidence] };
  }
  return fromFlag(r, ctx, { service: 'RDS cluster', flag: 'storage_encrypted', whenUnset: 'no', key: 'kms_key_id' });
};

/**
 * DynamoDB always encrypts: with an AWS owned key by default, the AWS managed `aws/dynamodb` key
 * when `server_side_encryption.enabled` has no key ARN, a customer key when one is named.
 */
const dynamodbTable: Builder<StorageFacet> = (r, ctx) => {
  const service = 'DynamoDB table';
  const enabled = flag(r, 'server_side_encryption[0].enabled');
  const ev = [evidence(r, enabled.attr)];
  if (enabled.truth === 'unknown') return { service, encrypted: 'yes', key: 'unknown', evidence: ev, settle: 'the server-side encryption settings of the table once applied' };
  if (enabled.truth !== 'yes') return { service, encrypted: 'yes', key: 'provider', evidence: [{ ...ev[0]!, note: 'encrypted with an AWS owned key' }] };
  const k = keyOrManaged(r, ctx, 'server_side_encryption[0].kms_key_arn');
  return { service, encrypted: 'yes', key: k.key, evidence: [...ev, k.evidence] };
};

/**
 * SQS: a KMS key (SSE-KMS) or SQS-managed SSE. New queues get SSE-SQS unless it is turned off
 * (`sqs_managed_sse_enabled` is computed; AWS enables SSE-SQS by default since October 2022).
 */
const sqsQueue: Builder<StorageFacet> = (r, ctx) => {
  const service = 'SQS queue';
  const k = keyOwner(r, ctx, 'kms_master_key_id');
  if (k.key !== 'none') return { service, encrypted: 'yes', key: k.key, evidence: [k.evidence] };
  const managed = flag(r, 'sqs_managed_sse_enabled');
  const ev = [evidence(r, managed.attr), k.evidence];
  if (managed.truth === 'no') return { service, encrypted: 'no', key: 'none', evidence: ev };
  if (managed.truth === 'unknown') return { service, encrypted: 'unknown', key: 'unknown', evidence: ev, settle: 'the `sqs_managed_sse_enabled` setting once applied' };
  return { service, encrypted: 'yes', key: 'provider', evidence: ev };
};

/** SNS topics are encrypted only with a KMS key (`alias/aws/sns` being the AWS managed one). */
const snsTopic: Builder<StorageFacet> = (r, ctx) => {
  const k = keyOwner(r, ctx, 'kms_master_key_id');
  if (k.key === 'none') return { service: 'SNS topic', encrypted: 'no', key: 'none', evidence: [k.evidence] };
  if (k.key === 'unknown') return { service: 'SNS topic', encrypted: 'unknown', key: 'unknown', evidence: [k.evidence], settle: 'the KMS key of the topic once applied' };
  return { service: 'SNS topic', encrypted: 'yes', key: k.key, evidence: [k.evidence] };
};

/** Kinesis: `encryption_type` is NONE by default; KMS with `alias/aws/kinesis` is the AWS managed key. */
const kinesisStream: Builder<StorageFacet> = (r, ctx) => {
  const service = 'Kinesis stream';
  const type = text(r, 'encryption_type');
  const ev = [evidence(r, type, { safe: true })];
  if (type.state === 'unknown') return { service, encrypted: 'unknown', key: 'unknown', evidence: ev, settle: 'the `encryption_type` of the stream once applied' };
  if (type.state === 'unset' || type.value === 'NONE') return { service, encrypted: 'no', key: 'none', evidence: ev };
  const k = keyOrManaged(r, ctx, 'kms_key_id');
  return { service, encrypted: 'yes', key: k.key, evidence: [...ev, k.evidence] };
};

/**
 * Memcached nodes have no encryption at rest; a Redis/Valkey node outside a replication group
 * cannot turn it on either. Nodes of a replication group are judged on the group.
 */
const elasticacheCluster: Builder<StorageFacet> = (r) => {
  const service = 'ElastiCache cluster';
  if (setting(r, 'replication_group_id').state !== 'unset') return undefined;
  const engine = text(r, 'engine');
  const ev = [evidence(r, engine, { safe: true, note: 'ElastiCache nodes outside a replication group have no encryption at rest' })];
  if (engine.state !== 'known') return { service, encrypted: 'unknown', key: 'unknown', evidence: ev, settle: 'the engine of the cluster once applied' };
  return { service, encrypted: 'no', key: 'none', evidence: ev };
};

/**
 * ElastiCache replication group: `at_rest_encryption_enabled` (a string in provider 6) is computed;
 * AWS defaults it to true for Valkey and to false for Redis OSS.
 */
const elasticacheReplicationGroup: Builder<StorageFacet> = (r, ctx) => {
  const engine = text(r, 'engine');
  const valkey = engine.state === 'known' && String(engine.value).toLowerCase() === 'valkey';
  const whenUnset: Truth = engine.state === 'unknown' ? 'unknown' : valkey ? 'yes' : 'no';
  return fromFlag(r, ctx, { service: 'ElastiCache replication group', flag: 'at_rest_encryption_enabled', whenUnset, key: 'kms_key_id' });
};

/**
 * Redshift: `encrypted` defaults to false in provider 5 and true in provider 6, and the plan
 * carries the default; an absent value cannot be read either way.
 */
const redshiftCluster = flagged({
  service: 'Redshift cluster',
  flag: 'encrypted',
  whenUnset: 'unknown',
  key: 'kms_key_id',
  settle: 'the `encrypted` setting of the cluster (provider 6 defaults it to true, provider 5 to false)',
});

/** OpenSearch / Elasticsearch: `encrypt_at_rest` is off when the block is absent; no key means the `aws/es` managed key. */
function searchDomain(service: string): Builder<StorageFacet> {
  return flagged({ service, flag: 'encrypt_at_rest[0].enabled', whenUnset: 'no', key: 'encrypt_at_rest[0].kms_key_id' });
}

export const storageTable: BuilderTable = {
  storage: {
    aws_s3_bucket: bucketEncryption,
    aws_ebs_volume: ebsVolume,
    aws_instance: instanceVolumes,
    aws_launch_template: launchTemplateVolumes,
    aws_db_instance: rdsInstance,
    aws_rds_cluster: rdsCluster,
    // DocumentDB and Neptune: `storage_encrypted` defaults to false (Neptune names its key `kms_key_arn`).
    aws_docdb_cluster: flagged({ service: 'DocumentDB cluster', flag: 'storage_encrypted', whenUnset: 'no', key: 'kms_key_id' }),
    aws_neptune_cluster: flagged({ service: 'Neptune cluster', flag: 'storage_encrypted', whenUnset: 'no', key: 'kms_key_arn' }),
    // EFS: the API creates unencrypted file systems unless `encrypted` is true (only the console defaults to encrypted).
    aws_efs_file_system: flagged({ service: 'EFS file system', flag: 'encrypted', whenUnset: 'no', key: 'kms_key_id' }),
    aws_dynamodb_table: dynamodbTable,
    aws_elasticache_replication_group: elasticacheReplicationGroup,
    aws_elasticache_cluster: elasticacheCluster,
    aws_redshift_cluster: redshiftCluster,
    aws_sqs_queue: sqsQueue,
    aws_sns_topic: snsTopic,
    aws_opensearch_domain: searchDomain('OpenSearch domain'),
    aws_elasticsearch_domain: searchDomain('Elasticsearch domain'),
    aws_kinesis_stream: kinesisStream,
    aws_backup_vault: alwaysEncrypted('Backup vault', 'kms_key_arn', 'recovery points are always encrypted (aws/backup key unless a KMS key is named)'),
    aws_secretsmanager_secret: alwaysEncrypted('Secrets Manager secret', 'kms_key_id', 'secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)'),
    aws_msk_cluster: alwaysEncrypted('MSK cluster', 'encryption_info[0].encryption_at_rest_kms_key_arn', 'broker storage is always encrypted (a key MSK creates unless a KMS key is named)'),
    aws_cloudwatch_log_group: alwaysEncrypted('CloudWatch log group', 'kms_key_id', 'log data is always encrypted (service key unless a KMS key is named)'),
  },
};
