/**
 * Encryption at rest (the `storage` facet) of AWS data stores, from their Config items. A flag the
 * item does not carry is unknown; stores AWS always encrypts are encrypted whatever the item says,
 * and only their key is read. Who owns a KMS key comes from the account's `AWS::KMS::Key` items
 * (`keyManager` AWS or CUSTOMER), read before the stores.
 */
import type { Evidence, StorageFacet, Truth } from '../../src/model/facets.js';
import { conf, list, supp, text, truthy, type ConfigItem, type Found } from './ci.js';
import { ev, hasConfiguration, type BuildContext } from './context.js';
import { evidenceAt } from '../../src/model/evidence.js';

type Key = StorageFacet['key'];

/** `alias/aws/s3`, `arn:aws:kms:eu-west-3:111122223333:alias/aws/rds`: AWS managed keys. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

/**
 * Who owns the key named at `f`: none named is the service's AWS managed key (or no key, for stores
 * where that means unencrypted); an `alias/aws/…` is AWS's; another alias is the customer's (AWS
 * reserves `alias/aws/`); a key ARN or id is looked up among the account's KMS keys.
 */
export function keyOwner(ctx: BuildContext, f: Found, whenNone: Key = 'provider'): { key: Key; evidence: Evidence; settle?: string } {
  const ref = text(f);
  if (!ref) return { key: whenNone, evidence: ev(f, { note: whenNone === 'provider' ? 'no KMS key: the AWS managed key of the service is used' : 'no KMS key' }) };
  if (AWS_MANAGED_ALIAS.test(ref)) return { key: 'provider', evidence: ev(f, { note: 'AWS managed key alias' }) };
  if (/(^|:)alias\//.test(ref)) return { key: 'customer', evidence: ev(f, { note: 'customer managed key alias' }) };
  const manager = ctx.facts.keyManager(ref);
  if (manager === 'CUSTOMER') return { key: 'customer', evidence: ev(f, { note: 'customer managed KMS key (keyManager CUSTOMER)' }) };
  if (manager === 'AWS') return { key: 'provider', evidence: ev(f, { note: 'AWS managed KMS key (keyManager AWS)' }) };
  return {
    key: 'unknown',
    evidence: ev(f, { note: 'KMS key not among the AWS::KMS::Key items read' }),
    settle: 'whether the KMS key is customer managed (its AWS::KMS::Key item, keyManager)',
  };
}

function facet(service: string, encrypted: Truth, key: Key, evidence: Evidence[], settle?: string): StorageFacet {
  const out: StorageFacet = { service, encrypted, key: encrypted === 'no' ? 'none' : key, evidence };
  if (settle && (encrypted === 'unknown' || key === 'unknown')) out.settle = settle;
  return out;
}

/** Stores with an "encrypted" flag and a KMS key: a flag the item lacks is unknown. */
function flagged(service: string, flagPath: string, keyPath: string) {
  return (ctx: BuildContext): StorageFacet => {
    const f = conf(ctx.item, flagPath);
    const t = truthy(f);
    if (t === 'no') return facet(service, 'no', 'none', [ev(f)]);
    if (t === undefined) return facet(service, 'unknown', 'unknown', [ev(f)], `the ${flagPath} setting of the ${service} (not in its configuration item)`);
    const k = keyOwner(ctx, conf(ctx.item, keyPath));
    return facet(service, 'yes', k.key, [ev(f), k.evidence], k.settle);
  };
}

/** Stores AWS always encrypts: only the key is read. */
function always(service: string, keyPath: string, why: string) {
  return (ctx: BuildContext): StorageFacet => {
    const k = keyOwner(ctx, conf(ctx.item, keyPath));
    return facet(service, 'yes', k.key, [evidenceAt('resourceType', ctx.item.resourceType, { safe: true, note: why }), k.evidence], k.settle);
  };
}

/** Whether an S3 item's supplementary configuration was captured (Config always writes these for a bucket). */
export function s3SupplementCaptured(item: ConfigItem): boolean {
  const s = item.supplementary;
  return ['BucketVersioningConfiguration', 'BucketLoggingConfiguration', 'IsRequesterPaysEnabled', 'BucketPolicy', 'AccessControlList', 'ServerSideEncryptionConfiguration'].some((k) => k in s);
}

/**
 * S3: since 2023-01-05 every new object is encrypted (SSE-S3 at least) and this cannot be turned
 * off, so the bucket is encrypted; the default rule says with which key. Config omits sub-configurations
 * a bucket does not have: with the supplement captured and no rule, SSE-S3 applies.
 */
function s3Bucket(ctx: BuildContext): StorageFacet {
  const service = 'S3 bucket';
  const rules = list(supp(ctx.item, 'ServerSideEncryptionConfiguration.rules'));
  const rule = rules?.[0];
  if (!rule) {
    if (!s3SupplementCaptured(ctx.item)) {
      return facet(service, 'yes', 'unknown', [{ path: 'supplementaryConfiguration.ServerSideEncryptionConfiguration', value: null, note: 'supplementary configuration not in the item; S3 encrypts all new objects since 2023-01-05' }], 'the default encryption of the bucket (supplementaryConfiguration.ServerSideEncryptionConfiguration)');
    }
    return facet(service, 'yes', 'provider', [{ path: 'supplementaryConfiguration.ServerSideEncryptionConfiguration', value: null, note: 'no default encryption rule: S3 applies SSE-S3 (AES256) to all new objects since 2023-01-05' }]);
  }
  const base = 'ServerSideEncryptionConfiguration.rules.0.applyServerSideEncryptionByDefault';
  const algorithm = supp(ctx.item, `${base}.sseAlgorithm`);
  const alg = text(algorithm);
  if (alg === 'AES256') return facet(service, 'yes', 'provider', [ev(algorithm, { safe: true })]);
  if (alg?.startsWith('aws:kms')) {
    const k = keyOwner(ctx, supp(ctx.item, `${base}.kmsMasterKeyID`));
    return facet(service, 'yes', k.key, [ev(algorithm, { safe: true }), k.evidence], k.settle);
  }
  return facet(service, 'yes', 'unknown', [ev(algorithm, { safe: true })], 'the default encryption algorithm of the bucket');
}

/** DynamoDB always encrypts: DescribeTable omits `SSEDescription` for the default AWS owned key. */
function dynamodbTable(ctx: BuildContext): StorageFacet {
  const service = 'DynamoDB table';
  const sse = conf(ctx.item, 'sseDescription');
  if (sse.value === undefined) {
    if (!hasConfiguration(ctx.item)) return facet(service, 'yes', 'unknown', [ev(sse)], 'the server-side encryption of the table (aws dynamodb describe-table)');
    return facet(service, 'yes', 'provider', [{ path: sse.path, value: null, note: 'no SSEDescription: encrypted with an AWS owned key' }]);
  }
  const type = conf(ctx.item, 'sseDescription.sseType');
  if (text(type) === 'KMS') {
    const k = keyOwner(ctx, conf(ctx.item, 'sseDescription.kmsMasterKeyArn'));
    return facet(service, 'yes', k.key, [ev(type, { safe: true }), k.evidence], k.settle);
  }
  return facet(service, 'yes', 'provider', [ev(type, { safe: true })]);
}

/** SQS: a KMS key (SSE-KMS), or SQS-managed SSE (`SqsManagedSseEnabled`, "true"/"false"). */
function sqsQueue(ctx: BuildContext): StorageFacet {
  const service = 'SQS queue';
  const key = conf(ctx.item, 'KmsMasterKeyId');
  if (text(key)) {
    const k = keyOwner(ctx, key);
    return facet(service, 'yes', k.key, [k.evidence], k.settle);
  }
  const managed = conf(ctx.item, 'SqsManagedSseEnabled');
  const t = truthy(managed);
  if (t === 'yes') return facet(service, 'yes', 'provider', [ev(managed)]);
  if (t === 'no') return facet(service, 'no', 'none', [ev(managed), ev(key)]);
  return facet(service, 'unknown', 'unknown', [ev(managed), ev(key)], 'the SqsManagedSseEnabled and KmsMasterKeyId attributes of the queue');
}

/** SNS topics are encrypted only with a KMS key; GetTopicAttributes omits the attribute when none is set. */
function snsTopic(ctx: BuildContext): StorageFacet {
  const service = 'SNS topic';
  const key = conf(ctx.item, 'KmsMasterKeyId');
  if (text(key)) {
    const k = keyOwner(ctx, key);
    return facet(service, 'yes', k.key, [k.evidence], k.settle);
  }
  if (!hasConfiguration(ctx.item)) return facet(service, 'unknown', 'unknown', [ev(key)], 'the KmsMasterKeyId attribute of the topic');
  return facet(service, 'no', 'none', [{ path: key.path, value: null, note: 'no KMS key: the topic is not encrypted at rest' }]);
}

/** Kinesis: `StreamEncryption.EncryptionType` KMS or NONE. */
function kinesisStream(ctx: BuildContext): StorageFacet {
  const service = 'Kinesis stream';
  const type = conf(ctx.item, 'StreamEncryption.EncryptionType');
  const t = text(type);
  if (t === 'NONE') return facet(service, 'no', 'none', [ev(type, { safe: true })]);
  if (t === 'KMS') {
    const k = keyOwner(ctx, conf(ctx.item, 'StreamEncryption.KeyId'));
    return facet(service, 'yes', k.key, [ev(type, { safe: true }), k.evidence], k.settle);
  }
  return facet(service, 'unknown', 'unknown', [ev(type, { safe: true })], 'the StreamEncryption of the stream');
}

/** CloudWatch Logs encrypts every log group; a KMS key associated with one is always a customer managed key. */
export function logGroupStorage(kmsKeyId: string | undefined, path: string): StorageFacet {
  const evidence: Evidence = kmsKeyId ? { path, note: 'customer managed KMS key' } : { path, value: null, note: 'no KMS key: CloudWatch Logs encrypts with its service key' };
  return facet('CloudWatch log group', 'yes', kmsKeyId ? 'customer' : 'provider', [evidence]);
}

export const STORAGE: Readonly<Record<string, (ctx: BuildContext) => StorageFacet | undefined>> = {
  'AWS::S3::Bucket': s3Bucket,
  'AWS::EC2::Volume': flagged('EBS volume', 'encrypted', 'kmsKeyId'),
  'AWS::RDS::DBInstance': flagged('RDS instance', 'storageEncrypted', 'kmsKeyId'),
  'AWS::RDS::DBCluster': flagged('RDS cluster', 'storageEncrypted', 'kmsKeyId'),
  'AWS::RDS::DBSnapshot': flagged('RDS snapshot', 'encrypted', 'kmsKeyId'),
  'AWS::RDS::DBClusterSnapshot': flagged('RDS cluster snapshot', 'storageEncrypted', 'kmsKeyId'),
  'AWS::DynamoDB::Table': dynamodbTable,
  'AWS::EFS::FileSystem': flagged('EFS file system', 'Encrypted', 'KmsKeyId'),
  'AWS::Redshift::Cluster': flagged('Redshift cluster', 'encrypted', 'kmsKeyId'),
  'AWS::OpenSearch::Domain': flagged('OpenSearch domain', 'EncryptionAtRestOptions.Enabled', 'EncryptionAtRestOptions.KmsKeyId'),
  'AWS::Elasticsearch::Domain': flagged('Elasticsearch domain', 'encryptionAtRestOptions.enabled', 'encryptionAtRestOptions.kmsKeyId'),
  'AWS::SQS::Queue': sqsQueue,
  'AWS::SNS::Topic': snsTopic,
  'AWS::Kinesis::Stream': kinesisStream,
  'AWS::SecretsManager::Secret': always('Secrets Manager secret', 'KMSKeyId', 'secrets are always encrypted (aws/secretsmanager key unless a KMS key is named)'),
  'AWS::Backup::BackupVault': always('Backup vault', 'EncryptionKeyArn', 'recovery points are always encrypted'),
  // Config records MSK clusters in the CloudFormation schema: the key is `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`.
  'AWS::MSK::Cluster': always('MSK cluster', 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId', 'broker storage is always encrypted (a key MSK creates unless a KMS key is named)'),
};
