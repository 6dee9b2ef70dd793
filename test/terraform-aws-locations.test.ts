import { describe, it, expect } from 'vitest';
import policy from '../policies/data-residency.js';
import { runPolicy } from '../src/policy/tester.js';
import type { ScanSettings } from '../src/settings.js';
import type { FixtureResource, PlanOptions } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

/** Paris by default, plus an aliased provider in Virginia. */
const PROVIDERS: PlanOptions = {
  providers: {
    aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-3' } } },
    'aws.us': { name: 'aws', alias: 'us', expressions: { region: { constant_value: 'us-east-1' } } },
  },
};

function check(list: FixtureResource[], opts: PlanOptions = PROVIDERS, settings: Partial<ScanSettings> = {}) {
  const rs = resources(list, opts);
  const results = runPolicy(policy, rs, settings);
  return {
    result: (id: string) => results.get(id),
    locations: (id: string) => byId(rs, id).facets.dataLocations?.locations,
    region: (id: string) => byId(rs, id).region,
  };
}

const refs = (...r: string[]) => ({ references: r });

const bucket = (name: string, extra: Partial<FixtureResource> = {}): FixtureResource => ({
  address: `aws_s3_bucket.${name}`,
  values: { bucket: `acme-${name}` },
  unknown: { arn: true, id: true, region: true, server_side_encryption_configuration: true },
  ...extra,
});

