import { describe, it, expect } from 'vitest';
import policy from '../policies/encryption-at-rest.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

function check(list: FixtureResource[], settings: Partial<ScanSettings> = {}) {
  const rs = resources(list);
  const results = runPolicy(policy, rs, settings);
  return {
    result: (id: string) => results.get(id),
    storage: (id: string) => byId(rs, id).facets.storage,
  };
}

const KMS_KEY: FixtureResource = { address: 'aws_kms_key.data', values: { enable_key_rotation: true }, unknown: { arn: true, id: true, key_id: true } };
const refs = (...r: string[]) => ({ references: r });

describe('AWS storage: S3 buckets', () => {
  // Provider 4+: the inline encryption block is computed, unknown when the configuration leaves it alone.
  const bareBucket: FixtureResource = {
    address: 'aws_s3_bucket.data',
    values: { bucket: 'acme-data', force_destroy: false },
    unknown: { server_side_encryption_configuration: true, arn: true, id: true, region: true },
    expressions: { bucket: { constant_value: 'acme-data' } },
  };

  it('passes a bucket without encryption configuration: SSE-S3 is applied by default', () => {
    const c = check([bareBucket]);
    expect(c.result('aws_s3_bucket.data')?.status).toBe('pass');
    expect(c.storage('aws_s3_bucket.data')).toMatchObject({ encrypted: 'yes', key: 'provider' });
    expect(check([bareBucket], { requireCustomerManagedKeys: true }).result('aws_s3_bucket.data')?.status).toBe('fail');
  });

  it('reads a separate SSE-KMS configuration whose key is created in the plan as customer-managed', () => {
    const c = check(
      [
        bareBucket,
        KMS_KEY,
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.data',
          values: { bucket: 'acme-data', expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
          unknown: { id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
          expressions: {
            bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data'),
            rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'aws:kms' }, kms_master_key_id: refs('aws_kms_key.data.arn', 'aws_kms_key.data') }] }],
          },
        },
      ],
      { requireCustomerManagedKeys: true },
    );
    const r = c.result('aws_s3_bucket.data');
    expect(r?.status).toBe('pass');
    expect(r).toMatchObject({ messageId: 'customerKey', data: { service: 'S3 bucket' } });
    const ev = c.storage('aws_s3_bucket.data')!.evidence;
    expect(ev).toContainEqual(expect.objectContaining({ path: 'rule[0].apply_server_side_encryption_by_default[0].sse_algorithm', value: 'aws:kms', from: 'aws_s3_bucket_server_side_encryption_configuration.data' }));
    expect(ev).toContainEqual(expect.objectContaining({ from: 'aws_kms_key.data' }));
  });

  it('treats aws:kms without a key, or with alias/aws/s3, as the AWS managed key', () => {
    for (const key of [undefined, 'alias/aws/s3']) {
      const c = check([
        bareBucket,
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.data',
          values: { bucket: 'acme-data', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: key ?? '' }] }] },
          expressions: { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data') },
        },
      ]);
      expect(c.storage('aws_s3_bucket.data')).toMatchObject({ encrypted: 'yes', key: 'provider' });
    }
  });

  it('reads the provider 3 inline block', () => {
    const c = check([
      {
        address: 'aws_s3_bucket.legacy',
        values: {
          bucket: 'acme-legacy',
          server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }] }] }],
        },
      },
    ]);
    expect(c.storage('aws_s3_bucket.legacy')).toMatchObject({ encrypted: 'yes', key: 'customer' });
  });

  it('leaves the key unknown while the algorithm is known only after apply', () => {
    const c = check(
      [
        bareBucket,
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.data',
          values: { bucket: 'acme-data' },
          unknown: { rule: true },
          expressions: { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data'), rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: refs('var.algorithm') }] }] },
        },
      ],
      { requireCustomerManagedKeys: true },
    );
    expect(c.result('aws_s3_bucket.data')?.status).toBe('unknown');
    expect(c.storage('aws_s3_bucket.data')).toMatchObject({ encrypted: 'yes', key: 'unknown' });
  });
});

describe('AWS storage: EBS', () => {
  const volume = (values: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource => ({
    address: 'aws_ebs_volume.data',
    values: { availability_zone: 'eu-west-3a', size: 100, ...values },
    unknown: { arn: true, id: true, iops: true, kms_key_id: true, snapshot_id: true, type: true, ...(values.encrypted === undefined ? { encrypted: true } : {}) },
    ...extra,
  });

  it('is unknown when encryption is not asked for and the account default is not in the plan', () => {
    const c = check([volume({})]);
    const r = c.result('aws_ebs_volume.data');
    expect(r?.status).toBe('unknown');
    expect(r?.settle).toContain('EBS encryption by default');
  });

  it('follows aws_ebs_encryption_by_default of the same region', () => {
    const on = check([volume({ encrypted: false }), { address: 'aws_ebs_encryption_by_default.this', values: { enabled: true } }]);
    expect(on.result('aws_ebs_volume.data')?.status).toBe('pass');
    expect(on.storage('aws_ebs_volume.data')?.evidence).toContainEqual(expect.objectContaining({ from: 'aws_ebs_encryption_by_default.this', value: true }));
    const off = check([volume({}), { address: 'aws_ebs_encryption_by_default.this', values: { enabled: false } }]);
    expect(off.result('aws_ebs_volume.data')?.status).toBe('fail');
  });

  it('passes an encrypted volume and gives unknown while `encrypted` comes from an unknown value', () => {
    expect(check([volume({ encrypted: true })]).storage('aws_ebs_volume.data')).toMatchObject({ encrypted: 'yes', key: 'provider' });
    const c = check([volume({}, { expressions: { encrypted: refs('var.encrypt_volumes') } })]);
    expect(c.storage('aws_ebs_volume.data')).toMatchObject({ encrypted: 'unknown' });
  });

  it('requires every block device of an instance to be encrypted', () => {
    const c = check([
      {
        address: 'aws_instance.web',
        values: {
          ami: 'ami-0abcdef1234567890',
          instance_type: 't3.micro',
          root_block_device: [{ encrypted: true, volume_size: 20 }],
          ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false, volume_size: 50 }],
        },
        unknown: { root_block_device: [{ kms_key_id: true }], ebs_block_device: [{ kms_key_id: true }] },
      },
      { address: 'aws_ebs_encryption_by_default.this', values: { enabled: false } },
    ]);
    expect(c.result('aws_instance.web')?.status).toBe('fail');
    expect(c.storage('aws_instance.web')?.evidence).toContainEqual(expect.objectContaining({ path: 'ebs_block_device[0].encrypted', value: false }));
  });

  it('reads launch template mappings, whose `encrypted` is a string', () => {
    const lt = (encrypted: string): FixtureResource => ({
      address: 'aws_launch_template.node',
      values: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ encrypted, kms_key_id: 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', volume_size: 20 }] }] },
    });
    expect(check([lt('true')]).storage('aws_launch_template.node')).toMatchObject({ encrypted: 'yes', key: 'customer' });
    // "false" asks for unencrypted volumes; "" leaves it to the account default, which the plan does not show.
    expect(check([lt('false')]).result('aws_launch_template.node')?.status).toBe('fail');
    expect(check([lt('')]).result('aws_launch_template.node')?.status).toBe('unknown');
  });
});