describe('AWS data locations', () => {
  it('places a resource in its provider region', () => {
    const c = check([bucket('data')]);
    const r = c.result('aws_s3_bucket.data');
    expect(r?.status).toBe('pass');
    expect(r).toMatchObject({ messageId: 'inside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'rolePrimary' }, region: 'eu-west-3', countries: ' (FR)' } }] } });
    expect(c.locations('aws_s3_bucket.data')?.[0]?.evidence).toMatchObject({ path: 'provider.region', value: 'eu-west-3' });
  });

  it('prefers the resource-level region argument of provider 6', () => {
    const c = check([{ address: 'aws_sqs_queue.jobs', values: { name: 'jobs', region: 'us-west-2' } }]);
    expect(c.region('aws_sqs_queue.jobs')).toBe('us-west-2');
    expect(c.result('aws_sqs_queue.jobs')?.status).toBe('fail');
  });

  it('falls back to the ARN, then to the availability zone, when the provider region is not known', () => {
    const opts: PlanOptions = { providers: { aws: { name: 'aws', expressions: { region: { references: ['local.region'] } } } } };
    const c = check(
      [
        { address: 'aws_cloudwatch_log_group.app', values: { name: '/app', arn: 'arn:aws:logs:eu-central-1:111122223333:log-group:/app' } },
        { address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-north-1b', size: 10 } },
        { address: 'aws_sqs_queue.jobs', values: { name: 'jobs' }, unknown: { arn: true } },
      ],
      opts,
    );
    expect(c.region('aws_cloudwatch_log_group.app')).toBe('eu-central-1');
    expect(c.region('aws_ebs_volume.data')).toBe('eu-north-1');
    expect(c.result('aws_ebs_volume.data')?.status).toBe('pass');
    const unknown = c.result('aws_sqs_queue.jobs');
    expect(unknown?.status).toBe('unknown');
  });

  it('gives no region while a configured region argument is unknown', () => {
    const c = check([{ address: 'aws_sqs_queue.jobs', values: { name: 'jobs' }, unknown: { region: true }, expressions: { region: refs('var.region') } }]);
    expect(c.region('aws_sqs_queue.jobs')).toBeUndefined();
    expect(c.result('aws_sqs_queue.jobs')?.status).toBe('unknown');
  });

  it('follows S3 replication to a bucket of an aliased provider in another region', () => {
    const c = check([
      bucket('data'),
      bucket('copy', { providerConfigKey: 'aws.us' }),
      {
        address: 'aws_s3_bucket_replication_configuration.data',
        values: { bucket: 'acme-data', rule: [{ id: 'all', status: 'Enabled', destination: [{ storage_class: 'STANDARD' }] }] },
        unknown: { id: true, role: true, rule: [{ destination: [{ bucket: true }] }] },
        expressions: {
          bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data'),
          rule: [{ destination: [{ bucket: refs('aws_s3_bucket.copy.arn', 'aws_s3_bucket.copy') }] }],
        },
      },
    ]);
    const r = c.result('aws_s3_bucket.data');
    expect(r?.status).toBe('fail');
    expect(r).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleReplica' }, region: 'us-east-1', countries: ' (US)' } }] } });
    expect(c.locations('aws_s3_bucket.data')?.[1]?.evidence.from).toBe('aws_s3_bucket.copy');
    // The replication configuration itself is a setting of the bucket: no location of its own.
    expect(c.result('aws_s3_bucket_replication_configuration.data')).toBeUndefined();
  });

  it('is unknown when the replication destination is not in the plan', () => {
    const c = check([
      bucket('data'),
      {
        address: 'aws_s3_bucket_replication_configuration.data',
        values: { bucket: 'acme-data', rule: [{ status: 'Enabled', destination: [{ bucket: 'arn:aws:s3:::partner-archive' }] }] },
        expressions: { bucket: refs('aws_s3_bucket.data.id', 'aws_s3_bucket.data') },
      },
    ]);
    const r = c.result('aws_s3_bucket.data');
    expect(r?.status).toBe('unknown');
    expect(r).toMatchObject({ messageId: 'unverified', data: { causes: [{ messageId: 'unknownPlace', data: { role: { messageId: 'roleReplica' }, cause: { messageId: 'causeNoLocation' } } }] } });
  });

  it('lists DynamoDB replicas and backup copies', () => {
    const c = check([
      { address: 'aws_dynamodb_table.orders', values: { name: 'orders', replica: [{ region_name: 'eu-central-1' }, { region_name: 'ap-southeast-2' }] } },
      {
        address: 'aws_backup_plan.daily',
        values: {
          name: 'daily',
          rule: [{ rule_name: 'daily', target_vault_name: 'main', copy_action: [{ destination_vault_arn: 'arn:aws:backup:eu-central-1:111122223333:backup-vault:dr', lifecycle: [] }] }],
        },
      },
      { address: 'aws_backup_vault.far', values: { name: 'far' }, unknown: { arn: true }, providerConfigKey: 'aws.us' },
      {
        address: 'aws_backup_plan.far',
        values: { name: 'far', rule: [{ rule_name: 'weekly', target_vault_name: 'main', copy_action: [{ lifecycle: [] }] }] },
        unknown: { rule: [{ copy_action: [{ destination_vault_arn: true }] }] },
        expressions: { rule: [{ copy_action: [{ destination_vault_arn: refs('aws_backup_vault.far.arn', 'aws_backup_vault.far') }] }] },
      },
    ]);
    const orders = c.result('aws_dynamodb_table.orders');
    expect(orders?.status).toBe('fail');
    expect(orders).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleReplica' }, region: 'ap-southeast-2', countries: ' (AU)' } }] } });
    expect(c.result('aws_backup_plan.daily')?.status).toBe('pass');
    expect(c.locations('aws_backup_plan.daily')).toEqual([expect.objectContaining({ region: 'eu-central-1', role: 'backup' })]);
    expect(c.result('aws_backup_plan.far')).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleBackup' }, region: 'us-east-1' } }] } });
  });

  it('puts cross-region automated backups where their provider is', () => {
    const c = check([
      {
        address: 'aws_db_instance_automated_backups_replication.dr',
        values: { retention_period: 7 },
        unknown: { id: true, source_db_instance_arn: true },
        providerConfigKey: 'aws.us',
      },
    ]);
    expect(c.result('aws_db_instance_automated_backups_replication.dr')).toMatchObject({ messageId: 'outside', data: { places: [{ messageId: 'place', data: { role: { messageId: 'roleBackup' }, region: 'us-east-1' } }] } });
  });

  it('leaves control-plane resources out', () => {
    const c = check([
      { address: 'aws_iam_role.app', values: { name: 'app', assume_role_policy: '{}' } },
      { address: 'aws_security_group.web', values: { name: 'web', ingress: [] } },
      { address: 'aws_route53_record.www', values: { name: 'www', type: 'A' } },
      { address: 'aws_kms_alias.data', values: { name: 'alias/data' } },
      { address: 'aws_s3_bucket_versioning.data', values: { bucket: 'acme-data' } },
      { address: 'aws_kms_key.data', values: { description: 'data key' } },
    ]);
    for (const id of ['aws_iam_role.app', 'aws_security_group.web', 'aws_route53_record.www', 'aws_kms_alias.data', 'aws_s3_bucket_versioning.data']) {
      expect(c.locations(id), id).toBeUndefined();
    }
    expect(c.result('aws_kms_key.data')?.status).toBe('pass');
  });

  it('judges against the chosen residency profile', () => {
    const c = check([{ address: 'aws_sqs_queue.jobs', values: { name: 'jobs', region: 'eu-central-1' } }], PROVIDERS, { residency: 'fr' });
    expect(c.result('aws_sqs_queue.jobs')?.status).toBe('fail');
  });
});