describe('AWS storage: databases and other stores', () => {
  it('fails an RDS instance without storage encryption and passes one with a plan KMS key', () => {
    const c = check([
      { address: 'aws_db_instance.plain', values: { engine: 'postgres', storage_encrypted: false, replicate_source_db: null }, unknown: { kms_key_id: true } },
      KMS_KEY,
      {
        address: 'aws_db_instance.sealed',
        values: { engine: 'postgres', storage_encrypted: true, replicate_source_db: null },
        unknown: { kms_key_id: true },
        expressions: { kms_key_id: refs('aws_kms_key.data.arn', 'aws_kms_key.data') },
      },
    ]);
    const plain = c.result('aws_db_instance.plain');
    expect(plain?.status).toBe('fail');
    expect(plain).toMatchObject({ messageId: 'notEncrypted', data: { service: 'RDS instance' } });
    expect(c.storage('aws_db_instance.sealed')).toMatchObject({ encrypted: 'yes', key: 'customer' });
  });

  it('gives a read replica the encryption of its source', () => {
    const c = check([
      { address: 'aws_db_instance.primary', values: { identifier: 'orders', storage_encrypted: true, replicate_source_db: null }, unknown: { kms_key_id: true } },
      {
        address: 'aws_db_instance.replica',
        values: { identifier: 'orders-replica', replicate_source_db: 'orders' },
        unknown: { storage_encrypted: true, kms_key_id: true },
        expressions: { replicate_source_db: refs('aws_db_instance.primary.identifier', 'aws_db_instance.primary') },
      },
    ]);
    expect(c.result('aws_db_instance.replica')?.status).toBe('pass');
  });

  it('applies the Aurora defaults: unset storage_encrypted is off, Serverless v1 is always encrypted', () => {
    const c = check([
      { address: 'aws_rds_cluster.provisioned', values: { engine: 'aurora-mysql', engine_mode: 'provisioned' }, unknown: { kms_key_id: true, storage_encrypted: true } },
      { address: 'aws_rds_cluster.serverless', values: { engine: 'aurora-postgresql', engine_mode: 'serverless' }, unknown: { kms_key_id: true, storage_encrypted: true } },
    ]);
    expect(c.result('aws_rds_cluster.provisioned')?.status).toBe('fail');
    expect(c.storage('aws_rds_cluster.provisioned')?.evidence[0]).toMatchObject({ path: 'storage_encrypted', value: null });
    expect(c.result('aws_rds_cluster.serverless')?.status).toBe('pass');
  });

  it('knows which stores are always encrypted and which never are', () => {
    const c = check([
      { address: 'aws_dynamodb_table.jobs', values: { name: 'jobs', server_side_encryption: [] } },
      { address: 'aws_dynamodb_table.orders', values: { name: 'orders', server_side_encryption: [{ enabled: true, kms_key_arn: 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }] } },
      { address: 'aws_secretsmanager_secret.db', values: { name: 'db', kms_key_id: null } },
      { address: 'aws_cloudwatch_log_group.app', values: { name: '/app', kms_key_id: '', retention_in_days: 30 } },
      { address: 'aws_backup_vault.main', values: { name: 'main' }, unknown: { kms_key_arn: true } },
      { address: 'aws_elasticache_cluster.sessions', values: { engine: 'memcached', replication_group_id: null } },
      { address: 'aws_sns_topic.alerts', values: { name: 'alerts', kms_master_key_id: '' } },
      { address: 'aws_kinesis_stream.events', values: { name: 'events', encryption_type: 'NONE' } },
    ]);
    for (const id of ['aws_dynamodb_table.jobs', 'aws_secretsmanager_secret.db', 'aws_cloudwatch_log_group.app', 'aws_backup_vault.main']) {
      expect(c.storage(id), id).toMatchObject({ encrypted: 'yes', key: 'provider' });
    }
    expect(c.storage('aws_dynamodb_table.orders')).toMatchObject({ encrypted: 'yes', key: 'customer' });
    for (const id of ['aws_elasticache_cluster.sessions', 'aws_sns_topic.alerts', 'aws_kinesis_stream.events']) expect(c.result(id)?.status, id).toBe('fail');
  });

  it('reads SQS encryption: SSE-SQS by default, a KMS key, or explicitly off', () => {
    const c = check([
      { address: 'aws_sqs_queue.default', values: { name: 'default' }, unknown: { sqs_managed_sse_enabled: true, kms_master_key_id: true } },
      { address: 'aws_sqs_queue.off', values: { name: 'off', sqs_managed_sse_enabled: false, kms_master_key_id: '' } },
      { address: 'aws_sqs_queue.kms', values: { name: 'kms', kms_master_key_id: 'alias/orders' } },
    ]);
    expect(c.storage('aws_sqs_queue.default')).toMatchObject({ encrypted: 'yes', key: 'provider' });
    expect(c.result('aws_sqs_queue.off')?.status).toBe('fail');
    expect(c.storage('aws_sqs_queue.kms')).toMatchObject({ encrypted: 'yes', key: 'customer' });
  });

  it('reads the ElastiCache, Redshift, OpenSearch, EFS, DocumentDB and Neptune switches', () => {
    const c = check([
      { address: 'aws_elasticache_replication_group.redis', values: { engine: 'redis', at_rest_encryption_enabled: 'true' }, unknown: { kms_key_id: true } },
      { address: 'aws_elasticache_replication_group.valkey', values: { engine: 'valkey' }, unknown: { at_rest_encryption_enabled: true, kms_key_id: true } },
      { address: 'aws_elasticache_replication_group.legacy', values: { engine: 'redis', at_rest_encryption_enabled: '' }, unknown: { kms_key_id: true } },
      { address: 'aws_redshift_cluster.dw', values: { cluster_identifier: 'dw', encrypted: false, publicly_accessible: false }, unknown: { kms_key_id: true } },
      { address: 'aws_opensearch_domain.search', values: { domain_name: 'search' }, unknown: { encrypt_at_rest: true } },
      { address: 'aws_efs_file_system.share', values: { encrypted: true, kms_key_id: 'alias/aws/elasticfilesystem' } },
      { address: 'aws_docdb_cluster.docs', values: { storage_encrypted: null }, unknown: { kms_key_id: true } },
      { address: 'aws_neptune_cluster.graph', values: { storage_encrypted: false }, unknown: { kms_key_arn: true } },
    ]);
    expect(c.storage('aws_elasticache_replication_group.redis')).toMatchObject({ encrypted: 'yes', key: 'provider' });
    expect(c.result('aws_elasticache_replication_group.valkey')?.status).toBe('pass');
    for (const id of ['aws_elasticache_replication_group.legacy', 'aws_redshift_cluster.dw', 'aws_opensearch_domain.search', 'aws_docdb_cluster.docs', 'aws_neptune_cluster.graph']) {
      expect(c.result(id)?.status, id).toBe('fail');
    }
    expect(c.storage('aws_efs_file_system.share')).toMatchObject({ encrypted: 'yes', key: 'provider' });
  });

  it('never prints a key id or a sensitive value in evidence', () => {
    const c = check([
      {
        address: 'aws_db_instance.secret',
        values: { storage_encrypted: true, kms_key_id: 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', replicate_source_db: null },
        sensitive: { kms_key_id: true },
      },
    ]);
    const ev = c.storage('aws_db_instance.secret')!.evidence;
    expect(JSON.stringify(ev)).not.toContain('1234abcd');
    expect(ev).toContainEqual(expect.objectContaining({ path: 'storage_encrypted', value: true }));
  });
});
